"""``verify`` finds a change made behind the program's back, and names the row."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import day, draft, raw_sql
from ree_desk.services.months import close_month
from ree_desk.services.posting import post_movements
from ree_desk.services.reversal import reverse_movement
from ree_desk.services.verify import verify_ledger
from ree_desk.store import backend, sqlite
from ree_desk.store.database import _alembic_config, create_database, open_database


def _ledger(db):
    """Two postings, a run mixing two origins, a reversal and a closed month."""
    first = [
        draft(2, date="2026-05-04", type="RECEIPT", material="CONC-BAST", lot="CN-1", mass_kg="1000",
              grade_pct="60", origin="CN", counterparty="包头供应商"),
        draft(3, date="2026-05-05", type="RECEIPT", material="CONC-BAST", lot="MM-1", mass_kg="500",
              grade_pct="50", origin="MM", counterparty="Myanmar Co", customs_no="530120260000000001"),
        draft(4, date="2026-05-10", type="FEED", material="CONC-BAST", lot="CN-1", mass_kg="400",
              grade_pct="60", run="R1"),
        draft(5, date="2026-05-10", type="FEED", material="CONC-BAST", lot="MM-1", mass_kg="200",
              grade_pct="50", run="R1"),
        draft(6, date="2026-05-20", type="OUTPUT", material="PRND-OX", lot="P-1", mass_kg="100",
              grade_pct="99", run="R1"),
    ]
    post_movements(db, first, user="张三", source="may.csv")
    close_month(db, "2026-05", user="经理", today=day("2026-06-05"))
    post_movements(db, [draft(2, date="2026-06-02", type="SHIPMENT", material="PRND-OX", lot="P-1",
                              mass_kg="40", grade_pct="99", counterparty="磁材厂", destination="CN")],
                   user="张三", source="entry")
    reverse_movement(db, 6, day=day("2026-06-03"), reason="shipped twice by mistake", user="经理")


def _tamper(db, *statements: str) -> None:
    with raw_sql(db) as raw:
        for ddl in backend.of(db.engine).drop_immutability_triggers():
            raw.execute(ddl)
        for sql in statements:
            raw.execute(sql)


def test_an_untouched_ledger_verifies(db):
    _ledger(db)
    report = verify_ledger(db)
    assert report.ok, [str(p) for p in report.problems]
    assert (report.movements, report.closed_months) == (7, 1)
    with db.read() as conn:
        assert report.head == conn.exec_driver_sql("SELECT chain FROM movement WHERE id = 7").scalar()


@pytest.mark.parametrize("sql, table, row_id", [
    ("UPDATE movement SET mass_g = mass_g + 1000 WHERE id = 3", "movement", 3),
    ("UPDATE movement SET counterparty = '别人' WHERE id = 2", "movement", 2),
    ("UPDATE movement SET day = '2026-05-11' WHERE id = 4", "movement", 4),
    ("DELETE FROM movement_origin WHERE movement_id = 4; DELETE FROM movement WHERE id = 4", "movement", 5),
    ("UPDATE audit_event SET \"by\" = 'someone else' WHERE id = 2", "audit_event", 2),
    ("UPDATE movement_origin SET country = 'LA' WHERE movement_id = 2", "movement_origin", 1),
    ("UPDATE closing_balance SET mass_g = mass_g - 1 WHERE lot_id = 1", "closing_balance", 1),
])
def test_a_change_behind_the_programs_back_is_found_and_named(db, db_path, sql, table, row_id):
    _ledger(db)
    _tamper(db, *sql.split("; "))
    report = verify_ledger(db)
    assert not report.ok
    assert (report.problems[0].table, report.problems[0].id) == (table, row_id)


def test_the_last_movement_removed_is_found_although_the_chain_before_it_holds(db, db_path):
    _ledger(db)
    _tamper(db, "DELETE FROM movement_origin WHERE movement_id = 7", "DELETE FROM movement WHERE id = 7")
    report = verify_ledger(db)
    assert not report.ok
    assert "wrote 1 movements" in str(report.problems[0])


def test_a_movement_added_with_a_correct_link_is_not_a_posting(db, db_path):
    """Someone who knows the format can extend the chain; no posting's audit
    event names the row, and that is found."""
    _ledger(db)
    from ree_desk.domain.ledger import chain

    raw = raw_sql(db)
    cols = ", ".join(chain.MOVEMENT_FIELDS)
    row = raw.execute(f"SELECT {cols} FROM movement WHERE id = 6").fetchone()
    head = raw.execute("SELECT chain FROM movement WHERE id = 7").fetchone()[0]
    forged = (8,) + row[1:]
    raw.execute(f"INSERT INTO movement ({cols}, chain) VALUES ({', '.join('?' * len(forged))}, ?)",
                forged + (chain.link(head, forged),))
    raw.commit()
    raw.close()
    report = verify_ledger(db)
    assert [(p.table, p.id) for p in report.problems] == [("movement", 8)]


@pytest.mark.file_only
def test_a_damaged_file_is_named_before_anything_else(db, db_path):
    _ledger(db)
    db.close()
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = raw.execute("PRAGMA page_size").fetchone()[0]
    root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_movement_day'").fetchone()[0]
    raw.close()
    with open(db_path, "r+b") as fh:  # scribble over the cells of an index page
        fh.seek(page_size * root - 120)
        fh.write(b"\x07" * 100)
    db2 = open_database(db_path, migrate=False)
    try:
        report = verify_ledger(db2)
    finally:
        db2.close()
    assert not report.ok
    assert report.problems[0].table == "database"


def test_verify_on_the_command_line_names_the_first_broken_row(db, db_path, tmp_path):
    _ledger(db)
    db.close()
    run = lambda *a: subprocess.run([sys.executable, "-m", "ree_desk", "verify", "--db", db.location, *a],
                                    capture_output=True, text=True, timeout=120)
    ok = run("--json")
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["ok"] is True
    _tamper(db, "UPDATE movement SET mass_g = 1 WHERE id = 5")
    bad = run("--json")
    assert bad.returncode == 1
    data = json.loads(bad.stdout)
    assert data["ok"] is False and data["problems"][0]["table"] == "movement" and data["problems"][0]["id"] == 5
    text = run()
    assert text.returncode == 1
    assert text.stderr.splitlines()[0].startswith("ree-desk: movement 5: ")
    assert "Traceback" not in text.stderr


def test_a_ledger_written_before_the_chain_is_chained_when_opened(tmp_path):
    """A database of the schema before the chain (made here by migrating a
    ledger down) gets its chain on opening, and then verifies."""
    from alembic import command

    path = tmp_path / "old.sqlite3"
    from ree_desk.services.setup import init_database

    db = init_database(path, enterprise="测试稀土冶炼分离有限公司", credit_code="91350100M000100Y43", user="t")
    _ledger(db)
    cfg = _alembic_config(sqlite.url_for(path))
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
    db.close()
    raw = sqlite3.connect(path)
    assert "chain" not in [r[1] for r in raw.execute("PRAGMA table_info(movement)")]
    raw.close()

    db = open_database(path)
    try:
        report = verify_ledger(db)
        assert report.ok, [str(p) for p in report.problems]
        assert report.movements == 7
        with db.read() as conn:
            begin = json.loads(conn.exec_driver_sql(
                "SELECT detail FROM audit_event WHERE action = 'chain_begin'").scalar())
        assert begin["movements"] == [1, 7] and begin["rows"] == 7
        # The program goes on writing after the chain it took over.
        post_movements(db, [draft(2, date="2026-06-10", type="RECEIPT", material="CONC-BAST", lot="CN-2",
                                  mass_kg="1", grade_pct="60", origin="CN", counterparty="x")],
                       user="t", source="entry")
        assert verify_ledger(db).ok
    finally:
        db.close()
    _tamper(db, "UPDATE movement_origin SET reo_g = reo_g + 1 WHERE movement_id = 3")
    db = open_database(path)
    try:
        problems = verify_ledger(db).problems
    finally:
        db.close()
    assert [(p.table, p.id) for p in problems] == [("movement_origin", 1)]
