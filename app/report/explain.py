"""What the leak gate refused, and what the user can do about it, in plain words and never the value.

The command line prints ``Explanation.text()``; the desktop app builds the
same sentences from the same fields in the interface's language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.redaction import RedactedCase
from app.report.conflicts import NameConflict, name_conflicts
from app.report.leakgate import Leak, ReportLeakError

# What the user can do, by cause.
CONFLICT = "conflict"  # a withheld value is written like a name the report shows
PICTURE = "picture"  # a picture shows it
SPELLING = "spelling"  # a pseudonymised person's name in a form the vault does not record
REWRITE = "rewrite"  # a withheld value written another way in some text
INSTALL = "install"  # something (OCR) is missing on this computer
FAULT = "fault"  # the file's structure: a fault of Casefile, not of the data

_ADVICE = {
    PICTURE: "Black out the part of that picture that shows it (mark it as a region to redact on the evidence "
    "item), or remove the picture from the case.",
    SPELLING: "It is probably written in a spelling or form the person's records do not hold: add that spelling "
    "to the person's names, so that it is replaced, or rewrite the text where it appears.",
    REWRITE: "It is probably written another way than the recorded value: rewrite the text where it appears, "
    "or leave it out.",
    INSTALL: "Install it, then try again.",
    FAULT: "This is a fault in Casefile rather than in your data: please report it (the message holds no case data).",
}


@dataclass(frozen=True)
class Explanation:
    leak: Leak  # the finding explained (the most actionable one)
    cause: str  # CONFLICT, PICTURE, ...
    more: int  # how many other findings there are
    conflict: NameConflict | None = None

    def text(self, refused: str = "The report was not saved", *, flags: bool = True) -> str:
        """One paragraph: what was found where, and what to do. ``flags``: name the command's options."""
        if self.leak.kind == "unchecked":
            lead = f"{refused}: {self.leak.description}."
        else:
            lead = f"{refused}: {self.leak.description} appears {self.leak.where}."
        more = f" ({self.more} more finding{'s' if self.more > 1 else ''}.)" if self.more else ""
        return f"{lead} {self.advice(flags=flags)}{more}"

    def advice(self, *, flags: bool = True) -> str:
        c = self.conflict
        if c is None:
            return _ADVICE[self.cause]
        pseudonymise = f" (add --pseudonymise {c.person_label})" if flags else ""
        show = f" (add --show-value {c.field}:{c.row_label})" if flags else ""
        return (
            f"That value is written like the name of {c.person_label}, whom the report names, so the name would "
            f"give it away. Either hide that name too{pseudonymise}, or, if the value need not be secret, show "
            f"it{show}."
        )

    @property
    def item(self) -> str | None:
        """The evidence item whose picture shows the value, if that is where it is."""
        m = re.search(r"evidence item (\S+)", self.leak.where)
        return m.group(1) if m and self.cause == PICTURE else None


def explain(error: ReportLeakError) -> Explanation:
    """The most actionable of the gate's findings, with its cause."""
    return explain_leaks(error.leaks, error.redacted)


def explain_leaks(leaks: Sequence[Leak], redacted: RedactedCase | None) -> Explanation:
    if not leaks:
        raise ValueError("nothing to explain")
    conflicts = name_conflicts(redacted) if redacted is not None else []
    by_token = {t: c for c in conflicts for t in c.tokens}
    # The gate finds a withheld name by meaning: what the page shows ("Ivan Petrov") need not be the
    # value as written ("Ivan Petrov (lawyer)"), so a finding of the conflicting field counts too.
    by_source = {(c.field, c.owner): c for c in conflicts}
    ranked: list[tuple[int, Explanation]] = []
    for n, leak in enumerate(leaks):
        conflict = (
            by_token.get(leak.token) or by_source.get((leak.field, leak.label))
            if leak.kind in ("text", "picture")
            else None
        )
        if conflict is not None:
            cause, rank = CONFLICT, 0
        elif leak.kind == "picture":
            cause, rank = PICTURE, 1
        elif leak.kind == "unchecked":
            cause, rank = INSTALL if "install" in leak.description else FAULT, 2
        elif leak.kind == "structure":
            cause, rank = FAULT, 4
        else:
            cause, rank = (SPELLING if leak.withheld == "name" else REWRITE), 3
        ranked.append((rank * 1_000_000 + n, Explanation(leak, cause, len(leaks) - 1, conflict)))
    return min(ranked, key=lambda r: r[0])[1]
