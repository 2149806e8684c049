"""The child process that reads a file's C2PA manifest store: untrusted bytes meet the C2PA library only here.

Run by ``app.evidence.credentials`` as ``python -I -c ...`` (or the frozen executable with
``--read-content-credentials``). The file arrives on standard input: the evidence file itself, opened
read-only by the parent (seekable, nothing copied), or a pipe the parent writes bytes into (read into
memory here; never written to disk). One JSON object goes to standard output; nothing else is printed.

Before touching the bytes the process gives itself up: no core dumps (its memory holds evidence), no
network at all where the system allows it (a fresh, empty network namespace on Linux), and a cap on its
address space. The C2PA settings also forbid every network use (remote manifests, OCSP, any host), so
the namespace is a second wall, not the only one.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from typing import Any

MAX_PIPED_BYTES = 512 * 1024 * 1024
MAX_STORE_CHARS = 2 * 1024 * 1024  # the manifest store's JSON kept with the item
ADDRESS_SPACE_LIMIT = 4 * 1024 * 1024 * 1024
_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="casefile-credentials-reader")
    parser.add_argument("--media-type", required=True)
    parser.add_argument("--anchors", action="append", default=[], help="a PEM file of trust anchors (repeatable)")
    parser.add_argument("--user-anchors", action="append", default=[], help="a PEM file of extra anchors")
    args = parser.parse_args(argv)
    # Read the anchors before giving up access to anything; they are public certificates.
    anchors = _read_all(args.anchors)
    user_anchors = _read_all(args.user_anchors)
    isolated = isolate()
    try:
        stream = _input_stream()
        report = read_store(stream, args.media_type, anchors, user_anchors)
    except Exception as exc:  # noqa: BLE001 - any failure is a verdict ("unreadable"), never a crash upstream
        report = {"status": "error", "code": "casefile.reader_failed", "detail": type(exc).__name__}
    report["isolated"] = isolated
    sys.stdout.write(json.dumps(report, ensure_ascii=True))
    sys.stdout.flush()
    return 0


def _read_all(paths: list[str]) -> str:
    return "".join(open(p, encoding="utf-8").read() + "\n" for p in paths)  # noqa: SIM115 - tiny files


def isolate() -> bool:
    """No core dumps, bounded memory, and (on Linux, where allowed) no network namespace to speak of.

    Returns whether the network namespace was entered; the C2PA settings forbid network use anyway.
    """
    from storage.hardening import disable_core_dumps

    disable_core_dumps()
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_LIMIT, ADDRESS_SPACE_LIMIT))
    except (ImportError, ValueError, OSError):
        pass
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET) == 0
    except (OSError, AttributeError):
        return False


def _input_stream() -> io.BufferedIOBase | io.BytesIO:
    """Standard input as a seekable stream: the file itself if the parent handed it over, else a copy in memory."""
    fd = sys.stdin.fileno()
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.fdopen(fd, "rb", closefd=False)
    except OSError:
        data = sys.stdin.buffer.read(MAX_PIPED_BYTES + 1)
        if len(data) > MAX_PIPED_BYTES:
            raise ValueError("too large to read from a pipe") from None
        return io.BytesIO(data)


def settings(anchors: str, user_anchors: str) -> dict[str, Any]:
    """The C2PA SDK's settings: verify everything that can be verified offline, fetch nothing, ever."""
    trust: dict[str, Any] = {}
    if anchors.strip():
        trust["trust_anchors"] = anchors
    if user_anchors.strip():
        trust["user_anchors"] = user_anchors
    return {
        "version": 1,
        "verify": {
            "verify_after_reading": True,
            "verify_trust": True,
            "verify_timestamp_trust": True,
            "remote_manifest_fetch": False,
            "ocsp_fetch": False,
        },
        "core": {"allowed_network_hosts": [], "decode_identity_assertions": True},
        "trust": trust,
    }


