"""The ledger: every movement, filtered and sorted, with reversal, the links
between a movement and its reversal, and export of what the filter shows."""
from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from ree_desk.domain.accounts.roles import Permission
from ree_desk.domain.countries import UnknownCountryError, get_country
from ree_desk.domain.movement_types import MovementType
from ree_desk.gui.dialogs.reversal import ReversalDialog
from ree_desk.gui.forms.ui_ledger import Ui_LedgerScreen
from ree_desk.gui.models.ledger_model import (
    COLUMN_OF,
    FLAG_NAMES,
    PAGE,
    TYPE_NAMES,
    LedgerModel,
    flag_name,
    link_text,
    type_name,
)
from ree_desk.gui.problem_text import error_text
from ree_desk.gui.qt import (
    QAction,
    QCompleter,
    QFileDialog,
    QHeaderView,
    QKeySequence,
    QLocale,
    QMessageBox,
    QStandardPaths,
    QStringListModel,
    Qt,
    QT_TRANSLATE_NOOP,
    QTimer,
    QWidget,
)
from ree_desk.gui.screens.base import Screen
from ree_desk.gui.session import Session
from ree_desk.gui.widgets.period_dates import NO_DATE, PERIODS, chosen_dates, show_period
from ree_desk.gui.worker import run_in_background
from ree_desk.services.ledger_query import (
    LedgerFilter,
    LedgerRow,
    load_rows,
    origins_in_use,
    recent_counterparties,
)
from ree_desk.services.reversal import reversal_refusal
from ree_desk.services.setup import list_materials

TYPING_PAUSE_MS = 350  # filters typed into apply once the typing pauses
EXPORT_HEADERS = {
    "id": QT_TRANSLATE_NOOP("LedgerScreen", "No."),
    "day": QT_TRANSLATE_NOOP("LedgerScreen", "Date"),
    "type": QT_TRANSLATE_NOOP("LedgerScreen", "Type"),
    "material": QT_TRANSLATE_NOOP("LedgerScreen", "Material"),
    "lot": QT_TRANSLATE_NOOP("LedgerScreen", "Lot"),
    "mass": QT_TRANSLATE_NOOP("LedgerScreen", "Mass"),
    "grade": QT_TRANSLATE_NOOP("LedgerScreen", "Grade %"),
    "reo": QT_TRANSLATE_NOOP("LedgerScreen", "REO"),
    "origin": QT_TRANSLATE_NOOP("LedgerScreen", "Origin"),
    "counterparty": QT_TRANSLATE_NOOP("LedgerScreen", "Counterparty"),
    "credit_code": QT_TRANSLATE_NOOP("LedgerScreen", "Credit code"),
    "invoice_no": QT_TRANSLATE_NOOP("LedgerScreen", "Invoice no."),
    "customs_no": QT_TRANSLATE_NOOP("LedgerScreen", "Customs no."),
    "run": QT_TRANSLATE_NOOP("LedgerScreen", "Run"),
    "destination": QT_TRANSLATE_NOOP("LedgerScreen", "Destination"),
    "flags": QT_TRANSLATE_NOOP("LedgerScreen", "Flags"),
    "accept_reason": QT_TRANSLATE_NOOP("LedgerScreen", "Reason for accepting"),
    "reverses": QT_TRANSLATE_NOOP("LedgerScreen", "Reverses No."),
    "reversed_by": QT_TRANSLATE_NOOP("LedgerScreen", "Reversed by No."),
    "note": QT_TRANSLATE_NOOP("LedgerScreen", "Note"),
}
# Column widths in digits' widths; the note takes what is left.
WIDTHS = {"id": 7, "day": 10, "type": 13, "material": 12, "lot": 21, "mass": 12, "grade": 7, "reo": 11,
          "origin": 7, "counterparty": 24, "run": 15, "customs_no": 18, "flags": 16, "link": 16}


class ExportCancelled(Exception):
    pass


def _chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


