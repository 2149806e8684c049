"""Hostile packs (DESIGN §8): each is refused before anything is imported, the vault unchanged, nothing left on disk.

A module-wide pair of vaults keeps this fast: a refused receive changes nothing, which every test checks.
"""

from __future__ import annotations

import tarfile

import pyrage
import pytest

from app.packs import PackRefused, PartnerBook, build_pack, my_card, receive_pack, verify_pack
from app.packs import manifest as mf
from storage.vault import Vault
from tests.conftest import LIGHT_KDF, PASSPHRASE
from tests.test_pack_support import (
    age_header_end,
    decrypt,
    files_under,
    make_world,
    member,
    read_members,
    resign,
    seal,
    snapshot,
    write_members,
)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("packs")
    w = make_world(root)
    w.good = w.pack("good.casefile-pack")
    w.tar = decrypt(w.good, w.par.identity)
    w.stranger, _ = Vault.create(root / "stranger", PASSPHRASE, kdf=LIGHT_KDF, allow_below_floor=True)
    yield w
    for v in (w.doc, w.par, w.stranger):
        v.close()


def refused(world, path, match: str, vault=None):
    """Receive must refuse with ``match`` among the failures, verify must fail too, and nothing may change."""
    vault = vault or world.par
    before, files = snapshot(vault), files_under(world.root)
    with pytest.raises(PackRefused) as info:
        receive_pack(vault, path)
    assert match.lower() in str(info.value).lower(), str(info.value)
    report = verify_pack(vault, path)
    assert not report.ok
    assert any(match.lower() in f.lower() for f in report.failures), report.failures
    assert snapshot(vault) == before
    assert files_under(world.root) == files
    return report


def tampered(world, name: str, members) -> object:
    return seal(write_members(members), world.par, world.root / name)


def test_the_untouched_pack_is_fine(world):
    assert verify_pack(world.par, world.good).ok


# -- the age layer -------------------------------------------------------------------------


TRUNCATIONS = [
    1,
    20,
    60,
    100,
    "header-1",
    "header",
    "header+8",
    "header+16",
    "header+100",
    "chunk",
    "chunk+16",
    "chunk*2+40",
    "half",
    "end-17",
    "end-1",
]


@pytest.mark.parametrize("where", TRUNCATIONS)
def test_truncated_pack(world, where):
    data = world.good.read_bytes()
    h = age_header_end(data)
    chunk = h + 16 + 65536 + 16
    offsets = {
        "header-1": h - 1,
        "header": h,
        "header+8": h + 8,
        "header+16": h + 16,
        "header+100": h + 100,
        "chunk": chunk,
        "chunk+16": chunk + 16,
        "chunk*2+40": chunk + 65552 + 40,
        "half": len(data) // 2,
        "end-17": len(data) - 17,
        "end-1": len(data) - 1,
    }
    cut = offsets.get(where, where)
    path = world.root / f"cut-{where}.casefile-pack"
    path.write_bytes(data[:cut])
    try:
        refused(world, path, "")
        report = verify_pack(world.par, path)
        assert any(w in report.failures[0] for w in ("truncated", "damaged", "header")), report.failures
    finally:
        path.unlink()


