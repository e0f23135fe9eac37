"""The ledger check the desktop program runs on start: said in the status
bar while it runs, briefly when the ledger holds, and kept there in red,
with what broke a click away, when it does not."""
from __future__ import annotations

import sqlite3

import pytest

from conftest import draft
from ree_desk.gui.i18n import install_language
from ree_desk.gui.ledger_check import SENTENCES, what_text
from ree_desk.gui.main_window import MainWindow
from ree_desk.gui.qt import QMessageBox, Qt
from ree_desk.gui.worker import wait_for_background
from ree_desk.services import verify
from ree_desk.services.posting import post_movements
from ree_desk.store import sqlite

CHAIN_BROKEN = ("does not match the chain: this row, or the one before it, was changed, added or removed behind "
                "the program's back")


@pytest.fixture
def window(qtbot, gui_session, finish_background_work, qapp):
    w = MainWindow(gui_session)
    qtbot.addWidget(w)
    w.show()
    yield w
    install_language(qapp, "en")


def checked(qtbot, window) -> None:
    window.check_ledger()
    assert window.statusBar().currentMessage() == "Checking the ledger…"
    qtbot.waitUntil(lambda: not window.ledger_check.running, timeout=30000)


def broken(*problems: verify.VerifyProblem):
    return lambda db, progress=None: verify.VerifyReport(problems=list(problems))


def test_a_ledger_that_holds_is_said_briefly(qtbot, window, monkeypatch):
    seen = []
    monkeypatch.setattr(verify, "verify_ledger", lambda db, progress=None: seen.append(db) or verify.VerifyReport())
    checked(qtbot, window)
    assert seen == [window.session.db]
    assert window.statusBar().currentMessage() == "Ledger verified"
    assert not window.ledger_check.button.isVisible()


