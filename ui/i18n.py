"""Translations: Qt's translator for the interface, the vocabulary file for controlled terms.

Interface strings go through ``self.tr`` / ``QCoreApplication.translate`` with a literal source
text, so that ``tools/build_translations.py`` (pyside6-lupdate) finds them; the compiled
``resources/translations/casefile_<lang>.qm`` files are loaded at run time.

The language can change while the app runs, without losing anything typed: ``apply_language``
installs the new translators, Qt sends ``QEvent.LanguageChange`` to every widget, and each text
set through ``set_texts`` / ``on_language_change`` is set again in the new language.

Two PySide6 habits to keep in mind:
- ``self.tr`` looks a text up under the class names of the instance's MRO, so a base class's
  strings work in subclasses; a plural (``self.tr(text, "", n)``) does not: it stops at the first
  class. Every plural lives in ``Counted`` below, whose class is never subclassed.
- lupdate does not see plurals in ``QCoreApplication.translate``; only in ``self.tr``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, Qt, QTranslator

from app.domain import vocab
from app.resources import resource_root
from ui.settings import LANGUAGES

Text = str | Callable[[], str]  # a fixed text, or a function giving the text in the current language

# Each language named in itself, so that anyone can find their own in a menu they cannot read.
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
_QT_LANGUAGES = {"en": QLocale.Language.English, "ru": QLocale.Language.Russian, "kk": QLocale.Language.Kazakh}
_QT_COUNTRIES = {"en": QLocale.Country.UnitedKingdom, "ru": QLocale.Country.Russia, "kk": QLocale.Country.Kazakhstan}

_installed: list[QTranslator] = []
_current = {"lang": "en"}


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def current_language() -> str:
    return _current["lang"]


def locale_for(lang: str) -> QLocale:
    """The locale that formats dates and numbers for ``lang`` (day-month order for English too)."""
    language = _QT_LANGUAGES.get(lang, QLocale.Language.English)
    return QLocale(language, _QT_COUNTRIES.get(lang, QLocale.Country.AnyCountry))


def translations_folder() -> Path:
    return resource_root() / "translations"


def install_translators(app: QCoreApplication, lang: str) -> list[str]:
    """Load Casefile's and Qt's own translations for ``lang``; returns what was loaded.

    Installing or removing a translator makes Qt post ``QEvent.LanguageChange`` to every window;
    ``apply_language`` delivers those at once."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current["lang"] = lang if lang in LANGUAGES else "en"
    QLocale.setDefault(locale_for(_current["lang"]))
    loaded = []
    candidates = [(str(translations_folder()), f"casefile_{lang}")]
    if lang != "en":  # Qt's own dialogs and context menus (Cancel, Copy, Select All)
        candidates.append((QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{lang}"))
    for folder, stem in candidates:
        translator = QTranslator(app)
        if translator.load(stem, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(stem)
    return loaded


def apply_language(lang: str) -> list[str]:
    """Switch the whole interface to ``lang`` now: translators, date and number formats, and
    every open widget (the LanguageChange events Qt posted are delivered before returning)."""
    from ui import fmt

    app = QCoreApplication.instance()
    fmt.set_language(lang)
    loaded = install_translators(app, lang) if app is not None else []
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return loaded


# -- texts that follow the language ------------------------------------------------------------


class _LanguageWatcher(QObject):
    """Sits on one widget and re-runs its callbacks each time that widget receives LanguageChange."""

    def __init__(self, widget: QObject) -> None:
        super().__init__(widget)
        self.setObjectName("_language_watcher")
        self.callbacks: list[Callable[[], None]] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            for callback in list(self.callbacks):
                try:
                    callback()
                except RuntimeError:  # the object it sets a text on was deleted meanwhile
                    self.callbacks.remove(callback)
        return False


def on_language_change(widget: QObject, callback: Callable[[], None]) -> None:
    """Run ``callback`` each time ``widget`` is told the interface language changed."""
    watcher = widget.findChild(_LanguageWatcher, "_language_watcher", Qt.FindChildOption.FindDirectChildrenOnly)
    if watcher is None:
        watcher = _LanguageWatcher(widget)
    watcher.callbacks.append(callback)


def text_of(text: Text) -> str:
    return text() if callable(text) else text


def set_texts(target: QObject, watch: QObject | None = None, **texts: Text) -> QObject:
    """Set ``target``'s texts by setter name (``text=``, ``toolTip=``, ``placeholderText=``,
    ``accessibleName=``, ``windowTitle=``, ``title=``), now and after every language change.

    Give a function for a translated text: ``set_texts(button, text=lambda: self.tr("&Unlock"))``.
    ``watch`` is the widget whose language change re-sets them (for a QAction, its menu or window);
    by default ``target`` itself."""

    def apply() -> None:
        for name, text in texts.items():
            getattr(target, "set" + name[0].upper() + name[1:])(text_of(text))

    apply()
    if any(callable(t) for t in texts.values()):
        on_language_change(watch or target, apply)
    return target


# -- plurals -------------------------------------------------------------------------------------


class Counted(QObject):
    """Phrases with a number, in the plural form each language needs (Qt's numerus forms: Russian
    has three, "1 человек, 2 человека, 5 человек"; Kazakh and English two). ``%Ln`` writes the
    number the locale's way (1,500 / 1 500)."""

    def people(self, n: int) -> str:
        return self.tr("%Ln people", "", n)

    def events(self, n: int) -> str:
        return self.tr("%Ln events", "", n)

    def evidence_files(self, n: int) -> str:
        return self.tr("%Ln evidence files", "", n)

    def sources(self, n: int) -> str:
        return self.tr("%Ln sources", "", n)

    def communications(self, n: int) -> str:
        return self.tr("%Ln communications", "", n)

    def days(self, n: int) -> str:
        return self.tr("%Ln days", "", n)

    def in_days(self, n: int) -> str:
        return self.tr("in %Ln days", "", n)

    def days_ago(self, n: int) -> str:
        return self.tr("%Ln days ago", "", n)

    def bytes(self, n: int) -> str:
        return self.tr("%Ln bytes", "", n)

    def entries(self, n: int) -> str:
        return self.tr("%Ln entries", "the custody trail of an evidence file", n)

    def others_unrestricted(self, n: int) -> str:
        return self.tr("%Ln other people in this case have no recorded restriction (see People).", "", n)

    def locked_after(self, minutes: int) -> str:
        return self.tr("Locked after %Ln minutes without activity.", "", minutes)

    def more_events(self, n: int) -> str:
        return self.tr("+ %Ln more events: zoom in or choose one person", "", n)

    def density(self, n: int) -> str:
        return self.tr(
            "%Ln events: how many began on each day (zoom in or choose one person to see them one by one)", "", n
        )

    def duration(self, amount: int, unit: str) -> str:
        """A measure's length ("10 days") in the interface language; ``unit`` as app.domain.durations has it."""
        if unit == "days":
            return self.tr("%Ln days", "a length of time", amount)
        if unit == "weeks":
            return self.tr("%Ln weeks", "a length of time", amount)
        if unit == "months":
            return self.tr("%Ln months", "a length of time", amount)
        return self.tr("%Ln years", "a length of time", amount)

    def length(self, text: str) -> str:
        """A length of time as recorded ("10 days", "2 месяца") in the interface language; other text as it is."""
        from app.domain.durations import parse_duration

        parsed = parse_duration(text) if text else None
        return self.duration(parsed.amount, parsed.unit) if parsed is not None else text


counted = Counted()


# -- controlled vocabularies --------------------------------------------------------------------


class Vocab:
    """Labels of controlled terms (event types, act types, roles, ...) in the interface language.

    ``lang`` is changed in place when the user switches language: every model holding this
    object shows the new labels the next time it reads."""

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang

    def terms(self, vocabulary: str) -> list[tuple[str, str]]:
        """(key, label) pairs in the file's order."""
        return [(code, vocab.label(vocabulary, code, self.lang)) for code in vocab.codes(vocabulary)]

    def known(self, vocabulary: str, key: str | None) -> bool:
        return vocab.known(vocabulary, key)

    def label(self, vocabulary: str, key: str | None) -> str:
        return vocab.label(vocabulary, key, self.lang)

    def short(self, vocabulary: str, key: str | None) -> str:
        """The label without its parenthesised or slashed elaboration, for narrow columns."""
        return vocab.short(vocabulary, key, self.lang)


def relabel(combo: object, labels: dict) -> None:
    """Give a combo box's items (keyed by their data) new labels, keeping the selection."""
    for i in range(combo.count()):  # type: ignore[attr-defined]
        key = combo.itemData(i)  # type: ignore[attr-defined]
        if key in labels:
            combo.setItemText(i, labels[key])  # type: ignore[attr-defined]
