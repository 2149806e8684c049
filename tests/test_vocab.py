"""The controlled vocabularies: every code labelled in three languages, released codes kept, the
default act of each kind of event, claims shown with labels, and new labels that never shield a name."""

from __future__ import annotations

import json
import re

import pytest

from app.domain import vocab
from app.redaction.textnorm import skeleton
from app.redaction.tokens import MIN_PART, word_split
from app.report.vocab import all_labels
from app.resources import resource_root
from tests.test_redaction import demo_case

VOCABULARIES = vocab.vocabularies()

# Codes released before the vocabularies grew: vaults and packs hold them, so none may disappear.
RELEASED = {
    "event_type": (
        "protest arrest detention administrative_sanction criminal_charge pretrial_measure measure_extension "
        "case_referral hearing hospitalisation health_deterioration intimidation harassment diplomatic_note "
        "official_statement ngo_statement un_communication un_opinion registration_denial relocation"
    ),
    "act_type": (
        "arrest detention administrative_detention fine warning charge remand_in_custody house_arrest extension "
        "hospitalisation health_deterioration intimidation surveillance"
    ),
    "measure_type": "pre_trial_detention house_arrest administrative_detention fine",
    "role": "defendant activist subject_of_concern relative supporter founder lawyer official witness",
    "relation": "spouse child parent sibling colleague precedes causes part_of consequence_of related_to",
    "hearing_outcome": "held postponed scheduled verdict",
    "measure_status": "active ended unknown",
    "communication_kind": "AL UA OL statement appeal",
}

# Issue 14: each of these has an event kind and an act now.
ASKED_FOR = ("summons", "questioning", "search", "seizure", "travel_ban", "surveillance")

# Words Russian and Kazakh share (loanwords): the only labels allowed to read the same in both.
SAME_IN_RU_AND_KK = {"Адвокат", "Полиция", "Апелляция"}


def entries():
    for name, codes in VOCABULARIES.items():
        for code, entry in codes.items():
            yield name, code, entry


def test_the_file_is_the_one_the_app_reads():
    on_disk = json.loads((resource_root() / "vocab.json").read_text(encoding="utf-8"))["vocabularies"]
    assert on_disk == VOCABULARIES and len(VOCABULARIES) >= 20


@pytest.mark.parametrize("name,code,entry", list(entries()), ids=lambda x: x if isinstance(x, str) else "")
def test_every_code_has_three_real_labels(name, code, entry):
    labels = {lang: entry.get(lang) for lang in vocab.LANGS}
    assert all(isinstance(t, str) and t.strip() == t and t for t in labels.values()), (name, code)
    # Translated, not copied: Russian and Kazakh are Cyrillic and differ from the English.
    for lang in ("ru", "kk"):
        assert labels[lang] != labels["en"], (name, code, lang)
        assert not re.search(r"[A-Za-z]", labels[lang]), (name, code, lang)
        assert re.search(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]", labels[lang]), (name, code, lang)
    if labels["ru"] == labels["kk"]:
        assert labels["ru"] in SAME_IN_RU_AND_KK, (name, code)
    assert set(entry) <= {*vocab.LANGS, "huridocs", "default_act"}, (name, code)
    huridocs = entry.get("huridocs")
    assert huridocs is None or re.fullmatch(r"MT\d{1,2} \d{2,10} \S.*", huridocs), (name, code, huridocs)


@pytest.mark.parametrize("name", sorted(RELEASED))
def test_released_codes_are_all_still_there(name):
    assert set(RELEASED[name].split()) <= set(vocab.codes(name))


def test_the_missing_kinds_of_event_and_act_exist():
    for code in ASKED_FOR:
        assert code in VOCABULARIES["event_type"] and code in VOCABULARIES["act_type"], code
    assert "petition" in VOCABULARIES["event_type"]
    assert {"participation", "named"} <= set(VOCABULARIES["act_type"])
    assert {"travel_ban", "undertaking_not_to_leave", "restriction_of_liberty", "suspended_sentence"} <= set(
        VOCABULARIES["measure_type"]
    )
    assert vocab.label("act_type", "participation", "en").startswith("Took part")


def test_every_kind_of_event_names_an_act_that_exists():
    acts = VOCABULARIES["act_type"]
    for code, entry in VOCABULARIES["event_type"].items():
        assert entry.get("default_act") in acts, code
        assert vocab.default_act(code) == entry["default_act"]


