"""The ledger checked once the window shows, in the background.

While the check runs the status bar says so; a ledger that holds is said
briefly; one that does not gets a red button that stays in the status bar
until the program closes. Clicking it says everything the check found and
leads to the audit log, or to the movement that broke.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Callable

from ree_desk.gui.problem_text import error_text
from ree_desk.gui.qt import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QCursor,
    QMainWindow,
    QMessageBox,
    QObject,
    QPushButton,
    Qt,
)
from ree_desk.gui.session import Session
from ree_desk.gui.worker import run_in_background

CONTEXT = "LedgerCheck"
SHOWN_MS = 8000
PROBLEMS_SHOWN = 20
FAILED_COLOR = "#b3261e"

CHECKING = QT_TRANSLATE_NOOP("LedgerCheck", "Checking the ledger…")
CHECKING_PERCENT = QT_TRANSLATE_NOOP("LedgerCheck", "Checking the ledger… {percent} %")
VERIFIED = QT_TRANSLATE_NOOP("LedgerCheck", "Ledger verified")
FAILED = QT_TRANSLATE_NOOP("LedgerCheck", "Ledger check failed: {where}")
NOT_CHECKED = QT_TRANSLATE_NOOP("LedgerCheck", "The ledger could not be checked")
PROBLEM = QT_TRANSLATE_NOOP("LedgerCheck", "{where}: {what}")
# Where a problem is; ``id`` is the row's number in its table (a closing
# balance's is the lot's record number, not its lot No.).
WHERE = {
    "movement": QT_TRANSLATE_NOOP("LedgerCheck", "movement {id}"),
    "movement_origin": QT_TRANSLATE_NOOP("LedgerCheck", "origin shares of movement {id}"),
    "audit_event": QT_TRANSLATE_NOOP("LedgerCheck", "audit event {id}"),
    "closing_balance": QT_TRANSLATE_NOOP("LedgerCheck", "closing balance of lot record {id}"),
    "checkpoint_balance": QT_TRANSLATE_NOOP("LedgerCheck", "year-end balance kept for lot record {id}"),
    "made_share": QT_TRANSLATE_NOOP("LedgerCheck", "origin shares kept for lot record {id}"),
    "database": QT_TRANSLATE_NOOP("LedgerCheck", "database file"),
}
# What ree_desk.services.verify says about a row, each a pattern and its
# translation; the values the pattern keeps are put back as they were. A
# sentence not known here is shown as written.
SENTENCES = [
    (r"the file is damaged: (.*)", QT_TRANSLATE_NOOP("LedgerCheck", "the file is damaged: {0}")),
    (r"has no chain value", QT_TRANSLATE_NOOP("LedgerCheck", "has no chain value")),
    (r"does not match the chain: this row, or the one before it, was changed, added or removed behind the "
     r"program's back",
     QT_TRANSLATE_NOOP("LedgerCheck", "does not match the chain: this row, or the one before it, was changed, "
                                      "added or removed behind the program's back")),
    (r"is not among the movements of any posting in the audit trail",
     QT_TRANSLATE_NOOP("LedgerCheck", "is not among the movements of any posting in the audit trail")),
    (r"does not match the chain: this event, or the one before it, was changed, added or removed",
     QT_TRANSLATE_NOOP("LedgerCheck", "does not match the chain: this event, or the one before it, was changed, "
                                      "added or removed")),
    (r"posting of audit event (\d+) wrote (\d+) movements \((\d+)–(\d+)\); the ledger holds (\d+) of them",
     QT_TRANSLATE_NOOP("LedgerCheck", "posting of audit event {0} wrote {1} movements ({2}–{3}); the ledger holds "
                                      "{4} of them")),
    (r"is not the chain head that audit event (\d+) recorded",
     QT_TRANSLATE_NOOP("LedgerCheck", "is not the chain head that audit event {0} recorded")),
    (r"the origin shares of movements (\d+)–(\d+) are not those audit event (\d+) recorded",
     QT_TRANSLATE_NOOP("LedgerCheck", "the origin shares of movements {0}–{1} are not those audit event {2} "
                                      "recorded")),
    (r"REO made into lot (\d+) from (\S+): kept (-?\d+) g, the ledger gives (-?\d+) g",
     QT_TRANSLATE_NOOP("LedgerCheck", "REO made into lot {0} from {1}: kept {2} g, the ledger gives {3} g")),
    (r"lot (\d+) at the end of (\S+): stored (-?\d+) g \((-?\d+) g REO\), the ledger gives (-?\d+) g "
     r"\((-?\d+) g REO\)",
     QT_TRANSLATE_NOOP("LedgerCheck", "lot {0} at the end of {1}: stored {2} g ({3} g REO), the ledger gives "
                                      "{4} g ({5} g REO)")),
]
_SENTENCES = [(re.compile(pattern), template) for pattern, template in SENTENCES]


class CheckStopped(Exception):
    """The program is closing: the check stops rather than hold it open."""


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def what_text(what: str) -> str:
    """A problem the check found, in the user's language."""
    for pattern, template in _SENTENCES:
        found = pattern.fullmatch(what)
        if found:
            return tr(template).format(*found.groups())
    return what


