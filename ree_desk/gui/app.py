"""Starting the desktop program."""
from __future__ import annotations

import gc
import sys
from pathlib import Path

from ree_desk.gui.i18n import install_language, load_fonts
from ree_desk.gui.preferences import Preferences
from ree_desk.gui.qt import QApplication, QMessageBox, QWidget
from ree_desk.gui.session import Session, login_name
from ree_desk.paths import default_db_path
from ree_desk.services.ledger_file import (
    Database,
    DatabaseBusy,
    ServerUnreachable,
    StoreError,
    introduce_program,
    is_server_url,
    open_database,
)

PROGRAM = "ree-desk (desktop)"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("REE Desk")
    app.setOrganizationName("REE Desk")
    app.setApplicationDisplayName("REE Desk")
    load_fonts(app)
    return app


def open_session(path: Path | str, preferences: Preferences, user: str | None = None,
                 parent: QWidget | None = None) -> Session | None:
    """The database at ``path``, open for writing; if another program is
    writing it, as the user chooses: read-only, once it is free, or (None) not at all.
    A server database whose password neither ~/.pgpass nor PGPASSWORD gives
    is asked for it (None: the user gave up)."""
    if is_server_url(path):
        db = _on_server(path, parent)
        if db is None:
            return None
        preferences.last_database = db.location
        return Session(db, preferences, user)
    try:
        db = open_database(path)
    except DatabaseBusy as busy:
        db = _when_busy(Path(path), busy.holder, parent)
        if db is None:
            return None
    preferences.last_database = path
    return Session(db, preferences, user)


def _on_server(url: str, parent: QWidget | None) -> Database | None:
    try:
        return open_database(url)
    except ServerUnreachable as exc:
        if not exc.needs_password:
            raise
        problem = None
    from ree_desk.gui.dialogs.server_connect import ServerConnectDialog

    dialog = ServerConnectDialog(url, problem=problem, parent=parent)
    return dialog.database if dialog.exec() == ServerConnectDialog.DialogCode.Accepted else None


def location_exists(location: Path | str) -> bool:
    """A file that is there, or a server database (asked when opened)."""
    return is_server_url(location) or Path(location).exists()


def _when_busy(path: Path, holder: dict, parent: QWidget | None) -> Database | None:
    from ree_desk.gui.dialogs.database_busy import DatabaseBusyDialog

    dialog = DatabaseBusyDialog(path, holder, lambda: open_database(path), parent)
    dialog.exec()
    if dialog.error is not None:
        raise dialog.error
    if dialog.choice == "read":
        return open_database(path, access="read")
    return dialog.database


def run(db_path: Path | None = None, user: str | None = None) -> int:
    """The program: first run or the last database, then the main window."""
    app = make_application()
    preferences = Preferences()
    install_language(app, preferences.language)
    introduce_program(program=PROGRAM, user=user or login_name())
    path = db_path or preferences.last_database or default_db_path()
    session = None
    failed = False
    if location_exists(path):
        try:
            session = open_session(path, preferences, user)
        except StoreError as exc:
            from ree_desk.gui.problem_text import error_text

            failed = True
            QMessageBox.critical(None, app.translate("App", "Cannot open the database"), error_text(exc))
        if session is None and not failed:  # held by another program, and the user chose not to open it
            return 0
    if session is None:
        from ree_desk.gui.dialogs.first_run import FirstRunDialog

        dialog = FirstRunDialog(preferences, suggested=path if not location_exists(path) else None)
        if dialog.exec() != FirstRunDialog.DialogCode.Accepted or dialog.chosen_path is None:
            return 0
        if dialog.chosen_database is not None:  # connected to the server, password and all
            preferences.last_database = dialog.chosen_path
            session = Session(dialog.chosen_database, preferences, user)
        else:
            session = open_session(dialog.chosen_path, preferences, user)
        if session is None:
            return 0
    from ree_desk.gui.dialogs.login import sign_in_to

    if not sign_in_to(session, user):
        session.close()
        return 0
    holder = {"session": session, "window": None}

    def show(new_session: Session) -> None:
        from ree_desk.gui.main_window import MainWindow

        window = MainWindow(new_session)
        window.database_switch_requested.connect(switch)
        window.show()
        holder["window"], holder["session"] = window, new_session
        from ree_desk.gui.daily_backup import start_daily_backup  # not needed before the window shows

        start_daily_backup(window, new_session)
        window.check_ledger()

    def switch(path: Path | str | Database) -> None:
        try:
            if isinstance(path, Database):  # a server database the settings connected to
                preferences.last_database = path.location
                new_session = Session(path, preferences, user)
            else:
                new_session = open_session(path if is_server_url(path) else Path(path), preferences, user,
                                           parent=holder["window"])
        except StoreError as exc:
            from ree_desk.gui.problem_text import error_text

            QMessageBox.critical(holder["window"], app.translate("App", "Cannot open the database"), error_text(exc))
            return
        if new_session is None:
            return
        if not sign_in_to(new_session, user, holder["window"]):
            new_session.close()
            return
        old_window, old_session = holder["window"], holder["session"]
        show(new_session)
        old_window.close()
        old_window.deleteLater()
        old_session.close()

    show(session)
    from ree_desk.gui.collection import GuiThreadCollector

    collector = GuiThreadCollector(app)
    # Everything built so far lives as long as the program: keep the collector
    # from walking it again, which would stall scrolling for tens of ms.
    gc.freeze()
    code = app.exec()
    holder["session"].close()
    collector.deleteLater()
    gc.enable()
    return code
