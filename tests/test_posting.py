"""Posting: origins through production runs, warnings, reversals, closed months."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from conftest import day, draft
from ree_desk.domain.problems import InputRejected
from ree_desk.services.months import close_month, reopen_month
from ree_desk.services.posting import post_movements
from ree_desk.services.quotas import add_allocation, quota_status
from ree_desk.services.reversal import reverse_movement
from ree_desk.services.stock import stock_as_of
from ree_desk.store.tables import movement_origin_table, movement_table


def receipt(line, lot, kg, grade, origin, date="2026-06-01", material="CONC-BAST"):
    extra = {} if origin == "CN" else {"customs_no": f"C{lot}"}
    return draft(line, date=date, type="RECEIPT", material=material, lot=lot, mass_kg=kg, grade_pct=grade,
                 origin=origin, counterparty="供应商", **extra)


def feed(line, lot, kg, grade, run, date="2026-06-02", material="CONC-BAST"):
    return draft(line, date=date, type="FEED", material=material, lot=lot, mass_kg=kg, grade_pct=grade, run=run)


def output(line, lot, kg, grade, run, material="PRND-OX", date="2026-06-03"):
    return draft(line, date=date, type="OUTPUT", material=material, lot=lot, mass_kg=kg, grade_pct=grade, run=run)


def stock(db, on="2026-12-31"):
    return {s.lot: s for s in stock_as_of(db, day(on))}


def post(db, rows, **kw):
    return post_movements(db, rows, user="t", source="test", **kw)


def test_output_takes_the_reo_shares_of_its_runs_feed(db):
    post(db, [
        receipt(2, "US1", "1000", "60", "US"),       # 600 kg REO
        receipt(3, "MM1", "1000", "20", "MM"),       # 200 kg REO
        feed(4, "US1", "500", "60", "R1"),           # 300 kg REO from US
        feed(5, "MM1", "500", "20", "R1"),           # 100 kg REO from MM
        output(6, "P1", "100.000", "99", "R1"),      # 99 kg REO: 3/4 US, 1/4 MM
    ])
    p1 = stock(db)["P1"]
    assert p1.reo_g == 99_000
    assert p1.origin_shares == {"MM": 24_750, "US": 74_250}
    assert p1.origin == "US"
    with db.read() as conn:
        rows = conn.execute(select(movement_origin_table.c.country, movement_origin_table.c.mass_g, movement_origin_table.c.reo_g)
                            .join(movement_table, movement_table.c.id == movement_origin_table.c.movement_id)
                            .where(movement_table.c.type == "OUTPUT").order_by(movement_origin_table.c.country)).all()
    assert [tuple(r) for r in rows] == [("MM", 25_000, 24_750), ("US", 75_000, 74_250)]


def test_row_order_in_a_file_does_not_change_origin_shares(db):
    post(db, [
        output(2, "P1", "10", "99", "R1", date="2026-06-02"),
        feed(3, "MM1", "100", "50", "R1"),
        receipt(4, "MM1", "100", "50", "MM"),
        feed(5, "CN1", "100", "50", "R1"),
        receipt(6, "CN1", "100", "50", "CN"),
    ])
    assert stock(db)["P1"].origin_shares == {"CN": 4_950, "MM": 4_950}


def test_feeding_a_mixed_lot_into_another_run_keeps_its_origins(db):
    post(db, [
        receipt(2, "US1", "100", "50", "US"),
        receipt(3, "AU1", "300", "50", "AU", material="CONC-MIXED"),
        feed(4, "US1", "100", "50", "R1"),
        draft(5, date="2026-06-02", type="FEED", material="CONC-MIXED", lot="AU1", mass_kg="300", grade_pct="50",
              run="R1"),
        output(6, "MC1", "400", "50", "R1", material="MIX-CARB"),   # 200 kg REO, 1/4 US 3/4 AU
        draft(7, date="2026-06-04", type="FEED", material="MIX-CARB", lot="MC1", mass_kg="400", grade_pct="50",
              run="R2"),
    ])
    lines = {(l.kind.value, l.scope.value): l for l in quota_status(db, 2026, as_of=day("2026-06-30"))}
    sep = lines[("separation", "any")]
    # The SPEC counts every FEED of an ore product: the first stage and, again, the mixed carbonate.
    assert sep.used_g == 50_000 + 150_000 + 200_000
    assert dict(sep.used_by_origin) == {"AU": 150_000 + 150_000, "US": 50_000 + 50_000}


def test_output_of_a_run_without_feed_is_an_error(db):
    with pytest.raises(InputRejected) as err:
        post(db, [output(2, "P1", "10", "99", "R9")])
    assert [(p.line, p.column) for p in err.value.problems] == [(2, "run")]


def test_feed_from_a_lot_nobody_created_is_an_error(db):
    with pytest.raises(InputRejected) as err:
        post(db, [feed(2, "GHOST", "10", "50", "R1")])
    assert err.value.problems[0].column == "lot"
    assert "does not exist" in err.value.problems[0].found


def test_receipt_into_a_lot_of_another_origin_is_an_error(db):
    post(db, [receipt(2, "L1", "10", "50", "US")])
    with pytest.raises(InputRejected) as err:
        post(db, [receipt(7, "L1", "10", "50", "MM")])
    assert [(p.line, p.column) for p in err.value.problems] == [(7, "origin")]


def test_negative_stock_is_refused_then_recorded_flagged_with_a_reason(db):
    post(db, [receipt(2, "L1", "100", "50", "CN")])
    rows = [feed(3, "L1", "60", "50", "R1"), feed(4, "L1", "60", "50", "R1", date="2026-06-05")]
    with pytest.raises(InputRejected) as err:
        post(db, rows)
    assert err.value.only_warnings
    assert [(p.line, p.warning) for p in err.value.problems] == [(4, True)]
    assert "-20.000 kg at the end of 2026-06-05" in err.value.problems[0].found
    assert stock(db)["L1"].mass_g == 100_000  # nothing written

    post(db, rows, accept_reason="scale at gate 2 under-reads; recount ordered")
    assert stock(db)["L1"].mass_g == -20_000
    with db.read() as conn:
        flagged = conn.execute(select(movement_table.c.source_line, movement_table.c.flags, movement_table.c.accept_reason)
                               .where(movement_table.c.flags != 0)).all()
    assert [tuple(f) for f in flagged] == [(4, 1, "scale at gate 2 under-reads; recount ordered")]


def test_a_backdated_feed_that_drains_a_later_shipment_is_blamed(db):
    post(db, [
        receipt(2, "L1", "100", "50", "CN", material="PRND-OX"),
        draft(3, date="2026-06-10", type="SHIPMENT", material="PRND-OX", lot="L1", mass_kg="80", grade_pct="50",
              counterparty="客户", destination="CN"),
    ])
    with pytest.raises(InputRejected) as err:
        post(db, [draft(9, date="2026-06-05", type="SHIPMENT", material="PRND-OX", lot="L1", mass_kg="30",
                        grade_pct="50", counterparty="客户", destination="CN")])
    assert [p.line for p in err.value.problems] == [9]


def test_over_quota_is_a_warning_on_the_row_that_crosses_the_allocation(db):
    add_allocation(db, year=2026, kind="separation", tonnes="0.5", user="t")  # 500 kg REO
    post(db, [receipt(2, "L1", "2000", "50", "CN")])
    rows = [feed(3, "L1", "600", "50", "R1"), feed(4, "L1", "600", "50", "R1", date="2026-06-03")]
    with pytest.raises(InputRejected) as err:
        post(db, rows)
    assert [(p.line, p.warning) for p in err.value.problems] == [(4, True)]
    post(db, rows, accept_reason="second batch of 2026 quota announced, not yet received")
    with db.read() as conn:
        assert conn.execute(select(movement_table.c.flags).where(movement_table.c.source_line == 4)).scalar() == 2


def test_reversal_nets_to_zero_in_stock_and_quota(db):
    add_allocation(db, year=2026, kind="separation", tonnes="10", user="t")
    result = post(db, [receipt(2, "L1", "1000", "55.55", "MM"), feed(3, "L1", "333.333", "55.55", "R1")])
    feed_id = result.movement_ids[1]
    before = quota_status(db, 2026, as_of=day("2026-06-30"))[0].used_g
    assert before == 185_166  # round-half-up(333333 g x 5555 / 10000) = 185166.48...
    rev = reverse_movement(db, feed_id, day=day("2026-06-20"), reason="fed twice by mistake", user="t")
    assert quota_status(db, 2026, as_of=day("2026-06-30"))[0].used_g == 0
    assert stock(db)["L1"].mass_g == 1_000_000
    with db.read() as conn:
        row = conn.execute(select(movement_table.c.reverses_id, movement_table.c.mass_g, movement_table.c.reo_g, movement_table.c.note)
                           .where(movement_table.c.id == rev.movement_ids[0])).one()
    assert tuple(row) == (feed_id, 333_333, 185_166, "fed twice by mistake")
    with pytest.raises(InputRejected, match="problem"):
        reverse_movement(db, feed_id, day=day("2026-06-21"), reason="again", user="t")
    with pytest.raises(InputRejected):
        reverse_movement(db, rev.movement_ids[0], day=day("2026-06-21"), reason="undo", user="t")


def test_reversal_needs_a_reason_and_an_open_month(db):
    result = post(db, [receipt(2, "L1", "10", "50", "CN")])
    with pytest.raises(InputRejected):
        reverse_movement(db, result.movement_ids[0], day=day("2026-06-20"), reason="  ", user="t")
    close_month(db, "2026-06", user="t", today=day("2026-07-02"))
    with pytest.raises(InputRejected) as err:
        reverse_movement(db, result.movement_ids[0], day=day("2026-06-20"), reason="typo", user="t")
    assert "closed" in err.value.problems[0].expected
    reverse_movement(db, result.movement_ids[0], day=day("2026-07-01"), reason="typo", user="t")
    assert "L1" not in stock(db, "2026-07-01")
    assert stock(db, "2026-06-30")["L1"].mass_g == 10_000


def test_closed_month_refuses_movements_with_what_to_do_instead(db):
    post(db, [receipt(2, "L1", "10", "50", "CN")])
    close_month(db, "2026-06", user="t", today=day("2026-07-02"))
    with pytest.raises(InputRejected) as err:
        post(db, [receipt(5, "L2", "10", "50", "CN", date="2026-06-30")])
    problem = err.value.problems[0]
    assert (problem.line, problem.column) == (5, "date")
    assert "post a correction dated in an open month" in problem.expected
    reopen_month(db, "2026-06", user="manager", reason="customs number typo found by the bureau")
    post(db, [receipt(5, "L2", "10", "50", "CN", date="2026-06-30")])
    assert stock(db, "2026-06-30")["L2"].mass_g == 10_000


def test_mining_counts_against_the_mining_quota_of_the_ore_group(db):
    post(db, [
        draft(2, date="2026-03-01", type="MINED", material="ORE-ROCK", lot="M1", mass_kg="100000", grade_pct="6",
              origin="CN"),
        draft(3, date="2026-03-01", type="MINED", material="ORE-IONIC", lot="M2", mass_kg="50000",
              grade_pct="0.12", origin="CN"),
    ])
    used = {l.kind.value: l.used_g for l in quota_status(db, 2026, as_of=day("2026-03-31"))}
    assert used == {"mining_rock": 6_000_000, "mining_ionic": 60_000}


def test_mined_abroad_or_product_is_an_error(db):
    with pytest.raises(InputRejected):
        post(db, [draft(2, date="2026-03-01", type="MINED", material="LA-OX", lot="M1", mass_kg="1",
                        grade_pct="6", origin="CN")])
