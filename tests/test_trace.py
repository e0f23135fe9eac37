"""Tracing a lot back to its suppliers and forward to its customers."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from conftest import day, draft
from ree_desk.domain.problems import InputRejected
from ree_desk.services.posting import post_movements
from ree_desk.services.reversal import reverse_movement
from ree_desk.services.trace import Step, lots_matching, resolve_lot, split_lot_text, trace_lot
from ree_desk.store.tables import movement_table


def post(db, *rows):
    return post_movements(db, list(rows), user="t", source="test")


def row(date, type_, material, lot, kg, grade, **kw):
    return draft(None, date=date, type=type_, material=material, lot=lot, mass_kg=kg, grade_pct=grade, **kw)


@pytest.fixture
def plant(db):
    """Two receipts fed into run R1 (mixed carbonate and PrNd oxide out); the
    carbonate fed into R2 (Nd oxide out); products shipped."""
    post(db,
         row("2026-06-01", "RECEIPT", "CONC-BAST", "US1", "1000", "60", origin="US", origin_detail="Mountain Pass",
             counterparty="MP Materials", customs_no="220120260000000001", invoice_no="INV-1"),
         row("2026-06-02", "RECEIPT", "CONC-BAST", "CN1", "1000", "20", origin="CN", origin_detail="四川冕宁",
             counterparty="冕宁矿业有限公司"),
         row("2026-06-03", "FEED", "CONC-BAST", "US1", "500", "60", run="R1"),     # 300 kg REO from US
         row("2026-06-03", "FEED", "CONC-BAST", "CN1", "500", "20", run="R1"),     # 100 kg REO from CN
         row("2026-06-04", "OUTPUT", "MIX-CARB", "MC1", "400", "50", run="R1"),
         row("2026-06-04", "OUTPUT", "PRND-OX", "P1", "100", "99", run="R1"),
         row("2026-06-05", "FEED", "MIX-CARB", "MC1", "400", "50", run="R2"),
         row("2026-06-06", "OUTPUT", "ND-OX", "P2", "150", "99", run="R2"),
         row("2026-06-07", "SHIPMENT", "ND-OX", "P2", "100", "99", counterparty="Hitachi Metals", destination="JP",
             customs_no="220120260000000009"),
         row("2026-06-08", "SHIPMENT", "PRND-OX", "P1", "60", "99", counterparty="宁波磁材有限公司", destination="CN"),
         row("2026-06-09", "ADJUSTMENT", "PRND-OX", "P1", "-0.5", "99", note="盘亏 count short"))
    return db


def steps(nodes):
    return [(n.step, n.lot.lot if n.lot else None, n.run) for n in nodes]


def test_a_product_lot_comes_from_its_runs_feed_lots_and_their_suppliers(plant):
    trace = trace_lot(plant, "ND-OX", "P2")
    assert trace.lot.made and trace.lot.material_name_zh == "氧化钕"
    assert trace.lot.origin_shares == {"CN": 37_125, "US": 111_375}
    assert (trace.stock_g, trace.stock_reo_g) == (50_000, 49_500)
    (made,) = trace.came_from
    assert (made.step, made.run, made.day, made.mass_g) == (Step.MADE_BY_RUN, "R2", day("2026-06-06"), 150_000)
    (feed,) = made.children
    assert (feed.step, feed.lot.lot, feed.mass_g, feed.reo_g) == (Step.FEED, "MC1", 400_000, 200_000)
    assert feed.origins == {"CN": 50_000, "US": 150_000}
    (r1,) = feed.children
    assert steps(r1.children) == [(Step.FEED, "CN1", "R1"), (Step.FEED, "US1", "R1")]
    cn1, us1 = r1.children
    assert (us1.lot.origin, us1.lot.origin_detail, us1.lot.customs_no) == ("US", "Mountain Pass", "220120260000000001")
    (receipt,) = us1.children
    assert (receipt.step, receipt.counterparty, receipt.customs_no, receipt.origins, receipt.origin_detail,
            receipt.invoice_no) == (Step.RECEIPT, "MP Materials", "220120260000000001", {"US": 600_000},
                                    "Mountain Pass", "INV-1")
    (receipt,) = cn1.children
    assert (receipt.counterparty, receipt.customs_no, receipt.origins) == ("冕宁矿业有限公司", None, {"CN": 200_000})
    assert not trace.truncated


def test_a_product_lot_went_to_its_customers(plant):
    trace = trace_lot(plant, "PRND-OX", "P1")
    assert [(n.step, n.counterparty, n.destination, n.mass_g, n.note) for n in trace.went_to] == [
        (Step.SHIPMENT, "宁波磁材有限公司", "CN", 60_000, None),
        (Step.LOST, None, None, 500, "盘亏 count short"),
    ]
    assert trace.went_to[0].origins == {"CN": 14_850, "US": 44_550}


def test_a_received_lot_went_through_runs_into_products_and_shipments(plant):
    trace = trace_lot(plant, "CONC-BAST", "US1")
    (r1,) = trace.went_to
    assert (r1.step, r1.run, r1.mass_g, r1.reo_g) == (Step.FED_INTO_RUN, "R1", 500_000, 300_000)
    assert steps(r1.children) == [(Step.OUTPUT, "MC1", "R1"), (Step.OUTPUT, "P1", "R1")]
    mc1, p1 = r1.children
    (r2,) = mc1.children
    (p2,) = r2.children
    (ship,) = p2.children
    assert (ship.step, ship.counterparty, ship.destination, ship.customs_no) == (
        Step.SHIPMENT, "Hitachi Metals", "JP", "220120260000000009")
    assert [n.step for n in p1.children] == [Step.SHIPMENT, Step.LOST]
    (receipt,) = trace.came_from
    assert receipt.step is Step.RECEIPT


def test_depth_limit_shows_the_far_lots_without_tracing_them(plant):
    trace = trace_lot(plant, "ND-OX", "P2", max_depth=1)
    mc1 = trace.came_from[0].children[0]
    assert not mc1.cut and mc1.children
    far = mc1.children[0].children
    assert [n.lot.lot for n in far] == ["CN1", "US1"]
    assert all(n.cut and not n.children for n in far)
    assert trace.truncated


def test_a_run_that_feeds_its_own_output_back_is_shown_once(plant):
    post(plant, row("2026-06-10", "FEED", "ND-OX", "P2", "10", "99", run="R3"))
    post(plant, row("2026-06-11", "OUTPUT", "ND-OX", "P2", "9", "99", run="R3"))
    trace = trace_lot(plant, "ND-OX", "P2")
    r3 = [n for n in trace.came_from if n.run == "R3"][0]
    (again,) = r3.children
    assert again.lot.lot == "P2" and again.repeated and not again.children
    back = [n for n in trace.went_to if n.run == "R3"][0]
    assert back.children[0].repeated


def test_a_reversed_movement_and_its_reversal_are_left_out(plant):
    post(plant, row("2026-06-12", "SHIPMENT", "ND-OX", "P2", "10", "99", counterparty="误录客户", destination="CN"))
    trace = trace_lot(plant, "ND-OX", "P2")
    assert [n.counterparty for n in trace.went_to] == ["Hitachi Metals", "误录客户"]
    with plant.read() as conn:
        mid = conn.execute(select(movement_table.c.id).where(movement_table.c.counterparty == "误录客户")).scalar()
    reverse_movement(plant, mid, day=day("2026-06-13"), reason="录错了", user="t")
    trace = trace_lot(plant, "ND-OX", "P2")
    assert [n.counterparty for n in trace.went_to] == ["Hitachi Metals"]


def test_node_limit_cuts_and_says_so(plant):
    trace = trace_lot(plant, "CONC-BAST", "US1", max_nodes=3)
    assert trace.truncated


def test_an_unknown_lot_is_refused(plant):
    with pytest.raises(InputRejected) as caught:
        trace_lot(plant, "ND-OX", "NOPE")
    assert "NOPE" in str(caught.value.problems[0])


def test_finding_lots_by_what_is_typed(plant):
    assert lots_matching(plant, "p") == [("ND-OX", "P2"), ("PRND-OX", "P1")]
    assert lots_matching(plant, "nd-ox") == [("ND-OX", "P2"), ("PRND-OX", "P1")]
    assert lots_matching(plant, "ND-OX / P") == [("ND-OX", "P2")]
    assert lots_matching(plant, "100%") == []
    assert resolve_lot(plant, "MC1") == [("MIX-CARB", "MC1")]
    assert resolve_lot(plant, " mix-carb /  MC1 ") == [("MIX-CARB", "MC1")]
    assert resolve_lot(plant, "MC") == []
    assert split_lot_text("") == (None, "")
