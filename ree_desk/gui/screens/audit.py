"""The audit log: every event the ledger recorded (postings, reversals,
flagged exceptions, quota changes, months closed and reopened, reports,
settings, sign-ins, backups), filtered, with the selected event in full,
and export of what the filter shows."""
from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from ree_desk.gui.audit_words import GROUP_NAMES, action_name, event_text, group_name
from ree_desk.gui.forms.ui_audit import Ui_AuditScreen
from ree_desk.gui.models.audit_model import COLUMN_OF, AuditModel
from ree_desk.gui.problem_text import error_text
from ree_desk.gui.qt import (
    QAction,
    QCoreApplication,
    QFileDialog,
    QHeaderView,
    QKeySequence,
    QMessageBox,
    QStandardPaths,
    Qt,
    QTimer,
    QWidget,
)
from ree_desk.gui.screens.base import Screen
from ree_desk.gui.widgets.period_dates import NO_DATE, PERIODS, chosen_dates, show_period
from ree_desk.gui.session import Session
from ree_desk.gui.worker import run_in_background
from ree_desk.services.audit_log import AuditEntry, AuditFilter, users
from ree_desk.services.audit_text import detail_lines

TYPING_PAUSE_MS = 350
# Column widths in digits' widths; the sentence takes what is left.
WIDTHS = {"id": 7, "at": 18, "by": 12, "action": 16}


class ExportCancelled(Exception):
    pass


