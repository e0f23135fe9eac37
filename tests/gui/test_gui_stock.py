"""The stock screen and the stocktake, driven through their widgets on the demo ledger."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest
from sqlalchemy import select, text

from ree_desk.gui.dialogs.stocktake import StocktakeDialog
from ree_desk.gui.models.stock_model import StockModel, StocktakeModel, origin_text
from ree_desk.gui.qt import QApplication, QInputDialog, QItemSelectionModel, Qt
from ree_desk.gui.screens.stock import StockScreen
from ree_desk.gui.worker import wait_for_background
from ree_desk.services.stock import LotStock, stock_as_of
from ree_desk.services.stocktake import BookLine
from ree_desk.store.tables import lot_table, movement_table

LAST_DAY = dt.date(2026, 11, 27)   # the demo's last day; November is its open month


@pytest.fixture
def screen(demo_session, qtbot):
    widget = StockScreen(demo_session)
    widget.today = lambda: LAST_DAY
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    widget.activate()
    qtbot.waitUntil(lambda: widget.loaded_day is not None and not widget.loading)
    type_date(qtbot, widget, LAST_DAY)
    yield widget
    wait_for_background()


def type_date(qtbot, widget: StockScreen, day: dt.date) -> None:
    edit = widget.form.asOfEdit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    qtbot.keyClicks(edit, day.isoformat())
    qtbot.waitUntil(lambda: widget.loaded_day == day and not widget.loading, timeout=10000)


def type_keys(qtbot, text_: str, then=None) -> None:
    """Types as a person does: each key goes where the focus is, so the
    first digit on a count cell opens its editor and the rest land in it."""
    for ch in text_:
        assert QApplication.focusWidget() is not None
        qtbot.keyClicks(QApplication.focusWidget(), ch)
    if then is not None:
        qtbot.keyClick(QApplication.focusWidget(), then)


def shown(widget: StockScreen) -> list[tuple[str, str, str, str]]:
    m = widget.model
    return [tuple(m.index(r, c).data() for c in (StockModel.MATERIAL, StockModel.LOT, StockModel.MASS,
                                                  StockModel.REO)) for r in range(m.rowCount())]


def test_stock_as_of_a_past_date_matches_the_ledger(screen, demo_session, qtbot):
    day = dt.date(2026, 6, 15)
    type_date(qtbot, screen, day)
    expected = stock_as_of(demo_session.db, day)
    assert expected and expected != stock_as_of(demo_session.db, LAST_DAY)
    mass = demo_session.mass
    assert shown(screen) == [(s.material, s.lot, mass(s.mass_g), mass(s.reo_g)) for s in expected]
    assert str(len(expected)) in screen.form.statusLabel.text()
    assert "2026-06-15" in screen.form.statusLabel.text()


def test_totals_by_category_and_group_follow_the_filters(screen, demo_session, qtbot):
    stocks = stock_as_of(demo_session.db, LAST_DAY)

    def expected(rows):
        sums = defaultdict(lambda: [0, 0, 0])
        for s in rows:
            t = sums[(s.category, s.material_group)]
            t[0] += 1
            t[1] += s.mass_g
            t[2] += s.reo_g
        return sorted((k[0], k[1], *v) for k, v in sums.items())

    def totals():
        return sorted((t.category, t.group, t.lots, t.mass_g, t.reo_g) for t in screen.totals.totals())

    assert totals() == expected(stocks)
    grand = screen.totals.grand()
    assert (grand.lots, grand.mass_g) == (len(stocks), sum(s.mass_g for s in stocks))
    last = screen.totals.rowCount() - 1
    assert screen.totals.index(last, 3).data() == demo_session.mass(grand.mass_g)

    combo = screen.form.groupCombo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)            # all groups -> light -> medium-heavy
    assert combo.currentData() == "medium_heavy"
    heavy = [s for s in stocks if s.material_group == "medium_heavy"]
    assert totals() == expected(heavy)
    assert screen.model.rowCount() == len(heavy)

    qtbot.keyClick(combo, Qt.Key.Key_Home)
    qtbot.keyClicks(screen.form.searchEdit, "ox")
    qtbot.waitUntil(lambda: screen.model.rowCount() < len(stocks))
    oxides = [s for s in stocks if "OX" in s.material or "ox" in s.lot.lower()]
    assert sorted(screen.model.visible(), key=lambda s: s.lot_id) == sorted(oxides, key=lambda s: s.lot_id)
    assert totals() == expected(oxides)


def test_choosing_a_material_shows_only_its_lots(screen, demo_session):
    screen.select_material("CONC-MIXED")
    lots = [s for s in stock_as_of(demo_session.db, LAST_DAY) if s.material == "CONC-MIXED"]
    assert [s.lot for s in screen.model.visible()] == [s.lot for s in lots]
    assert [(t.category, t.group) for t in screen.totals.totals()] == [("ore_product", "light")]


def adjustments(db) -> list[tuple]:
    with db.read() as conn:
        return [tuple(r) for r in conn.execute(
            select(lot_table.c.lot_no, movement_table.c.day, movement_table.c.mass_g, movement_table.c.reo_g, movement_table.c.note, movement_table.c.flags,
                   movement_table.c.accept_reason)
            .join(lot_table, lot_table.c.id == movement_table.c.lot_id)
            .where(movement_table.c.type == "ADJUSTMENT", movement_table.c.day > dt.date(2026, 11, 1)).order_by(movement_table.c.id))]


def open_stocktake(qtbot, screen: StockScreen, rows: list[int]) -> StocktakeDialog:
    view = screen.form.lotsView
    selection = view.selectionModel()
    for row in rows:
        selection.select(screen.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.stocktake_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == len(rows) and not dialog.loading)
    return dialog


def test_a_stocktake_through_the_dialog_posts_the_differences(screen, demo_session, qtbot):
    first, second = screen.model.stock_at(0), screen.model.stock_at(1)
    before = adjustments(demo_session.db)
    dialog = open_stocktake(qtbot, screen, [0, 1])
    assert dialog.model.keys() == [(first.material, first.lot), (second.material, second.lot)]
    view = dialog.form.linesView
    assert view.currentIndex().column() == StocktakeModel.COUNTED

    assert QApplication.focusWidget() is view
    counted_first = first.mass_g - 2_500                     # 2.5 kg short
    type_keys(qtbot, f"{counted_first // 1000}.{counted_first % 1000:03d}", then=Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.currentIndex().row() == 1 and view.state() == view.State.EditingState)
    type_keys(qtbot, dialog.model._plain(second.mass_g), then=Qt.Key.Key_Return)   # equal to the books
    qtbot.waitUntil(lambda: dialog.form.reasonEdit.hasFocus())
    assert dialog.model.counts() == {(first.material, first.lot): counted_first,
                                     (second.material, second.lot): second.mass_g}
    assert dialog.model.index(0, StocktakeModel.DIFFERENCE).data() == demo_session.mass(-2_500)
    assert "2 of 2" in dialog.form.summaryLabel.text()
    line = dialog.model.lines()[0]
    assert line.book_g == first.mass_g

    dialog.form.reasonEdit.insert("月末盘点 ")     # Chinese comes through the input method, not key by key
    qtbot.keyClicks(dialog.form.reasonEdit, "count of 2026-11-27")
    qtbot.keyClick(dialog.form.reasonEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.stocktake_dialog is None)

    new = adjustments(demo_session.db)[len(before):]
    assert new == [(first.lot, LAST_DAY, -2_500, line.difference_reo_g(counted_first),
                    "月末盘点 count of 2026-11-27", 0, None)]
    qtbot.waitUntil(lambda: not screen.loading and screen.model.stock_at(0).mass_g == counted_first)
    assert screen.form.noticeLabel.isVisible() and "1" in screen.form.noticeLabel.text()


def test_a_stocktake_needs_a_count_and_a_reason(screen, demo_session, qtbot):
    dialog = open_stocktake(qtbot, screen, [0])
    before = adjustments(demo_session.db)
    qtbot.mouseClick(dialog.post_button, Qt.MouseButton.LeftButton)
    assert dialog.form.errorLabel.isVisible() and dialog.result is None
    view = dialog.form.linesView
    view.setFocus()
    type_keys(qtbot, "12,5x", then=Qt.Key.Key_Return)
    assert "12,5x" in dialog.form.errorLabel.text()
    assert dialog.model.counts() == {}
    dialog.model.set_count(0, "0")
    qtbot.mouseClick(dialog.post_button, Qt.MouseButton.LeftButton)
    assert dialog.form.reasonEdit.hasFocus() and dialog.result is None
    assert adjustments(demo_session.db) == before


def test_a_loss_leaving_a_later_day_negative_asks_for_a_reason(screen, demo_session, qtbot, monkeypatch):
    day = dt.date(2026, 11, 10)
    with demo_session.db.read() as conn:
        lot_no = conn.execute(text(
            "SELECT l.lot_no FROM movement m JOIN lot l ON l.id = m.lot_id WHERE m.type = 'SHIPMENT' "
            "AND m.day > '2026-11-10' AND (SELECT SUM(mass_g) FROM movement WHERE lot_id = l.id "
            "AND day <= '2026-11-10') > 0 ORDER BY m.id LIMIT 1")).scalar()
    type_date(qtbot, screen, day)
    qtbot.keyClicks(screen.form.searchEdit, lot_no)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    asked = []

    def answer(parent, title, label, echo, default):
        asked.append(label)
        return "经理确认：样品已送检 samples sent to the lab", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    dialog = open_stocktake(qtbot, screen, [0])
    dialog.model.set_count(0, "0")
    dialog.form.reasonEdit.insert("盘亏")
    qtbot.keyClick(dialog.form.linesView, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.stocktake_dialog is None)
    assert asked and lot_no in asked[0]
    (row,) = [r for r in adjustments(demo_session.db) if r[0] == lot_no]
    assert row[1] == day and row[4] == "盘亏" and row[5] != 0
    assert row[6] == "经理确认：样品已送检 samples sent to the lab"


def test_stocktake_of_every_lot_of_a_material(screen, demo_session, qtbot):
    screen.select_material("CONC-MIXED")
    screen.form.lotsView.clearSelection()
    qtbot.mouseClick(screen.form.stocktakeButton, Qt.MouseButton.LeftButton)
    dialog = screen.stocktake_dialog
    lots = [s.lot for s in stock_as_of(demo_session.db, LAST_DAY, material="CONC-MIXED")]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == len(lots) and not dialog.loading)
    assert [k[1] for k in dialog.model.keys()] == lots
    dialog.reject()


def test_lots_typed_into_an_empty_stocktake(screen, demo_session, qtbot):
    with demo_session.db.read() as conn:
        material, lot_no = conn.execute(text(
            "SELECT t.code, l.lot_no FROM lot l JOIN material t ON t.id = l.material_id "
            "WHERE t.category = 'product' ORDER BY l.id DESC LIMIT 1")).one()
    screen.form.lotsView.clearSelection()
    qtbot.keyClick(screen.form.searchEdit, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.stocktake_dialog
    assert dialog.model.rowCount() == 0
    edit = dialog.form.lotEdit
    edit.setFocus()
    qtbot.keyClicks(edit, "NO-SUCH")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "NO-SUCH" in dialog.form.errorLabel.text() and dialog.model.rowCount() == 0
    edit.clear()
    qtbot.keyClicks(edit, f"{material} / {lot_no}")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and not dialog.loading)
    assert dialog.model.keys() == [(material, lot_no)] and not dialog.form.errorLabel.isVisible()
    assert QApplication.focusWidget() is dialog.form.linesView
    dialog.reject()


def test_an_empty_ledger_shows_no_stock(gui_session, qtbot):
    widget = StockScreen(gui_session)
    qtbot.addWidget(widget)
    widget.show()
    widget.activate()
    qtbot.waitUntil(lambda: widget.loaded_day is not None and not widget.loading)
    assert widget.model.rowCount() == 0 and widget.totals.rowCount() == 0
    assert widget.form.statusLabel.text().startswith("No stock as of")


def test_stock_model_filters_and_sorts_without_a_window(gui_session):
    model = StockModel(gui_session)
    model.set_stock([
        LotStock("ND-OX", "light", "product", "P2", 2, "CN", 5_000, 4_950, {"CN": 4_950}),
        LotStock("DY-OX", "medium_heavy", "product", "P1", 1, "MM", 1_000, 990, {"CN": 330, "MM": 660}),
        LotStock("CONC-BAST", "light", "ore_product", "R1", 3, "US", 9_000, 5_400, {"US": 5_400}),
    ], {"ND-OX": ("氧化钕", "Neodymium oxide"), "DY-OX": ("氧化镝", "Dysprosium oxide")})
    assert [s.lot for s in model.visible()] == ["R1", "P1", "P2"]
    assert model.index(1, StockModel.ORIGIN).data() == "MM 66.7% · CN 33.3%"
    model.sort(StockModel.MASS, Qt.SortOrder.DescendingOrder)
    assert [s.lot for s in model.visible()] == ["R1", "P2", "P1"]
    model.set_filter(group="light")
    assert [s.lot for s in model.visible()] == ["R1", "P2"]
    model.set_filter(text="neodymium")
    assert [s.lot for s in model.visible()] == ["P2"]
    model.set_filter(material="DY-OX", text="mm")
    assert [s.lot for s in model.visible()] == ["P1"]
    assert origin_text("", {"CN": 1, "MM": 2, "US": 0}) == "MM 66.7% · CN 33.3%"


def test_stocktake_model_reads_counts_in_the_users_unit(gui_session, qtbot):
    gui_session.set_unit("t")
    model = StocktakeModel(gui_session)
    model.add_lines([BookLine("ND-OX", "P1", 1, 2_000_000, 1_980_000, 9900)])
    rejected = []
    model.rejected.connect(rejected.append)
    assert model.set_count(0, "1.9995")
    assert model.counts() == {("ND-OX", "P1"): 1_999_500}
    assert model.index(0, StocktakeModel.DIFFERENCE).data() == "-0.001"      # tonnes, to the kg
    assert model.index(0, StocktakeModel.COUNTED).data(Qt.ItemDataRole.EditRole) == "1.9995"
    assert not model.set_count(0, "-1") and rejected
    assert model.set_count(0, "")
    assert model.counts() == {}
    assert model.headerData(StocktakeModel.COUNTED, Qt.Orientation.Horizontal) == "Counted (t)"


def test_lots_emptied_with_a_rounding_remainder_are_hidden_until_asked_for(gui_session, qtbot):
    from conftest import draft
    from ree_desk.services.posting import post_movements

    # 10 kg at 33.33 % holds 3.333 kg REO; two 5 kg loads carry 1.667 kg each: 1 g short.
    post_movements(gui_session.db, [
        draft(2, date="2026-06-01", type="RECEIPT", material="CE-OX", lot="CE-1", mass_kg="10", grade_pct="33.33",
              origin="CN", counterparty="供应商"),
        draft(3, date="2026-06-02", type="RECEIPT", material="CE-OX", lot="CE-2", mass_kg="4", grade_pct="50",
              origin="CN", counterparty="供应商"),
        *[draft(4 + i, date="2026-06-03", type="SHIPMENT", material="CE-OX", lot="CE-1", mass_kg="5",
                grade_pct="33.33", counterparty="客户", destination="CN") for i in range(2)],
    ], user="t", source="test")
    widget = StockScreen(gui_session)
    qtbot.addWidget(widget)
    widget.show()
    type_date(qtbot, widget, dt.date(2026, 6, 30))
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0)
    assert [s[1] for s in shown(widget)] == ["CE-2"]
    widget.form.emptyCheck.setChecked(False)
    assert [s[1] for s in shown(widget)] == ["CE-1", "CE-2"]
    emptied = widget.model.stock_at(0)
    assert (emptied.lot, emptied.mass_g, emptied.reo_g) == ("CE-1", 0, -1)
    wait_for_background()
