"""Settings, copies elsewhere and restoring: the second place chosen and
used, the daily copy saying when it could not reach it, and a copy put back
after the user saw what it holds; the file pickers and message boxes are
stubbed, everything else is real."""
from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from conftest import ENTERPRISE, draft
from ree_desk.gui.i18n import install_language
from ree_desk.gui.qt import QFileDialog, QMainWindow, QMessageBox, Qt
from ree_desk.gui.screens.settings import SettingsScreen
from ree_desk.gui.worker import wait_for_background
from ree_desk.services.backups import list_backups, make_backup, set_second_folder
from ree_desk.services.posting import post_movements
from ree_desk.services.verify import verify_ledger
from ree_desk.store import sqlite as store_sqlite
from ree_desk.store.database import open_database

pytestmark = pytest.mark.usefixtures("finish_background_work")


@pytest.fixture
def screen(qtbot, gui_session):
    widget = SettingsScreen(gui_session)
    qtbot.addWidget(widget)
    widget.resize(1100, 900)
    widget.show()
    widget.activate()
    return widget


@pytest.fixture
def chinese(qapp):
    install_language(qapp, "zh_CN")
    yield
    install_language(qapp, "en")
    qapp.processEvents()


class Boxes:
    """QMessageBox stand-ins that remember what they were shown."""

    def __init__(self, monkeypatch, answer=QMessageBox.StandardButton.Yes):
        self.shown: list[tuple[str, str, str]] = []
        self.answer = answer
        for kind in ("information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, kind, staticmethod(
                lambda _parent, title, text, *_a, kind=kind, **_k: self.shown.append((kind, title, text))))
        monkeypatch.setattr(QMessageBox, "question", staticmethod(self._question))

    def _question(self, _parent, title, text, *_a, **_k):
        self.shown.append(("question", title, text))
        return self.answer

    def kinds(self) -> list[str]:
        return [kind for kind, _t, _x in self.shown]


def pick_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def pick_folder(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(path)))


def rows(path: Path, table: str = "movement") -> list[tuple]:
    raw = sqlite3.connect(path)
    try:
        return raw.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
    finally:
        raw.close()


def receipt(lot: str, kg: str):
    return draft(2, date="2026-06-01", type="RECEIPT", material="CONC-BAST", lot=lot, mass_kg=kg, grade_pct="60",
                 origin="CN", counterparty="包头供应商")


@pytest.fixture
def copy_then_more(gui_session):
    """A copy of two movements, and a ledger that went on to three."""
    db = gui_session.db
    post_movements(db, [receipt("B1", "1000"), receipt("B2", "500")], user="张三", source="june.csv")
    copy = make_backup(db, user="张三", reason="asked for").path
    post_movements(db, [receipt("B3", "7")], user="张三", source="entry")
    return copy


def test_a_copy_is_restored_after_the_user_saw_what_it_holds(qtbot, screen, gui_session, copy_then_more,
                                                               monkeypatch):
    copy = copy_then_more
    in_copy = rows(copy)
    pick_file(monkeypatch, copy)
    boxes = Boxes(monkeypatch)
    with qtbot.waitSignal(screen.database_chosen, timeout=60000) as chosen:
        qtbot.mouseClick(screen.form.restoreButton, Qt.MouseButton.LeftButton)
        assert screen.copies.progress is not None and screen.copies.progress.isVisible()  # while it checks
        assert not screen.form.restoreButton.isEnabled()
    assert chosen.args == [gui_session.path]  # the window reopens on the restored database

    (kind, _title, asked), (said_kind, _t, said) = boxes.shown
    assert kind == "question" and said_kind == "information"
    made = copy.stem.removeprefix("ledger-")
    for named in (str(copy), f"{made[:4]}-{made[4:6]}-{made[6:8]} {made[9:11]}:{made[11:13]}:{made[13:15]}",
                  ENTERPRISE, "Movements: 2", f"Chain head: {rows(copy)[-1][-1]}", "ledger.replaced-"):
        assert named in asked
    (replaced,) = gui_session.path.parent.glob("ledger.replaced-*.sqlite3")
    assert str(replaced) in said
    assert rows(gui_session.path) == in_copy
    assert len(rows(replaced)) == 3
    with sqlite3.connect(gui_session.path) as raw:
        ((by, detail),) = raw.execute("SELECT by, detail FROM audit_event WHERE action = 'restore'").fetchall()
    assert by == gui_session.user and json.loads(detail)["replaced"] == str(replaced)
    assert screen.copies.progress is None and screen.form.restoreButton.isEnabled()
    # As the window does on that signal: open the restored database, then close the old session.
    reopened = open_database(gui_session.path)
    try:
        gui_session.db.close()
        post_movements(reopened, [receipt("B5", "3")], user="t", source="entry")
        report = verify_ledger(reopened)
        assert report.ok and report.movements == 3, [str(p) for p in report.problems]
    finally:
        reopened.close()
    assert len(rows(gui_session.path)) == 3


