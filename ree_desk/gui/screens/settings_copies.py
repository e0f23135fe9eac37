"""Settings, "Copies elsewhere and restoring": the second place for copies
and putting a copy back.

Restoring asks for the copy, shows what it holds (date, enterprise,
movements, chain head) for the user to confirm, then checks and puts it in
place in the background behind a progress dialog that keeps the rest of
the window still: the open database's connections are closed first, since
its file is renamed aside. ``restored(Path)`` follows, for the window to
reopen on the restored database.
"""
from __future__ import annotations

from pathlib import Path

from ree_desk.domain.accounts.roles import Permission
from ree_desk.gui.forms.ui_settings import Ui_SettingsScreen
from ree_desk.gui.problem_text import error_text, sentence_text
from ree_desk.gui.qt import QFileDialog, QMessageBox, QObject, QProgressDialog, Qt, QWidget, Signal
from ree_desk.gui.session import Session
from ree_desk.gui.worker import run_in_background, wait_for_background
from ree_desk.services.backups import (
    Backup,
    backup_folder,
    list_backups,
    second_folder,
    set_second_folder,
    unreachable,
    why_unreachable,
)
from ree_desk.services.ledger_file import StoreError
from ree_desk.services.restore import CopyInfo, RestoreResult, describe_copy, restore_database