@pytest.mark.parametrize(
    "event,act",
    [
        ("protest", "participation"),  # not "arrest": most people at a protest are not arrested
        ("petition", "participation"),
        ("arrest", "arrest"),
        ("summons", "summons"),
        ("questioning", "questioning"),
        ("search", "search"),
        ("seizure", "seizure"),
        ("travel_ban", "travel_ban"),
        ("surveillance", "surveillance"),
        ("pretrial_measure", "remand_in_custody"),
        ("administrative_sanction", "fine"),
        ("un_communication", "named"),  # a letter about someone does nothing to them
    ],
)
def test_the_default_act_follows_the_kind_of_event(event, act):
    assert vocab.default_act(event) == act


@pytest.mark.parametrize("event", [None, "", "no_such_kind"])
def test_an_unknown_kind_of_event_gets_a_neutral_act(event):
    assert vocab.default_act(event) == vocab.FALLBACK_ACT == "named"
    assert vocab.FALLBACK_ACT in VOCABULARIES["act_type"]


def test_services_name_only_codes_that_exist():
    from app.domain import status

    assert set(status.MEASURE_STATUS) <= set(VOCABULARIES["measure_type"])
    assert set(status.ACT_STATUS) <= set(VOCABULARIES["act_type"])


def test_every_code_the_demo_case_uses_is_in_its_vocabulary():
    doc = demo_case()
    used = 0
    for (entity, field), name in vocab.FIELD_VOCABULARY.items():
        for row in doc.get(entity, []):
            code = row.get(field)
            if code:
                assert code in VOCABULARIES[name], (entity, field, code)
                used += 1
    assert used > 100


# -- claims -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang,expected",
    [
        ("en", "Pre-trial detention, 10 days"),
        ("ru", "Содержание под стражей, 10 days"),
        ("kk", "Күзетпен ұстау, 10 days"),
    ],
)
def test_a_claim_opening_with_a_code_reads_as_its_label(lang, expected):
    assert vocab.claim_text("measures", "type", "pre_trial_detention, 10 days", lang) == expected


@pytest.mark.parametrize(
    "entity,field,claim,lang,expected",
    [
        ("measures", "type", "house_arrest", "ru", "Домашний арест"),
        ("measures", "status", "active (as of 2026-03-06)", "kk", "Күшінде (as of 2026-03-06)"),
        ("hearings", "outcome", "postponed (taken to hospital)", "ru", "Отложено (taken to hospital)"),
        ("person_relations", "kind", "spouse", "kk", "Жұбайы"),
        ("acts", "type", "search; papers taken", "en", "Search of home or premises; papers taken"),
        # Free text that merely opens with a code word, unknown codes and uncoded fields stay as written.
        ("events", "type", "arrest of 19 activists", "ru", "arrest of 19 activists"),
        ("measures", "type", "remand, 10 days", "ru", "remand, 10 days"),
        ("events", "description", "protest", "ru", "protest"),
        ("measures", "type", "", "kk", ""),
        ("measures", "type", None, "kk", ""),
    ],
)
def test_claims_about_coded_fields(entity, field, claim, lang, expected):
    assert vocab.claim_text(entity, field, claim, lang) == expected


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_no_demo_claim_shows_a_raw_code(lang):
    doc = demo_case()
    coded = [a for a in doc["attributions"] if (a["entity"], a.get("field")) in vocab.FIELD_VOCABULARY]
    assert len(coded) > 30
    for a in coded:
        shown = vocab.claim_text(a["entity"], a["field"], a["claim"], lang)
        assert not re.search(r"[a-z]+_[a-z_]+", shown), shown
        first = shown.split()[0].strip(",;(")
        assert first not in VOCABULARIES[vocab.FIELD_VOCABULARY[(a["entity"], a["field"])]], (a["claim"], shown)


# -- labels in reports ------------------------------------------------------------------------


def test_report_labels_are_labels_not_codes_or_rules():
    labels = set(all_labels())
    assert "Took part (participant)" in labels and "Қатысу (қатысушы)" in labels
    assert not labels & {"participation", "named", "summons"}  # default_act values
    assert not any(label.startswith("MT") for label in labels)


def test_no_label_shields_a_name_of_the_demo_case():
    """Every word of a label is "reserved" in reports: a name part equal to one is not searched alone.
    Only the known one (Kazakh "Шұғыл", urgent) may collide; new labels must add none."""
    words = {skeleton(w) for text in all_labels() for w in word_split(text)}
    parts = {p for n in demo_case()["person_names"] for p in str(n["value"]).split() if len(p) >= MIN_PART}
    assert {p for p in parts if skeleton(p) in words} == {"Шұғыл"}
