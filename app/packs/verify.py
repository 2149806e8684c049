"""Reading a pack: decrypt in a stream, check every member as it passes, keep nothing.

One pass does everything, in the order the pack is laid out: manifest.json
(bounded, parsed strictly), manifest.sig (Ed25519 over the manifest's exact
bytes, by a signer whose card the user confirmed), SHA256SUMS (must equal what
the signed manifest implies), then each member hashed as it streams, its size
capped at the declared size + 1. ``receive`` runs the same scan once, storing
each evidence member as it passes (``on_member``) while nothing has failed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.packs import manifest as mf
from app.packs.cards import PartnerBook, fingerprint
from app.packs.names import collision_key, name_problems
from app.packs.pipes import decrypting
from app.packs.tarstream import TarEntry, TarFormatError, TarReader
from storage.progress import CancelToken, Progress, no_progress
from storage.vault import Vault

READ_CHUNK = 1 << 20
MAX_EXTRA_MEMBERS = 100
MAX_EXTRA_MEMBER_BYTES = 16 * 1024 * 1024
MAX_MEMBERS = mf.MAX_ITEMS + len(mf.FIXED)
FIXED_LIMITS = {mf.MANIFEST: mf.MAX_MANIFEST_BYTES, mf.SIGNATURE: 1024, mf.SUMS: mf.MAX_SUMS_BYTES}


@dataclass
class ItemCheck:
    path: str
    kind: str
    size: int
    sha256: str
    media_type: str
    status: str = "not checked"  # ok, bad, missing, not checked

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "kind": self.kind,
            "size": self.size,
            "sha256": self.sha256,
            "media_type": self.media_type,
            "status": self.status,
        }


@dataclass
class PackReport:
    """Everything ``verify`` found. ``ok`` only when no check failed."""

    path: str
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    manifest: mf.Manifest | None = None
    manifest_bytes: bytes = b""
    signature_ok: bool = False
    signer_label: str | None = None
    signer_fingerprint: str | None = None
    signer_trusted: bool = False
    items: list[ItemCheck] = field(default_factory=list)
    pack_sha256: str = ""
    pack_size: int = 0
    already_received: str | None = None  # when this vault received the same pack id
    newer_received: str | None = None  # creation time of a newer pack from the same sender for the same case

    @property
    def ok(self) -> bool:
        return not self.failures

    def to_json(self) -> dict[str, Any]:
        m = self.manifest
        return {
            "ok": self.ok,
            "failures": self.failures,
            "warnings": self.warnings,
            "pack": {
                "file": self.path,
                "sha256": self.pack_sha256,
                "size": self.pack_size,
                "pack_id": m.pack_id if m else None,
                "created": m.created if m else None,
                "profile": m.profile if m else None,
                "case": {"id": m.case_id, "reference": m.case_reference, "title": m.case_title} if m else None,
                "recipients": m.recipients if m else [],
            },
            "signer": {
                "label": self.signer_label,
                "fingerprint": self.signer_fingerprint,
                "signature_valid": self.signature_ok,
                "trusted": self.signer_trusted,
            },
            "already_received": self.already_received,
            "items": [i.to_json() for i in self.items],
        }


class MemberReader:
    """A member's data, hashed and counted as it is read; never more than the tar entry holds."""

    def __init__(self, tar: TarReader, cancel: CancelToken | None, on_bytes: Callable[[int], None]) -> None:
        self.tar, self.cancel, self.on_bytes = tar, cancel, on_bytes
        self.hash = hashlib.sha256()
        self.size = 0

    def read_view(self, n: int = -1) -> memoryview:
        """Up to ``n`` bytes, hashed and counted; valid until the next read."""
        if self.cancel is not None:
            self.cancel.check()
        chunk = self.tar.read_view(n if n and n > 0 else READ_CHUNK)
        self.hash.update(chunk)
        self.size += len(chunk)
        self.on_bytes(len(chunk))
        return chunk

    def read(self, n: int = -1) -> bytes:
        return bytes(self.read_view(n))

    def drain(self) -> None:
        while self.read_view(READ_CHUNK):
            pass

    def read_all(self, limit: int) -> bytes:
        parts: list[bytes] = []
        got = 0
        while True:
            chunk = self.read_view(READ_CHUNK)
            if not chunk:
                return b"".join(parts)
            got += len(chunk)
            if got > limit:
                raise TarFormatError("a member is larger than Casefile reads into memory")
            parts.append(bytes(chunk))