@pytest.mark.parametrize("region", ["age header", "payload nonce", "first chunk", "middle chunk", "last chunk"])
def test_flipped_byte_in_the_age_layer(world, region):
    data = bytearray(world.good.read_bytes())
    h = age_header_end(data)
    n_chunks = (len(data) - h - 16) // 65552 + 1
    at = {
        "age header": 40,
        "payload nonce": h + 3,
        "first chunk": h + 16 + 100,
        "middle chunk": h + 16 + 65552 * (n_chunks // 2) + 77,
        "last chunk": len(data) - 5,
    }[region]
    assert n_chunks >= 3
    data[at] ^= 0x01
    path = world.root / "flipped.casefile-pack"
    path.write_bytes(bytes(data))
    try:
        refused(world, path, "cannot be decrypted" if region == "age header" else "damaged")
    finally:
        path.unlink()


def test_wrong_recipient(world):
    stranger = PartnerBook(world.doc).add(my_card(world.stranger, "Stranger"), trusted=True)
    path = world.root / "for-stranger.casefile-pack"
    build_pack(world.doc, world.case_id, [stranger], path, sender_label="Field team")
    try:
        refused(world, path, "encrypted for someone else")
    finally:
        path.unlink()


def test_forwarded_pack_is_not_addressed_to_its_new_holder(world):
    PartnerBook(world.stranger).add(my_card(world.doc, "Field team"), trusted=True)
    path = seal(world.tar, world.stranger, world.root / "forwarded.casefile-pack")
    try:
        refused(world, path, "does not list this vault as a recipient", vault=world.stranger)
    finally:
        path.unlink()


# -- each member's bytes, re-encrypted to the partner ---------------------------------------


@pytest.mark.parametrize("index", range(8))
def test_flipped_byte_in_each_member(world, index):
    members = read_members(world.tar)
    assert len(members) == 8
    info, data = members[index]
    data = bytearray(data)
    data[len(data) // 2] ^= 0x01
    members[index] = (info, bytes(data))
    expect = {"manifest.json": "manifest", "manifest.sig": "signature", "SHA256SUMS": "SHA256SUMS"}
    path = tampered(world, f"member-{index}.casefile-pack", members)
    try:
        refused(world, path, expect.get(info.name, "does not match its SHA-256"))
    finally:
        path.unlink()


def test_receive_lists_every_problem_and_keeps_nothing(world):
    """One pass: evidence stored before the first failure is deleted, and the scan reads on to list the rest."""
    members = read_members(world.tar)
    evidence = [n for n, (info, _d) in enumerate(members) if info.name.startswith("evidence/")]
    assert len(evidence) == 3
    for index in (evidence[1], evidence[2]):
        info, data = members[index]
        members[index] = (info, data[:-1] + bytes([data[-1] ^ 1]))
    path = tampered(world, "two-bad.casefile-pack", members)
    try:
        report = refused(world, path, "does not match its SHA-256")
        with pytest.raises(PackRefused) as info:
            receive_pack(world.par, path)
        altered = [f for f in info.value.failures if "does not match its SHA-256" in f]
        assert len(altered) == 2 and len([f for f in report.failures if "does not match" in f]) == 2
    finally:
        path.unlink()


# -- signatures and signers -----------------------------------------------------------------


def test_missing_signature(world):
    members = [m for m in read_members(world.tar) if m[0].name != "manifest.sig"]
    path = tampered(world, "unsigned.casefile-pack", members)
    try:
        refused(world, path, "manifest.sig is missing")
    finally:
        path.unlink()


def test_unknown_and_unconfirmed_signers(world):
    PartnerBook(world.stranger).add(my_card(world.par, "Partner NGO"), trusted=True)
    theirs = PartnerBook(world.stranger).find("Partner NGO")
    case_id = world.case_id
    from app.demo import load_demo

    if world.stranger.db.one("SELECT 1 FROM cases WHERE id = ?", (case_id,)) is None:
        load_demo(world.stranger)
    path = world.root / "from-stranger.casefile-pack"
    build_pack(world.stranger, case_id, [theirs], path, sender_label="Stranger")
    try:
        refused(world, path, "unknown signer")
        added = PartnerBook(world.par).add(my_card(world.stranger, "Stranger"), trusted=False)
        try:
            refused(world, path, "never been confirmed")
        finally:
            with world.par.db.transaction() as conn:  # back to the module's state
                conn.execute("DELETE FROM partners WHERE id = ?", (added.id,))
    finally:
        path.unlink()


def test_manifest_signed_by_a_trusted_key_but_altered_after(world):
    members = read_members(world.tar)
    edited = resign(members, world.doc, lambda m: m.update(profile="internal"))
    edited[0] = (edited[0][0], edited[0][1].replace(b'"internal"', b'"partner"'))
    path = tampered(world, "altered.casefile-pack", edited)
    try:
        refused(world, path, "signature does not match")
    finally:
        path.unlink()


def test_replayed_older_manifest(tmp_path):
    w = make_world(tmp_path)
    try:
        old = w.pack("old.casefile-pack")
        w.clock.advance(3600)
        new = w.pack("new.casefile-pack")
        receive_pack(w.par, new)
        before, files = snapshot(w.par), files_under(tmp_path)
        with pytest.raises(PackRefused, match="replay"):
            receive_pack(w.par, old)
        assert snapshot(w.par) == before and files_under(tmp_path) == files
        assert any("replay" in x for x in verify_pack(w.par, old).warnings)
        assert receive_pack(w.par, old, accept_older=True).pack_id
    finally:
        w.doc.close()
        w.par.close()


# -- members: missing, extra, duplicated, hostile names and types ----------------------------


def _with(world, name, change):
    members = read_members(world.tar)
    return tampered(world, name, change(members))


EVIL_MEMBERS = {
    "extra": (lambda: member("evidence/999-000000000000.bin", b"extra"), "not listed in the manifest"),
    "dot-dot": (lambda: member("../escape.txt", b"x"), "climbs out"),
    "dot-dot-inside": (lambda: member("evidence/../../etc/x", b"x"), "climbs out"),
    "absolute": (lambda: member("/etc/cron.d/evil", b"x"), "absolute"),
    "symlink": (lambda: member("evidence/link", b"", tarfile.SYMTYPE, "/etc/passwd"), "symbolic link"),
    "hardlink": (lambda: member("evidence/hard", b"", tarfile.LNKTYPE, "manifest.json"), "hard link"),
    "char-device": (lambda: member("evidence/dev", b"", tarfile.CHRTYPE), "character device"),
    "block-device": (lambda: member("evidence/blk", b"", tarfile.BLKTYPE), "block device"),
    "fifo": (lambda: member("evidence/fifo", b"", tarfile.FIFOTYPE), "FIFO"),
    "directory": (lambda: member("evidence/", b"", tarfile.DIRTYPE), "directory"),
    "long-name": (lambda: member("evidence/" + "a" * 300 + ".jpg", b"x"), "longer than 255"),
    "control-char": (lambda: member("evidence/a\x1bb.jpg", b"x"), "control"),
    "confusable": (lambda: member("\u0435vidence/001-x.jpg", b"x"), "look-alike"),
    "fullwidth": (lambda: member("ｅvidence/x.jpg", b"x"), "look-alike"),
    "backslash": (lambda: member("evidence\\..\\..\\x", b"x"), "climbs out"),
    "windows-drive": (lambda: member("C:evil.txt", b"x"), "absolute"),
}


@pytest.mark.parametrize("kind", sorted(EVIL_MEMBERS))
def test_hostile_member_after_a_valid_signed_pack(world, kind):
    make, expect = EVIL_MEMBERS[kind]
    path = _with(world, f"evil-{kind}.casefile-pack", lambda ms: ms[:5] + [make()] + ms[5:])
    try:
        refused(world, path, expect)
    finally:
        path.unlink()


def test_missing_member(world):
    path = _with(world, "missing.casefile-pack", lambda ms: [m for m in ms if not m[0].name.endswith(".pdf")])
    try:
        refused(world, path, "missing from the pack")
    finally:
        path.unlink()


def test_duplicated_member(world):
    path = _with(world, "dup.casefile-pack", lambda ms: ms[:5] + [ms[4]] + ms[5:])
    try:
        refused(world, path, "appears more than once")
    finally:
        path.unlink()


def test_case_colliding_member(world):
    def collide(ms):
        info, data = ms[3]
        return ms[:4] + [member(info.name.upper(), data)] + ms[4:]

    path = _with(world, "case.casefile-pack", collide)
    try:
        refused(world, path, "differ only in letter case")
    finally:
        path.unlink()


def test_case_colliding_names_in_a_signed_manifest(world):
    def edit(m):
        first = m["items"][0]
        m["items"].insert(1, {**first, "path": first["path"].replace("evidence/", "EVIDENCE/")})

    path = _with(world, "case2.casefile-pack", lambda ms: resign(ms, world.doc, edit))
    try:
        refused(world, path, "manifest cannot be used")
    finally:
        path.unlink()


def test_nul_in_a_member_name(world):
    """A ustar name field with bytes hidden after its NUL terminator (tar shows only the part before it)."""
    info, _data = member("evidence/001-ok.jpg", b"x")
    raw = bytearray(info.tobuf(tarfile.USTAR_FORMAT))
    raw[10:15] = b"\0evil"  # "evidence/0" NUL "evil…"
    raw[148:156] = b" " * 8
    raw[148:155] = f"{sum(raw):06o}\0".encode()
    tar = write_members(read_members(world.tar))
    cut = _offset_after(tar, 3)  # right after SHA256SUMS
    blob = tar[:cut] + bytes(raw) + b"x".ljust(512, b"\0") + tar[cut:]
    path = seal(blob, world.par, world.root / "nul.casefile-pack")
    try:
        refused(world, path, "NUL")
    finally:
        path.unlink()


def test_nul_in_a_pax_path(world):
    def add(ms):
        info, data = member("evidence/ok.jpg", b"x")
        info.pax_headers = {"path": "evidence/a\0b.jpg"}
        return ms[:3] + [(info, data)] + ms[3:]

    members = add(read_members(world.tar))
    import io

    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tf:
        for info, data in members:
            tf.addfile(info, io.BytesIO(data))
    path = seal(buf.getvalue(), world.par, world.root / "nulpax.casefile-pack")
    try:
        refused(world, path, "NUL")
    finally:
        path.unlink()


def _offset_after(tar: bytes, n: int) -> int:
    """Byte offset just past the n-th member of an archive written by write_members."""
    import io

    with tarfile.open(fileobj=io.BytesIO(tar), mode="r:") as tf:
        infos = tf.getmembers()
    nxt = infos[n]
    return nxt.offset


def test_member_larger_than_declared_stops_at_declared_size_plus_one(world):
    members = read_members(world.tar)
    idx = next(i for i, (info, _d) in enumerate(members) if info.name.endswith(".mp4"))
    info, data = members[idx]
    members[idx] = (info, data + b"\0" * (50 * 1024 * 1024))
    path = tampered(world, "big.casefile-pack", members)
    try:
        report = refused(world, path, "larger than the manifest declares")
        assert "declared size + 1" in " ".join(report.failures)
    finally:
        path.unlink()


def test_data_after_the_end_of_the_archive(world):
    path = seal(world.tar + b"\0" * 1024 + b"hidden", world.par, world.root / "trail.casefile-pack")
    try:
        refused(world, path, "follows the end of the archive")
    finally:
        path.unlink()


def test_manifest_not_first(world):
    path = _with(world, "order.casefile-pack", lambda ms: [ms[1], ms[0]] + ms[2:])
    try:
        refused(world, path, "must be member number 1")
    finally:
        path.unlink()


def test_not_a_tar_at_all(world):
    path = seal(b"just some bytes, not an archive" * 100, world.par, world.root / "junk.casefile-pack")
    try:
        refused(world, path, "malformed")
    finally:
        path.unlink()


def test_not_an_age_file(world):
    path = world.root / "plain.casefile-pack"
    path.write_bytes(world.tar)
    try:
        refused(world, path, "cannot be decrypted")
    finally:
        path.unlink()


def test_100000_tiny_members(world):
    import time

    start = time.monotonic()
    members = read_members(world.tar)
    head = write_members(members[:3])[: _offset_after(write_members(members), 3)]
    info = tarfile.TarInfo("evidence/000000-000000000000.bin")
    info.size = 1
    template = bytearray(info.tobuf(tarfile.USTAR_FORMAT))
    template[148:156] = b" " * 8
    base = sum(template) - sum(b"000000")
    parts = [head]
    for n in range(100_000):
        digits = f"{n:06d}".encode()
        template[9:15] = digits
        template[148:155] = f"{base + sum(digits):06o}\0".encode()
        parts.append(bytes(template))
        parts.append(b"x".ljust(512, b"\0"))
    parts.append(b"\0" * 1024)
    path = seal(b"".join(parts), world.par, world.root / "many.casefile-pack")
    del parts
    try:
        t0 = time.monotonic()
        refused(world, path, "not listed in the manifest")
        report = verify_pack(world.par, path)
        assert any("reading stopped" in f for f in report.failures)
        assert time.monotonic() - t0 < 10
    finally:
        path.unlink()
    assert time.monotonic() - start < 20


def test_manifest_limits():
    items = [
        {
            "path": f"evidence/{n:05d}-000000000000.bin",
            "kind": "evidence",
            "size": 1,
            "sha256": "0" * 64,
            "media_type": "application/octet-stream",
        }
        for n in range(mf.MAX_ITEMS + 1)
    ]
    import json

    key = pyrage.x25519.Identity.generate().to_public()
    from app.packs.cards import fingerprint

    raw = bytes(32)
    body = {
        "format": "casefile-pack",
        "version": 1,
        "pack_id": "p-" + "0" * 32,
        "created": "2026-01-01T00:00:00Z",
        "profile": "partner",
        "case": {"id": "c"},
        "producer": {
            "label": "x",
            "age_recipient": str(key),
            "signing_key": "A" * 43 + "=",
            "fingerprint": fingerprint(str(key), raw),
        },
        "recipients": [{"fingerprint": "AAAAA-AAAAA-AAAAA-AAAAA"}],
        "sha256sums": "0" * 64,
        "items": items,
    }
    with pytest.raises(mf.ManifestInvalid, match="at most"):
        mf.parse(json.dumps(body).encode())
    with pytest.raises(mf.ManifestInvalid, match="larger than"):
        mf.parse(b" " * (mf.MAX_MANIFEST_BYTES + 1))
