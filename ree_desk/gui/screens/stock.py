"""Stock: every lot's mass and REO at the end of a chosen day, its origin,
totals by category and group, and the stocktake."""
from __future__ import annotations

import datetime as dt

from ree_desk.gui.dialogs.stocktake import StocktakeDialog
from ree_desk.gui.forms.ui_stock import Ui_StockScreen
from ree_desk.gui.models.stock_model import GroupTotalsModel, StockModel, group_name
from ree_desk.gui.problem_text import error_text
from ree_desk.gui.qt import (
    QAction,
    QDate,
    QHeaderView,
    QKeySequence,
    Qt,
    QTimer,
)
from ree_desk.gui.screens.base import Screen
from ree_desk.gui.session import Session
from ree_desk.gui.worker import run_in_background
from ree_desk.services.setup import list_materials
from ree_desk.services.stock import stock_as_of
from ree_desk.services.stock_groups import group_totals

ROW_HEIGHT = 26


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class StockScreen(Screen):
    key = "stock"

    def __init__(self, session: Session, parent=None):
        super().__init__(session, parent)
        self.today = dt.date.today  # tests set a fixed day
        self.loading = False
        self._generation = 0
        self.loaded_day: dt.date | None = None
        self.form = Ui_StockScreen()
        self.form.setupUi(self)
        f = self.form

        self.model = StockModel(session, self)
        self.totals = GroupTotalsModel(session, self)
        f.lotsView.setModel(self.model)
        f.totalsView.setModel(self.totals)
        for view in (f.lotsView, f.totalsView):
            rows = view.verticalHeader()
            rows.setDefaultSectionSize(ROW_HEIGHT)
            rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            rows.hide()
        for col, width in enumerate((110, 0, 175, 115, 95, 145, 130, 130)):
            f.lotsView.setColumnWidth(col, width)
        # The material's name takes what room is left; figures keep their width.
        f.lotsView.horizontalHeader().setSectionResizeMode(StockModel.NAME, QHeaderView.ResizeMode.Stretch)
        f.lotsView.sortByColumn(StockModel.MATERIAL, Qt.SortOrder.AscendingOrder)
        for col, width in enumerate((0, 120, 80, 130, 130)):
            f.totalsView.setColumnWidth(col, width)
        f.totalsView.horizontalHeader().setSectionResizeMode(GroupTotalsModel.CATEGORY, QHeaderView.ResizeMode.Stretch)

        f.asOfEdit.setDate(QDate(self.today()))
        # A typed date passes through other valid days; read the stock once it settles.
        self._date_timer = QTimer(self, singleShot=True, interval=250)
        self._date_timer.timeout.connect(self.reload)
        f.asOfEdit.dateChanged.connect(lambda _d: self._date_timer.start())
        f.materialCombo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        f.groupCombo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        # Typing filters after a short pause, not on every key of a lot number.
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self.apply_filter)
        f.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        f.searchEdit.returnPressed.connect(self.apply_filter)
        f.emptyCheck.toggled.connect(lambda _on: self.apply_filter())
        f.stocktakeButton.clicked.connect(self.stocktake)
        f.stocktakeButton.setEnabled(not session.read_only)
        self.stocktake_dialog: StocktakeDialog | None = None
        self._show_notice("")
        self._actions()
        self.retranslate()

    def _actions(self) -> None:
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.form.searchEdit.setFocus(), self.form.searchEdit.selectAll()))
        take = QAction(self)
        take.setShortcut(QKeySequence("Ctrl+T"))
        take.triggered.connect(self.stocktake)
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.reload)
        take.setEnabled(not self.session.read_only)
        for action in (find, take, refresh):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    # ------------------------------------------------------------------ data

    def as_of(self) -> dt.date:
        return to_date(self.form.asOfEdit.date())

    def set_as_of(self, day: dt.date) -> None:
        self.form.asOfEdit.setDate(QDate(day))

    def reload(self) -> None:
        """Stock as of the chosen day, read in the background: it sums every
        lot's movements since the last closed month."""
        self._generation += 1
        generation, db, day = self._generation, self.session.db, self.as_of()
        self.loading = True
        self._show_status(self.tr("Loading stock as of {day}…").format(day=day.isoformat()))

        def work(_progress):
            materials = {m.code: (m.name_zh, m.name_en) for m in list_materials(db)}
            return stock_as_of(db, day), materials

        run_in_background(work, context=self, on_done=lambda result: self._loaded(generation, day, result),
                          on_failed=lambda exc: self._failed(generation, exc))

    def _loaded(self, generation: int, day: dt.date, result) -> None:
        if generation != self._generation:
            return  # the day changed while this was read
        stocks, names = result
        self.model.set_stock(stocks, names)
        self.loaded_day = day
        self._fill_materials()
        self.apply_filter()
        self.loading = False

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self._show_status(self.tr("Could not read the stock: {error}").format(error=error_text(exc)))

    def apply_filter(self) -> None:
        f = self.form
        self.model.set_filter(f.materialCombo.currentData(), f.groupCombo.currentData(), f.searchEdit.text(),
                              hide_empty=f.emptyCheck.isChecked())
        self.totals.set_totals(group_totals(self.model.visible()))
        self._fit_totals()
        self._show_summary()

    def _fit_totals(self) -> None:
        """The totals pane is as tall as its rows (a dozen at most), no taller."""
        view = self.form.totalsView
        rows = max(self.totals.rowCount(), 1)
        view.setFixedHeight(view.horizontalHeader().sizeHint().height() + rows * ROW_HEIGHT + 2 * view.frameWidth())

    def _show_summary(self) -> None:
        grand = self.totals.grand()
        if self.loaded_day is None:
            return
        if grand is None:
            text = self.tr("No stock as of {day}").format(day=self.loaded_day.isoformat())
        else:
            text = self.tr("{lots} lots · {mass} · REO {reo} as of {day}").format(
                lots=grand.lots, mass=self._with_unit(grand.mass_g), reo=self._with_unit(grand.reo_g),
                day=self.loaded_day.isoformat())
        self._show_status(text)

    def _with_unit(self, grams: int) -> str:
        return f"{self.session.mass(grams)} {self.session.unit_label()}"

    def _show_status(self, text: str) -> None:
        self.form.statusLabel.setText(text)

    # --------------------------------------------------------------- filters

    def _fill_materials(self) -> None:
        combo = self.form.materialCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All materials"), None)
        for code in self.model.materials():
            combo.addItem(f"{code}  {self.model.material_name(code)}", code)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _fill_groups(self) -> None:
        combo = self.form.groupCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All groups"), None)
        for value in ("light", "medium_heavy"):
            combo.addItem(group_name(value), value)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        combo.blockSignals(False)

    def select_material(self, code: str | None) -> None:
        combo = self.form.materialCombo
        combo.setCurrentIndex(max(combo.findData(code), 0) if code else 0)

    # -------------------------------------------------------------- stocktake

    def selected_lots(self) -> list[tuple[str, str]]:
        rows = sorted({i.row() for i in self.form.lotsView.selectionModel().selectedRows()})
        return [(s.material, s.lot) for s in (self.model.stock_at(r) for r in rows) if s is not None]

    def stocktake(self) -> StocktakeDialog:
        """Count the selected lots, or else every lot of the chosen material."""
        lots = self.selected_lots()
        material = None if lots else self.form.materialCombo.currentData()
        dialog = StocktakeDialog(self.session, day=self.as_of(), lots=lots, material=material, parent=self)
        self.stocktake_dialog = dialog
        dialog.finished.connect(lambda _code: self._stocktake_done(dialog))
        dialog.open()
        return dialog

    def _stocktake_done(self, dialog: StocktakeDialog) -> None:
        self.stocktake_dialog = None
        self._show_notice(dialog.result_message)
        dialog.deleteLater()

    def _show_notice(self, text: str) -> None:
        self.form.noticeLabel.setText(text)
        self.form.noticeLabel.setVisible(bool(text))

    # ------------------------------------------------------------- language

    def retranslate(self) -> None:
        self.form.retranslateUi(self)
        self._fill_groups()
        if self.loaded_day is not None:
            self._fill_materials()
        self.model.refresh()
        self.totals.refresh()
        self._show_summary()
