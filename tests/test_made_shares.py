"""The REO made into lots of several origins, kept beside the ledger: equal
to what the movements give after postings and reversals, built for an older
file, checked by verify, and giving the same origins as the movements."""
from __future__ import annotations

import sqlite3

import pytest

from conftest import day, draft
from ree_desk.report.figures import compute_report
from ree_desk.services.posting import post_movements
from ree_desk.services.reversal import reverse_movement
from ree_desk.services.stock import stock_as_of
from ree_desk.services.verify import verify_ledger
from ree_desk.store import made_shares
from ree_desk.store.database import open_database
from ree_desk.store.queries import made_lot_shares


def receipt(line, lot, kg, grade, origin, date):
    extra = {} if origin == "CN" else {"customs_no": f"C{lot}"}
    return draft(line, date=date, type="RECEIPT", material="CONC-BAST", lot=lot, mass_kg=kg, grade_pct=grade,
                 origin=origin, counterparty="供应商", **extra)


def feed(line, lot, kg, grade, run, date):
    return draft(line, date=date, type="FEED", material="CONC-BAST", lot=lot, mass_kg=kg, grade_pct=grade, run=run)


def output(line, lot, kg, run, date):
    return draft(line, date=date, type="OUTPUT", material="PRND-OX", lot=lot, mass_kg=kg, grade_pct="99", run=run)


def post(db, rows):
    return post_movements(db, rows, user="t", source="test")


def mixed_history(db):
    post(db, [
        receipt(2, "US1", "1000", "60", "US", "2026-05-01"), receipt(3, "MM1", "1000", "60", "MM", "2026-05-01"),
        feed(4, "US1", "300", "60", "R1", "2026-05-02"), feed(5, "MM1", "100", "60", "R1", "2026-05-02"),
        output(6, "P1", "100", "R1", "2026-05-03"),                      # 3/4 US
        feed(7, "MM1", "400", "60", "R2", "2026-06-02"), output(8, "P1", "150", "R2", "2026-06-03"),  # now MM leads
        feed(9, "US1", "100", "60", "R3", "2026-06-04"), output(10, "P2", "50", "R3", "2026-06-05"),  # US only
    ])


def test_kept_shares_follow_postings_and_reversals(db):
    mixed_history(db)
    with db.read() as conn:
        assert made_shares.stored(conn) == made_shares.recomputed(conn)
        lots = {lot for lot, _country in made_shares.stored(conn)}
    assert len(lots) == 1  # P2 names its one origin and needs nothing kept
    output_p1 = 8
    reverse_movement(db, output_p1, day=day("2026-06-20"), reason="wrong run", user="t")
    with db.read() as conn:
        assert made_shares.stored(conn) == made_shares.recomputed(conn)
    assert verify_ledger(db).ok


def test_origins_as_of_a_day_before_a_lot_was_made_into_again(db):
    mixed_history(db)
    may = {s.lot: s for s in stock_as_of(db, day("2026-05-31"))}
    june = {s.lot: s for s in stock_as_of(db, day("2026-06-30"))}
    assert may["P1"].origin == "US" and june["P1"].origin == "MM"
    assert sum(may["P1"].origin_shares.values()) == may["P1"].reo_g
    with db.read() as conn:
        origins = {i.lot: i.origin for i in compute_report(conn, "2026-05").inventory}
        assert origins["P1"] == "US"
        origins = {i.lot: i.origin for i in compute_report(conn, "2026-06").inventory}
        assert origins["P1"] == "MM" and origins["P2"] == "US"



@pytest.mark.parametrize("keyed_cost", [0, 10**9], ids=["found-by-key", "read-through"])
def test_kept_shares_found_by_key_or_read_through_are_the_same(db, monkeypatch, keyed_cost):
    """The stock asks for the mixed lots it holds: found by their keys when
    they are few against the table, read through it when they are many.
    Either way a lot made into after the day is named, not given its sums."""
    mixed_history(db)
    monkeypatch.setattr(made_shares, "KEYED_COST", keyed_cost)
    with db.read() as conn:
        ids = dict(conn.exec_driver_sql("SELECT lot_no, id FROM lot").all())
        p1, p2 = ids["P1"], ids["P2"]
        from_movements = {c: int(g) for c, g in made_lot_shares(conn, [p1])[p1].items()}
        assert made_shares.kept_for(conn, {p1, p2}, day("2026-06-30")) == ({p1: from_movements}, set())
        assert made_shares.kept_for(conn, {p1}, day("2026-05-31")) == ({}, {p1})
        assert made_shares.kept_for(conn, {p2}, day("2026-06-30")) == ({}, set())
    may = {s.lot: s for s in stock_as_of(db, day("2026-05-31"))}
    june = {s.lot: s for s in stock_as_of(db, day("2026-06-30"))}
    assert (may["P1"].origin, june["P1"].origin) == ("US", "MM")
    assert sum(june["P1"].origin_shares.values()) == june["P1"].reo_g

@pytest.mark.file_only
def test_the_migration_builds_them_and_verify_names_a_changed_one(db, db_path):
    mixed_history(db)
    db.close()
    with sqlite3.connect(db_path) as raw:  # the file as revision 0004 left it
        raw.execute("DROP TABLE made_share")
        raw.execute("UPDATE alembic_version SET version_num = '0004'")
    reopened = open_database(db_path)
    try:
        with reopened.read() as conn:
            kept = made_shares.stored(conn)
            assert kept and kept == made_shares.recomputed(conn)
        assert verify_ledger(reopened).ok
    finally:
        reopened.close()
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE made_share SET reo_g = reo_g + 1 WHERE country = 'MM'")
    reopened = open_database(db_path, access="read")
    try:
        problems = verify_ledger(reopened).problems
    finally:
        reopened.close()
    assert len(problems) == 1 and problems[0].table == "made_share"
    assert "from MM" in problems[0].what