class CopiesBox(QObject):
    restored = Signal(Path)

    def __init__(self, screen: QWidget, form: Ui_SettingsScreen, session: Session):
        super().__init__(screen)
        self.screen, self.form, self.session = screen, form, session
        self.busy = False
        self.progress: QProgressDialog | None = None
        self._last: Backup | None = None
        form.secondPlaceButton.clicked.connect(self.choose_second)
        form.forgetSecondButton.clicked.connect(self.forget_second)
        form.restoreButton.clicked.connect(self.restore)

    # ------------------------------------------------------------ second place

    def refresh(self) -> None:
        f = self.form
        second = second_folder(self.session.db)
        self._set_enabled(not self.busy)
        if second is None:
            f.secondPlaceLabel.setText(self.tr("No second place: copies are kept only beside the database."))
        elif (why := why_unreachable(second)) is not None:
            f.secondPlaceLabel.setText(self.tr("Second place: {folder} · not reachable now ({why})").format(
                folder=second, why=sentence_text(why)))
        else:
            there = list_backups(self.session.path, second)
            f.secondPlaceLabel.setText(
                self.tr("Second place: {folder} · {n} copies there, the newest {when}").format(
                    folder=second, n=len(there), when=there[0].made_at.strftime("%Y-%m-%d %H:%M"))
                if there else self.tr("Second place: {folder} · no copy there yet").format(folder=second))
        self._show_last(second)

    def choose_second(self) -> None:
        if self.busy:
            return
        start = second_folder(self.session.db) or self.session.path.parent
        chosen = QFileDialog.getExistingDirectory(
            self.screen, self.tr("A second place for copies (a USB disk or a network share)"), str(start))
        if not chosen:
            return
        try:
            set_second_folder(self.session.db, Path(chosen), user=self.session.user)
        except StoreError as exc:
            QMessageBox.warning(self.screen, self.tr("The second place was not kept"), error_text(exc))
            return
        self._last = None
        self.refresh()

    def forget_second(self) -> None:
        if self.busy or second_folder(self.session.db) is None:
            return
        set_second_folder(self.session.db, None, user=self.session.user)
        self._last = None
        self.refresh()

    def backed_up(self, backup: Backup) -> None:
        """Say where the copy just made went, or why not to the second place."""
        self._last = backup
        self.refresh()

    def _show_last(self, second: Path | None) -> None:
        label, backup = self.form.copiesStatusLabel, self._last
        if backup is not None and backup.second is not None:
            label.setText(self.tr("The last copy went to the second place too: {path}").format(path=backup.second))
        elif backup is not None and backup.second_problem and backup.second_problem == unreachable(second):
            label.setText(self.tr("The last copy is only beside the database."))  # the line above says why
        elif backup is not None and backup.second_problem:
            label.setText(self.tr("The last copy is only beside the database: {problem}").format(
                problem=sentence_text(backup.second_problem)))
        else:
            label.clear()
        label.setVisible(bool(label.text()))

    # ----------------------------------------------------------------- restore

    def restore(self) -> None:
        if self.busy:
            return
        path = self.session.path
        chosen, _ = QFileDialog.getOpenFileName(
            self.screen, self.tr("Restore from a copy"), str(backup_folder(path)),
            self.tr("REE Desk databases (*.sqlite3 *.db);;All files (*)"))
        if not chosen:
            return
        try:
            info = describe_copy(Path(chosen), path)
        except StoreError as exc:
            QMessageBox.critical(self.screen, self.tr("The database was not restored"), error_text(exc))
            return
        if not self._confirmed(info):
            return
        self.busy = True
        self._set_enabled(False)
        self.progress = QProgressDialog(self.tr("Checking the copy…"), "", 0, 0, self.screen)
        self.progress.setWindowTitle(self.tr("Restoring the database"))
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        # The database file is renamed aside: none of this program's
        # connections may still point at it then.
        # Work reading it in the background (the check at start) is stopped
        # and waited for: a connection it still held would keep the file in use.
        self.session.releasing.emit()
        wait_for_background(10000)
        self.session.db.engine.dispose()
        user, actor = self.session.user, self.session.db.actor
        run_in_background(
            lambda progress: restore_database(path, info.path, user=user, actor=actor,
                                              progress=lambda stage, done, total: progress(done, total, stage)),
            context=self, on_done=self._restored, on_failed=self._failed, on_progress=self._progress)

    def _confirmed(self, info: CopyInfo) -> bool:
        head = info.head or self.tr("none yet (an older schema; it is made when the copy is opened)")
        text = self.tr(
            "Put this copy in place of the database?\n\n"
            "Copy: {file}\nMade: {made}\nEnterprise: {enterprise}\nMovements: {movements}\nChain head: {head}\n\n"
            "It is checked first. The database open now is kept beside it as {kept}, "
            "and REE Desk reopens on the restored database."
        ).format(file=info.path, made=info.made_at.strftime("%Y-%m-%d %H:%M:%S"), enterprise=info.enterprise,
                 movements=f"{info.movements:,}", head=head,
                 kept=f"{self.session.path.stem}.replaced-….sqlite3")
        answer = QMessageBox.question(self.screen, self.tr("Restore from a copy"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _progress(self, done: int, total: int, stage: str) -> None:
        if self.progress is None:
            return
        texts = {"copy": self.tr("Copying the copy beside the database…"),
                 "movements": self.tr("Checking the chain of the movements…"),
                 "balances": self.tr("Checking the closing balances…")}
        self.progress.setLabelText(texts.get(stage, self.tr("Checking the copy…")))
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _finished(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.busy = False
        self._set_enabled(True)

    def _restored(self, result: RestoreResult) -> None:
        self._finished()
        kept = (self.tr("The database it replaced is kept as {path}.").format(path=result.replaced)
                if result.replaced else "")
        QMessageBox.information(self.screen, self.tr("The database was restored"), self.tr(
            "Restored from {copy} ({movements} movements); checked. {kept}").format(
            copy=result.copy.path, movements=f"{result.copy.movements:,}", kept=kept).strip())
        self.restored.emit(result.database)

    def _failed(self, exc: BaseException) -> None:
        self._finished()
        QMessageBox.critical(self.screen, self.tr("The database was not restored"), error_text(exc))

    def _set_enabled(self, enabled: bool) -> None:
        f = self.form
        # both write the database: not while another program writes it, and
        # only for whoever may change its settings
        enabled = enabled and not self.session.read_only and self.session.may(Permission.SETTINGS)
        for button in (f.secondPlaceButton, f.restoreButton):
            button.setEnabled(enabled)
        if self.session.on_server:
            # Putting a file in place of the database is for a file: a copy goes
            # back to the server into an empty database, with migrate-to.
            f.restoreButton.setEnabled(False)
            f.restoreButton.setToolTip(self.tr("A ledger on the server is restored by its administrator: "
                                               "ree-desk --db COPY migrate-to into an empty database"))
        f.forgetSecondButton.setEnabled(enabled and second_folder(self.session.db) is not None)
