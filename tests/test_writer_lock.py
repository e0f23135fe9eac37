"""One writer per database: a second program is told who holds it and waits
or reads; a crashed holder's lock is taken over. Real processes throughout."""
from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import write_csv
from ree_desk.services import quotas
from ree_desk.store import writer_lock
from ree_desk.store.database import DatabaseBusy, StoreError, create_database, open_database

ROW = dict(date="2026-02-02", type="RECEIPT", material="IONIC-MIX-OX", lot="CN-IX-1", mass_kg="1000",
           grade_pct="92.01", origin="CN", origin_detail="江西", counterparty="赣州稀土",
           credit_code="91350100M000100Y43")

# Opens the database for writing as ``ree-desk import`` by 张三 would, says
# "held", and keeps it until its standard input is closed (or it is killed).
HOLDER = """
import sys
from ree_desk.store.database import open_database
db = open_database(sys.argv[1], holder={"program": "ree-desk import", "user": "张三"})
print("held", flush=True)
sys.stdin.read()
db.close()
"""

# The database file itself: its copies, its lock, its disk.
pytestmark = pytest.mark.file_only


class Holder:
    def __init__(self, path: Path, script: str = HOLDER):
        self.proc = subprocess.Popen([sys.executable, "-c", script, str(path)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, encoding="utf-8")
        assert self.proc.stdout.readline().strip() == "held"
        self.pid = self.proc.pid

    def release(self) -> None:
        self.proc.stdin.close()
        assert self.proc.wait(timeout=30) == 0

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)
        self.proc.stdin.close()


@pytest.fixture
def ledger(db, db_path) -> Path:
    """A database made here and closed: this process no longer holds it."""
    db.close()
    return db_path


@pytest.fixture
def held(ledger):
    holder = Holder(ledger)
    yield holder
    if holder.proc.poll() is None:
        holder.kill()