def read_store(stream: Any, media_type: str, anchors: str, user_anchors: str) -> dict[str, Any]:
    """What the C2PA library says about the manifest store in ``stream``, as plain JSON for the parent."""
    import c2pa

    context = c2pa.Context.from_dict(settings(anchors, user_anchors))
    fmt = media_type.split(";")[0].strip()
    try:
        reader = c2pa.Reader(fmt, stream, context=context)
    except c2pa.C2paError as exc:
        kind = type(exc).__name__.lstrip("_").removeprefix("C2pa")
        if kind == "ManifestNotFound":
            return {"status": "none"}
        if kind in ("RemoteManifest",) or str(exc).startswith("Remote:"):
            return {"status": "error", "code": "casefile.remote_manifest"}
        if kind == "NotSupported":
            return {"status": "error", "code": "casefile.format_not_supported"}
        return {"status": "error", "code": "casefile.manifest_damaged", "detail": kind or "C2paError"}
    with reader:
        store = json.loads(reader.json())
        state = reader.get_validation_state()
    compact = json.dumps(store, ensure_ascii=False, separators=(",", ":"))
    return {"status": "read", "validation_state": state, "reader": _reader_version(c2pa), **summarise(store, compact)}


def _reader_version(c2pa: Any) -> str:
    try:
        return f"c2pa-python {c2pa.__version__}, c2pa-rs {c2pa.sdk_version()}"
    except Exception:  # noqa: BLE001 - a version string is a nicety
        return "c2pa-python"


def summarise(store: dict[str, Any], store_text: str) -> dict[str, Any]:
    """The facts the verdict rests on, and who the manifest names, from the reader's JSON."""
    results = store.get("validation_results") or {}
    active = results.get("activeManifest") or {}
    manifests = store.get("manifests") or {}
    manifest = manifests.get(store.get("active_manifest") or "") or {}
    signature = manifest.get("signature_info") or {}
    out: dict[str, Any] = {
        "failures": _codes(active.get("failure")),
        "informational": _codes(active.get("informational")),
        "ingredient_failures": sorted(
            {c for delta in results.get("ingredientDeltas") or [] for c in _codes(_delta_failures(delta))}
        ),
        "signer": {
            k: str(signature[k])[:300]
            for k in ("common_name", "issuer", "time", "cert_serial_number", "alg")
            if signature.get(k) is not None
        },
        "identities": sorted(_identities(manifest))[:50],
        "claim_generator": _generator(manifest),
        "manifest_count": len(manifests),
    }
    if not active and store.get("validation_status"):
        # Older readers report one flat list; every entry there is a failure.
        out["failures"] = _codes(store.get("validation_status"))
    out["manifest_store"] = store_text[:MAX_STORE_CHARS]
    out["manifest_store_truncated"] = len(store_text) > MAX_STORE_CHARS
    return out


def _codes(entries: Any) -> list[str]:
    if not isinstance(entries, list):
        return []
    return [str(e.get("code"))[:120] for e in entries if isinstance(e, dict) and e.get("code")][:200]


def _delta_failures(delta: Any) -> Any:
    if not isinstance(delta, dict):
        return []
    return (delta.get("validationDeltas") or {}).get("failure") or []


def _generator(manifest: dict[str, Any]) -> str:
    info = manifest.get("claim_generator_info")
    if isinstance(info, list) and info and isinstance(info[0], dict):
        name, version = info[0].get("name"), info[0].get("version")
        return " ".join(str(x) for x in (name, version) if x)[:200]
    return str(manifest.get("claim_generator") or "")[:200]


# Keys under which a manifest names people: schema.org's author/creator, CAWG identity claims.
_IDENTITY_KEYS = {"author", "creator", "name", "username", "email", "identifier", "uri", "verifiedIdentities"}


def _identities(manifest: dict[str, Any]) -> set[str]:
    """Names, handles and addresses in the manifest's identity-bearing assertions (they can name the photographer)."""
    found: set[str] = set()

    def walk(node: Any, key: str) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, k)
        elif isinstance(node, list):
            for v in node:
                walk(v, key)
        elif isinstance(node, str) and key in _IDENTITY_KEYS and node.strip():
            found.add(node.strip()[:300])

    for assertion in manifest.get("assertions") or []:
        if not isinstance(assertion, dict):
            continue
        label = str(assertion.get("label") or "")
        if label.startswith(("stds.schema-org.CreativeWork", "cawg.identity", "cawg.metadata", "stds.metadata")):
            walk(assertion.get("data"), "")
    return found


if __name__ == "__main__":
    sys.exit(main())
