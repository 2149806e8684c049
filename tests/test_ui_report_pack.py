"""The redacted-report dialog and the handoff-pack dialogs (choose, review, produce), driven like a
user would, on the demo vault. With CASEFILE_SCREENSHOTS=DIR set, each step is grabbed into DIR
(the pictures in docs/screenshots/ were made so); otherwise the grab is made and dropped."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui_helpers import *  # noqa: F403 - fixtures
from tests.ui_helpers import make_window, press, unlock

SHOTS = os.environ.get("CASEFILE_SCREENSHOTS")


def shot(widget, name: str) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # let pending layouts settle, as they would on screen
    picture = widget.grab()
    assert not picture.isNull()
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        picture.save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def demo_window(qtbot, demo_folder):
    window = make_window(qtbot, demo_folder)  # the window installs the Share menu itself
    unlock(qtbot, window)
    yield window
    window.pool.cancel_all()
    window.pool.wait_all()


def test_share_menu_follows_the_lock(qtbot, demo_window):
    from ui.share import share_menu

    menu = share_menu(demo_window)
    actions = menu.actions()
    assert len(actions) == 5 and all(a.isEnabled() for a in actions)
    assert all(a.text() for a in actions)
    demo_window.lock()
    assert not any(a.isEnabled() for a in actions)


def test_report_dialog_review_flip_and_produce(qtbot, demo_window, tmp_path):
    from ui import dialogs
    from ui.reports import open_report_dialog
    from ui.reports.dialog import PSEUDO_COLUMN, REVIEW, SHOWN_COLUMN

    d = open_report_dialog(demo_window)
    d.set_choice(profile="public", lang="ru")
    assert d.case_id() == "case-atajurt"
    shot(d, "report-1-choose")
    press(d, Qt.Key.Key_Return)  # Enter = next
    assert d.step() == REVIEW

    plan = d.redacted.plan
    pseudonymised = plan.pseudonymised()
    assert len(pseudonymised) == len(plan.persons) >= 20
    assert d.persons.rowCount() == len(plan.persons)
    assert d.persons.item(0, PSEUDO_COLUMN).checkState() == Qt.CheckState.Checked
    assert "Задержанное лицо 1" in d.persons.item(0, SHOWN_COLUMN).text()  # pseudonyms in the report's language
    assert d.hidden.count() > 0 and d.included.count() > 0
    shot(d, "report-2-review")

    first = plan.persons[0]
    d.flip_person(0)  # show this person's name
    assert d.overrides == {first.person_id: "show"}
    flipped = d.redacted.plan.persons[0]
    assert not flipped.pseudonymised and flipped.reason == "override"
    assert len(d.redacted.plan.pseudonymised()) == len(pseudonymised) - 1
    assert d.persons.item(0, PSEUDO_COLUMN).checkState() == Qt.CheckState.Unchecked
    assert d.persons.item(0, SHOWN_COLUMN).text().startswith(flipped.shown_as)
    shot(d, "report-3-review-flipped")

    out = tmp_path / "atajurt-public-ru.pdf"
    dialogs.next_answers.append(out)
    with qtbot.waitSignal(d.job_done, timeout=30_000):
        press(d, Qt.Key.Key_Return)  # Enter = produce
    assert d.result is not None, d.failed_message
    assert out.is_file()
    assert d.sha_field.text() == hashlib.sha256(out.read_bytes()).hexdigest()
    assert d.path_field.text() == str(out)
    assert d.cancel_button.text() == "Close" and not d.next_button.isVisible()
    shot(d, "report-4-produced")
    d.cancel_button.click()
    assert not d.isVisible()


def test_report_cancel_leaves_no_file(qtbot, demo_window, tmp_path):
    from ui import dialogs
    from ui.reports import open_report_dialog

    d = open_report_dialog(demo_window)
    d.set_choice(profile="partner", lang="kk")
    d.next_button.click()
    out = tmp_path / "cancelled.pdf"
    dialogs.next_answers.append(out)
    with qtbot.waitSignal(d.job_done, timeout=30_000):
        d.next_button.click()
        assert d.is_running()
        press(d, Qt.Key.Key_Escape)  # Esc = cancel the job; the dialog stays to say so
    assert d.isVisible()
    assert d.result is None
    assert "Cancelled" in d.outcome.text()
    assert not out.exists() and not list(tmp_path.glob("cancelled*"))
    assert d.back_button.isVisible()  # the choices can be changed and tried again
    shot(d, "report-5-cancelled")


def test_pack_cards_build_verify_receive(qtbot, demo_window, make_vault, tmp_path):
    from app.packs import PartnerBook, my_card
    from app.packs.cards import card_label
    from ui import dialogs
    from ui.packs import open_cards_dialog, open_pack_dialog, open_receive_dialog

    # The partner's vault: its card goes to the documenter; it trusts the documenter's card.
    partner_vault, _ = make_vault("partner")
    partner_card = my_card(partner_vault, "Partner NGO")
    card_file = tmp_path / "partner.card"
    card_file.write_text(partner_card.to_json(), encoding="utf-8")
    me = demo_window.session.vault
    PartnerBook(partner_vault).add(my_card(me, card_label(me)), trusted=True)
    partner_folder = partner_vault.folder
    partner_vault.close()

    # Contact cards: my card, then import the partner's and trust it after comparing the fingerprint.
    cards = open_cards_dialog(demo_window)
    assert cards.fingerprint.text() == my_card(me, card_label(me)).fingerprint
    assert cards.qr.pixmap() is not None and not cards.qr.pixmap().isNull()
    shot(cards, "pack-1-my-card")
    dialogs.next_answers.append(tmp_path / "me.card")
    assert cards.export() == tmp_path / "me.card"
    assert (tmp_path / "me.card").is_file() and (tmp_path / "me.pem").is_file()

    dialogs.next_answers.append([card_file])
    assert cards.import_card() == partner_card
    assert cards.pending_fp.text() == partner_card.fingerprint
    assert not cards.add_trusted_button.isEnabled()  # only after "I compared the fingerprint"
    shot(cards, "pack-2-check-fingerprint")
    cards.compared.setChecked(True)
    cards.add_trusted_button.click()
    partner = PartnerBook(me).by_fingerprint(partner_card.fingerprint)
    assert partner is not None and partner.trusted
    assert cards.table.rowCount() == 1 and cards.table.item(0, 2).text() == "yes"
    shot(cards, "pack-3-partners")
    cards.reject()

    # The pack: choose the partner, review, produce.
    d = open_pack_dialog(demo_window)
    assert not d.next_button.isEnabled()  # no recipient chosen yet
    d.choose_partner(partner_card.fingerprint)
    assert d.next_button.isEnabled()
    shot(d, "pack-4-choose")
    press(d, Qt.Key.Key_Return)
    texts = [d.review.item(i).text() for i in range(d.review.count())]
    assert any(partner_card.fingerprint in t for t in texts)
    shot(d, "pack-5-review")
    pack = tmp_path / "atajurt.casefile-pack"
    dialogs.next_answers.append(pack)
    with qtbot.waitSignal(d.job_done, timeout=30_000):
        press(d, Qt.Key.Key_Return)
    assert d.result is not None, d.outcome.text()
    assert pack.is_file()
    assert d.sha_field.text() == hashlib.sha256(pack.read_bytes()).hexdigest()
    shot(d, "pack-6-produced")
    d.cancel_button.click()

    # The partner verifies and receives it in their own window.
    partner_window = make_window(qtbot, partner_folder, settings_path=tmp_path / "partner-ui.ini")
    unlock(qtbot, partner_window)
    try:
        r = open_receive_dialog(partner_window)
        assert not r.next_button.isEnabled()
        dialogs.next_answers.append([pack])
        r.pick()
        shot(r, "pack-7-receive-choose")
        with qtbot.waitSignal(r.job_done, timeout=30_000):
            press(r, Qt.Key.Key_Return)  # verify
        assert r.report is not None and r.report.ok, r.report and r.report.failures
        assert r.report.signer_trusted and r.report.signature_ok
        assert r.next_button.isVisible() and r.next_button.isEnabled()
        shot(r, "pack-8-verified")
        with qtbot.waitSignal(r.job_done, timeout=30_000):
            press(r, Qt.Key.Key_Return)  # receive
        assert r.result is not None, r.outcome.text()
        assert r.result.pack_sha256 == hashlib.sha256(pack.read_bytes()).hexdigest()
        assert partner_window.session.vault.db.one("SELECT id FROM cases WHERE id = ?", (r.result.case_id,))
        shot(r, "pack-9-received")
        r.cancel_button.click()

        # A second time, the same pack is recognised and cannot be received again.
        again = open_receive_dialog(partner_window)
        dialogs.next_answers.append([pack])
        again.pick()
        with qtbot.waitSignal(again.job_done, timeout=30_000):
            again.next_button.click()
        assert again.report.already_received and not again.can_receive()
        assert not again.next_button.isVisible()
        again.reject()
    finally:
        partner_window.pool.cancel_all()
        partner_window.pool.wait_all()
        partner_window.close()


def test_lock_closes_a_running_report(qtbot, demo_window, tmp_path):
    from ui import dialogs
    from ui.reports import open_report_dialog

    d = open_report_dialog(demo_window)
    d.next_button.click()
    dialogs.next_answers.append(tmp_path / "locked.pdf")
    d.next_button.click()
    assert demo_window.lock()
    assert not d.isVisible() and d.doc is None and d.persons.rowCount() == 0
    assert not (tmp_path / "locked.pdf").exists() or (tmp_path / "locked.pdf").stat().st_size > 0


def test_leak_refusal_is_shown_plainly(qtbot, demo_window, tmp_path, monkeypatch):
    from app.report.leakgate import Leak, ReportLeakError
    from ui import dialogs
    from ui.reports import open_report_dialog

    def refuse(*_a, **_k):
        raise ReportLeakError([Leak("text", "on page 3", 3, "persons.names", "Detained person 1", "a name")])

    monkeypatch.setattr("app.services.reports.export_report", refuse)
    d = open_report_dialog(demo_window)
    d.next_button.click()
    out = tmp_path / "leak.pdf"
    dialogs.next_answers.append(out)
    with qtbot.waitSignal(d.job_done, timeout=30_000):
        d.next_button.click()
    assert d.result is None and not out.exists()
    assert "The report was not saved: a name appears on page 3." in d.outcome.text()
    shot(d, "report-6-leak-refused")
