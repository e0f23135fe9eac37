"""Several workstations on one PostgreSQL database: postings from many at
once lose nothing, pass no check the serial order would fail, and give no
two movements the same place in the chain; a ledger moves between a file
and the server whole, or not at all."""
from __future__ import annotations

import json
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from conftest import CREDIT_CODE, ENTERPRISE, day, draft, raw_sql
from ree_desk.domain.problems import InputRejected
from ree_desk.services.audit_log import AuditFilter, list_events
from ree_desk.services.audit_text import summary
from ree_desk.services.ledger_copy import CopyRefused, copy_into, move_to
from ree_desk.services.months import close_month
from ree_desk.services.posting import post_movements
from ree_desk.services.quotas import add_allocation
from ree_desk.services.setup import init_database
from ree_desk.services.stock import stock_as_of
from ree_desk.services.verify import verify_ledger
from ree_desk.store.database import StoreError, open_database

WORKSTATIONS = 6


@pytest.fixture
def server_ledger(postgres_server):
    url = postgres_server.new_database()
    init_database(url, enterprise=ENTERPRISE, credit_code=CREDIT_CODE, user="tester").close()
    return url


def _receipt(lot: str, kg: str, when: str = "2026-03-02", **more):
    return draft(2, date=when, type="RECEIPT", material="CONC-BAST", lot=lot, mass_kg=kg, grade_pct="60",
                 origin="CN", counterparty="包头供应商", **more)


def _feed(lot: str, kg: str, when: str = "2026-03-03"):
    return draft(2, date=when, type="FEED", material="CONC-BAST", lot=lot, mass_kg=kg, grade_pct="60", run="R1")


def _at_once(url: str, jobs: list) -> list:
    """Each job run by a workstation of its own (its own connection pool),
    all let go at the same moment; what each returned or raised."""
    start = threading.Barrier(len(jobs))

    def run(job):
        db = open_database(url)
        try:
            start.wait()
            return job(db)
        except Exception as exc:  # the outcome under test
            return exc
        finally:
            db.close()

    with ThreadPoolExecutor(len(jobs)) as pool:
        return list(pool.map(run, jobs))


def test_feeds_racing_for_one_lot_never_take_it_below_zero(server_ledger):
    db = open_database(server_ledger)
    post_movements(db, [_receipt("L1", "1000")], user="clerk", source="entry")
    db.close()
    # Twelve feeds of 100 kg against 1,000 kg, each on a day of its own (the
    # same feed twice on one day would be a repeat): exactly ten fit.
    jobs = [lambda d, n=n: post_movements(d, [_feed("L1", "100", when=f"2026-03-{n + 3:02d}")], user=f"clerk{n}",
                                          source="entry") for n in range(12)]
    outcomes = _at_once(server_ledger, jobs)
    refused = [o for o in outcomes if isinstance(o, Exception)]
    assert len(refused) == 2
    assert all(isinstance(o, InputRejected) for o in refused), refused
    assert all("at or above zero" in str(o.problems[0]) for o in refused), [str(o.problems[0]) for o in refused]
    db = open_database(server_ledger)
    try:
        assert len(stock_as_of(db, day("2026-03-14"))) == 0  # emptied to the gram, and not below
        report = verify_ledger(db)
        assert report.ok, [str(p) for p in report.problems]
        assert report.movements == 11
    finally:
        db.close()


def test_many_workstations_posting_at_once_lose_nothing_and_share_one_chain(server_ledger):
    per_station = 5

    def station(n):
        def job(db):
            for i in range(per_station):
                post_movements(db, [_receipt(f"W{n}-{i}", "10")], user=f"clerk{n}", source="entry")
            return per_station
        return job

    assert _at_once(server_ledger, [station(n) for n in range(WORKSTATIONS)]) == [per_station] * WORKSTATIONS
    db = open_database(server_ledger)
    try:
        report = verify_ledger(db)
        assert report.ok, [str(p) for p in report.problems]
        assert report.movements == WORKSTATIONS * per_station
        with raw_sql(db) as raw:
            ids = [r[0] for r in raw.execute("SELECT id FROM movement ORDER BY id").fetchall()]
            chains = {r[0] for r in raw.execute("SELECT chain FROM movement").fetchall()}
        assert ids == list(range(1, WORKSTATIONS * per_station + 1))
        assert len(chains) == len(ids)
    finally:
        db.close()


def test_feeds_racing_for_the_last_quota_pass_only_as_far_as_it_goes(server_ledger):
    db = open_database(server_ledger)
    add_allocation(db, year=2026, kind="separation", tonnes="1", user="manager")
    # 1,000 kg at 60 %: 600 kg REO each way, four times the quota in stock.
    post_movements(db, [_receipt(f"Q{n}", "1000") for n in range(4)], user="clerk", source="entry")
    db.close()
    jobs = [lambda d, n=n: post_movements(d, [_feed(f"Q{n}", "1000")], user="clerk", source="entry")
            for n in range(4)]
    outcomes = _at_once(server_ledger, jobs)
    # 1 t REO of quota holds one 600 kg feed; each later one would pass it.
    assert sum(not isinstance(o, Exception) for o in outcomes) == 1
    assert all("quota" in str(o.problems[0]) for o in outcomes if isinstance(o, Exception))


