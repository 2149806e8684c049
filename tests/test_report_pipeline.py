"""One report pipeline: a report file and a pack's report.pdf are the same checked bytes, and both
leave a "report" row in the custody trail of every picture they show."""

from __future__ import annotations

import json

from app.packs import build_pack
from app.packs.report import report_maker
from app.services.reports import export_report, render_checked
from tests.test_pack_support import decrypt, read_members


def _report_rows(vault) -> list[tuple[str, dict]]:
    rows = vault.db.query("SELECT evidence_id, details FROM custody WHERE action = 'report' ORDER BY rowid")
    return [(evidence_id, json.loads(details)) for evidence_id, details in rows]


def test_the_file_and_the_pack_carry_the_same_checked_report(two_vaults, tmp_path):
    w = two_vaults
    choices = {"person_overrides": None, "field_overrides": None}
    checked = render_checked(w.doc, w.case_id, profile="partner", lang="kk", **choices)
    assert checked.shown, "the demo case's photo is in the report"

    saved = export_report(w.doc, w.case_id, profile="partner", lang="kk", out_path=tmp_path / "r.pdf", **choices)
    assert (tmp_path / "r.pdf").read_bytes() == checked.pdf and saved.sha256 == checked.sha256

    out = tmp_path / "p.casefile-pack"
    made = build_pack(w.doc, w.case_id, [w.partner], out, profile="partner", lang="kk", report=report_maker())
    members = dict((info.name, data) for info, data in read_members(decrypt(out, w.par.identity)))
    in_pack = next(data for name, data in members.items() if name.endswith("report.pdf"))
    assert in_pack == checked.pdf

    rows = _report_rows(w.doc)
    by_file = [(e, d) for e, d in rows if "pack_id" not in d]
    by_pack = [(e, d) for e, d in rows if d.get("pack_id") == made.pack_id]
    assert [e for e, _ in by_file] == list(checked.shown) == [e for e, _ in by_pack]
    assert all(d["report_sha256"] == checked.sha256 and d["profile"] == "partner" for _, d in by_file + by_pack)


def test_rendering_alone_records_nothing(two_vaults):
    w = two_vaults
    before = _report_rows(w.doc), w.doc.db.one("SELECT count(*) FROM audit")[0]
    render_checked(w.doc, w.case_id, profile="internal", lang="en")
    assert (_report_rows(w.doc), w.doc.db.one("SELECT count(*) FROM audit")[0]) == before
