"""Another program is writing the database asked for: who, since when, and
the choice of opening it read-only, waiting for it, or not opening it.

After ``exec()``, ``choice`` is "write" (``database`` is then open for
writing: the other program let go while waiting), "read", or None;
``error`` is what went wrong opening it once it was free, if anything.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

from ree_desk.gui.dialogs.form_dialog import FormDialog
from ree_desk.gui.forms.ui_database_busy_dialog import Ui_DatabaseBusyDialog
from ree_desk.gui.qt import QDialogButtonBox, QTimer, QWidget
from ree_desk.services.ledger_file import Database, DatabaseBusy

WAIT_S = 120
TRY_EVERY_MS = 200


class DatabaseBusyDialog(FormDialog):
    """``open_for_writing()`` tries once to open the database for writing,
    raising ``DatabaseBusy`` while the other program holds it."""

    def __init__(self, path: Path, holder: dict, open_for_writing: Callable[[], Database],
                 parent: QWidget | None = None, *, wait_s: float = WAIT_S):
        super().__init__(parent)
        self.path = Path(path)
        self.holder = holder
        self.open_for_writing = open_for_writing
        self.wait_s = wait_s
        self.choice: str | None = None
        self.database: Database | None = None
        self.error: BaseException | None = None
        self._deadline: float | None = None
        self._gave_up = False
        self.form = Ui_DatabaseBusyDialog()
        self.form.setupUi(self)
        box = self.form.buttonBox
        # Buttons of our own: the box would reset a standard button's text on a language change.
        self.read_button = box.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.wait_button = box.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.read_button.setDefault(True)
        self.read_button.clicked.connect(self.open_read_only)
        self.wait_button.clicked.connect(self._wait_clicked)
        self.timer = QTimer(self)
        self.timer.setInterval(TRY_EVERY_MS)
        self.timer.timeout.connect(self.try_again)
        self._retranslate()

    @property
    def waiting(self) -> bool:
        return self._deadline is not None

    def open_read_only(self) -> None:
        self._stop()
        self.choice = "read"
        self.accept()

    def start_waiting(self) -> None:
        self._deadline = time.monotonic() + self.wait_s
        self._gave_up = False
        self.form.progressBar.setRange(0, int(self.wait_s * 1000))
        self.timer.start()
        self._show_wait()
        self.try_again()

    def stop_waiting(self) -> None:
        self._stop()
        self._show_wait()

    def try_again(self) -> None:
        """One try to open it for writing; the timer calls this while waiting."""
        try:
            database = self.open_for_writing()
        except DatabaseBusy as busy:
            self.holder = busy.holder
            self._show_holder()
            if self._deadline is not None and time.monotonic() >= self._deadline:
                self._gave_up = True
                self._stop()
            self._show_wait()
            return
        except Exception as exc:  # noqa: BLE001 - free now, but not to be opened: the caller says why
            self._stop()
            self.error = exc
            self.reject()
            return
        self._stop()
        self.database, self.choice = database, "write"
        self.accept()

    def reject(self) -> None:
        self._stop()
        super().reject()

    def _stop(self) -> None:
        self.timer.stop()
        self._deadline = None

    def _wait_clicked(self) -> None:
        if self.waiting:
            self.stop_waiting()
        else:
            self.start_waiting()

    # ---------------------------------------------------------------- text

    def holder_text(self) -> str:
        h = self.holder or {}
        if not h.get("pid"):
            return self.tr("Who is writing it could not be read (its lock note is empty or damaged).")
        lines = [
            self.tr("Who: {user} on computer {host}").format(user=h.get("user") or "?", host=h.get("host") or "?"),
            self.tr("Program: {program} (process {pid})").format(program=h.get("program") or "?", pid=h["pid"]),
            self.tr("Since: {since}").format(since=h.get("since") or "?"),
        ]
        return "\n".join(lines)

    def _show_holder(self) -> None:
        self.form.holderLabel.setText(self.holder_text())

    def _show_wait(self) -> None:
        f = self.form
        waiting = self.waiting
        f.progressBar.setVisible(waiting)
        if waiting:
            left = max(0.0, self._deadline - time.monotonic())
            f.progressBar.setValue(int(left * 1000))
            f.waitLabel.setText(self.tr("Waiting for the other program to finish… {n} s left").format(
                n=int(left + 0.999)))
        elif self._gave_up:
            f.waitLabel.setText(self.tr("Still being written after {n} s. Wait again, open it read-only, "
                                        "or cancel.").format(n=max(1, round(self.wait_s))))
        else:
            f.waitLabel.setText("")
        f.waitLabel.setVisible(bool(f.waitLabel.text()))
        self.wait_button.setText(self.tr("Stop waiting") if waiting else self.tr("&Wait"))

    def _retranslate(self) -> None:
        self.form.headingLabel.setText(self.tr("{file} is being written by another program").format(
            file=self.path.name))
        self.read_button.setText(self.tr("Open &read-only"))
        self._show_holder()
        self._show_wait()
