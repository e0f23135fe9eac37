"""Import: a movement file checked and previewed with every problem on its
cell, then imported all or nothing with progress."""
from __future__ import annotations

from pathlib import Path

from ree_desk.domain.accounts.roles import Permission
from ree_desk.domain.problems import InputRejected
from ree_desk.gui import role_names
from ree_desk.gui.forms.ui_import_screen import Ui_ImportScreen
from ree_desk.gui.models.import_preview_model import ImportPreviewModel, ProblemListModel, problem_text
from ree_desk.gui.problem_text import error_text
from ree_desk.gui.qt import (
    QT_TRANSLATE_NOOP,
    QAction,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QKeySequence,
    QLineEdit,
    QMessageBox,
    QModelIndex,
    QStandardPaths,
)
from ree_desk.gui.screens.base import Screen
from ree_desk.gui.session import Session
from ree_desk.gui.worker import run_in_background
from ree_desk.services.import_preview import ImportPreview, preview_file
from ree_desk.services.importer import ImportResult, import_file

FOLDER_KEY = "import/folder"
ROW_HEIGHT = 26
# Sized for what the columns usually hold, not measured: measuring every
# cell of a large file would stall the screen.
COLUMN_WIDTHS = {"date": 100, "type": 110, "material": 130, "lot": 130, "mass_kg": 110, "grade_pct": 80,
                 "origin": 70, "origin_detail": 120, "counterparty": 210, "credit_code": 170,
                 "customs_no": 160, "invoice_no": 120, "run": 110, "destination": 80, "note": 220}


