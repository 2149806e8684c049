"""Contact cards and the partner book.

A card is public: a display label, the vault's age X25519 recipient (packs are
encrypted to it) and its Ed25519 signing key (packs are signed with it), plus a
short fingerprint over both keys that two people compare aloud or by QR code.
A partner's card is trusted only after the user confirms that fingerprint: an
unconfirmed card could be anyone's, and trusting it would let a stranger read
packs meant for the partner or sign packs in the partner's name.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import secrets
import unicodedata
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.packs.errors import CardError, PartnerNotFound
from storage.age import AgeKeyError, Recipient
from storage.vault import Vault

CARD_FORMAT = "casefile-card"
CARD_VERSION = 1
MAX_CARD_BYTES = 64 * 1024
MAX_LABEL_CHARS = 100
_FP_DOMAIN = b"casefile-card-v1\0"
FP_GROUPS, FP_GROUP_LEN = 4, 5  # 20 base32 characters = 100 bits, read aloud in four groups


def fingerprint(recipient: str, signing_key: bytes | None) -> str:
    """``ABCDE-FGHIJ-KLMNO-PQRST``: SHA-256 over both public keys, first 100 bits in base32.

    Base32 (A–Z, 2–7) has no 0/O or 1/I/l pairs to confuse when read aloud. A card with no signing key
    (a partner who opens packs with the plain ``age`` tool and never signs) hashes an empty key.
    """
    digest = hashlib.sha256(_FP_DOMAIN + recipient.encode("ascii") + b"\0" + (signing_key or b"")).digest()
    text = base64.b32encode(digest).decode("ascii")[: FP_GROUPS * FP_GROUP_LEN]
    return "-".join(text[i : i + FP_GROUP_LEN] for i in range(0, len(text), FP_GROUP_LEN))


def normalise_fingerprint(text: str) -> str:
    """What a person typed, in canonical form: case, spaces and dashes do not matter."""
    raw = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(raw[i : i + FP_GROUP_LEN] for i in range(0, len(raw), FP_GROUP_LEN))


def signing_key_pem(raw: bytes) -> str:
    """The signing key as PEM (SubjectPublicKeyInfo), what ``openssl pkeyutl -pubin`` reads."""
    key = Ed25519PublicKey.from_public_bytes(raw)
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def check_label(label: str) -> str:
    label = unicodedata.normalize("NFC", label).strip()
    if not label:
        raise CardError("The card's label is empty.")
    if len(label) > MAX_LABEL_CHARS:
        raise CardError(f"The card's label is longer than {MAX_LABEL_CHARS} characters.")
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in label):
        raise CardError("The card's label contains control or invisible characters.")
    return label


def check_recipient(recipient: Any) -> str:
    if not isinstance(recipient, str) or not recipient.startswith("age1") or len(recipient) > 100:
        raise CardError("The card's encryption key is not an age X25519 recipient (age1…).")
    try:
        Recipient.from_str(recipient).wrap(bytes(16))  # a low-order point parses, but no key can be agreed with it
    except AgeKeyError:
        raise CardError("The card's encryption key is not a valid age X25519 recipient.") from None
    return recipient


def decode_signing_key(text: Any) -> bytes:
    if not isinstance(text, str) or len(text) > 100:
        raise CardError("The card's signing key is missing or malformed.")
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise CardError("The card's signing key is not base64.") from None
    if len(raw) != 32:
        raise CardError("The card's signing key is not an Ed25519 public key (32 bytes).")
    try:
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise CardError("The card's signing key is not a valid Ed25519 public key.") from None
    return raw


@dataclass(frozen=True)
class ContactCard:
    label: str
    recipient: str
    signing_key: bytes | None  # raw Ed25519 public key, 32 bytes; None for an age-only partner

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.recipient, self.signing_key)

    @property
    def signing_key_b64(self) -> str | None:
        return base64.b64encode(self.signing_key).decode("ascii") if self.signing_key else None

    @property
    def signing_key_pem(self) -> str | None:
        return signing_key_pem(self.signing_key) if self.signing_key else None

    def to_dict(self, *, with_pem: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "format": CARD_FORMAT,
            "version": CARD_VERSION,
            "label": self.label,
            "age_recipient": self.recipient,
            "signing_key": self.signing_key_b64,
        }
        if with_pem and self.signing_key:
            d["signing_key_pem"] = self.signing_key_pem
        d["fingerprint"] = self.fingerprint
        return d

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n"

    def qr_text(self) -> str:
        """The card as compact JSON without the PEM copy (derivable), to fit a QR code."""
        return json.dumps(self.to_dict(with_pem=False), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_dict(cls, d: Any) -> ContactCard:
        if not isinstance(d, dict) or d.get("format") != CARD_FORMAT:
            raise CardError("This is not a Casefile contact card.")
        if d.get("version") != CARD_VERSION:
            raise CardError(
                f"This contact card has version {d.get('version')!r}; this Casefile reads version {CARD_VERSION}."
            )
        label = d.get("label")
        if not isinstance(label, str):
            raise CardError("The card has no label.")
        key = d.get("signing_key")
        card = cls(
            check_label(label),
            check_recipient(d.get("age_recipient")),
            None if key is None else decode_signing_key(key),
        )
        pem = d.get("signing_key_pem")
        if pem is not None and (not isinstance(pem, str) or pem.strip() != (card.signing_key_pem or "").strip()):
            raise CardError("The card's PEM signing key differs from its base64 signing key.")
        fp = d.get("fingerprint")
        if fp is not None and (not isinstance(fp, str) or normalise_fingerprint(fp) != card.fingerprint):
            raise CardError("The card's fingerprint does not match its keys: it was altered.")
        return card

    @classmethod
    def age_only(cls, label: str, recipient: str) -> ContactCard:
        """A card for a partner who only has the ``age`` tool (``age-keygen``): receives packs, never signs."""
        return cls(check_label(label), check_recipient(recipient.strip()), None)

    @classmethod
    def from_json(cls, data: bytes | str) -> ContactCard:
        if isinstance(data, bytes):
            if len(data) > MAX_CARD_BYTES:
                raise CardError("The file is too large to be a contact card.")
            try:
                data = data.decode("utf-8")
            except UnicodeDecodeError:
                raise CardError("The contact card is not UTF-8 text.") from None
        try:
            return cls.from_dict(json.loads(data))
        except (json.JSONDecodeError, RecursionError):
            raise CardError("The contact card is not valid JSON.") from None


def qr_png(card: ContactCard, scale: int = 6) -> bytes:
    """The card as a QR-code PNG."""
    import io

    import segno  # loaded when first needed: the command line starts without it

    out = io.BytesIO()
    segno.make(card.qr_text(), error="m", micro=False).save(out, kind="png", scale=scale, border=4)
    return out.getvalue()


def my_card(vault: Vault, label: str) -> ContactCard:
    """This vault's own public card."""
    raw = vault.signing_key().public_key().public_bytes_raw()
    return ContactCard(check_label(label), str(vault.identity.to_public()), raw)


