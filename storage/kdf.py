"""Argon2id parameters: defaults, calibration, and the limits a header's parameters must keep."""

from __future__ import annotations

import os
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

# Refused when read from a header, before any work is done: a planted header must not make the
# user's machine allocate gigabytes or spin for a minute per attempt. The bounds are what Casefile
# itself may ever choose: 256 MiB now, room for 1 GiB later, and never more total work than
# 256 MiB × 10 passes (about 3 s here).
MAX_MEMORY_KIB = 1024 * 1024
MAX_TIME_COST = 10
MAX_WORK_KIB_PASSES = DEFAULT_MEMORY_KIB * MAX_TIME_COST
MAX_LANES = 8

# Tests create vaults with light parameters (8 MiB, one pass) to stay fast; a header below the floor
# is otherwise refused as edited. Only the test suite sets this variable.
LIGHT_FOR_TESTS_ENV = "CASEFILE_INSECURE_TEST_KDF"


def light_parameters_allowed() -> bool:
    """Whether headers below the floor are accepted (test runs only)."""
    return os.environ.get(LIGHT_FOR_TESTS_ENV) == "1"


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
        if m * t > MAX_WORK_KIB_PASSES:
            raise VaultDamaged("The vault header asks for unreasonable key-derivation work; it has been edited.")
        params = cls(m, t, p)
        if not params.at_floor() and not light_parameters_allowed():
            raise VaultDamaged(
                "The vault header asks for less key-derivation work than Casefile ever uses; it has been edited."
            )
        return params

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
    """Pick a time cost that takes about ``target`` seconds here, never below the floor nor above the
    work a header may ask for."""
    memory_kib = min(max(memory_kib, FLOOR_MEMORY_KIB), MAX_MEMORY_KIB)
    probe = KdfParams(memory_kib, 1)
    start = time.perf_counter()
    derive(b"calibration", b"\0" * 16, probe)
    per_pass = max(time.perf_counter() - start, 1e-3)
    t = int(round(target / per_pass))
    ceiling = min(MAX_TIME_COST, MAX_WORK_KIB_PASSES // memory_kib)
    return KdfParams(memory_kib, min(max(t, FLOOR_TIME_COST), ceiling))


# High-entropy recovery codes need no calibration: the floor is ample.
RECOVERY_PARAMS = KdfParams(FLOOR_MEMORY_KIB, FLOOR_TIME_COST)
