"""Argon2id parameters: defaults, calibration, and the sanity limits read from a header."""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from storage.errors import VaultDamaged

KDF_NAME = "argon2id"
DEFAULT_MEMORY_KIB = 256 * 1024
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_TIME_COST = 3
DEFAULT_LANES = 4
TARGET_SECONDS = 1.0

# Refused when read from a header, before any work is done: an edited header
# must not make us allocate gigabytes or spin for minutes.
MAX_MEMORY_KIB = 2 * 1024 * 1024
MAX_TIME_COST = 10
MAX_LANES = 8


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    time_cost: int
    lanes: int = DEFAULT_LANES

    def to_json(self) -> dict:
        return {"name": KDF_NAME, **asdict(self)}

    @classmethod
    def from_json(cls, obj: object) -> KdfParams:
        """Parse and bound-check header parameters; never runs the KDF."""
        if not isinstance(obj, dict) or obj.get("name") != KDF_NAME:
            raise VaultDamaged("The vault header names an unknown key-derivation method.")
        try:
            m, t, p = (obj["memory_kib"], obj["time_cost"], obj["lanes"])
        except KeyError:
            raise VaultDamaged("The vault header is missing key-derivation parameters.") from None
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (m, t, p)):
            raise VaultDamaged("The vault header's key-derivation parameters are not numbers.")
        if not (1 <= p <= MAX_LANES and 1 <= t <= MAX_TIME_COST and 8 * p <= m <= MAX_MEMORY_KIB):
            raise VaultDamaged("The vault header asks for unreasonable key-derivation work; it has been edited.")
        return cls(m, t, p)

    def at_floor(self) -> bool:
        return self.memory_kib >= FLOOR_MEMORY_KIB and self.time_cost >= FLOOR_TIME_COST


def derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id to a 32-byte key."""
    return Argon2id(
        salt=salt,
        length=32,
        iterations=params.time_cost,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(secret)


def calibrate(memory_kib: int = DEFAULT_MEMORY_KIB, target: float = TARGET_SECONDS) -> KdfParams:
    """Pick a time cost that takes about ``target`` seconds here, never below the floor."""
    probe = KdfParams(memory_kib, 1)
    start = time.perf_counter()
    derive(b"calibration", b"\0" * 16, probe)
    per_pass = max(time.perf_counter() - start, 1e-3)
    t = int(round(target / per_pass))
    return KdfParams(max(memory_kib, FLOOR_MEMORY_KIB), min(max(t, FLOOR_TIME_COST), MAX_TIME_COST))


# High-entropy recovery codes need no calibration: the floor is ample.
RECOVERY_PARAMS = KdfParams(FLOOR_MEMORY_KIB, FLOOR_TIME_COST)
