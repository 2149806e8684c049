"""The demo case, loaded into a real vault and given the new kinds of events, acts and measures,
reports them by their labels in Kazakh and Russian, claims about coded fields included."""

from __future__ import annotations

import datetime as dt

import pytest

from app.demo import load_demo
from app.domain import vocab
from app.report import build_report
from app.services.interchange import export_case
from tests.test_report import needs_poppler, pdftotext

DAY = {"text": "12.12.2025", "start": "2025-12-12", "end": "2025-12-12", "precision": "day", "certainty": "exact"}
NEW_CODES = {
    "event_type": ["search", "travel_ban"],
    "act_type": ["search", "seizure", "travel_ban"],
    "measure_type": ["travel_ban"],
}


def with_new_codes(doc: dict) -> dict:
    """The demo case plus a search with a seizure, a travel ban, and two sources that disagree on it."""
    case_id, person = doc["cases"][0]["id"], "p-bekzat-maxutkhan"
    sources = [s["id"] for s in doc["sources"][:2]]
    doc["events"] += [
        {"id": "ev-search", "case_id": case_id, "type": "search", "title": "Flat searched", "date": DAY},
        {"id": "ev-ban", "case_id": case_id, "type": "travel_ban", "title": "Barred at the border", "date": DAY},
    ]
    doc["acts"] += [
        {"id": "act-search", "event_id": "ev-search", "victim_id": person, "type": "search"},
        {"id": "act-seizure", "event_id": "ev-search", "victim_id": person, "type": "seizure"},
        {"id": "act-ban", "event_id": "ev-ban", "victim_id": person, "type": "travel_ban"},
    ]
    doc["measures"].append({"id": "m-ban", "person_id": person, "type": "travel_ban", "start": DAY, "status": "active"})
    doc["attributions"] += [
        {"id": "att-ban-1", "source_id": sources[0], "entity": "acts", "entity_id": "act-ban", "field": "type"}
        | {"claim": "travel_ban, six months"},
        {"id": "att-ban-2", "source_id": sources[1], "entity": "acts", "entity_id": "act-ban", "field": "type"}
        | {"claim": "surveillance (at the border)"},
    ]
    return doc


@pytest.fixture(scope="module")
def demo_doc(tmp_path_factory):
    from storage.vault import Vault
    from tests.conftest import LIGHT_KDF, PASSPHRASE

    vault, _ = Vault.create(tmp_path_factory.mktemp("v") / "vault", PASSPHRASE, kdf=LIGHT_KDF, allow_below_floor=True)
    try:
        case_id = load_demo(vault)  # the demo case still loads with the grown vocabularies
        return with_new_codes(export_case(vault, case_id))
    finally:
        vault.close()


@needs_poppler
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_new_codes_are_reported_by_their_labels(demo_doc, tmp_path, lang):
    path = tmp_path / f"{lang}.pdf"
    build_report(demo_doc, profile="internal", lang=lang, out_path=path, report_date=dt.date(2026, 3, 20))
    text = " ".join(pdftotext(path).split())
    for name, codes in NEW_CODES.items():
        for code in codes:
            shown = vocab.label(name, code, lang)
            assert " ".join(shown.split()) in text, (code, shown)
    # The sources disagree on the act; each claim is shown with its label, not its code.
    assert vocab.short_label("act_type", "travel_ban", lang) + ", six months" in text
    assert vocab.short_label("act_type", "surveillance", lang) + " (at the border)" in text
    for raw in ("travel_ban", "surveillance (at the border)", "pre_trial_detention", "participation"):
        assert raw not in text