class _Stop(Exception):
    """Stop reading the pack (a failure in stop-early mode, or reading further is unsafe)."""


OnManifest = Callable[[mf.Manifest, PackReport], None]
OnMember = Callable[[mf.Item, MemberReader], None]


class PackScan:
    def __init__(
        self,
        vault: Vault,
        path: Path | str,
        *,
        stop_early: bool = False,
        on_manifest: OnManifest | None = None,
        on_member: OnMember | None = None,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> None:
        self.vault = vault
        self.path = Path(path)
        self.stop_early = stop_early
        self.on_manifest, self.on_member = on_manifest, on_member
        self.progress, self.cancel = progress, cancel
        self.report = PackReport(str(path))
        self._consequential: list[str] = []  # failures that only follow from a decryption failure
        self._fixed: dict[str, bytes] = {}
        self._seen: dict[str, str] = {}  # collision key -> name
        self._early: dict[str, tuple[int, str]] = {}  # members read before the manifest: size, sha256
        self._checked: dict[str, ItemCheck] = {}
        self._authenticated = False
        self._next_index = 0
        self._extras = 0
        self._done_bytes = 0
        self._next_report = 0
        self._total = 0
        self._by_path: dict[str, mf.Item] = {}
        self._order: dict[str, int] = {}

    # -- failures ---------------------------------------------------------------------

    def fail(self, message: str, *, fatal: bool = False) -> None:
        self.report.failures.append(message)
        if fatal or self.stop_early:
            raise _Stop

    def _bytes(self, n: int) -> None:
        self._done_bytes += n
        if self._done_bytes >= self._next_report:
            self._next_report = self._done_bytes + 8 * READ_CHUNK
            self.progress(self._done_bytes, max(self._total, self._done_bytes), "checking the pack")

    # -- the scan ---------------------------------------------------------------------

    def run(self) -> PackReport:
        report = self.report
        try:
            report.pack_size = self.path.stat().st_size
        except OSError:
            report.failures.append("The pack file cannot be read.")
            return report
        self._total = report.pack_size
        with decrypting(self.path, [self.vault.identity]) as (stream, state):
            tar = TarReader(stream)
            try:
                self._members(tar)
                if not self._authenticated:
                    self._authenticate()
                if not tar.trailing_is_clean():
                    self.fail("Data follows the end of the archive inside the pack.")
                for item in report.items:
                    if item.status == "not checked":
                        item.status = "missing"
                        self._consequential.append(f"{item.path} is listed in the manifest but missing from the pack.")
            except _Stop:
                pass
            except TarFormatError as exc:
                self._consequential.append(f"The pack's archive is malformed: {exc}.")
                # Read on to EOF so a truncated or damaged age stream reports itself.
                while stream.read_view(READ_CHUNK):
                    pass
        report.pack_sha256 = state.sha256
        problem = state.describe_error()
        if problem:
            report.failures.insert(0, problem)
        else:
            report.failures.extend(self._consequential)
        return report

    def _members(self, tar: TarReader) -> None:
        count = 0
        while True:
            if self.cancel is not None:
                self.cancel.check()
            entry = tar.next()
            if entry is None:
                return
            count += 1
            if count > MAX_MEMBERS:
                self.fail(f"The pack holds more than {MAX_MEMBERS} members; reading stopped.", fatal=True)
            self._member(tar, entry, count)

    def _member(self, tar: TarReader, entry: TarEntry, position: int) -> None:
        name = entry.name
        problems = entry.problems + [p for p in name_problems(name) if "NUL" not in p or not entry.problems]
        if entry.kind is not None:
            problems.append(f"{name[:80]!r} is {entry.kind}: packs hold only regular files")
        if problems:
            for p in problems:
                self.fail(p[0].upper() + p[1:] + ".")
            self._skip(tar, entry)
            return
        key = collision_key(name)
        if key in self._seen:
            other = self._seen[key]
            if other == name:
                self.fail(f"{name} appears more than once in the pack.")
            else:
                self.fail(f"{name} and {other} differ only in letter case or look-alike characters.")
            self._skip(tar, entry)
            return
        self._seen[key] = name
        if name in mf.FIXED:
            want = mf.FIXED.index(name) + 1
            if position != want:
                self.fail(f"{name} must be member number {want} of the pack, but is number {position}.")
            limit = FIXED_LIMITS[name]
            if entry.size > limit:
                self.fail(f"{name} is larger than {limit} bytes.", fatal=True)
            self._fixed[name] = MemberReader(tar, self.cancel, self._bytes).read_all(limit)
            if all(f in self._fixed for f in mf.FIXED):
                self._authenticate()
            return
        if not self._authenticated and mf.MANIFEST in self._fixed:
            self._authenticate()
        m = self.report.manifest
        if m is None:
            # No manifest yet (it should have come first): hash now, compare later.
            reader = MemberReader(tar, self.cancel, self._bytes)
            if entry.size > MAX_EXTRA_MEMBER_BYTES:
                self.fail(
                    f"{name} comes before the manifest and is too large to hold back; reading stopped.", fatal=True
                )
            reader.drain()
            self._early[name] = (reader.size, reader.hash.hexdigest())
            return
        item = self._by_path.get(name)
        if item is None:
            self._extras += 1
            self.fail(f"{name} is in the pack but not listed in the manifest.")
            if self._extras > MAX_EXTRA_MEMBERS or entry.size > MAX_EXTRA_MEMBER_BYTES:
                self.fail("Too many or too large unlisted members; reading stopped.", fatal=True)
            self._skip(tar, entry)
            return
        check = self._checked[name]
        index = self._order[name]
        if index < self._next_index:
            self.fail(f"{name} is out of the order the manifest gives.")
        self._next_index = index + 1
        if entry.size > item.size:
            # Read no further than one byte past what was declared: enough to prove it.
            reader = MemberReader(tar, self.cancel, self._bytes)
            while reader.size <= item.size and reader.read_view(min(READ_CHUNK, item.size + 1 - reader.size)):
                pass
            check.status = "bad"
            self.fail(
                f"{name} is larger than the manifest declares ({item.size} bytes); reading stopped at the "
                "declared size + 1.",
                fatal=True,
            )
        reader = MemberReader(tar, self.cancel, self._bytes)
        if self.on_member is not None and not self.report.failures:
            self.on_member(item, reader)
        reader.drain()
        self._compare(check, reader.size, reader.hash.hexdigest())

    def _compare(self, check: ItemCheck, size: int, sha: str) -> None:
        if size != check.size:
            check.status = "bad"
            self.fail(f"{check.path} is {size} bytes; the manifest declares {check.size}.")
        elif sha != check.sha256:
            check.status = "bad"
            self.fail(f"{check.path} does not match its SHA-256 in the manifest: it was altered.")
        else:
            check.status = "ok"

    def _skip(self, tar: TarReader, entry: TarEntry) -> None:
        if entry.size > MAX_EXTRA_MEMBER_BYTES:
            self.fail("A member that cannot be accepted is too large to skip; reading stopped.", fatal=True)
        tar.skip()

    # -- the signed manifest ----------------------------------------------------------

    def _authenticate(self) -> None:
        self._authenticated = True
        report = self.report
        data = self._fixed.get(mf.MANIFEST)
        if data is None:
            self.fail("manifest.json is missing: this is not a Casefile pack, or it was cut.", fatal=True)
            return
        try:
            m = mf.parse(data)
        except mf.ManifestInvalid as exc:
            self.fail(f"The manifest cannot be used: {exc}.", fatal=True)
            return
        report.manifest, report.manifest_bytes = m, data
        self._by_path = m.by_path()
        self._order = {it.path: n for n, it in enumerate(m.items)}
        report.items = [ItemCheck(it.path, it.kind, it.size, it.sha256, it.media_type) for it in m.items]
        self._checked = {c.path: c for c in report.items}
        self._total = sum(it.size for it in m.items)
        report.signer_fingerprint = m.producer_fingerprint
        sig = self._fixed.get(mf.SIGNATURE)
        if sig is None:
            self.fail("manifest.sig is missing: the pack is not signed.")
        elif not mf.signature_valid(m.producer_signing_key, data, sig):
            self.fail(
                "The signature does not match manifest.json: the manifest was altered, or it was not signed "
                "by the producer it names."
            )
        else:
            report.signature_ok = True
            self._check_signer(m)
        own_fp = fingerprint(
            str(self.vault.identity.to_public()), self.vault.signing_key().public_key().public_bytes_raw()
        )
        if own_fp not in {r["fingerprint"] for r in m.recipients}:
            self.fail(
                "The signed manifest does not list this vault as a recipient: the pack was addressed to "
                "someone else and passed on."
            )
        sums = self._fixed.get(mf.SUMS)
        if sums is None:
            self.fail("SHA256SUMS is missing.")
        elif sums != mf.sums_text(m.items) or hashlib.sha256(sums).hexdigest() != m.sha256sums:
            self.fail("SHA256SUMS does not match the signed manifest.")
        for name, (size, sha) in self._early.items():
            check = self._checked.get(name)
            if check is None:
                self.fail(f"{name} is in the pack but not listed in the manifest.")
            else:
                self._compare(check, size, sha)
        if report.signature_ok and report.signer_trusted:
            self._note_history(m)
            if self.on_manifest is not None:
                self.on_manifest(m, report)

    def _check_signer(self, m: mf.Manifest) -> None:
        report = self.report
        own = self.vault.signing_key().public_key().public_bytes_raw()
        if m.producer_signing_key == own:
            report.signer_label, report.signer_trusted = "this vault", True
            return
        partner = PartnerBook(self.vault).by_signing_key(m.producer_signing_key)
        if partner is None:
            report.signer_label = m.producer_label
            self.fail(
                f"Unknown signer: fingerprint {m.producer_fingerprint} (calling itself {m.producer_label!r}) "
                "is not a partner of this vault. Import their contact card and confirm its fingerprint."
            )
            return
        report.signer_label, report.signer_fingerprint = partner.label, partner.fingerprint
        if not partner.trusted:
            self.fail(
                f"The signer {partner.label!r} ({partner.fingerprint}) is known, but its fingerprint has never "
                "been confirmed; confirm it before trusting packs from it."
            )
            return
        report.signer_trusted = True
        if partner.recipient != m.producer_recipient:
            report.warnings.append("The signer's encryption key in the pack differs from the one on their card.")

    def _note_history(self, m: mf.Manifest) -> None:
        row = self.vault.db.one("SELECT received_at FROM received_packs WHERE pack_id = ?", (m.pack_id,))
        if row is not None:
            self.report.already_received = row[0]
            self.report.warnings.append(f"This pack was already received on {row[0]}.")
            return
        newest = self.vault.db.one(
            "SELECT max(manifest_created) FROM received_packs WHERE sender_fingerprint = ? AND case_id = ?",
            (self.report.signer_fingerprint, m.case_id),
        )
        if newest and newest[0] and m.created < newest[0]:
            self.report.newer_received = newest[0]
            self.report.warnings.append(
                f"This pack ({m.created}) is older than one already received from the same sender for this case "
                f"({newest[0]}): it may be a replay."
            )


def verify_pack(
    vault: Vault, path: Path | str, *, progress: Progress = no_progress, cancel: CancelToken | None = None
) -> PackReport:
    """Check a pack completely without keeping anything; ``report.ok`` only if every check holds."""
    return PackScan(vault, path, progress=progress, cancel=cancel).run()
