"""The ledger screen and its lazy model: filters, sorting, reversal with its
links, export."""
from __future__ import annotations

import csv
import datetime as dt
import sqlite3

import openpyxl
import pytest

from ree_desk.domain.movement_types import MovementType
from ree_desk.domain.quantities import format_tonnes
from ree_desk.gui.i18n import install_language
from ree_desk.gui.models.ledger_model import (
    CACHE_PAGES,
    COLUMN_OF,
    PAGE,
    MovementIdRole,
    RowRole,
    LedgerModel,
)
from ree_desk.gui.qt import QApplication, QFileDialog, QInputMethodEvent, QMessageBox, Qt
from ree_desk.gui.screens.ledger import LedgerScreen
from ree_desk.gui.widgets.period_dates import period_range
from ree_desk.services.ledger_query import LedgerFilter, LedgerSort
from ree_desk.services.reversal import reverse_movement

TODAY = dt.date(2026, 11, 28)  # the demo's history ends on 27 November 2026
Role = Qt.ItemDataRole


def sql(session, query, *args):
    with sqlite3.connect(session.path) as con:
        return con.execute(query, args).fetchall()


def wait_loaded(qtbot, model):
    qtbot.waitUntil(lambda: model.all_ids_loaded, timeout=30000)


def cell(model, row, key, role=Role.DisplayRole):
    return model.data(model.index(row, COLUMN_OF[key]), role)


# -- the model, without a window -----------------------------------------------

@pytest.fixture
def model(qtbot, demo_session):
    m = LedgerModel(demo_session)
    m.reload()
    wait_loaded(qtbot, m)
    return m


def test_the_model_counts_every_movement_and_fetches_rows_a_page_at_a_time(model, demo_session):
    (count,) = sql(demo_session, "SELECT count(*) FROM movement")[0]
    assert count > 3 * PAGE
    assert model.rowCount() == count and model.columnCount() == 15
    newest_first = [i for (i,) in sql(demo_session, "SELECT id FROM movement ORDER BY day DESC, id DESC")]
    for row in (0, PAGE - 1, PAGE, 2 * PAGE + 7, count - 1):
        assert cell(model, row, "id") == str(newest_first[row])
        assert cell(model, row, "id", MovementIdRole) == newest_first[row]
    for page in range(CACHE_PAGES + 3):  # every page, more than the cache holds
        model.movement(min(page * PAGE, count - 1))
    assert len(model._pages) <= CACHE_PAGES
    assert cell(model, count - 1, "id") == str(newest_first[-1])


