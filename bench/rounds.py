"""Alternating rounds against a baseline, reported as min / median / max throughput (bench_pack, bench_intake).

The machine may be shared and loaded: ours and the baseline run one after the other in every
round, so both see the same load, and the ratio of medians is the figure to read.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field


@dataclass
class Series:
    name: str
    mib: float
    seconds: list[float] = field(default_factory=list)

    def rates(self) -> list[float]:
        return sorted(self.mib / s for s in self.seconds)

    def median(self) -> float:
        return statistics.median(self.rates())

    def line(self) -> str:
        r = self.rates()
        return f"{self.name:34} {r[0]:7.0f} {statistics.median(r):7.0f} {r[-1]:7.0f}  MiB/s (min / median / max)"


def ratio_line(ours: Series, base: Series, goal: float = 0.8) -> str:
    ratio = ours.median() / base.median()
    per_round = sorted(b / o for o, b in zip(ours.seconds, base.seconds))
    return (
        f"  {ours.name} / {base.name}: {ratio:.2f}x of the medians (per round: "
        f"{', '.join(f'{x:.2f}' for x in per_round)}; goal >= {goal}x)"
    )
