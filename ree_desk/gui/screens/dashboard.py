"""The dashboard: quota headroom with its warnings, the next report due,
stock by material group and the latest movements, as charts a manager can
read at a glance."""
from __future__ import annotations

import datetime as dt
import time
from typing import Callable

from ree_desk.gui import quota_names as names
from ree_desk.gui.forms.ui_dashboard import Ui_DashboardScreen
from ree_desk.gui.models.latest_movements import LatestMovementsModel
from ree_desk.gui.problem_text import error_text
from ree_desk.gui.qt import (
    QAction,
    QHeaderView,
    QKeySequence,
    QResizeEvent,
    Qt,
    QWidget,
    Signal,
)
from ree_desk.gui.screens.base import Screen, emphasize_title
from ree_desk.gui.session import Session
from ree_desk.gui.widgets.charts import (
    Bar,
    ChartLegend,
    Segment,
    StackedBarChart,
    group_colour,
    legend_for,
    level_colour,
)
from ree_desk.gui.widgets.quota_card import QuotaCard, mute
from ree_desk.gui.worker import run_in_background
from ree_desk.services.dashboard import Dashboard, Headroom, Level, load_dashboard, severity

CARD_STYLE = ("QFrame#{name} {{ background: palette(base); border: 1px solid palette(mid);"
              " border-radius: 6px; }}")


