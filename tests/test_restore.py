"""Restoring a copy: checked before anything changes, the replaced database
kept, the restore in the audit trail; a copy that is damaged, altered,
newer, or no database at all is refused naming why."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command

from conftest import CREDIT_CODE, ENTERPRISE, day, draft
from ree_desk.services.backups import make_backup
from ree_desk.services.months import close_month
from ree_desk.services.posting import post_movements
from ree_desk.services.restore import RestoreRefused, describe_copy, restore_database
from ree_desk.services.reversal import reverse_movement
from ree_desk.services.setup import init_database
from ree_desk.services.verify import verify_ledger
from ree_desk.store import sqlite as store_sqlite
from ree_desk.store.database import _alembic_config, head_revision, open_database

# The database file itself: its copies, its lock, its disk.
pytestmark = pytest.mark.file_only

T0 = dt.datetime(2026, 6, 30, 18, 0, 0)


def receipt(line: int, lot: str, kg: str, when: str = "2026-06-01"):
    return draft(line, date=when, type="RECEIPT", material="CONC-BAST", lot=lot, mass_kg=kg, grade_pct="60",
                 origin="CN", counterparty="包头供应商")


def feed(line: int, lot: str, kg: str, when: str = "2026-06-02"):
    return draft(line, date=when, type="FEED", material="CONC-BAST", lot=lot, mass_kg=kg, grade_pct="60", run="R1")


def ledger_rows(path: Path) -> dict[str, list[tuple]]:
    """Everything a ledger holds, table by table (the restore's own audit event aside)."""
    raw = sqlite3.connect(path)
    try:
        tables = ("movement", "movement_origin", "posting", "lot", "run", "month_close", "closing_balance",
                  "quota_allocation", "enterprise", "material")
        out = {t: raw.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables}
        out["audit_event"] = raw.execute("SELECT * FROM audit_event WHERE action != 'restore' ORDER BY id").fetchall()
        return out
    finally:
        raw.close()


def audit_events(path: Path, action: str) -> list[tuple]:
    raw = sqlite3.connect(path)
    try:
        return raw.execute("SELECT by, detail FROM audit_event WHERE action = ? ORDER BY id", (action,)).fetchall()
    finally:
        raw.close()


def count(path: Path, table: str = "movement") -> int:
    raw = sqlite3.connect(path)
    try:
        return raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        raw.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tamper(path: Path, *statements: str) -> None:
    raw = sqlite3.connect(path)
    for ddl in store_sqlite.drop_immutability_triggers():
        raw.execute(ddl)
    for sql in statements:
        raw.execute(sql)
    raw.commit()
    raw.close()


def folder_listing(folder: Path) -> set[str]:
    """The files in ``folder``, but those that come and go with the programs
    using the database: SQLite's log and index, the writer's lock."""
    return {p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm", ".lock"))}


@pytest.fixture
def ledger(db):
    post_movements(db, [receipt(2, "B1", "1000"), feed(3, "B1", "400")], user="张三", source="june.csv")
    return db


def _assert_nothing_changed(db_path: Path, before_rows: dict, before_files: set[str]) -> None:
    assert ledger_rows(db_path) == before_rows
    assert folder_listing(db_path.parent) == before_files  # no replaced file, no temporary file
    db = open_database(db_path)
    try:
        assert verify_ledger(db).ok
    finally:
        db.close()


def test_a_restore_puts_the_copy_back_and_keeps_what_it_replaced(ledger, db_path):
    copy = make_backup(ledger, user="张三", reason="asked for", now=T0).path
    in_copy = ledger_rows(copy)
    post_movements(ledger, [receipt(2, "B2", "250", "2026-06-20")], user="张三", source="entry")
    after_copy = ledger_rows(db_path)
    ledger.close()

    result = restore_database(db_path, copy, user="经理", now=dt.datetime(2026, 7, 1, 9, 30, 0))

    assert result.replaced == db_path.parent / "ledger.replaced-20260701-093000.sqlite3"
    assert ledger_rows(db_path) == in_copy
    assert ledger_rows(result.replaced) == after_copy  # the replaced database, whole
    kept = open_database(result.replaced)
    try:
        assert verify_ledger(kept).ok
    finally:
        kept.close()
    restored = open_database(db_path)
    try:
        report = verify_ledger(restored)
        assert report.ok, [str(p) for p in report.problems]
        assert report.movements == 2 and report.head == result.copy.head
    finally:
        restored.close()
    ((by, detail),) = audit_events(db_path, "restore")
    assert by == "经理"
    assert json.loads(detail) == {
        "copy": str(copy), "replaced": str(result.replaced), "copy_made_at": "2026-06-30 18:00:00",
        "movements": 2, "head": result.copy.head, "schema": head_revision()}
    assert (result.copy.enterprise, result.copy.movements, result.migrated) == (ENTERPRISE, 2, False)
    assert not [n for n in folder_listing(db_path.parent) if n.startswith(".")]  # no temporary file left


def test_round_trips_on_a_living_ledger(db, db_path):
    """Back up, go on working, restore, go on working from the restored
    ledger, again and again: each restore gives the copy's ledger exactly,
    verified, and the program writes on after it."""
    rounds = 8
    for n in range(rounds):
        posted = post_movements(db, [receipt(2, f"R{n}", f"{100 + n}", f"2026-06-{n + 1:02d}")], user="t",
                                source=f"r{n}")
        if n % 3 == 2:
            reverse_movement(db, posted.movement_ids[0], day=day("2026-06-28"), reason="entered twice", user="t")
        copy = make_backup(db, user="t", reason="round", now=T0 + dt.timedelta(minutes=n)).path
        in_copy = ledger_rows(copy)
        post_movements(db, [receipt(2, f"X{n}", "5", "2026-06-29")], user="t", source="lost")
        db.close()
        result = restore_database(db_path, copy, user="t", now=T0 + dt.timedelta(hours=1, minutes=n))
        assert ledger_rows(db_path) == in_copy
        assert result.replaced.exists()
        db = open_database(db_path)
        report = verify_ledger(db)
        assert report.ok, (n, [str(p) for p in report.problems])
        assert len(audit_events(db_path, "restore")) == n + 1  # the restores before live on in the copies
    db.close()
    assert len(list(db_path.parent.glob("ledger.replaced-*.sqlite3"))) == rounds


def test_a_copy_with_a_closed_month_restores_with_its_balances(ledger, db_path):
    close_month(ledger, "2026-06", user="经理", today=day("2026-07-03"))
    copy = make_backup(ledger, user="t", reason="asked for", now=T0).path
    post_movements(ledger, [receipt(2, "B3", "10", "2026-07-02")], user="t", source="entry")
    ledger.close()
    restore_database(db_path, copy, user="t")
    assert count(db_path, "closing_balance") == count(copy, "closing_balance") > 0
    db = open_database(db_path)
    try:
        assert verify_ledger(db).ok
    finally:
        db.close()


def test_a_copy_changed_behind_the_programs_back_is_refused_naming_the_movement(ledger, db_path, tmp_path):
    copy = make_backup(ledger, user="t", reason="asked for", now=T0).path
    altered = shutil.copyfile(copy, tmp_path / "altered.sqlite3")
    tamper(altered, "UPDATE movement SET mass_g = mass_g - 100000 WHERE id = 2")
    before, files = ledger_rows(db_path), folder_listing(db_path.parent)
    with pytest.raises(RestoreRefused) as refused:
        restore_database(db_path, altered, user="t")
    message = str(refused.value)
    assert message.startswith(f"cannot restore from {altered}: it does not verify: movement 2: ")
    assert message.endswith("; nothing was changed") and "\n" not in message
    _assert_nothing_changed(db_path, before, files)


def test_an_audit_event_changed_in_the_copy_is_refused(ledger, db_path, tmp_path):
    altered = shutil.copyfile(make_backup(ledger, user="t", reason="x", now=T0).path, tmp_path / "a.sqlite3")
    tamper(altered, "UPDATE audit_event SET by = 'someone else' WHERE id = 1")
    with pytest.raises(RestoreRefused, match=r"it does not verify: audit_event 1: "):
        restore_database(db_path, altered, user="t")


def test_a_cut_off_copy_is_refused(ledger, db_path, tmp_path):
    post_movements(ledger, [receipt(i + 2, f"L{i}", "1") for i in range(300)], user="t", source="many")
    copy = make_backup(ledger, user="t", reason="x", now=T0).path
    cut = tmp_path / "cut.sqlite3"
    cut.write_bytes(copy.read_bytes()[: copy.stat().st_size // 2])
    before, files = ledger_rows(db_path), folder_listing(db_path.parent)
    damaged = rf"^cannot restore from {cut}: it is damaged \(.+\); nothing was changed$"
    with pytest.raises(RestoreRefused, match=damaged):
        restore_database(db_path, cut, user="t")
    _assert_nothing_changed(db_path, before, files)


def test_a_copy_from_a_newer_program_is_refused(ledger, db_path, tmp_path):
    newer = shutil.copyfile(make_backup(ledger, user="t", reason="x", now=T0).path, tmp_path / "n.sqlite3")
    raw = sqlite3.connect(newer)
    raw.execute("UPDATE alembic_version SET version_num = 'f00d2031'")
    raw.commit()
    raw.close()
    before, files = ledger_rows(db_path), folder_listing(db_path.parent)
    with pytest.raises(RestoreRefused) as refused:
        restore_database(db_path, newer, user="t")
    assert str(refused.value) == (
        f"cannot restore from {newer}: it was written by a newer REE Desk (schema f00d2031); this program knows "
        f"schemas up to {head_revision()}; nothing was changed")
    _assert_nothing_changed(db_path, before, files)


@pytest.mark.parametrize("kind, why", [
    ("text", "it is not an SQLite database file"),
    ("empty", "it is not an SQLite database file"),
    ("other sqlite", "not a REE Desk database: it has no schema version"),
    ("missing table", "not a REE Desk database: it has no movement_origin table"),
    ("absent", "there is no such file"),
])
def test_what_is_no_ree_desk_database_is_refused(ledger, db_path, tmp_path, kind, why):
    path = tmp_path / f"{kind}.sqlite3"
    if kind == "text":
        path.write_text("date,type\n2026-06-01,RECEIPT\n", encoding="utf-8")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "other sqlite":
        raw = sqlite3.connect(path)
        raw.execute("CREATE TABLE notes (x)")
        raw.commit()
        raw.close()
    elif kind == "missing table":
        shutil.copyfile(make_backup(ledger, user="t", reason="x", now=T0).path, path)
        tamper(path, "DROP TABLE movement_origin")
    before, files = ledger_rows(db_path), folder_listing(db_path.parent)
    with pytest.raises(RestoreRefused) as refused:
        restore_database(db_path, path, user="t")
    assert str(refused.value) == f"cannot restore from {path}: {why}; nothing was changed"
    _assert_nothing_changed(db_path, before, files)


def test_the_database_cannot_be_restored_from_itself(ledger, db_path):
    with pytest.raises(RestoreRefused, match="it is the database itself"):
        restore_database(db_path, db_path, user="t")


def test_an_older_copy_is_brought_up_to_date_when_restored(ledger, db_path, tmp_path):
    old = shutil.copyfile(make_backup(ledger, user="t", reason="x", now=T0).path, tmp_path / "old.sqlite3")
    held = open_database(old)
    cfg = _alembic_config(store_sqlite.url_for(old))
    with held.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
    held.close()
    info = describe_copy(old)
    assert (info.revision, info.head, info.movements) == ("0002", None, 2)
    ledger.close()
    result = restore_database(db_path, old, user="t")
    assert result.migrated
    db = open_database(db_path)
    try:
        report = verify_ledger(db)
        assert report.ok and report.movements == 2
        assert db.revision() == head_revision()
    finally:
        db.close()
    assert list(db_path.parent.glob("ledger.before-*.sqlite3"))  # opening kept the copy as it came, as always


def test_a_database_open_in_another_program_is_not_replaced(ledger, db_path):
    copy = make_backup(ledger, user="t", reason="x", now=T0).path
    post_movements(ledger, [receipt(2, "B9", "1", "2026-06-09")], user="t", source="entry")
    before, files = ledger_rows(db_path), folder_listing(db_path.parent)
    other = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys, time\n"
         f"c = sqlite3.connect({str(db_path)!r}); c.execute('SELECT count(*) FROM movement').fetchall()\n"
         "print('open', flush=True); sys.stdin.readline()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "open"
        with pytest.raises(RestoreRefused, match=r"ledger\.sqlite3 is open in another program; close it there first"):
            restore_database(db_path, copy, user="t")
    finally:
        other.communicate("\n", timeout=30)
    _assert_nothing_changed(db_path, before, files)


def test_a_copy_is_restored_where_the_database_was_lost(ledger, db_path, tmp_path):
    copy = make_backup(ledger, user="t", reason="x", now=T0).path
    elsewhere = tmp_path / "new-disk" / "ledger.sqlite3"
    result = restore_database(elsewhere, copy, user="t")
    assert result.replaced is None
    assert ledger_rows(elsewhere) == ledger_rows(copy)
    ((_by, detail),) = audit_events(elsewhere, "restore")
    assert json.loads(detail)["replaced"] is None


def test_a_damaged_database_is_set_aside_whole_and_replaced(ledger, db_path):
    copy = make_backup(ledger, user="t", reason="x", now=T0).path
    ledger.close()
    with open(db_path, "r+b") as fh:  # a header no SQLite reads
        fh.write(b"not a database any more")
    damaged = db_path.read_bytes()
    result = restore_database(db_path, copy, user="t")
    assert result.replaced.read_bytes() == damaged
    assert ledger_rows(db_path) == ledger_rows(copy)


def test_the_copy_is_only_read(ledger, db_path, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = shutil.copyfile(make_backup(ledger, user="t", reason="x", now=T0).path, stick / "ledger-copy.sqlite3")
    before = digest(copy)
    ledger.close()
    restore_database(db_path, copy, user="t")
    assert digest(copy) == before
    assert folder_listing(stick) == {"ledger-copy.sqlite3"}  # no log or index file beside it


def test_the_command_line_restores_and_refuses(ledger, db_path, tmp_path):
    copy = make_backup(ledger, user="t", reason="x", now=T0).path
    post_movements(ledger, [receipt(2, "B5", "1", "2026-06-05")], user="t", source="entry")
    ledger.close()
    run = lambda *a: subprocess.run([sys.executable, "-m", "ree_desk", "restore", "--db", str(db_path), *a],
                                    capture_output=True, text=True, timeout=120)
    done = run(str(copy), "--user", "经理")
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.splitlines()
    assert first.startswith(f"restored {db_path} from {copy} (made 2026-06-30 18:00:00, {ENTERPRISE}, 2 movements, "
                            "chain head ")
    assert first.endswith("; checked and verified)")
    replaced = Path(second.removeprefix("the database it replaced is kept as "))
    assert count(replaced) == 3 and count(db_path) == 2
    assert audit_events(db_path, "restore")[0][0] == "经理"
    verify = subprocess.run([sys.executable, "-m", "ree_desk", "verify", "--db", str(db_path)], capture_output=True,
                            text=True, timeout=120)
    assert verify.returncode == 0, verify.stderr

    as_json = json.loads(run(str(copy), "--json").stdout)
    assert as_json["copy"]["movements"] == 2 and as_json["copy"]["credit_code"] == CREDIT_CODE
    assert Path(as_json["replaced"]).exists() and as_json["migrated"] is False

    altered = shutil.copyfile(copy, tmp_path / "altered.sqlite3")
    tamper(altered, "UPDATE movement SET counterparty = '别人' WHERE id = 1")
    refused = run(str(altered))
    assert refused.returncode == 1
    assert refused.stderr.startswith(f"ree-desk: cannot restore from {altered}: it does not verify: movement 1: ")
    assert len(refused.stderr.splitlines()) == 1 and "Traceback" not in refused.stderr
    assert run().returncode == 2  # no copy named


def test_a_database_another_program_is_writing_is_not_replaced(ledger, db_path):
    copy = make_backup(ledger, user="t", reason="x", now=T0).path
    ledger.close()
    before, files = ledger_rows(db_path), folder_listing(db_path.parent)
    writer = subprocess.Popen(
        [sys.executable, "-c", "import sys\nfrom ree_desk.store import writer_lock\n"
         "from ree_desk.store.database import open_database\n"
         "writer_lock.introduce(program='ree-desk import', user='张三')\n"
         f"db = open_database({str(db_path)!r})\nprint('held', flush=True); sys.stdin.readline(); db.close()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "held"
        refused = subprocess.run([sys.executable, "-m", "ree_desk", "restore", str(copy), "--db", str(db_path),
                                  "--wait", "0"], capture_output=True, text=True, timeout=120)
    finally:
        writer.communicate("\n", timeout=30)
    assert refused.returncode == 1
    assert refused.stderr.startswith("ree-desk: ledger.sqlite3 is being written by 张三 on host ")
    assert len(refused.stderr.splitlines()) == 1
    _assert_nothing_changed(db_path, before, files)


def test_with_accounts_only_an_administrator_restores(ledger, db_path, tmp_path):
    """Replacing the ledger is a setting: a clerk or a manager is refused in
    the database being replaced, through the command line too, and nothing
    changes; the administrator restores under their own name."""
    from ree_desk.domain.accounts.roles import NotAllowed
    from ree_desk.services.accounts import add_account, sign_in

    add_account(ledger, name="admin", role="administrator", password="secret-admin", user="t")
    ledger.actor = sign_in(ledger, "admin", "secret-admin", via="test")
    add_account(ledger, name="王经理", role="manager", password="secret-manager", user="t")
    copy = make_backup(ledger, user="admin", reason="test", folder=tmp_path / "copies").path
    post_movements(ledger, [receipt(4, "B2", "5")], user="admin", source="entry")
    ledger.close()
    before_rows, before_files = ledger_rows(db_path), folder_listing(db_path.parent)

    from ree_desk.domain.accounts.roles import Actor, Role

    with pytest.raises(NotAllowed, match="restoring the database from a copy needs an administrator"):
        restore_database(db_path, copy, user="王经理", actor=Actor("王经理", Role.MANAGER))
    _assert_nothing_changed(db_path, before_rows, before_files)
    env = {**os.environ, "REE_DESK_PASSWORD": "secret-manager"}
    refused = subprocess.run([sys.executable, "-m", "ree_desk", "restore", str(copy), "--db", str(db_path),
                              "--user", "王经理"], capture_output=True, text=True, env=env, timeout=120)
    assert refused.returncode == 1 and "needs an administrator" in refused.stderr
    # The manager's sign-in is recorded; nothing else changed.
    after = ledger_rows(db_path)
    assert [row[3] for row in after.pop("audit_event")[len(before_rows["audit_event"]):]] == ["login"]
    assert after == {k: v for k, v in before_rows.items() if k != "audit_event"}
    assert folder_listing(db_path.parent) == before_files

    result = restore_database(db_path, copy, user="admin", actor=Actor("admin", Role.ADMINISTRATOR))
    assert result.replaced is not None and count(db_path) == 2
    assert audit_events(db_path, "restore")[-1][0] == "admin"
