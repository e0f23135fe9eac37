"""Signing in at start, where the database has accounts.

The password is checked by ``accounts.sign_in``, as on the command line:
after three failures in a row each further try waits, and the dialog
counts the wait down with the Sign-in button off.
"""
from __future__ import annotations

import math
import time

from ree_desk.domain.accounts.roles import Actor
from ree_desk.gui.dialogs.form_dialog import FormDialog
from ree_desk.gui.forms.ui_login_dialog import Ui_LoginDialog
from ree_desk.gui.problem_text import error_text
from ree_desk.gui.qt import QDialog, QDialogButtonBox, QTimer, QWidget
from ree_desk.gui.session import Session
from ree_desk.services.accounts import SignInRefused, has_accounts, sign_in
from ree_desk.services.ledger_file import Database


class LoginDialog(FormDialog):
    """Accepted once signed in; ``actor`` is who signed in."""

    def __init__(self, db: Database, user: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.refused: SignInRefused | None = None
        self.wait_left = 0
        self.wait_until = 0.0  # time.monotonic() at which the next try may go
        self.form = Ui_LoginDialog()
        self.form.setupUi(self)
        # A button of our own: the box would reset a standard OK's text on a language change.
        self.ok_button = self.form.buttonBox.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.try_sign_in)
        self.form.userEdit.textChanged.connect(self._update)
        self.form.passwordEdit.textChanged.connect(self._update)
        # The button comes back at a deadline, not after a count of ticks: a
        # timer may fire a little early, and the service would still refuse.
        self.timer = QTimer(self)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self._tick)
        self.form.userEdit.setText(user or "")
        self._retranslate()
        self._update()
        (self.form.passwordEdit if user else self.form.userEdit).setFocus()

    def try_sign_in(self) -> None:
        f = self.form
        if not self.ok_button.isEnabled():
            return
        try:
            self.actor = sign_in(self.db, f.userEdit.text(), f.passwordEdit.text(), via="desktop")
        except SignInRefused as refused:
            self.refused = refused
            f.passwordEdit.clear()
            f.passwordEdit.setFocus()
            self.wait_left = refused.wait
            self.wait_until = time.monotonic() + refused.wait
            if self.wait_left:
                self.timer.start()
            self._show_refusal()
            self._update()
            return
        self.accept()

    def _tick(self) -> None:
        self.wait_left = max(0, math.ceil(self.wait_until - time.monotonic()))
        if not self.wait_left:
            self.timer.stop()
        self._show_refusal()
        self._update()

    def _update(self) -> None:
        f = self.form
        self.ok_button.setEnabled(not self.wait_left and bool(f.userEdit.text().strip())
                                  and bool(f.passwordEdit.text()))

    def _show_refusal(self) -> None:
        if self.refused is None:
            self.form.messageLabel.clear()
            return
        lines = [error_text(self.refused)]
        if self.wait_left:
            lines.append(self.tr("Too many failed tries: the next one can be made in {n} s.").format(n=self.wait_left))
        self.form.messageLabel.setText("\n".join(lines))

    def _retranslate(self) -> None:
        self.ok_button.setText(self.tr("Sign in"))
        self.form.databaseLabel.setText(self.tr("{path} has accounts: sign in with yours.").format(path=self.db.name))
        self._show_refusal()


def sign_in_to(session: Session, user: str | None = None, parent: QWidget | None = None) -> bool:
    """Sign in to the session's database if it has accounts; False if the
    user gave up (the database is then not to be used). A database opened
    for reading only, while another program writes it, asks nothing: as on
    the command line, reading needs no sign-in, and the sign-in (recorded in
    the audit log) could not be written."""
    if session.read_only or not has_accounts(session.db):
        return True
    dialog = LoginDialog(session.db, user, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        return False
    session.signed_in(dialog.actor)
    return True
