"""The desktop program on a database another process is writing: it says
who, and opens read-only with nothing offered that writes, or waits."""
from __future__ import annotations

import shutil
import socket
import sqlite3
import time

import pytest

from ree_desk.gui.app import open_session
from ree_desk.gui.daily_backup import start_daily_backup
from ree_desk.gui.dialogs.database_busy import DatabaseBusyDialog
from ree_desk.gui.i18n import install_language
from ree_desk.gui.main_window import MainWindow
from ree_desk.gui.problem_text import sentence_text
from ree_desk.gui.qt import QDate, QDialog, Qt
from ree_desk.gui.session import Session
from ree_desk.gui.worker import wait_for_background
from ree_desk.services.backups import backup_due
from ree_desk.store import writer_lock
from ree_desk.store.database import DatabaseBusy, StoreError, open_database
from test_writer_lock import Holder

HOST = socket.gethostname()


def movements(path) -> int:
    with sqlite3.connect(path) as con:
        return con.execute("SELECT count(*) FROM movement").fetchone()[0]


@pytest.fixture
def held(db, db_path):
    """The fresh database, written by another process (``ree-desk import`` by 张三)."""
    db.close()
    holder = Holder(db_path)
    yield holder
    if holder.proc.poll() is None:
        holder.kill()


@pytest.fixture
def held_demo(demo_db_file, tmp_path):
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_db_file, path)
    holder = Holder(path)
    yield path
    holder.release()


def choose_read_only(monkeypatch, qtbot) -> list[DatabaseBusyDialog]:
    shown = []

    def drive(dialog):
        shown.append(dialog)
        qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(DatabaseBusyDialog, "exec", drive)
    return shown


def open_window(qtbot, session) -> MainWindow:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_held_database_says_who_and_opens_read_only(qtbot, held, db_path, preferences, monkeypatch):
    shown = choose_read_only(monkeypatch, qtbot)
    session = open_session(db_path, preferences, user="李四")
    try:
        (dialog,) = shown
        assert dialog.form.headingLabel.text() == "ledger.sqlite3 is being written by another program"
        who = dialog.form.holderLabel.text().splitlines()
        assert who[0] == f"Who: 张三 on computer {HOST}"
        assert who[1] == f"Program: ree-desk import (process {held.pid})"
        assert who[2] == f"Since: {writer_lock.holder_of(db_path)['since']}"
        assert session.read_only and session.db.holder["pid"] == held.pid

        window = open_window(qtbot, session)
        assert window.windowTitle().endswith(" — Read-only")
        notice = window.read_only_notice.label.text()
        assert notice.startswith(f"Read-only — held by 张三 on computer {HOST} (process {held.pid}, ree-desk import)")

        entry = window.show_screen("entry").entry_form
        qtbot.waitUntil(lambda: bool(entry.materials))
        entry.form.dateEdit.setDate(QDate(2026, 6, 1))
        for name, text in dict(material="CONC-BAST", lot="L1", mass_kg="100", grade_pct="60", origin="CN",
                               counterparty="包头供应商").items():
            entry.editors[name].setText(text)
        qtbot.waitUntil(lambda: entry._draft is not None and entry._previewed == entry._draft)  # checked
        assert not entry.field_problems and not entry.ledger_problems  # a movement that could be posted…
        assert entry.form.previewWarning.text() == ""
        assert not entry.form.postButton.isEnabled()                   # …but not from here
        entry.post()  # Enter in a field: refused by the store, and said so
        qtbot.waitUntil(lambda: "open for reading only" in entry.form.statusLabel.text())
        assert movements(db_path) == 0
        window.close()
    finally:
        session.close()
    assert writer_lock.holder_of(db_path)["pid"] == held.pid


def test_no_screen_offers_what_would_write(qtbot, held_demo, preferences):
    session = Session(open_database(held_demo, access="read"), preferences, user="李四")
    try:
        window = open_window(qtbot, session)
        ledger = window.show_screen("ledger")
        qtbot.waitUntil(lambda: ledger.model.rowCount() > 0)
        ledger.form.table.selectRow(0)
        assert ledger.selected_row() is not None and not ledger.form.reverseButton.isEnabled()
        assert not window.show_screen("stock").form.stocktakeButton.isEnabled()
        quotas = window.show_screen("quotas")
        qtbot.waitUntil(lambda: quotas.model.rowCount() > 0)
        quotas.form.allocationsView.selectRow(0)
        assert quotas.selected_allocation() is not None
        assert not quotas.form.addButton.isEnabled() and not quotas.form.editButton.isEnabled()
        reports = window.show_screen("reports")
        qtbot.waitUntil(lambda: reports.model.rowCount() > 0)
        reports.form.monthsView.selectRow(0)
        assert reports.selected() is not None
        assert not any(b.isEnabled() for b in (reports.form.makeButton, reports.form.closeMonthButton,
                                               reports.form.reopenButton))
        imports = window.show_screen("import")
        assert not imports.form.chooseButton.isEnabled() and not imports.form.importButton.isEnabled()
        settings = window.show_screen("settings")
        settings.form.nameEdit.setText("另一个名字")
        assert not settings.form.saveProfileButton.isEnabled() and not settings.form.backupButton.isEnabled()
        assert settings.form.openButton.isEnabled()  # another database can still be opened
        wait_for_background()
        qtbot.wait(10)
    finally:
        session.close()


