"""Stocktake: counted quantities against the books, differences posted as
adjustments, all or nothing."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from conftest import day, draft
from ree_desk.domain.problems import InputRejected
from ree_desk.services.months import close_month
from ree_desk.services.posting import post_movements
from ree_desk.services.stock import stock_as_of
from ree_desk.services.stocktake import CountSummary, book_lines, post_stocktake, summarize
from ree_desk.store.tables import lot_table, movement_table, posting_table


def receipt(lot, kg, grade, date="2026-06-01", material="CONC-BAST"):
    return draft(None, date=date, type="RECEIPT", material=material, lot=lot, mass_kg=kg, grade_pct=grade,
                 origin="CN", counterparty="供应商")


def shipment(lot, kg, grade, date, material="CONC-BAST"):
    return draft(None, date=date, type="SHIPMENT", material=material, lot=lot, mass_kg=kg, grade_pct=grade,
                 counterparty="客户", destination="CN")


@pytest.fixture
def ledger(db):
    post_movements(db, [
        receipt("A", "1000", "60"),
        receipt("B", "500", "50"),
        receipt("C", "200", "40"),
        shipment("C", "50", "40", "2026-06-20"),
    ], user="t", source="test")
    return db


def adjustments(db):
    with db.read() as conn:
        return conn.execute(
            select(lot_table.c.lot_no, movement_table.c.day, movement_table.c.mass_g, movement_table.c.reo_g, movement_table.c.grade_bp, movement_table.c.note,
                   movement_table.c.posting_id, movement_table.c.flags, movement_table.c.accept_reason)
            .join(lot_table, lot_table.c.id == movement_table.c.lot_id).where(movement_table.c.type == "ADJUSTMENT").order_by(lot_table.c.lot_no)
        ).all()


def test_differences_are_posted_as_adjustments_in_one_posting(ledger):
    result = post_stocktake(
        ledger, day("2026-06-10"),
        {("CONC-BAST", "A"): 998_500, ("CONC-BAST", "B"): 500_000, ("CONC-BAST", "C"): 201_000},
        reason="月末盘点 June count", user="盘点员",
    )
    rows = adjustments(ledger)
    assert [(r.lot_no, r.day.isoformat(), r.mass_g, r.reo_g, r.note) for r in rows] == [
        ("A", "2026-06-10", -1_500, -900, "月末盘点 June count"),
        ("C", "2026-06-10", 1_000, 400, "月末盘点 June count"),
    ]
    assert {r.posting_id for r in rows} == {result.posting.posting_id}
    assert [line.lot for line in result.adjusted] == ["A", "C"]
    with ledger.read() as conn:
        posting = conn.execute(select(posting_table.c.by, posting_table.c.source, posting_table.c.rows)
                               .where(posting_table.c.id == result.posting.posting_id)).one()
    assert tuple(posting) == ("盘点员", "stocktake 2026-06-10", 2)
    stock = {s.lot: s.mass_g for s in stock_as_of(ledger, day("2026-06-10"))}
    assert stock == {"A": 998_500, "B": 500_000, "C": 201_000}


def test_a_count_equal_to_the_books_posts_nothing(ledger):
    result = post_stocktake(ledger, day("2026-06-10"), {("CONC-BAST", "B"): 500_000}, reason="count", user="t")
    assert result.posting is None and result.adjusted == [] and result.movement_ids == []
    assert adjustments(ledger) == []


def test_the_books_are_those_at_the_end_of_the_stocktake_day(ledger):
    before, after = book_lines(ledger, day("2026-06-19"), [("CONC-BAST", "C")]) + \
        book_lines(ledger, day("2026-06-20"), [("conc-bast", " C ")])
    assert (before.book_g, after.book_g) == (200_000, 150_000)
    assert after.material == "CONC-BAST" and after.lot == "C"
    assert before.difference_g(199_000) == -1_000 and before.difference_reo_g(199_000) == -400


def test_a_difference_is_valued_at_the_lots_average_grade(db):
    post_movements(db, [receipt("A", "100", "60"), receipt("A", "300", "40")], user="t", source="test")
    (line,) = book_lines(db, day("2026-06-30"), [("CONC-BAST", "A")])
    assert (line.book_g, line.book_reo_g, line.grade_bp) == (400_000, 180_000, 4500)
    post_stocktake(db, day("2026-06-30"), {line.key: 0}, reason="lot used up", user="t")
    (stock,) = stock_as_of(db, day("2026-06-30")) or [None]
    assert stock is None  # mass and REO both back to zero


def test_a_lot_the_books_hold_none_of_is_valued_at_its_latest_grade(ledger):
    post_movements(ledger, [shipment("B", "500", "50", "2026-06-05")], user="t", source="test")
    (line,) = book_lines(ledger, day("2026-06-10"), [("CONC-BAST", "B")])
    assert (line.book_g, line.grade_bp) == (0, 5000)
    post_stocktake(ledger, day("2026-06-10"), {line.key: 2_000}, reason="found behind the shed", user="t")
    assert [(r.lot_no, r.mass_g, r.reo_g) for r in adjustments(ledger)] == [("B", 2_000, 1_000)]


def test_all_lots_of_a_material_with_stock(ledger):
    post_movements(ledger, [receipt("X", "10", "45", material="MIX-CARB")], user="t", source="test")
    lines = book_lines(ledger, day("2026-06-30"), material="conc-bast")
    assert [(l.lot, l.book_g) for l in lines] == [("A", 1_000_000), ("B", 500_000), ("C", 150_000)]
    chosen = book_lines(ledger, day("2026-06-30"), [("CONC-BAST", "B")], material="CONC-BAST")
    assert [l.lot for l in chosen] == ["B", "A", "C"]  # chosen first, no lot twice


def test_a_loss_that_leaves_a_later_day_negative_needs_a_reason(ledger):
    counts = {("CONC-BAST", "C"): 30_000}  # on the 10th; 50 kg leave on the 20th
    with pytest.raises(InputRejected) as caught:
        post_stocktake(ledger, day("2026-06-10"), counts, reason="short", user="t")
    assert caught.value.only_warnings
    assert "lot \"C\"" in str(caught.value.problems[0])
    assert adjustments(ledger) == []
    post_stocktake(ledger, day("2026-06-10"), counts, reason="short", user="t", accept_reason="经理确认 confirmed")
    (row,) = adjustments(ledger)
    assert (row.mass_g, row.flags != 0, row.accept_reason) == (-170_000, True, "经理确认 confirmed")


def test_bad_counts_are_refused_with_every_problem_and_nothing_written(ledger):
    with pytest.raises(InputRejected) as caught:
        post_stocktake(ledger, day("2026-06-10"),
                       {("CONC-BAST", "A"): -1, ("CONC-BAST", "B"): 1}, reason="  ", user="t")
    assert {p.column for p in caught.value.problems} == {"note", "mass_kg"}
    with pytest.raises(InputRejected) as caught:
        post_stocktake(ledger, day("2026-06-10"),
                       {("CONC-BAST", "NOPE"): 1, ("NO-SUCH", "A"): 1}, reason="count", user="t")
    assert sorted(p.column for p in caught.value.problems) == ["lot", "material"]
    assert "NOPE" in str(caught.value.problems[1]) + str(caught.value.problems[0])
    with pytest.raises(InputRejected):
        post_stocktake(ledger, day("2026-06-10"), {}, reason="count", user="t")
    assert adjustments(ledger) == []


def test_a_stocktake_in_a_closed_month_is_refused(ledger):
    close_month(ledger, "2026-06", user="t")
    with pytest.raises(InputRejected) as caught:
        post_stocktake(ledger, day("2026-06-10"), {("CONC-BAST", "A"): 1}, reason="late", user="t")
    assert caught.value.problems[0].column == "date"
    assert adjustments(ledger) == []


def test_summary_of_the_counts_so_far(ledger):
    a, b, c = book_lines(ledger, day("2026-06-30"), [("CONC-BAST", "A"), ("CONC-BAST", "B"), ("CONC-BAST", "C")])
    assert summarize([(a, 999_000), (b, 500_000), (c, 152_000)]) == CountSummary(3, 2, 1_000, 200)
    assert summarize([]) == CountSummary(0, 0, 0, 0)
