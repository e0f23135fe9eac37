"""The first start of the program each day copies the ledger, in the background."""
from __future__ import annotations

from ree_desk.gui.problem_text import error_text, sentence_text
from ree_desk.gui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QMainWindow, QMessageBox
from ree_desk.gui.session import Session
from ree_desk.gui.worker import run_in_background
from ree_desk.paths import default_demo_db_path
from ree_desk.services.backups import Backup, backup_due, make_backup

SHOWN_MS = 15000
SECOND_MISSED_MS = 120000  # a second place out of reach is worth noticing
BACKED_UP = QT_TRANSLATE_NOOP("Backups", "Backed up to {path}")
BACKED_UP_TWICE = QT_TRANSLATE_NOOP("Backups", "Backed up to {path} and to the second place, {second}")
ONLY_HERE = QT_TRANSLATE_NOOP("Backups", "Backed up to {path} only: {problem}")
FAILED = QT_TRANSLATE_NOOP("Backups", "The daily backup could not be made")


def tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def start_daily_backup(window: QMainWindow, session: Session) -> bool:
    """Start today's copy unless one was made within the day (or this is the
    demo, which can be built again, or the database is open read-only: the
    copy is recorded in its audit log, and the program writing it makes its
    own). A ledger shared on the plant's server is not copied whole by each
    workstation every morning: the server's own backups keep it, and Back up
    now still makes a file of it here. Returns whether one was started."""
    if session.read_only or session.on_server or session.path == default_demo_db_path() \
            or not backup_due(session.path):
        return False
    db, user = session.db, session.user

    def done(backup: Backup) -> None:
        window.statusBar().showMessage(*backup_message(backup))

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(window, tr(FAILED), error_text(exc))

    run_in_background(lambda _progress: make_backup(db, user=user, reason="daily"), context=window,
                      on_done=done, on_failed=failed)
    return True


def backup_message(backup: Backup) -> tuple[str, int]:
    """What the status bar says of a copy made, and for how long (ms)."""
    if backup.second_problem:
        return tr(ONLY_HERE).format(path=backup.path, problem=sentence_text(backup.second_problem)), SECOND_MISSED_MS
    if backup.second is not None:
        return tr(BACKED_UP_TWICE).format(path=backup.path, second=backup.second), SHOWN_MS
    return tr(BACKED_UP).format(path=backup.path), SHOWN_MS