def test_a_copy_changed_behind_the_programs_back_is_refused_in_the_users_words(
        qtbot, screen, gui_session, copy_then_more, monkeypatch, tmp_path, chinese):
    altered = shutil.copyfile(copy_then_more, tmp_path / "altered.sqlite3")
    raw = sqlite3.connect(altered)
    for ddl in store_sqlite.drop_immutability_triggers():
        raw.execute(ddl)
    raw.execute("UPDATE movement SET mass_g = 1 WHERE id = 2")
    raw.commit()
    raw.close()
    before = rows(gui_session.path)
    pick_file(monkeypatch, altered)
    boxes = Boxes(monkeypatch)
    emitted = []
    screen.database_chosen.connect(emitted.append)
    qtbot.mouseClick(screen.form.restoreButton, Qt.MouseButton.LeftButton)
    wait_for_background()
    qtbot.waitUntil(lambda: boxes.kinds() == ["question", "critical"], timeout=60000)
    _kind, title, text = boxes.shown[-1]
    assert title == "数据库未恢复"
    assert text.startswith(f"无法从 {altered} 恢复：校验未通过：流水 2：与哈希链不符")
    assert text.endswith("；未作任何更改")
    assert emitted == [] and rows(gui_session.path) == before
    assert not list(gui_session.path.parent.glob("ledger.replaced-*"))
    assert screen.form.restoreButton.isEnabled()
    # the session goes on working on the database it had
    post_movements(gui_session.db, [receipt("B4", "1")], user="t", source="entry")
    assert len(rows(gui_session.path)) == len(before) + 1


@pytest.mark.parametrize("kind", ["not a database", "cancelled", "no file chosen"])
def test_nothing_happens_without_a_sound_copy_and_a_yes(qtbot, screen, gui_session, copy_then_more, monkeypatch,
                                                      tmp_path, kind):
    before = rows(gui_session.path)
    if kind == "not a database":
        other = tmp_path / "june.csv"
        other.write_text("date,type\n", encoding="utf-8")
        pick_file(monkeypatch, other)
    elif kind == "cancelled":
        pick_file(monkeypatch, copy_then_more)
    else:
        pick_file(monkeypatch, Path(""))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    boxes = Boxes(monkeypatch, answer=QMessageBox.StandardButton.Cancel)
    emitted = []
    screen.database_chosen.connect(emitted.append)
    qtbot.mouseClick(screen.form.restoreButton, Qt.MouseButton.LeftButton)
    wait_for_background()
    expected = {"not a database": ["critical"], "cancelled": ["question"], "no file chosen": []}[kind]
    assert boxes.kinds() == expected
    if kind == "not a database":
        assert "it is not an SQLite database file" in boxes.shown[0][2]
    assert emitted == [] and rows(gui_session.path) == before
    assert screen.copies.progress is None


