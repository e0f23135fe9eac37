"""Posting what the form or the grid holds, off the UI thread.

One batch is one ``post_movements`` call, all or nothing. When the service
refuses it only for warnings (over quota, stock below zero), a manager's
reason is asked for and the same batch is posted again with it.
"""
from __future__ import annotations

from typing import Sequence

from ree_desk.domain.accounts.roles import Permission
from ree_desk.domain.drafts import MovementDraft
from ree_desk.domain.problems import InputRejected
from ree_desk.gui.dialogs.accept_warnings import AcceptWarningsDialog
from ree_desk.gui.problem_text import error_text
from ree_desk.gui.qt import QDialog, QObject, QWidget, Signal
from ree_desk.gui.session import Session
from ree_desk.gui.worker import run_in_background
from ree_desk.services.posting import post_movements


class EntryPoster(QObject):
    busy_changed = Signal(bool)
    posted = Signal(object, int)   # PostResult, rows
    rejected = Signal(list)        # the problems; nothing was written
    cancelled = Signal()           # the warnings were not accepted; nothing was written
    failed = Signal(str)           # anything else went wrong; nothing was written

    dialog_class = AcceptWarningsDialog

    def __init__(self, session: Session, parent: QWidget, source: str):
        super().__init__(parent)
        self.session = session
        self.source = source
        self.busy = False

    def post(self, drafts: Sequence[MovementDraft], accept_reason: str | None = None) -> None:
        if self.busy:
            return
        drafts = list(drafts)
        db, user, source = self.session.db, self.session.user, self.source
        self._set_busy(True)
        run_in_background(
            lambda _progress: post_movements(db, drafts, user=user, source=source, accept_reason=accept_reason),
            context=self, on_done=lambda result: self._done(result, len(drafts)),
            on_failed=lambda exc: self._failed(exc, drafts, accept_reason),
        )

    def _done(self, result, rows: int) -> None:
        self._set_busy(False)
        self.session.notify_changed()
        self.posted.emit(result, rows)

    def _failed(self, exc: BaseException, drafts: list[MovementDraft], accept_reason: str | None) -> None:
        self._set_busy(False)
        if not isinstance(exc, InputRejected) or not exc.problems:  # a refusal of the role says it in a line
            self.failed.emit(error_text(exc))
            return
        # Accepting warnings is a manager's: a clerk is shown them like any problem.
        if not exc.only_warnings or accept_reason is not None or not self.session.may(Permission.ACCEPT_WARNINGS):
            self.rejected.emit(exc.problems)
            return
        dialog = self.dialog_class(exc.problems, self.session.user, len(drafts), self.parent())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.reason():
            self.post(drafts, dialog.reason())
        else:
            self.cancelled.emit()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)
