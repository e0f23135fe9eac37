"""Accounts in the desktop program: the sign-in at start, the screens that
offer each role only its part, and the accounts section of Settings."""
from __future__ import annotations

import re

import datetime as dt
import gc
import json
import sqlite3

import pytest

from conftest import draft
from ree_desk.domain.accounts.roles import Role
from ree_desk.gui import app as app_module
from ree_desk.gui.dialogs.account import AccountDialog
from ree_desk.gui.dialogs.login import LoginDialog, sign_in_to
from ree_desk.gui.dialogs.new_password import NewPasswordDialog
from ree_desk.gui.i18n import install_language
from ree_desk.gui.main_window import MainWindow
from ree_desk.gui.models.ledger_model import COLUMN_OF
from ree_desk.gui.qt import QApplication, QDialog, QMessageBox, Qt
from ree_desk.gui.screens.ledger import LedgerScreen
from ree_desk.gui.screens.quotas import QuotasScreen
from ree_desk.gui.screens.reports import ReportsScreen
from ree_desk.gui.screens.settings import SettingsScreen
from ree_desk.gui.session import Session
from ree_desk.gui.widgets.entry_poster import EntryPoster
from ree_desk.gui.worker import wait_for_background
from ree_desk.services import accounts
from ree_desk.services.accounts import add_account, list_accounts, sign_in
from ree_desk.services.posting import post_movements
from ree_desk.store.database import open_database

pytestmark = pytest.mark.usefixtures("finish_background_work")

PASSWORDS = {"admin": "Admin-Passwort-91", "经理": "manager-secret-77", "张三": "clerk-secret-33",
             "李四": "clerk-secret-44"}


def receipt(lot, date="2026-06-01"):
    return draft(1, date=date, type="RECEIPT", material="CONC-BAST", lot=lot, mass_kg="1000", grade_pct="60",
                 origin="CN", counterparty="供应商")


@pytest.fixture
def plant(db):
    """Two receipts, one entered by 张三 and one by 李四, then four accounts."""
    post_movements(db, [receipt("A")], user="张三", source="张三's")
    post_movements(db, [receipt("B")], user="李四", source="李四's")
    for name, role in (("admin", "administrator"), ("经理", "manager"), ("张三", "clerk"), ("李四", "clerk")):
        add_account(db, name=name, role=role, password=PASSWORDS[name], user="root")
        if name == "admin":
            sign_in(db, "admin", PASSWORDS["admin"], via="test")
    accounts.sign_out(db)
    return db


def session_as(db, preferences, name) -> Session:
    session = Session(db, preferences, user="login-name")
    accounts.sign_out(db)
    session.signed_in(sign_in(db, name, PASSWORDS[name], via="test"))
    return session


@pytest.fixture
def chinese(qapp):
    install_language(qapp, "zh_CN")
    yield
    install_language(qapp, "en")
    qapp.processEvents()


def audit(db, action):
    with sqlite3.connect(db.path) as raw:
        return [(by, json.loads(d)) for by, d in
                raw.execute("SELECT by, detail FROM audit_event WHERE action = ? ORDER BY id", (action,))]


def sign_in_with(qtbot, dialog: LoginDialog, password: str) -> None:
    dialog.form.passwordEdit.clear()
    qtbot.keyClicks(dialog.form.passwordEdit, password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


# -------------------------------------------------------------------- sign-in


def test_the_login_dialog_refuses_a_wrong_password_and_accepts_the_right_one(qtbot, plant, chinese):
    dialog = LoginDialog(plant, "张三")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "登录" and dialog.ok_button.text() == "登录"
    assert not dialog.ok_button.isEnabled()  # no password typed yet
    sign_in_with(qtbot, dialog, "not-the-password")
    assert dialog.form.messageLabel.text() == "用户名或密码错误"
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.actor is None
    assert dialog.form.passwordEdit.text() == ""
    sign_in_with(qtbot, dialog, PASSWORDS["张三"])
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.actor.name, dialog.actor.role) == ("张三", Role.CLERK)
    assert [by for by, _d in audit(plant, "login_failed")] == ["张三"]
    assert audit(plant, "login")[-1] == ("张三", {"via": "desktop", "role": "clerk"})


