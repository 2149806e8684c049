"""Runs one vault operation in a loop until killed; prints ACK lines after each durable step.

Used by test_crash.py, which SIGKILLs this process at random moments and then
checks the vault. Usage: crash_worker.py OP VAULT_DIR PASSPHRASE [INPUT_DIR]
A new recovery code is printed (CODE) before it is committed, as the CLI shows it before asking.
"""

from __future__ import annotations

import copy
import json
import os
import secrets
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["CASEFILE_INSECURE_TEST_KDF"] = "1"  # the test vaults use light key derivation

from app.demo import demo_document  # noqa: E402
from app.services.evidence import EvidenceService  # noqa: E402
from app.services.interchange import import_case  # noqa: E402
from storage.kdf import KdfParams  # noqa: E402
from storage.vault import Vault, wipe_vault  # noqa: E402

LIGHT = KdfParams(8192, 1, 1)
PASSPHRASES = ("first crash passphrase", "second crash passphrase")


def ack(*parts: str) -> None:
    sys.stdout.write("ACK " + " ".join(parts) + "\n")
    sys.stdout.flush()


def renamed_case(n: int, tag: str) -> dict:
    """The demo case with every id made unique, so it can be imported again and again."""
    doc = copy.deepcopy(demo_document())
    text = json.dumps(doc)
    ids = {row["id"] for rows in doc.values() if isinstance(rows, list) for row in rows}
    for old in sorted(ids, key=len, reverse=True):
        text = text.replace(f'"{old}"', f'"{old}-{tag}{n}"')
    return json.loads(text)


def main() -> None:
    op, folder, passphrase = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    if op == "wipe":
        print("READY", flush=True)
        wipe_vault(folder)
        ack("wiped")
        return
    vault = Vault.open(folder, passphrase=passphrase)
    print("READY", flush=True)
    case_id = vault.db.one("SELECT id FROM cases ORDER BY rowid LIMIT 1")
    if op == "intake":
        inputs = sorted(Path(sys.argv[4]).iterdir())
        service = EvidenceService(vault)
        for i in range(10_000):
            result = service.add_file(case_id[0], inputs[i % len(inputs)])
            ack(result.evidence_id, result.sha256)
    elif op == "import":
        tag = secrets.token_hex(4)  # each run imports cases no earlier run made
        for i in range(10_000):
            cid = import_case(vault, renamed_case(i, tag))
            ack(cid)
    elif op in ("passwd", "rotate"):
        current = passphrase
        for _ in range(10_000):
            new = PASSPHRASES[1] if current == PASSPHRASES[0] else PASSPHRASES[0]
            print("TRYING", new, flush=True)
            if op == "passwd":
                vault.change_passphrase(new, kdf=LIGHT, allow_below_floor=True)
            else:
                pending = vault.prepare_rotation(new, kdf=LIGHT, allow_below_floor=True)
                print("CODE", pending.code, flush=True)  # what the user is shown before the commit
                pending.commit()
            ack(new)
            current = new
    elif op == "recovery":
        for _ in range(10_000):
            pending = vault.prepare_recovery_code()
            print("CODE", pending.code, flush=True)
            pending.commit()
            ack(pending.code)
    else:
        raise SystemExit(f"unknown op {op}")


if __name__ == "__main__":
    main()