def test_a_broken_ledger_stays_red_in_the_status_bar_and_leads_to_what_broke(qtbot, window, monkeypatch, qapp):
    monkeypatch.setattr(verify, "verify_ledger", broken(
        verify.VerifyProblem("movement", 1234, CHAIN_BROKEN),
        verify.VerifyProblem("audit_event", 17, "has no chain value"),
    ))
    checked(qtbot, window)
    button = window.ledger_check.button
    assert button.isVisible() and button.text() == "Ledger check failed: movement 1234"
    assert "color: #b3261e" in button.styleSheet()
    assert window.statusBar().currentMessage() == ""
    install_language(qapp, "zh_CN")
    qapp.processEvents()
    assert button.text() == "台账校验失败：流水 1234"

    shown = {}

    def click(box, name):
        def exec_(self):
            shown["text"], shown["details"] = self.text(), self.informativeText()
            shown["buttons"] = [b.text() for b in self.buttons()]
            next(b for b in self.buttons() if b.text() == name).click()
            return 0
        return exec_

    monkeypatch.setattr(QMessageBox, "exec", click(None, "查看审计日志"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shown["details"].splitlines() == [
        "流水 1234：与哈希链不符：这一行或它的前一行在程序之外被修改、添加或删除",
        "审计事件 17：缺少哈希链值",
    ]
    assert sorted(shown["buttons"]) == sorted(["查看流水 1234", "查看审计日志", "关闭"])
    assert window.stack.currentWidget() is window.screens["audit"]
    assert button.isVisible()  # it stays until the program closes

    monkeypatch.setattr(QMessageBox, "exec", click(None, "查看流水 1234"))
    button.click()
    assert window.stack.currentWidget() is window.screens["ledger"]


def test_a_long_check_says_how_far_it_got_and_stops_when_the_window_goes(qtbot, gui_session, monkeypatch,
                                                                        finish_background_work):
    import threading

    halfway, stopped = threading.Event(), threading.Event()

    def slow(db, progress=None):
        progress("movements", 40_000, 80_000)
        halfway.set()
        try:
            for _ in range(3000):  # at most 30 s
                threading.Event().wait(0.01)
                progress("movements", 40_000, 80_000)
        except Exception:
            stopped.set()
            raise
        return verify.VerifyReport()

    monkeypatch.setattr(verify, "verify_ledger", slow)
    window = MainWindow(gui_session)  # not handed to qtbot: this test deletes it
    window.show()
    window.check_ledger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Checking the ledger… 50 %", timeout=10000)
    assert halfway.is_set() and not stopped.is_set()
    window.deleteLater()
    qtbot.waitUntil(stopped.is_set, timeout=10000)


def test_a_check_that_cannot_run_says_so_in_red(qtbot, window, monkeypatch):
    def fails(db, progress=None):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(verify, "verify_ledger", fails)
    checked(qtbot, window)
    button = window.ledger_check.button
    assert button.isVisible() and button.text() == "The ledger could not be checked"
    box, buttons = window.ledger_check.problems_box()
    assert "database disk image is malformed" in box.informativeText() and set(buttons) == {"audit"}


def test_every_problem_the_check_names_has_its_words(qapp):
    import ast
    from pathlib import Path

    source = Path(verify.__file__).read_text(encoding="utf-8")
    samples = {"integrity": "row 3 missing from index", "p.event_id": "12", "p.rows": "5", "p.first": "20",
               "p.last": "24", "p.seen": "4", "posting.first": "20", "posting.last": "24",
               "posting.event_id": "12", "lot": "7", "month": "2026-05", "held[0]": "1000", "held[1]": "600",
               "made[0]": "900", "made[1]": "540", "country": "MM"}
    said = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "VerifyProblem" and len(node.args) == 3:
            what = node.args[2]
            options = [what.body, what.orelse] if isinstance(what, ast.IfExp) else [what]
            for option in options:
                if isinstance(option, ast.Constant):
                    said.append(option.value)
                elif isinstance(option, ast.JoinedStr):
                    said.append("".join(p.value if isinstance(p, ast.Constant) else samples[ast.unparse(p.value)]
                                        for p in option.values))
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "what":
            said += [o.value for o in ([node.value.body, node.value.orelse] if isinstance(node.value, ast.IfExp)
                                       else [node.value]) if isinstance(o, ast.Constant)]
    assert len(said) >= 8 and len(SENTENCES) >= 8
    install_language(qapp, "zh_CN")
    try:
        untranslated = [s for s in said if what_text(s) == s]
    finally:
        install_language(qapp, "en")
    assert untranslated == []


def test_a_ledger_changed_behind_the_programs_back_shows_in_the_status_bar(qtbot, gui_session, db, db_path,
                                                                          finish_background_work):
    post_movements(db, [
        draft(2, date="2026-06-01", type="RECEIPT", material="CONC-BAST", lot="L1", mass_kg="100", grade_pct="60",
              origin="CN", counterparty="包头供应商"),
        draft(3, date="2026-06-02", type="FEED", material="CONC-BAST", lot="L1", mass_kg="40", grade_pct="60",
              run="R1"),
    ], user="张三", source="june.csv")
    window = MainWindow(gui_session)
    qtbot.addWidget(window)
    window.show()
    checked(qtbot, window)
    assert window.statusBar().currentMessage() == "Ledger verified"

    raw = sqlite3.connect(db_path)
    for ddl in sqlite.drop_immutability_triggers():
        raw.execute(ddl)
    raw.execute("UPDATE movement SET mass_g = mass_g / 2 WHERE id = 2")
    raw.commit()
    raw.close()

    checked(qtbot, window)
    wait_for_background()
    button = window.ledger_check.button
    assert button.isVisible() and button.text() == "Ledger check failed: movement 2"
    box, buttons = window.ledger_check.problems_box()
    assert box.informativeText().splitlines()[0] == f"movement 2: {CHAIN_BROKEN}"
    assert set(buttons) == {"movement", "audit"}