class LedgerScreen(Screen):
    key = "ledger"

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.form = Ui_LedgerScreen()
        self.form.setupUi(self)
        self.model = LedgerModel(session, self)
        self.reversal_dialog: ReversalDialog | None = None
        self.today = dt.date.today
        self._pending_select: int | None = None
        self._cancel_export: threading.Event | None = None
        self._materials = list_materials(session.db)
        self._origins: list[str] = []
        self._counterparties: list[str] = []
        self._choices_stale = True

        self._set_up_table()
        self._set_up_filters()
        self._set_up_actions()
        f = self.form
        f.cancelButton.hide()
        f.progressBar.hide()
        f.reverseButton.clicked.connect(self.reverse_selected)
        f.exportButton.clicked.connect(self.export)
        f.cancelButton.clicked.connect(self._cancel)
        f.linkButton.clicked.connect(self.go_to_link)
        self.model.head_loaded.connect(self._head_loaded)
        self.model.ids_loaded.connect(self._ids_loaded)
        self.model.progress.connect(self._load_progress)
        self.model.failed.connect(self._load_failed)
        self.retranslate()

    # -- set-up ------------------------------------------------------------

    def _set_up_table(self) -> None:
        table = self.form.table
        table.setModel(self.model)
        rows = table.verticalHeader()
        # Fixed heights: a million rows are never measured.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        digit = table.fontMetrics().horizontalAdvance("0")
        for key, width in WIDTHS.items():
            table.setColumnWidth(COLUMN_OF[key], digit * width + 16)
        header.setSortIndicator(COLUMN_OF["day"], Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)  # the model already holds this order: no query
        table.selectionModel().currentRowChanged.connect(lambda _current, _previous: self._show_selection())
        table.activated.connect(lambda _index: self.go_to_link())

    def _set_up_filters(self) -> None:
        f = self.form
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.apply_filters)
        for edit in (f.searchEdit, f.lotEdit, f.counterpartyEdit):
            edit.textChanged.connect(lambda _text: self._typing.start())
            edit.returnPressed.connect(self.apply_filters)
        for combo in (f.typeCombo, f.materialCombo, f.originCombo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for edit in (f.fromDate, f.toDate):
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText("—")
            edit.dateChanged.connect(lambda _d: self._typing.start())
        f.periodCombo.currentIndexChanged.connect(lambda _i: self._period_changed())
        f.clearButton.clicked.connect(self.clear_filters)
        self._completer = QCompleter(self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        f.counterpartyEdit.setCompleter(self._completer)
        self._period_changed(apply=False)

    def _set_up_actions(self) -> None:
        f = self.form
        for keys, slot in (
            ("Ctrl+F", self._focus_search),
            ("Ctrl+R", self.reverse_selected),
            ("Ctrl+L", self.go_to_link),
            ("Ctrl+E", self.export),
            ("F5", self.reload),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.addAction(action)
        f.searchEdit.setFocus()

    # -- Screen ------------------------------------------------------------

    def reload(self) -> None:
        """The ledger changed (or the unit): query again, keeping the
        selection, and refresh the completers' lists."""
        if self._pending_select is None:
            self._pending_select = self.selected_id()
        self._choices_stale = True
        self.model.reload()
        self._show_busy()

    def retranslate(self) -> None:
        f = self.form
        f.retranslateUi(self)
        self._fill_combos()
        self.model.invalidate()
        self._show_count()
        self._show_selection()
        self._set_status("")  # said in the old language

    # -- filters -----------------------------------------------------------

    def _fill_combos(self) -> None:
        f = self.form
        zh = _chinese()
        self._refill(f.periodCombo, [(self.tr(text), key) for key, text in PERIODS])
        self._refill(f.typeCombo, [(self.tr("All types"), None)] + [(type_name(t), t.value) for t in TYPE_NAMES])
        self._refill(f.materialCombo, [(self.tr("All materials"), None)] + [
            (f"{m.code} · {m.name_zh if zh else m.name_en}", m.code) for m in self._materials])
        self._refill(f.originCombo, [(self.tr("All origins"), None)] + [
            (f"{code} · {self._country_name(code, zh)}", code) for code in self._origins])

    @staticmethod
    def _country_name(code: str, zh: bool) -> str:
        try:
            country = get_country(code)
        except UnknownCountryError:
            return code
        return country.name_zh if zh else country.name_en

    @staticmethod
    def _refill(combo, items: list[tuple[str, object]]) -> None:
        """Replace a combo's items, keeping the chosen one, without applying filters."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def current_filter(self) -> LedgerFilter:
        f = self.form
        start, end = chosen_dates(f.periodCombo.currentData() or "all", f.fromDate, f.toDate, self.today())
        kind = f.typeCombo.currentData()
        return LedgerFilter(
            date_from=start, date_to=end, type=MovementType(kind) if kind else None,
            material=f.materialCombo.currentData(), lot=f.lotEdit.text().strip() or None,
            origin=f.originCombo.currentData(), counterparty=f.counterpartyEdit.text().strip() or None,
            text=f.searchEdit.text().strip() or None,
        )

    def apply_filters(self) -> None:
        self._typing.stop()
        before = self.model.filter
        self.model.set_filter(self.current_filter())
        if self.model.filter != before:
            self._show_busy()

    def _period_changed(self, apply: bool = True) -> None:
        f = self.form
        custom = show_period(f.periodCombo.currentData() or "all", f.fromDate, f.toDate, self.today())
        if apply:
            self.apply_filters()
            if custom:
                f.fromDate.setFocus()

    def clear_filters(self) -> None:
        f = self.form
        for widget in (f.searchEdit, f.lotEdit, f.counterpartyEdit, f.periodCombo, f.typeCombo,
                       f.materialCombo, f.originCombo):
            widget.blockSignals(True)
        for edit in (f.searchEdit, f.lotEdit, f.counterpartyEdit):
            edit.clear()
        for combo in (f.periodCombo, f.typeCombo, f.materialCombo, f.originCombo):
            combo.setCurrentIndex(0)
        for widget in (f.searchEdit, f.lotEdit, f.counterpartyEdit, f.periodCombo, f.typeCombo,
                       f.materialCombo, f.originCombo):
            widget.blockSignals(False)
        self._period_changed(apply=False)
        self.apply_filters()

    def _focus_search(self) -> None:
        self.form.searchEdit.setFocus()
        self.form.searchEdit.selectAll()

    # -- loading -----------------------------------------------------------

    def _show_busy(self) -> None:
        f = self.form
        if self.model.loading:
            f.busyLabel.setText(self.tr("Searching…"))
            if self._cancel_export is None:
                f.progressBar.setRange(0, 0)
                f.progressBar.show()

    def _load_progress(self, done: int, total: int) -> None:
        bar = self.form.progressBar
        if self._cancel_export is None and total:
            bar.setRange(0, total)
            bar.setValue(done)

    def _head_loaded(self) -> None:
        self._show_count()
        if self._pending_select is not None:
            self._select(self._pending_select)  # shown early if on the first page
        self._show_selection()

    def _ids_loaded(self) -> None:
        f = self.form
        f.busyLabel.setText("")
        if self._cancel_export is None:
            f.progressBar.hide()
        self._show_count()
        pending, self._pending_select = self._pending_select, None
        if pending is not None and not self._select(pending) and not self.model.filter.is_empty():
            self._set_status(self.tr("No. {id} is not among the filtered movements.").format(id=pending))
        if self._choices_stale:
            self._choices_stale = False
            self._load_choices()

    def _load_failed(self, message: str) -> None:
        self.form.busyLabel.setText("")
        if self._cancel_export is None:
            self.form.progressBar.hide()
        QMessageBox.warning(self, self.tr("The ledger could not be read"), message)

    def _load_choices(self) -> None:
        db = self.session.db

        def done(result: tuple[list[str], list[str]]) -> None:
            self._origins, self._counterparties = result
            self._fill_combos()
            self._completer.setModel(QStringListModel(self._counterparties, self._completer))

        run_in_background(lambda _p: (origins_in_use(db), recent_counterparties(db)), context=self, on_done=done,
                          on_failed=lambda _exc: None)

    def _show_count(self) -> None:
        count = self.model.rowCount()
        text = self.tr("Movements: {count}").format(count=f"{count:,}")
        if not self.model.filter.is_empty():
            text = self.tr("{count} · filtered").format(count=text)
        self.form.countLabel.setText(text)

    # -- selection and links -----------------------------------------------

    def selected_id(self) -> int | None:
        index = self.form.table.currentIndex()
        return self.model.movement_id(index.row()) if index.isValid() else None

    def selected_row(self) -> LedgerRow | None:
        index = self.form.table.currentIndex()
        return self.model.movement(index.row()) if index.isValid() else None

    def _select(self, movement_id: int) -> bool:
        row = self.model.row_of(movement_id)
        if row is None:
            row = next((r for r in range(min(self.model.rowCount(), PAGE))
                        if self.model.movement_id(r) == movement_id), None)
        if row is None:
            return False
        table = self.form.table
        index = self.model.index(row, max(table.currentIndex().column(), 0))
        table.setCurrentIndex(index)
        table.scrollTo(index, table.ScrollHint.PositionAtCenter)
        return True

    def _linked_id(self, row: LedgerRow | None) -> int | None:
        if row is None:
            return None
        return row.reverses_id if row.reverses_id is not None else row.reversed_by_id

    def _show_selection(self) -> None:
        f = self.form
        row = self.selected_row()
        linked = self._linked_id(row)
        writable = row is not None and linked is None and not self.session.read_only
        refused = self._reversal_refused(row) if writable else None
        f.reverseButton.setEnabled(writable and refused is None)
        f.reverseButton.setToolTip(error_text(refused) if refused is not None else
                                   self.tr("Post a reversal of the selected movement, with a reason (Ctrl+R)"))
        f.linkButton.setEnabled(linked is not None)
        f.linkButton.setText(self.tr("Go to No. {id}").format(id=linked) if linked else self.tr("Go to link"))
        f.linkButton.setToolTip(self.tr("Select the linked movement (Ctrl+L, or Enter in the table)"))
        f.detailsLabel.setText(self._details(row, linked))

    def _details(self, row: LedgerRow | None, linked: int | None) -> str:
        if row is None:
            return self.tr("Select a movement to see its reversal or the movement it reverses.")
        unit = self.session.unit_label()
        head = self.tr("No. {id} · {day} · {type} · {material} lot {lot} · {mass} {unit}").format(
            id=row.id, day=row.day.isoformat(), type=type_name(row.type), material=row.material, lot=row.lot,
            mass=self.session.mass(row.mass_g), unit=unit)
        if linked is None:
            return head + " — " + self.tr("not reversed")
        other = next(iter(load_rows(self.session.db, [linked])), None)
        if other is None:
            return head + " — " + link_text(row)
        if row.reversed_by_id is not None:
            return head + " — " + self.tr("reversed by No. {id} on {day}: {reason}").format(
                id=other.id, day=other.day.isoformat(), reason=other.note or "—")
        return head + " — " + self.tr("reverses No. {id} of {day}: {reason}").format(
            id=other.id, day=other.day.isoformat(), reason=row.note or "—")

    def go_to_link(self) -> None:
        linked = self._linked_id(self.selected_row())
        if linked is not None:
            self.go_to_movement(linked)

    def go_to_movement(self, movement_id: int) -> None:
        """Select a movement; clear the filters first if they hide it."""
        if self.model.all_ids_loaded and self._select(movement_id):
            return
        self._pending_select = movement_id
        if self.model.all_ids_loaded and not self.model.filter.is_empty():
            self._set_status(self.tr("Filters cleared to show No. {id}.").format(id=movement_id))
            self.clear_filters()

    # -- reversal ----------------------------------------------------------

    def _reversal_refused(self, row: LedgerRow):
        """Why the one signed in may not reverse ``row`` (a clerk: another's
        movement, or one of a closed month), or None."""
        if self.session.may(Permission.REVERSE_ANY):
            return None
        return reversal_refusal(self.session.db, row.id)

    def reverse_selected(self) -> None:
        row = self.selected_row()
        if row is None or self._linked_id(row) is not None or self.reversal_dialog is not None \
                or self.session.read_only:
            return
        if self._reversal_refused(row) is not None:
            return
        dialog = ReversalDialog(self.session, row, self, today=self.today())
        dialog.finished.connect(lambda _code: self._reversal_finished(dialog))
        self.reversal_dialog = dialog
        dialog.open()

    def _reversal_finished(self, dialog: ReversalDialog) -> None:
        self.reversal_dialog = None
        dialog.deleteLater()
        if dialog.posted is None:
            return
        reversal = dialog.posted.movement_ids[0]
        self._pending_select = reversal
        self._set_status(self.tr("Reversal No. {id} posted.").format(id=reversal))
        self.session.notify_changed()

    # -- export ------------------------------------------------------------

    def export(self) -> None:
        if self._cancel_export is not None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder or Path.home()) / f"ledger-{self.today().isoformat()}.xlsx"
        xlsx, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, UTF-8 (*.csv)")
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the filtered movements"),
                                                   str(suggested), f"{xlsx};;{csv}")
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if chosen == csv else ".xlsx"))
        self._start_export(path)

    def _start_export(self, path: Path) -> None:
        # openpyxl takes a while to import: not before the first export.
        from ree_desk.services.ledger_export import EXPORT_KEYS, ExportLabels, export_ledger

        f = self.form
        db, filt, sort, unit = self.session.db, self.model.filter, self.model.sort_order, self.session.unit
        labels = ExportLabels(
            sheet=self.tr("Ledger"),
            headers={key: self.tr(EXPORT_HEADERS[key]) for key in EXPORT_KEYS},
            types={t.value: type_name(t.value) for t in MovementType},
            flags={bit: flag_name(bit) for bit in FLAG_NAMES},
        )
        cancel = self._cancel_export = threading.Event()

        def work(progress):
            def report(done: int, total: int) -> None:
                if cancel.is_set():
                    raise ExportCancelled()
                progress(done, total, "")
            return export_ledger(db, path, filt, sort, unit=unit, labels=labels, progress=report)

        f.progressBar.setRange(0, max(self.model.rowCount(), 1))
        f.progressBar.setValue(0)
        f.progressBar.show()
        f.cancelButton.show()
        f.exportButton.setEnabled(False)
        self._set_status(self.tr("Exporting to {path}…").format(path=path))
        run_in_background(work, context=self, on_done=lambda count: self._export_done(path, count),
                          on_failed=self._export_failed, on_progress=self._export_progress)

    def _export_progress(self, done: int, total: int, _stage: str) -> None:
        bar = self.form.progressBar
        bar.setRange(0, max(total, 1))
        bar.setValue(done)

    def _export_finished(self) -> None:
        f = self.form
        self._cancel_export = None
        f.cancelButton.hide()
        f.exportButton.setEnabled(True)
        if self.model.loading:
            self._show_busy()
        else:
            f.progressBar.hide()

    def _export_done(self, path: Path, count: int) -> None:
        self._export_finished()
        self._set_status(self.tr("Movements exported: {count}, to {path}").format(
            count=f"{count:,}", path=path))

    def _export_failed(self, exc: BaseException) -> None:
        self._export_finished()
        if isinstance(exc, ExportCancelled):
            self._set_status(self.tr("Export cancelled."))
            return
        self._set_status("")
        QMessageBox.warning(self, self.tr("Export failed"), error_text(exc))

    def _cancel(self) -> None:
        if self._cancel_export is not None:
            self._cancel_export.set()

    def _set_status(self, text: str) -> None:
        self.form.statusLabel.setText(text)
