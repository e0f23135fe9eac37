"""Reports: the months with their state and due dates; the month's xlsx and
PDF made with progress, opened, and the month closed or reopened."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ree_desk.domain.accounts.roles import Permission
from ree_desk.domain.problems import InputRejected
from ree_desk.gui.dialogs.reopen_month import ReopenMonthDialog
from ree_desk.gui.forms.ui_reports import Ui_ReportsScreen
from ree_desk.gui.models.months_model import MonthsModel
from ree_desk.gui.problem_text import error_text
from ree_desk.gui.qt import (
    QT_TRANSLATE_NOOP,
    QDesktopServices,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QStandardPaths,
    QUrl,
)
from ree_desk.gui.screens.base import Screen
from ree_desk.gui.session import Session
from ree_desk.gui.worker import run_in_background
from ree_desk.services.months import reopen_month, status
from ree_desk.services.months_overview import MonthOverview, months_overview, report_file_paths
from ree_desk.services.report import ReportResult, make_report

FOLDER_KEY = "reports/folder"


class ReportsScreen(Screen):
    key = "reports"

    def __init__(self, session: Session, parent=None):
        super().__init__(session, parent)
        self.today = dt.date.today  # tests set a fixed day
        self.busy = False
        self.loading = False
        self._generation = 0
        self._wanted: str | None = None
        self._status: dict | None = None
        self.form = Ui_ReportsScreen()
        self.form.setupUi(self)
        self.model = MonthsModel(self)
        view = self.form.monthsView
        view.setModel(self.model)
        view.verticalHeader().setDefaultSectionSize(28)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        widths = (90, 120, 100, 130, 100, 170)
        for col, width in enumerate(widths):
            view.setColumnWidth(col, width)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        view.activated.connect(lambda _index: self.make_report())

        f = self.form
        f.chooseFolderButton.clicked.connect(self.choose_folder)
        f.makeButton.clicked.connect(self.make_report)
        f.openXlsxButton.clicked.connect(lambda: self._open(self._file("xlsx")))
        f.openPdfButton.clicked.connect(lambda: self._open(self._file("pdf")))
        f.openFolderButton.clicked.connect(self.open_folder)
        f.closeMonthButton.clicked.connect(self.close_month)
        f.reopenButton.clicked.connect(self.reopen_month)
        # Every role makes reports; closing and reopening months is a manager's.
        f.closeMonthButton.setVisible(session.may(Permission.CLOSE_MONTH))
        f.reopenButton.setVisible(session.may(Permission.REOPEN_MONTH))
        self._show_progress(False)
        self._show_folder()
        self._update_actions()

    # ------------------------------------------------------------------ data

    def reload(self) -> None:
        """Fetch the months in the background (counting a ten-year ledger's
        months takes a few tenths of a second); only the latest request is shown."""
        self._generation += 1
        generation, db, today = self._generation, self.session.db, self.today()
        self.loading = True
        run_in_background(lambda _progress: (months_overview(db, today), status(db, today)),
                          context=self, on_done=lambda result: self._loaded(generation, *result),
                          on_failed=lambda exc: self._load_failed(generation, exc))

    def _loaded(self, generation: int, rows: list[MonthOverview], due: dict) -> None:
        if generation != self._generation:
            return
        self.loading = False
        selected = self.selected()
        current = self._wanted or (selected.month if selected else None)
        self._wanted = None
        self.model.set_rows(rows)
        self._status = due
        self._show_due()
        row = self.model.row_of(current) if current else -1
        if row < 0 and self.model.rowCount():
            row = max(self.model.row_of(due["next_due"]["month"]), 0)  # the month to file next
        if row >= 0:
            self.form.monthsView.selectRow(row)
        self._update_actions()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.loading = False
            QMessageBox.critical(self, self.tr("The months could not be read"), error_text(exc))

    def selected(self) -> MonthOverview | None:
        index = self.form.monthsView.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_month(self, month: str) -> None:
        """Select ``month`` now, or once the months being read arrive."""
        if self.loading:
            self._wanted = month
        else:
            self.form.monthsView.selectRow(self.model.row_of(month))

    # ------------------------------------------------------------- the folder

    def folder(self) -> Path | None:
        value = self.session.preferences.settings.value(FOLDER_KEY, "")
        return Path(str(value)) if value else None

    def choose_folder(self) -> Path | None:
        start = self.folder() or Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation))
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the report files"), str(start))
        if not chosen:
            return None
        self.session.preferences.settings.setValue(FOLDER_KEY, str(chosen))
        self._show_folder()
        return Path(chosen)

    def _show_folder(self) -> None:
        folder = self.folder()
        self.form.folderEdit.setText(str(folder) if folder else "")

    # ----------------------------------------------------------------- actions

    def make_report(self) -> None:
        self._run_report(close=False)

    def close_month(self) -> None:
        row = self.selected()
        if row is None or self.busy or not self.session.may(Permission.CLOSE_MONTH):
            return
        answer = QMessageBox.question(
            self, self.tr("Close {month}").format(month=row.month),
            self.tr("Make the report of {month} and close the month?\n\n"
                    "After closing, no movement can be dated in {month}; corrections are posted in an "
                    "open month. Only a manager can reopen it.").format(month=row.month),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run_report(close=True)

    def _run_report(self, *, close: bool) -> None:
        row = self.selected()
        if row is None or self.busy:
            return
        folder = self.folder() or self.choose_folder()
        if folder is None:
            return
        xlsx, pdf = report_file_paths(folder, row.month)
        db, user, month, today = self.session.db, self.session.user, row.month, self.today()

        def work(progress):
            folder.mkdir(parents=True, exist_ok=True)
            return make_report(db, month, user=user, xlsx=xlsx, pdf=pdf, close=close, today=today,
                               progress=lambda stage, done, total: progress(done, total, stage))

        self._start(self.tr("Closing {month}…") if close else self.tr("Making the report of {month}…"), month)
        run_in_background(work, context=self,
                          on_done=self._report_done, on_failed=lambda exc: self._report_failed(month, exc),
                          on_progress=self._progress)

    def _report_done(self, result: ReportResult) -> None:
        self._finish()
        month = result.report.month
        if result.closed:
            message = self.tr("{month} is closed. Its report: {files}")
        else:
            message = self.tr("Report of {month} written: {files}")
        names = ", ".join(p.name for p in (result.xlsx, result.pdf) if p)
        self.form.progressLabel.setText(message.format(month=month, files=names))
        self.form.progressLabel.show()
        if result.closed:
            self.session.notify_changed()  # other screens show open months and stock snapshots
            self.activate()
        else:
            self.reload()
        self.select_month(month)

    def _report_failed(self, month: str, exc: BaseException) -> None:
        self._finish()
        self.form.progressLabel.hide()
        if isinstance(exc, InputRejected):
            QMessageBox.warning(self, self.tr("The report of {month} was not made").format(month=month),
                                self.problems_text(exc))
        elif isinstance(exc, OSError):
            QMessageBox.critical(self, self.tr("The report files could not be written"),
                                 self.tr("{error}\n\nClose the files if they are open in Excel or a PDF viewer, "
                                         "or choose another folder.").format(error=error_text(exc)))
        else:
            QMessageBox.critical(self, self.tr("The report of {month} was not made").format(month=month),
                                 error_text(exc))

    def reopen_month(self) -> None:
        row = self.selected()
        if row is None or self.busy or not row.closed or not self.session.may(Permission.REOPEN_MONTH):
            return
        dialog = ReopenMonthDialog(row.month, self)
        if dialog.exec() != ReopenMonthDialog.DialogCode.Accepted:
            return
        try:
            reopen_month(self.session.db, row.month, user=self.session.user, reason=dialog.reason())
        except InputRejected as exc:
            QMessageBox.warning(self, self.tr("{month} was not reopened").format(month=row.month),
                                self.problems_text(exc))
            return
        self.session.notify_changed()
        self.activate()
        self.select_month(row.month)

    def open_folder(self) -> None:
        row = self.selected()
        report = row.report if row else None
        paths = [p for p in (report.xlsx, report.pdf) if p] if report else []
        folder = paths[0].parent if paths else self.folder()
        if folder is not None:
            self._open(folder)

    def _file(self, kind: str) -> Path | None:
        row = self.selected()
        if row is None or row.report is None:
            return None
        return row.report.xlsx if kind == "xlsx" else row.report.pdf

    def _open(self, path: Path | None) -> None:
        if path is None:
            return
        if not path.exists():
            QMessageBox.warning(self, self.tr("Not found"),
                                self.tr("{path} is no longer there. Make the report again.").format(path=path))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # ----------------------------------------------------------- presentation

    def problems_text(self, exc: InputRejected) -> str:
        return error_text(exc)

    def _show_due(self) -> None:
        if not self._status:
            return
        due = self._status["next_due"]
        when = self.model.days_text(due["days_left"])
        text = self.tr("Next report: {month}, due {date} ({when})").format(
            month=due["month"], date=due["due_date"], when=when)
        label = self.form.dueLabel
        label.setText(text)
        label.setStyleSheet("color: #b3261e; font-weight: bold;" if due["overdue"] else "")

    def _update_actions(self) -> None:
        row = self.selected()
        f = self.form
        idle = not self.busy
        writable = idle and not self.session.read_only  # a report made is recorded in the audit log
        has_report = row is not None and row.report is not None
        f.makeButton.setEnabled(writable and row is not None)
        f.openXlsxButton.setEnabled(idle and has_report and row.report.xlsx is not None)
        f.openPdfButton.setEnabled(idle and has_report and row.report.pdf is not None)
        f.openFolderButton.setEnabled(idle and (has_report or self.folder() is not None))
        f.closeMonthButton.setEnabled(writable and row is not None and row.can_close)
        f.reopenButton.setEnabled(writable and row is not None and row.closed)
        f.detailLabel.setText(self._detail(row))

    def _detail(self, row: MonthOverview | None) -> str:
        if row is None:
            return ""
        if row.report is None:
            return self.tr("No report made for {month} yet.").format(month=row.month)
        files = ", ".join(str(p) for p in (row.report.xlsx, row.report.pdf) if p)
        return self.tr("Last report of {month}: {when}, by {user} — {files}").format(
            month=row.month, when=row.report.at.strftime("%Y-%m-%d %H:%M"), user=row.report.by, files=files)

    STAGES = {
        "figures": QT_TRANSLATE_NOOP("ReportsScreen", "Computing the figures"),
        "check": QT_TRANSLATE_NOOP("ReportsScreen", "Checking them against the ledger"),
        "xlsx": QT_TRANSLATE_NOOP("ReportsScreen", "Writing the xlsx"),
        "pdf": QT_TRANSLATE_NOOP("ReportsScreen", "Writing the PDF"),
        "backup": QT_TRANSLATE_NOOP("ReportsScreen", "Backing up the ledger"),
        "close": QT_TRANSLATE_NOOP("ReportsScreen", "Closing the month"),
        "done": QT_TRANSLATE_NOOP("ReportsScreen", "Done"),
    }

    def _start(self, text: str, month: str) -> None:
        self.busy = True
        self.form.progressLabel.setText(text.format(month=month))
        self._show_progress(True)
        self.form.progressBar.setRange(0, 0)
        self._update_actions()

    def _progress(self, done: int, total: int, stage: str) -> None:
        bar = self.form.progressBar
        if total > 1:
            bar.setRange(0, total)
            bar.setValue(done)
        else:
            bar.setRange(0, 0)  # a stage without steps: keep the bar moving
        if stage in self.STAGES:
            self.form.progressLabel.setText(self.tr(self.STAGES[stage]) + "…")

    def _finish(self) -> None:
        self.busy = False
        self.form.progressBar.hide()
        self._update_actions()

    def _show_progress(self, shown: bool) -> None:
        self.form.progressBar.setVisible(shown)
        self.form.progressLabel.setVisible(shown)

    def retranslate(self) -> None:
        self.form.retranslateUi(self)
        self.model.retranslate()
        self._show_due()
        self._update_actions()
