"""Turning a row of cells into a movement draft: every field, every problem."""
from __future__ import annotations

import datetime as dt

import pytest

from ree_desk.domain.drafts import draft_from_values, parse_day
from ree_desk.domain.movement_types import MovementType, parse_movement_type

GOOD = {"date": "2026-06-01", "type": "RECEIPT", "material": "conc-bast", "lot": "L1", "mass_kg": "1,234.5",
        "grade_pct": "60.25", "origin": "CN", "counterparty": "包头供应商"}


def problems_of(**changes):
    values = GOOD | changes
    _draft, problems = draft_from_values(7, values)
    return [(p.line, p.column) for p in problems]


def test_a_good_row_becomes_a_draft_with_exact_units():
    d, problems = draft_from_values(7, GOOD)
    assert problems == []
    assert (d.day, d.type, d.material, d.lot, d.mass_g, d.grade_bp) == (
        dt.date(2026, 6, 1), MovementType.RECEIPT, "CONC-BAST", "L1", 1_234_500, 6025)


@pytest.mark.parametrize("text, expected", [
    ("2026-06-01", dt.date(2026, 6, 1)), ("2026/6/1", dt.date(2026, 6, 1)),
    ("2026年6月1日", dt.date(2026, 6, 1)), (dt.datetime(2026, 6, 1, 8, 30), dt.date(2026, 6, 1)),
])
def test_dates_as_clerks_and_spreadsheets_write_them(text, expected):
    assert parse_day(text) == expected


@pytest.mark.parametrize("text", ["01/06/2026", "2026-02-30", "yesterday", "2026-13-01"])
def test_ambiguous_or_impossible_dates_are_refused(text):
    with pytest.raises(ValueError):
        parse_day(text)


@pytest.mark.parametrize("text, expected", [
    ("FEED", MovementType.FEED), ("feed", MovementType.FEED), ("冶炼分离投料", MovementType.FEED),
    ("入库（采购/进口）", MovementType.RECEIPT), ("入库(采购/进口)", MovementType.RECEIPT), ("入库", MovementType.RECEIPT),
    ("出库（销售/出口）", MovementType.SHIPMENT), ("盘点调整", MovementType.ADJUSTMENT), ("开采产出", MovementType.MINED),
    ("产品产出", MovementType.OUTPUT),
])
def test_movement_types_in_english_or_chinese(text, expected):
    assert parse_movement_type(text) is expected


def test_outflows_are_stored_negative_and_adjustments_keep_their_sign():
    feed, _ = draft_from_values(2, {"date": "2026-06-02", "type": "FEED", "material": "CONC-BAST", "lot": "L1",
                                    "mass_kg": "10", "grade_pct": "60", "run": "R1"})
    loss, _ = draft_from_values(3, {"date": "2026-06-02", "type": "ADJUSTMENT", "material": "CONC-BAST",
                                    "lot": "L1", "mass_kg": "-0.5", "grade_pct": "60", "note": "盘亏"})
    assert (feed.mass_g, loss.mass_g) == (-10_000, -500)


@pytest.mark.parametrize("changes, column", [
    ({"date": "2026-02-30"}, "date"),
    ({"type": "TRANSFER"}, "type"),
    ({"material": None}, "material"),
    ({"mass_kg": "-5"}, "mass_kg"),
    ({"mass_kg": "0"}, "mass_kg"),
    ({"mass_kg": "1e3"}, "mass_kg"),
    ({"mass_kg": "NaN"}, "mass_kg"),
    ({"mass_kg": "1.2345"}, "mass_kg"),
    ({"grade_pct": "60.125"}, "grade_pct"),
    ({"grade_pct": "101"}, "grade_pct"),
    ({"origin": None}, "origin"),
    ({"origin": "XX"}, "origin"),
    ({"origin": "MM"}, "customs_no"),
    ({"counterparty": None}, "counterparty"),
    ({"credit_code": "91350100M000100Y44"}, "credit_code"),
    ({"run": "R1"}, "run"),
    ({"destination": "JP"}, "destination"),
])
def test_each_bad_field_is_named(changes, column):
    assert problems_of(**changes) == [(7, column)]


def test_every_problem_of_a_row_is_reported_together():
    got = problems_of(date="tomorrow", mass_kg="abc", grade_pct="-1", origin="Atlantis")
    assert got == [(7, "date"), (7, "mass_kg"), (7, "grade_pct"), (7, "origin")]


def test_rules_per_type():
    ship = {"date": "2026-06-05", "type": "SHIPMENT", "material": "PRND-OX", "lot": "P1", "mass_kg": "5",
            "grade_pct": "99"}
    _d, problems = draft_from_values(4, ship)
    assert [p.column for p in problems] == ["counterparty", "destination"]
    _d, problems = draft_from_values(4, ship | {"counterparty": "Tokyo", "destination": "Japan"})
    assert [p.column for p in problems] == ["customs_no"]  # an export needs its declaration
    adj = {"date": "2026-06-30", "type": "盘点调整", "material": "PRND-OX", "lot": "P1", "mass_kg": "-1",
           "grade_pct": "99"}
    assert [p.column for p in draft_from_values(9, adj)[1]] == ["note"]
    mined = {"date": "2026-06-30", "type": "MINED", "material": "ORE-ROCK", "lot": "M1", "mass_kg": "1",
             "grade_pct": "6", "origin": "MM"}
    assert [p.column for p in draft_from_values(9, mined)[1]] == ["origin"]


def test_spreadsheet_cells_round_to_the_gram_and_percent_cells_scale():
    d, problems = draft_from_values(
        3, GOOD | {"mass_kg": 1234.5670000001, "grade_pct": 0.655, "lot": 20260601.0},
        frozenset({"grade_pct"}),
    )
    assert problems == []
    assert (d.mass_g, d.grade_bp, d.lot) == (1_234_567, 6550, "20260601")


def test_full_width_digits_are_read():
    d, problems = draft_from_values(3, GOOD | {"mass_kg": "１，２３４．５", "grade_pct": "６０"})
    assert problems == [] and (d.mass_g, d.grade_bp) == (1_234_500, 6000)
