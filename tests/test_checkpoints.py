"""Balance checkpoints the ledger keeps at each year's end: built when the
ledger moves past a year, kept true by every posting and reversal dated
before them, rebuilt for an older file by its migration, checked by verify,
and giving stock as of any day exactly as summing the whole history would."""
from __future__ import annotations

import datetime as dt
import random
import sqlite3

import pytest
from sqlalchemy import func, select

from conftest import day, draft
from ree_desk.services.demo import DemoOptions, build_demo
from ree_desk.services.months import close_month
from ree_desk.services.posting import post_movements
from ree_desk.services.reversal import reverse_movement
from ree_desk.services.stock import balances, stock_as_of
from ree_desk.services.verify import verify_ledger
from ree_desk.store import checkpoints
from ree_desk.store.balances import group_balances
from ree_desk.store.database import open_database
from ree_desk.store.tables import movement_table


def receipt(line, lot, kg, date, grade="60", origin="CN"):
    extra = {} if origin == "CN" else {"customs_no": f"C{lot}"}
    return draft(line, date=date, type="RECEIPT", material="CONC-BAST", lot=lot, mass_kg=kg, grade_pct=grade,
                 origin=origin, counterparty="供应商", **extra)


def ship(line, lot, kg, date, grade="60"):
    return draft(line, date=date, type="SHIPMENT", material="CONC-BAST", lot=lot, mass_kg=kg, grade_pct=grade,
                 counterparty="客户", destination="CN")


def post(db, rows, **kw):
    return post_movements(db, rows, user="t", source="test", **kw)


def summed(conn, on: dt.date) -> dict[int, tuple[int, int]]:
    """Each lot's balance the slow way: every movement from the first day."""
    mt = movement_table
    rows = conn.execute(select(mt.c.lot_id, func.sum(mt.c.mass_g), func.sum(mt.c.reo_g))
                        .where(mt.c.day <= on).group_by(mt.c.lot_id)).all()
    return {lot: (int(m), int(r)) for lot, m, r in rows if m or r}


def kept(conn, month: str) -> dict[int, tuple[int, int]]:
    return checkpoints.balances(conn, month)


def test_a_posting_past_a_years_end_builds_that_years_checkpoints(db):
    post(db, [receipt(2, "A", "100", "2023-03-01"), receipt(3, "B", "50", "2024-07-01"),
              ship(4, "A", "40", "2024-08-01"), receipt(5, "C", "10", "2026-01-05")])
    with db.read() as conn:
        assert checkpoints.months(conn) == ["2023-12", "2024-12", "2025-12"]
        for month in ("2023-12", "2024-12", "2025-12"):
            assert kept(conn, month) == summed(conn, checkpoints.month_end(month))
        assert [m for m, _ in kept(conn, "2024-12").values()] == [60_000, 50_000]


def test_no_checkpoint_before_the_ledger_has_moved_past_a_year(db):
    post(db, [receipt(2, "A", "100", "2026-03-01")])
    with db.read() as conn:
        assert checkpoints.months(conn) == []


def test_a_movement_dated_before_a_checkpoint_is_added_to_it(db):
    post(db, [receipt(2, "A", "100", "2024-03-01"), receipt(3, "B", "5", "2026-02-01")])
    post(db, [receipt(2, "LATE", "7", "2024-11-30"), ship(3, "A", "30", "2025-06-30")])
    with db.read() as conn:
        for month in ("2024-12", "2025-12"):
            assert kept(conn, month) == summed(conn, checkpoints.month_end(month))
    assert {s.lot: s.mass_g for s in stock_as_of(db, day("2025-12-31"))} == {"A": 70_000, "LATE": 7_000}


