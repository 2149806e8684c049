"""The desktop app explains a leak-gate refusal and offers the way out, in the interface's language.

A source's informant (secret at partner profile) is written "Bekzat Maxutkhan,
Бекзат Мақсұтхан", and Bekzat Maxutkhan is a person the report names (both
spellings in the persons table): the review step warns, the refusal names the
way out, and "Show these values" lets the report pass.
The pack dialog shows a refusal as the same sentence, translated.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui_helpers import *  # noqa: F403 - fixtures
from tests.ui_helpers import make_window, press, unlock

INFORMANT = "Bekzat Maxutkhan, Бекзат Мақсұтхан"


@pytest.fixture
def window(qtbot, make_vault):
    from app.demo import load_demo
    from app.services.records import Records

    vault, _ = make_vault()
    load_demo(vault)
    Records(vault).update("sources", "src-iphr-kibhr-2026-01-15", {"informant": INFORMANT})
    folder = vault.folder
    vault.close()
    w = make_window(qtbot, folder)
    unlock(qtbot, w)
    yield w
    w.pool.cancel_all()
    w.pool.wait_all()


def test_review_shows_the_conflict_and_the_way_out(qtbot, window, tmp_path):
    from ui import dialogs
    from ui.reports import open_report_dialog

    d = open_report_dialog(window)
    d.set_choice(profile="partner", lang="en")
    press(d, Qt.Key.Key_Return)
    assert d.conflict_note.isVisibleTo(d) and d.show_values.isVisibleTo(d)
    note = d.conflict_note.text()
    assert "Bekzat Maxutkhan" in note and "sources.informant" in note and "Pseudonymise" in note

    # Produced as it is, the report is refused, with the same way out named.
    out = tmp_path / "partner.pdf"
    dialogs.next_answers.append(out)
    with qtbot.waitSignal(d.job_done, timeout=60_000):
        press(d, Qt.Key.Key_Return)
    assert d.result is None and not out.exists()
    outcome = d.outcome.text()
    assert "The report was not saved: a withheld value" in outcome and "on page" in outcome
    assert "tick “Pseudonymise” for Bekzat Maxutkhan" in outcome and "Бекзат" not in outcome

    # Back to the review: show these values, and the report passes.
    d.back_button.click()
    d.show_values.setChecked(True)
    assert not d.conflict_note.isVisibleTo(d) and d.show_values.isVisibleTo(d)
    assert d.shown_values and d.shown_values[0]["field"] == "informant"
    dialogs.next_answers.append(out)
    with qtbot.waitSignal(d.job_done, timeout=60_000):
        press(d, Qt.Key.Key_Return)
    assert d.result is not None, d.outcome.text()
    assert out.exists()


def test_pack_dialog_shows_a_refusal_translated(qtbot, window, make_vault, monkeypatch, tmp_path):
    from app.packs import PartnerBook, my_card
    from app.report.leakgate import Leak, ReportLeakError
    from ui import dialogs
    from ui.packs import open_pack_dialog

    partner_vault, _ = make_vault("partner")
    card = my_card(partner_vault, "Partner NGO")
    PartnerBook(window.session.vault).add(card, trusted=True)

    def refuse(*_a, **_k):
        leak = Leak("text", "on page 3", 3, "sources.informant", "source-1", "a withheld value", "token", "secret")
        raise ReportLeakError([leak, leak])

    monkeypatch.setattr("app.services.packs.build_pack", refuse)  # what the dialog's service calls
    window.set_language("ru")
    d = open_pack_dialog(window)
    d.choose_partner(card.fingerprint)
    press(d, Qt.Key.Key_Return)
    out = tmp_path / "p.casefile-pack"
    dialogs.next_answers.append(out)
    with qtbot.waitSignal(d.job_done, timeout=30_000):
        press(d, Qt.Key.Key_Return)
    assert d.result is None and not out.exists()
    text = d.outcome.text()
    assert "Пакет не создан: скрытое значение («source-1», поле sources.informant) встречается на странице 3." in text
    assert "перепишите текст" in text and "(ещё находок: 1.)" in text
    assert "token" not in text
