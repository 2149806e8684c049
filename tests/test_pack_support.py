"""Shared helpers for the pack tests (no tests here): two vaults that know each other, and pack surgery."""

from __future__ import annotations

import hashlib
import io
import json
import os
import tarfile
from dataclasses import dataclass
from pathlib import Path

import pyrage
from PIL import Image

from app.demo import load_demo
from app.packs import PartnerBook, build_pack, my_card
from app.services.evidence import EvidenceService
from storage.clock import FakeClock
from storage.vault import Vault
from tests.conftest import LIGHT_KDF, PASSPHRASE

GPS = {1: "N", 2: (43.0, 15.0, 30.0), 3: "E", 4: (76.0, 57.0, 12.0)}


def photo_with_gps(path: Path) -> Path:
    img = Image.new("RGB", (96, 64), (180, 30, 30))
    for x in range(96):
        img.putpixel((x, x % 64), (10, 200, 10))
    exif = img.getexif()
    exif[0x010F] = "PhoneMaker"
    exif[0x0110] = "Model X"
    exif[0x0112] = 6  # rotated: the copy must come out upright
    exif[0x8825] = GPS
    img.save(path, exif=exif.tobytes(), comment=b"secret comment")
    return path


def source_files(folder: Path, video_bytes: int = 300_000) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    rnd = __import__("random").Random(5)
    video = folder / "clip-from-phone.mp4"
    video.write_bytes(b"\0\0\0\x18ftypmp42" + rnd.randbytes(video_bytes))
    pdf = folder / "court-ruling.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + rnd.randbytes(20_000) + b"\n%%EOF\n")
    return [photo_with_gps(folder / "protest-photo.jpg"), video, pdf]


@dataclass
class World:
    doc: Vault
    par: Vault
    case_id: str
    evidence_ids: list[str]
    sources: list[Path]
    root: Path
    clock: FakeClock

    @property
    def partner(self):
        return PartnerBook(self.doc).find("Partner NGO")

    def pack(self, name: str = "out.casefile-pack", **kw) -> Path:
        kw.setdefault("include_originals", set(self.evidence_ids[1:]))
        kw.setdefault("sender_label", "Field team")
        out = self.root / name
        build_pack(self.doc, self.case_id, [kw.pop("to", None) or self.partner], out, **kw)
        return out


def make_world(root: Path, *, video_bytes: int = 300_000) -> World:
    clock = FakeClock()
    doc, _ = Vault.create(root / "documenter", PASSPHRASE, kdf=LIGHT_KDF, allow_below_floor=True, clock=clock)
    par, _ = Vault.create(root / "partner", PASSPHRASE, kdf=LIGHT_KDF, allow_below_floor=True)
    case_id = load_demo(doc)
    sources = source_files(root / "sources", video_bytes)
    svc = EvidenceService(doc)
    ids = [svc.add_file(case_id, p).evidence_id for p in sources]
    PartnerBook(doc).add(my_card(par, "Partner NGO"), trusted=True)
    PartnerBook(par).add(my_card(doc, "Field team"), trusted=True)
    return World(doc, par, case_id, ids, sources, root, clock)


# -- looking at a vault -----------------------------------------------------------------


def snapshot(v: Vault) -> dict:
    count = {
        t: v.db.one(f"SELECT count(*) FROM {t}")[0]
        for t in ("evidence", "custody", "audit", "cases", "persons", "received_packs", "evidence_links")
    }
    return {**count, "blobs": sorted(os.listdir(v.folder / "evidence"))}


def files_under(root: Path) -> set[str]:
    """Every file below root, except SQLite's own -wal/-shm and lock bookkeeping."""
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and not p.name.endswith(("-wal", "-shm"))}


# -- pack surgery ------------------------------------------------------------------------


def decrypt(pack: Path, identity) -> bytes:
    """pyrage, an independent age implementation, opens packs for surgery (and so checks ours)."""
    return pyrage.decrypt(pack.read_bytes(), [pyrage.x25519.Identity.from_str(str(identity))])


def seal(tar_bytes: bytes, vault: Vault, out: Path) -> Path:
    out.write_bytes(pyrage.encrypt(tar_bytes, [pyrage.x25519.Recipient.from_str(str(vault.identity.to_public()))]))
    return out


def read_members(tar_bytes: bytes) -> list[tuple[tarfile.TarInfo, bytes]]:
    out = []
    with tarfile.open(fileobj=io.BytesIO(tar_bytes), mode="r:") as tf:
        for info in tf:
            data = tf.extractfile(info).read() if info.isfile() else b""
            out.append((info, data))
    return out


def write_members(members: list[tuple[tarfile.TarInfo, bytes]]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tf:
        for info, data in members:
            info = _copy(info)
            if info.isfile():
                info.size = len(data)
                tf.addfile(info, io.BytesIO(data))
            else:
                tf.addfile(info)
    return buf.getvalue()


def _copy(info: tarfile.TarInfo) -> tarfile.TarInfo:
    new = tarfile.TarInfo(info.name)
    for attr in ("size", "mtime", "mode", "type", "linkname", "uid", "gid", "uname", "gname", "devmajor", "devminor"):
        setattr(new, attr, getattr(info, attr))
    return new


def member(name: str, data: bytes = b"x", kind: bytes = tarfile.REGTYPE, linkname: str = "") -> tuple:
    info = tarfile.TarInfo(name)
    info.type, info.linkname, info.size = kind, linkname, len(data)
    return info, data


def resign(members: list[tuple[tarfile.TarInfo, bytes]], vault: Vault, edit) -> list:
    """Edit the manifest (a dict), then rewrite SHA256SUMS and re-sign with ``vault``'s key (a valid signer)."""
    by = {i.name: n for n, (i, _d) in enumerate(members)}
    manifest = json.loads(members[by["manifest.json"]][1])
    edit(manifest)
    sums = "".join(f"{it['sha256']}  {it['path']}\n" for it in manifest["items"]).encode()
    manifest["sha256sums"] = hashlib.sha256(sums).hexdigest()
    body = (json.dumps(manifest, indent=1) + "\n").encode()
    out = list(members)
    out[by["manifest.json"]] = (members[by["manifest.json"]][0], body)
    out[by["manifest.sig"]] = (members[by["manifest.sig"]][0], vault.signing_key().sign(body))
    out[by["SHA256SUMS"]] = (members[by["SHA256SUMS"]][0], sums)
    return out


def age_header_end(data: bytes) -> int:
    """Offset of the payload nonce: just after the '--- <mac>' line."""
    i = data.index(b"\n---")
    return data.index(b"\n", i + 1) + 1
