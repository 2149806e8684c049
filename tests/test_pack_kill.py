"""SIGKILL during 'casefile receive': afterwards the vault opens clean and the pack is fully received or not at all.

Each round copies the same partner vault, starts a real receive in a subprocess and kills it at a point
spread evenly over the time a full receive takes (process start, the one pass that checks and stores, commit).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from app.packs import receive_pack
from storage import audit
from storage.vault import Vault
from tests.conftest import PASSPHRASE, ROOT
from tests.test_pack_support import make_world

N_EVIDENCE = 3


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        CASEFILE_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(ROOT), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"
    )
    return env


def _receive(vault_dir: Path, pack: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "app", "--vault", str(vault_dir), "receive", str(pack)],
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _check(vault_dir: Path, pack: Path, finish: bool) -> str:
    vault = Vault.open(vault_dir, passphrase=PASSPHRASE)
    try:
        assert vault.db.integrity_problems() == []
        assert audit.verify(vault.db.conn) == []
        evidence = vault.db.one("SELECT count(*) FROM evidence")[0]
        received = vault.db.one("SELECT count(*) FROM received_packs")[0]
        custody = vault.db.one("SELECT count(*) FROM custody WHERE action = 'received'")[0]
        state = {(0, 0, 0): "not received", (N_EVIDENCE, 1, N_EVIDENCE): "received"}.get((evidence, received, custody))
        assert state, f"half-received: {evidence} evidence rows, {received} pack rows, {custody} custody rows"
        blobs = [p.name for p in (vault.folder / "evidence").iterdir()]
        assert len(blobs) == evidence and not any(b.endswith(".partial") for b in blobs)
        if state == "not received" and finish:
            assert len(receive_pack(vault, pack).evidence_ids) == N_EVIDENCE
        return state
    finally:
        vault.close()


def kill_rounds(tmp_path: Path, kills: int, video_bytes: int, seed: int) -> Counter:
    """Run receives until ``kills`` of them were killed mid-way (bounded at 2 × kills rounds)."""
    world = make_world(tmp_path, video_bytes=video_bytes)
    pack = world.pack()
    world.doc.close()
    world.par.close()
    base = world.par.folder

    probe = tmp_path / "probe"
    shutil.copytree(base, probe)
    start = time.monotonic()
    proc = _receive(probe, pack)
    assert proc.wait(timeout=120) == 0, proc.stderr.read().decode()
    full = time.monotonic() - start
    assert _check(probe, pack, finish=False) == "received"
    shutil.rmtree(probe)

    rnd = random.Random(seed)
    offset = rnd.random()
    outcomes: Counter = Counter()
    i = 0
    while outcomes["killed"] < kills and i < 2 * kills:
        copy = tmp_path / f"round-{i}"
        shutil.copytree(base, copy)
        proc = _receive(copy, pack)
        # Golden-ratio steps spread the kill points evenly over a whole receive, in any number of rounds.
        delay = full * ((offset + i * 0.6180339887) % 1.0)
        try:
            proc.wait(timeout=delay)
            outcomes["finished before the kill"] += 1
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            outcomes["killed"] += 1
        proc.stderr.close()
        outcomes[_check(copy, pack, finish=i % 5 == 0)] += 1
        shutil.rmtree(copy)
        i += 1
    return outcomes


def test_sigkill_during_receive_10_times(tmp_path):
    outcomes = kill_rounds(tmp_path, 10, 4 * 1024 * 1024, seed=1)
    assert outcomes["killed"] == 10


@pytest.mark.slow
def test_sigkill_during_receive_at_least_100_times(tmp_path):
    outcomes = kill_rounds(tmp_path, 110, 24 * 1024 * 1024, seed=2)
    print(dict(outcomes))
    assert outcomes["killed"] >= 110
    assert outcomes["received"] and outcomes["not received"]