def test_a_reversal_dated_before_a_checkpoint_is_added_to_it(db):
    result = post(db, [receipt(2, "A", "100", "2024-03-01"), receipt(3, "B", "5", "2026-02-01")])
    reverse_movement(db, result.movement_ids[0], day=day("2024-12-20"), reason="wrong lot", user="t")
    with db.read() as conn:
        assert kept(conn, "2024-12") == summed(conn, day("2024-12-31")) == {}
        assert kept(conn, "2025-12") == {}
    assert verify_ledger(db).ok


def test_a_dry_run_and_a_refused_posting_leave_the_checkpoints_alone(db):
    post(db, [receipt(2, "A", "100", "2024-03-01"), receipt(3, "B", "5", "2025-02-01")])
    post(db, [receipt(2, "C", "9", "2024-05-01"), receipt(3, "D", "1", "2026-01-02")], dry_run=True)
    with db.read() as conn:
        assert checkpoints.months(conn) == ["2024-12"]
        before = kept(conn, "2024-12")
    with pytest.raises(Exception):
        post(db, [receipt(2, "E", "9", "2024-05-01"), ship(3, "NOPE", "1", "2026-01-02")])
    with db.read() as conn:
        assert checkpoints.months(conn) == ["2024-12"]
        assert kept(conn, "2024-12") == before


@pytest.fixture(scope="module")
def open_history(tmp_path_factory):
    """Three years of a plant that leaves its lots partly used, no month closed."""
    path = tmp_path_factory.mktemp("open") / "open.sqlite3"
    build_demo(path, DemoOptions(movements=4000, seed=11, end=dt.date(2026, 6, 30), user="demo", years=3,
                                 open_lots=True, close=False))
    return path


def test_the_open_lots_demo_is_shaped_like_a_history_brought_in(open_history):
    db = open_database(open_history, access="read")
    try:
        with db.read() as conn:
            lots = conn.exec_driver_sql("SELECT count(*) FROM lot").scalar()
            closed = conn.exec_driver_sql("SELECT count(*) FROM month_close").scalar()
            assert checkpoints.months(conn) == ["2023-12", "2024-12", "2025-12"]
        in_stock = stock_as_of(db, day("2026-06-30"))
    finally:
        db.close()
    assert closed == 0
    assert len(in_stock) > lots * 2 // 3  # most lots ever made still hold something


def on_days(path, seed: int, count: int, first: dt.date, kept, slow) -> None:
    """``kept(conn, day)`` equals ``slow(conn, day)`` on the open history's
    year ends around a checkpoint, its last day, ``first`` and ``count``
    days drawn at random."""
    db = open_database(path, access="read")
    rng = random.Random(seed)
    days = [first, day("2023-12-31"), day("2024-01-01"), day("2025-12-31"), day("2026-06-30")]
    days += [dt.date(2023, 7, 1) + dt.timedelta(days=rng.randrange(1090)) for _ in range(count)]
    try:
        with db.read() as conn:
            for on in days:
                assert kept(conn, on) == slow(conn, on), on
    finally:
        db.close()


def test_stock_on_any_day_equals_the_whole_history_summed(open_history):
    on_days(open_history, 3, 12, day("2023-06-30"), balances, summed)


def groups_summed(conn, on: dt.date) -> dict[tuple[str, str], tuple[int, int, int]]:
    """(lots, mass, REO) of each material group the slow way: every lot's
    movements from the first day."""
    materials = dict(conn.exec_driver_sql("SELECT lot.id, material.category || '/' || material.\"group\" "
                                          "FROM lot JOIN material ON material.id = lot.material_id").all())
    out: dict[tuple[str, str], list[int]] = {}
    for lot_id, (mass, reo) in summed(conn, on).items():
        total = out.setdefault(tuple(materials[lot_id].split("/")), [0, 0, 0])
        total[0] += 1
        total[1] += mass
        total[2] += reo
    return {key: tuple(total) for key, total in out.items()}


def groups_kept(conn, on: dt.date) -> dict[tuple[str, str], tuple[int, int, int]]:
    return {(category, group): (lots, mass, reo) for category, group, lots, mass, reo in group_balances(conn, on)}