def test_the_model_shows_each_field_in_the_users_unit(model, demo_session):
    (mid, day, kind, mass, grade, reo) = sql(
        demo_session, "SELECT id, day, type, mass_g, grade_bp, reo_g FROM movement "
                      "WHERE type = 'FEED' ORDER BY day DESC, id DESC LIMIT 1")[0]
    row = model.row_of(mid)
    assert cell(model, row, "day") == day
    assert cell(model, row, "type") == "Feed"
    assert cell(model, row, "mass") == demo_session.mass(-mass)   # a feed is entered as a positive mass
    assert cell(model, row, "reo") == demo_session.mass(-reo)
    assert cell(model, row, "grade") == f"{grade // 100}.{grade % 100:02d}"
    assert cell(model, row, "mass", Role.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert not cell(model, row, "lot", Role.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert cell(model, row, "link") == "" and cell(model, row, "flags") == ""
    assert cell(model, row, "type", RowRole).id == mid
    assert model.headerData(COLUMN_OF["mass"], Qt.Orientation.Horizontal) == "Mass (kg)"
    demo_session.set_unit("t")
    model.invalidate()
    assert model.headerData(COLUMN_OF["reo"], Qt.Orientation.Horizontal) == "REO (t)"
    assert cell(model, row, "mass") == format_tonnes(-mass, grouping=True)


def test_the_model_sorts_on_the_server_with_id_breaking_ties(qtbot, model, demo_session):
    model.sort(COLUMN_OF["mass"], Qt.SortOrder.AscendingOrder)
    assert model.sort_order == LedgerSort("mass")
    wait_loaded(qtbot, model)
    rows = [model.movement(r) for r in range(model.rowCount())]
    keys = [(r.mass_g, r.id) for r in rows]
    assert keys == sorted(keys)
    model.sort(COLUMN_OF["lot"], Qt.SortOrder.DescendingOrder)
    wait_loaded(qtbot, model)
    lots = [model.movement(r).lot for r in range(0, model.rowCount(), 97)]
    assert lots == sorted(lots, reverse=True)


def test_the_model_filters_and_says_when_a_row_is_filtered_out(qtbot, model, demo_session):
    shipment = sql(demo_session, "SELECT id FROM movement WHERE type = 'SHIPMENT' LIMIT 1")[0][0]
    model.set_filter(LedgerFilter(type=MovementType.FEED))
    wait_loaded(qtbot, model)
    (feeds,) = sql(demo_session, "SELECT count(*) FROM movement WHERE type = 'FEED'")[0]
    assert model.rowCount() == feeds
    assert {model.movement(r).type for r in range(model.rowCount())} == {"FEED"}
    assert model.row_of(shipment) is None


def test_a_reversal_shows_its_link_muted_and_a_flag_with_its_reason(qtbot, model, demo_session):
    (receipt,) = sql(demo_session, "SELECT m.id FROM movement m WHERE type = 'RECEIPT' AND EXISTS "
                                   "(SELECT 1 FROM movement f WHERE f.lot_id = m.lot_id AND f.type = 'FEED') LIMIT 1")[0]
    result = reverse_movement(demo_session.db, receipt, day=TODAY, reason="供应商错误", user="t",
                              accept_reason="实物已退回")
    model.reload()
    wait_loaded(qtbot, model)
    reversal = result.movement_ids[0]
    row, original = model.row_of(reversal), model.row_of(receipt)
    assert cell(model, row, "link") == f"Reverses No. {receipt}"
    assert cell(model, original, "link") == f"Reversed by No. {reversal}"
    assert cell(model, row, "note") == "供应商错误"
    assert cell(model, row, "flags") == "Negative stock"
    assert cell(model, row, "flags", Role.DecorationRole) is not None
    assert "实物已退回" in cell(model, row, "flags", Role.ToolTipRole)
    assert cell(model, row, "mass", Role.ForegroundRole) is not None
    assert cell(model, row, "mass").startswith("-")


def test_periods():
    assert period_range("this_month", TODAY) == (dt.date(2026, 11, 1), TODAY)
    assert period_range("last_month", dt.date(2026, 1, 15)) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    assert period_range("this_year", TODAY) == (dt.date(2026, 1, 1), TODAY)
    assert period_range("last_year", TODAY) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert period_range("all", TODAY) == (None, None)


# -- the screen ----------------------------------------------------------------

@pytest.fixture
def screen(qtbot, demo_session):
    widget = LedgerScreen(demo_session)
    widget.today = lambda: TODAY
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    widget.activate()
    wait_loaded(qtbot, widget.model)
    return widget


def visible_rows(screen):
    model = screen.model
    return [model.movement(r) for r in range(model.rowCount())]


def test_filter_by_type_from_the_keyboard(qtbot, screen, demo_session):
    combo = screen.form.typeCombo
    combo.setFocus()
    qtbot.keyClicks(combo, "Feed")
    assert combo.currentData() == "FEED"
    wait_loaded(qtbot, screen.model)
    (feeds,) = sql(demo_session, "SELECT count(*) FROM movement WHERE type = 'FEED'")[0]
    assert screen.model.rowCount() == feeds
    assert {r.type for r in visible_rows(screen)} == {"FEED"}
    assert screen.form.countLabel.text() == f"Movements: {feeds:,} · filtered"
    qtbot.mouseClick(screen.form.clearButton, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, screen.model)
    assert combo.currentIndex() == 0
    assert screen.model.rowCount() == sql(demo_session, "SELECT count(*) FROM movement")[0][0]


def test_free_text_searches_lot_counterparty_and_more(qtbot, screen, demo_session):
    (party,) = sql(demo_session, "SELECT counterparty FROM movement WHERE counterparty LIKE 'Tokyo%' LIMIT 1")[0]
    qtbot.keyClicks(screen.form.searchEdit, "tokyo magn")
    qtbot.keyClick(screen.form.searchEdit, Qt.Key.Key_Return)
    wait_loaded(qtbot, screen.model)
    (expected,) = sql(demo_session, "SELECT count(*) FROM movement WHERE counterparty LIKE '%tokyo magn%'")[0]
    assert 0 < screen.model.rowCount() == expected
    assert {r.counterparty for r in visible_rows(screen)} == {party}

    (lot,) = sql(demo_session, "SELECT lot_no FROM lot WHERE lot_no LIKE 'P%' ORDER BY id DESC LIMIT 1")[0]
    screen.form.searchEdit.clear()
    qtbot.keyClicks(screen.form.searchEdit, lot)
    qtbot.waitUntil(lambda: screen.model.filter.text == lot, timeout=5000)  # applied when typing pauses
    wait_loaded(qtbot, screen.model)
    assert screen.model.rowCount() > 0
    assert all(lot in r.lot for r in visible_rows(screen))


def type_chinese(widget, text):
    """Chinese arrives the way an input method commits it (QTest types ASCII only)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def select_movement(qtbot, screen, movement_id):
    row = screen.model.row_of(movement_id)
    assert row is not None
    screen.form.table.scrollTo(screen.model.index(row, 0))
    rect = screen.form.table.visualRect(screen.model.index(row, COLUMN_OF["lot"]))
    qtbot.mouseClick(screen.form.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert screen.selected_id() == movement_id


def test_a_reversal_through_the_dialog_is_posted_shown_and_linked(qtbot, screen, demo_session):
    (shipment, mass) = sql(demo_session, "SELECT id, mass_g FROM movement WHERE type = 'SHIPMENT' "
                                         "ORDER BY id DESC LIMIT 1")[0]
    select_movement(qtbot, screen, shipment)
    assert screen.form.reverseButton.isEnabled()
    qtbot.mouseClick(screen.form.reverseButton, Qt.MouseButton.LeftButton)
    dialog = screen.reversal_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.form.movementValue.text() == str(shipment)
    assert dialog.day() == TODAY
    assert not dialog.ok_button.isEnabled()  # a reason is required
    type_chinese(dialog.form.reasonEdit, "客户退货，单据重复")
    qtbot.keyClick(dialog.form.reasonEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.reversal_dialog is None)

    rows = sql(demo_session, "SELECT id, day, mass_g, note FROM movement WHERE reverses_id = ?", shipment)
    assert len(rows) == 1
    reversal, day, reversed_mass, note = rows[0]
    assert (day, reversed_mass, note) == (TODAY.isoformat(), -mass, "客户退货，单据重复")
    wait_loaded(qtbot, screen.model)
    assert screen.selected_id() == reversal
    row = screen.model.row_of(reversal)
    assert cell(screen.model, row, "link") == f"Reverses No. {shipment}"
    assert cell(screen.model, screen.model.row_of(shipment), "link") == f"Reversed by No. {reversal}"
    assert f"reverses No. {shipment}" in screen.form.detailsLabel.text()
    assert screen.form.linkButton.text() == f"Go to No. {shipment}"
    assert not screen.form.reverseButton.isEnabled()  # a reversal is not reversed again

    qtbot.mouseClick(screen.form.linkButton, Qt.MouseButton.LeftButton)
    assert screen.selected_id() == shipment
    assert f"reversed by No. {reversal}" in screen.form.detailsLabel.text()
    assert "客户退货" in screen.form.detailsLabel.text()
    qtbot.keyClick(screen.form.table, Qt.Key.Key_Return)  # Enter in the table follows the link too
    assert screen.selected_id() == reversal


def test_a_reversal_leaving_a_lot_negative_asks_a_reason_for_accepting(qtbot, screen, demo_session):
    (receipt,) = sql(demo_session, "SELECT m.id FROM movement m WHERE type = 'RECEIPT' AND EXISTS "
                                   "(SELECT 1 FROM movement f WHERE f.lot_id = m.lot_id AND f.type = 'FEED') "
                                   "ORDER BY id DESC LIMIT 1")[0]
    select_movement(qtbot, screen, receipt)
    screen.reverse_selected()
    dialog = screen.reversal_dialog
    type_chinese(dialog.form.reasonEdit, "重复入库")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.form.warningFrame.isVisible()
    assert "negative stock" in dialog.form.warningLabel.text()
    assert not dialog.ok_button.isEnabled() and dialog.ok_button.text() == "Reverse anyway"
    assert sql(demo_session, "SELECT count(*) FROM movement WHERE reverses_id = ?", receipt)[0][0] == 0
    type_chinese(dialog.form.acceptEdit, "实物已退回供应商")
    qtbot.keyClick(dialog.form.acceptEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.reversal_dialog is None)
    assert sql(demo_session, "SELECT flags, accept_reason, note FROM movement WHERE reverses_id = ?", receipt) == [
        (1, "实物已退回供应商", "重复入库")]
    wait_loaded(qtbot, screen.model)
    assert screen.selected_row().reverses_id == receipt
    assert cell(screen.model, screen.model.row_of(screen.selected_id()), "flags") == "Negative stock"


def test_the_reversal_date_must_be_in_an_open_month(qtbot, screen, demo_session):
    (shipment,) = sql(demo_session, "SELECT id FROM movement WHERE type = 'SHIPMENT' LIMIT 1")[0]
    select_movement(qtbot, screen, shipment)
    screen.reverse_selected()
    dialog = screen.reversal_dialog
    assert dialog.form.dateEdit.minimumDate().toPython() == dt.date(2026, 11, 1)  # October is closed
    dialog.form.dateEdit.setFocus()
    qtbot.keyClicks(dialog.form.dateEdit, "2026-10-15")  # clamped to the first open day
    assert dialog.day() >= dt.date(2026, 11, 1)
    dialog.reject()
    qtbot.waitUntil(lambda: screen.reversal_dialog is None)
    assert sql(demo_session, "SELECT count(*) FROM movement WHERE reverses_id IS NOT NULL")[0][0] == 0


def test_going_to_a_link_clears_filters_that_hide_it(qtbot, screen, demo_session):
    (shipment,) = sql(demo_session, "SELECT id FROM movement WHERE type = 'SHIPMENT' LIMIT 1")[0]
    reversal = reverse_movement(demo_session.db, shipment, day=TODAY, reason="重复", user="t").movement_ids[0]
    demo_session.notify_changed()
    wait_loaded(qtbot, screen.model)
    screen.form.periodCombo.setCurrentIndex(screen.form.periodCombo.findData("this_month"))
    wait_loaded(qtbot, screen.model)
    assert screen.model.row_of(shipment) is None  # dated before November
    select_movement(qtbot, screen, reversal)
    screen.go_to_link()
    qtbot.waitUntil(lambda: screen.selected_id() == shipment, timeout=30000)
    assert screen.form.periodCombo.currentData() == "all"
    assert f"No. {shipment}" in screen.form.statusLabel.text()


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_writes_the_filtered_rows(qtbot, screen, demo_session, tmp_path, monkeypatch, suffix):
    target = tmp_path / f"feed.{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: pytest.fail(str(a))))
    screen.form.typeCombo.setCurrentIndex(screen.form.typeCombo.findData("FEED"))
    wait_loaded(qtbot, screen.model)
    shown = [screen.model.movement_id(r) for r in range(screen.model.rowCount())]
    qtbot.mouseClick(screen.form.exportButton, Qt.MouseButton.LeftButton)
    assert screen.form.cancelButton.isVisible()
    qtbot.waitUntil(lambda: screen.form.exportButton.isEnabled(), timeout=60000)
    assert not screen.form.cancelButton.isVisible()
    assert str(target) in screen.form.statusLabel.text()
    if suffix == "csv":
        rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    else:
        rows = [list(r) for r in openpyxl.load_workbook(target, read_only=True).active.iter_rows(values_only=True)]
    assert rows[0][:3] == ["No.", "Date", "Type"] and rows[0][5] == "Mass (kg)"
    assert [int(r[0]) for r in rows[1:]] == shown
    assert {r[2] for r in rows[1:]} == {"Feed"}


def test_export_can_be_cancelled(qtbot, screen, tmp_path, monkeypatch):
    target = tmp_path / "all.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    screen.export()
    qtbot.mouseClick(screen.form.cancelButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.form.exportButton.isEnabled(), timeout=60000)
    assert screen.form.statusLabel.text() == "Export cancelled."
    assert list(tmp_path.glob("*all.xlsx*")) == []


def test_the_screen_speaks_chinese(qtbot, screen, qapp):
    try:
        install_language(qapp, "zh_CN")
        qtbot.waitUntil(lambda: screen.form.titleLabel.text() == "台账")  # the change arrives as an event
        assert screen.model.headerData(COLUMN_OF["type"], Qt.Orientation.Horizontal) == "类型"
        assert screen.form.typeCombo.itemText(0) == "全部类型"
        row = screen.model.row_of(sql_first_feed(screen))
        assert cell(screen.model, row, "type") == "冶炼分离投料"
    finally:
        install_language(qapp, "en")
    qtbot.waitUntil(lambda: screen.form.titleLabel.text() == "Ledger")
    assert screen.form.typeCombo.itemText(0) == "All types"


def sql_first_feed(screen):
    return sql(screen.session, "SELECT id FROM movement WHERE type = 'FEED' LIMIT 1")[0][0]


def test_an_empty_ledger(qtbot, gui_session, tmp_path, monkeypatch):
    screen = LedgerScreen(gui_session)
    qtbot.addWidget(screen)
    screen.show()
    screen.activate()
    wait_loaded(qtbot, screen.model)
    assert screen.model.rowCount() == 0
    assert screen.form.countLabel.text() == "Movements: 0"
    assert not screen.form.reverseButton.isEnabled() and not screen.form.linkButton.isEnabled()
    screen.reverse_selected()
    assert screen.reversal_dialog is None
    target = tmp_path / "empty.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    screen.export()
    qtbot.waitUntil(lambda: screen.form.exportButton.isEnabled(), timeout=30000)
    assert target.read_text(encoding="utf-8-sig").splitlines()[0].startswith("No.,Date,Type")
