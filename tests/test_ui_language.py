"""The interface in Kazakh, Russian and English: switched while the app runs without losing
anything typed, vocabulary and dates in the chosen language, plural forms, the duplicate warning,
and translations that are complete, compiled and current."""

from __future__ import annotations

import ast
import datetime as dt
import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QHeaderView, QLabel, QLineEdit, QTabBar, QWidget

from app.services.records import Records
from tests.ui_helpers import *  # noqa: F403 - the shared fixtures
from tests.ui_helpers import make_window, shown, type_text, unlock, wait_index

ROOT = Path(__file__).resolve().parent.parent
H = Qt.Orientation.Horizontal
TRANSLATIONS = ROOT / "resources" / "translations"


def build_tool():
    spec = importlib.util.spec_from_file_location("build_translations", ROOT / "tools" / "build_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def demo_window(qtbot, demo_folder, clock, tmp_path=None):
    window = make_window(qtbot, demo_folder, clock=clock)
    unlock(qtbot, window)
    wait_index(qtbot, window)
    return window


def switch(qtbot, window, lang: str) -> None:
    window.set_language(lang)
    wait_index(qtbot, window)  # the case is read again, in the new language


# -- switching while the app runs ------------------------------------------------------------


def test_switching_language_translates_the_window_and_a_tab(qtbot, demo_folder, clock):
    window = demo_window(qtbot, demo_folder, clock)
    workspace, view = window.workspace, window.workspace.case_view
    assert view.tabs.tabText(0) == "&Overview" and workspace.record_button.text() == "Record incident  (Ctrl+N)"

    switch(qtbot, window, "ru")
    assert window.menuBar().actions()[0].text() == "&Хранилище"
    assert [view.tabs.tabText(i) for i in range(3)] == ["&Обзор", "&Люди", "&События"]
    assert workspace.record_button.text() == "Записать случай  (Ctrl+N)"
    assert workspace.lock_button.accessibleName() == "Заблокировать Casefile сейчас"
    assert workspace.search_field.placeholderText().startswith("Поиск людей")
    overview = view.overview
    assert overview.people.headerData(1, H) == "Положение"
    assert overview.subtitle.text() == "ATAJURT-2025  ·  Открыто"  # case status from vocab.json
    assert overview.counts.text().startswith("26 человек  ·  23 события")
    assert shown(overview.people, lambda r: r.name == "Nazigul Maksutkhan", 1) == "Домашний арест"
    titles = workspace.deadlines.titles()
    assert "Содержание под стражей — истекает: 13 человек" in titles
    hearing = next(d for d in workspace.deadlines.items() if d.deadline.kind == "hearing")
    from ui.sidebar import when_text

    assert when_text(hearing, clock.now().date()) == "СРОК ИСТЁК · 20 февр. 2026"
    assert window.language_box.currentText() == "Русский"
    assert window.settings.language() == "ru"  # remembered (and nothing else about the case)

    people = view.show_tab("people")
    qtbot.waitUntil(lambda: people.model.rowCount() > 0)
    assert people.model.headerData(3, H) == "Другие написания"
    bekzat = lambda r: r.name == "Bekzat Maxutkhan"  # noqa: E731
    assert shown(people.model, bekzat, 1) == "Под стражей, до: ≈ конец янв. 2026"
    assert shown(people.model, bekzat, 2) == "Подсудимый, Активист"

    switch(qtbot, window, "kk")
    assert view.tabs.tabText(0) == "&Шолу" and window.menuBar().actions()[0].text() == "&Қойма"
    assert view.tab("people").model.headerData(1, H) == "Жағдайы"
    assert window.workspace.record_button.text() == "Оқиғаны тіркеу  (Ctrl+N)"

    switch(qtbot, window, "en")
    assert view.tabs.tabText(0) == "&Overview" and window.menuBar().actions()[0].text() == "Vau&lt"
    view.show_tab("overview")
    wait_index(qtbot, window)
    assert view.overview.subtitle.text() == "ATAJURT-2025  ·  Open"


def test_a_dialog_follows_the_language_and_keeps_its_choices(qtbot, case_vault, clock):
    folder, case_id, _ = case_vault
    window = make_window(qtbot, folder, clock=clock)
    unlock(qtbot, window)
    form = window.workspace.add_person()
    form.role.setCurrentIndex(form.role.findData("witness"))
    type_text(form.rows[0].value, "Айгүл Серік")
    assert form.windowTitle() == "Add a person" and form.role.currentText() == "Witness"

    window.set_language("ru")
    assert form.windowTitle() == "Добавить человека"
    assert form.save_button.text() == "Сохранить (Enter)"
    assert form.add_row_button.text() == "Добавить другое &написание"
    assert form.role.currentData() == "witness" and form.role.currentText() == "Свидетель"
    assert form.rows[0].script.currentText() == "Кириллица" and form.rows[0].lang.currentText() == "Казахский"
    assert form.rows[0].value.text() == "Айгүл Серік"

    window.set_language("kk")
    assert form.windowTitle() == "Адам қосу" and form.role.currentText() == "Куә"
    assert form.rows[0].lang.currentText() == "Қазақ тілі"


def test_the_draft_of_an_open_incident_form_survives_a_switch(qtbot, case_vault, clock):
    folder, case_id, bekzat = case_vault
    window = make_window(qtbot, folder, clock=clock)
    unlock(qtbot, window)
    form = window.workspace.record_incident()
    type_text(form.when, "конец ноября 2025")
    type_text(form.where, "Талдыкорган")
    form.kind_box.setCurrentIndex(form.kind_box.findData("detention"))
    type_text(form.what, "Задержали у здания суда.")
    form.who.setText("Bekzat Maxutkhan, Нурлан Оспан")
    form.add_typed()
    type_text(form.who, "Айгүл")  # half-typed, not added yet
    form.flush_draft()
    before = form.state()

    window.set_language("kk")
    assert window.workspace.forms == [form] and form.isVisible()  # the same form, still open
    assert form.state() == before  # every field, the people and their acts as they were
    assert form.windowTitle() == "Оқиғаны тіркеу"
    assert form.kind_box.currentData() == "detention"
    assert form.kind_box.currentText() == "Бостандығынан айыру / қамауда ұстау"
    assert form.when_feedback.text() == "✓ 2025 ж. қараша соңы (2025 ж. 21–30 қараша)"
    assert form.table.horizontalHeaderItem(1).text() == "Оған не істелді"
    assert form.table.item(1, 0).text() == "Нурлан Оспан (жаңа адам)"
    assert form.table.cellWidget(0, 1).currentText() == "Бостандығынан айыру"
    assert window.session.drafts.load(form.draft_id) == before  # the draft in the vault too

    window.set_language("ru")
    assert form.state() == before and form.who.text() == "Айгүл"
    assert form.when_feedback.text() == "✓ конец ноября 2025 г. (21–30 ноября 2025 г.)"
    assert form.title.placeholderText().startswith("Лишение свободы, Талдыкорган")
    form.save()  # a name half-typed in Who is neither saved nor dropped: the form says so
    assert form.isVisible() and "«Айгүл»" in form.status.text()
    form.add_typed()
    form.save()
    assert not form.isVisible()
    event = Records(window.session.vault).rows("events", "case_id = ?", (case_id,))[0]
    assert event["place"] == "Талдыкорган" and event["type"] == "detention"


# -- vocabulary, dates, numbers and plurals ------------------------------------------------------


LONG_DAY = {"en": "13 November 2025", "ru": "13 ноября 2025 г.", "kk": "2025 ж. 13 қараша"}
SHORT_DAY = {"en": "13 Nov 2025", "ru": "13 нояб. 2025", "kk": "2025 ж. 13 қар."}
LATE = {"en": "late November 2025", "ru": "конец ноября 2025 г.", "kk": "2025 ж. қараша соңы"}
RANGE = {"en": "c. 17–23 Nov 2025", "ru": "≈ 17–23 нояб. 2025", "kk": "≈ 2025 ж. 17–23 қар."}
SUMMER = {"en": "summer 2025", "ru": "лето 2025 г.", "kk": "2025 ж. жазы"}
MONTH = {"en": "July 2025", "ru": "июль 2025 г.", "kk": "2025 ж. шілде"}
PROTEST = {"en": "Protest / peaceful assembly", "ru": "Протест / мирное собрание", "kk": "Наразылық / бейбіт жиын"}
HOUSE_ARREST = {"en": "House arrest", "ru": "Домашний арест", "kk": "Үйде қамауда ұстау"}
THOUSANDS = {"en": "1,500", "ru": "1\u00a0500", "kk": "1\u00a0500"}


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_dates_numbers_and_vocabulary_in_each_language(qapp, lang):
    from app.domain.dates import parse
    from ui import fmt
    from ui.i18n import Vocab, apply_language

    apply_language(lang)
    today = dt.date(2026, 3, 10)
    assert fmt.fuzzy(parse("13.11.2025"), long=True) == LONG_DAY[lang]
    assert fmt.fuzzy(parse("13.11.2025")) == SHORT_DAY[lang]
    late = parse("late November 2025")
    assert fmt.fuzzy(late, long=True) == LATE[lang]
    # a fuzzy date keeps the words the source used; its label is written the language's way
    assert fmt.fuzzy_tooltip(late).startswith(LATE[lang]) and "late November 2025" in fmt.fuzzy_tooltip(late)
    assert fmt.fuzzy(parse("about 17-23 November 2025")) == RANGE[lang]
    assert fmt.fuzzy(parse("summer 2025"), long=True) == SUMMER[lang]
    assert fmt.fuzzy(parse("July 2025"), long=True) == MONTH[lang]
    assert fmt.number(1500).replace("\u202f", "\u00a0") == THOUSANDS[lang]
    assert fmt.days_left(dt.date(2026, 3, 11), today) in ("tomorrow", "завтра", "ертең")
    vocab = Vocab(lang)
    assert vocab.label("event_type", "protest") == PROTEST[lang]
    assert vocab.short("measure_type", "house_arrest") == HOUSE_ARREST[lang]


def test_plural_forms(qapp):
    from ui.i18n import apply_language, counted

    apply_language("ru")
    assert [counted.people(n) for n in (1, 2, 5, 21, 22, 11)] == [
        "1 человек",
        "2 человека",
        "5 человек",
        "21 человек",
        "22 человека",
        "11 человек",
    ]
    assert [counted.events(n) for n in (1, 3, 11, 21, 1500)] == [
        "1 событие",
        "3 события",
        "11 событий",
        "21 событие",
        "1\u00a0500 событий",
    ]
    assert counted.in_days(56) == "через 56 дней" and counted.in_days(2) == "через 2 дня"
    apply_language("kk")
    assert [counted.people(n) for n in (1, 5)] == ["1 адам", "5 адам"]
    assert counted.days_ago(3) == "3 күн бұрын"
    apply_language("en")
    assert [counted.people(n) for n in (1, 2)] == ["1 person", "2 people"]
    assert counted.entries(1) == "1 entry" and counted.entries(7) == "7 entries"


def test_errors_from_below_are_shown_in_the_language_by_their_code(qapp):
    from storage.errors import FileEmpty, VaultDamaged, WrongDatabaseKey
    from ui.errors import message
    from ui.i18n import apply_language

    apply_language("kk")
    assert message(WrongDatabaseKey()).startswith("Құпия сөз тіркесі қате")
    assert message(FileEmpty(name="protest.mp4")) == "«protest.mp4» файлы бос; ештеңе сақталмады."
    # A class with no text of its own in the interface: its English sentence, as the command line says it.
    assert message(VaultDamaged("Some sentence nobody translated.")) == "Some sentence nobody translated."
    # Not a user error: only its kind, never its text (it could carry case data).
    assert message(RuntimeError("Bekzat Maxutkhan")) == "Бірдеңе дұрыс болмады (RuntimeError); ештеңе өзгермеді."


# -- the duplicate warning -----------------------------------------------------------------------


def test_person_form_warns_of_a_possible_duplicate_and_takes_the_existing_person(qtbot, case_vault, clock):
    folder, case_id, bekzat = case_vault
    window = make_window(qtbot, folder, clock=clock)
    unlock(qtbot, window)
    window.set_language("ru")
    form = window.workspace.add_person()
    type_text(form.rows[0].value, "Бекзат Максутхан")
    qtbot.waitUntil(lambda: form.duplicates.isVisible(), timeout=5_000)  # as you type (debounced)
    (text,) = form.duplicates.texts()
    assert text.startswith("Возможно, это Bekzat Maxutkhan. Почему: «Бекзат Максутхан» и «Bekzat Maxutkhan»")
    assert [m.duplicate.person_id for m in form.duplicates.matches] == [bekzat]
    window.set_language("en")
    assert form.duplicates.texts()[0].startswith("Possibly the same as Bekzat Maxutkhan. Why:")
    persons_before = window.session.vault.db.one("SELECT count(*) FROM persons")[0]
    (use,) = form.duplicates.buttons()
    assert use.text() == "Use this person"
    use.click()
    assert not form.isVisible()
    vault = window.session.vault
    assert vault.db.one("SELECT count(*) FROM persons")[0] == persons_before  # no second record
    spellings = [r[0] for r in vault.db.query("SELECT value FROM person_names WHERE person_id = ?", (bekzat,))]
    assert spellings == ["Bekzat Maxutkhan", "Бекзат Максутхан"]  # the new spelling is kept


def test_incident_form_warns_of_a_possible_duplicate_among_new_names(qtbot, case_vault, clock):
    folder, case_id, bekzat = case_vault
    window = make_window(qtbot, folder, clock=clock)
    unlock(qtbot, window)
    form = window.workspace.record_incident()
    form.who.setText("Бекзат Максутхан, Nurlan Ospan")
    form.add_typed()
    assert form.duplicates.isVisible()
    assert form.duplicates.texts()[0].startswith("“Бекзат Максутхан” is possibly the same as Bekzat Maxutkhan.")
    form.use_existing(form.duplicates.matches[0])
    assert [(p["name"], p["person_id"]) for p in form.people] == [("Bekzat Maxutkhan", bekzat), ("Nurlan Ospan", None)]
    assert not form.duplicates.isVisible()


# -- the translation files -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_translations_have_no_unfinished_entries(lang):
    import xml.etree.ElementTree as ET

    root = ET.parse(TRANSLATIONS / f"casefile_{lang}.ts").getroot()
    unfinished, empty, total = [], [], 0
    for context in root.iter("context"):
        for message in context.iter("message"):
            total += 1
            translation = message.find("translation")
            source = message.findtext("source")
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                unfinished.append(source)
            forms = list(translation.iter("numerusform")) or [translation]
            if any(not (f.text or "").strip() for f in forms):
                empty.append(source)
    assert total > 400
    assert unfinished == [] and empty == []


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_translations_are_written_in_cyrillic(lang):
    """Kazakh with its own letters; no word mixing Latin and Cyrillic look-alikes (a Latin "a" or
    "o" in a Cyrillic word breaks search and looks right to the eye)."""
    import re

    tool = build_tool()
    texts = " ".join(f for m in tool.messages(TRANSLATIONS / f"casefile_{lang}.ts").values() for f in m["forms"])
    mixed = [
        w
        for w in re.findall(r"[^\W\d_]+", texts)
        if re.search("[a-zA-Z]", w) and re.search("[а-яёА-ЯЁәғқңөұүһіӘҒҚҢӨҰҮҺІ]", w)
    ]
    assert mixed == []
    if lang == "kk":
        assert set("әғқңөұүі") <= set(texts)


def test_translations_are_current_and_compiled():
    """The .ts files hold every text of ui/ (pyside6-lupdate finds nothing new) and the committed
    .qm files are what pyside6-lrelease makes of them."""
    assert build_tool().problems() == []


def test_every_translated_text_is_found_by_lupdate():
    """lupdate reads only literal texts in ``self.tr`` / ``QCoreApplication.translate`` /
    ``QT_TRANSLATE_NOOP``: not f-strings, not variables (outside the lookups of marked tables)."""
    tool = build_tool()
    sources = {key[1] for key in tool.messages(TRANSLATIONS / "casefile_en.ts")}
    dynamic_lookups = {  # functions that translate texts marked with QT_TRANSLATE_NOOP elsewhere
        "field_label",
        "entity_label",
        "status_label",
        "deadline_title",
        "message",
        "run",
        "_title_zooms",
        "script_name",
        "language_name",
        "_labels",
        "headerData",
        "explanation",  # ui/case/credentials.py: REASONS
    }
    problems = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]:
            for call in ast.walk(function):
                if not isinstance(call, ast.Call):
                    continue
                name = getattr(call.func, "attr", getattr(call.func, "id", ""))
                if name not in ("tr", "translate", "QT_TRANSLATE_NOOP") or not call.args:
                    continue
                text_arg = call.args[0] if name == "tr" else call.args[1] if len(call.args) > 1 else None
                where = f"{path.relative_to(ROOT)}:{call.lineno}"
                if isinstance(text_arg, ast.Constant) and isinstance(text_arg.value, str):
                    if text_arg.value not in sources:
                        problems.append(f"{where}: not in the .ts: {text_arg.value!r}")
                elif function.name not in dynamic_lookups:
                    problems.append(f"{where}: not a literal text, lupdate cannot see it")
    assert problems == []


