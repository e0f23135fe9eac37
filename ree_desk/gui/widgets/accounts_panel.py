"""The accounts section of Settings.

An administrator (or anyone, while the database has no accounts) sees every
account and adds, changes, deactivates and resets them; everyone signed in
may change their own password. What may be done is the service's to say:
the buttons follow the role only so as not to offer what would be refused.
"""
from __future__ import annotations

from ree_desk.domain.accounts.roles import Permission
from ree_desk.domain.problems import InputRejected
from ree_desk.gui.dialogs.account import AccountDialog
from ree_desk.gui.dialogs.new_password import NewPasswordDialog
from ree_desk.gui.forms.ui_accounts_panel import Ui_AccountsPanel
from ree_desk.gui.models.accounts import AccountsModel
from ree_desk.gui.problem_text import error_text
from ree_desk.gui.qt import QEvent, QGroupBox, QHeaderView, QMessageBox, QWidget, Signal
from ree_desk.gui.role_names import who
from ree_desk.gui.session import Session
from ree_desk.services.accounts import AccountView, edit_account, list_accounts


class AccountsPanel(QGroupBox):
    changed = Signal()  # an account was added or changed

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.dialog: QWidget | None = None
        self.form = Ui_AccountsPanel()
        f = self.form
        f.setupUi(self)
        self.model = AccountsModel(self)
        f.accountsView.setModel(self.model)
        f.accountsView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        f.accountsView.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        f.accountsView.doubleClicked.connect(lambda _i: self.edit_selected())
        f.addButton.clicked.connect(self.add_account)
        f.editButton.clicked.connect(self.edit_selected)
        f.activeButton.clicked.connect(self.toggle_active)
        f.resetButton.clicked.connect(self.reset_password)
        f.ownPasswordButton.clicked.connect(self.change_own_password)
        session.actor_changed.connect(self.reload)
        self.reload()

    def manages(self) -> bool:
        return self.session.may(Permission.ACCOUNTS)

    def reload(self) -> None:
        selected = self.selected()
        self.model.set_rows(list_accounts(self.session.db) if self.manages() else [])
        row = self.model.row_of(selected.name) if selected else None
        if row is not None:
            self.form.accountsView.selectRow(row)
        self._update()

    def selected(self) -> AccountView | None:
        rows = self.form.accountsView.selectionModel().selectedRows()
        return self.model.account(rows[0].row()) if rows else None

    # ------------------------------------------------------------- actions

    def add_account(self) -> AccountDialog | None:
        return self._open(AccountDialog(self.session, parent=self)) if self.manages() else None

    def edit_selected(self) -> AccountDialog | None:
        account = self.selected()
        if account is None or not self.manages():
            return None
        return self._open(AccountDialog(self.session, account, parent=self))

    def reset_password(self) -> NewPasswordDialog | None:
        account = self.selected()
        if account is None or not self.manages():
            return None
        return self._open(NewPasswordDialog(self.session, account.name, parent=self))

    def change_own_password(self) -> NewPasswordDialog | None:
        actor = self.session.actor
        return self._open(NewPasswordDialog(self.session, actor.name, parent=self)) if actor else None

    def _open(self, dialog):
        self.dialog = dialog
        dialog.accepted.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _saved(self) -> None:
        self.dialog = None
        self.reload()
        self.changed.emit()

    def toggle_active(self) -> None:
        account = self.selected()
        if account is None or not self.manages():
            return
        if account.active:
            answer = QMessageBox.question(
                self, self.tr("Deactivate {name}").format(name=account.name),
                self.tr("{name} will no longer be able to sign in. What they entered stays in the ledger "
                        "under their name, and the account can be activated again.").format(name=account.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            edit_account(self.session.db, account.name, active=not account.active, user=self.session.user)
        except InputRejected as exc:
            QMessageBox.warning(self, self.tr("The account was not changed"), error_text(exc))
            return
        self._saved()

    # --------------------------------------------------------- presentation

    def _update(self) -> None:
        f = self.form
        manages = self.manages()
        account = self.selected()
        actor = self.session.actor
        for widget in (f.accountsView, f.addButton, f.editButton, f.activeButton, f.resetButton):
            widget.setVisible(manages)
        f.ownPasswordButton.setVisible(actor is not None)
        writable = not self.session.read_only
        chosen = account is not None and writable
        f.addButton.setEnabled(writable)
        f.ownPasswordButton.setEnabled(writable)
        f.editButton.setEnabled(chosen)
        f.resetButton.setEnabled(chosen)
        # Signing oneself out of every future start is not a button's job.
        f.activeButton.setEnabled(chosen and not (actor is not None and account.name == actor.name))
        f.activeButton.setText(self.tr("&Activate") if account is not None and not account.active
                               else self.tr("&Deactivate"))
        f.signedInLabel.setText(self.tr("Signed in as {user}").format(user=who(actor)) if actor is not None else "")
        if manages and actor is None and not self.model.rowCount():
            f.introLabel.setText(self.tr(
                "No accounts yet: whoever opens this database may do everything, recorded under their login "
                "name. The first account added is an administrator; from then on REE Desk asks for a user "
                "name and password at start, and each role may do only its part."))
        elif actor is None:
            f.introLabel.setText(self.tr("Nobody is signed in."))
        f.introLabel.setVisible(actor is None)
        f.accountsView.setToolTip(self.tr(
            "A clerk enters movements and reverses their own of a month still open. A manager also adds and "
            "corrects quotas, accepts warnings, closes and reopens months and reverses any movement. An "
            "administrator also manages the accounts and the settings. Every sign-in and every change of an "
            "account is kept in the audit log."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self.model.retranslate()
            self._update()
        super().changeEvent(event)
