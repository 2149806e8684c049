"""C2PA Content Credentials: read and verify a file's manifest offline, and say what it shows.

Cameras and apps (recent phones, ProofMode) sign what they capture. At intake Casefile reads that
signature with the official C2PA library and keeps the result with the item, as capture metadata:

- ``intact``: the manifest verifies and its signer chains to a trust anchor shipped with Casefile;
- ``unknown_signer``: the file is unchanged since it was signed, but the signer is not one Casefile
  trusts (self-made certificates, expired or revoked ones);
- ``tampered``: the file or its manifest changed after signing (a hash or the signature does not match);
- ``unreadable``: there is a manifest, but it cannot be read here (damaged, or only referenced online);
- ``none``: the file carries no Content Credentials.

The C2PA library parses untrusted bytes, so it runs only in a short-lived child process
(``credentials_worker``) that gets the bytes over its standard input, never from a file Casefile writes.

The record keeps the verdict as four booleans (``present``, ``readable``, ``intact``, ``trusted``)
rather than as a word: the whole ``capture`` field is secret, and every string in it becomes a
redaction token for partner and public outputs, so a stored word such as "intact" would be blacked out
wherever a description used it. The signer's name, the identities the manifest names and the manifest
store itself are strings on purpose: they are exactly what must never reach a partner.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from app.resources import resource
from storage.progress import CancelToken

VERDICTS = ("intact", "unknown_signer", "tampered", "unreadable", "none")
CAPTURE_KEY = "content_credentials"
WORKER_FLAG = "--read-content-credentials"

# Media types the C2PA library reads a manifest from (a subset of what it lists; see Reader.get_supported_mime_types).
CHECKED_TYPES = frozenset(
    {
        "image/jpeg",
        "image/png",
        "image/webp",
        "image/gif",
        "image/tiff",
        "image/heic",
        "image/heif",
        "image/avif",
        "image/jxl",
        "image/svg+xml",
        "image/x-adobe-dng",
        "video/mp4",
        "video/quicktime",
        "video/x-m4v",
        "video/x-msvideo",
        "audio/mp4",
        "audio/mpeg",
        "audio/wav",
        "audio/flac",
        "application/pdf",
        "application/epub+zip",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.oasis.opendocument.text",
        "application/vnd.oasis.opendocument.spreadsheet",
        "application/vnd.oasis.opendocument.presentation",
    }
)
# Up to this size (photos, voice notes) the file is first searched for the marks every embedded manifest
# leaves (the manifest store's JUMBF label "c2pa") or an XMP pointer to a remote one ("provenance"); a file
# without them needs no child process. Larger files go to the reader directly: it finds a manifest by
# walking the container's boxes, faster than a scan of every byte.
PREFILTER_MAX = 32 * 1024 * 1024
_MARKS = (b"c2pa", b"provenance")
# A PDF may keep its manifest inside a compressed object stream, where no mark is visible.
_ALWAYS_CHECKED = frozenset({"application/pdf"})
MAX_PIPED_BYTES = 512 * 1024 * 1024
MAX_REPORT_BYTES = 8 * 1024 * 1024

# Failure codes that concern who signed, not whether the bytes changed.
_CREDENTIAL_CODES = ("signingCredential.", "timeStamp.", "claimSignature.outsideValidity")
# Failure codes about identity assertions (CAWG): noted, not part of the verdict on the file.
_IDENTITY_CODES = ("cawg.",)
_HASH_CODES = ("assertion.dataHash.", "assertion.bmffHash.", "assertion.boxesHash.", "assertion.collectionHash.")


@dataclass(frozen=True)
class CredentialsView:
    """What the evidence tab, the CLI and internal reports show about an item's Content Credentials."""

    verdict: str
    reason: str  # a short key: see REASONS
    signer: str | None
    issuer: str | None
    signed_at: str | None
    identities: tuple[str, ...]
    claim_generator: str | None
    codes: tuple[str, ...]

    @property
    def label(self) -> str:
        return LABELS[self.verdict]

    @property
    def explanation(self) -> str:
        return REASONS.get(self.reason, self.reason)

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "label": self.label,
            "reason": self.reason,
            "explanation": self.explanation,
            "signer": self.signer,
            "issuer": self.issuer,
            "signed_at": self.signed_at,
            "identities": list(self.identities),
            "claim_generator": self.claim_generator,
            "codes": list(self.codes),
        }