class ImportScreen(Screen):
    key = "import"

    STAGES = {
        "read": QT_TRANSLATE_NOOP("ImportScreen", "Reading the file"),
        "check": QT_TRANSLATE_NOOP("ImportScreen", "Checking the rows"),
        "ledger": QT_TRANSLATE_NOOP("ImportScreen", "Checking against the ledger"),
        "write": QT_TRANSLATE_NOOP("ImportScreen", "Writing the movements"),
    }

    def __init__(self, session: Session, parent=None):
        super().__init__(session, parent)
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.busy = False
        self.imported: ImportResult | None = None
        self.form = Ui_ImportScreen()
        self.form.setupUi(self)
        f = self.form

        self.model = ImportPreviewModel(self)
        f.previewView.setModel(self.model)
        self.problems = ProblemListModel(self)
        f.problemsView.setModel(self.problems)
        for view in (f.previewView, f.problemsView):
            header = view.verticalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setDefaultSectionSize(ROW_HEIGHT)
        f.previewView.horizontalHeader().setDefaultSectionSize(110)
        f.problemsView.setColumnWidth(ProblemListModel.LINE, 60)
        f.problemsView.setColumnWidth(ProblemListModel.COLUMN, 120)
        f.problemsView.setColumnWidth(ProblemListModel.KIND, 80)
        f.splitter.setStretchFactor(0, 3)
        f.splitter.setStretchFactor(1, 2)
        f.problemsView.selectionModel().currentRowChanged.connect(self._go_to_problem)
        f.problemsView.clicked.connect(self._go_to_problem)

        f.chooseButton.clicked.connect(self.choose_file)
        f.recheckButton.clicked.connect(self.check_again)
        f.importButton.clicked.connect(self.import_now)
        for shortcut, slot in (("Ctrl+O", self.choose_file), ("F5", self.check_again)):
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            self.addAction(action)
        self._show_progress(False)
        self._show_state()

    # ------------------------------------------------------------ the file

    def choose_file(self) -> None:
        if self.busy or self.session.read_only:
            return
        settings = self.session.preferences.settings
        start = str(settings.value(FOLDER_KEY, "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation))
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a movement file"), start,
            self.tr("Movement files (*.csv *.xlsx *.xlsm);;All files (*)"))
        if not chosen:
            return
        settings.setValue(FOLDER_KEY, str(Path(chosen).parent))
        self.load(Path(chosen))

    def load(self, path: Path) -> None:
        """Read and check ``path`` in the background and show it."""
        self.path = path
        self.form.fileEdit.setText(str(path))
        self.check_again()

    def check_again(self) -> None:
        if self.path is None or self.busy:
            return
        db, user, path = self.session.db, self.session.user, self.path

        def work(progress):
            return preview_file(db, path, user=user,
                                progress=lambda stage, done, total: progress(done, total, stage))

        self._start(self.tr("Reading the file"))
        run_in_background(work, context=self,
                          on_done=self._previewed, on_failed=self._failed, on_progress=self._progress)

    def _previewed(self, preview: ImportPreview) -> None:
        self.imported = None  # a fresh preview may be imported (again)
        self._finish()
        self.preview = preview
        self.model.set_preview(preview)
        for col, name in enumerate(preview.columns):
            self.form.previewView.setColumnWidth(col, COLUMN_WIDTHS.get(name, 110))
        self.problems.set_problems(preview.problems)
        self.form.problemsPane.setVisible(bool(preview.problems))
        self._show_state()
        if preview.problems:
            self.form.problemsView.selectRow(0)

    def _go_to_problem(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not index.isValid():
            return
        cell = self.model.index_of(self.problems.problems[index.row()])
        if cell.isValid():
            view = self.form.previewView
            view.setCurrentIndex(cell)
            view.scrollTo(cell)

    # ------------------------------------------------------------ importing

    def import_now(self) -> None:
        preview = self.preview
        if self.busy or preview is None or not preview.can_import or self.imported is not None:
            return
        reason = None
        if preview.warnings and not self.session.may(Permission.ACCEPT_WARNINGS):
            QMessageBox.warning(
                self, self.tr("Nothing was imported"),
                role_names.said(role_names.WARNINGS_NEED_MANAGER).format(
                    n=len({p.line for p in preview.warnings})))
            return
        if preview.warnings:
            reason, ok = QInputDialog.getText(
                self, self.tr("Accept the warnings"),
                self.tr("{n} warning(s): negative stock, over quota, or movements the ledger already "
                        "holds. The rows are recorded as they are and flagged for review.\n"
                        "The manager's reason:").format(n=len(preview.warnings)),
                QLineEdit.EchoMode.Normal, "")
            if not ok or not reason.strip():
                return
        db, user, path = self.session.db, self.session.user, preview.path

        def work(progress):
            return import_file(db, path, user=user, accept_reason=reason,
                               progress=lambda stage, done, total: progress(done, total, stage))

        self._start(self.tr("Importing"))
        run_in_background(work, context=self,
                          on_done=self._imported, on_failed=self._failed, on_progress=self._progress)

    def _imported(self, result: ImportResult) -> None:
        self._finish()
        self.imported = result
        self._show_state()
        self.session.notify_changed()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, InputRejected) and exc.problems:
            # The file or the ledger changed since the preview: show it as it is now.
            QMessageBox.warning(self, self.tr("Nothing was imported"),
                                "\n".join(problem_text(p) for p in exc.problems[:20]))
            self.check_again()
            return
        QMessageBox.critical(self, self.tr("Nothing was imported"), error_text(exc))
        self._show_state()

    # --------------------------------------------------------- presentation

    def _show_state(self) -> None:
        f = self.form
        preview, result = self.preview, self.imported
        # Read-only: nothing to offer; even the check runs the posting's, in a write transaction.
        writable = not self.session.read_only
        f.recheckButton.setEnabled(not self.busy and self.path is not None and writable)
        f.chooseButton.setEnabled(not self.busy and writable)
        can_import = not self.busy and preview is not None and preview.can_import and result is None and writable
        f.importButton.setEnabled(can_import)
        rows = len(preview.rows) if preview else 0
        f.importButton.setText(self.tr("&Import {n} movements").format(n=rows) if rows else self.tr("&Import"))
        f.problemsPane.setVisible(bool(preview and preview.problems))
        label, color = self._summary()
        f.summaryLabel.setText(label)
        f.summaryLabel.setStyleSheet(f"color: {color}; font-weight: bold;" if color else "")

    def _summary(self) -> tuple[str, str | None]:
        preview, result = self.preview, self.imported
        if result is not None:
            text = self.tr("Imported {n} movements from {file}.").format(n=result.rows, file=result.path.name)
            if result.flagged:
                text += " " + self.tr("{n} flagged with the reason given.").format(n=result.flagged)
            return text, "#2e6b34"
        if preview is None:
            return self.tr("Choose a file to check it (Ctrl+O)."), None
        errors, warnings = len(preview.errors), len(preview.warnings)
        rows = len(preview.rows)
        if errors:
            return self.tr("{rows} rows read; {errors} error(s) and {warnings} warning(s). "
                           "Correct the file and check it again (F5): nothing is imported until every row "
                           "is right.").format(rows=rows, errors=errors, warnings=warnings), "#b3261e"
        if warnings:
            return self.tr("{rows} rows ready; {warnings} warning(s) need a manager's reason to be "
                           "imported.").format(rows=rows, warnings=warnings), "#8a5a00"
        return self.tr("{rows} rows checked: all correct, ready to import.").format(rows=rows), "#2e6b34"

    def _start(self, text: str) -> None:
        self.busy = True
        self.form.progressLabel.setText(text + "…")
        self.form.progressBar.setRange(0, 0)
        self._show_progress(True)
        self._show_state()

    def _progress(self, done: int, total: int, stage: str) -> None:
        bar = self.form.progressBar
        if total > 1:
            bar.setRange(0, total)
            bar.setValue(done)
        else:
            bar.setRange(0, 0)
        if stage in self.STAGES:
            self.form.progressLabel.setText(self.tr(self.STAGES[stage]) + "…")

    def _finish(self) -> None:
        self.busy = False
        self._show_progress(False)
        self._show_state()

    def _show_progress(self, shown: bool) -> None:
        self.form.progressBar.setVisible(shown)
        self.form.progressLabel.setVisible(shown)

    def retranslate(self) -> None:
        self.form.retranslateUi(self)
        self.model.retranslate()
        self.problems.retranslate()
        self._show_state()
