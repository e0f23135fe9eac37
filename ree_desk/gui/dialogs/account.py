"""Adding an account, or changing one's role and full name.

The first account of a database is an administrator, whatever is chosen
(the service makes it so); the dialog says it and offers no other role.
Added here, it signs the program in, so that the one who added it goes on
working as it.
"""
from __future__ import annotations

from ree_desk.domain.accounts.roles import ROLE_ORDER, Role
from ree_desk.domain.problems import InputRejected, Problem
from ree_desk.gui.dialogs.form_dialog import FormDialog
from ree_desk.gui.forms.ui_account_dialog import Ui_AccountDialog
from ree_desk.gui.problem_text import error_text, problem_body
from ree_desk.gui.qt import QDialogButtonBox, QWidget
from ree_desk.gui.role_names import role_name
from ree_desk.gui.session import Session
from ree_desk.services.accounts import AccountView, add_account, edit_account, has_accounts, sign_in


class AccountDialog(FormDialog):
    """Accepted once stored; ``saved`` is the account as it is now."""

    def __init__(self, session: Session, account: AccountView | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.account = account
        self.first = account is None and not has_accounts(session.db)
        self.saved: AccountView | None = None
        self.form = Ui_AccountDialog()
        f = self.form
        f.setupUi(self)
        self.ok_button = f.buttonBox.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.save)
        for role in ROLE_ORDER:
            f.roleCombo.addItem("", role.value)
        if account is not None:
            f.nameEdit.setText(account.name)
            f.nameEdit.setReadOnly(True)
            f.fullNameEdit.setText(account.full_name or "")
            if account.role is not None:
                f.roleCombo.setCurrentIndex(f.roleCombo.findData(account.role.value))
            for widget in (f.passwordCaption, f.passwordEdit, f.repeatCaption, f.repeatEdit):
                widget.hide()
            f.roleCombo.setFocus()
        else:
            f.roleCombo.setCurrentIndex(f.roleCombo.findData(
                Role.ADMINISTRATOR.value if self.first else Role.CLERK.value))
            f.roleCombo.setEnabled(not self.first)
            f.nameEdit.setFocus()
        f.problemLabel.hide()
        self._retranslate()

    def save(self) -> None:
        f = self.form
        db, user = self.session.db, self.session.user
        role = f.roleCombo.currentData()
        try:
            if self.account is not None:
                self.saved = edit_account(db, self.account.name, role=role, full_name=f.fullNameEdit.text(), user=user)
            else:
                password = f.passwordEdit.text()
                if password != f.repeatEdit.text():
                    self._show(self.tr("The two passwords differ; type the same one twice."))
                    f.repeatEdit.clear()
                    f.repeatEdit.setFocus()
                    return
                added = add_account(db, name=f.nameEdit.text(), role=role, password=password,
                                    full_name=f.fullNameEdit.text(), user=user)
                self.saved = added.account
                if added.first and self.session.actor is None:
                    self.session.signed_in(sign_in(db, added.account.name, password, via="desktop"))
        except InputRejected as exc:
            self._show_problems(exc)
            return
        self.accept()

    def _show_problems(self, exc: InputRejected) -> None:
        if not exc.problems:  # a refusal, said in a line
            self._show(error_text(exc))
            return
        self._show("\n".join(self._problem_line(p) for p in exc.problems))

    def _problem_line(self, problem: Problem) -> str:
        f = self.form
        caption = {"user_name": f.nameCaption, "role": f.roleCaption, "password": f.passwordCaption}.get(
            problem.column or "")
        body = problem_body(problem)
        return f"{caption.text().replace('&', '').rstrip(':：')}: {body}" if caption is not None else body

    def _show(self, text: str) -> None:
        self.form.problemLabel.setText(text)
        self.form.problemLabel.show()

    def _retranslate(self) -> None:
        f = self.form
        for index, role in enumerate(ROLE_ORDER):
            f.roleCombo.setItemText(index, role_name(role))
        if self.account is not None:
            f.headingLabel.setText(self.tr("Account {name}").format(name=self.account.name))
            f.noteLabel.setText(self.tr("The role counts from the next change the account makes."))
            self.ok_button.setText(self.tr("Save"))
        else:
            f.headingLabel.setText(self.tr("New account"))
            f.noteLabel.setText(
                self.tr("The first account is an administrator, so that someone can manage the others. Once it "
                        "exists, REE Desk asks for a user name and password at every start, and you are signed "
                        "in as it now.") if self.first else
                self.tr("A clerk enters movements; a manager also handles quotas, warnings and months; an "
                        "administrator also the accounts and settings."))
            self.ok_button.setText(self.tr("Add the account"))
