"""One quota line at a glance: a gauge of the share used, what is left,
when it runs out at this year's rate, and the warning if there is one."""
from __future__ import annotations

from ree_desk.gui import quota_names as names
from ree_desk.gui.qt import (
    QColor,
    QCoreApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPalette,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ree_desk.gui.widgets.charts import (
    REMAINING,
    Bar,
    DonutGauge,
    GaugeValue,
    Segment,
    StackedBarChart,
    country_colour,
    level_colour,
)
from ree_desk.services.dashboard import Headroom, Level


def quota_bar(h: Headroom) -> Bar:
    """A quota line as a bar: use by origin, then what is left, against the
    allocation's mark."""
    segments = [Segment(code, names.country_name(code), grams, country_colour(code).name())
                for code, grams in h.by_origin]
    if h.remaining_g > 0:
        left = QCoreApplication.translate("QuotaCard", "Remaining")
        segments.append(Segment("remaining", left, h.remaining_g, REMAINING, rest=True))
    if h.allocated_g > 0:
        detail = QCoreApplication.translate("QuotaCard", "Allocated {allocated} t, remaining {remaining} t").format(
            allocated=names.tonnes(h.allocated_g), remaining=names.tonnes(h.remaining_g))
    else:
        detail = QCoreApplication.translate("QuotaCard", "No allocation")
    return Bar(names.line_title(h.kind, h.scope), tuple(segments),
               limit=h.allocated_g if h.allocated_g > 0 else None,
               note=names.percent(h.used_pct_bp) if h.allocated_g > 0 else "", detail=detail,
               note_colour=level_colour(h.level.value).name() if h.level is not Level.OK else "")


def tonnes_format(grams: int) -> str:
    return QCoreApplication.translate("QuotaCard", "{tonnes} t REO").format(tonnes=names.tonnes(grams))


def mute(label: QLabel) -> None:
    """Secondary text: the label's own colour, lighter, so dark themes work too."""
    palette = label.palette()
    colour = QColor(palette.color(QPalette.ColorRole.WindowText))
    colour.setAlpha(165)
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


class QuotaCard(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quotaCard")
        self.setStyleSheet("QFrame#quotaCard { background: palette(base); border: 1px solid palette(mid);"
                           " border-radius: 6px; }")
        # Preferred, not Fixed: the cards of a row share its height.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.headroom: Headroom | None = None

        self.title = QLabel()
        self.title.setObjectName("quotaTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.gauge = DonutGauge()
        self.remaining_caption = QLabel()
        self.remaining = QLabel()
        self.remaining.setObjectName("quotaRemaining")
        big = self.remaining.font()
        big.setPointSizeF(big.pointSizeF() * 1.35)
        big.setBold(True)
        self.remaining.setFont(big)
        self.of_allocated = QLabel()
        self.forecast = QLabel()
        self.forecast.setWordWrap(True)
        self.by_origin = StackedBarChart(relative=True, compact=True)
        self.by_origin.set_value_format(tonnes_format)
        self.warning = QLabel()
        self.warning.setObjectName("quotaWarning")
        for label in (self.remaining_caption, self.of_allocated, self.forecast):
            mute(label)

        figures = QVBoxLayout()
        figures.setSpacing(1)
        figures.addStretch(1)
        figures.addWidget(self.remaining_caption)
        figures.addWidget(self.remaining)
        figures.addWidget(self.of_allocated)
        figures.addStretch(1)
        middle = QHBoxLayout()
        middle.setSpacing(10)
        middle.addWidget(self.gauge, 0, Qt.AlignmentFlag.AlignVCenter)
        middle.addLayout(figures, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addLayout(middle)
        layout.addWidget(self.by_origin)
        layout.addWidget(self.forecast)
        layout.addStretch(1)
        layout.addWidget(self.warning, 0, Qt.AlignmentFlag.AlignLeft)

    def set_headroom(self, h: Headroom) -> None:
        self.headroom = h
        colour = level_colour(h.level.value).name()
        self.title.setText(names.line_title(h.kind, h.scope))
        allocated = h.allocated_g > 0
        self.gauge.set_value(GaugeValue(
            h.used_pct_bp if allocated else None, colour,
            centre=names.percent(h.used_pct_bp) if allocated else "–",
            caption=self.tr("used"),
            tooltip=self.tr("{used} t REO used of {allocated} t").format(
                used=names.tonnes(h.used_g), allocated=names.tonnes(h.allocated_g)),
        ))
        if not allocated:
            self.remaining_caption.setText(self.tr("Used"))
            self.remaining.setText(self.tr("{tonnes} t").format(tonnes=names.tonnes(h.used_g)))
            self.of_allocated.setText(self.tr("nothing allocated"))
        else:
            if h.remaining_g >= 0:
                self.remaining_caption.setText(self.tr("Remaining"))
                self.remaining.setText(self.tr("{tonnes} t").format(tonnes=names.tonnes(h.remaining_g)))
            else:
                self.remaining_caption.setText(self.tr("Over the quota by"))
                self.remaining.setText(self.tr("{tonnes} t").format(tonnes=names.tonnes(-h.remaining_g)))
            self.of_allocated.setText(self.tr("of {tonnes} t REO").format(tonnes=names.tonnes(h.allocated_g)))
        self.remaining.setStyleSheet(f"color: {colour};" if h.level is not Level.OK else "")
        self.forecast.setText(self._forecast_text(h))
        # Running out before the year ends is itself a warning.
        soon = level_colour(h.level.value if h.level is not Level.OK else "high").name()
        self.forecast.setStyleSheet(f"color: {soon};" if h.runs_out_this_year else "")
        self.by_origin.set_bars([quota_bar(h)])
        mark = "⚠ " if h.level in (Level.HIGH, Level.CRITICAL, Level.OVER) else "✓ " if h.level is Level.OK else ""
        self.warning.setText(mark + names.level_text(h.level.value))
        self.warning.setStyleSheet(
            f"QLabel#quotaWarning {{ color: white; background: {colour}; border-radius: 3px; padding: 1px 7px; }}")

    def _forecast_text(self, h: Headroom) -> str:
        if h.allocated_g <= 0:
            return self.tr("Record its allocation on the Quotas screen")
        if h.level is Level.OVER:
            return self.tr("Used up; every further tonne is over the quota")
        if h.forecast_date is None:
            return self.tr("Nothing used yet this year")
        date = h.forecast_date.isoformat()
        if h.runs_out_this_year:
            return self.tr("Runs out about {date} at this year's rate").format(date=date)
        return self.tr("Lasts the year at this rate (to {date})").format(date=date)
