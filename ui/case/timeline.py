"""The timeline picture: events over time, fuzzy dates drawn as ranges, for everyone or one person."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QToolTip, QVBoxLayout, QWidget

from app.views.events import EventIndex
from ui import fmt
from ui.case.base import CaseTab
from ui.case.events import PersonFilter
from ui.i18n import counted, on_language_change, set_texts
from ui.session import Session
from ui.widgets import label, note, quiet

LABEL_LIMIT = 600  # above this many events in view, draw density instead of labelled bars
BAR_H = 18
LANE_GAP = 6
AXIS_H = 34


@dataclass
class Bar:
    rowid: int
    start: int
    end: int
    lane: int = 0
    title: str = ""
    event_id: str = ""
    label: str = ""
    rect: QRectF | None = None
    label_left: bool = False


ZOOMS = (
    (QT_TRANSLATE_NOOP("TimelineTab", "Whole case"), None),
    (QT_TRANSLATE_NOOP("TimelineTab", "Last 5 years"), 5 * 366),
    (QT_TRANSLATE_NOOP("TimelineTab", "Last 12 months"), 366),
    (QT_TRANSLATE_NOOP("TimelineTab", "Last 3 months"), 92),
)


class TimelineCanvas(QWidget):
    clicked = Signal(str)  # event id

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.bars: list[Bar] = []
        self.starts: list[int] = []
        self.lo = self.hi = 0
        self.hidden = 0
        self.density: list[int] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(240)
        set_texts(self, accessibleName=lambda: self.tr("Timeline of events"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_bars(self, bars: list[Bar], lo: int, hi: int) -> None:
        self.bars, self.starts, self.lo, self.hi = bars, [], lo, max(hi, lo + 1)
        self._layout()
        self.update()

    def set_starts(self, starts: list[int], lo: int, hi: int) -> None:
        """Too many events for bars: draw how many start in each pixel column."""
        self.bars, self.starts, self.lo, self.hi = [], starts, lo, max(hi, lo + 1)
        self._layout()
        self.update()

    def purge(self) -> None:
        self.bars, self.starts, self.density, self.hidden = [], [], [], 0
        self.update()

    def _x(self, ordinal: float) -> float:
        margin = 16
        span = self.hi - self.lo
        return margin + (ordinal - self.lo) / span * (self.width() - 2 * margin)

    def _layout(self) -> None:
        lanes_end: list[float] = []
        max_lanes = max(1, (self.height() - AXIS_H - 10) // (BAR_H + LANE_GAP))
        self.hidden = 0
        self.density = []
        if self.starts:
            width = max(1, self.width())
            density = [0] * width
            scale = (width - 32) / (self.hi - self.lo)
            lo = self.lo
            for start in self.starts:
                x = int(16 + (start - lo) * scale)
                if 0 <= x < width:
                    density[x] += 1
            self.density = density
            return
        metrics = self.fontMetrics()
        for b in sorted(self.bars, key=lambda b: (b.start, b.end)):
            x0 = self._x(b.start)
            x1 = max(self._x(b.end + 1), x0 + 6)
            text_w = metrics.horizontalAdvance(b.label) + 8 if b.label else 0
            text_x = (x0 + 12) if b.start == b.end else (x1 + 6)
            b.label_left = bool(text_w) and text_x + text_w > self.width() - 4 and x0 - 8 - text_w > 0
            left = x0 - 8 - text_w if b.label_left else x0
            right = x1 if b.label_left else min(max(x1, text_x + text_w), self.width() - 4)
            lane = next((i for i, end in enumerate(lanes_end) if end + 4 < left), None)
            if lane is None:
                if len(lanes_end) >= max_lanes:
                    b.rect = None
                    self.hidden += 1
                    continue
                lanes_end.append(right)
                lane = len(lanes_end) - 1
            else:
                lanes_end[lane] = right
            b.lane = lane
            y = 8 + lane * (BAR_H + LANE_GAP)
            b.rect = QRectF(x0, y, x1 - x0, BAR_H)

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        self._layout()
        super().resizeEvent(event)  # type: ignore[arg-type]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        self._axis(painter, pal)
        text_color = pal.color(QPalette.ColorRole.Text)
        accent = pal.color(QPalette.ColorRole.Highlight)
        if self.density:
            peak = max(self.density) or 1
            h = self.height() - AXIS_H - 16
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
            for x, n in enumerate(self.density):
                if n:
                    bar_h = max(1.0, h * n / peak)
                    painter.drawRect(QRectF(x, 8 + h - bar_h, 1, bar_h))
            painter.setPen(text_color)
            painter.drawText(QPointF(12, 20), counted.density(len(self.starts)))
            return
        fuzzy_fill = QColor(accent)
        fuzzy_fill.setAlpha(70)
        metrics = self.fontMetrics()
        for b in self.bars:
            if b.rect is None:
                continue
            exact = b.start == b.end
            painter.setPen(QPen(accent, 1.2, Qt.PenStyle.SolidLine if exact else Qt.PenStyle.DashLine))
            painter.setBrush(accent if exact else fuzzy_fill)
            if exact:
                c = b.rect.center()
                painter.drawEllipse(QPointF(b.rect.left() + 3, c.y()), 5, 5)
            else:
                painter.drawRoundedRect(b.rect, 4, 4)
            if b.label:
                painter.setPen(text_color)
                baseline = b.rect.center().y() + metrics.ascent() / 2 - 1
                if b.label_left:
                    width = metrics.horizontalAdvance(b.label)
                    painter.drawText(QPointF(b.rect.left() - 6 - width, baseline), b.label)
                    continue
                tx = b.rect.right() + 6 if not exact else b.rect.left() + 12
                room = self.width() - tx - 4
                painter.drawText(
                    QPointF(tx, baseline), metrics.elidedText(b.label, Qt.TextElideMode.ElideRight, int(max(room, 0)))
                )
        if self.hidden:
            painter.setPen(text_color)
            painter.drawText(
                QPointF(12, self.height() - AXIS_H - 4),
                counted.more_events(self.hidden),
            )

    def _axis(self, painter: QPainter, pal: QPalette) -> None:
        y = self.height() - AXIS_H + 6
        muted = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        painter.setPen(QPen(muted, 1))
        painter.drawLine(QPointF(8, y), QPointF(self.width() - 8, y))
        lo, hi = dt.date.fromordinal(self.lo), dt.date.fromordinal(min(self.hi, dt.date.max.toordinal()))
        days = (hi - lo).days
        ticks: list[tuple[dt.date, str]] = []
        if days > 3 * 366:
            step = max(1, (days // 366) // 10)
            ticks = [(dt.date(y_, 1, 1), str(y_)) for y_ in range(lo.year + 1, hi.year + 1, step)]
        else:
            month_step = 1 if days <= 200 else 2 if days <= 400 else 3
            d = dt.date(lo.year, lo.month, 1)
            while d <= hi:
                if d >= lo and (d.month - 1) % month_step == 0:
                    ticks.append((d, fmt.month_year(d.month, d.year)))
                d = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        painter.setPen(muted)
        metrics = self.fontMetrics()
        for d, text in ticks:
            x = self._x(d.toordinal())
            painter.drawLine(QPointF(x, y - 4), QPointF(x, y + 4))
            if x + 3 + metrics.horizontalAdvance(text) < self.width() - 2:
                painter.drawText(QPointF(x + 3, y + 18), text)
        grid = QColor(muted)
        grid.setAlpha(40)
        painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
        for d, _ in ticks:
            x = self._x(d.toordinal())
            painter.drawLine(QPointF(x, 4), QPointF(x, y - 4))

    def bar_at(self, pos: QPointF) -> Bar | None:
        for b in self.bars:
            if b.rect is not None and b.rect.adjusted(-4, -3, 4, 3).contains(pos):
                return b
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        b = self.bar_at(event.position())
        if b is not None:
            when = fmt.fuzzy(
                {
                    "start": dt.date.fromordinal(b.start).isoformat(),
                    "end": dt.date.fromordinal(b.end).isoformat(),
                    "precision": "days",
                    "certainty": "exact",
                }
            )
            QToolTip.showText(event.globalPosition().toPoint(), f"{b.title}\n{when}", self)
        else:
            QToolTip.hideText()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        b = self.bar_at(event.position())
        if b is not None and b.event_id:
            self.clicked.emit(b.event_id)


class TimelineTab(CaseTab):
    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.index_: EventIndex | None = None
        self.canvas = TimelineCanvas(session)
        self.who = PersonFilter(session, lambda: self.tr("Show the timeline of"))
        self.zoom = QComboBox()
        set_texts(self.zoom, accessibleName=lambda: self.tr("Time span"))
        for title, days in ZOOMS:
            self.zoom.addItem(title, days)
        self._title_zooms()
        on_language_change(self.zoom, self._title_zooms)
        self.zoom.setCurrentIndex(2)
        self.legend = quiet(
            note(
                lambda: self.tr(
                    "● a known day    ▭ dashed: a fuzzy date (a range such as "
                    "“late November 2025”)    click an event to open it"
                )
            )
        )
        self.who.currentIndexChanged.connect(self.refresh)
        self.zoom.currentIndexChanged.connect(self.refresh)
        self.canvas.clicked.connect(lambda eid: self.open_entity.emit("events", eid))
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label(lambda: self.tr("Show:")))
        row.addWidget(self.who)
        row.addWidget(label(lambda: self.tr("Span:")))
        row.addWidget(self.zoom)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.legend)

    def _title_zooms(self) -> None:
        for i, (title, _days) in enumerate(ZOOMS):
            self.zoom.setItemText(i, QCoreApplication.translate("TimelineTab", title))

    def load(self, case_id: str) -> None:
        super().load(case_id)
        self.who.fill(case_id)
        self.refresh()

    def set_event_index(self, index: EventIndex) -> None:
        self.index_ = index
        if self.loaded:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        if self.index_ is None or self.case_id is None or not self.session.alive:
            return
        index = self.index_
        only = self.who.events(self.case_id)
        dated = index.dated()
        if only is None:
            picked = range(dated)
        else:
            picked = [i for i in range(dated) if index.rowids[i] in only]
        if not picked:
            self.canvas.set_bars([], 0, 1)
            return
        starts, ends = index.starts, index.ends
        latest = max(ends[i] for i in picked) if only is not None else max(ends[:dated])
        earliest = starts[picked[0]]
        days = self.zoom.currentData()
        lo = earliest if days is None else max(earliest, latest - days)
        hi = latest + 1
        pad = max(3, (hi - lo) // 40)
        lo, hi = lo - pad, hi + pad
        visible = [i for i in picked if ends[i] >= lo and starts[i] <= hi]
        if len(visible) > LABEL_LIMIT:
            self.canvas.set_starts([starts[i] for i in visible], lo, hi)
            return
        bars = [Bar(index.rowids[i], starts[i], ends[i]) for i in visible]
        if len(bars) <= LABEL_LIMIT:
            events = self.session.views.events.load([b.rowid for b in bars], with_acts=False)
            rows = {e.rowid: e for e in events}
            for b in bars:
                row = rows.get(b.rowid)
                if row:
                    b.title, b.event_id = row.title, row.id
                    b.label = row.title
        self.canvas.set_bars(bars, lo, hi)

    def purge(self) -> None:
        super().purge()
        self.index_ = None
        self.canvas.purge()
        self.who.purge()
