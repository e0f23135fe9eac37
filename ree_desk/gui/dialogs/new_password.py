"""A new password for an account: an administrator resetting another's, or
anyone changing their own."""
from __future__ import annotations

from ree_desk.domain.problems import InputRejected
from ree_desk.gui.dialogs.form_dialog import FormDialog
from ree_desk.gui.forms.ui_new_password_dialog import Ui_NewPasswordDialog
from ree_desk.gui.problem_text import error_text, problem_body
from ree_desk.gui.qt import QDialogButtonBox, QWidget
from ree_desk.gui.session import Session
from ree_desk.services.accounts import edit_account


class NewPasswordDialog(FormDialog):
    def __init__(self, session: Session, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.name = name
        self.form = Ui_NewPasswordDialog()
        self.form.setupUi(self)
        self.ok_button = self.form.buttonBox.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.save)
        self.form.problemLabel.hide()
        self._retranslate()
        self.form.passwordEdit.setFocus()

    def save(self) -> None:
        f = self.form
        if f.passwordEdit.text() != f.repeatEdit.text():
            self._show(self.tr("The two passwords differ; type the same one twice."))
            f.repeatEdit.clear()
            f.repeatEdit.setFocus()
            return
        try:
            edit_account(self.session.db, self.name, password=f.passwordEdit.text(), user=self.session.user)
        except InputRejected as exc:
            self._show("\n".join(problem_body(p) for p in exc.problems) or error_text(exc))
            return
        self.accept()

    def _show(self, text: str) -> None:
        self.form.problemLabel.setText(text)
        self.form.problemLabel.show()

    def _retranslate(self) -> None:
        self.form.headingLabel.setText(self.tr("New password for {name}").format(name=self.name))
        self.ok_button.setText(self.tr("Set the password"))
