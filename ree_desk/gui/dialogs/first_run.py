"""The first start: create the enterprise's database, open the demo, or
connect to the ledger on the plant's server.

After ``exec()``, ``chosen_path`` is the database to open (None if the user
cancelled): a file, or the server database's URL, in which case
``chosen_database`` is already open (with the password typed, kept nowhere
else). Settings uses the same dialog for New….
"""
from __future__ import annotations

from pathlib import Path

from ree_desk import paths
from ree_desk.domain.credit_code import CreditCodeError, normalize_credit_code, validate_credit_code
from ree_desk.gui.forms.ui_first_run_dialog import Ui_FirstRunDialog
from ree_desk.gui.preferences import Preferences
from ree_desk.gui.problem_text import error_text, sentence_text
from ree_desk.gui.qt import QCoreApplication, QDialog, QDialogButtonBox, QEvent, QFileDialog, QLabel, QWidget
from ree_desk.gui.session import login_name
from ree_desk.gui.worker import run_in_background
from ree_desk.services.demo_database import ensure_demo_database
from ree_desk.services.setup import init_database

CODE_LENGTH = 18
VALID, INVALID, NEUTRAL = "#2e6b34", "#b3261e", "#6b7480"


def show_credit_code_status(label: QLabel, text: str) -> bool:
    """Say under a credit-code field whether the code is valid, while it is
    typed; returns whether it is."""
    code = normalize_credit_code(text)
    translate = QCoreApplication.translate
    if not code:
        message = translate("CreditCode", "18 characters, as on the business licence")
        color, valid = NEUTRAL, False
    elif len(code) < CODE_LENGTH:
        message = translate("CreditCode", "{n} of 18 characters").format(n=len(code))
        color, valid = NEUTRAL, False
    else:
        try:
            validate_credit_code(code)
        except CreditCodeError as exc:
            message = translate("CreditCode", "✗ Not a valid credit code: {reason}").format(
                reason=sentence_text(str(exc)))
            color, valid = INVALID, False
        else:
            message = translate("CreditCode", "✓ Valid credit code")
            color, valid = VALID, True
    label.setText(message)
    label.setStyleSheet(f"color: {color};")
    return valid


def free_path(path: Path) -> Path:
    """``path``, or the first of ``name-2``, ``name-3``… that does not exist yet."""
    candidate, n = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


class FirstRunDialog(QDialog):
    def __init__(self, preferences: Preferences, suggested: Path | None = None, *,
                 welcome: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.preferences = preferences
        self.welcome = welcome
        self.chosen_path: Path | str | None = None
        self.chosen_database = None
        self.busy = False
        self.form = Ui_FirstRunDialog()
        self.form.setupUi(self)
        f = self.form
        # A button of our own: the box would reset a standard OK's text on a language change.
        self.ok_button = f.buttonBox.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.go)
        f.pathEdit.setText(str(suggested or free_path(paths.default_db_path())))
        f.nameEdit.textChanged.connect(self._update)
        f.codeEdit.textChanged.connect(self._update)
        f.pathEdit.textChanged.connect(self._update)
        f.createRadio.toggled.connect(self._update)
        f.browseButton.clicked.connect(self.browse)
        f.progressBar.hide()
        f.progressLabel.hide()
        f.errorLabel.hide()
        self._retranslate()
        self._update()
        f.nameEdit.setFocus()

    # -------------------------------------------------------------- state

    @property
    def creating(self) -> bool:
        return self.form.createRadio.isChecked()

    def _update(self) -> None:
        f = self.form
        code_ok = show_credit_code_status(f.codeStatusLabel, f.codeEdit.text())
        ready = code_ok and bool(f.nameEdit.text().strip()) and bool(f.pathEdit.text().strip())
        f.createFields.setEnabled(self.creating and not self.busy)
        self.ok_button.setEnabled(not self.busy and (ready or not self.creating))
        if self.form.serverRadio.isChecked():
            self.ok_button.setText(self.tr("Connect…"))
        else:
            self.ok_button.setText(self.tr("Create the database") if self.creating else self.tr("Open the demo"))
        f.errorLabel.hide()

    def browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Where to keep the database"), self.form.pathEdit.text(),
            self.tr("REE Desk database (*.sqlite3)"))
        if chosen:
            path = Path(chosen)
            self.form.pathEdit.setText(str(path if path.suffix else path.with_suffix(".sqlite3")))

    # ---------------------------------------------------------------- work

    def go(self) -> None:
        if self.busy or not self.ok_button.isEnabled():
            return
        if self.creating:
            self._create()
        elif self.form.serverRadio.isChecked():
            self._connect()
        else:
            self._open_demo()

    def _create(self) -> None:
        f = self.form
        path = Path(f.pathEdit.text().strip()).expanduser()
        if path.exists():
            self._show_error(self.tr("{path} already exists. Choose another file name, or open it from "
                                     "Settings once REE Desk runs.").format(path=path))
            return
        name, code, user = f.nameEdit.text(), f.codeEdit.text(), login_name()

        def work(progress):
            init_database(path, enterprise=name, credit_code=code, user=user).close()
            return path

        self._start(self.tr("Creating the database…"))
        run_in_background(work, context=self, on_done=self._done, on_failed=self._failed)

    def _connect(self) -> None:
        from ree_desk.gui.dialogs.server_connect import ServerConnectDialog

        dialog = ServerConnectDialog(parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.database is not None:
            self.chosen_path, self.chosen_database = dialog.url, dialog.database
            self.accept()

    def _open_demo(self) -> None:
        path, user = paths.default_demo_db_path(), login_name()
        building = not path.exists()

        def work(progress):
            return ensure_demo_database(path, user=user, progress=lambda done, total: progress(done, total, ""))

        self._start(self.tr("Building the demo database…") if building else self.tr("Opening the demo…"))
        run_in_background(work, context=self, on_done=self._done, on_failed=self._failed, on_progress=self._progress)

    def _done(self, path: Path) -> None:
        self._finish()
        self.chosen_path = path
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self._show_error(error_text(exc))

    def _show_error(self, text: str) -> None:
        self.form.errorLabel.setText(text)
        self.form.errorLabel.show()

    def _start(self, text: str) -> None:
        self.busy = True
        f = self.form
        f.progressLabel.setText(text)
        f.progressBar.setRange(0, 0)
        f.progressLabel.show()
        f.progressBar.show()
        f.buttonBox.setEnabled(False)
        f.createRadio.setEnabled(False)
        f.demoRadio.setEnabled(False)
        f.serverRadio.setEnabled(False)
        self._update()

    def _progress(self, done: int, total: int, _stage: str) -> None:
        if total > 0:
            self.form.progressBar.setRange(0, total)
            self.form.progressBar.setValue(done)

    def _finish(self) -> None:
        self.busy = False
        f = self.form
        f.progressLabel.hide()
        f.progressBar.hide()
        f.buttonBox.setEnabled(True)
        f.createRadio.setEnabled(True)
        f.demoRadio.setEnabled(True)
        f.serverRadio.setEnabled(True)
        self._update()

    def reject(self) -> None:
        if not self.busy:  # a half-built database is worse than waiting a few seconds
            super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._retranslate()
            self._update()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        if not self.welcome:
            self.setWindowTitle(self.tr("New database"))
            self.form.headingLabel.setText(self.tr("A new database"))
            self.form.introLabel.setText(self.tr("Create a database for an enterprise, or open the demo. "
                                                 "The database open now stays as it is."))
