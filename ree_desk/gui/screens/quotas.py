"""Quotas: the year's allocations batch by batch (add, correct with a
reason), and its use by origin and by month as charts."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from ree_desk.domain.accounts.roles import Permission
from ree_desk.domain.movement_types import QuotaKind, QuotaScope
from ree_desk.gui import quota_names as names
from ree_desk.gui import role_names
from ree_desk.gui.dialogs.allocation import AllocationDialog
from ree_desk.gui.forms.ui_quotas import Ui_QuotasScreen
from ree_desk.gui.models.allocations import AllocationsModel
from ree_desk.gui.problem_text import error_text
from ree_desk.gui.qt import (
    QAction,
    QHeaderView,
    QKeySequence,
    QLocale,
    Qt,
    QWidget,
    Signal,
)
from ree_desk.gui.screens.base import Screen, emphasize_title
from ree_desk.gui.session import Session
from ree_desk.gui.widgets.charts import Bar, ColumnChart, Segment, StackedBarChart, country_colour
from ree_desk.gui.widgets.quota_card import mute, quota_bar, tonnes_format
from ree_desk.gui.worker import run_in_background
from ree_desk.services import quotas
from ree_desk.services.allocations import quota_years
from ree_desk.services.dashboard import Headroom, headroom, quota_use_by_month


@dataclass
class QuotaYear:
    year: int
    years: list[int]
    allocations: list[dict]
    headroom: list[Headroom]
    by_month: dict[str, dict[int, dict[str, int]]]


def load_quota_year(db, year: int, today: dt.date) -> QuotaYear:
    return QuotaYear(year, quota_years(db, today), quotas.allocations(db, year), headroom(db, year, today),
                     quota_use_by_month(db, year))


class QuotasScreen(Screen):
    key = "quotas"

    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.today: Callable[[], dt.date] = dt.date.today
        self.data: QuotaYear | None = None
        self.year: int | None = None
        self.dialog: AllocationDialog | None = None
        self._select_id: int | None = None
        self._loading = False
        self._again = False

        self.form = Ui_QuotasScreen()
        self.form.setupUi(self)
        f = self.form
        emphasize_title(f.titleLabel)
        mute(f.statusLabel)
        mute(f.totalsLabel)

        self.model = AllocationsModel(self)
        view = f.allocationsView
        view.setModel(self.model)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.horizontalHeader().setHighlightSections(False)
        view.doubleClicked.connect(lambda _i: self.edit_selected())
        view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

        self.origin_chart = StackedBarChart(relative=True)
        self.origin_chart.setObjectName("originChart")
        self.origin_chart.set_value_format(tonnes_format)
        f.originChartLayout.addWidget(self.origin_chart)
        self.month_chart = ColumnChart()
        self.month_chart.setObjectName("monthChart")
        self.month_chart.set_value_format(tonnes_format, scale=1_000_000)
        f.monthChartLayout.addWidget(self.month_chart)
        f.splitter.setStretchFactor(0, 1)
        f.splitter.setStretchFactor(1, 1)
        f.chartsLayout.setStretch(0, 1)
        f.chartsLayout.setStretch(1, 1)

        add = QAction(self)
        add.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        add.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.triggered.connect(self.add_allocation)
        self.addAction(add)
        edit = QAction(view)
        edit.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter),
                           QKeySequence(Qt.Key.Key_F2)])
        edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit.triggered.connect(self.edit_selected)
        view.addAction(edit)
        f.addButton.clicked.connect(self.add_allocation)
        f.addButton.setEnabled(not session.read_only)
        add.setEnabled(not session.read_only)
        edit.setEnabled(not session.read_only)
        f.editButton.clicked.connect(self.edit_selected)
        # A clerk sees the quotas; adding and correcting them is a manager's.
        self.may_change = session.may(Permission.QUOTA)
        f.addButton.setVisible(self.may_change)
        f.editButton.setVisible(self.may_change)
        f.yearCombo.activated.connect(lambda _i: self._year_chosen())
        f.monthKindCombo.activated.connect(lambda _i: self._show_months())
        self.retranslate()
        self._update_buttons()

    # loading ---------------------------------------------------------------
    def reload(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.form.statusLabel.setText(self.tr("Reading the ledger…"))
        today = self.today()
        year = self.year = self.year or today.year
        db = self.session.db
        run_in_background(lambda _p: load_quota_year(db, year, today), context=self,
                          on_done=self._loaded, on_failed=self._failed)

    def _loaded(self, data: QuotaYear) -> None:
        self._loading = False
        self.data = data
        self.form.statusLabel.setText("")
        self._show()
        self.loaded.emit()
        self._after()

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.form.statusLabel.setText(self.tr("Could not read the quotas: {error}").format(error=error_text(exc)))
        self._after()

    def _after(self) -> None:
        if self._again:
            self._again = False
            self.reload()

    def _year_chosen(self) -> None:
        year = self.form.yearCombo.currentData()
        if year is not None and year != self.year:
            self.year = year
            self.reload()

    # actions -----------------------------------------------------------------
    def selected_allocation(self) -> dict | None:
        rows = self.form.allocationsView.selectionModel().selectedRows()
        return self.model.allocation(rows[0].row()) if rows else None

    def add_allocation(self) -> AllocationDialog | None:
        if not self.may_change:
            return None
        return self._open(AllocationDialog(self.session, year=self.year or self.today().year, parent=self))

    def edit_selected(self) -> AllocationDialog | None:
        chosen = self.selected_allocation()
        if chosen is None or not self.may_change:
            return None
        return self._open(AllocationDialog(self.session, year=chosen["year"], allocation=chosen, parent=self))

    def _open(self, dialog: AllocationDialog) -> AllocationDialog:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _saved(self, dialog: AllocationDialog) -> None:
        self._select_id = dialog.saved_id
        self.year = dialog.form.yearSpin.value()
        self.session.notify_changed()

    def _update_buttons(self) -> None:
        self.form.editButton.setEnabled(self.selected_allocation() is not None and not self.session.read_only)

    # showing ---------------------------------------------------------------
    def retranslate(self) -> None:
        self.form.retranslateUi(self)
        self.origin_chart.set_texts(empty=self.tr("No quota allocated or used in this year"),
                                    mark=self.tr("Allocation (100 %)"), over=self.tr("Over the allocation"))
        self.origin_chart.set_value_format(tonnes_format, axis_title=self.tr("share of the allocation"))
        self.month_chart.set_texts(empty=self.tr("No quota used in this year"))
        self.month_chart.set_value_format(tonnes_format, scale=1_000_000, axis_title=self.tr("t REO"))
        self._show()

    def _show(self) -> None:
        data = self.data
        if data is None:
            return
        f = self.form
        f.yearCombo.blockSignals(True)
        f.yearCombo.clear()
        for year in data.years:
            f.yearCombo.addItem(str(year), year)
        f.yearCombo.setCurrentIndex(f.yearCombo.findData(data.year))
        f.yearCombo.blockSignals(False)
        f.allocationsGroup.setTitle(self.tr("Allocations {year}").format(year=data.year))
        self.model.set_rows(sorted(data.allocations, key=_allocation_order))
        header = f.allocationsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AllocationsModel.DOCUMENT, QHeaderView.ResizeMode.Stretch)
        self._restore_selection()
        f.totalsLabel.setText(self._totals_text(data.headroom))
        f.originGroup.setTitle(self.tr("Use by origin {year}").format(year=data.year))
        self.origin_chart.set_bars([quota_bar(h) for h in data.headroom])
        self._fill_month_kinds(data)
        self._show_months()
        self._update_buttons()

    def _restore_selection(self) -> None:
        view = self.form.allocationsView
        row = self.model.row_of(self._select_id) if self._select_id is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            view.selectRow(row)
            view.scrollTo(self.model.index(row, 0))

    def _totals_text(self, lines: list[Headroom]) -> str:
        parts = [self.tr("{quota} {tonnes} t").format(quota=names.line_title(h.kind, h.scope),
                                                      tonnes=names.tonnes(h.allocated_g))
                 for h in lines if h.allocated_g > 0]
        if not parts and not self.may_change:
            return role_names.said(role_names.NO_QUOTA_YET)
        if not parts:
            return self.tr("Nothing allocated for this year yet. Add the batches of the allocation notice "
                           "with \"Add allocation\" (Ctrl+N).")
        return self.tr("Allocated: {lines}").format(lines=" · ".join(parts))

    def _fill_month_kinds(self, data: QuotaYear) -> None:
        combo = self.form.monthKindCombo
        current = combo.currentData()
        shown = set(data.by_month) | {h.kind for h in data.headroom}
        kinds = [k.value for k in QuotaKind if k.value in shown]
        combo.blockSignals(True)
        combo.clear()
        for kind in kinds:
            combo.addItem(names.kind_name(kind), kind)
        index = combo.findData(current)
        if index < 0:
            # The quota most plants watch: separation, when there is one.
            index = max(combo.findData(QuotaKind.SEPARATION.value), 0)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def _show_months(self) -> None:
        data = self.data
        if data is None:
            return
        kind = self.form.monthKindCombo.currentData()
        self.month_chart.set_bars(month_bars(data.year, data.by_month.get(kind, {})))


def _allocation_order(row: dict) -> tuple:
    return (list(QuotaKind).index(QuotaKind(row["kind"])), list(QuotaScope).index(QuotaScope(row["scope"])),
            row["batch"], row["id"])


def month_bars(year: int, months: dict[int, dict[str, int]]) -> list[Bar]:
    """Twelve columns, each stacked by origin; China first, then the origins
    that used the most over the year, in the same order in every month."""
    totals: dict[str, int] = {}
    for by_origin in months.values():
        for code, grams in by_origin.items():
            totals[code] = totals.get(code, 0) + grams
    order = sorted(totals, key=lambda c: (c != "CN", -totals[c], c))
    locale = QLocale()
    bars = []
    for month in range(1, 13):
        by_origin = months.get(month, {})
        segments = tuple(Segment(code, names.country_name(code), by_origin[code], country_colour(code).name())
                         for code in order if by_origin.get(code))
        label = locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat)
        bars.append(Bar(label, segments, detail=f"{year}-{month:02d}"))
    return bars
