"""The timeline picture: events on a time axis, fuzzy dates drawn as ranges.

Events far apart in time (a 2017 move, a 2025 arrest) would crush each other
on one linear axis, so the events are split into periods at long gaps and each
period gets its own chart and axis. Labels are placed in lanes so they never
overlap; each carries the event's number in the chronology.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.report.fonts import BOLD, REGULAR

GAP_DAYS = 730  # a pause longer than this starts a new chart
MAX_PER_CHART = 24
LANE_H = 12.5
LABEL_SIZE = 6.8
MAX_LABEL_W = 175.0
AXIS_TOP = 22.0

INK = colors.HexColor("#1f3147")
RANGE_FILL = colors.HexColor("#a9bed3")
AXIS = colors.HexColor("#6b7785")


@dataclass(frozen=True)
class TimelineItem:
    number: int
    label: str
    start: dt.date
    end: dt.date
    exact: bool  # known to the day (a dot) rather than a range (a bar)


def split_periods(items: list[TimelineItem]) -> list[list[TimelineItem]]:
    items = sorted(items, key=lambda i: (i.start, i.end, i.number))
    periods: list[list[TimelineItem]] = []
    last_end: dt.date | None = None
    for item in items:
        if (
            not periods
            or len(periods[-1]) >= MAX_PER_CHART
            or (last_end is not None and (item.start - last_end).days > GAP_DAYS)
        ):
            periods.append([])
            last_end = None
        periods[-1].append(item)
        last_end = item.end if last_end is None else max(last_end, item.end)
    return periods


def _fit(text: str, width: float) -> str:
    if stringWidth(text, REGULAR, LABEL_SIZE) <= width:
        return text
    while text and stringWidth(text + "…", REGULAR, LABEL_SIZE) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _ticks(lo: dt.date, hi: dt.date) -> list[tuple[dt.date, str]]:
    span = (hi - lo).days
    ticks: list[tuple[dt.date, str]] = []
    if span > 3 * 366:
        for year in range(lo.year + (lo.month > 1 or lo.day > 1), hi.year + 1):
            ticks.append((dt.date(year, 1, 1), str(year)))
        step = max(1, len(ticks) // 10)
        return ticks[::step]
    months = span / 30.4
    step = 1 if months <= 14 else 2 if months <= 28 else 3
    y, m = lo.year, lo.month
    while True:
        m += 1
        if m > 12:
            y, m = y + 1, 1
        d = dt.date(y, m, 1)
        if d > hi:
            break
        if (m - 1) % step == 0:
            ticks.append((d, f"{m:02d}.{y}"))
    return ticks


def period_drawing(items: list[TimelineItem], width: float) -> Drawing:
    """One chart for one period."""
    lo = min(i.start for i in items)
    hi = max(i.end for i in items)
    pad = max(5, (hi - lo).days // 30)
    lo, hi = lo - dt.timedelta(days=pad), hi + dt.timedelta(days=pad)
    left, right = 8.0, width - 8.0
    span = max(1, (hi - lo).days)

    def x_of(d: dt.date) -> float:
        return left + (right - left) * (d - lo).days / span

    lanes: list[float] = []  # right edge of what each lane holds
    placed: list[tuple[TimelineItem, int, float, float, float, str, str]] = []
    for item in items:
        x1, x2 = x_of(item.start), x_of(item.end)
        if item.exact or x2 - x1 < 3:
            mid = (x1 + x2) / 2
            x1, x2 = mid - 2.5, mid + 2.5
        text = _fit(f"{item.number}. {item.label}", MAX_LABEL_W)
        tw = stringWidth(text, REGULAR, LABEL_SIZE)
        if x2 + 3 + tw <= right:
            anchor, tx, occ_l, occ_r = "start", x2 + 3, x1, x2 + 3 + tw
        elif x1 - 3 - tw >= left:
            anchor, tx, occ_l, occ_r = "end", x1 - 3, x1 - 3 - tw, x2
        else:  # a long bar: the label goes on the bar itself
            tx = max(left, x1) + 3
            anchor, occ_l, occ_r = "start", x1, max(x2, tx + tw)
        lane = next((n for n, edge in enumerate(lanes) if edge + 6 < occ_l), None)
        if lane is None:
            lanes.append(occ_r)
            lane = len(lanes) - 1
        else:
            lanes[lane] = occ_r
        placed.append((item, lane, x1, x2, tx, anchor, text))

    height = AXIS_TOP + 8 + len(lanes) * LANE_H
    d = Drawing(width, height)
    # The renderer otherwise starts each drawing in Helvetica, an unembedded base font.
    d.initialFontName = REGULAR
    d.initialFontSize = LABEL_SIZE
    axis_y = height - AXIS_TOP
    d.add(Line(left, axis_y, right, axis_y, strokeColor=AXIS, strokeWidth=0.8))
    for tick, text in _ticks(lo, hi):
        x = x_of(tick)
        d.add(Line(x, axis_y - 2, x, axis_y + 2, strokeColor=AXIS, strokeWidth=0.6))
        d.add(Line(x, axis_y - 2, x, 2, strokeColor=colors.HexColor("#e3e7ec"), strokeWidth=0.4))
        d.add(String(x, axis_y + 5, text, fontName=REGULAR, fontSize=6.3, fillColor=AXIS, textAnchor="middle"))
    for item, lane, x1, x2, tx, anchor, text in placed:
        y = axis_y - 10 - lane * LANE_H
        if item.exact:
            d.add(Circle((x1 + x2) / 2, y, 2.6, fillColor=INK, strokeColor=INK, strokeWidth=0.5))
        else:
            d.add(Rect(x1, y - 2.6, x2 - x1, 5.2, fillColor=RANGE_FILL, strokeColor=INK, strokeWidth=0.5))
        d.add(String(tx, y - 2.3, text, fontName=REGULAR, fontSize=LABEL_SIZE, fillColor=colors.black,
                     textAnchor=anchor))  # fmt: skip
    # The period's years, bold, at the left above the axis.
    years = f"{lo.year}" if lo.year == hi.year else f"{lo.year}–{hi.year}"
    d.add(String(left, height - 7, years, fontName=BOLD, fontSize=7, fillColor=INK))
    return d


def timeline_drawings(items: list[TimelineItem], width: float) -> list[Drawing]:
    return [period_drawing(p, width) for p in split_periods(items) if p]