def where_text(table: str, row_id: int | None) -> str:
    shown = "—" if row_id is None else str(row_id)
    if table in WHERE:
        return tr(WHERE[table]).format(id=shown)
    return table if row_id is None else f"{table} {row_id}"


def problem_line(problem) -> str:
    return tr(PROBLEM).format(where=where_text(problem.table, problem.id), what=what_text(problem.what))


class LedgerCheck(QObject):
    """The status bar's part in the check. ``show_audit`` opens the audit
    log; ``show_movement`` selects a movement in the ledger."""

    def __init__(self, window: QMainWindow, session: Session, *, show_audit: Callable[[], None],
                 show_movement: Callable[[int], None]):
        super().__init__(window)
        self.window, self.session = window, session
        self.show_audit, self.show_movement = show_audit, show_movement
        self.report = None                 # the VerifyReport, once in
        self.error: BaseException | None = None  # what stopped the check, if anything did
        self.running = False
        # A million movements take half a minute to check; closing the
        # program (or its window) meanwhile stops the check at its next step.
        self._stop = threading.Event()
        stop = self._stop
        window.destroyed.connect(lambda *_args: stop.set())
        session.releasing.connect(stop.set)
        QCoreApplication.instance().aboutToQuit.connect(stop.set)
        self.button = QPushButton(window)
        self.button.setObjectName("ledgerCheckButton")
        self.button.setFlat(True)
        self.button.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        self.button.setStyleSheet(
            f"QPushButton {{ color: {FAILED_COLOR}; font-weight: bold; border: none; padding: 0 8px; }}")
        self.button.hide()
        self.button.clicked.connect(self.show_problems)
        window.statusBar().insertPermanentWidget(0, self.button)

    @property
    def failed(self) -> bool:
        return self.error is not None or (self.report is not None and not self.report.ok)

    def start(self) -> None:
        if self.running:
            return
        self.running, self.report, self.error = True, None, None
        self.button.hide()
        self.window.statusBar().showMessage(tr(CHECKING))
        db, stop = self.session.db, self._stop

        def work(progress):
            from ree_desk.services.verify import verify_ledger  # reads the whole ledger: not before it is asked

            def step(stage: str, done: int, total: int) -> None:
                if stop.is_set():
                    raise CheckStopped()
                progress(done, total, stage)

            return verify_ledger(db, step)

        run_in_background(work, context=self, on_done=self._done, on_failed=self._failed,
                          on_progress=self._progress)

    def _progress(self, done: int, total: int, stage: str) -> None:
        if self.running and stage == "movements" and total:
            self.window.statusBar().showMessage(tr(CHECKING_PERCENT).format(percent=100 * done // total))

    def _done(self, report) -> None:
        self.running, self.report = False, report
        bar = self.window.statusBar()
        if report.ok:
            bar.showMessage(tr(VERIFIED), SHOWN_MS)
            return
        bar.clearMessage()
        self.retranslate()
        self.button.show()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, CheckStopped):
            self.running = False
            return
        self.running, self.error = False, exc
        self.window.statusBar().clearMessage()
        self.retranslate()
        self.button.show()

    def retranslate(self) -> None:
        if self.error is not None:
            self.button.setText(tr(NOT_CHECKED))
        elif self.report is not None and self.report.problems:
            first = self.report.problems[0]
            self.button.setText(tr(FAILED).format(where=where_text(first.table, first.id)))
        else:
            return
        self.button.setToolTip(self.tr("Click to see what the check found"))

    # -- what it found -----------------------------------------------------

    def problems_box(self) -> tuple[QMessageBox, dict[str, QPushButton]]:
        """The message that says what the check found, and its buttons."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Ledger check"))
        buttons: dict[str, QPushButton] = {}
        if self.error is not None:
            box.setText(tr(NOT_CHECKED))
            box.setInformativeText(error_text(self.error))
        else:
            problems = self.report.problems
            box.setText(self.tr("The ledger is not what REE Desk wrote: it was changed behind the program's back, or "
                           "the file is damaged. Keep this file as it is and restore the latest good copy."))
            lines = [problem_line(p) for p in problems[:PROBLEMS_SHOWN]]
            if len(problems) > PROBLEMS_SHOWN:
                lines.append(self.tr("…and {n} more").format(n=len(problems) - PROBLEMS_SHOWN))
            box.setInformativeText("\n".join(lines))
            first = problems[0]
            if first.table == "movement" and first.id is not None:
                buttons["movement"] = box.addButton(self.tr("Show movement {id}").format(id=first.id),
                                                    QMessageBox.ButtonRole.ActionRole)
        buttons["audit"] = box.addButton(self.tr("Show the audit log"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        return box, buttons

    def show_problems(self) -> None:
        if not self.failed:
            return
        box, buttons = self.problems_box()
        box.exec()
        clicked = box.clickedButton()
        if clicked is buttons.get("audit"):
            self.show_audit()
        elif clicked is not None and clicked is buttons.get("movement"):
            self.show_movement(self.report.problems[0].id)
        box.deleteLater()
