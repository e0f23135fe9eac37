"""A month's inventory read as columns: the lots not moved since the kept
balances and those moved since are read apart and put back in one order,
and every figure is what summing the whole ledger gives."""
from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from conftest import draft
from ree_desk.report.figures import INFLOW_TYPES, OUTFLOW_TYPES
from ree_desk.report.model import Inventory, InventoryLine
from ree_desk.report.xlsx_text import PLAIN_TEXT, escape_text, looks_like_formula
from ree_desk.services.posting import post_movements
from ree_desk.services.reversal import reverse_movement
from ree_desk.store import checkpoints
from ree_desk.store.month_lots import COLUMN_COUNT, month_lot_columns
from ree_desk.store.tables import lot_table, material_table, movement_table

JUNE = (dt.date(2026, 6, 1), dt.date(2026, 6, 30))


def row(line, type_, lot, kg, date, material="CONC-BAST"):
    extra = {"counterparty": "客户", "destination": "CN"} if type_ == "SHIPMENT" else {}
    if type_ == "RECEIPT":
        extra = {"counterparty": "供应商"}
    if type_ == "ADJUSTMENT":
        extra = {"note": "盘点"}
    return draft(line, date=date, type=type_, material=material, lot=lot, mass_kg=kg, grade_pct="60",
                 origin="CN", **extra)


def slow_month(conn, first: dt.date, last: dt.date) -> list[tuple]:
    """Each lot's month the slow way: every movement from the first day,
    summed in Python, in the order of material code and lot number."""
    mt, lt, mat = movement_table, lot_table, material_table
    lines: dict[int, list] = {}
    for lot_id, code, name, category, group, lot_no, origin, day, type_, mass, reo in conn.execute(
        select(mt.c.lot_id, mat.c.code, mat.c.name_zh, mat.c.category, mat.c.group, lt.c.lot_no, lt.c.origin,
               mt.c.day, mt.c.type, mt.c.mass_g, mt.c.reo_g)
        .select_from(mt.join(lt, lt.c.id == mt.c.lot_id).join(mat, mat.c.id == lt.c.material_id))
        .where(mt.c.day <= last)
    ):
        f = lines.setdefault(lot_id, [code, name, category, group, lot_no, origin, [0] * 8, 0])
        if day < first:
            f[6][0] += mass
            f[6][4] += reo
            continue
        f[7] += 1
        k = 1 if type_ in INFLOW_TYPES else 2 if type_ in OUTFLOW_TYPES else 3
        sign = -1 if k == 2 else 1
        f[6][k] += sign * mass
        f[6][k + 4] += sign * reo
    out = []
    for lot_id, (code, name, category, group, lot_no, origin, f, moves) in lines.items():
        o, i, x, a, o_r, i_r, x_r, a_r = f
        if o or o_r or moves:
            out.append((code, name, category, group, lot_no, origin, o, i, x, a, o + i - x + a,
                        o_r, i_r, x_r, a_r, o_r + i_r - x_r + a_r, lot_id))
    return sorted(out, key=lambda line: (line[0], line[4]))


def columns_as_lines(columns) -> list[tuple]:
    assert len(columns) == COLUMN_COUNT
    return list(zip(*columns))


def test_lots_moved_since_the_checkpoint_take_their_place_among_the_still_ones(db):
    # Lots "A".."H" received in 2025, so 2025's checkpoint holds them; in
    # 2026 some move before June, some in June, one is emptied, one is
    # new, and one held nothing at the checkpoint and nothing in June.
    rows = [row(n, "RECEIPT", lot, "100", "2025-03-01") for n, lot in enumerate("ACEGH", 2)]
    rows += [row(7, "RECEIPT", "Z", "5", "2025-04-01"), row(8, "SHIPMENT", "Z", "5", "2025-05-01"),
             row(9, "RECEIPT", "X0", "3", "2025-04-01", material="IONIC-MIX-CARB")]
    post_movements(db, rows, user="t", source="test")
    result = post_movements(db, [
        row(2, "SHIPMENT", "C", "10", "2026-02-01"),      # moved before June
        row(3, "RECEIPT", "D", "20", "2026-06-03"),       # new in June, between C and E
        row(4, "SHIPMENT", "E", "100", "2026-06-04"),     # emptied in June
        row(5, "ADJUSTMENT", "G", "-1", "2026-06-05"),    # a stocktake in June
        row(6, "RECEIPT", "B", "1", "2026-03-01"),        # new before June
        row(7, "RECEIPT", "I", "2", "2026-07-01"),        # after the month: not there
    ], user="t", source="test")
    reverse_movement(db, result.movement_ids[0], day=dt.date(2026, 6, 10), reason="wrong lot", user="t")
    with db.read() as conn:
        assert checkpoints.latest(conn, "2026-05") == "2025-12"
        got = columns_as_lines(month_lot_columns(conn, *JUNE, INFLOW_TYPES, OUTFLOW_TYPES))
        assert got == slow_month(conn, *JUNE)
    assert [line[4] for line in got] == ["A", "B", "C", "D", "E", "G", "H", "X0"]
    by_lot = {line[4]: line for line in got}
    assert by_lot["E"][6:11] == (100_000, 0, 100_000, 0, 0)
    assert by_lot["C"][6:11] == (90_000, 0, -10_000, 0, 100_000)  # the reversal counts with its type
    assert by_lot["G"][6:11] == (100_000, 0, 0, -1_000, 99_000)


