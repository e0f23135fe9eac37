"""A second place for copies: used whenever it can be reached, skipped with
a word (and an audit event) when it cannot, never at the cost of the copy
beside the database."""
from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import subprocess
import sys

import pytest

from conftest import draft
from ree_desk.services.backups import (
    SECOND_DIR,
    backup_folder,
    list_backups,
    make_backup,
    second_folder,
    set_second_folder,
)
from ree_desk.services.posting import post_movements
from ree_desk.store.database import StoreError

# The database file itself: its copies, its lock, its disk.
pytestmark = pytest.mark.file_only

T0 = dt.datetime(2026, 11, 28, 8, 0, 0)


@pytest.fixture
def ledger(db):
    post_movements(db, [draft(2, date="2026-06-01", type="RECEIPT", material="CONC-BAST", lot="B1",
                              mass_kg="1000", grade_pct="60", origin="CN", counterparty="包头供应商")],
                   user="t", source="test")
    return db


def audit_details(path, action: str) -> list[dict]:
    raw = sqlite3.connect(path)
    try:
        return [json.loads(d) for (d,) in raw.execute(
            "SELECT detail FROM audit_event WHERE action = ? ORDER BY id", (action,))]
    finally:
        raw.close()


def movements_in(path) -> int:
    raw = sqlite3.connect(path)
    try:
        return raw.execute("SELECT count(*) FROM movement").fetchone()[0]
    finally:
        raw.close()


def test_the_second_place_is_kept_in_the_database_and_in_the_audit_trail(ledger, db_path, tmp_path):
    assert second_folder(ledger) is None
    usb = tmp_path / "usb" / "REE备份"
    assert set_second_folder(ledger, usb, user="管理员") == usb
    assert usb.is_dir() and second_folder(ledger) == usb
    set_second_folder(ledger, None, user="管理员")
    assert second_folder(ledger) is None
    assert audit_details(db_path, "setting") == [{"key": SECOND_DIR, "value": str(usb)},
                                                  {"key": SECOND_DIR, "value": None}]


def test_the_folder_beside_the_database_is_no_second_place(ledger, db_path):
    with pytest.raises(StoreError, match="is where the copies are kept already"):
        set_second_folder(ledger, backup_folder(db_path), user="t")


def test_a_reachable_second_place_gets_a_checked_copy_of_each_copy(ledger, db_path, tmp_path):
    usb = tmp_path / "usb"
    set_second_folder(ledger, usb, user="t")
    made = make_backup(ledger, user="t", reason="daily", now=T0)
    assert made.second == usb / made.path.name and made.second_problem is None
    assert made.second.read_bytes() == made.path.read_bytes()
    assert movements_in(made.second) == 1
    assert not list(usb.glob(".*"))  # no partial file
    assert audit_details(db_path, "backup")[-1] == {"file": str(made.path), "reason": "daily",
                                                     "second_file": str(made.second)}
    for hours in range(1, 5):
        make_backup(ledger, user="t", reason="daily", now=T0 + dt.timedelta(hours=hours), keep=3)
    assert [b.made_at.hour for b in list_backups(db_path, usb)] == [12, 11, 10]  # kept there as here


def test_an_unreachable_second_place_is_skipped_with_a_word(ledger, db_path, tmp_path):
    usb = tmp_path / "usb"
    set_second_folder(ledger, usb, user="t")
    usb.rmdir()  # the stick is not plugged in
    made = make_backup(ledger, user="t", reason="daily", now=T0)
    assert made.path.exists() and movements_in(made.path) == 1  # the copy beside the database is made
    assert made.second is None
    assert made.second_problem == f"the second place for copies, {usb}, was not reachable (it does not exist)"
    assert audit_details(db_path, "backup")[-1]["second_skipped"] == made.second_problem
    assert not usb.exists()  # not made on the machine's own disk in the stick's place


def test_a_second_place_that_is_a_file_is_skipped(ledger, tmp_path):
    usb = tmp_path / "usb"
    set_second_folder(ledger, usb, user="t")
    usb.rmdir()
    usb.write_text("not a folder")
    made = make_backup(ledger, user="t", reason="daily", now=T0)
    assert made.second_problem.endswith("was not reachable (it is not a folder)")


