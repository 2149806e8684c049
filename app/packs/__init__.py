"""Secure handoff packs (DESIGN §6): contact cards, and signed packs encrypted to partners.

Public API:
- cards: ``ContactCard``, ``my_card``, ``qr_png``, ``PartnerBook`` (add, find, trust, all), ``Partner``
- ``build_pack(vault, case_id, recipients, out_path, profile=, include_originals=, report=, ...)``
- ``verify_pack(vault, path)`` → ``PackReport`` (``ok``, ``failures``, ``to_json()``)
- ``receive_pack(vault, path, accept_older=)`` → ``ReceiveResult``
"""

from app.packs.build import PackResult, ReportMaker, build_pack
from app.packs.cards import ContactCard, Partner, PartnerBook, fingerprint, my_card, normalise_fingerprint, qr_png
from app.packs.errors import (
    CardError,
    DerivativeError,
    PackAlreadyReceived,
    PackError,
    PackRefused,
    PartnerNotFound,
)
from app.packs.receive import ReceiveResult, receive_pack
from app.packs.verify import PackReport, verify_pack

__all__ = [
    "CardError",
    "ContactCard",
    "DerivativeError",
    "PackAlreadyReceived",
    "PackError",
    "PackRefused",
    "PackReport",
    "PackResult",
    "Partner",
    "PartnerBook",
    "PartnerNotFound",
    "ReceiveResult",
    "ReportMaker",
    "build_pack",
    "fingerprint",
    "my_card",
    "normalise_fingerprint",
    "qr_png",
    "receive_pack",
    "verify_pack",
]
