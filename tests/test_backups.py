"""Copies of the ledger: checked before they count, the newest kept, made
before a month is closed or reopened."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from conftest import day, draft
from ree_desk.services import report
from ree_desk.services.backups import backup_due, backup_folder, list_backups, make_backup
from ree_desk.services.months import reopen_month
from ree_desk.services.posting import post_movements
from ree_desk.services.report import make_report
from ree_desk.store import sqlite as store_sqlite
from ree_desk.store.database import StoreError, open_database
from ree_desk.store.tables import audit_event_table, month_close_table, movement_table

# The database file itself: its copies, its lock, its disk.
pytestmark = pytest.mark.file_only

T0 = dt.datetime(2026, 11, 28, 8, 0, 0)


@pytest.fixture
def ledger(db):
    post_movements(db, [
        draft(2, date="2026-06-01", type="RECEIPT", material="CONC-BAST", lot="B1", mass_kg="1000", grade_pct="60",
              origin="CN", counterparty="包头供应商"),
        draft(3, date="2026-06-02", type="FEED", material="CONC-BAST", lot="B1", mass_kg="400", grade_pct="60",
              run="R1"),
    ], user="t", source="test")
    return db


def movements_in(path) -> int:
    raw = sqlite3.connect(path)
    try:
        return raw.execute("SELECT count(*) FROM movement").fetchone()[0]
    finally:
        raw.close()


def test_a_backup_is_a_whole_checked_database_beside_the_ledger(ledger, db_path):
    made = make_backup(ledger, user="张三", reason="asked for", now=T0)
    assert made.path == db_path.parent / "ledger-backups" / "ledger-20261128-080000.sqlite3"
    assert made.size == made.path.stat().st_size > 0
    copy = open_database(made.path)  # opens as a REE Desk database
    with copy.read() as conn:
        assert conn.execute(select(func.count()).select_from(movement_table)).scalar() == 2
    copy.close()
    with ledger.read() as conn:
        detail = json.loads(conn.execute(select(audit_event_table.c.detail).where(audit_event_table.c.action == "backup")).scalar())
    assert detail == {"file": str(made.path), "reason": "asked for"}
    assert not list(made.path.parent.glob(".*"))  # no partial file left


def test_only_the_newest_copies_are_kept_and_listed_newest_first(ledger, db_path):
    for hours in range(5):
        make_backup(ledger, user="t", reason="daily", now=T0 + dt.timedelta(hours=hours), keep=3)
    kept = list_backups(db_path)
    assert [b.made_at.hour for b in kept] == [12, 11, 10]
    twice = make_backup(ledger, user="t", reason="again", now=T0 + dt.timedelta(hours=4), keep=3)
    assert twice.path.name == "ledger-20261128-120000-2.sqlite3"  # the same second: a name of its own
    assert list_backups(db_path)[0].path == twice.path


def test_a_copy_that_does_not_read_back_sound_is_not_kept(ledger, db_path, monkeypatch):
    monkeypatch.setattr(store_sqlite, "check_copy", lambda _path: "database disk image is malformed")
    with pytest.raises(StoreError, match="did not read back as a sound database"):
        make_backup(ledger, user="t", reason="daily", now=T0)
    assert list(backup_folder(db_path).iterdir()) == []


def test_a_backup_is_due_once_a_day(ledger, db_path):
    assert backup_due(db_path, T0)
    make_backup(ledger, user="t", reason="daily", now=T0)
    assert not backup_due(db_path, T0 + dt.timedelta(hours=8))
    assert backup_due(db_path, T0 + dt.timedelta(hours=21))


def test_closing_a_month_keeps_the_ledger_as_reported_first(ledger, db_path, tmp_path):
    make_report(ledger, "2026-06", user="t", xlsx=tmp_path / "r.xlsx", close=True, today=day("2026-07-03"))
    (copy,) = list_backups(db_path)
    assert movements_in(copy.path) == 2
    raw = sqlite3.connect(copy.path)
    assert raw.execute("SELECT count(*) FROM month_close").fetchone()[0] == 0  # taken before the close
    raw.close()
    reopen_month(ledger, "2026-06", user="经理", reason="customs number corrected")
    assert len(list_backups(db_path)) == 2


def test_a_month_is_not_closed_when_its_backup_cannot_be_made(ledger, tmp_path, monkeypatch):
    def fail(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report, "make_backup", fail)
    with pytest.raises(OSError):
        make_report(ledger, "2026-06", user="t", xlsx=tmp_path / "r.xlsx", close=True, today=day("2026-07-03"))
    with ledger.read() as conn:
        assert conn.execute(select(func.count()).select_from(month_close_table)).scalar() == 0


def test_keep_must_be_at_least_one(ledger):
    with pytest.raises(ValueError):
        make_backup(ledger, user="t", reason="x", keep=0)


def test_the_command_line_makes_and_lists_backups(ledger, db_path):
    ledger.close()
    run = [sys.executable, "-m", "ree_desk", "backup", "--db", str(db_path)]
    made = subprocess.run(run, capture_output=True, text=True, check=True).stdout
    assert made.startswith("backup: ") and "checked" in made and "1 kept" in made
    listed = json.loads(subprocess.run(run + ["--list", "--json"], capture_output=True, text=True,
                                       check=True).stdout)
    assert listed["made"] is None and len(listed["backups"]) == 1
    assert listed["folder"] == str(backup_folder(db_path))
    bad = subprocess.run(run + ["--keep", "0"], capture_output=True, text=True)
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