def test_lots_of_materials_the_checkpoint_does_not_hold_go_between_the_materials_it_does(db):
    # The checkpoint holds CONC-BAST and ORE-ROCK; June brings the first
    # lots of a material before both (CE-OX), between them (MIX-CARB) and
    # after both (Y-OX).
    post_movements(db, [row(2, "RECEIPT", "K1", "10", "2025-03-01"),
                        row(3, "RECEIPT", "R1", "10", "2025-03-01", material="ORE-ROCK"),
                        row(4, "RECEIPT", "R2", "10", "2025-03-02", material="ORE-ROCK")], user="t", source="test")
    post_movements(db, [row(2, "RECEIPT", "Y1", "1", "2026-06-02", material="Y-OX"),
                        row(3, "RECEIPT", "M1", "2", "2026-06-02", material="MIX-CARB"),
                        row(4, "RECEIPT", "C1", "3", "2026-06-02", material="CE-OX"),
                        row(5, "RECEIPT", "R0", "4", "2026-06-02", material="ORE-ROCK")], user="t", source="test")
    with db.read() as conn:
        assert checkpoints.latest(conn, "2026-05") == "2025-12"
        got = columns_as_lines(month_lot_columns(conn, *JUNE, INFLOW_TYPES, OUTFLOW_TYPES))
        assert got == slow_month(conn, *JUNE)
    assert [(line[0], line[4]) for line in got] == [
        ("CE-OX", "C1"), ("CONC-BAST", "K1"), ("MIX-CARB", "M1"), ("ORE-ROCK", "R0"), ("ORE-ROCK", "R1"),
        ("ORE-ROCK", "R2"), ("Y-OX", "Y1")]


def test_without_kept_balances_every_lot_is_read_from_its_movements(db):
    post_movements(db, [row(2, "RECEIPT", "B", "7", "2026-05-01"), row(3, "RECEIPT", "A", "8", "2026-06-02"),
                        row(4, "SHIPMENT", "B", "7", "2026-06-03")], user="t", source="test")
    with db.read() as conn:
        assert checkpoints.latest(conn, "2026-05") is None
        got = columns_as_lines(month_lot_columns(conn, *JUNE, INFLOW_TYPES, OUTFLOW_TYPES))
        assert got == slow_month(conn, *JUNE)
    assert [line[4] for line in got] == ["A", "B"]


def test_a_random_ledger_across_years_reads_as_the_slow_sum(db):
    rng = random.Random(7)
    lots = [f"L{n:03d}" for n in range(40)]
    rows = [row(n, "RECEIPT", lot, str(rng.randint(50, 90)), f"202{rng.randint(3, 5)}-0{rng.randint(1, 9)}-15")
            for n, lot in enumerate(lots, 2)]
    post_movements(db, rows, user="t", source="test")
    later = [row(n, "SHIPMENT", rng.choice(lots), str(rng.randint(1, 10)), f"2026-0{rng.randint(1, 7)}-2{n % 8}")
             for n in range(2, 30)]
    post_movements(db, later, user="t", source="test")
    with db.read() as conn:
        for month in ("2026-01", "2026-03", "2026-06", "2026-07"):
            first = dt.date(2026, int(month[5:]), 1)
            last = checkpoints.month_end(month)
            assert columns_as_lines(month_lot_columns(conn, first, last, INFLOW_TYPES, OUTFLOW_TYPES)) \
                == slow_month(conn, first, last), month


LINES = [InventoryLine("M", "名", "product", "light", f"L{n}", "CN", n, 0, 0, 0, n, n, 0, 0, 0, n, n)
         for n in range(5)]


def test_an_inventory_of_columns_reads_as_its_lines():
    inventory = Inventory.of_lines(LINES)
    assert len(inventory) == 5 and list(inventory) == LINES
    assert inventory[2] == LINES[2] and inventory[-1] == LINES[-1] and inventory[1:3] == LINES[1:3]
    assert inventory.column("closing_g") == (0, 1, 2, 3, 4)
    assert Inventory.of_lines(inventory) is inventory
    assert Inventory.of_lines([]) == Inventory([()] * COLUMN_COUNT) and len(Inventory.of_lines([])) == 0


def test_an_inventory_refuses_ragged_or_missing_columns():
    with pytest.raises(ValueError, match="columns"):
        Inventory([[1]] * 3)
    with pytest.raises(ValueError, match="length"):
        Inventory([[1, 2]] * 16 + [[1]])


@given(st.text(max_size=12))
def test_plain_text_needs_nothing_done_to_it(text):
    if PLAIN_TEXT.fullmatch(text):
        assert escape_text(text) == text and not looks_like_formula(text)
        assert text == text.strip() and not set(text) & set("&<>\"'")


@pytest.mark.parametrize("text", ["P160601-01-CE-OX", "氧化镨钕", "离子型混合碳酸稀土", "CN", "A.1 (2)"])
def test_the_texts_a_report_is_full_of_are_plain(text):
    assert PLAIN_TEXT.fullmatch(text)


@pytest.mark.parametrize("text", ["", " A", "A ", "-5", "=1", "#N/A", "_x0041_", "a&b", "\u3000甲", "甲\t"])
def test_texts_that_need_escaping_or_a_prefix_are_not_plain(text):
    assert not PLAIN_TEXT.fullmatch(text)
