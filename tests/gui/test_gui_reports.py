"""The reports screen: months listed with their state, the report made and
the month closed from the screen, a closed month reopened with a reason."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from ree_desk.gui.dialogs.reopen_month import ReopenMonthDialog
from ree_desk.gui.models.months_model import OVERDUE, MonthsModel
from ree_desk.gui.qt import QDesktopServices, QMessageBox, Qt
from ree_desk.gui.screens.reports import FOLDER_KEY, ReportsScreen
from ree_desk.services.months import closed_months, reopen_month
from ree_desk.services.months_overview import months_overview

TODAY = dt.date(2026, 11, 28)  # the demo's history ends on 27 November 2026


# Work started by a test reports back while its widgets still exist.
pytestmark = pytest.mark.usefixtures("finish_background_work")


@pytest.fixture
def screen(qtbot, demo_session, tmp_path):
    demo_session.preferences.settings.setValue(FOLDER_KEY, str(tmp_path / "reports"))
    widget = ReportsScreen(demo_session)
    widget.today = lambda: TODAY
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    widget.activate()
    wait_idle(qtbot, widget)
    return widget


@pytest.fixture
def messages(monkeypatch):
    """Message boxes answered Yes and recorded instead of shown."""
    seen = []

    def record(kind):
        def box(_parent, title, text, *args, **kwargs):
            seen.append((kind, title, text))
            return QMessageBox.StandardButton.Yes
        return staticmethod(box)

    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return seen


def audit_actions(path: Path) -> list[tuple[str, dict]]:
    with sqlite3.connect(path) as con:
        return [(a, json.loads(d)) for a, d in con.execute("SELECT action, detail FROM audit_event ORDER BY id")]


def wait_idle(qtbot, screen):
    qtbot.waitUntil(lambda: not screen.busy and not screen.loading, timeout=60000)


def test_the_model_lists_months_and_marks_overdue_ones_red(demo_session):
    reopen_month(demo_session.db, "2026-10", user="经理", reason="test")
    model = MonthsModel()
    model.set_rows(months_overview(demo_session.db, TODAY))
    assert model.rowCount() >= 12
    assert model.index(0, MonthsModel.MONTH).data() == "2026-11"
    october = model.row_of("2026-10")
    assert model.index(october, MonthsModel.STATE).data() == "Open, overdue"
    assert model.index(october, MonthsModel.DAYS).data() == "18 days overdue"
    assert model.index(october, MonthsModel.DUE).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE
    september = model.row_of("2026-09")
    assert model.index(september, MonthsModel.STATE).data() == "Closed"
    assert model.index(september, MonthsModel.DUE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, MonthsModel.DAYS).data() == "12 days left"


def test_closing_a_month_from_the_screen_writes_the_files_and_closes_it(qtbot, demo_session, tmp_path, messages):
    reopen_month(demo_session.db, "2026-10", user="经理", reason="a late weighing note")
    screen = ReportsScreen(demo_session)
    screen.today = lambda: TODAY
    demo_session.preferences.settings.setValue(FOLDER_KEY, str(tmp_path / "reports"))
    qtbot.addWidget(screen)
    screen.show()
    screen.activate()
    wait_idle(qtbot, screen)
    changed = []
    demo_session.ledger_changed.connect(lambda: changed.append(True))
    screen.select_month("2026-10")
    assert screen.form.closeMonthButton.isEnabled()
    assert screen.selected().overdue

    qtbot.mouseClick(screen.form.closeMonthButton, Qt.MouseButton.LeftButton)
    assert messages[0][0] == "question" and "2026-10" in messages[0][2]
    assert screen.busy and screen.form.progressBar.isVisible()
    wait_idle(qtbot, screen)

    xlsx, pdf = tmp_path / "reports" / "REE-report-2026-10.xlsx", tmp_path / "reports" / "REE-report-2026-10.pdf"
    assert xlsx.stat().st_size > 0 and pdf.read_bytes().startswith(b"%PDF")
    assert "2026-10" in closed_months(demo_session.db)
    action, detail = audit_actions(demo_session.path)[-1]
    assert action == "report_close" and detail["xlsx"] == str(xlsx)
    assert changed, "the other screens are told the ledger changed"
    row = screen.selected()
    assert row.month == "2026-10" and row.closed and row.report.pdf == pdf
    assert not screen.form.closeMonthButton.isEnabled() and screen.form.reopenButton.isEnabled()
    assert [m for m in messages if m[0] != "question"] == []


def test_a_month_after_an_open_one_is_not_closed_and_the_screen_says_why(qtbot, demo_session, tmp_path, messages):
    reopen_month(demo_session.db, "2026-10", user="经理", reason="r")
    reopen_month(demo_session.db, "2026-09", user="经理", reason="r")
    screen = ReportsScreen(demo_session)
    screen.today = lambda: TODAY
    demo_session.preferences.settings.setValue(FOLDER_KEY, str(tmp_path / "reports"))
    qtbot.addWidget(screen)
    screen.activate()
    wait_idle(qtbot, screen)
    screen.select_month("2026-10")
    qtbot.mouseClick(screen.form.closeMonthButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, screen)
    kind, title, text = messages[-1]
    assert kind == "warning" and "2026-10" in title and "2026-09 is still open" in text
    assert not (tmp_path / "reports" / "REE-report-2026-10.xlsx").exists()
    assert "2026-10" not in closed_months(demo_session.db)


def test_making_a_report_and_opening_it(qtbot, screen, tmp_path, monkeypatch, messages):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    screen.select_month("2026-11")
    assert not screen.form.closeMonthButton.isEnabled(), "November has not ended"
    assert not screen.form.openXlsxButton.isEnabled()
    screen.form.monthsView.setFocus()
    qtbot.keyClick(screen.form.monthsView, Qt.Key.Key_Return)  # Enter makes the report
    wait_idle(qtbot, screen)
    xlsx = tmp_path / "reports" / "REE-report-2026-11.xlsx"
    assert xlsx.exists() and "2026-11" not in closed_months(screen.session.db)
    assert screen.selected().report.xlsx == xlsx
    qtbot.mouseClick(screen.form.openXlsxButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.form.openPdfButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.form.openFolderButton, Qt.MouseButton.LeftButton)
    assert opened == [str(xlsx), str(xlsx.with_suffix(".pdf")), str(xlsx.parent)]
    assert messages == []


def test_the_folder_is_asked_once_when_none_is_chosen(qtbot, demo_session, tmp_path, monkeypatch, messages):
    from ree_desk.gui.qt import QFileDialog

    asked = []
    target = tmp_path / "chosen"
    target.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: asked.append(args) or str(target)))
    screen = ReportsScreen(demo_session)
    screen.today = lambda: TODAY
    qtbot.addWidget(screen)
    screen.activate()
    wait_idle(qtbot, screen)
    screen.select_month("2026-11")
    screen.make_report()
    wait_idle(qtbot, screen)
    screen.make_report()
    wait_idle(qtbot, screen)
    assert len(asked) == 1 and screen.form.folderEdit.text() == str(target)
    assert (target / "REE-report-2026-11.pdf").exists()


def test_reopening_asks_a_reason_and_records_it(qtbot, screen, monkeypatch, messages):
    def answer(dialog):
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.form.reasonEdit, "Weighing note corrected")
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ReopenMonthDialog, "exec", answer)
    screen.select_month("2026-09")
    assert screen.form.reopenButton.isEnabled()
    qtbot.mouseClick(screen.form.reopenButton, Qt.MouseButton.LeftButton)
    kind, _title, text = messages[-1]
    assert kind == "warning" and "2026-10 is closed; reopen it first" in text
    assert "2026-09" in closed_months(screen.session.db)

    screen.select_month("2026-10")
    qtbot.mouseClick(screen.form.reopenButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, screen)
    assert "2026-10" not in closed_months(screen.session.db)
    action, detail = audit_actions(screen.session.path)[-1]
    assert (action, detail) == ("month_reopen", {"month": "2026-10", "reason": "Weighing note corrected"})
    assert screen.selected().month == "2026-10" and screen.form.closeMonthButton.isEnabled()


def test_the_reason_dialog_needs_a_reason_and_accepts_with_enter(qtbot):
    dialog = ReopenMonthDialog("2026-10")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.reasonEdit, "   ")
    qtbot.keyClick(dialog.form.reasonEdit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0, "a blank reason is no reason"
    qtbot.keyClicks(dialog.form.reasonEdit, "fix")
    qtbot.keyClick(dialog.form.reasonEdit, Qt.Key.Key_Return)
    assert dialog.result() == ReopenMonthDialog.DialogCode.Accepted and dialog.reason() == "fix"
    assert dialog.form.headingLabel.text() == "Reopen 2026-10"
