"""The quota screen: allocations added and corrected through the dialogs
land in the database and the audit trail; the charts draw what the services
say; the allocations model without a window."""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select

from ree_desk.gui import quota_names as names
from ree_desk.gui.dialogs.allocation import AllocationDialog
from ree_desk.gui.models.allocations import AllocationsModel
from ree_desk.gui.qt import QApplication, QDialogButtonBox, QInputMethodEvent, Qt
from ree_desk.gui.screens.quotas import QuotasScreen
from ree_desk.services.dashboard import quota_use_by_month
from ree_desk.services.quotas import allocations, quota_status
from ree_desk.store.tables import audit_event_table


DEMO_END = dt.date(2026, 11, 27)  # the last day of the demo_session fixture

def open_quotas(qtbot, session, today=DEMO_END):
    screen = QuotasScreen(session)
    screen.today = lambda: today
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    with qtbot.waitSignal(screen.loaded, timeout=20000):
        screen.show()
        screen.activate()
    return screen


def audit(db, action):
    with db.read() as conn:
        rows = conn.execute(select(audit_event_table.c.by, audit_event_table.c.detail).where(audit_event_table.c.action == action)
                            .order_by(audit_event_table.c.id)).all()
    return [(by, json.loads(d)) for by, d in rows]


def type_text(qtbot, widget, text):
    """Keys for ASCII; Chinese arrives as an input method's commit, as from a real IME."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.setFocus()
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)


def shown_rows(screen):
    model = screen.model
    return [model.allocation(r)["id"] for r in range(model.rowCount())]


def test_the_years_allocations_are_listed_with_their_batches(qtbot, demo_session):
    screen = open_quotas(qtbot, demo_session)
    expected = allocations(demo_session.db, 2026)
    assert sorted(shown_rows(screen)) == sorted(a["id"] for a in expected)
    model = screen.model
    batches = {model.data(model.index(r, AllocationsModel.BATCH)) for r in range(model.rowCount())}
    assert batches == {"1", "2"}
    assert screen.form.yearCombo.currentData() == 2026


def test_choosing_another_year_shows_its_allocations(qtbot, demo_session):
    screen = open_quotas(qtbot, demo_session)
    combo = screen.form.yearCombo
    with qtbot.waitSignal(screen.loaded, timeout=20000):
        combo.setCurrentIndex(combo.findData(2025))
        combo.activated.emit(combo.currentIndex())
    assert sorted(shown_rows(screen)) == sorted(a["id"] for a in allocations(demo_session.db, 2025))
    assert screen.form.allocationsGroup.title() == "Allocations 2025"


def test_the_charts_draw_the_services_figures(qtbot, demo_session):
    screen = open_quotas(qtbot, demo_session)
    lines = quota_status(demo_session.db, 2026, as_of=DEMO_END)
    bars = screen.origin_chart.bars()
    assert [b.label for b in bars] == [names.line_title(l.kind.value, l.scope.value) for l in lines]
    for bar, line in zip(bars, lines):
        assert {s.key: s.value for s in bar.segments if not s.rest} == dict(line.used_by_origin)
        assert bar.limit == line.allocated_g
        assert bar.note == names.percent(line.used_pct_bp)
    by_month = quota_use_by_month(demo_session.db, 2026)
    combo = screen.form.monthKindCombo
    assert combo.currentData() == "separation"
    for kind in [combo.itemData(i) for i in range(combo.count())]:
        combo.setCurrentIndex(combo.findData(kind))
        combo.activated.emit(combo.currentIndex())
        columns = screen.month_chart.bars()
        assert len(columns) == 12
        drawn = {(m + 1, s.key): s.value for m, b in enumerate(columns) for s in b.segments}
        assert drawn == {(m, c): g for m, by in by_month[kind].items() for c, g in by.items()}
    separation = [l for l in lines if l.kind.value == "separation"]
    total = sum(s.value for b in screen.month_chart.bars() for s in b.segments)
    assert total == sum(l.used_g for l in separation)


def test_adding_an_allocation_through_the_dialog(qtbot, demo_session):
    screen = open_quotas(qtbot, demo_session)
    before = len(allocations(demo_session.db, 2026))
    qtbot.mouseClick(screen.form.addButton, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, AllocationDialog) and dialog.isVisible()
    f = dialog.form
    f.kindCombo.setCurrentIndex(f.kindCombo.findData("mining_ionic"))
    f.scopeCombo.setCurrentIndex(f.scopeCombo.findData("any"))
    qtbot.keyClicks(f.tonnesEdit, "12.5")
    type_text(qtbot, f.documentEdit, "工信部联原〔2026〕120号 第3批")
    with qtbot.waitSignal(screen.loaded, timeout=20000):
        qtbot.keyClick(f.documentEdit, Qt.Key.Key_Return)
    rows = allocations(demo_session.db, 2026)
    assert len(rows) == before + 1
    new = max(rows, key=lambda a: a["id"])
    assert (new["kind"], new["scope"], new["reo_g"], new["batch"]) == ("mining_ionic", "any", 12_500_000, 3)
    assert new["created_by"] == "测试员"
    assert audit(demo_session.db, "quota_add")[-1][1]["id"] == new["id"]
    assert new["id"] in shown_rows(screen)
    assert screen.selected_allocation()["id"] == new["id"]


def test_a_bad_figure_keeps_the_dialog_open_with_the_problem(qtbot, demo_session):
    screen = open_quotas(qtbot, demo_session)
    before = allocations(demo_session.db, 2026)
    dialog = screen.add_allocation()
    type_text(qtbot, dialog.form.tonnesEdit, "十吨")
    qtbot.mouseClick(dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.form.problemLabel.isVisible() and "Tonnes REO" in dialog.form.problemLabel.text()
    assert allocations(demo_session.db, 2026) == before


def test_correcting_an_allocation_needs_a_reason_and_is_audited(qtbot, demo_session):
    screen = open_quotas(qtbot, demo_session)
    view = screen.form.allocationsView
    view.setFocus()
    view.selectRow(2)
    chosen = screen.selected_allocation()
    before = allocations(demo_session.db, 2026)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = screen.dialog
    f = dialog.form
    assert not f.kindCombo.isEnabled() and not f.yearSpin.isEnabled()
    assert f.batchSpin.value() == chosen["batch"]
    f.tonnesEdit.selectAll()
    qtbot.keyClicks(f.tonnesEdit, "2,000")
    ok = f.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "reason" in f.problemLabel.text()  # no reason, nothing written
    assert allocations(demo_session.db, 2026) == before
    assert audit(demo_session.db, "quota_edit") == []

    type_text(qtbot, f.reasonEdit, "第二批文件更正")
    with qtbot.waitSignal(screen.loaded, timeout=20000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    after = {a["id"]: a for a in allocations(demo_session.db, 2026)}[chosen["id"]]
    assert after["reo_g"] == 2_000_000_000 and after["batch"] == chosen["batch"]
    [(by, detail)] = audit(demo_session.db, "quota_edit")
    assert by == "测试员" and detail["reason"] == "第二批文件更正" and detail["after"]["tonnes"] == "2000.000"
    row = screen.model.row_of(chosen["id"])
    assert screen.model.data(screen.model.index(row, AllocationsModel.TONNES)) == "2,000"
    assert screen.selected_allocation()["id"] == chosen["id"]


def test_ctrl_n_opens_the_add_dialog_for_the_year_shown(qtbot, demo_session):
    screen = open_quotas(qtbot, demo_session)
    qtbot.keyClick(screen.form.allocationsView, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert screen.dialog is not None and screen.dialog.form.yearSpin.value() == 2026
    assert screen.dialog.form.reasonEdit.isHidden()


def test_an_empty_year_invites_the_first_batch(qtbot, gui_session):
    screen = open_quotas(qtbot, gui_session, dt.date(2026, 3, 1))
    assert screen.model.rowCount() == 0
    assert "Ctrl+N" in screen.form.totalsLabel.text()
    assert not screen.form.editButton.isEnabled()
    assert [screen.form.yearCombo.itemData(i) for i in range(screen.form.yearCombo.count())] == [2027, 2026]


def test_allocations_model_without_a_window():
    model = AllocationsModel()
    model.set_rows([{"id": 4, "year": 2026, "kind": "separation", "scope": "imported", "batch": 2,
                     "reo_g": 9_255_500_000, "document": "工信部联原〔2026〕94号",
                     "created_at": dt.datetime(2026, 7, 1, 9, 30), "created_by": "张会计"}])
    cells = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert cells == ["Smelting separation", "imported", "2", "9,255.500", "工信部联原〔2026〕94号", "张会计",
                     "2026-07-01 09:30"]
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) == 4
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Tonnes REO"
    assert model.row_of(4) == 0 and model.row_of(5) is None
