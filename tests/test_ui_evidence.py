"""Evidence intake from the window: progress, SHA-256, a cancel that leaves nothing, an image
preview decrypted in memory, drag and drop."""

from __future__ import annotations

import hashlib
import os
import threading

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage

from tests.ui_helpers import *  # noqa: F403 - the shared fixtures
from tests.ui_helpers import make_window, unlock
from ui import dialogs


def open_case(qtbot, case_vault, clock):
    folder, case_id, _ = case_vault
    window = make_window(qtbot, folder, clock=clock)
    unlock(qtbot, window)
    return window, case_id


def blobs(window) -> list[str]:
    return sorted(p.name for p in (window.folder / "evidence").iterdir())


def test_attach_evidence_shows_progress_and_the_sha256(qtbot, case_vault, clock, tmp_path):
    window, case_id = open_case(qtbot, case_vault, clock)
    video = tmp_path / "protest.mp4"
    data = b"\0\0\0\x18ftypmp42" + os.urandom(9 * 1024 * 1024)
    video.write_bytes(data)
    panel = window.workspace.case_view.intake
    stored: list[str] = []
    panel.stored.connect(stored.append)
    dialogs.next_answers.append([str(video)])
    with qtbot.waitSignal(panel.progressed, timeout=20_000) as progress:
        rows = window.workspace.add_files()
    assert progress.args[0] == "protest.mp4" and progress.args[2] == len(data)
    row = rows[0]
    qtbot.waitUntil(lambda: row.state == "done" and len(stored) == 1, timeout=20_000)
    digest = hashlib.sha256(data).hexdigest()
    assert row.result.sha256 == digest and digest in row.message.text()
    evidence = window.workspace.case_view.evidence
    assert window.workspace.case_view.current_tab() is evidence
    assert [r.id for r in evidence.model.rows()] == stored
    assert evidence.model.rows()[0].media_type == "video/mp4"
    evidence.view.selectRow(0)
    assert digest in evidence.details.toPlainText()
    assert "No preview" in evidence.preview.text()
    evidence.copy_button.click()
    assert window.clipboard.clipboard.text() == digest
    assert len(blobs(window)) == 1


def test_cancel_a_second_intake_and_nothing_is_left(qtbot, case_vault, clock, tmp_path):
    window, case_id = open_case(qtbot, case_vault, clock)
    first, second = tmp_path / "photo.bin", tmp_path / "long-video.bin"
    first.write_bytes(os.urandom(1024 * 1024))
    second.write_bytes(os.urandom(12 * 1024 * 1024))
    view = window.workspace.case_view
    row1 = view.add_files([first])[0]
    qtbot.waitUntil(lambda: row1.state == "done", timeout=20_000)
    before = blobs(window)
    # Hold the worker at its first progress report (4 MiB in) until Cancel has been clicked.
    gate = threading.Event()
    view.intake.starting.connect(
        lambda row: row.worker.progress.connect(lambda *_: gate.wait(10), Qt.ConnectionType.DirectConnection)
    )
    row2 = view.add_files([second])[0]
    qtbot.waitUntil(lambda: row2.bar.value() > 0, timeout=20_000)
    assert row2.cancel_button.isVisible()
    row2.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: row2.state == "cancelled", timeout=20_000)
    assert "nothing was kept" in row2.message.text()
    assert blobs(window) == before  # no ciphertext, no .partial file
    vault = window.session.vault
    assert vault.db.one("SELECT count(*) FROM evidence WHERE case_id = ?", (case_id,))[0] == 1
    assert vault.db.one("SELECT count(*) FROM custody")[0] == 1
    assert window.pool.running() == []


def test_image_preview_is_decrypted_in_memory_with_its_metadata(qtbot, case_vault, clock, tmp_path):
    window, case_id = open_case(qtbot, case_vault, clock)
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor(30, 120, 200))
    path = tmp_path / "scan.png"
    assert image.save(str(path))
    with qtbot.waitSignal(window.workspace.case_view.intake.stored, timeout=20_000):
        window.workspace.case_view.add_files([path])
    evidence = window.workspace.case_view.show_tab("evidence")
    qtbot.waitUntil(lambda: evidence.model.rowCount() == 1, timeout=5_000)
    before = set(tmp_path.rglob("*")) | set((window.folder).rglob("*"))
    evidence.view.selectRow(0)
    qtbot.waitUntil(
        lambda: evidence.preview.pixmap() is not None and not evidence.preview.pixmap().isNull(), timeout=10_000
    )
    assert evidence.preview.pixmap().width() <= 420
    assert "640 × 480" in evidence.details.toPlainText()
    after = set(tmp_path.rglob("*")) | set((window.folder).rglob("*"))
    assert {p for p in after - before if not p.name.startswith("casefile.db")} == set()
    actions = [r[0] for r in window.session.vault.db.query("SELECT action FROM custody ORDER BY rowid")]
    assert actions == ["intake", "view"]


def test_files_dropped_on_the_case_are_added(qtbot, case_vault, clock, tmp_path):
    window, case_id = open_case(qtbot, case_vault, clock)
    path = tmp_path / "statement.pdf"
    path.write_bytes(b"%PDF-1.4\n" + os.urandom(2048))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    view = window.workspace.case_view
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    view.dropEvent(drop)
    assert len(view.intake.rows) == 1
    row = view.intake.rows[0]
    qtbot.waitUntil(lambda: row.state == "done", timeout=20_000)
    assert window.session.vault.db.one("SELECT media_type FROM evidence")[0] == "application/pdf"
