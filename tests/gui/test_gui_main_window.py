"""The main window: every screen reachable, by mouse and by keyboard, in
both languages."""
from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys

from ree_desk.gui.i18n import install_language, load_fonts
from ree_desk.gui.main_window import MainWindow
from ree_desk.gui.qt import Qt
from ree_desk.gui.screens import PAGES
from ree_desk.gui.worker import wait_for_background
from ree_desk.paths import resource_path


def open_window(qtbot, session) -> MainWindow:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    return window


def test_every_screen_exists_and_opens(qtbot, demo_session):
    window = open_window(qtbot, demo_session)
    assert window.keys == [page.key for page in PAGES]
    for key in window.keys:
        screen = window.show_screen(key)
        wait_for_background()
        qtbot.wait(10)
        assert window.stack.currentWidget() is screen
        assert screen.title() and window.nav.currentItem().text() == screen.title()


def test_keyboard_reaches_every_screen(qtbot, demo_session):
    window = open_window(qtbot, demo_session)
    # Ctrl+1 … Ctrl+9, Ctrl+0: the offscreen platform never makes a window
    # active, so the shortcut map cannot fire; the actions are checked and
    # triggered.
    shortcuts = {a.shortcut().toString(): a for a in window.actions()}
    assert sorted(shortcuts) == [f"Ctrl+{n}" for n in range(10)]
    shortcuts["Ctrl+3"].trigger()
    assert window.keys[window.nav.currentRow()] == "ledger"
    shortcuts["Ctrl+9"].trigger()
    assert window.keys[window.nav.currentRow()] == "settings"
    shortcuts["Ctrl+0"].trigger()
    assert window.keys[window.nav.currentRow()] == "audit"
    shortcuts["Ctrl+1"].trigger()
    assert window.nav.currentRow() == 0
    # The list itself follows the arrow keys.
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.stack.currentWidget() is window.screens["ledger"]


def test_language_switch_retitles_the_window_and_navigation(qtbot, demo_session, qapp):
    load_fonts(qapp)
    window = open_window(qtbot, demo_session)
    install_language(qapp, "en")
    qapp.processEvents()
    english = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert english[:3] == ["Dashboard", "Entry", "Ledger"]
    install_language(qapp, "zh_CN")
    qapp.processEvents()
    chinese = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert chinese[0] == "总览" and all(c != e for c, e in zip(chinese, english))
    assert window.windowTitle().startswith("稀土台账")
    install_language(qapp, "en")
    qapp.processEvents()
    assert window.windowTitle().startswith("REE Desk")


def test_each_page_names_its_screen(qapp):
    for page in PAGES:
        cls = getattr(importlib.import_module(page.module), page.cls)
        assert cls.key == page.key and resource_path("icons", page.icon).is_file()


def test_the_first_window_imports_only_the_first_screen(demo_db_file, tmp_path):
    # In a fresh interpreter, since this one has imported every screen already.
    program = (
        "import sys\n"
        "from pathlib import Path\n"
        "from ree_desk.gui.app import make_application\n"
        "from ree_desk.gui.main_window import MainWindow\n"
        "from ree_desk.gui.preferences import Preferences\n"
        "from ree_desk.gui.qt import QSettings\n"
        "from ree_desk.gui.session import Session\n"
        "from ree_desk.services.ledger_file import open_database\n"
        "app = make_application()\n"
        "preferences = Preferences(QSettings(sys.argv[2], QSettings.Format.IniFormat))\n"
        "window = MainWindow(Session(open_database(Path(sys.argv[1])), preferences, user='demo'))\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('ree_desk.gui.screens.'))))\n"
    )
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_db_file, path)
    done = subprocess.run([sys.executable, "-c", program, str(path), str(tmp_path / "preferences.ini")],
                          capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["ree_desk.gui.screens.base", "ree_desk.gui.screens.dashboard"]
