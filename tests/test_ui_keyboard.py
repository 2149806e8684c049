"""Every window and dialog, by keyboard: no Alt+letter used twice in one window in any language, and
Tab (real key events) goes round every control and back to where it started, trapped nowhere."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget

from tests.ui_helpers import *  # noqa: F403 - the shared fixtures
from tests.ui_helpers import make_window

LANGS = ("en", "ru", "kk")


def mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of the Alt+letters a window's visible labels, buttons and tabs answer to."""
    found = []
    texts = [c.text() for c in root.findChildren(QLabel) + root.findChildren(QAbstractButton) if c.isVisibleTo(root)]
    for bar in root.findChildren(QTabBar):
        if bar.isVisibleTo(root):
            texts += [bar.tabText(i) for i in range(bar.count())]
    menu_bar = getattr(root, "menuBar", None)
    if callable(menu_bar) and root.menuWidget() is not None:
        texts += [a.text() for a in menu_bar().actions()]
    for text in texts:
        m = re.search(r"&([^&\s])", text.replace("&&", ""))
        if m:
            found.append((m.group(1).casefold(), text))
    return found


def duplicates(root: QWidget) -> list[tuple[str, list[str]]]:
    by_letter: dict[str, list[str]] = {}
    for letter, text in mnemonics(root):
        by_letter.setdefault(letter, []).append(text)
    return [(k, v) for k, v in by_letter.items() if len(v) > 1]


def focusable(root: QWidget) -> list[QWidget]:
    out = []
    for w in root.findChildren(QWidget):
        if (
            w.isVisible()
            and w.isEnabled()
            and w.window() is root
            and w.focusProxy() is None
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            out.append(w)
    return out


def tab_round(qtbot, root: QWidget, start: QWidget) -> list[QWidget]:
    """Presses Tab from ``start`` until focus comes back to it; the widgets visited in between."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    first = QApplication.focusWidget()
    assert first is not None
    visited = [first]
    for _ in range(3 * len(focusable(root)) + 5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is first:
            return visited
        assert now is not visited[-1], f"Tab does not leave {type(now).__name__} {now.accessibleName()!r}"
        visited.append(now)
    raise AssertionError(f"Tab never came back to {type(first).__name__}: stuck among {len(set(visited))} widgets")


def check_window(qtbot, root: QWidget, where: str) -> None:
    qtbot.waitExposed(root)
    QApplication.processEvents()
    start = root.focusWidget() or focusable(root)[0]
    visited = tab_round(qtbot, root, start)
    missed = [w for w in focusable(root) if w not in visited and not any(w.isAncestorOf(v) for v in visited)]
    names = [f"{type(w).__name__} {w.accessibleName() or getattr(w, 'text', lambda: '')()!r}" for w in missed]
    assert names == [], f"{where}: not reached by Tab: {names}"


def dialogs_of(window):
    """Each dialog a documenter opens from the menus, opened afresh."""
    from ui.integrity import open_check_dialog
    from ui.packs import open_cards_dialog, open_pack_dialog, open_receive_dialog
    from ui.reports import open_report_dialog
    from ui.uwazi_dialog import open_uwazi_dialog

    ws = window.workspace
    yield "incident", ws.record_incident()
    yield "person", ws.add_person()
    for kind in ("source", "proceeding", "hearing", "measure", "communication"):
        yield kind, ws.open_form(kind)
    for name, opener in (
        ("report", open_report_dialog),
        ("pack", open_pack_dialog),
        ("receive", open_receive_dialog),
        ("cards", open_cards_dialog),
        ("uwazi", open_uwazi_dialog),
        ("check", open_check_dialog),
    ):
        yield name, opener(window)


def close(dialog) -> None:
    if hasattr(dialog, "locking"):
        dialog.locking = True  # close without asking about a draft
    dialog.reject()
    QApplication.processEvents()


def test_no_alt_letter_twice_in_any_window_or_language(qtbot, demo_unlocked):
    found = []
    view = demo_unlocked.workspace.case_view
    for lang in LANGS:
        demo_unlocked.set_language(lang)
        for name in view.tab_names:
            view.show_tab(name)
            QApplication.processEvents()
            found += [(lang, f"window/{name}", d) for d in duplicates(demo_unlocked)]
        for name, dialog in dialogs_of(demo_unlocked):
            qtbot.waitExposed(dialog)
            found += [(lang, name, d) for d in duplicates(dialog)]
            close(dialog)
    assert found == [], "\n".join(map(str, found))


def test_tab_goes_round_every_dialog_and_the_window(qtbot, demo_unlocked):
    view = demo_unlocked.workspace.case_view
    for name in view.tab_names:
        view.show_tab(name)
        QApplication.processEvents()
        check_window(qtbot, demo_unlocked, f"window/{name}")
    for name, dialog in dialogs_of(demo_unlocked):
        check_window(qtbot, dialog, name)
        close(dialog)


def test_the_incident_form_with_people_has_no_trap(qtbot, demo_unlocked):
    form = demo_unlocked.workspace.record_incident()
    form.who.setText("Bekzat Maxutkhan, Nurlan Ospan")
    form.add_typed()
    check_window(qtbot, form, "incident with people")
    close(form)


def test_the_start_screens_by_keyboard(qtbot, tmp_path, clock, make_vault):
    window = make_window(qtbot, tmp_path / "new", clock=clock)
    for lang in LANGS:
        window.set_language(lang)
        assert duplicates(window) == [], (lang, duplicates(window))
    check_window(qtbot, window, "first run")
    window.close()
    vault, _ = make_vault()
    vault.close()
    window = make_window(qtbot, vault.folder, clock=clock)
    for lang in LANGS:
        window.set_language(lang)
        assert duplicates(window) == [], (lang, duplicates(window))
    window.set_language("en")
    check_window(qtbot, window, "unlock")
