"""The pieces every chart shares: the colours (an origin country has the
same colour on every chart, so a manager learns "blue is China" once), the
figures a chart holds (``Bar`` of ``Segment``), axis ticks and the legend."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from ree_desk.gui.qt import (
    QBrush,
    QColor,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPen,
    QPointF,
    QRectF,
    QSize,
    QSizePolicy,
    Qt,
    QWidget,
)

# Tableau's qualitative colours, without red: red means "over quota".
PALETTE = (
    "#4E79A7", "#F28E2B", "#59A14F", "#B07AA1", "#76B7B2", "#EDC948",
    "#9C755F", "#FF9DA7", "#5D6D7E", "#A0CBE8", "#8CD17D", "#D4A6C8",
)
# The origins a Chinese plant meets most keep their colour whatever else is
# on the chart; China comes first, as on the PDF report's chart.
_FIXED_ORIGINS = ("CN", "MM", "US", "AU", "LA", "MG", "BR", "VN", "MY", "IN", "RU", "ZA")

REMAINING = "#DDE3EA"
OVER = "#C0392B"
MARK = "#22313F"
MIXED = "#8C8C8C"
LEVEL_COLOURS = {
    "ok": "#2B7A4B",
    "high": "#C98A00",
    "critical": "#D9611C",
    "over": OVER,
    "unallocated": "#7F8C8D",
}
GROUP_COLOURS = {"light": "#45A5A0", "medium_heavy": "#8B6FC0"}


def country_colour(code: str | None) -> QColor:
    """The colour of an origin country, the same on every chart."""
    if not code:
        return QColor(MIXED)
    code = code.upper()
    if code in _FIXED_ORIGINS:
        index = _FIXED_ORIGINS.index(code)
    else:
        # Stable across runs (str hashes are salted); rarer origins may share.
        index = len(_FIXED_ORIGINS) + sum(ord(c) * 31 ** i for i, c in enumerate(code))
    return QColor(PALETTE[index % len(PALETTE)])


def level_colour(level: str) -> QColor:
    return QColor(LEVEL_COLOURS.get(level, LEVEL_COLOURS["ok"]))


def group_colour(group: str) -> QColor:
    return QColor(GROUP_COLOURS.get(group, MIXED))


@dataclass(frozen=True)
class Segment:
    """One coloured part of a bar; ``key`` joins segments of the same series."""

    key: str
    label: str
    value: int
    colour: str
    rest: bool = False  # "remaining": drawn quietly, listed last in the legend


@dataclass(frozen=True)
class Bar:
    label: str
    segments: tuple[Segment, ...]
    limit: int | None = None  # drawn as a mark across the bar (the allocation)
    note: str = ""            # written after the bar
    note_colour: str = ""     # the note's colour when it carries a warning
    detail: str = ""          # added to the bar's tooltips

    @property
    def total(self) -> int:
        return sum(s.value for s in self.segments if not s.rest)

    @property
    def extent(self) -> int:
        return sum(max(s.value, 0) for s in self.segments)


def nice_ticks(maximum: float, count: int = 5) -> list[float]:
    """Round axis ticks from 0 to at least ``maximum`` (1, 2, 2.5, 5 × 10^n steps)."""
    if maximum <= 0:
        return [0.0, 1.0]
    raw = maximum / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = magnitude * 10
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= raw:
            step = factor * magnitude
            break
    steps = math.ceil(maximum / step - 1e-9)
    return [i * step for i in range(steps + 1)]


def tick_text(value: float, step: float) -> str:
    decimals = 0 if step >= 1 and float(step).is_integer() else max(0, -math.floor(math.log10(step)) + 1)
    if decimals and float(round(step, decimals - 1)) == step:
        decimals -= 1
    return f"{value:,.{decimals}f}"


@dataclass
class _Hit:
    rect: QRectF
    bar: int
    segment: int


@dataclass(frozen=True)
class LegendItem:
    label: str
    colour: str
    style: str = "swatch"  # swatch | mark | over


def _legend_rows(items: Sequence[LegendItem], fm: QFontMetrics, width: float) -> list[list[tuple[float, LegendItem]]]:
    rows: list[list[tuple[float, LegendItem]]] = [[]]
    x = 0.0
    for item in items:
        w = 16 + fm.horizontalAdvance(item.label) + 18
        if x > 0 and x + w > width:
            rows.append([])
            x = 0.0
        rows[-1].append((x, item))
        x += w
    return [r for r in rows if r]


def legend_height(items: Sequence[LegendItem], fm: QFontMetrics, width: float) -> int:
    rows = _legend_rows(items, fm, width)
    return int(len(rows) * (fm.height() + 4) + (6 if rows else 0))


def paint_legend(p: QPainter, items: Sequence[LegendItem], rect: QRectF, text: QColor) -> None:
    """Swatches and names in rows, each row centred (where the eye expects a key)."""
    fm = p.fontMetrics()
    line_h = fm.height() + 4
    y = rect.top() + 6
    for row in _legend_rows(items, fm, rect.width()):
        last_x, last = row[-1]
        row_w = last_x + 16 + fm.horizontalAdvance(last.label)
        left = rect.left() + max(0.0, (rect.width() - row_w) / 2)
        for x, item in row:
            cy = y + line_h / 2
            box = QRectF(left + x, cy - 5, 11, 11)
            if item.style == "mark":
                p.setPen(QPen(QColor(item.colour), 2))
                p.drawLine(QPointF(box.center().x(), box.top() - 1), QPointF(box.center().x(), box.bottom() + 1))
            elif item.style == "over":
                _paint_over(p, box)
            else:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(item.colour))
                p.drawRoundedRect(box, 2, 2)
            p.setPen(text)
            p.drawText(QRectF(box.right() + 5, y, fm.horizontalAdvance(item.label) + 4, line_h),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, item.label)
        y += line_h


def legend_for(bars: Sequence[Bar], *, mark: str = "", over: str = "") -> list[LegendItem]:
    """The key of some bars: each series once, in order of appearance, what is
    left last; the limit mark and the over-limit hatch when they are drawn."""
    series: dict[str, LegendItem] = {}
    rest: dict[str, LegendItem] = {}
    for bar in bars:
        for s in bar.segments:
            (rest if s.rest else series).setdefault(s.key, LegendItem(s.label, s.colour))
    items = list(series.values()) + list(rest.values())
    if mark and any(b.limit is not None for b in bars):
        items.append(LegendItem(mark, MARK, "mark"))
    if over and any(b.limit is not None and b.total > b.limit for b in bars):
        items.append(LegendItem(over, OVER, "over"))
    return items


def _muted(widget: QWidget, alpha: int = 150) -> QColor:
    colour = QColor(widget.palette().color(widget.foregroundRole()))
    colour.setAlpha(alpha)
    return colour


class ChartLegend(QWidget):
    """A key shared by several charts (the dashboard's quota cards)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._items: list[LegendItem] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_items(self, items: Sequence[LegendItem]) -> None:
        self._items = list(items)
        self.updateGeometry()
        self.update()

    def items(self) -> list[LegendItem]:
        return list(self._items)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return legend_height(self._items, self.fontMetrics(), width)

    def sizeHint(self) -> QSize:
        return QSize(400, legend_height(self._items, self.fontMetrics(), max(self.width(), 400)))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_legend(p, self._items, QRectF(self.rect()).adjusted(0, -4, 0, 0),
                     self.palette().color(self.foregroundRole()))

def _paint_over(p: QPainter, rect: QRectF) -> None:
    p.save()
    tint = QColor(OVER)
    tint.setAlpha(60)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(tint)
    p.drawRect(rect)
    p.setBrush(QBrush(QColor(OVER), Qt.BrushStyle.BDiagPattern))
    p.drawRect(rect)
    p.restore()
