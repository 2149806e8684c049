"""The Uwazi export, read back with the parser Uwazi uses (csvtojson under Node) and checked against
the rules of Uwazi's app/api/csv/: headers, titles, language columns, thesaurus terms, dates,
geolocation, relationships, attachments; then redaction (nothing withheld in any cell) and the
vault's records."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from app.demo import load_demo
from app.names.keys import word_key
from app.redaction.search import TokenIndex
from app.redaction.textnorm import skeleton
from app.redaction.tokens import name_parts, spellings, word_split
from app.report.build import report_reserved_words
from app.services.evidence import EvidenceService
from app.services.interchange import import_case
from app.services.records import Records
from app.uwazi import TEMPLATES, UwaziExportError, UwaziLeakError, export_uwazi
from storage.errors import StorageFull
from storage.progress import Cancelled, CancelToken
from storage.vault import Vault
from tests.conftest import LIGHT_KDF, PASSPHRASE
from tests.test_pack_support import photo_with_gps
from tests.uwazi_support import Parsed, read_export, uwazi_problems

CONSENTING = "p-nazigul-maksutkhan"  # consents to be named in this fixture
CONTACT = "+7 701 555 12 34"
ADDRESS = "Almaty, Abay Ave 99, apt 7"
COORDINATES = "43°15'24\"N 76°55'34\"E"
PROTEST = "ev-2025-11-13-protest"
DETENTIONS = "ev-2025-11-13-detentions"
SECOND_CASE = "case-second"


def second_case() -> dict:
    """A second case sharing one person with the demo case."""
    date = {"text": "2 February 2026", "start": "2026-02-02", "end": "2026-02-02", "precision": "day"}
    return {
        "format": "casefile-case",
        "version": 1,
        "cases": [{"id": SECOND_CASE, "reference": "SECOND-2026", "title": "House searches after the trial"}],
        "case_persons": [
            {"id": "cp-second-1", "case_id": SECOND_CASE, "person_id": "p-bekzat-maxutkhan", "role": "witness"}
        ],
        "events": [
            {
                "id": "ev-second-search",
                "case_id": SECOND_CASE,
                "type": "intimidation",
                "title": "Police search the home of Bekzat Maxutkhan",
                "date": date,
                "place": "Almaty",
                "description": "Officers searched the flat of Бекзат Мақсұтхан for two hours.",
            }
        ],
        "acts": [
            {
                "id": "act-second-1",
                "event_id": "ev-second-search",
                "victim_id": "p-bekzat-maxutkhan",
                "type": "intimidation",
            }
        ],
    }


@dataclass
class World:
    vault: Vault
    root: Path
    evidence: dict[str, str]  # photo, pdf, marked -> evidence id

    def export(self, name: str, profile: str, lang: str = "en", **kw) -> Path:
        out = self.root / name
        export_uwazi(self.vault, ["case-atajurt", SECOND_CASE], out, profile=profile, lang=lang, **kw)
        return out


def build_world(root: Path) -> World:
    vault, _ = Vault.create(root / "vault", PASSPHRASE, kdf=LIGHT_KDF, allow_below_floor=True)
    case_id = load_demo(vault)
    import_case(vault, second_case())
    rec = Records(vault)
    rec.update("persons", CONSENTING, {"public_consent": True})
    rec.update("persons", "p-bekzat-maxutkhan", {"contact": CONTACT, "address": ADDRESS})
    rec.update("events", PROTEST, {"coordinates": COORDINATES, "exact_address": "Border post, km 12"})
    files = root / "files"
    files.mkdir()
    pdf = files / "doc-20260301.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    marked = files / "img-7731.png"
    Image.new("RGB", (40, 30), (20, 90, 200)).save(marked)
    svc = EvidenceService(vault)
    photo = photo_with_gps(files / "protest.jpg")
    ids = {
        "photo": svc.add_file(case_id, photo, description="Photo of the protest").evidence_id,
        "pdf": svc.add_file(case_id, pdf, description="Court ruling").evidence_id,
        "marked": svc.add_file(case_id, marked, description="Faces to black out").evidence_id,
    }
    rec.update("evidence", ids["marked"], {"capture": {"redact_regions": [[1, 1, 10, 10]]}})
    for entity, target in (
        ("events", PROTEST),
        ("persons", "p-bekzat-maxutkhan"),
        ("proceedings", "pr-criminal-174-2"),
    ):
        rec.insert("evidence_links", {"evidence_id": ids["photo"], "entity": entity, "entity_id": target})
    act = vault.db.one("SELECT id, victim_id FROM acts WHERE event_id = ? LIMIT 1", (DETENTIONS,))
    rec.insert("evidence_links", {"evidence_id": ids["pdf"], "entity": "acts", "entity_id": act[0]})
    return World(vault, root, ids)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    w = build_world(tmp_path_factory.mktemp("uwazi"))
    yield w
    w.vault.close()


@pytest.fixture(scope="module")
def exports(world) -> dict[str, tuple[Path, Parsed]]:
    out = {}
    for profile in ("internal", "partner", "public"):
        folder = world.export(f"out-{profile}", profile)
        out[profile] = (folder, read_export(folder))
    return out


def rows_of(parsed: Parsed, zip_name: str) -> list[dict]:
    return parsed.zips[zip_name]["rows"]


def zip_member(folder: Path, zip_name: str, member: str) -> bytes:
    with zipfile.ZipFile(folder / zip_name) as zf:
        return zf.read(member)


# --- Uwazi reads every file as intended ---------------------------------------------------------


@pytest.mark.parametrize("profile", ["internal", "partner", "public"])
def test_every_file_parses_as_uwazi_expects(exports, profile):
    folder, parsed = exports[profile]
    assert uwazi_problems(parsed, profile, "en") == []
    assert set(parsed.zips) == {t.zip_name for t in TEMPLATES}
    for template in TEMPLATES:
        headers = parsed.zips[template.zip_name]["headers"]
        titles = ["title__en", "title__ru", "title__kk"] if template.title_per_language else ["title"]
        expected = titles + [p.name for p in template.columns(profile)]
        assert headers == expected + (["attachments"] if template.zip_name == "evidence.zip" else [])
    with zipfile.ZipFile(folder / "persons.zip") as zf:
        assert zf.namelist()[0] == "import.csv"
    # Counted as the vault holds them: the demo's 26 persons, 23 events (+1 in the second case).
    assert len(rows_of(parsed, "persons.zip")) == 26
    assert len(rows_of(parsed, "events.zip")) == 24
    assert len(rows_of(parsed, "evidence.zip")) == 3


def test_values_as_uwazi_reads_them(exports):
    _, parsed = exports["internal"]
    events = {r["title"]: r for r in rows_of(parsed, "events.zip")}
    protest = next(r for t, r in events.items() if t.startswith("Atajurt protest"))
    assert protest["location_geolocation"] == "43.256667|76.926111"
    assert protest["coordinates"] == COORDINATES
    assert protest["date"] == "2025-11-13:2025-11-13"
    detentions = events["Police detain 19 Atajurt activists"]
    assert len(detentions["victims"].split("|")) == 19 and detentions["acts"] == "Arrest (apprehension)"
    # A fuzzy date is the range it spans.
    first_hearing = next(r for t, r in events.items() if t.startswith("Trial opens"))
    assert first_hearing["date"] == "2026-01-21:2026-01-23"
    # Organisations are nested under their kind.
    charges = next(r for t, r in events.items() if t.startswith("Criminal charges"))
    assert (
        charges["perpetrators"] == "Government / state authorities::Government of Kazakhstan (Kazakhstani authorities)"
    )
    proceeding = rows_of(parsed, "proceedings.zip")[0]
    assert proceeding["hearings"].count(":") == len(proceeding["hearings"].split("|"))
    communication = next(r for r in rows_of(parsed, "communications.zip") if r["reference"] == "AL KAZ 2/2026")
    assert communication["reply_window_in_days"] == "60" and communication["reply_due"] == "2026-05-05:2026-05-05"
    persons = rows_of(parsed, "persons.zip")
    bekzat = next(r for r in persons if r["title__en"] == "Bekzat Maxutkhan")
    assert bekzat["title__kk"] == "Бекзат Мақсұтхан" and bekzat["contact"] == CONTACT
    cases = bekzat["case"].split("|")
    assert len(cases) == 2 and any(c.startswith("SECOND-2026") for c in cases)  # one person across both cases


def test_same_template_relationships_name_only_earlier_rows(exports):
    _, parsed = exports["partner"]
    titles = [r["title"] for r in rows_of(parsed, "events.zip")]
    linked = 0
    for n, row in enumerate(rows_of(parsed, "events.zip")):
        for title in filter(None, row["related_events"].split("|")):
            assert titles.index(title) < n
            linked += 1
    assert linked >= 10  # the demo's chain of events
    persons = rows_of(parsed, "persons.zip")
    assert any(r["relatives"] for r in persons)  # spouse and child of the man detained in China


def test_evidence_files_at_each_profile(world, exports):
    internal_folder, internal = exports["internal"]
    partner_folder, partner = exports["partner"]
    by_sha = {r["original_sha256"]: r for r in rows_of(internal, "evidence.zip")}
    photo_sha = world.vault.db.one("SELECT sha256 FROM evidence WHERE id = ?", (world.evidence["photo"],))[0]
    # Internal: the original, byte for byte.
    original = by_sha[photo_sha]
    data = zip_member(internal_folder, "evidence.zip", original["attachments"])
    assert hashlib.sha256(data).hexdigest() == photo_sha == original["sha256"]
    assert original["original_file_name"] == "protest.jpg"
    # Partner: the metadata-free copy the pack code makes, stored in the vault as a derivative.
    rows = {r["original_sha256"]: r for r in rows_of(partner, "evidence.zip")}
    copy = rows[photo_sha]
    data = zip_member(partner_folder, "evidence.zip", copy["attachments"])
    assert hashlib.sha256(data).hexdigest() == copy["sha256"] != photo_sha
    with Image.open(io.BytesIO(data)) as img:
        assert not img.getexif() and "comment" not in img.info and img.size == (64, 96)  # turned upright
    stored = world.vault.db.one(
        "SELECT sha256, operation FROM evidence WHERE parent_id = ? AND sha256 = ?",
        (world.evidence["photo"], copy["sha256"]),
    )
    assert stored == (copy["sha256"], "strip-metadata")
    assert copy["linked_events"].startswith("Atajurt protest") and copy["linked_persons"] == "Bekzat Maxutkhan"
    assert copy["linked_proceedings"].startswith("Criminal case")
    # No copy of a PDF can be made; a picture with regions to black out is not sent whole.
    pdf = next(r for r in rows_of(partner, "evidence.zip") if r["description"] == "Court ruling")
    marked = next(r for r in rows_of(partner, "evidence.zip") if r["description"] == "Faces to black out")
    assert pdf["attachments"] == "" and pdf["copy_sent"].startswith("No file")
    assert marked["attachments"] == "" and "regions" in marked["copy_sent"]
    assert pdf["linked_events"] == "Police detain 19 Atajurt activists"  # linked through one of its acts
    with zipfile.ZipFile(partner_folder / "evidence.zip") as zf:
        assert zf.namelist() == ["import.csv", copy["attachments"]]


def test_thesauri_carry_every_language(exports):
    folder, parsed = exports["partner"]
    rows = parsed.thesauri["event_type.csv"]["rows"]
    protest = next(r for r in rows if r["English"] == "Protest / peaceful assembly")
    assert protest == {
        "English": "Protest / peaceful assembly",
        "Russian": "Протест / мирное собрание",
        "Kazakh": "Наразылық / бейбіт жиын",
    }
    organisations = parsed.thesauri["organisation.csv"]["rows"]
    assert organisations[0]["English"] == "Government / state authorities"
    assert organisations[1]["Kazakh"].startswith("-")
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    assert readme.index("persons.zip") < readme.index("events.zip") < readme.index("evidence.zip")


def test_default_language_ru(world, tmp_path):
    folder = world.export("out-ru", "public", lang="ru")
    parsed = read_export(folder)
    assert uwazi_problems(parsed, "public", "ru") == []
    person = rows_of(parsed, "persons.zip")[0]
    assert person["title__ru"] == "Задержанное лицо 1" and person["title__en"] == "Detained person 1"
    assert person["title__kk"] == "Ұсталған адам 1" and person["person_kind"] == "Физическое лицо"
    # The same checks fail when the default language is not the one the files were written for.
    assert uwazi_problems(parsed, "public", "en")


# --- redaction ------------------------------------------------------------------------------------


def all_cells(folder: Path, parsed: Parsed) -> list[str]:
    cells = []
    for z in parsed.zips.values():
        cells += z["headers"] + z["entries"]
        cells += [v for row in z["rows"] for v in row.values()]
    for t in parsed.thesauri.values():
        cells += [v for row in t["rows"] for v in row.values()]
    cells.append((folder / "README.txt").read_text(encoding="utf-8"))
    return cells


def test_public_export_names_no_pseudonymised_person_in_any_spelling(world, exports):
    folder, parsed = exports["public"]
    names: dict[str, list[str]] = {}
    for person_id, value in world.vault.db.query("SELECT person_id, value FROM person_names"):
        names.setdefault(person_id, []).append(value)
    hidden = [v for pid, values in names.items() if pid != CONSENTING for v in values]
    # As the engine does: a part shared with the consenting person's name (her surname is another
    # detainee's: "Maxutkhan" and "Maksutkhan" are one name, by key), or a word the export prints
    # itself ("Шұғыл", urgent), is not searched alone.
    shown = {word_key(w) for v in names[CONSENTING] for w in word_split(v)}
    printed = {skeleton(w) for text in report_reserved_words() for w in word_split(text)}
    full = {s for v in hidden for s in spellings(v)}
    parts = {
        s
        for v in hidden
        for p in name_parts(v)
        if word_key(p) not in shown and skeleton(p) not in printed
        for s in spellings(p)
    }
    index = TokenIndex(full | parts | {CONTACT, ADDRESS, "43.2567", "76.9261", "Abay Ave 99", "protest.jpg"})
    cells = all_cells(folder, parsed)
    found = set().union(*(index.find(cell) for cell in cells))
    assert found == set(), sorted(found)[:10]
    # The same search finds the consenting person's name: the check can fail.
    consenting = TokenIndex(names[CONSENTING])
    assert any(consenting.find(cell) for cell in cells)
    titles = [r["title__en"] for r in rows_of(parsed, "persons.zip")]
    assert "Detained person 1" in titles and "Nazigul Maksutkhan" in titles
    # The second case's event title is scrubbed like the report's text.
    events = [r["title"] for r in rows_of(parsed, "events.zip")]
    assert any(t.startswith("Police search the home of Detained person") for t in events)


def test_partner_export_withholds_secrets_only(exports):
    folder, parsed = exports["partner"]
    cells = all_cells(folder, parsed)
    index = TokenIndex({CONTACT, ADDRESS, "43.2567", "Border post, km 12", "protest.jpg"})
    assert set().union(*(index.find(cell) for cell in cells)) == set()
    assert "Bekzat Maxutkhan" in [r["title__en"] for r in rows_of(parsed, "persons.zip")]
    assert "location_geolocation" not in parsed.zips["events.zip"]["headers"]


def test_the_gate_refuses_a_cell_holding_a_withheld_value(world, monkeypatch, tmp_path):
    import app.uwazi.export as export

    original = export._BUILDERS["Event"]

    def leaky(ctx):
        rows = original(ctx)
        rows[3]["place"] = "near the flat of Bekzat Maxutkhan"
        return rows

    monkeypatch.setitem(export._BUILDERS, "Event", leaky)
    evidence_before = world.vault.db.one("SELECT count(*) FROM evidence")[0]
    audit_before = world.vault.db.one("SELECT count(*) FROM audit")[0]
    out = tmp_path / "refused"
    with pytest.raises(UwaziLeakError) as caught:
        export_uwazi(world.vault, ["case-atajurt"], out, profile="public")
    message = str(caught.value)
    assert "events.zip: import.csv, row 4, column 'place'" in message and "Detained person 1" in message
    assert "Maxutkhan" not in message and "Bekzat" not in message
    assert not out.exists()
    assert world.vault.db.one("SELECT count(*) FROM evidence")[0] == evidence_before
    assert world.vault.db.one("SELECT count(*) FROM audit")[0] == audit_before
    # At partner profile the name is no secret: the same cell passes.
    export_uwazi(world.vault, ["case-atajurt"], tmp_path / "partner", profile="partner")


# --- records, refusals, cancel ----------------------------------------------------------------------


def test_export_is_recorded_and_copies_are_reused(world, exports, tmp_path):
    _, partner = exports["partner"]
    photo = world.evidence["photo"]
    trail = world.vault.db.query("SELECT action, details FROM custody WHERE evidence_id = ? ORDER BY rowid", (photo,))
    exports_logged = [json.loads(d) for a, d in trail if a == "export"]
    assert {d["profile"] for d in exports_logged} >= {"internal", "partner", "public"}
    assert all(d["format"] == "uwazi" and len(d["zip_sha256"]) == 64 for d in exports_logged)
    audit = world.vault.db.query("SELECT details FROM audit WHERE action = 'case.export'")
    assert any(json.loads(d).get("format") == "uwazi" and json.loads(d)["profile"] == "public" for (d,) in audit)
    copies = world.vault.db.one("SELECT count(*) FROM evidence WHERE parent_id = ?", (photo,))[0]
    assert copies == 1  # partner and public exports sent the same stored copy
    folder = world.export("again", "partner")
    again = {r["original_sha256"]: r["sha256"] for r in rows_of(read_export(folder), "evidence.zip")}
    first = {r["original_sha256"]: r["sha256"] for r in rows_of(partner, "evidence.zip")}
    assert again == first


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"profile": "friends"}, "Unknown profile"),
        ({"profile": "public", "lang": "de"}, "Unknown language"),
        ({"profile": "public", "case_ids": []}, "at least one case"),
        ({"profile": "public", "case_ids": ["no-such-case"]}, "does not exist"),
    ],
)
def test_bad_requests_write_nothing(world, tmp_path, kwargs, message):
    case_ids = kwargs.pop("case_ids", ["case-atajurt"])
    with pytest.raises(UwaziExportError, match=message):
        export_uwazi(world.vault, case_ids, tmp_path / "out", **kwargs)
    assert not (tmp_path / "out").exists()


def test_folder_must_be_empty_or_new(world, tmp_path):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("mine")
    with pytest.raises(UwaziExportError, match="not empty"):
        export_uwazi(world.vault, ["case-atajurt"], tmp_path / "full", profile="public")
    assert [p.name for p in (tmp_path / "full").iterdir()] == ["notes.txt"]
    with pytest.raises(UwaziExportError, match="does not exist"):
        export_uwazi(world.vault, ["case-atajurt"], tmp_path / "missing" / "out", profile="public")


def test_cancel_while_writing_leaves_nothing(world, tmp_path):
    token = CancelToken()
    evidence_before = world.vault.db.one("SELECT count(*) FROM evidence")[0]

    def progress(done: int, total: int, message: str) -> None:
        if message == "writing" and done > 0:
            token.cancel()

    with pytest.raises(Cancelled):
        world.export("cancelled", "internal", progress=progress, cancel=token)
    assert not (tmp_path / "cancelled").exists() and not (world.root / "cancelled").exists()
    assert world.vault.db.one("SELECT count(*) FROM evidence")[0] == evidence_before


def _vault_state(vault: Vault) -> tuple:
    blobs = sorted(p.name for p in (vault.folder / "evidence").iterdir())
    counts = tuple(vault.db.one(f"SELECT count(*) FROM {t}")[0] for t in ("evidence", "custody", "audit"))
    return blobs, counts


@pytest.mark.parametrize("where", ["disk full in the evidence zip", "recording fails"])
def test_a_failure_leaves_the_folder_and_the_vault_as_they_were(world, tmp_path, monkeypatch, where):
    import errno

    import app.uwazi.export as export

    # A fresh item whose metadata-free copy is made (and stored) by this export.
    photo = photo_with_gps(tmp_path / "fresh.jpg")
    EvidenceService(world.vault).add_file("case-atajurt", photo)
    before = _vault_state(world.vault)
    if where == "recording fails":

        def failing_record(*args, **kwargs):
            raise RuntimeError("the database went away")

        monkeypatch.setattr(export, "_record", failing_record)
        expected: type[BaseException] = RuntimeError
    else:
        original = export._write_zip

        def full_disk(vault, f, o, *args):
            original(vault, f, o, *args)
            if o.name == "evidence.zip":
                raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(export, "_write_zip", full_disk)
        expected = StorageFull
    folder = tmp_path / "empty"
    folder.mkdir()
    with pytest.raises(expected):
        export_uwazi(world.vault, ["case-atajurt"], folder, profile="partner")
    assert list(folder.iterdir()) == []
    assert _vault_state(world.vault) == before
