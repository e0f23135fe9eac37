"""The settings screen: profile edited with a checked credit code, units,
the language switched live, and the database switched by a signal."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from ree_desk import paths
from ree_desk.domain.credit_code import check_character
from ree_desk.gui.dialogs.first_run import FirstRunDialog
from ree_desk.gui.i18n import install_language, load_fonts
from ree_desk.gui.qt import QFileDialog, Qt
from ree_desk.gui.screens.import_screen import ImportScreen
from ree_desk.gui.screens.reports import ReportsScreen
from ree_desk.gui.screens.settings import SettingsScreen
from ree_desk.gui.worker import wait_for_background
from ree_desk.services import demo_database
from ree_desk.services.backups import backup_folder, list_backups
from ree_desk.services.setup import enterprise

FIRST17 = "91150200MA0N00001"
CODE = FIRST17 + check_character(FIRST17)


# Work started by a test reports back while its widgets still exist.
pytestmark = pytest.mark.usefixtures("finish_background_work")


@pytest.fixture
def screen(qtbot, gui_session):
    widget = SettingsScreen(gui_session)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    widget.activate()
    return widget


@pytest.fixture
def english_after(qapp):
    yield
    install_language(qapp, "en")
    qapp.processEvents()


def audit(path: Path, action: str) -> list[dict]:
    with sqlite3.connect(path) as con:
        return [json.loads(d) for (d,) in con.execute("SELECT detail FROM audit_event WHERE action = ?", (action,))]


def test_the_profile_is_shown_and_a_checked_edit_is_saved_and_audited(qtbot, screen, gui_session):
    f = screen.form
    assert f.nameEdit.text() == gui_session.enterprise.name
    assert f.codeEdit.text() == gui_session.enterprise.credit_code
    assert not f.saveProfileButton.isEnabled() and f.codeStatusLabel.text() == "✓ Valid credit code"
    changed = []
    screen.enterprise_changed.connect(changed.append)

    f.codeEdit.selectAll()
    qtbot.keyClicks(f.codeEdit, CODE[:-1] + ("0" if CODE[-1] != "0" else "1"))
    assert "check character should be" in f.codeStatusLabel.text()
    assert not f.saveProfileButton.isEnabled()
    qtbot.keyClick(f.codeEdit, Qt.Key.Key_Return)
    assert audit(gui_session.path, "enterprise_edit") == []

    qtbot.keyClick(f.codeEdit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(f.codeEdit, CODE[-1])
    f.nameEdit.selectAll()
    qtbot.keyClicks(f.nameEdit, "Baotou Separation Co.")
    assert f.saveProfileButton.isEnabled()
    qtbot.keyClick(f.nameEdit, Qt.Key.Key_Return)
    info = enterprise(gui_session.db)
    assert (info.name, info.credit_code) == ("Baotou Separation Co.", CODE)
    [row] = audit(gui_session.path, "enterprise_edit")
    assert row["after"] == {"name": "Baotou Separation Co.", "credit_code": CODE}
    assert changed == [info] and f.profileStatusLabel.text() == "Saved."
    assert not f.saveProfileButton.isEnabled()


def test_undo_puts_the_stored_profile_back(qtbot, screen, gui_session):
    f = screen.form
    qtbot.keyClicks(f.nameEdit, " and more")
    assert f.revertProfileButton.isEnabled()
    qtbot.mouseClick(f.revertProfileButton, Qt.MouseButton.LeftButton)
    assert f.nameEdit.text() == gui_session.enterprise.name and not f.revertProfileButton.isEnabled()


def test_choosing_tonnes_changes_the_session_unit(qtbot, screen, gui_session):
    seen = []
    gui_session.unit_changed.connect(seen.append)
    screen.form.unitCombo.setFocus()
    qtbot.keyClick(screen.form.unitCombo, Qt.Key.Key_Down)
    assert gui_session.unit == "t" and seen == ["t"] and gui_session.preferences.unit == "t"
    assert gui_session.mass(1_234_567_000) == "1,234.567"


def test_switching_language_retranslates_every_screen_and_back(qtbot, qapp, screen, gui_session, english_after):
    load_fonts(qapp)
    reports = ReportsScreen(gui_session)
    qtbot.addWidget(reports)
    reports.activate()
    importing = ImportScreen(gui_session)
    qtbot.addWidget(importing)
    f = screen.form
    assert f.titleLabel.text() == "Settings" and reports.form.titleLabel.text() == "Monthly reports"

    f.languageCombo.setCurrentIndex(1)  # 中文
    qtbot.waitUntil(lambda: f.titleLabel.text() == "设置")
    assert gui_session.preferences.language == "zh_CN"
    assert f.profileGroup.title() == "企业信息" and f.languageCombo.itemText(0) == "跟随系统"
    assert f.codeStatusLabel.text() == "✓ 统一社会信用代码有效"
    assert reports.form.titleLabel.text() == "月度报表"
    assert reports.model.headerData(0, Qt.Orientation.Horizontal) == "月份"
    assert importing.form.importButton.text() == "导入(&I)"
    assert SettingsScreen.nav_title() == "设置"

    f.languageCombo.setCurrentIndex(2)  # English
    qtbot.waitUntil(lambda: f.titleLabel.text() == "Settings")
    assert gui_session.preferences.language == "en"
    assert reports.form.titleLabel.text() == "Monthly reports" and f.profileGroup.title() == "Enterprise profile"


def test_open_asks_for_a_file_and_emits_the_database_to_open(qtbot, screen, tmp_path, monkeypatch):
    other = tmp_path / "other.sqlite3"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), "")))
    with qtbot.waitSignal(screen.database_chosen) as signal:
        qtbot.mouseClick(screen.form.openButton, Qt.MouseButton.LeftButton)
    assert signal.args == [other]


def test_open_the_demo_builds_it_with_progress_then_emits_it(qtbot, screen, tmp_path, monkeypatch):
    demo = tmp_path / "data" / "demo.sqlite3"
    monkeypatch.setattr(paths, "default_demo_db_path", lambda: demo)
    monkeypatch.setattr(demo_database, "DEMO_MOVEMENTS", 500)
    with qtbot.waitSignal(screen.database_chosen, timeout=60000) as signal:
        qtbot.mouseClick(screen.form.demoButton, Qt.MouseButton.LeftButton)
        assert screen.busy and screen.form.progressBar.isVisible()
        assert not screen.form.openButton.isEnabled()
    assert signal.args == [demo] and demo.exists()
    assert not screen.busy and screen.form.openButton.isEnabled()
    # Built once: the next time it is just opened.
    with qtbot.waitSignal(screen.database_chosen, timeout=1000):
        qtbot.mouseClick(screen.form.demoButton, Qt.MouseButton.LeftButton)
        assert not screen.busy


def test_new_goes_through_the_first_run_dialog(qtbot, screen, tmp_path, monkeypatch):
    made = tmp_path / "new.sqlite3"

    def fake_exec(dialog):
        assert not dialog.welcome and dialog.windowTitle() == "New database"
        assert dialog.form.pathEdit.text() != str(screen.session.path)
        dialog.chosen_path = made
        return FirstRunDialog.DialogCode.Accepted

    monkeypatch.setattr(FirstRunDialog, "exec", fake_exec)
    with qtbot.waitSignal(screen.database_chosen) as signal:
        qtbot.mouseClick(screen.form.newButton, Qt.MouseButton.LeftButton)
    assert signal.args == [made]


def test_back_up_now_copies_the_database_and_says_when(qtbot, screen, gui_session):
    assert "No backup yet" in screen.form.backupLabel.text()
    qtbot.mouseClick(screen.form.backupButton, Qt.MouseButton.LeftButton)
    assert not screen.form.backupButton.isEnabled()  # one copy at a time
    wait_for_background()
    qtbot.waitUntil(lambda: screen.form.backupButton.isEnabled())
    (copy,) = list_backups(gui_session.path)
    assert copy.path.exists() and str(backup_folder(gui_session.path)) in screen.form.backupLabel.text()
    assert "1 kept" in screen.form.backupLabel.text()
    assert audit(gui_session.path, "backup")[0]["reason"] == "asked for"


def test_the_first_start_of_a_day_backs_up_and_not_again(qtbot, gui_session, monkeypatch, tmp_path):
    from ree_desk.gui.daily_backup import start_daily_backup
    from ree_desk.gui.qt import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    assert start_daily_backup(window, gui_session)
    wait_for_background()
    qtbot.waitUntil(lambda: "ledger-backups" in window.statusBar().currentMessage())
    assert len(list_backups(gui_session.path)) == 1
    assert not start_daily_backup(window, gui_session)  # made within the day
    monkeypatch.setattr("ree_desk.gui.daily_backup.default_demo_db_path", lambda: gui_session.path)
    monkeypatch.setattr("ree_desk.gui.daily_backup.backup_due", lambda *_a: True)
    assert not start_daily_backup(window, gui_session)  # the demo is never backed up