def test_a_second_place_is_chosen_used_and_its_absence_said(qtbot, screen, gui_session, monkeypatch, tmp_path):
    label = screen.form.secondPlaceLabel
    assert "No second place" in label.text() and not screen.form.forgetSecondButton.isEnabled()
    usb = tmp_path / "usb"
    usb.mkdir()
    pick_folder(monkeypatch, usb)
    qtbot.mouseClick(screen.form.secondPlaceButton, Qt.MouseButton.LeftButton)
    assert f"Second place: {usb} · no copy there yet" == label.text()
    assert screen.form.forgetSecondButton.isEnabled()

    qtbot.mouseClick(screen.form.backupButton, Qt.MouseButton.LeftButton)
    wait_for_background()
    qtbot.waitUntil(lambda: screen.form.backupButton.isEnabled())
    (there,) = list_backups(gui_session.path, usb)
    assert screen.form.copiesStatusLabel.text() == f"The last copy went to the second place too: {there.path}"
    assert label.text().startswith(f"Second place: {usb} · 1 copies there, the newest ")

    shutil.rmtree(usb)
    qtbot.mouseClick(screen.form.backupButton, Qt.MouseButton.LeftButton)
    wait_for_background()
    qtbot.waitUntil(lambda: screen.form.backupButton.isEnabled())
    assert len(list_backups(gui_session.path)) == 2  # the copy beside the database is made all the same
    assert screen.form.copiesStatusLabel.text() == "The last copy is only beside the database."
    assert label.text() == f"Second place: {usb} · not reachable now (it does not exist)"

    qtbot.mouseClick(screen.form.forgetSecondButton, Qt.MouseButton.LeftButton)
    assert "No second place" in label.text() and not screen.form.copiesStatusLabel.isVisible()


def test_the_daily_copy_says_in_the_status_bar_that_the_second_place_was_out_of_reach(
        qtbot, gui_session, tmp_path, chinese):
    from ree_desk.gui.daily_backup import start_daily_backup

    usb = tmp_path / "usb"
    set_second_folder(gui_session.db, usb, user="t")
    usb.rmdir()
    window = QMainWindow()
    qtbot.addWidget(window)
    assert start_daily_backup(window, gui_session)
    wait_for_background()
    qtbot.waitUntil(lambda: "仅备份至" in window.statusBar().currentMessage())
    (copy,) = list_backups(gui_session.path)
    assert window.statusBar().currentMessage() == (
        f"仅备份至 {copy.path}：备份的第二存放位置 {usb} 无法访问（该文件夹不存在）")


def test_the_daily_copy_names_both_places_when_both_were_reached(qtbot, gui_session, tmp_path):
    from ree_desk.gui.daily_backup import start_daily_backup

    usb = tmp_path / "usb"
    set_second_folder(gui_session.db, usb, user="t")
    window = QMainWindow()
    qtbot.addWidget(window)
    assert start_daily_backup(window, gui_session)
    wait_for_background()
    qtbot.waitUntil(lambda: "second place" in window.statusBar().currentMessage())
    (copy,) = list_backups(gui_session.path)
    assert window.statusBar().currentMessage() == (
        f"Backed up to {copy.path} and to the second place, {usb / copy.path.name}")


@pytest.mark.parametrize("why", [
    "there is no such file", "it is the database itself", "it is not an SQLite database file",
    "not a REE Desk database: it has no schema version", "not a REE Desk database: it has no lot table",
    "it was written by a newer REE Desk (schema f00d2031); this program knows schemas up to 0003",
    "it is damaged (database disk image is malformed)", "it changed while it was read",
    "ledger.sqlite3 is open in another program; close it there first",
    "it does not verify: audit_event 4: does not match the chain: this event, or the one before it, was changed, "
    "added or removed",
    "it does not verify: closing_balance 3: lot 3 at the end of 2026-05: stored 5000 g (3000 g REO), the ledger "
    "gives 4000 g (2400 g REO)",
])
def test_every_reason_a_copy_is_refused_reads_in_chinese(qapp, chinese, why):
    from ree_desk.gui.problem_text import error_text
    from ree_desk.services.restore import RestoreRefused

    text = error_text(RestoreRefused(f"cannot restore from /data/copy.sqlite3: {why}; nothing was changed"))
    assert text.startswith("无法从 /data/copy.sqlite3 恢复：") and text.endswith("；未作任何更改")
    middle = text.removeprefix("无法从 /data/copy.sqlite3 恢复：").removesuffix("；未作任何更改")
    assert not any(word in middle for word in ("it ", "does not", "stored", "ledger gives", "changed"))