# -- nothing left in English, nothing cut off ------------------------------------------------------


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(what, text) of the interface texts shown by ``root`` and its visible children."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if w.accessibleName():
            out.append((f"{type(w).__name__} name", w.accessibleName()))
        if isinstance(w, QLabel | QAbstractButton) and w.text():
            out.append((type(w).__name__, w.text()))
        if isinstance(w, QLineEdit) and w.placeholderText():
            out.append(("placeholder", w.placeholderText()))
        if isinstance(w, QTabBar):
            out += [("tab", w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QHeaderView) and w.model() is not None:
            out += [("header", str(w.model().headerData(i, w.orientation()) or "")) for i in range(w.count())]
    return out


def test_no_english_is_left_after_switching(qtbot, demo_folder, clock):
    tool = build_tool()
    ru = tool.messages(TRANSLATIONS / "casefile_ru.ts")
    english = {
        key[1].replace("&", "")
        for key, m in ru.items()
        if not m["numerus"] and m["forms"][0] != key[1] and len(key[1]) > 2
    }
    window = demo_window(qtbot, demo_folder, clock)
    switch(qtbot, window, "ru")
    view = window.workspace.case_view
    left = []
    for name in view.tab_names:
        view.show_tab(name)
        wait_index(qtbot, window)
        left += [(name, what, text) for what, text in visible_texts(window) if text.replace("&", "") in english]
    form = window.workspace.record_incident()
    left += [("incident", what, text) for what, text in visible_texts(form) if text.replace("&", "") in english]
    for menu_action in window.menuBar().actions():
        left += [("menu", "action", a.text()) for a in menu_action.menu().actions() if a.text() in english]
    assert left == []


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_no_label_is_cut_off(qtbot, demo_folder, clock, lang):
    """At the default window size, every button, check box, tab and column title has the room its
    text needs in the longer languages."""
    window = demo_window(qtbot, demo_folder, clock)
    window.resize(1280, 800)
    switch(qtbot, window, lang)
    view = window.workspace.case_view
    cut = []
    for name in view.tab_names:
        view.show_tab(name)
        wait_index(qtbot, window)
        qtbot.wait(10)
        cut += clipped(window, name)
    form = window.workspace.record_incident()
    form.who.setText("Bekzat Maxutkhan, Нурлан Оспан")
    form.add_typed()
    person = window.workspace.add_person()
    for dialog in (form, person):
        qtbot.waitExposed(dialog)
        cut += clipped(dialog, type(dialog).__name__)
    assert cut == []


def clipped(root: QWidget, where: str) -> list[str]:
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.window() is not root:
            continue
        if isinstance(w, QAbstractButton) and w.text() and w.width() < w.sizeHint().width() - 2:
            out.append(f"{where}: button {w.text()!r} {w.width()} < {w.sizeHint().width()}")
        if isinstance(w, QTabBar) and w.width() < w.sizeHint().width():
            out.append(f"{where}: tabs need {w.sizeHint().width()}, have {w.width()}")
        if isinstance(w, QHeaderView) and w.orientation().name == "Horizontal" and not w.isHidden():
            model = w.model()
            for i in range(w.count()):
                title = str(model.headerData(i, w.orientation()) or "")
                left = w.sectionViewportPosition(i)
                if not title or left + w.sectionSize(i) > w.viewport().width():
                    continue  # (partly) scrolled out of a wide table's view: not cut, scrollable
                need = w.fontMetrics().horizontalAdvance(title) + 8
                room = w.sectionSize(i)
                if room < need:
                    out.append(f"{where}: column title {title!r} needs {need}, has {room}")
    return out