def cli(*argv, timeout: float = 120, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ree_desk", *map(str, argv)], capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout, cwd=cwd)


def movements(path: Path) -> int:
    with sqlite3.connect(path) as con:
        return con.execute("SELECT count(*) FROM movement").fetchone()[0]


# ----------------------------------------------------------------- command line


def test_an_import_waits_then_names_who_holds_the_database(held, ledger, tmp_path):
    csv_path = write_csv(tmp_path / "in.csv", [ROW])
    start = time.monotonic()
    result = cli("import", csv_path, "--db", ledger, "--wait", "1")
    waited = time.monotonic() - start
    assert result.returncode == 1 and result.stdout == ""
    waiting, refused = result.stderr.splitlines()
    who = f"张三 on host {socket.gethostname()} (process {held.pid}, ree-desk import) since "
    assert waiting.startswith(f"ree-desk: waiting for the database, held by {who}")
    assert refused.startswith(f"ree-desk: ledger.sqlite3 is being written by {who}")
    assert refused.endswith("; try again when it is done, or wait longer with --wait SECONDS")
    assert waited >= 1.0
    assert movements(ledger) == 0


def test_reading_commands_work_while_another_program_writes(held, ledger):
    result = cli("stock", "--db", ledger, "--as-of", "2026-12-31", "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["lots"] == []
    assert result.stderr == (f"ree-desk: ledger.sqlite3 is being written by 张三 on host {socket.gethostname()} "
                             f"(process {held.pid}, ree-desk import) since {writer_lock.holder_of(ledger)['since']}; "
                             "opened for reading only\n")
    for argv in (["status", "--json"], ["quota", "status", "--json"], ["material", "list", "--json"],
                 ["backup", "--list", "--json"], ["verify", "--json"]):
        assert cli(*argv, "--db", ledger).returncode == 0, argv


def test_a_killed_holder_leaves_nothing_to_clear(held, ledger, tmp_path):
    csv_path = write_csv(tmp_path / "in.csv", [ROW])
    held.kill()
    assert writer_lock.lock_path(ledger).exists()  # the note of the killed process is still there
    assert writer_lock.holder_of(ledger) is None   # but nobody holds its lock
    start = time.monotonic()
    result = cli("import", csv_path, "--db", ledger, "--wait", "0")
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert time.monotonic() - start < 10
    assert movements(ledger) == 1
    assert not writer_lock.lock_path(ledger).exists()  # a holder that ends normally removes its file


def test_a_waiting_import_goes_ahead_when_the_holder_is_done(held, ledger, tmp_path):
    csv_path = write_csv(tmp_path / "in.csv", [ROW])
    waiting = subprocess.Popen([sys.executable, "-m", "ree_desk", "import", str(csv_path), "--db", str(ledger),
                                "--wait", "60"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               encoding="utf-8")
    first = waiting.stderr.readline()
    assert first.startswith("ree-desk: waiting for the database, held by 张三")
    assert movements(ledger) == 0
    held.release()
    out, err = waiting.communicate(timeout=60)
    assert (waiting.returncode, out, err) == (0, "imported 1 movements from in.csv\n", "")
    assert movements(ledger) == 1


def test_every_writing_command_waits(held, ledger):
    commands = [
        ["quota", "add", "--year", "2026", "--kind", "separation", "--tonnes", "1"],
        ["reverse", "1", "--reason", "x"],
        ["material", "add", "--code", "X-OX", "--name-zh", "某", "--name-en", "X", "--category", "product",
         "--group", "light", "--grade", "99", "--hs", "2846901900"],
        ["report", "--month", "2026-01"],
        ["month", "reopen", "--month", "2026-01", "--reason", "x"],
        ["backup"],
    ]
    for argv in commands:
        result = cli(*argv, "--db", ledger, "--wait", "0")
        assert result.returncode == 1, argv
        assert result.stderr.startswith("ree-desk: ledger.sqlite3 is being written by 张三"), (argv, result.stderr)


def test_wait_must_be_a_number_of_seconds(ledger):
    result = cli("import", "x.csv", "--db", ledger, "--wait", "-1")
    assert result.returncode == 2 and "expected a number of seconds" in result.stderr


def test_a_demo_being_written_is_not_replaced_under_it(tmp_path):
    path = tmp_path / "demo.sqlite3"
    assert cli("demo", "--db", path, "--movements", "100", "--end", "2026-03-31").returncode == 0
    holder = Holder(path)
    try:
        result = cli("demo", "--db", path, "--movements", "100", "--force", "--wait", "0")
        assert result.returncode == 1 and "is being written by 张三" in result.stderr
        assert movements(path) > 0
    finally:
        holder.release()


# ------------------------------------------------------------------------ store


def test_a_program_that_writes_holds_the_database(db, db_path):
    note = writer_lock.holder_of(db_path)
    assert note["pid"] == os.getpid() and note["host"] == socket.gethostname()
    result = cli("quota", "add", "--db", db_path, "--year", "2026", "--kind", "separation", "--tonnes", "1",
                 "--wait", "0")
    assert result.returncode == 1 and f"(process {os.getpid()}, " in result.stderr


def test_opening_for_writing_while_held_raises_who_holds_it(held, ledger):
    start = time.monotonic()
    with pytest.raises(DatabaseBusy) as raised:
        open_database(ledger, wait=0.5)
    assert time.monotonic() - start >= 0.5
    busy = raised.value
    assert busy.holder["pid"] == held.pid and busy.holder["user"] == "张三"
    assert busy.holder["program"] == "ree-desk import"
    assert str(busy).startswith("ledger.sqlite3 is being written by 张三 on host ")


def test_waiting_is_said_once_and_can_be_cancelled(held, ledger):
    told, asked = [], []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= 3

    start = time.monotonic()
    with pytest.raises(DatabaseBusy):
        open_database(ledger, wait=30, on_wait=told.append, cancelled=cancelled)
    assert time.monotonic() - start < 5
    assert [t["pid"] for t in told] == [held.pid]


def test_read_only_refuses_every_write_and_writes_nothing(held, ledger):
    db = open_database(ledger, access="read")
    try:
        assert db.read_only and db.holder["pid"] == held.pid
        with pytest.raises(StoreError) as raised:
            quotas.add_allocation(db, year=2026, kind="separation", tonnes="1", batch=None, scope="any",
                                  document=None, user="t")
        assert str(raised.value).startswith("ledger.sqlite3 is open for reading only: 张三 on host ")
        assert str(raised.value).endswith("was writing it when it was opened; nothing was written")
        with pytest.raises(StoreError), db.write() as conn:
            conn.exec_driver_sql("DELETE FROM quota_allocation")
        assert quotas.quota_status(db, 2026) is not None  # reading goes on
    finally:
        db.close()
    with sqlite3.connect(ledger) as con:
        assert con.execute("SELECT count(*) FROM quota_allocation").fetchone()[0] == 0
    assert writer_lock.holder_of(ledger)["pid"] == held.pid  # closing a reader released nothing


def test_read_only_with_nobody_writing_still_refuses_writes(ledger):
    db = open_database(ledger, access="read")
    try:
        assert db.read_only and db.holder is None
        with pytest.raises(StoreError, match=r"^ledger.sqlite3 is open for reading only; nothing was written$"):
            with db.write():
                pass
    finally:
        db.close()
    assert not writer_lock.lock_path(ledger).exists()  # a reader makes no lock file


def test_one_process_opening_twice_is_one_writer(ledger):
    first = open_database(ledger)
    second = open_database(ledger)
    first.close()
    # the second still holds it for this process: another process is refused
    result = cli("quota", "add", "--db", ledger, "--year", "2026", "--kind", "separation", "--tonnes", "1",
                 "--wait", "0")
    assert result.returncode == 1
    with second.write() as conn:
        conn.exec_driver_sql("SELECT 1")
    second.close()
    second.close()  # closing twice releases once
    assert writer_lock.holder_of(ledger) is None and not writer_lock.lock_path(ledger).exists()


def test_a_lock_file_left_with_rubbish_in_it_is_taken_over(ledger):
    writer_lock.lock_path(ledger).write_bytes(b'{"user": "\xff half')
    db = open_database(ledger)
    try:
        assert writer_lock.holder_of(ledger)["pid"] == os.getpid()
        assert json.loads(writer_lock.lock_path(ledger).read_text(encoding="utf-8"))["pid"] == os.getpid()
    finally:
        db.close()


# Holds the lock file itself but writes no note, as a holder between taking
# the lock and writing who it is.
SILENT_HOLDER = """
import fcntl, os, sys
fd = os.open(sys.argv[1] + ".lock", os.O_RDWR | os.O_CREAT, 0o666)
fcntl.flock(fd, fcntl.LOCK_EX)
print("held", flush=True)
sys.stdin.read()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="the silent holder uses flock")
def test_a_holder_whose_note_is_empty_is_still_a_holder(ledger):
    holder = Holder(ledger, SILENT_HOLDER)
    try:
        assert writer_lock.holder_of(ledger) == {}
        with pytest.raises(DatabaseBusy, match=r"being written by another program \(who, could not be read\)"):
            open_database(ledger)
        db = open_database(ledger, access="read")
        assert db.holder == {}
        db.close()
    finally:
        holder.release()


def test_a_new_database_is_held_from_its_creation(tmp_path):
    path = tmp_path / "new.sqlite3"
    db = create_database(path)
    try:
        assert writer_lock.holder_of(path)["pid"] == os.getpid()
    finally:
        db.close()
    assert writer_lock.holder_of(path) is None


# Holds an old database's lock without opening (and so migrating) it.
LOCK_ONLY = """
import sys
from ree_desk.store import writer_lock
lock = writer_lock.try_acquire(sys.argv[1], {"program": "ree-desk import", "user": "张三"})
print("held" if lock else "refused", flush=True)
sys.stdin.read()
"""


def test_an_old_database_is_brought_up_to_date_only_by_a_writer(tmp_path):
    path = tmp_path / "old.sqlite3"
    create_database(path, revision="0001").close()
    holder = Holder(path, LOCK_ONLY)
    try:
        with pytest.raises(StoreError, match=r"^old.sqlite3 needs its schema brought up to date \(0001 to \w+\), "
                                             r"which cannot be done while 张三 on host .* is writing it"):
            open_database(path, access="read")
    finally:
        holder.release()
    db = open_database(path, access="read")  # nobody writing: brought up to date, then read-only
    try:
        assert db.read_only and db.revision() != "0001"
    finally:
        db.close()
    assert writer_lock.holder_of(path) is None


# Holds the database and forks a second process that outlives it, as the
# report's and the import's second processes could if their parent is killed.
FORKING_HOLDER = """
import os, sys, time
from ree_desk.store.database import open_database

db = open_database(sys.argv[1])
child = os.fork()
if child == 0:
    time.sleep(60)
    os._exit(0)
print(child, flush=True)
sys.stdin.read()
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")
def test_a_killed_holders_second_process_does_not_keep_the_lock(ledger):
    proc = subprocess.Popen([sys.executable, "-c", FORKING_HOLDER, str(ledger)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    child = int(proc.stdout.readline())
    try:
        proc.kill()
        proc.wait(timeout=30)
        result = cli("quota", "add", "--db", ledger, "--year", "2026", "--kind", "separation", "--tonnes", "1",
                     "--wait", "0")
        assert (result.returncode, result.stderr) == (0, "")
    finally:
        os.kill(child, signal.SIGKILL)
        proc.stdin.close()
