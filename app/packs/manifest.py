"""manifest.json, manifest.sig and SHA256SUMS: writing them, and reading them back strictly.

The manifest is the only signed member; it names every other member with its
size and SHA-256, and holds the SHA-256 of SHA256SUMS, so the signature covers
everything. A manifest read from a pack is untrusted input until its signature
checks: every field is type-checked and bounded before use.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.domain.profiles import PROFILES
from app.evidence.credentials import VERDICTS
from app.packs.cards import fingerprint, normalise_fingerprint
from app.packs.names import collision_key, name_problems

FORMAT = "casefile-pack"
VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
SUMS = "SHA256SUMS"
FIXED = (MANIFEST, SIGNATURE, SUMS)
KINDS = ("report", "evidence", "custody", "case")
SINGLE_KINDS = {"report": "report.pdf", "custody": "custody.json", "case": "case.json"}

MAX_ITEMS = 10_000
MAX_MANIFEST_BYTES = 8 * 1024 * 1024
MAX_SUMS_BYTES = 2 * 1024 * 1024
MAX_TOTAL_BYTES = 1 << 40  # 1 TiB
MAX_DOCUMENT_BYTES = 256 * 1024 * 1024  # case.json / custody.json, read into memory on receive
SIGNATURE_BYTES = 64

_HEX64 = re.compile(r"[0-9a-f]{64}")
_PACK_ID = re.compile(r"p-[0-9a-f]{32}")
_MEDIA = re.compile(r"[a-z0-9][a-z0-9.+-]{0,60}/[a-z0-9][a-z0-9.+-]{0,60}(; charset=[a-z0-9-]{1,20})?")
CREDENTIAL_VERDICTS = VERDICTS
_EVIDENCE_PATH = re.compile(r"evidence/[0-9]{3,5}-[0-9a-f]{12}\.[a-z0-9]{1,5}")
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


class ManifestInvalid(ValueError):
    """The manifest is malformed; the message says how."""


@dataclass(frozen=True)
class Item:
    path: str
    kind: str
    size: int
    sha256: str
    media_type: str
    evidence_id: str | None = None
    original_sha256: str | None = None
    operation: str | None = None
    # The Content Credentials verdict Casefile reached on the original at intake (a word, never the signer).
    content_credentials: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "path": self.path,
            "kind": self.kind,
            "size": self.size,
            "sha256": self.sha256,
            "media_type": self.media_type,
        }
        if self.evidence_id is not None:
            d["evidence_id"] = self.evidence_id
        if self.original_sha256 is not None:
            d["original_sha256"] = self.original_sha256
        if self.operation is not None:
            d["operation"] = self.operation
        if self.content_credentials is not None:
            d["content_credentials"] = self.content_credentials
        return d


@dataclass
class Manifest:
    pack_id: str
    created: str
    profile: str
    case_id: str
    case_reference: str | None
    case_title: str | None
    producer_label: str
    producer_recipient: str
    producer_signing_key: bytes
    recipients: list[dict[str, str]]
    sha256sums: str
    items: list[Item] = field(default_factory=list)

    @property
    def producer_fingerprint(self) -> str:
        return fingerprint(self.producer_recipient, self.producer_signing_key)

    def by_path(self) -> dict[str, Item]:
        return {i.path: i for i in self.items}


def sums_text(items: list[Item]) -> bytes:
    """SHA256SUMS in ``sha256sum -c`` format (two spaces: text mode, which is binary-safe on Linux)."""
    return "".join(f"{i.sha256}  {i.path}\n" for i in items).encode("ascii")


def render(
    *,
    pack_id: str,
    created: str,
    profile: str,
    case: dict[str, Any],
    producer: dict[str, Any],
    recipients: list[dict[str, str]],
    items: list[Item],
    audit_head: dict[str, Any] | None = None,
) -> tuple[bytes, bytes]:
    """(manifest.json bytes, SHA256SUMS bytes). ASCII only, so every tool reads it the same.
    ``audit_head``: the producer's audit log head, a witness the partner keeps (storage/audit.py)."""
    import hashlib

    sums = sums_text(items)
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "pack_id": pack_id,
        "created": created,
        "profile": profile,
        "case": case,
        "producer": producer,
        "recipients": recipients,
        "sha256sums": hashlib.sha256(sums).hexdigest(),
        "items": [i.to_dict() for i in items],
    }
    if audit_head is not None:
        doc["audit_head"] = audit_head
    return (json.dumps(doc, ensure_ascii=True, indent=1) + "\n").encode("ascii"), sums