def test_nothing_that_writes_is_offered_while_another_program_writes_the_database(qtbot, gui_session, tmp_path):
    from ree_desk.gui.session import Session
    from ree_desk.store.database import open_database

    set_second_folder(gui_session.db, tmp_path / "usb", user="t")
    reading = Session(open_database(gui_session.path, access="read"), gui_session.preferences, user="t")
    try:
        assert reading.read_only
        widget = SettingsScreen(reading)
        qtbot.addWidget(widget)
        widget.activate()
        f = widget.form
        assert not (f.restoreButton.isEnabled() or f.secondPlaceButton.isEnabled() or f.forgetSecondButton.isEnabled())
        assert f"Second place: {tmp_path / 'usb'}" in f.secondPlaceLabel.text()  # what it can read, it shows
    finally:
        reading.close()


def test_the_program_reopens_on_the_restored_database(qtbot, db, db_path, preferences, monkeypatch):
    """The whole desktop program: restore from Settings, the window it
    opens on the restored database, the old one closed with its session."""
    from ree_desk.gui import app as desktop
    from ree_desk.gui.main_window import MainWindow
    from ree_desk.gui.qt import QApplication, isValid

    post_movements(db, [receipt("B1", "1000")], user="t", source="june.csv")
    copy = make_backup(db, user="t", reason="asked for").path
    post_movements(db, [receipt("B2", "5")], user="t", source="entry")
    db.close()
    pick_file(monkeypatch, copy)
    boxes = Boxes(monkeypatch)
    monkeypatch.setattr(desktop, "Preferences", lambda: preferences)
    opened_on: list[Path] = []

    def drive() -> int:
        first = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        opened_on.append(first.session.path)
        first.show_screen("settings")
        qtbot.mouseClick(first.screens["settings"].form.restoreButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not isValid(first) or not first.isVisible(), timeout=60000)
        second = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        opened_on.append(second.session.path)
        ledger = second.show_screen("ledger")
        qtbot.waitUntil(lambda: ledger.model.rowCount() == 1, timeout=30000)  # the restored ledger, shown
        wait_for_background()
        second.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(drive))
    assert desktop.run(db_path, user="经理") == 0
    assert boxes.kinds() == ["question", "information"]
    assert rows(db_path) == rows(copy)
    reopened = open_database(db_path)
    try:
        assert verify_ledger(reopened).ok
    finally:
        reopened.close()
    assert opened_on == [db_path, db_path]


def test_a_restore_asked_for_while_the_start_up_check_reads_the_ledger_stops_the_check(
        qtbot, gui_session, copy_then_more, monkeypatch):
    """The check holds a read of the file open; asked to restore meanwhile,
    the program stops the check rather than find its own file in use."""
    import threading

    from ree_desk.gui.main_window import MainWindow
    from ree_desk.services import verify

    reading, stopped = threading.Event(), threading.Event()

    def slow_verify(db, progress=None):
        with db.read() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM movement").scalar()
            reading.set()
            try:
                while True:  # a ledger too large to read before the user acts
                    progress("movements", 1, 2)
                    threading.Event().wait(0.05)
            finally:
                stopped.set()

    monkeypatch.setattr(verify, "verify_ledger", slow_verify)
    window = MainWindow(gui_session)
    qtbot.addWidget(window)
    window.show()
    window.check_ledger()
    qtbot.waitUntil(reading.is_set, timeout=10000)
    pick_file(monkeypatch, copy_then_more)
    boxes = Boxes(monkeypatch)
    settings = window.show_screen("settings")
    assert settings.form.restoreButton.isEnabled()
    with qtbot.waitSignal(settings.database_chosen, timeout=20000):
        qtbot.mouseClick(settings.form.restoreButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(boxes.shown) >= 2, timeout=15000)
        assert boxes.kinds() == ["question", "information"], boxes.shown
    assert stopped.is_set()
    assert [kind for kind in boxes.kinds()] == ["question", "information"], boxes.shown
    assert len(rows(gui_session.path)) == 2