def test_a_writable_window_offers_them(qtbot, demo_session):
    """The other half of the test above: the same checks pass on a database this program writes."""
    window = open_window(qtbot, demo_session)
    ledger = window.show_screen("ledger")
    qtbot.waitUntil(lambda: ledger.model.rowCount() > 0)
    ledger.form.table.selectRow(0)
    assert ledger.form.reverseButton.isEnabled() or ledger._linked_id(ledger.selected_row()) is not None
    assert window.show_screen("stock").form.stocktakeButton.isEnabled()
    assert window.show_screen("quotas").form.addButton.isEnabled()
    assert window.show_screen("import").form.chooseButton.isEnabled()
    assert window.show_screen("settings").form.backupButton.isEnabled()
    assert window.read_only_notice is None and not window.windowTitle().endswith("Read-only")
    wait_for_background()
    qtbot.wait(10)


def test_the_daily_backup_is_skipped_read_only(qtbot, held, db_path, preferences):
    session = Session(open_database(db_path, access="read"), preferences, user="李四")
    try:
        window = open_window(qtbot, session)
        assert backup_due(db_path)
        assert start_daily_backup(window, session) is False
    finally:
        session.close()


def test_waiting_opens_it_for_writing_once_the_holder_is_done(qtbot, held, db_path):
    busy = pytest.raises(DatabaseBusy, open_database, db_path).value
    dialog = DatabaseBusyDialog(db_path, busy.holder, lambda: open_database(db_path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.wait_button, Qt.MouseButton.LeftButton)
    assert dialog.waiting and dialog.form.progressBar.isVisible()
    assert dialog.wait_button.text() == "Stop waiting"
    qtbot.wait(500)
    assert dialog.choice is None and "s left" in dialog.form.waitLabel.text()
    held.release()
    qtbot.waitUntil(lambda: dialog.choice == "write", timeout=10000)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.database.read_only
    assert writer_lock.holder_of(db_path)["pid"] != held.pid
    dialog.database.close()
    assert writer_lock.holder_of(db_path) is None  # this program let go when it closed the database


def test_waiting_can_be_stopped_and_runs_out(qtbot, held, db_path):
    busy = pytest.raises(DatabaseBusy, open_database, db_path).value
    dialog = DatabaseBusyDialog(db_path, busy.holder, lambda: open_database(db_path), wait_s=0.6)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_waiting()
    qtbot.mouseClick(dialog.wait_button, Qt.MouseButton.LeftButton)  # Stop waiting
    assert not dialog.waiting and not dialog.timer.isActive() and dialog.wait_button.text() == "&Wait"
    start = time.monotonic()
    dialog.start_waiting()
    qtbot.waitUntil(lambda: not dialog.waiting, timeout=5000)
    assert time.monotonic() - start >= 0.6
    assert dialog.form.waitLabel.text() == "Still being written after 1 s. Wait again, open it read-only, or cancel."
    assert dialog.choice is None and dialog.isVisible()
    qtbot.mouseClick(dialog.form.buttonBox.button(dialog.form.buttonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.choice is None


def test_cancel_opens_nothing(qtbot, held, db_path, preferences, monkeypatch):
    monkeypatch.setattr(DatabaseBusyDialog, "exec", lambda dialog: dialog.reject())
    assert open_session(db_path, preferences) is None
    assert preferences.last_database is None
    assert writer_lock.holder_of(db_path)["pid"] == held.pid


def test_open_for_writing_from_a_read_only_window(qtbot, held, db_path, preferences):
    session = Session(open_database(db_path, access="read"), preferences, user="李四")
    try:
        window = open_window(qtbot, session)
        with qtbot.waitSignal(window.database_switch_requested) as asked:
            qtbot.mouseClick(window.read_only_notice.button, Qt.MouseButton.LeftButton)
        assert asked.args == [db_path]
    finally:
        session.close()


def test_read_only_in_chinese(qtbot, held, db_path, preferences, monkeypatch, qapp):
    install_language(qapp, "zh_CN")
    try:
        shown = choose_read_only(monkeypatch, qtbot)
        session = open_session(db_path, preferences, user="李四")
        try:
            (dialog,) = shown
            assert dialog.form.headingLabel.text() == "ledger.sqlite3 正由另一个程序写入"
            assert dialog.read_button.text() == "以只读方式打开(&R)"
            assert dialog.form.holderLabel.text().startswith(f"使用者：张三，计算机 {HOST}")
            window = open_window(qtbot, session)
            assert window.windowTitle().endswith(" — 只读")
            assert window.read_only_notice.label.text().startswith(
                f"只读 — 占用者：张三（计算机 {HOST}，进程 {held.pid}，ree-desk import，自 ")
            with pytest.raises(StoreError) as refused, session.db.write():
                pass
            assert sentence_text(str(refused.value)).startswith(
                f"ledger.sqlite3 以只读方式打开：打开时张三（计算机 {HOST}，进程 {held.pid}")
            busy = pytest.raises(DatabaseBusy, open_database, db_path).value
            assert sentence_text(str(busy)).startswith(f"ledger.sqlite3 正由张三（计算机 {HOST}")
            assert sentence_text(str(busy)).endswith("起）写入；请等其完成后再试")
            window.close()
        finally:
            session.close()
    finally:
        install_language(qapp, "en")