def sign(key: Ed25519PrivateKey, manifest_bytes: bytes) -> bytes:
    """A raw 64-byte Ed25519 signature: ``openssl pkeyutl -verify -rawin`` checks it."""
    return key.sign(manifest_bytes)


def signature_valid(public_raw: bytes, manifest_bytes: bytes, sig: bytes) -> bool:
    if len(sig) != SIGNATURE_BYTES:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(sig, manifest_bytes)
    except (InvalidSignature, ValueError):
        return False
    return True


# -- reading --------------------------------------------------------------------------


def _str(d: dict, key: str, *, limit: int = 200, optional: bool = False) -> Any:
    v = d.get(key)
    if v is None and optional:
        return None
    if not isinstance(v, str) or not v or len(v) > limit:
        raise ManifestInvalid(f"the manifest's '{key}' field is missing or malformed")
    return v


def _hex(d: dict, key: str, *, optional: bool = False) -> Any:
    v = d.get(key)
    if v is None and optional:
        return None
    if not isinstance(v, str) or not _HEX64.fullmatch(v):
        raise ManifestInvalid(f"the manifest's '{key}' field is not a SHA-256 in hex")
    return v


def _item(d: Any, n: int) -> Item:
    if not isinstance(d, dict):
        raise ManifestInvalid(f"item {n} of the manifest is not an object")
    path = _str(d, "path", limit=300)
    problems = name_problems(path)
    if problems:
        raise ManifestInvalid(f"item {n} of the manifest: {problems[0]}")
    kind = d.get("kind")
    if kind not in KINDS:
        raise ManifestInvalid(f"item {n} of the manifest has an unknown kind")
    if kind == "evidence" and not _EVIDENCE_PATH.fullmatch(path):
        raise ManifestInvalid(f"item {n} of the manifest: evidence must be named evidence/NNN-<hash>.<ext>")
    if kind in SINGLE_KINDS and path != SINGLE_KINDS[kind]:
        raise ManifestInvalid(f"item {n} of the manifest: a {kind} item must be named {SINGLE_KINDS[kind]}")
    size = d.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= MAX_TOTAL_BYTES:
        raise ManifestInvalid(f"item {n} of the manifest has a malformed size")
    if kind in ("case", "custody") and size > MAX_DOCUMENT_BYTES:
        raise ManifestInvalid(f"{path} is larger than Casefile reads ({MAX_DOCUMENT_BYTES} bytes)")
    media = _str(d, "media_type", limit=130)
    if not _MEDIA.fullmatch(media):
        raise ManifestInvalid(f"item {n} of the manifest has a malformed media type")
    operation = _str(d, "operation", limit=40, optional=True)
    if operation is not None and not re.fullmatch(r"[a-z][a-z-]{0,39}", operation):
        raise ManifestInvalid(f"item {n} of the manifest has a malformed operation")
    evidence_id = _str(d, "evidence_id", limit=80, optional=True)
    if evidence_id is not None and not re.fullmatch(r"[A-Za-z0-9_.:-]{1,80}", evidence_id):
        raise ManifestInvalid(f"item {n} of the manifest has a malformed evidence id")
    credentials = d.get("content_credentials")
    if credentials is not None and credentials not in CREDENTIAL_VERDICTS:
        raise ManifestInvalid(f"item {n} of the manifest has an unknown Content Credentials verdict")
    return Item(
        path,
        kind,
        size,
        _hex(d, "sha256"),
        media,
        evidence_id,
        _hex(d, "original_sha256", optional=True),
        operation,
        credentials,
    )


