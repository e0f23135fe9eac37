"""The trace screen on the demo ledger: a product lot back to its feed lots,
their origins and suppliers, and forward to its customers."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from ree_desk.gui.models.trace_model import TraceModel
from ree_desk.gui.qt import QModelIndex, Qt
from ree_desk.gui.screens.trace import TraceScreen
from ree_desk.gui.worker import wait_for_background
from ree_desk.services.trace import LotInfo, LotTrace, Step, TraceNode


@pytest.fixture
def screen(demo_session, qtbot):
    widget = TraceScreen(demo_session)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    widget.activate()
    yield widget
    wait_for_background()


def product_fed_from_a_receipt(db) -> dict:
    """A product lot whose run fed a received (imported) lot, and that was shipped."""
    with db.read() as conn:
        row = conn.execute(text("""
            SELECT pm.code AS material, pl.lot_no AS lot, r.code AS run, fl.lot_no AS feed_lot,
                   fl.origin AS feed_origin, rc.counterparty AS supplier, rc.customs_no AS customs
            FROM movement o
            JOIN lot pl ON pl.id = o.lot_id JOIN material pm ON pm.id = pl.material_id
            JOIN run r ON r.id = o.run_id
            JOIN movement f ON f.run_id = o.run_id AND f.type = 'FEED'
            JOIN lot fl ON fl.id = f.lot_id
            JOIN movement rc ON rc.lot_id = fl.id AND rc.type = 'RECEIPT'
            WHERE o.type = 'OUTPUT' AND rc.customs_no IS NOT NULL
              AND EXISTS (SELECT 1 FROM movement s WHERE s.lot_id = pl.id AND s.type = 'SHIPMENT')
            ORDER BY o.id LIMIT 1""")).mappings().one()
        shipments = conn.execute(text("""
            SELECT m.day, m.counterparty, m.destination FROM movement m JOIN lot l ON l.id = m.lot_id
            JOIN material t ON t.id = l.material_id
            WHERE t.code = :material AND l.lot_no = :lot AND m.type = 'SHIPMENT' ORDER BY m.day, m.id"""),
            dict(row)).all()
        feeds = conn.execute(text("""
            SELECT DISTINCT l.lot_no FROM movement m JOIN lot l ON l.id = m.lot_id JOIN run r ON r.id = m.run_id
            WHERE r.code = :run AND m.type = 'FEED'"""), dict(row)).scalars().all()
    return {**row, "shipments": [tuple(s) for s in shipments], "feeds": sorted(feeds)}


def children(model: TraceModel, parent: QModelIndex) -> list[QModelIndex]:
    return [model.index(r, 0, parent) for r in range(model.rowCount(parent))]


def cell(model: TraceModel, index: QModelIndex, column: int) -> str:
    return model.index(index.row(), column, index.parent()).data()


def trace_by_keyboard(qtbot, screen: TraceScreen, typed: str) -> None:
    screen.form.lotEdit.setFocus()
    qtbot.keyClicks(screen.form.lotEdit, typed)
    qtbot.keyClick(screen.form.lotEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.loading and screen.model.trace is not None, timeout=10000)


def test_a_product_lot_shows_its_runs_feed_lots_origins_suppliers_and_shipments(screen, demo_session, qtbot):
    case = product_fed_from_a_receipt(demo_session.db)
    trace_by_keyboard(qtbot, screen, f"{case['material']} / {case['lot']}")
    model = screen.model
    assert screen.current == (case["material"], case["lot"])
    assert case["lot"] in screen.form.lotLabel.text()

    came = model.section_index(TraceModel.CAME_FROM)
    (run,) = children(model, came)
    assert cell(model, run, TraceModel.STEP) == f"Made by run {case['run']}"
    feeds = children(model, run)
    assert sorted(model.lot_at(i)[1] for i in feeds) == case["feeds"]
    assert all(screen.form.treeView.isExpanded(i) for i in feeds)   # open down to the feed lots' sources
    (received,) = [i for i in feeds if model.lot_at(i)[1] == case["feed_lot"]]
    assert cell(model, received, TraceModel.STEP) == f"Fed lot {case['feed_lot']}"
    assert cell(model, received, TraceModel.ORIGIN) == case["feed_origin"]
    (receipt,) = children(model, received)
    assert cell(model, receipt, TraceModel.STEP) == "Receipt"
    assert cell(model, receipt, TraceModel.PARTY) == case["supplier"]
    assert cell(model, receipt, TraceModel.CUSTOMS) == case["customs"]
    assert cell(model, receipt, TraceModel.ORIGIN) == case["feed_origin"]
    # Made feed lots go back through their own runs to the mine.
    made = [i for i in feeds if model.lot_at(i)[1] != case["feed_lot"]]
    for index in made:
        (back,) = children(model, index)
        assert cell(model, back, TraceModel.STEP).startswith("Made by run ")
        assert {cell(model, i, TraceModel.ORIGIN) for i in children(model, back)} == {"CN"}

    went = model.section_index(TraceModel.WENT_TO)
    shipped = [(cell(model, i, TraceModel.DATE), cell(model, i, TraceModel.PARTY)) for i in children(model, went)
               if cell(model, i, TraceModel.STEP) == "Shipment"]
    assert shipped and shipped == [(day, f"{customer} → {destination}")
                                   for day, customer, destination in case["shipments"]]


def test_double_click_traces_a_feed_lot_and_back_returns(screen, demo_session, qtbot):
    case = product_fed_from_a_receipt(demo_session.db)
    trace_by_keyboard(qtbot, screen, case["lot"])        # the lot number alone is enough when unique
    model, view = screen.model, screen.form.treeView
    (run,) = children(model, model.section_index(TraceModel.CAME_FROM))
    (received,) = [i for i in children(model, run) if model.lot_at(i)[1] == case["feed_lot"]]
    view.scrollTo(received)
    rect = view.visualRect(received)
    assert rect.isValid()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not screen.loading and screen.current[1] == case["feed_lot"])
    went = children(model, model.section_index(TraceModel.WENT_TO))
    assert case["run"] in [cell(model, i, TraceModel.STEP).removeprefix("Fed into run ") for i in went]
    assert screen.form.backButton.isEnabled()
    qtbot.keyClick(screen.form.lotEdit, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not screen.loading and screen.current[1] == case["lot"])
    assert not screen.form.backButton.isEnabled()


def test_typing_part_of_a_lot_offers_matching_lots(screen, demo_session, qtbot):
    case = product_fed_from_a_receipt(demo_session.db)
    part = case["lot"][:8]
    screen.form.lotEdit.setFocus()
    qtbot.keyClicks(screen.form.lotEdit, part)
    qtbot.waitUntil(lambda: screen.completer.model().rowCount() > 0)
    offered = screen.completer.model().stringList()
    assert f"{case['material']} / {case['lot']}" in offered
    assert all(part.lower() in s.lower() for s in offered)


def test_an_unknown_lot_says_so(screen, qtbot):
    qtbot.keyClicks(screen.form.lotEdit, "NO-SUCH-LOT")
    qtbot.keyClick(screen.form.lotEdit, Qt.Key.Key_Return)
    assert "NO-SUCH-LOT" in screen.form.statusLabel.text()
    assert screen.model.trace is None


def test_trace_model_without_a_window(gui_session):
    feed_lot = LotInfo(7, "CONC-BAST", "氟碳铈矿精矿", "Bastnaesite concentrate", "R1", False, "US", "Mountain Pass",
                       "C1", {})
    receipt = TraceNode(Step.RECEIPT, dt.date(2026, 6, 1), 1_000_000, 600_000, {"US": 600_000},
                        counterparty="MP Materials", customs_no="C1")
    feed = TraceNode(Step.FEED, dt.date(2026, 6, 3), 500_000, 300_000, {"US": 300_000},
                     lot=feed_lot, run="R1", children=[receipt])
    run = TraceNode(Step.MADE_BY_RUN, dt.date(2026, 6, 4), 100_000, 99_000,
                    {"CN": 24_750, "US": 74_250}, run="R1", children=[feed])
    ship = TraceNode(Step.SHIPMENT, dt.date(2026, 6, 9), 60_000, 59_400, {"US": 59_400},
                     counterparty="Hitachi Metals", destination="JP", customs_no="E9")
    lot = LotInfo(9, "PRND-OX", "氧化镨钕", "Praseodymium-neodymium oxide", "P1", True, "", "", "", {"US": 1})
    model = TraceModel(gui_session)
    model.set_trace(LotTrace(lot, 40_000, 39_600, [run], [ship], False))
    came, went = model.section_index(model.CAME_FROM), model.section_index(model.WENT_TO)
    assert came.data() == "Came from (1)" and went.data() == "Went to (1)"
    (run_i,) = children(model, came)
    assert cell(model, run_i, model.ORIGIN) == "US 75.0% · CN 25.0%"
    (feed_i,) = children(model, run_i)
    assert model.lot_at(feed_i) == ("CONC-BAST", "R1") and model.lot_at(run_i) is None
    assert model.parent(feed_i) == run_i
    (receipt_i,) = children(model, feed_i)
    assert [cell(model, receipt_i, c) for c in range(model.COLUMNS)] == [
        "Receipt", "2026-06-01", "1,000.000", "600.000", "US", "MP Materials", "C1", ""]
    (ship_i,) = children(model, went)
    assert cell(model, ship_i, model.PARTY) == "Hitachi Metals → JP"
    assert "Japan" in model.index(ship_i.row(), model.PARTY, went).data(Qt.ItemDataRole.ToolTipRole)
    model.set_trace(None)
    assert model.rowCount() == 0
