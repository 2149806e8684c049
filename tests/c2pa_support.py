"""Real Content Credentials for the tests (no tests here): a test PKI made with ``cryptography``, files
signed with c2pa-python's own signing API, and the ways a signed file gets damaged.

The certificates follow what C2PA asks of a claim signer: a CA (basicConstraints CA, keyCertSign) issues
an end-entity certificate with digitalSignature, the emailProtection EKU, and key identifiers. ES256.
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from PIL import Image

AUTHOR = "Aigerim Zhanbolatqyzy"  # the photographer the manifest names (a made-up person)
SIGNER = "Casefile Test Camera"
SIGNER_ORG = "Test Camera Maker"
DIGITAL_CAPTURE = "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture"


@dataclass(frozen=True)
class Pki:
    root_pem: bytes
    chain_pem: bytes  # the signing certificate, then its CA
    key_pem: bytes

    def write_root(self, path: Path) -> Path:
        path.write_bytes(self.root_pem)
        return path


def _name(cn: str, org: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.ORGANIZATION_NAME, org)])


def _key_usage(*, sign: bool, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=sign,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def make_pki(root_cn: str = "Casefile Test Root CA", signer_cn: str = SIGNER) -> Pki:
    now = dt.datetime.now(dt.UTC)
    root_key = ec.generate_private_key(ec.SECP256R1())
    root = (
        x509.CertificateBuilder()
        .subject_name(_name(root_cn, "Root Org"))
        .issuer_name(_name(root_cn, "Root Org"))
        .public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(_key_usage(sign=False, ca=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), critical=False)
        .sign(root_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(_name(signer_cn, SIGNER_ORG))
        .issuer_name(root.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(sign=True, ca=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), critical=False)
        .sign(root_key, hashes.SHA256())
    )

    def pem(cert: x509.Certificate) -> bytes:
        return cert.public_bytes(serialization.Encoding.PEM)

    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return Pki(pem(root), pem(leaf) + pem(root), key_pem)


def picture(fmt: str, color: tuple[int, int, int] = (180, 40, 40)) -> bytes:
    """A small photo-like picture: a gradient, so one changed pixel changes the compressed data."""
    img = Image.new("RGB", (64, 48), color)
    for x in range(64):
        for y in range(0, 48, 3):
            img.putpixel((x, y), (x * 4 % 256, y * 5 % 256, 90))
    out = io.BytesIO()
    img.save(out, format=fmt, **({"quality": 90} if fmt == "JPEG" else {}))
    return out.getvalue()


def sign(
    data: bytes, media_type: str, pki: Pki, *, author: str | None = AUTHOR, remote_url: str | None = None
) -> bytes:
    """``data`` with an embedded C2PA manifest signed by ``pki`` (no time-stamp authority: nothing goes online)."""
    import c2pa

    assertions: list[dict] = [
        {
            "label": "c2pa.actions",
            "data": {"actions": [{"action": "c2pa.created", "digitalSourceType": DIGITAL_CAPTURE}]},
        }
    ]
    if author:
        assertions.append(
            {
                "label": "stds.schema-org.CreativeWork",
                "data": {
                    "@context": "https://schema.org",
                    "@type": "CreativeWork",
                    "author": [{"@type": "Person", "name": author}],
                },
            }
        )
    manifest = {"claim_generator_info": [{"name": "casefile-tests", "version": "1"}], "assertions": assertions}
    context = c2pa.Context.from_dict(
        {
            "builder": {"thumbnail": {"enabled": False}},
            "verify": {"verify_after_sign": False, "remote_manifest_fetch": False, "ocsp_fetch": False},
            "core": {"allowed_network_hosts": []},
        }
    )
    signer = c2pa.Signer.from_info(c2pa.C2paSignerInfo(c2pa.C2paSigningAlg.ES256, pki.chain_pem, pki.key_pem, None))
    builder = c2pa.Builder(manifest, context=context)
    if remote_url:
        builder.set_no_embed()
        builder.set_remote_url(remote_url)
    out = io.BytesIO()
    builder.sign(signer, media_type, io.BytesIO(data), out)
    return out.getvalue()


# -- damage --------------------------------------------------------------------------------------


def _png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    chunks, at = [], 8
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at : at + 8])
        chunks.append((kind, data[at + 8 : at + 8 + length]))
        at += 12 + length
    return chunks


def _png_join(chunks: list[tuple[bytes, bytes]]) -> bytes:
    out = b"\x89PNG\r\n\x1a\n"
    for kind, body in chunks:
        out += struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    return out


def png_with_one_pixel_changed(signed: bytes) -> bytes:
    """The signed PNG with one pixel changed: a well-formed file, its manifest chunk left as it was."""
    chunks = _png_chunks(signed)
    with Image.open(io.BytesIO(signed)) as img:
        pixels = img.convert("RGB")
    red, green, blue = pixels.getpixel((20, 10))
    pixels.putpixel((20, 10), (255 - red, green, blue))
    # Scanlines written out again unfiltered (filter type 0): a valid PNG whatever filters the signer used.
    raw = b"".join(b"\x00" + pixels.crop((0, y, pixels.width, y + 1)).tobytes() for y in range(pixels.height))
    idat = zlib.compress(raw)
    out, placed = [], False
    for kind, body in chunks:
        if kind == b"IDAT":
            if not placed:
                out.append((b"IDAT", idat))
                placed = True
            continue
        out.append((kind, body))
    return _png_join(out)


def jpeg_with_scan_changed(signed: bytes) -> bytes:
    """The signed JPEG with one byte of its compressed picture data changed (the manifest untouched)."""
    start = signed.rindex(b"\xff\xda")  # start of scan
    at = start + 40
    while signed[at] in (0xFF, 0x00) or signed[at - 1] == 0xFF:
        at += 1
    changed = bytearray(signed)
    changed[at] ^= 0x10
    return bytes(changed)


def manifest_damaged(signed: bytes) -> bytes:
    """The JUMBF manifest store overwritten in its middle (lengths kept, contents garbage)."""
    at = signed.index(b"jumb")
    changed = bytearray(signed)
    for i in range(at + 60, at + 400):
        changed[i] = (i * 37) & 0xFF if changed[i] != 0xFF else 0xFF
    return bytes(changed)


def cut_inside_manifest(signed: bytes) -> bytes:
    """The file cut short inside its manifest store."""
    return signed[: signed.index(b"jumb") + 300]
