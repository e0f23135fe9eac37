"""Stock totals by material category and group."""
from __future__ import annotations

from conftest import day, draft
from ree_desk.services.posting import post_movements
from ree_desk.services.stock import stock_as_of
from ree_desk.services.stock_groups import GroupTotal, grand_total, group_totals


def receipt(material, lot, kg, grade):
    return draft(None, date="2026-06-01", type="RECEIPT", material=material, lot=lot, mass_kg=kg, grade_pct=grade,
                 origin="CN", counterparty="供应商")


def test_totals_by_category_and_group_in_catalogue_order(db):
    post_movements(db, [
        receipt("DY-OX", "D1", "10", "99"),
        receipt("CONC-BAST", "B1", "1000", "60"),
        receipt("CONC-BAST", "B2", "500", "50"),
        receipt("IONIC-MIX-OX", "I1", "100", "92"),
        receipt("ND-OX", "N1", "20", "99"),
    ], user="t", source="test")
    totals = group_totals(stock_as_of(db, day("2026-06-30")))
    assert totals == [
        GroupTotal("ore_product", "light", 2, 1_500_000, 850_000),
        GroupTotal("ore_product", "medium_heavy", 1, 100_000, 92_000),
        GroupTotal("product", "light", 1, 20_000, 19_800),
        GroupTotal("product", "medium_heavy", 1, 10_000, 9_900),
    ]
    assert grand_total(totals) == GroupTotal("", "", 5, 1_630_000, 971_700)


def test_no_stock_no_totals():
    assert group_totals([]) == []
    assert grand_total([]) == GroupTotal("", "", 0, 0, 0)
