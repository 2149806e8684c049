"""What checking Content Credentials adds to intake, against intake with the check skipped, same run.

    .venv/bin/python bench/bench_credentials.py [N]

Adds N unsigned photos, N signed photos (c2pa-python, a test CA) and one 200 MiB video-like file,
once with the real reader and once with a reader that checks nothing. Prints medians per item and
the ratio. Unsigned files cost a byte scan; a signed one starts the reader's child process.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.evidence.credentials import ContentCredentialsReader  # noqa: E402
from app.services.evidence import EvidenceService  # noqa: E402
from app.services.records import Records  # noqa: E402
from storage.vault import Vault  # noqa: E402
from tests import c2pa_support as cs  # noqa: E402
from tests.conftest import LIGHT_KDF  # noqa: E402


class NoCheck(ContentCredentialsReader):
    def check_file(self, f, media_type, size, *, cancel=None):  # type: ignore[no-untyped-def]
        return None


def timed(service: EvidenceService, case_id: str, paths: list[Path]) -> list[float]:
    out = []
    for p in paths:
        t = time.perf_counter()
        service.add_file(case_id, p)
        out.append(time.perf_counter() - t)
    return out


def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        pki = cs.make_pki()
        anchor = pki.write_root(root / "root.pem")
        plain, signed = [], []
        for i in range(n):
            data = cs.picture("JPEG", (i * 7 % 256, 40, 40))
            (root / f"plain{i}.jpg").write_bytes(data)
            (root / f"signed{i}.jpg").write_bytes(cs.sign(data, "image/jpeg", pki))
            plain.append(root / f"plain{i}.jpg")
            signed.append(root / f"signed{i}.jpg")
        video = root / "video.mp4"
        with open(video, "wb") as f:
            f.write(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom")
            block = bytes(range(251)) * 4096
            while f.tell() < 200 * 1024 * 1024:
                f.write(block)
        vault, _ = Vault.create(root / "vault", "bench bench bench", kdf=LIGHT_KDF, allow_below_floor=True)
        case_id = Records(vault).insert("cases", {"title": "bench"})
        real = EvidenceService(vault, credentials=ContentCredentialsReader(user_anchor_files=[anchor]))
        off = EvidenceService(vault, credentials=NoCheck())
        rows = [
            ("unsigned photo", timed(off, case_id, plain), timed(real, case_id, plain)),
            ("signed photo", timed(off, case_id, signed), timed(real, case_id, signed)),
            ("200 MiB video", timed(off, case_id, [video]), timed(real, case_id, [video])),
        ]
        vault.close()
    print(f"{'item':<16}{'no check':>12}{'with check':>12}{'added':>10}")
    for name, a, b in rows:
        ma, mb = statistics.median(a), statistics.median(b)
        print(f"{name:<16}{ma * 1000:>10.0f}ms{mb * 1000:>10.0f}ms{(mb - ma) * 1000:>8.0f}ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