def test_group_totals_on_any_day_equal_the_whole_history_summed(open_history):
    on_days(open_history, 5, 8, day("2023-01-31"), groups_kept, groups_summed)


def test_group_totals_count_lots_emptied_refilled_and_new_since_the_start(db):
    """From a checkpoint, then from a closed month: a lot emptied since no
    longer counts, one refilled from a zero row the checkpoint kept counts
    once, a new one counts, and one fed in part keeps counting."""
    post(db, [receipt(2, "GONE", "100", "2025-03-01"), receipt(3, "PART", "80", "2025-04-01"),
              receipt(4, "STILL", "30", "2025-05-01"), receipt(5, "LATER", "1", "2026-01-03")])
    # Dated before the checkpoint, after it was built: it keeps a zero row for ZERO.
    post(db, [receipt(2, "ZERO", "5", "2025-06-01"), ship(3, "ZERO", "5", "2025-07-01")])
    post(db, [ship(2, "GONE", "100", "2026-02-02"), ship(3, "PART", "20", "2026-02-03"),
              receipt(4, "ZERO", "7", "2026-02-04"), receipt(5, "NEW", "9", "2026-02-05")])
    with db.read() as conn:
        assert kept(conn, "2025-12").keys() < set(conn.execute(select(checkpoints.CB.c.lot_id)).scalars())
        for on in (day("2025-12-31"), day("2026-01-31"), day("2026-02-28")):
            assert groups_kept(conn, on) == groups_summed(conn, on), on
        assert groups_kept(conn, day("2026-02-28")) == {("ore_product", "light"): (
            5, (60 + 30 + 1 + 7 + 9) * 1000, (60 + 30 + 1 + 7 + 9) * 600)}
    for month in [f"2025-{n:02d}" for n in range(3, 13)] + ["2026-01"]:  # closed in order, as a plant must
        close_month(db, month, user="t", today=day("2026-02-10"))
    with db.read() as conn:
        for on in (day("2026-01-31"), day("2026-02-15"), day("2026-02-28")):
            assert groups_kept(conn, on) == groups_summed(conn, on), on


def test_the_migration_builds_checkpoints_for_an_older_file(open_history, tmp_path):
    older = tmp_path / "older.sqlite3"
    with sqlite3.connect(open_history) as source, sqlite3.connect(older) as target:
        source.backup(target)
    with sqlite3.connect(older) as raw:  # the file as revision 0003 left it
        raw.execute("DROP TABLE made_share")
        raw.execute("DROP TABLE checkpoint_balance")
        raw.execute("DROP TABLE checkpoint")
        raw.execute("UPDATE alembic_version SET version_num = '0003'")
    db = open_database(older)
    try:
        with db.read() as conn:
            assert checkpoints.months(conn) == ["2023-12", "2024-12", "2025-12"]
            for month in checkpoints.months(conn):
                assert kept(conn, month) == summed(conn, checkpoints.month_end(month))
    finally:
        db.close()


def test_verify_names_a_checkpoint_changed_behind_the_programs_back(open_history, tmp_path):
    copy = tmp_path / "copy.sqlite3"
    with sqlite3.connect(open_history) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    with sqlite3.connect(copy) as raw:
        lot = raw.execute("SELECT min(lot_id) FROM checkpoint_balance WHERE month = '2024-12' AND mass_g > 0"
                          ).fetchone()[0]
        raw.execute("UPDATE checkpoint_balance SET mass_g = mass_g + 1 WHERE month = '2024-12' AND lot_id = ?",
                    (lot,))
    db = open_database(copy, access="read")
    try:
        result = verify_ledger(db)
    finally:
        db.close()
    assert [(p.table, p.id) for p in result.problems] == [("checkpoint_balance", lot)]
    assert "at the end of 2024-12" in result.problems[0].what
