"""The main window: every screen reachable, by mouse and by keyboard, in
both languages."""
from __future__ import annotations

from ree_desk.gui.i18n import install_language, load_fonts
from ree_desk.gui.main_window import SCREENS, MainWindow
from ree_desk.gui.qt import Qt
from ree_desk.gui.worker import wait_for_background


def open_window(qtbot, session) -> MainWindow:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    return window


def test_every_screen_exists_and_opens(qtbot, demo_session):
    window = open_window(qtbot, demo_session)
    assert [key for key, _cls in window.classes] == [key for key, _m, _c in SCREENS]
    for key, _cls in window.classes:
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
    assert window.classes[window.nav.currentRow()][0] == "ledger"
    shortcuts["Ctrl+9"].trigger()
    assert window.classes[window.nav.currentRow()][0] == "settings"
    shortcuts["Ctrl+0"].trigger()
    assert window.classes[window.nav.currentRow()][0] == "audit"
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