def test_a_posting_racing_a_month_close_is_in_the_closing_balances_or_refused(server_ledger):
    db = open_database(server_ledger)
    post_movements(db, [_receipt("M0", "100", when="2026-03-01")], user="clerk", source="entry")
    db.close()
    jobs = [lambda d: close_month(d, "2026-03", user="manager", today=day("2026-04-02"))]
    jobs += [lambda d, n=n: post_movements(d, [_receipt(f"M{n}", "5", when="2026-03-30")], user="clerk",
                                           source="entry") for n in range(1, 6)]
    outcomes = _at_once(server_ledger, jobs)
    assert not isinstance(outcomes[0], Exception), outcomes[0]
    for outcome in outcomes[1:]:
        assert not isinstance(outcome, Exception) or "closed" in str(outcome.problems[0])
    db = open_database(server_ledger)
    try:
        report = verify_ledger(db)  # the stored closing balances match every movement of March
        assert report.ok, [str(p) for p in report.problems]
    finally:
        db.close()


def test_a_ledger_moves_to_the_server_and_back_and_reports_the_same(server_ledger, postgres_server, db_path,
                                                                      tmp_path):
    source = init_database(db_path, enterprise=ENTERPRISE, credit_code=CREDIT_CODE, user="tester")
    post_movements(source, [_receipt("A1", "2000"), _feed("A1", "500")], user="clerk", source="entry")
    close_month(source, "2026-03", user="manager", today=day("2026-04-02"))
    target = postgres_server.new_database()
    moved = move_to(source, target, user="admin")
    assert moved.movements == 2 and moved.rows["movement"] == 2
    back = tmp_path / "back.sqlite3"
    server = open_database(target)
    try:
        [event] = list_events(server, AuditFilter(group="backups"))
        assert summary(event) == f"Ledger copied in from {db_path}, 2 movements, checked against it"
        copied_back = copy_into(server, back)
    finally:
        server.close()
    assert copied_back.head == moved.head
    source.close()  # the report of a month not closed yet writes to its ledger
    reports = []
    for location in (db_path, target, back):
        done = subprocess.run([sys.executable, "-m", "ree_desk", "report", "--db", str(location), "--month",
                               "2026-03", "--json"], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        figures = json.loads(done.stdout)
        figures.pop("generated_at")
        reports.append(figures)
    assert reports[0] == reports[1] == reports[2]


def test_a_server_database_that_holds_a_ledger_is_not_copied_over(server_ledger, db):
    with pytest.raises(StoreError, match="already holds a REE Desk ledger"):
        copy_into(db, server_ledger)


def test_a_copy_that_does_not_match_is_not_kept(db, postgres_server, monkeypatch):
    from ree_desk.store import transfer

    post_movements(db, [_receipt("A1", "2000")], user="clerk", source="entry")
    copy_rows = transfer.copy_rows

    def losing_one(source, target, progress=None):
        copied = copy_rows(source, target, progress)
        target.exec_driver_sql("DELETE FROM quota_allocation")  # stands in for a row lost on the way
        target.exec_driver_sql("DELETE FROM setting")
        target.exec_driver_sql("DELETE FROM material WHERE id NOT IN (SELECT material_id FROM lot)")
        return copied

    monkeypatch.setattr(transfer, "copy_rows", losing_one)
    target = postgres_server.new_database()
    with pytest.raises(CopyRefused, match="material"):
        copy_into(db, target)
    with pytest.raises(StoreError, match="no schema version"):
        open_database(target)


def test_the_workstations_role_posts_but_the_server_refuses_it_any_change_to_a_posted_row(server_ledger,
                                                                                          postgres_server):
    import psycopg

    with postgres_server.admin() as admin:
        admin.execute("DROP ROLE IF EXISTS ree_workstation")
        admin.execute("CREATE ROLE ree_workstation LOGIN")
    done = subprocess.run([sys.executable, "-m", "ree_desk", "grant-workstations", "ree_workstation", "--db",
                           server_ledger], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    as_workstation = server_ledger.replace("ree_test@", "ree_workstation@")
    db = open_database(as_workstation)
    try:
        post_movements(db, [_receipt("R1", "100")], user="clerk", source="entry")
        close_month(db, "2026-03", user="manager", today=day("2026-04-02"))
        assert verify_ledger(db).ok
    finally:
        db.close()
    with psycopg.connect(as_workstation) as raw:
        for sql in ("UPDATE movement SET mass_g = 1", "DELETE FROM audit_event", "TRUNCATE movement_origin",
                    "DROP TRIGGER movement_no_change ON movement", "ALTER TABLE posting DROP COLUMN rows"):
            with pytest.raises(psycopg.Error, match="permission denied|must be owner"):
                raw.execute(sql)
            raw.rollback()


def test_a_server_gone_during_a_posting_is_said_and_nothing_is_written(server_ledger, postgres_server):
    from ree_desk.store.database import ServerLost

    db = open_database(server_ledger)
    name = server_ledger.rsplit("/", 1)[1]
    try:
        with pytest.raises(ServerLost, match=r"lost the connection to .*; nothing was written"):
            with db.write() as conn:
                conn.exec_driver_sql("INSERT INTO setting (key, value) VALUES ('x', 'y')")
                with postgres_server.admin() as admin:  # the server ends this workstation's session
                    admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                  "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
                conn.exec_driver_sql("SELECT 1")
        assert len(post_movements(db, [_receipt("B1", "5")], user="clerk", source="entry").movement_ids) == 1
        with raw_sql(db) as raw:
            assert raw.execute("SELECT count(*) FROM setting WHERE key = 'x'").fetchone()[0] == 0
    finally:
        db.close()