def parse(data: bytes) -> Manifest:
    """Check a manifest's shape completely; raises ManifestInvalid."""
    if len(data) > MAX_MANIFEST_BYTES:
        raise ManifestInvalid(f"the manifest is larger than {MAX_MANIFEST_BYTES} bytes")
    try:
        doc = json.loads(data.decode("ascii"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ManifestInvalid("manifest.json is not valid JSON text") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ManifestInvalid("manifest.json is not a Casefile pack manifest")
    if doc.get("version") != VERSION:
        raise ManifestInvalid(f"the pack has format version {doc.get('version')!r}; this Casefile reads {VERSION}")
    pack_id = _str(doc, "pack_id", limit=40)
    if not _PACK_ID.fullmatch(pack_id):
        raise ManifestInvalid("the manifest's pack id is malformed")
    created = _str(doc, "created", limit=30)
    if not _TIME.fullmatch(created):
        raise ManifestInvalid("the manifest's creation time is malformed")
    try:
        dt.datetime.fromisoformat(created.replace("Z", "+00:00"))
    except ValueError:
        raise ManifestInvalid("the manifest's creation time is not a real time") from None
    profile = doc.get("profile")
    if profile not in PROFILES:
        raise ManifestInvalid("the manifest's profile is unknown")
    case = doc.get("case")
    if not isinstance(case, dict):
        raise ManifestInvalid("the manifest names no case")
    case_id = _str(case, "id", limit=80)
    if not re.fullmatch(r"[A-Za-z0-9_.:-]{1,80}", case_id):
        raise ManifestInvalid("the manifest's case id is malformed")
    producer = doc.get("producer")
    if not isinstance(producer, dict):
        raise ManifestInvalid("the manifest names no producer")
    try:
        signing_key = base64.b64decode(_str(producer, "signing_key", limit=100), validate=True)
    except (binascii.Error, ValueError):
        raise ManifestInvalid("the producer's signing key is not base64") from None
    if len(signing_key) != 32:
        raise ManifestInvalid("the producer's signing key is not an Ed25519 key")
    recipient = _str(producer, "age_recipient", limit=100)
    stated = _str(producer, "fingerprint", limit=40)
    if normalise_fingerprint(stated) != fingerprint(recipient, signing_key):
        raise ManifestInvalid("the producer's fingerprint does not match the producer's keys")
    recipients = doc.get("recipients")
    if not isinstance(recipients, list) or not recipients or len(recipients) > 100:
        raise ManifestInvalid("the manifest's recipient list is missing or malformed")
    clean_recipients = []
    for r in recipients:
        if not isinstance(r, dict):
            raise ManifestInvalid("the manifest's recipient list is malformed")
        clean_recipients.append(
            {
                "label": _str(r, "label", limit=200, optional=True) or "",
                "fingerprint": normalise_fingerprint(_str(r, "fingerprint", limit=40)),
            }
        )
    items = doc.get("items")
    if not isinstance(items, list):
        raise ManifestInvalid("the manifest has no item list")
    if len(items) > MAX_ITEMS:
        raise ManifestInvalid(f"the manifest lists {len(items)} items; Casefile accepts at most {MAX_ITEMS}")
    parsed = [_item(d, n) for n, d in enumerate(items, start=1)]
    seen: dict[str, str] = {collision_key(f): f for f in FIXED}
    total = 0
    for it in parsed:
        key = collision_key(it.path)
        if key in seen:
            raise ManifestInvalid(f"the manifest lists {it.path!r} twice (or names that differ only in case)")
        seen[key] = it.path
        total += it.size
    if total > MAX_TOTAL_BYTES:
        raise ManifestInvalid("the pack declares more data than Casefile accepts (1 TiB)")
    return Manifest(
        pack_id,
        created,
        profile,
        case_id,
        _str(case, "reference", limit=200, optional=True),
        _str(case, "title", limit=2000, optional=True),
        _str(producer, "label", limit=200),
        recipient,
        signing_key,
        clean_recipients,
        _hex(doc, "sha256sums"),
        parsed,
    )