# -- the partner book ---------------------------------------------------------------


@dataclass(frozen=True)
class Partner:
    id: str
    label: str
    recipient: str
    signing_key: bytes | None
    fingerprint: str
    trusted: bool
    added: str
    trusted_at: str | None = None

    @property
    def card(self) -> ContactCard:
        return ContactCard(self.label, self.recipient, self.signing_key)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "fingerprint": self.fingerprint,
            "trusted": self.trusted,
            "added": self.added,
            "trusted_at": self.trusted_at,
            "age_recipient": self.recipient,
        }


_COLS = "id, label, recipient, signing_key, fingerprint, trusted, added, trusted_at"


def _partner(row: Any) -> Partner:
    key = base64.b64decode(row[3]) if row[3] else None
    return Partner(row[0], row[1], row[2], key, row[4], bool(row[5]), row[6], row[7])


class PartnerBook:
    """Partner cards kept in the vault (encrypted like everything else)."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def all(self) -> list[Partner]:
        return [_partner(r) for r in self.vault.db.query(f"SELECT {_COLS} FROM partners ORDER BY label, added")]

    def by_fingerprint(self, fp: str) -> Partner | None:
        row = self.vault.db.one(f"SELECT {_COLS} FROM partners WHERE fingerprint = ?", (normalise_fingerprint(fp),))
        return _partner(row) if row else None

    def by_signing_key(self, raw: bytes) -> Partner | None:
        row = self.vault.db.one(
            f"SELECT {_COLS} FROM partners WHERE signing_key = ?", (base64.b64encode(raw).decode("ascii"),)
        )
        return _partner(row) if row else None

    def find(self, ref: str) -> Partner:
        """A partner by fingerprint, id or exact label."""
        found = self.by_fingerprint(ref) if len(normalise_fingerprint(ref)) == 23 else None
        if found:
            return found
        rows = self.vault.db.query(f"SELECT {_COLS} FROM partners WHERE id = ? OR label = ?", (ref, ref))
        if len(rows) == 1:
            return _partner(rows[0])
        if len(rows) > 1:
            raise PartnerNotFound(f"Several partners are called {ref!r}; name one by its fingerprint.")
        raise PartnerNotFound(f"No partner card {ref!r} in this vault (see 'casefile card list').")

    def add(self, card: ContactCard, *, trusted: bool) -> Partner:
        """Add a card (or re-confirm one already here). ``trusted`` means the user confirmed the fingerprint."""
        existing = self.by_signing_key(card.signing_key) if card.signing_key else self.by_fingerprint(card.fingerprint)
        if existing is not None and existing.recipient != card.recipient:
            raise CardError(
                f"A card with this signing key but another encryption key is already in the vault "
                f"({existing.label!r}); remove it first if the partner really changed keys."
            )
        now = self.vault.now()
        with self.vault.db.transaction() as conn:
            if existing is None:
                pid = f"pt-{secrets.token_hex(8)}"
                conn.execute(
                    f"INSERT INTO partners ({_COLS}) VALUES (?,?,?,?,?,?,?,?)",
                    (
                        pid,
                        card.label,
                        card.recipient,
                        card.signing_key_b64,
                        card.fingerprint,
                        1 if trusted else 0,
                        now,
                        now if trusted else None,
                    ),
                )
                self.vault.record(
                    conn, "partner.add", "partners", pid, {"fingerprint": card.fingerprint, "trusted": trusted}
                )
            else:
                pid = existing.id
                if trusted and not existing.trusted:
                    conn.execute("UPDATE partners SET trusted = 1, trusted_at = ? WHERE id = ?", (now, pid))
                    self.vault.record(conn, "partner.trust", "partners", pid, {"fingerprint": card.fingerprint})
        found = self.by_fingerprint(card.fingerprint)
        assert found is not None
        return found

    def trust(self, partner: Partner) -> Partner:
        return self.add(partner.card, trusted=True)


_LABEL_KEY = "card_label"


def card_label(vault: Vault) -> str:
    """The label this vault puts on its own card and packs."""
    row = vault.db.one("SELECT value FROM meta WHERE key = ?", (_LABEL_KEY,))
    return row[0] if row else f"Casefile vault {vault.vault_id[:8]}"


def set_card_label(vault: Vault, label: str) -> str:
    label = check_label(label)
    with vault.db.transaction() as conn:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (_LABEL_KEY, label))
        vault.record(conn, "card.label", details={"label": label})
    return label
