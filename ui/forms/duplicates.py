"""The duplicate warning of the person and incident forms: "Possibly the same as …", why, and a
button to take the existing person instead of creating a second record of them.

The matching (spelling and script rules) is ``app.services.persons.possible_duplicates``; its
reason comes as a value (``app.search.match.SameNameReason``), said here in the interface language.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from app.search.match import NameDetail, SameNameReason, same_person_reason
from app.services.persons import PossibleDuplicate, possible_duplicates
from ui.i18n import on_language_change
from ui.session import Session


def _q(name: str) -> str:
    return QCoreApplication.translate("duplicates", "“%1”", "a quoted name").replace("%1", name)


def _fill(pattern: str, *values: str) -> str:
    for i in range(len(values), 0, -1):
        pattern = pattern.replace(f"%{i}", values[i - 1])
    return pattern


def _head(why: SameNameReason) -> str:
    if why.how == "identical":
        pattern = QCoreApplication.translate("duplicates", "%1 and %2 are written identically")
    elif why.how == "exact":
        pattern = QCoreApplication.translate("duplicates", "%1 and %2 match letter for letter after transliteration")
    else:
        pattern = QCoreApplication.translate("duplicates", "%1 and %2 match after transliteration")
    out = _fill(pattern, _q(why.a), _q(why.b))
    if why.reordered:
        out += QCoreApplication.translate("duplicates", ", in a different order")
    return out


def _detail(detail: NameDetail) -> str:
    if detail.kind == "one_part":
        return QCoreApplication.translate("duplicates", "but only one name part can be compared")
    if detail.kind == "ending":
        pattern = QCoreApplication.translate("duplicates", "%1 and %2 differ only in the ending")
        return _fill(pattern, _q(detail.a), _q(detail.b))
    if detail.kind == "variant":
        pattern = QCoreApplication.translate("duplicates", "%1 and %2 differ by a small spelling variant")
        return _fill(pattern, _q(detail.a), _q(detail.b))
    return _fill(QCoreApplication.translate("duplicates", "%1 has more name parts (%2)"), _q(detail.a), detail.b)


def explain(why: SameNameReason) -> str:
    """The matcher's reason in the interface language."""
    return "; ".join([_head(why), *(_detail(d) for d in why.details)])


def find_duplicates(session: Session, names: list[str], exclude: set[str] | None = None) -> list[PossibleDuplicate]:
    """Existing persons who may be the one being entered (nothing if the search is unavailable)."""
    names = [n for n in names if n.strip()]
    if not names or not session.alive:
        return []
    try:
        found = possible_duplicates(session.vault, names)
    except Exception:  # noqa: BLE001 - a warning that cannot be computed must not block entering a person
        return []
    return [d for d in found if not exclude or d.person_id not in exclude]


EXISTING, LISTED, TYPED = "existing", "listed", "typed"


@dataclass(frozen=True)
class Match:
    typed: str  # the name as typed in the form
    duplicate: PossibleDuplicate  # for TYPED: the other name typed (``label``), with no person id
    # EXISTING: a person in the vault; LISTED: one already listed in this form; TYPED: another new
    # name typed in this form (two spellings of one new person)
    kind: str = EXISTING


def same_among(names: list[str]) -> list[Match]:
    """Pairs of names typed in one form that may be two spellings of one person (the later one is
    ``typed``, the earlier its ``duplicate``)."""
    out = []
    for i, later in enumerate(names):
        for earlier in names[:i]:
            found = same_person_reason([later], [earlier])
            if found is not None:
                score, why = found
                out.append(Match(later, PossibleDuplicate("", earlier, score, str(why), why), TYPED))
                break
    return out


class DuplicateWarning(QFrame):
    """One line per possible match, each with a button to use the existing person instead."""

    use_requested = Signal(object)  # Match
    refilled = Signal()  # the lines (and their buttons) were made again: put the buttons in the Tab order

    def __init__(self, parent: QWidget | None = None, *, name_typed: bool = False) -> None:
        super().__init__(parent)
        self.name_typed = name_typed  # say which typed name a line is about (the incident form)
        self.matches: list[Match] = []
        self._neighbours: tuple[QWidget, QWidget] | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(8, 6, 8, 6)
        self.grid.setColumnStretch(0, 1)
        self.hide()
        on_language_change(self, self._fill)

    def show_matches(self, matches: list[Match]) -> None:
        self.matches = list(matches)
        self._fill()

    def _fill(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for row, match in enumerate(self.matches):
            d = match.duplicate
            if match.kind == TYPED:
                head = self.tr("%1 and %2, both typed here, are possibly one person.")
                head = head.replace("%1", _q(d.label)).replace("%2", _q(match.typed))
            elif match.kind == LISTED:
                head = self.tr("%1 is possibly %2, who is already listed here.")
                head = head.replace("%1", _q(match.typed)).replace("%2", d.label)
            elif self.name_typed:
                head = self.tr("%1 is possibly the same as %2.").replace("%1", _q(match.typed)).replace("%2", d.label)
            else:
                head = self.tr("Possibly the same as %1.").replace("%1", d.label)
            text = QLabel(head + " " + self.tr("Why: %1.").replace("%1", explain(d.why)))
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if match.kind == EXISTING:
                use = QPushButton(self.tr("Use this person"))
                use.setAccessibleName(self.tr("Use the existing person %1").replace("%1", d.label))
                use.setToolTip(
                    self.tr("Take %1, who is already in the vault, instead of a new person.").replace("%1", d.label)
                )
            else:
                use = QPushButton(self.tr("Same person"))
                use.setAccessibleName(
                    self.tr("%1 is the same person as %2").replace("%1", match.typed).replace("%2", d.label)
                )
                use.setToolTip(
                    self.tr("Keep one person, with %1 as another spelling of the name.").replace("%1", _q(match.typed))
                )
            use.setAutoDefault(False)
            use.clicked.connect(lambda _c=False, m=match: self.use_requested.emit(m))
            self.grid.addWidget(text, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(use, row, 1, Qt.AlignmentFlag.AlignTop)
        self.setVisible(bool(self.matches))
        self.refilled.emit()

    def chain(self, before: QWidget, after: QWidget) -> None:
        """Put the buttons between ``before`` and ``after`` in the Tab order, each time they are made
        (buttons made after the form would otherwise be reached only after its last button)."""
        self._neighbours = (before, after)
        self.refilled.connect(self._chain)
        self._chain()

    def _chain(self) -> None:
        if self._neighbours is None:
            return
        chain = [self._neighbours[0], *self.buttons(), self._neighbours[1]]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        # A form gives a field the height of its size hint, which for wrapped text is computed for
        # a narrow width: ask for the height the lines need at the width actually given.
        super().resizeEvent(event)
        wanted = self.heightForWidth(self.width())
        if wanted > 0 and self.maximumHeight() != wanted:
            self.setMaximumHeight(wanted)

    def buttons(self) -> list[QPushButton]:
        return [w for i in range(self.grid.count()) if isinstance(w := self.grid.itemAt(i).widget(), QPushButton)]

    def texts(self) -> list[str]:
        out = []
        for i in range(self.grid.count()):
            widget = self.grid.itemAt(i).widget()
            if isinstance(widget, QLabel):
                out.append(widget.text())
        return out

    def purge(self) -> None:
        self.matches = []
        self._fill()
