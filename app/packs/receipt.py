"""A receipt for a received pack: what arrived, signed by the receiver, with the receiver's audit head.

The receiver sends it back to the sender: the sender learns the pack arrived whole
(its SHA-256), and holds a witness of the receiver's audit log at that moment
(``casefile audit verify --against receipt.json`` on the receiver's side finds a
log rewritten or cut after it). ``receipt.json.sig`` is a raw Ed25519 signature
over the JSON bytes, checked with the receiver's card as a manifest is.
"""

from __future__ import annotations

import json

from app.packs.cards import card_label, my_card
from app.packs.manifest import sign
from app.packs.receive import ReceiveResult
from storage.audit import audit_head_of
from storage.vault import Vault

FORMAT = "casefile-receipt"
VERSION = 1


def make_receipt(vault: Vault, result: ReceiveResult) -> tuple[bytes, bytes]:
    """(receipt JSON bytes, signature bytes)."""
    me = my_card(vault, card_label(vault))
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "pack_id": result.pack_id,
        "pack_sha256": result.pack_sha256,
        "sender_fingerprint": result.sender_fingerprint,
        "received": vault.now(),
        "receiver": {"label": me.label, "fingerprint": me.fingerprint, "signing_key": me.signing_key_b64},
        "audit_head": audit_head_of(vault),
    }
    data = (json.dumps(doc, ensure_ascii=True, indent=1) + "\n").encode("ascii")
    return data, sign(vault.signing_key(), data)