class DashboardScreen(Screen):
    key = "dashboard"

    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.today: Callable[[], dt.date] = dt.date.today
        self.data: Dashboard | None = None
        self.last_load_ms: float | None = None
        self._loading = False
        self._again = False

        self.form = Ui_DashboardScreen()
        self.form.setupUi(self)
        f = self.form
        emphasize_title(f.titleLabel)
        for label in (f.asOfLabel, f.statusLabel, f.quotaEmptyLabel, f.stockAsOfLabel):
            mute(label)
        for card, title, value, detail in (
            (f.reportCard, f.reportTitle, f.reportValue, f.reportDetail),
            (f.monthsCard, f.monthsTitle, f.monthsValue, f.monthsDetail),
            (f.warningsCard, f.warningsTitle, f.warningsValue, f.warningsDetail),
        ):
            card.setStyleSheet(CARD_STYLE.format(name=card.objectName()))
            card.layout().setContentsMargins(14, 10, 14, 10)
            mute(title)
            mute(detail)
            big = value.font()
            big.setPointSizeF(big.pointSizeF() * 1.5)
            big.setBold(True)
            value.setFont(big)

        self.quota_cards: list[QuotaCard] = []
        self._columns = 0
        self._shown_cards = 0
        self.quota_legend = ChartLegend()
        self.quota_legend.setObjectName("quotaLegend")
        f.quotaLegendLayout.addWidget(self.quota_legend)
        self.stock_chart = StackedBarChart(notes_above=True)
        self.stock_chart.setObjectName("stockChart")
        self.stock_chart.setMinimumHeight(170)
        f.stockChartLayout.addWidget(self.stock_chart)

        self.latest_model = LatestMovementsModel(session.mass, session.unit_label, self)
        view = f.latestView
        view.setModel(self.latest_model)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.horizontalHeader().setHighlightSections(False)
        view.setMinimumHeight(view.fontMetrics().height() * 12)
        f.bottomLayout.setStretch(0, 5)
        f.bottomLayout.setStretch(1, 6)

        refresh = QAction(self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(self.reload)
        self.addAction(refresh)
        f.refreshButton.clicked.connect(self.reload)
        f.stockBasisCombo.currentIndexChanged.connect(lambda _i: self._show_stock())
        self.retranslate()

    # loading ---------------------------------------------------------------
    def reload(self) -> None:
        """Read the figures off the UI thread; a request while reading reads again after."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.form.statusLabel.setText(self.tr("Reading the ledger…"))
        db, today, started = self.session.db, self.today(), time.perf_counter()
        run_in_background(
            lambda _progress: load_dashboard(db, today),
            context=self, on_done=lambda data: self._loaded(data, started),
            on_failed=self._failed,
        )

    def _loaded(self, data: Dashboard, started: float) -> None:
        self._loading = False
        self.last_load_ms = (time.perf_counter() - started) * 1000
        self.data = data
        self.form.statusLabel.setText("")
        self._show()
        self.loaded.emit()
        if self._again:
            self._again = False
            self.reload()

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.form.statusLabel.setText(self.tr("Could not read the figures: {error}").format(error=error_text(exc)))
        if self._again:
            self._again = False
            self.reload()

    # showing ---------------------------------------------------------------
    def retranslate(self) -> None:
        self.form.retranslateUi(self)
        self.stock_chart.set_texts(empty=self.tr("No stock"))
        self._show()

    def _show(self) -> None:
        data = self.data
        if data is None:
            return
        f = self.form
        f.asOfLabel.setText(self.tr("as of {date}").format(date=data.today.isoformat()))
        f.quotaGroup.setTitle(self.tr("Quota headroom {year}").format(year=data.year))
        self._show_report(data.months)
        self._show_warnings(data.headroom)
        self._show_quotas(data.headroom)
        self._show_stock()
        self.latest_model.set_rows(data.latest)
        header = f.latestView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Material names are the long ones; they give way, the rest stay whole.
        header.setSectionResizeMode(LatestMovementsModel.MATERIAL, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)

    def _show_report(self, months: dict) -> None:
        f = self.form
        due = months["next_due"]
        days = due["days_left"]
        f.reportValue.setText(due["due_date"])
        if due["overdue"]:
            late = (self.tr("Report for {month} · overdue by 1 day") if days == -1
                    else self.tr("Report for {month} · overdue by {days} days"))
            detail = late.format(month=due["month"], days=-days)
            colour = level_colour("over").name()
        else:
            left = (self.tr("Report for {month} · due today") if days == 0
                    else self.tr("Report for {month} · 1 day left") if days == 1
                    else self.tr("Report for {month} · {days} days left"))
            detail = left.format(month=due["month"], days=days)
            # The last days before the 10th deserve the eye.
            colour = level_colour("critical").name() if days <= 3 else ""
        f.reportDetail.setText(detail)
        f.reportValue.setStyleSheet(f"color: {colour};" if colour else "")
        open_months = months["open_months"]
        f.monthsValue.setText(str(len(open_months)))
        if not open_months:
            f.monthsDetail.setText(self.tr("Every month is closed"))
        elif len(open_months) <= 3:
            f.monthsDetail.setText(", ".join(open_months))
        else:
            f.monthsDetail.setText(self.tr("{first} to {last}").format(first=open_months[0], last=open_months[-1]))
        f.monthsValue.setStyleSheet(f"color: {level_colour('high').name()};" if len(open_months) > 2 else "")

    def _show_warnings(self, headroom: list[Headroom]) -> None:
        f = self.form
        warned = [h for h in headroom if h.level is not Level.OK]
        if not headroom:
            f.warningsValue.setText("–")
            f.warningsDetail.setText(self.tr("No quota this year"))
            f.warningsValue.setStyleSheet("")
            return
        f.warningsValue.setText(self.tr("{count} of {total}").format(count=len(warned), total=len(headroom)))
        worst = max((h.level for h in warned), key=severity, default=Level.OK)
        over = sum(1 for h in warned if h.level is Level.OVER)
        critical = sum(1 for h in warned if h.level is Level.CRITICAL)
        if not warned:
            f.warningsDetail.setText(self.tr("Every quota is below 80 % used"))
        elif over:
            f.warningsDetail.setText(self.tr("{count} over the allocation").format(count=over))
        elif critical:
            f.warningsDetail.setText(self.tr("{count} at 95 % or more").format(count=critical))
        else:
            f.warningsDetail.setText(self.tr("80 % or more used"))
        f.warningsCard.setToolTip("\n".join(
            f"{names.line_title(h.kind, h.scope)}: {names.level_text(h.level.value)}"
            for h in sorted(warned, key=lambda h: -severity(h.level))))
        f.warningsValue.setStyleSheet(f"color: {level_colour(worst.value).name()};")

    def _show_quotas(self, headroom: list[Headroom]) -> None:
        f = self.form
        while len(self.quota_cards) < len(headroom):
            self.quota_cards.append(QuotaCard(f.quotaGroup))
        self._shown_cards = len(headroom)
        for card, h in zip(self.quota_cards, headroom):
            card.set_headroom(h)
        self._arrange_cards()
        for i, card in enumerate(self.quota_cards):
            card.setVisible(i < len(headroom))
        f.quotaEmptyLabel.setVisible(not headroom)
        self.quota_legend.setVisible(bool(headroom))
        # One key for every card: the origins met, what is left, any use over the allocation.
        bars = [bar for card in self.quota_cards[:len(headroom)] for bar in card.by_origin.bars()]
        self.quota_legend.set_items(legend_for(bars, over=self.tr("Over the allocation")))

    def _arrange_cards(self) -> None:
        """All cards in one row when they fit, else in two (or one) columns."""
        cards = self.quota_cards[:self._shown_cards]
        if not cards:
            return
        room = self.form.scrollArea.viewport().width() - 24
        widest = max(c.minimumSizeHint().width() for c in cards) + 10
        columns = max(1, min(len(cards), room // widest))
        if 2 < columns < len(cards) <= 4:
            columns = 2  # two rows of two read better than three and one
        grid = self.form.quotaCardsLayout
        if self._columns == columns and grid.count() == len(cards):
            return
        self._columns = columns
        for card in self.quota_cards:
            grid.removeWidget(card)
        for i, card in enumerate(cards):
            grid.addWidget(card, i // columns, i % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_cards()

    def _show_stock(self) -> None:
        data = self.data
        if data is None:
            return
        reo = self.form.stockBasisCombo.currentIndex() == 1
        unit = self.session.unit_label()
        self.form.stockAsOfLabel.setText(self.tr("End of {date}").format(date=data.today.isoformat()))
        by_category: dict[str, list] = {}
        for s in data.stock:
            by_category.setdefault(s.category, []).append(s)
        bars = []
        for category, rows in by_category.items():
            segments = tuple(
                Segment(s.group, names.group_name(s.group), s.reo_g if reo else s.mass_g, group_colour(s.group).name())
                for s in rows)
            total = sum(seg.value for seg in segments)
            lots = sum(s.lots for s in rows)
            bars.append(Bar(names.category_name(category), segments,
                            note=f"{self.session.mass(total)} {unit}",
                            detail=(self.tr("1 lot in stock") if lots == 1
                                    else self.tr("{count} lots in stock").format(count=lots))))
        self.stock_chart.set_bars(bars)
        self.stock_chart.set_value_format(
            lambda g: f"{self.session.mass(g)} {unit}" + (" REO" if reo else ""),
            scale=1_000_000 if unit == "t" else 1000,
            axis_title=self.tr("{unit} REO").format(unit=unit) if reo else unit,
        )

