"""Screenshots of every screen in both languages, from a database (the demo
by default): for the README, for translators, and for looking at a change."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from ree_desk.domain.problems import InputRejected, Problem

LANGUAGES = ("zh_CN", "en")


def write_screenshots(db_path: Path, out: Path, *, size: tuple[int, int] = (1280, 800),
                      user: str = "demo") -> list[Path]:
    """Open the main window on ``db_path`` (built as the demo if missing) and
    save ``<screen>-<language>.png`` for every screen into ``out``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # works without a screen
    from ree_desk.gui.app import make_application
    from ree_desk.gui.i18n import install_language
    from ree_desk.gui.main_window import MainWindow
    from ree_desk.gui.preferences import Preferences
    from ree_desk.gui.qt import QSettings
    from ree_desk.gui.session import Session
    from ree_desk.gui.worker import wait_for_background
    from ree_desk.services.ledger_file import open_database

    if not Path(db_path).exists():
        from ree_desk.services.demo import DemoOptions, build_demo

        build_demo(Path(db_path), DemoOptions(20000, 2026, dt.date.today() - dt.timedelta(days=1), user))
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputRejected([Problem(None, "--out", "a folder that can be written", f"{out}: {exc.strerror}")])
    app = make_application()
    # Screenshots never change the user's own preferences.
    preferences = Preferences(QSettings(str(out / ".screenshot-preferences.ini"), QSettings.Format.IniFormat))
    session = Session(open_database(Path(db_path)), preferences, user=user)
    window = MainWindow(session)
    window.resize(*size)
    window.show()
    files: list[Path] = []
    try:
        for language in LANGUAGES:
            install_language(app, language)
            for key in window.keys:
                window.show_screen(key)
                for _ in range(3):  # let background loads report and layouts settle
                    app.processEvents()
                    wait_for_background(10000)
                app.processEvents()
                path = out / f"{key}-{language}.png"
                window.grab().save(str(path))
                files.append(path)
    finally:
        window.close()
        session.close()
        (out / ".screenshot-preferences.ini").unlink(missing_ok=True)
    return files