def test_three_failures_make_the_dialog_wait_before_the_next_try(qtbot, plant):
    dialog = LoginDialog(plant, "张三")
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(3):
        sign_in_with(qtbot, dialog, "guess")
    # A loaded machine may tick the countdown once before the label is read.
    assert re.fullmatch(r"wrong user name or password\nToo many failed tries: the next one can be made in [12] s\.",
                        dialog.form.messageLabel.text())
    assert dialog.wait_left in (1, 2)
    qtbot.keyClicks(dialog.form.passwordEdit, PASSWORDS["张三"])
    assert dialog.wait_left == 0 or not dialog.ok_button.isEnabled()
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=5000)
    assert "Too many" not in dialog.form.messageLabel.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.form.messageLabel.text()


def test_the_program_asks_for_a_sign_in_and_opens_the_window_as_the_account(qtbot, plant, preferences, monkeypatch,
                                                                            qapp):
    path = plant.path
    plant.close()
    tries = []

    def exec_(dialog):
        qtbot.addWidget(dialog)
        assert dialog.form.userEdit.text() == "经理"  # --user fills the name in
        sign_in_with(qtbot, dialog, "wrong-password")
        tries.append(dialog.form.messageLabel.text())
        sign_in_with(qtbot, dialog, PASSWORDS["经理"])
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", exec_)
    monkeypatch.setattr(app_module, "Preferences", lambda: preferences)
    monkeypatch.setattr(QApplication, "exec", lambda *_a: 0)
    try:
        assert app_module.run(path, user="经理") == 0
    finally:
        gc.unfreeze()
    wait_for_background()
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    window = windows[-1]
    qtbot.addWidget(window)
    assert tries == ["wrong user name or password"]
    assert window.session.user == "经理" and window.session.actor.role is Role.MANAGER
    assert window.status_label.text() == f"经理 (manager) · {path}"