class AuditScreen(Screen):
    key = "audit"

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.form = Ui_AuditScreen()
        self.form.setupUi(self)
        self.model = AuditModel(session, self)
        self.today = dt.date.today
        self._pending_select: int | None = None
        self._cancel_export: threading.Event | None = None
        self._users: list[str] = []

        self._set_up_table()
        self._set_up_filters()
        self._set_up_actions()
        f = self.form
        f.cancelButton.hide()
        f.progressBar.hide()
        f.splitter.setStretchFactor(0, 2)
        f.splitter.setStretchFactor(1, 1)
        f.exportButton.clicked.connect(self.export)
        f.cancelButton.clicked.connect(self._cancel)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self._load_failed)
        self.retranslate()

    # -- set-up ------------------------------------------------------------

    def _set_up_table(self) -> None:
        table = self.form.table
        table.setModel(self.model)
        rows = table.verticalHeader()
        # Fixed heights: tens of thousands of rows are never measured.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        digit = table.fontMetrics().horizontalAdvance("0")
        for key, width in WIDTHS.items():
            table.setColumnWidth(COLUMN_OF[key], digit * width + 16)
        table.selectionModel().currentRowChanged.connect(lambda _current, _previous: self._show_selection())

    def _set_up_filters(self) -> None:
        f = self.form
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.apply_filters)
        f.searchEdit.textChanged.connect(lambda _text: self._typing.start())
        f.searchEdit.returnPressed.connect(self.apply_filters)
        for combo in (f.groupCombo, f.userCombo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for edit in (f.fromDate, f.toDate):
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText("—")
            edit.dateChanged.connect(lambda _d: self._typing.start())
        f.periodCombo.currentIndexChanged.connect(lambda _i: self._period_changed())
        f.clearButton.clicked.connect(self.clear_filters)
        self._period_changed(apply=False)

    def _set_up_actions(self) -> None:
        for keys, slot in (("Ctrl+F", self._focus_search), ("Ctrl+E", self.export), ("F5", self.reload)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.addAction(action)

    # -- Screen ------------------------------------------------------------

    def activate(self) -> None:
        # Events come from everywhere (a backup, a setting, another program
        # on the same file): read again whenever the screen is shown.
        self._stale = False
        self.reload()

    def reload(self) -> None:
        if self._pending_select is None:
            self._pending_select = self.selected_id()
        self.model.reload()
        self._show_busy()

    def retranslate(self) -> None:
        self.form.retranslateUi(self)
        self._fill_combos()
        self.model.invalidate()
        self._show_count()
        self._show_selection()
        self._set_status("")  # said in the old language

    # -- filters -----------------------------------------------------------

    def _fill_combos(self) -> None:
        f = self.form
        self._refill(f.periodCombo, [(QCoreApplication.translate("LedgerScreen", text), key)
                                     for key, text in PERIODS])
        self._refill(f.groupCombo, [(self.tr("All events"), None)] + [(group_name(g), g) for g in GROUP_NAMES])
        self._refill(f.userCombo, [(self.tr("All users"), None)] + [(u, u) for u in self._users])

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

    def current_filter(self) -> AuditFilter:
        f = self.form
        start, end = chosen_dates(f.periodCombo.currentData() or "all", f.fromDate, f.toDate, self.today())
        return AuditFilter(date_from=start, date_to=end, group=f.groupCombo.currentData(),
                           user=f.userCombo.currentData(), text=f.searchEdit.text().strip() or None)

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
        widgets = (f.searchEdit, f.periodCombo, f.groupCombo, f.userCombo)
        for widget in widgets:
            widget.blockSignals(True)
        f.searchEdit.clear()
        for combo in widgets[1:]:
            combo.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)
        self._period_changed(apply=False)
        self.apply_filters()

    def _focus_search(self) -> None:
        self.form.searchEdit.setFocus()
        self.form.searchEdit.selectAll()

    # -- loading -----------------------------------------------------------

    def _show_busy(self) -> None:
        if self.model.loading:
            self.form.busyLabel.setText(self.tr("Searching…"))

    def _loaded(self) -> None:
        self.form.busyLabel.setText("")
        self._show_count()
        pending, self._pending_select = self._pending_select, None
        if pending is None or not self._select(pending):
            self._select_row(0)
        self._show_selection()
        self._load_users()

    def _load_failed(self, message: str) -> None:
        self.form.busyLabel.setText("")
        self._pending_select = None
        QMessageBox.warning(self, self.tr("The audit log could not be read"), message)

    def _load_users(self) -> None:
        db = self.session.db

        def done(found: list[str]) -> None:
            if found != self._users:
                self._users = found
                self._fill_combos()

        run_in_background(lambda _p: users(db), context=self, on_done=done, on_failed=lambda _exc: None)

    def _show_count(self) -> None:
        text = self.tr("Events: {count}").format(count=f"{self.model.rowCount():,}")
        if not self.model.filter.is_empty():
            text = self.tr("{count} · filtered").format(count=text)
        self.form.countLabel.setText(text)

    # -- selection and detail ----------------------------------------------

    def selected_id(self) -> int | None:
        index = self.form.table.currentIndex()
        return self.model.event_id(index.row()) if index.isValid() else None

    def selected_entry(self) -> AuditEntry | None:
        index = self.form.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def _select(self, event_id: int) -> bool:
        row = self.model.row_of(event_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        table = self.form.table
        index = self.model.index(row, max(table.currentIndex().column(), 0))
        table.setCurrentIndex(index)
        table.scrollTo(index)

    def _show_selection(self) -> None:
        entry = self.selected_entry()
        self.form.detailEdit.setPlainText(self.detail(entry) if entry is not None else "")

    def detail(self, entry: AuditEntry) -> str:
        """Everything recorded with an event: its sentence, who and when,
        and its detail key by key (with any column added to the table)."""
        head = self.tr("No. {id} · {at} · {user} · {action} ({code})").format(
            id=entry.id, at=entry.at.strftime("%Y-%m-%d %H:%M:%S") if entry.at else "—", user=entry.by or "—",
            action=action_name(entry.action), code=entry.action)
        lines = [head, event_text(entry), "", self.tr("Recorded:")]
        lines += ["  " + line for line in detail_lines(entry.detail)] or ["  —"]
        lines += ["  " + line for line in detail_lines(entry.extra)]
        return "\n".join(lines)

    # -- export ------------------------------------------------------------

    def export(self) -> None:
        if self._cancel_export is not None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder or Path.home()) / f"audit-{self.today().isoformat()}.xlsx"
        xlsx, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, UTF-8 (*.csv)")
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the filtered events"),
                                                   str(suggested), f"{xlsx};;{csv}")
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if chosen == csv else ".xlsx"))
        self._start_export(path)

    def _start_export(self, path: Path) -> None:
        # openpyxl takes a while to import: not before the first export.
        from ree_desk.services.audit_export import export_audit

        f = self.form
        db, filt = self.session.db, self.model.filter
        cancel = self._cancel_export = threading.Event()

        def work(progress):
            def report(done: int, total: int) -> None:
                if cancel.is_set():
                    raise ExportCancelled()
                progress(done, total, "")
            return export_audit(db, path, filt, describe=event_text, progress=report)

        f.progressBar.setRange(0, max(self.model.rowCount(), 1))
        f.progressBar.setValue(0)
        f.progressBar.show()
        f.cancelButton.show()
        f.exportButton.setEnabled(False)
        self._set_status(self.tr("Exporting to {path}…").format(path=path))
        run_in_background(work, context=self, on_done=lambda count: self._export_done(path, count),
                          on_failed=self._export_failed, on_progress=self._export_progress)

    def _export_progress(self, done: int, total: int, _stage: str) -> None:
        self.form.progressBar.setRange(0, max(total, 1))
        self.form.progressBar.setValue(done)

    def _export_finished(self) -> None:
        f = self.form
        self._cancel_export = None
        f.cancelButton.hide()
        f.progressBar.hide()
        f.exportButton.setEnabled(True)

    def _export_done(self, path: Path, count: int) -> None:
        self._export_finished()
        self._set_status(self.tr("Events exported: {count}, to {path}").format(count=f"{count:,}", path=path))

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
