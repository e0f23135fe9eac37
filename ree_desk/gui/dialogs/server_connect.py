"""Connecting to the ledger the plant's workstations share on its
PostgreSQL server.

After ``exec()``, ``database`` is the open ledger and ``url`` its address
without the password (None if the user cancelled). The password typed is
handed to the connection and kept nowhere else; ``~/.pgpass`` or
PGPASSWORD may give it instead.
"""
from __future__ import annotations

from urllib.parse import quote, urlsplit

from ree_desk.gui.dialogs.form_dialog import FormDialog
from ree_desk.gui.forms.ui_server_connect_dialog import Ui_ServerConnectDialog
from ree_desk.gui.problem_text import error_text
from ree_desk.gui.qt import QDialogButtonBox, QWidget
from ree_desk.gui.worker import run_in_background
from ree_desk.services.ledger_file import Database, ServerUnreachable, open_database


def server_url(host: str, port: int, database: str, user: str) -> str:
    """The address of a server database, without a password."""
    host = host.strip()
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"  # an IPv6 address
    who = f"{quote(user.strip(), safe='')}@" if user.strip() else ""
    return f"postgresql://{who}{host}:{port}/{quote(database.strip(), safe='')}"


class ServerConnectDialog(FormDialog):
    def __init__(self, url: str | None = None, *, problem: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.database: Database | None = None
        self.url: str | None = None
        self.busy = False
        self.form = Ui_ServerConnectDialog()
        self.form.setupUi(self)
        f = self.form
        self.connect_button = f.buttonBox.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self.go)
        for edit in (f.hostEdit, f.databaseEdit, f.userEdit):
            edit.textChanged.connect(self._update)
        if url:
            parts = urlsplit(url)
            f.hostEdit.setText(parts.hostname or "")
            f.portSpin.setValue(parts.port or 5432)
            f.databaseEdit.setText(parts.path.lstrip("/"))
            f.userEdit.setText(parts.username or "")
        f.errorLabel.setVisible(bool(problem))
        f.errorLabel.setText(problem or "")
        self._retranslate()
        self._update()
        (f.passwordEdit if url else f.hostEdit).setFocus()

    def _update(self) -> None:
        f = self.form
        ready = all(e.text().strip() for e in (f.hostEdit, f.databaseEdit, f.userEdit))
        self.connect_button.setEnabled(ready and not self.busy)

    def go(self) -> None:
        if self.busy or not self.connect_button.isEnabled():
            return
        f = self.form
        url = server_url(f.hostEdit.text(), f.portSpin.value(), f.databaseEdit.text(), f.userEdit.text())
        password = f.passwordEdit.text() or None

        def work(_progress):
            return open_database(url, password=password)

        self.busy = True
        self.form.errorLabel.hide()
        self.connect_button.setText(self.tr("Connecting…"))
        self._update()
        run_in_background(work, context=self, on_done=lambda db: self._connected(url, db), on_failed=self._failed)

    def _connected(self, url: str, db: Database) -> None:
        self.busy = False
        self.database, self.url = db, url
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._retranslate()
        self._update()
        text = error_text(exc)
        if isinstance(exc, ServerUnreachable) and exc.needs_password:
            text = self.tr("The server asks for the password of {user}: {reason}").format(
                user=self.form.userEdit.text().strip(), reason=text)
            self.form.passwordEdit.setFocus()
        self.form.errorLabel.setText(text)
        self.form.errorLabel.show()

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def _retranslate(self) -> None:
        self.connect_button.setText(self.tr("Connect"))