LABELS = {
    "intact": "intact",
    "unknown_signer": "unknown signer",
    "tampered": "tampered",
    "unreadable": "unreadable",
    "none": "none",
}
REASONS = {
    "trusted": "signed by a trusted signer; the file is unchanged since it was signed",
    "untrusted": "the file is unchanged since it was signed, but the signer is not on Casefile's trust list",
    "credential_expired": "the file is unchanged since it was signed, but the signing certificate was not valid then",
    "credential_revoked": "the file is unchanged since it was signed, but the signing certificate was revoked",
    "timestamp_untrusted": "the file is unchanged since it was signed, but its time stamp could not be trusted",
    "changed_after_signing": "the file's content changed after it was signed",
    "signature_invalid": "the manifest's signature does not match its content",
    "manifest_invalid": "the manifest fails validation",
    "remote_manifest": "the file points to Content Credentials kept online; Casefile never goes online to fetch them",
    "manifest_damaged": "the file carries Content Credentials that are damaged or truncated",
    "format_not_supported": "the C2PA reader cannot read credentials from this kind of file",
    "reader_failed": "the C2PA reader stopped on this file",
    "timeout": "reading the Content Credentials took too long and was stopped",
    "too_large": "the file is too large to check from memory",
    "no_manifest": "the file carries no Content Credentials",
}