def test_a_second_place_that_fails_while_written_leaves_nothing_there(ledger, tmp_path, monkeypatch):
    usb = tmp_path / "usb"
    set_second_folder(ledger, usb, user="t")

    def full(_source, target):
        with open(target, "wb") as fh:
            fh.write(b"SQLite format 3\x00")
        raise OSError(28, "No space left on device", str(target))

    monkeypatch.setattr(shutil, "copyfile", full)
    made = make_backup(ledger, user="t", reason="daily", now=T0)
    assert made.path.exists() and made.second is None
    assert made.second_problem == (f"no copy could be made in the second place for copies, {usb}: "
                                   f"the disk holding {usb} is full; nothing was written")
    assert list(usb.iterdir()) == []


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ree_desk", *args], capture_output=True, text=True, timeout=120)


def test_the_command_line_remembers_uses_lists_and_forgets_the_second_place(ledger, db_path, tmp_path):
    ledger.close()
    usb = tmp_path / "usb"
    first = run_cli("backup", "--db", str(db_path), "--dir", str(usb), "--remember")
    assert first.returncode == 0, first.stderr
    here, there = first.stdout.splitlines()
    assert here.startswith(f"backup: {backup_folder(db_path)}/") and "1 kept in" in here
    assert there.startswith(f"second place: {usb}/") and there.endswith(f"1 kept in {usb}")

    again = run_cli("backup", "--db", str(db_path))
    assert again.returncode == 0 and "2 kept in" in again.stdout.splitlines()[1]
    listed = json.loads(run_cli("backup", "--db", str(db_path), "--list", "--json").stdout)
    assert len(listed["backups"]) == 2
    assert listed["second"]["folder"] == str(usb) and listed["second"]["reachable"] is True
    assert [b["file"] for b in listed["second"]["backups"]] == [
        str(usb / p.rsplit("/", 1)[-1]) for p in (b["file"] for b in listed["backups"])]
    text = run_cli("backup", "--db", str(db_path), "--list").stdout
    assert f"second place, {usb}:" in text and text.count(".sqlite3") == 4

    shutil.rmtree(usb)
    missed = run_cli("backup", "--db", str(db_path))
    assert missed.returncode == 0
    assert missed.stderr == (f"ree-desk: the second place for copies, {usb}, was not reachable (it does not exist); "
                             f"the copy is only in {backup_folder(db_path)}\n")
    assert "not reachable" in run_cli("backup", "--db", str(db_path), "--list").stdout

    assert run_cli("backup", "--db", str(db_path), "--forget", "--list").returncode == 0
    assert json.loads(run_cli("backup", "--db", str(db_path), "--list", "--json").stdout)["second"] is None


def test_remember_needs_a_folder(ledger, db_path):
    ledger.close()
    bad = run_cli("backup", "--db", str(db_path), "--remember")
    assert bad.returncode == 2 and len(bad.stderr.splitlines()) == 1 and "--dir" in bad.stderr


def test_with_accounts_only_an_administrator_chooses_the_second_place(ledger, tmp_path):
    from ree_desk.domain.accounts.roles import NotAllowed
    from ree_desk.services.accounts import add_account, sign_in

    add_account(ledger, name="admin", role="administrator", password="secret-admin", user="t")
    ledger.actor = sign_in(ledger, "admin", "secret-admin", via="test")
    add_account(ledger, name="李录入", role="clerk", password="secret-clerk", user="t")
    ledger.actor = sign_in(ledger, "李录入", "secret-clerk", via="test")
    with pytest.raises(NotAllowed, match="choosing the second place for copies needs an administrator"):
        set_second_folder(ledger, tmp_path / "usb", user="李录入")
    assert second_folder(ledger) is None and not (tmp_path / "usb").exists()
    ledger.actor = sign_in(ledger, "admin", "secret-admin", via="test")
    assert set_second_folder(ledger, tmp_path / "usb", user="admin") == (tmp_path / "usb").absolute()
