"""Charts drawn with QPainter: stacked bars (horizontal), stacked columns
(months) and a percent gauge.

QtCharts is not part of PySide6-Essentials, and these few charts need
little: each chart holds plain figures (``Bar`` of ``Segment``) that tests
read back with ``bars()``, paints them with the widget's font and palette,
and tells the exact figure of a segment in its tooltip.

An origin country has the same colour on every chart of the program
(``country_colour``), so a manager learns "blue is China" once.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from ree_desk.gui.qt import (
    QColor,
    QCoreApplication,
    QEvent,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPointF,
    QRectF,
    QSize,
    QSizePolicy,
    Qt,
    QToolTip,
    QWidget,
)

from ree_desk.gui.widgets.chart_parts import (  # re-exported: screens import charts from here
    _paint_over,
    Bar,
    ChartLegend,
    GROUP_COLOURS,
    LEVEL_COLOURS,
    LegendItem,
    MARK,
    MIXED,
    OVER,
    PALETTE,
    REMAINING,
    Segment,
    _Hit,
    _muted,
    country_colour,
    group_colour,
    legend_for,
    legend_height,
    level_colour,
    nice_ticks,
    paint_legend,
    tick_text,
)


class _StackedChart(QWidget):
    """What the bar and the column chart share: figures, value format,
    legend, hover and tooltips."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._format: Callable[[int], str] = str
        self._scale = 1
        self._axis_title = ""
        self._empty_text = ""
        self._mark_label = ""
        self._over_label = ""
        self._hits: list[_Hit] = []
        self._hover: tuple[int, int] | None = None
        self.show_legend = True
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # figures -----------------------------------------------------------
    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = list(bars)
        self._hover = None
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def set_value_format(self, fmt: Callable[[int], str], *, scale: int = 1, axis_title: str = "") -> None:
        """``fmt`` writes a value in tooltips; axis ticks show value / ``scale``."""
        self._format, self._scale, self._axis_title = fmt, max(scale, 1), axis_title
        self.update()

    def set_texts(self, *, empty: str = "", mark: str = "", over: str = "") -> None:
        """Texts in the current language: no data, the limit mark, over the limit."""
        self._empty_text, self._mark_label, self._over_label = empty, mark, over
        self.update()

    def legend(self) -> list[LegendItem]:
        return legend_for(self._bars, mark=self._mark_label, over=self._over_label)

    def _has_data(self) -> bool:
        return any(s.value for b in self._bars for s in b.segments)

    def _value_max(self) -> int:
        top = 0
        for b in self._bars:
            top = max(top, b.extent, b.limit or 0)
        return top

    def _legend_height(self, width: float) -> float:
        return legend_height(self.legend(), self.fontMetrics(), width) if self.show_legend else 0

    def _paint_legend(self, p: QPainter, rect: QRectF) -> None:
        if self.show_legend:
            paint_legend(p, self.legend(), rect, self.palette().color(self.foregroundRole()))

    def _paint_empty(self, p: QPainter) -> None:
        p.setPen(_muted(self))
        p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._empty_text)

    def _paint_segments(self, p: QPainter, bar_index: int, rects: list[QRectF], outline: QRectF,
                        radius: float) -> None:
        bar = self._bars[bar_index]
        clip = QPainterPath()
        clip.addRoundedRect(outline, radius, radius)
        p.save()
        p.setClipPath(clip)
        p.setPen(Qt.PenStyle.NoPen)
        for i, (seg, rect) in enumerate(zip(bar.segments, rects)):
            if rect.isEmpty():
                continue
            colour = QColor(seg.colour)
            if self._hover == (bar_index, i):
                colour = colour.darker(118)
            p.setBrush(colour)
            p.drawRect(rect)
            self._hits.append(_Hit(rect, bar_index, i))
        p.restore()

    # hover and tooltips ------------------------------------------------------
    def segment_rect(self, bar: int, segment: int) -> QRectF | None:
        """Where a segment was last painted (None if it was not)."""
        for hit in self._hits:
            if (hit.bar, hit.segment) == (bar, segment):
                return QRectF(hit.rect)
        return None

    def _hit_at(self, pos: QPointF) -> _Hit | None:
        for hit in self._hits:
            if hit.rect.adjusted(-1, -2, 1, 2).contains(pos):
                return hit
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self._hit_at(event.position())
        hover = (hit.bar, hit.segment) if hit else None
        if hover != self._hover:
            self._hover = hover
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover is not None:
            self._hover = None
            self.update()
        super().leaveEvent(event)

    def tooltip_at(self, pos: QPointF) -> str:
        hit = self._hit_at(pos)
        if hit is None:
            return ""
        bar = self._bars[hit.bar]
        seg = bar.segments[hit.segment]
        lines = [f"<b>{_esc(bar.label)}</b>", f"{_esc(seg.label)}: <b>{_esc(self._format(seg.value))}</b>"]
        if not seg.rest and bar.total and len([s for s in bar.segments if not s.rest]) > 1:
            share = seg.value * 1000 // bar.total
            lines[-1] += f" ({share // 10}.{share % 10} %)"
            lines.append(QCoreApplication.translate("Charts", "Total: {total}").format(
                total=_esc(self._format(bar.total))))
        if bar.detail:
            lines.append(_esc(bar.detail))
        return "<br>".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event: QHelpEvent = event
            text = self.tooltip_at(QPointF(help_event.pos()))
            if text:
                QToolTip.showText(help_event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")



class StackedBarChart(_StackedChart):
    """Horizontal bars, one per row, stacked; an optional limit mark per bar
    (the allocation) with the part beyond it hatched red.

    ``relative``: every bar is drawn against its own limit, so quotas of very
    different sizes compare as shares (the axis reads percent). ``compact``:
    a single bar filling the widget, no labels, axis or legend (the
    dashboard's quota cards). ``notes_above``: names and notes share a line
    above each bar, leaving the bars the whole width (long figures as notes).
    """

    ROW_MAX = 26

    def __init__(self, parent: QWidget | None = None, *, relative: bool = False, compact: bool = False,
                 notes_above: bool = False):
        super().__init__(parent)
        self.relative = relative
        self.compact = compact
        self.notes_above = notes_above
        if compact:
            self.show_legend = False
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.setFixedHeight(14)

    def sizeHint(self) -> QSize:
        if self.compact:
            return QSize(160, 14)
        fm = self.fontMetrics()
        rows = max(len(self._bars), 1)
        return QSize(480, int(rows * (self.ROW_MAX + 10) + fm.height() + 8 + self._legend_height(480)))

    def minimumSizeHint(self) -> QSize:
        if self.compact:
            return QSize(60, 10)
        rows = max(len(self._bars), 1)
        return QSize(260, int(rows * 22 + self.fontMetrics().height() * 3 + 12))

    def _reference(self, bar: Bar) -> int:
        """What 100 % of the axis is for a bar in relative mode."""
        return bar.limit if bar.limit else max(bar.extent, 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._hits = []
        if not self._has_data() and not any(b.limit for b in self._bars):
            if not self.compact:
                self._paint_empty(p)
            return
        fm = self.fontMetrics()
        if self.compact:
            area = QRectF(self.rect()).adjusted(1, 0, -1, 0)
            label_w = note_w = axis_h = legend_h = 0.0
            labels_above = False
        else:
            area = QRectF(self.rect()).adjusted(4, 4, -8, -2)
            label_w = max(fm.horizontalAdvance(b.label) for b in self._bars) + 14
            # Long names in a narrow chart go above their bars rather than be cut.
            labels_above = self.notes_above or label_w > area.width() * 0.34
            if labels_above:
                label_w = 0.0
            note_w = 0 if self.notes_above else max([fm.horizontalAdvance(b.note) for b in self._bars] + [0])
            note_w = note_w + 14 if note_w else 6
            legend_h = self._legend_height(area.width())
            axis_h = fm.height() + 6 + (fm.height() if self._axis_title else 0)
        plot = QRectF(area.left() + label_w, area.top(), area.width() - label_w - note_w,
                      area.height() - axis_h - legend_h)
        if plot.width() < 20 or plot.height() < 6:
            return
        if self.relative:
            ratio = max(max(b.extent, b.limit or 0) / self._reference(b) for b in self._bars)
            ticks = nice_ticks(ratio * 100, 4) if ratio > 1 else [0, 25, 50, 75, 100]
            top_ratio = max(ratio, 1.0) if self.compact else ticks[-1] / 100
        else:
            top_value = self._value_max() / self._scale
            # As many ticks as fit side by side with room between them.
            widest = fm.horizontalAdvance(tick_text(top_value, 1)) + 24
            ticks = nice_ticks(top_value, max(1, min(5, int(plot.width() // widest) - 1)))
            top_ratio = 0.0

        def width_of(bar: Bar, value: float) -> float:
            if self.relative:
                return plot.width() * max(value, 0) / self._reference(bar) / top_ratio
            return plot.width() * max(value, 0) / (ticks[-1] * self._scale)

        if not self.compact:
            self._paint_value_axis(p, plot, ticks)
        row_h = plot.height() / max(len(self._bars), 1)
        if self.compact:
            bar_h = plot.height()
        elif labels_above:
            bar_h = max(min((row_h - fm.height() - 4) * 0.7, self.ROW_MAX), 4)
        else:
            bar_h = min(row_h * 0.62, self.ROW_MAX)
        for i, bar in enumerate(self._bars):
            if labels_above:
                label_top = plot.top() + row_h * i + (row_h - fm.height() - 4 - bar_h) / 2
                cy = label_top + fm.height() + 4 + bar_h / 2
                p.setPen(self.palette().color(self.foregroundRole()))
                label = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(plot.width()))
                p.drawText(QRectF(plot.left(), label_top, plot.width(), fm.height()),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            else:
                cy = plot.top() + row_h * (i + 0.5)
            if label_w:
                p.setPen(self.palette().color(self.foregroundRole()))
                label = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_w - 10))
                p.drawText(QRectF(area.left(), cy - row_h / 2, label_w - 10, row_h),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            if self.compact or self.relative:
                # The whole allocation as a faint track, so an empty quota still shows its size.
                track = QPainterPath()
                track.addRoundedRect(QRectF(plot.left(), cy - bar_h / 2, width_of(bar, self._reference(bar)), bar_h),
                                     3, 3)
                p.fillPath(track, QColor(REMAINING).lighter(104))
            rects, x = [], plot.left()
            for seg in bar.segments:
                w = width_of(bar, seg.value)
                rects.append(QRectF(x, cy - bar_h / 2, w, bar_h))
                x += w
            self._paint_segments(p, i, rects, QRectF(plot.left(), cy - bar_h / 2, x - plot.left(), bar_h), 3)
            if bar.limit and (bar.total > bar.limit or not self.compact):
                lx = plot.left() + width_of(bar, bar.limit)
                if bar.total > bar.limit:
                    _paint_over(p, QRectF(lx, cy - bar_h / 2, plot.left() + width_of(bar, bar.total) - lx, bar_h))
                reach = 0 if self.compact else 4
                p.setPen(QPen(QColor(MARK), 2))
                p.drawLine(QPointF(lx, cy - bar_h / 2 - reach), QPointF(lx, cy + bar_h / 2 + reach))
            if bar.note and not self.compact:
                p.setPen(QColor(bar.note_colour) if bar.note_colour else self.palette().color(self.foregroundRole()))
                font = p.font()
                font.setBold(True)
                p.setFont(font)
                if self.notes_above:
                    p.drawText(QRectF(plot.left(), cy - bar_h / 2 - fm.height() - 4, plot.width(), fm.height()),
                               Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, bar.note)
                else:
                    p.drawText(QRectF(plot.right() + 10, cy - row_h / 2, note_w, row_h),
                               Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bar.note)
                font.setBold(False)
                p.setFont(font)
        if not self.compact:
            self._paint_legend(p, QRectF(area.left(), plot.bottom() + axis_h, area.width(), legend_h))

    def _paint_value_axis(self, p: QPainter, plot: QRectF, ticks: list[float]) -> None:
        fm = self.fontMetrics()
        step = ticks[1] - ticks[0]
        for n, t in enumerate(ticks):
            x = plot.left() + plot.width() * n / (len(ticks) - 1)
            p.setPen(QPen(_muted(self, 28), 1))
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            text = f"{tick_text(t, step)} %" if self.relative else tick_text(t, step)
            w = fm.horizontalAdvance(text)
            # The end labels stay inside the plot's width.
            left = min(max(x - w / 2, plot.left() - 4), plot.right() + 4 - w)
            p.setPen(_muted(self))
            p.drawText(QRectF(left, plot.bottom() + 3, w + 2, fm.height()), Qt.AlignmentFlag.AlignLeft, text)
        if self._axis_title:
            p.drawText(QRectF(plot.left(), plot.bottom() + 3 + fm.height(), plot.width(), fm.height()),
                       Qt.AlignmentFlag.AlignCenter, self._axis_title)


class ColumnChart(_StackedChart):
    """Vertical stacked columns, one per category (the months of a year)."""

    COLUMN_MAX = 40

    def sizeHint(self) -> QSize:
        return QSize(520, 260)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, 180)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._hits = []
        if not self._has_data():
            self._paint_empty(p)
            return
        fm = QFontMetrics(self.font())
        area = QRectF(self.rect()).adjusted(4, 4, -8, -2)
        ticks = nice_ticks(self._value_max() / self._scale)
        step = ticks[1] - ticks[0]
        labels = [tick_text(t, step) for t in ticks]
        axis_w = max(fm.horizontalAdvance(t) for t in labels) + 10
        legend_h = self._legend_height(area.width())
        title_h = fm.height() + 6 if self._axis_title else 4
        plot = QRectF(area.left() + axis_w, area.top() + title_h, area.width() - axis_w,
                      area.height() - title_h - fm.height() - 8 - legend_h)
        if plot.width() < 40 or plot.height() < 30:
            return
        top = ticks[-1] * self._scale

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * max(value, 0) / top

        if self._axis_title:
            p.setPen(_muted(self))
            p.drawText(QRectF(area.left(), area.top(), area.width(), fm.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._axis_title)
        for t, text in zip(ticks, labels):
            y = y_of(t * self._scale)
            p.setPen(QPen(_muted(self, 28), 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(_muted(self))
            p.drawText(QRectF(area.left(), y - fm.height() / 2, axis_w - 8, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)

        slot = plot.width() / len(self._bars)
        col_w = min(slot * 0.64, self.COLUMN_MAX)
        for i, bar in enumerate(self._bars):
            cx = plot.left() + slot * (i + 0.5)
            p.setPen(_muted(self))
            label = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(slot))
            p.drawText(QRectF(cx - slot / 2, plot.bottom() + 4, slot, fm.height()), Qt.AlignmentFlag.AlignCenter, label)
            rects, y = [], plot.bottom()
            for seg in bar.segments:
                h = plot.height() * max(seg.value, 0) / top
                rects.append(QRectF(cx - col_w / 2, y - h, col_w, h))
                y -= h
            # Rounded at the top only: the column stands on the axis.
            outline = QRectF(cx - col_w / 2, y, col_w, plot.bottom() - y + 4)
            self._paint_segments(p, i, rects, outline, 3)
        p.setPen(QPen(_muted(self), 1))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        self._paint_legend(p, QRectF(area.left(), plot.bottom() + fm.height() + 6, area.width(), legend_h))


@dataclass(frozen=True)
class GaugeValue:
    bp: int | None          # hundredths of a percent; None: nothing to measure against
    colour: str
    centre: str = ""        # big text in the middle
    caption: str = ""       # small text under it
    tooltip: str = ""


class DonutGauge(QWidget):
    """A ring filled to a percentage, the percentage in its middle."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._value = GaugeValue(None, LEVEL_COLOURS["ok"])
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(92, 92)

    def set_value(self, value: GaugeValue) -> None:
        self._value = value
        self.setToolTip(value.tooltip)
        self.update()

    def value(self) -> GaugeValue:
        return self._value

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        ring = max(side * 0.12, 6)
        box = QRectF((self.width() - side) / 2 + ring / 2, (self.height() - side) / 2 + ring / 2,
                     side - ring, side - ring)
        track = QColor(REMAINING)
        p.setPen(QPen(track, ring, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        p.drawEllipse(box)
        bp = self._value.bp
        if bp is not None and bp > 0:
            span = min(bp, 10000) / 10000 * 360
            cap = Qt.PenCapStyle.FlatCap if span >= 360 else Qt.PenCapStyle.RoundCap
            p.setPen(QPen(QColor(self._value.colour), ring, Qt.PenStyle.SolidLine, cap))
            p.drawArc(box, 90 * 16, -int(span * 16))
            if bp > 10000:
                # Beyond the allocation: a second, thin turn shows how far.
                inner = box.adjusted(ring * 0.9, ring * 0.9, -ring * 0.9, -ring * 0.9)
                p.setPen(QPen(QColor(OVER), max(ring * 0.35, 2), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
                p.drawArc(inner, 90 * 16, -int(min(bp - 10000, 10000) / 10000 * 360 * 16))
        font = p.font()
        font.setBold(True)
        font.setPixelSize(max(int(side * 0.19), 9))
        p.setFont(font)
        p.setPen(self.palette().color(self.foregroundRole()))
        centre = QRectF(0, 0, self.width(), self.height())
        caption_h = side * 0.16 if self._value.caption else 0
        p.drawText(centre.adjusted(0, -caption_h, 0, -caption_h * 0.2), Qt.AlignmentFlag.AlignCenter,
                   self._value.centre)
        if self._value.caption:
            font.setBold(False)
            font.setPixelSize(max(int(side * 0.12), 8))
            p.setFont(font)
            muted = QColor(self.palette().color(self.foregroundRole()))
            muted.setAlpha(150)
            p.setPen(muted)
            p.drawText(centre.adjusted(0, caption_h * 1.4, 0, 0), Qt.AlignmentFlag.AlignCenter, self._value.caption)

__all__ = [
    "Bar",
    "ChartLegend",
    "GROUP_COLOURS",
    "LEVEL_COLOURS",
    "LegendItem",
    "MARK",
    "MIXED",
    "OVER",
    "PALETTE",
    "REMAINING",
    "Segment",
    "country_colour",
    "group_colour",
    "legend_for",
    "legend_height",
    "level_colour",
    "nice_ticks",
    "paint_legend",
    "tick_text",
    "ColumnChart",
    "DonutGauge",
    "GaugeValue",
    "StackedBarChart",
]