class ContentCredentialsReader:
    """Runs the C2PA reader in a child process, with Casefile's trust anchors and no network."""

    def __init__(
        self,
        anchor_files: Sequence[Path] | None = None,
        *,
        user_anchor_files: Sequence[Path] = (),
        timeout: float = 60.0,
    ) -> None:
        """``anchor_files`` replace the shipped trust list; ``user_anchor_files`` are trusted in addition to it."""
        self.anchor_files = list(anchor_files) if anchor_files is not None else [resource("c2pa", "trust-anchors.pem")]
        self.user_anchor_files = list(user_anchor_files)
        self.timeout = timeout

    def check_file(
        self, f: BinaryIO, media_type: str, size: int, *, cancel: CancelToken | None = None
    ) -> dict[str, Any] | None:
        """The capture record for an open, seekable file (handed to the child as its standard input).

        ``None`` if the type is one the C2PA reader does not read."""
        if _base(media_type) not in CHECKED_TYPES:
            return None
        if size <= PREFILTER_MAX and _base(media_type) not in _ALWAYS_CHECKED and not _has_marks(f):
            return record({"status": "none"})
        f.seek(0)
        return record(self._run(media_type, stdin=f, data=None, size=size, cancel=cancel))

    def check_bytes(self, data: bytes, media_type: str, *, cancel: CancelToken | None = None) -> dict[str, Any] | None:
        """The capture record for bytes in memory (piped to the child; never written to disk)."""
        if _base(media_type) not in CHECKED_TYPES:
            return None
        if _base(media_type) not in _ALWAYS_CHECKED and not any(m in data for m in _MARKS):
            return record({"status": "none"})
        if len(data) > MAX_PIPED_BYTES:
            return record({"status": "error", "code": "casefile.too_large"})
        return record(self._run(media_type, stdin=subprocess.PIPE, data=data, size=len(data), cancel=cancel))

    def _run(
        self, media_type: str, *, stdin: Any, data: bytes | None, size: int, cancel: CancelToken | None
    ) -> dict[str, Any]:
        args = worker_command() + ["--media-type", _base(media_type)]
        for path in self.anchor_files:
            args += ["--anchors", str(path)]
        for path in self.user_anchor_files:
            args += ["--user-anchors", str(path)]
        # Hashing a large video takes its time; a stuck parser does not get forever.
        deadline = time.monotonic() + self.timeout + size / (20 * 1024 * 1024)
        proc = subprocess.Popen(
            args,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            close_fds=True,
            env=_child_env(),
            cwd=_child_cwd(),
        )
        payload = data
        try:
            while True:
                try:
                    out, _ = proc.communicate(payload, timeout=0.25)
                    break
                except subprocess.TimeoutExpired:
                    payload = None  # sent once; communicate() keeps writing it
                    if cancel is not None:
                        cancel.check()
                    if time.monotonic() > deadline:
                        return {"status": "error", "code": "casefile.timeout"}
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        if proc.returncode != 0 or len(out) > MAX_REPORT_BYTES:
            return {"status": "error", "code": "casefile.reader_failed"}
        try:
            report = json.loads(out.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return {"status": "error", "code": "casefile.reader_failed"}
        return report if isinstance(report, dict) else {"status": "error", "code": "casefile.reader_failed"}


def worker_command() -> list[str]:
    """How to start the reader: the frozen executable with a flag, or this Python, isolated from the environment."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG]
    root = Path(__file__).resolve().parents[2]
    code = (
        f"import sys; sys.path.insert(0, {str(root)!r}); "
        "from app.evidence.credentials_worker import main; sys.exit(main())"
    )
    return [sys.executable, "-I", "-c", code]


def _child_env() -> dict[str, str]:
    # No proxy settings reach the child: it must not be told where the network is. Nor a library name:
    # the C2PA binding loads whatever C2PA_LIBRARY_NAME names.
    return {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy") and k != "C2PA_LIBRARY_NAME"}


def _child_cwd() -> str:
    """A folder of Casefile's own: the C2PA binding looks for its native library in the working folder
    first, so a library planted where the user happens to be (a downloads folder) must not be found."""
    frozen = getattr(sys, "_MEIPASS", None)
    return str(frozen) if getattr(sys, "frozen", False) and frozen else str(Path(__file__).resolve().parent)


def _base(media_type: str) -> str:
    return media_type.split(";")[0].strip().lower()


def _has_marks(f: BinaryIO) -> bool:
    """Whether the file holds any byte pattern an embedded (or referenced) manifest always leaves."""
    f.seek(0)
    tail = b""
    while True:
        chunk = f.read(1024 * 1024)
        if not chunk:
            return False
        window = tail + chunk
        if any(m in window for m in _MARKS):
            return True
        tail = window[-16:]


def record(report: dict[str, Any]) -> dict[str, Any]:
    """The capture record kept with the item, from the child's report (which is checked, not trusted)."""
    status = report.get("status")
    if status == "none":
        return {"present": False, "readable": False, "intact": False, "trusted": False}
    if status != "read":
        code = str(report.get("code") or "casefile.reader_failed")[:80]
        return {"present": True, "readable": False, "intact": False, "trusted": False, "codes": [code]}
    failures = _strings(report.get("failures"))
    state = str(report.get("validation_state") or "")
    integrity = [c for c in failures if not c.startswith(_CREDENTIAL_CODES + _IDENTITY_CODES)]
    credential = [c for c in failures if c.startswith(_CREDENTIAL_CODES)]
    intact = not integrity and state in ("Valid", "Trusted", "Invalid")
    trusted = intact and state == "Trusted" and not credential
    out: dict[str, Any] = {
        "present": True,
        "readable": True,
        "intact": intact,
        "trusted": trusted,
        "codes": failures,
        "informational": _strings(report.get("informational")),
        "ingredient_codes": _strings(report.get("ingredient_failures")),
        "identities": _strings(report.get("identities")),
        "manifest_store": str(report.get("manifest_store") or ""),
        "manifest_store_truncated": bool(report.get("manifest_store_truncated")),
        "network_isolated": bool(report.get("isolated")),
    }
    signer = report.get("signer")
    if isinstance(signer, dict):
        out["signer"] = {str(k)[:40]: str(v)[:300] for k, v in list(signer.items())[:10]}
    if report.get("claim_generator"):
        out["claim_generator"] = str(report["claim_generator"])[:200]
    if report.get("reader"):
        out["reader"] = str(report["reader"])[:120]
    return out


def _strings(value: Any) -> list[str]:
    return [str(v)[:300] for v in value[:200]] if isinstance(value, list) else []


def verdict_of(capture: Any) -> str | None:
    """The verdict stored in an item's capture metadata, or ``None`` if the item was never checked."""
    block = capture.get(CAPTURE_KEY) if isinstance(capture, dict) else None
    if not isinstance(block, dict):
        return None
    if not block.get("present"):
        return "none"
    if not block.get("readable"):
        return "unreadable"
    if not block.get("intact"):
        return "tampered"
    return "intact" if block.get("trusted") else "unknown_signer"


def describe(capture: Any) -> CredentialsView | None:
    """The view of an item's Content Credentials for the evidence tab, the CLI and internal reports."""
    verdict = verdict_of(capture)
    if verdict is None:
        return None
    block = capture[CAPTURE_KEY]
    codes = tuple(_strings(block.get("codes")))
    signer = block.get("signer") if isinstance(block.get("signer"), dict) else {}
    return CredentialsView(
        verdict=verdict,
        reason=_reason(verdict, codes),
        signer=signer.get("common_name"),
        issuer=signer.get("issuer"),
        signed_at=signer.get("time"),
        identities=tuple(_strings(block.get("identities"))),
        claim_generator=block.get("claim_generator"),
        codes=codes,
    )


def _reason(verdict: str, codes: tuple[str, ...]) -> str:
    if verdict == "none":
        return "no_manifest"
    if verdict == "intact":
        return "trusted"
    if verdict == "unreadable":
        code = codes[0] if codes else "casefile.reader_failed"
        return code.removeprefix("casefile.") if code.startswith("casefile.") else "manifest_damaged"
    if verdict == "tampered":
        if any(c.startswith(_HASH_CODES) for c in codes):
            return "changed_after_signing"
        if any(c.startswith("claimSignature.") for c in codes):
            return "signature_invalid"
        return "manifest_invalid"
    if any("revoked" in c for c in codes):
        return "credential_revoked"
    if any("expired" in c or "outsideValidity" in c for c in codes):
        return "credential_expired"
    if codes and all(c.startswith("timeStamp.") for c in codes):
        return "timestamp_untrusted"
    return "untrusted"