def test_giving_up_the_sign_in_ends_the_program(qtbot, plant, preferences, monkeypatch):
    path = plant.path
    plant.close()
    monkeypatch.setattr(LoginDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(app_module, "Preferences", lambda: preferences)
    monkeypatch.setattr(QApplication, "exec", lambda *_a: pytest.fail("no window without a sign-in"))
    assert app_module.run(path) == 0


def test_a_database_without_accounts_opens_without_asking(gui_session, monkeypatch):
    monkeypatch.setattr(LoginDialog, "exec", lambda dialog: pytest.fail("asked for a sign-in"))
    assert sign_in_to(gui_session)
    assert gui_session.actor is None and gui_session.user == "测试员"


def test_a_database_opened_for_reading_only_asks_no_sign_in_and_offers_no_account_changes(qtbot, plant, preferences,
                                                                                         monkeypatch):
    path = plant.path
    plant.close()
    reader = Session(open_database(path, access="read"), preferences, user="login-name")
    try:
        monkeypatch.setattr(LoginDialog, "exec", lambda dialog: pytest.fail("asked for a sign-in"))
        assert reader.read_only and sign_in_to(reader)
        assert reader.actor is None and reader.user == "login-name"
        panel = settings(qtbot, reader).accounts_panel
        panel.form.accountsView.selectRow(0)
        assert not any(b.isEnabled() for b in (panel.form.addButton, panel.form.editButton,
                                               panel.form.activeButton, panel.form.resetButton))
    finally:
        reader.close()


def test_the_status_bar_names_the_role_in_chinese(qtbot, plant, preferences, chinese):
    window = MainWindow(session_as(plant, preferences, "张三"))
    qtbot.addWidget(window)
    assert window.status_label.text().startswith("张三（录入员） · ")


# ---------------------------------------------------- what the screens offer


def test_a_clerk_sees_no_quota_add_button_and_a_manager_does(qtbot, plant, preferences):
    for name, offered in (("张三", False), ("经理", True)):
        screen = QuotasScreen(session_as(plant, preferences, name))
        qtbot.addWidget(screen)
        screen.show()
        assert screen.form.addButton.isVisible() == offered
        assert screen.form.editButton.isVisible() == offered
        assert (screen.add_allocation() is not None) == offered
        if screen.dialog is not None:
            screen.dialog.reject()


def test_a_clerk_makes_reports_but_neither_closes_nor_reopens_months(qtbot, plant, preferences):
    for name, offered in (("张三", False), ("经理", True)):
        screen = ReportsScreen(session_as(plant, preferences, name))
        qtbot.addWidget(screen)
        screen.show()
        assert screen.form.makeButton.isVisible()
        assert screen.form.closeMonthButton.isVisible() == offered
        assert screen.form.reopenButton.isVisible() == offered


def test_a_clerk_may_reverse_their_own_movement_only(qtbot, plant, preferences):
    screen = LedgerScreen(session_as(plant, preferences, "张三"))
    screen.today = lambda: dt.date(2026, 6, 30)
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    screen.show()
    screen.activate()
    qtbot.waitUntil(lambda: screen.model.all_ids_loaded, timeout=30000)
    with sqlite3.connect(plant.path) as raw:
        by = dict(raw.execute("SELECT p.by, m.id FROM movement m JOIN posting p ON p.id = m.posting_id"))
    for name, allowed in (("李四", False), ("张三", True)):
        row = screen.model.row_of(by[name])
        rect = screen.form.table.visualRect(screen.model.index(row, COLUMN_OF["lot"]))
        qtbot.mouseClick(screen.form.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert screen.selected_id() == by[name]
        assert screen.form.reverseButton.isEnabled() == allowed
        if not allowed:
            assert screen.form.reverseButton.toolTip() == \
                "张三 is a clerk; reversing another user's movement needs a manager"
            screen.reverse_selected()
            assert screen.reversal_dialog is None


def test_a_clerk_is_shown_warnings_rather_than_asked_to_accept_them(qtbot, plant, preferences, monkeypatch):
    session = session_as(plant, preferences, "张三")
    host = QuotasScreen(session)
    qtbot.addWidget(host)
    poster = EntryPoster(session, host, "entry")
    monkeypatch.setattr(poster, "dialog_class", lambda *a: pytest.fail("a clerk was asked to accept warnings"))
    overdraw = draft(1, date="2026-06-20", type="FEED", material="CONC-BAST", lot="A", mass_kg="5000",
                     grade_pct="60", run="R1")
    with qtbot.waitSignal(poster.rejected, timeout=20000) as rejected:
        poster.post([overdraw])
    assert rejected.args[0] and all(p.warning for p in rejected.args[0])


# ------------------------------------------------------- accounts in Settings


@pytest.fixture
def answer_yes(monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.Yes)
    return asked


def settings(qtbot, session) -> SettingsScreen:
    screen = SettingsScreen(session)
    qtbot.addWidget(screen)
    screen.resize(1100, 800)
    screen.show()
    screen.activate()
    return screen


def test_an_administrator_adds_changes_deactivates_and_resets_accounts(qtbot, plant, preferences, answer_yes):
    screen = settings(qtbot, session_as(plant, preferences, "admin"))
    panel = screen.accounts_panel
    f = panel.form
    assert f.accountsView.isVisible() and f.addButton.isVisible()
    assert [panel.model.account(r).name for r in range(panel.model.rowCount())] == ["admin", "张三", "李四", "经理"]
    assert f.signedInLabel.text() == "Signed in as admin (administrator)"

    qtbot.mouseClick(f.addButton, Qt.MouseButton.LeftButton)
    dialog: AccountDialog = panel.dialog
    assert dialog.form.roleCombo.isEnabled() and dialog.form.roleCombo.currentData() == "clerk"
    qtbot.keyClicks(dialog.form.nameEdit, "wangwu")
    qtbot.keyClicks(dialog.form.fullNameEdit, "Wang Wu")
    dialog.form.roleCombo.setCurrentIndex(dialog.form.roleCombo.findData("manager"))
    qtbot.keyClicks(dialog.form.passwordEdit, "wangwu-pass-1")
    qtbot.keyClicks(dialog.form.repeatEdit, "wangwu-pass-2")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.form.problemLabel.text() == "The two passwords differ; type the same one twice."
    qtbot.keyClicks(dialog.form.repeatEdit, "wangwu-pass-1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    added = {a.name: a for a in list_accounts(plant)}["wangwu"]
    assert (added.role, added.full_name, added.created_by) == (Role.MANAGER, "Wang Wu", "admin")
    assert panel.model.row_of("wangwu") is not None

    panel.form.accountsView.selectRow(panel.model.row_of("李四"))
    dialog = panel.edit_selected()
    assert dialog.form.nameEdit.isReadOnly() and dialog.form.passwordEdit.isHidden()
    dialog.form.roleCombo.setCurrentIndex(dialog.form.roleCombo.findData("manager"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert {a.name: a.role for a in list_accounts(plant)}["李四"] is Role.MANAGER

    panel.form.accountsView.selectRow(panel.model.row_of("张三"))
    assert f.activeButton.text() == "&Deactivate"
    qtbot.mouseClick(f.activeButton, Qt.MouseButton.LeftButton)
    assert answer_yes == ["Deactivate 张三"]
    assert not {a.name: a.active for a in list_accounts(plant)}["张三"]
    assert f.activeButton.text() == "&Activate"

    panel.form.accountsView.selectRow(panel.model.row_of("经理"))
    qtbot.mouseClick(f.resetButton, Qt.MouseButton.LeftButton)
    reset: NewPasswordDialog = panel.dialog
    qtbot.keyClicks(reset.form.passwordEdit, "short")
    qtbot.keyClicks(reset.form.repeatEdit, "short")
    qtbot.mouseClick(reset.ok_button, Qt.MouseButton.LeftButton)
    assert reset.form.problemLabel.text() == "expected a password of at least 8 characters, found 5 characters"
    for edit in (reset.form.passwordEdit, reset.form.repeatEdit):
        edit.clear()
        qtbot.keyClicks(edit, "new-manager-pass")
    qtbot.mouseClick(reset.ok_button, Qt.MouseButton.LeftButton)
    assert reset.result() == QDialog.DialogCode.Accepted

    assert [d["name"] for _by, d in audit(plant, "account_add")][-1] == "wangwu"
    assert [(by, d["name"], d["after"]) for by, d in audit(plant, "account_edit")] == [
        ("admin", "李四", {"role": "manager"}), ("admin", "张三", {"active": False}),
        ("admin", "经理", {"password": "reset"})]
    other = Session(plant, preferences)
    accounts.sign_out(plant)
    sign_in(plant, "经理", "new-manager-pass", via="test")
    assert other.actor.name == "经理"


def test_the_account_signed_in_cannot_deactivate_itself_from_the_screen(qtbot, plant, preferences):
    screen = settings(qtbot, session_as(plant, preferences, "admin"))
    panel = screen.accounts_panel
    panel.form.accountsView.selectRow(panel.model.row_of("admin"))
    assert not panel.form.activeButton.isEnabled()


def test_a_clerk_sees_no_accounts_and_cannot_edit_the_profile_but_changes_their_password(qtbot, plant,
                                                                                          preferences):
    screen = settings(qtbot, session_as(plant, preferences, "张三"))
    f, panel = screen.form, screen.accounts_panel
    assert f.nameEdit.isReadOnly() and not f.saveProfileButton.isVisible()
    assert not panel.form.accountsView.isVisible() and not panel.form.addButton.isVisible()
    assert panel.add_account() is None and panel.model.rowCount() == 0
    qtbot.mouseClick(panel.form.ownPasswordButton, Qt.MouseButton.LeftButton)
    dialog: NewPasswordDialog = panel.dialog
    assert dialog.form.headingLabel.text() == "New password for 张三"
    for edit in (dialog.form.passwordEdit, dialog.form.repeatEdit):
        qtbot.keyClicks(edit, "zhangsan-new-pass-1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    accounts.sign_out(plant)
    assert sign_in(plant, "张三", "zhangsan-new-pass-1", via="test").name == "张三"


def test_the_first_account_made_in_settings_is_an_administrator_signed_in_at_once(qtbot, gui_session, chinese):
    window = MainWindow(gui_session)
    qtbot.addWidget(window)
    window.show()
    screen = window.screen("settings")
    window.show_screen("settings")
    panel = screen.accounts_panel
    assert panel.form.introLabel.isVisible() and panel.form.introLabel.text().startswith("尚无账户")
    assert panel.title() == "账户"
    dialog: AccountDialog = panel.add_account()
    assert not dialog.form.roleCombo.isEnabled() and dialog.form.roleCombo.currentText() == "管理员"
    assert dialog.form.noteLabel.text().startswith("第一个账户是管理员")
    qtbot.keyClicks(dialog.form.nameEdit, "wangwu")
    for edit in (dialog.form.passwordEdit, dialog.form.repeatEdit):
        qtbot.keyClicks(edit, "first-admin-pass")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert gui_session.actor.name == "wangwu" and gui_session.actor.role is Role.ADMINISTRATOR
    assert window.status_label.text().startswith("wangwu（管理员） · ")
    assert not panel.form.introLabel.isVisible()
    assert panel.form.signedInLabel.text() == "当前登录：wangwu（管理员）"
    assert [(by, d["first"]) for by, d in audit(gui_session.db, "account_add")] == [("测试员", True)]
