"""A full disk or a read-only folder during an import or a backup: one clear
line, exit 1, and the database as it was.

A full disk is made three ways: a small file system mounted on a loop
device, else a small tmpfs (both need the right to mount; without it those
tests are skipped), and always a child process whose files may not grow
past a limit (RLIMIT_FSIZE), which the disk reports like a full one. A
read-only folder is a folder without write permission; the superuser, who
ignores permissions, runs the command without that power.
"""
from __future__ import annotations

import ctypes
import errno
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CREDIT_CODE, ENTERPRISE, write_csv
from ree_desk.services.backups import make_backup
from ree_desk.services.importer import import_file
from ree_desk.services.setup import init_database
from ree_desk.store import disk
from ree_desk.store.database import open_database

# The database file itself: its copies, its lock, its disk.
pytestmark = pytest.mark.file_only

ROWS = 20000


# ---------------------------------------------------------------- the means

def file_size_limit(limit: int):
    """For a child: files it writes may not grow past ``limit`` bytes."""
    import resource

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def _permissions_obeyed() -> None:
    """For a child of the superuser: drop the powers to ignore file
    permissions, so that a folder without write permission stops it too."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2, 3):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "cannot drop a capability")


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def _no_write_permission(folder: Path) -> None:
    for path in folder.iterdir():
        path.chmod(0o444)
    folder.chmod(0o555)


def _write_permission(folder: Path) -> None:
    folder.chmod(0o755)
    for path in folder.iterdir():
        path.chmod(0o644)


@pytest.fixture
def read_only(tmp_path):
    """(make a folder and its files read-only, what a child runs first to feel it)."""
    if os.geteuid() != 0:
        yield _no_write_permission, None
        return
    probe = tmp_path / "probe"
    probe.mkdir(mode=0o555)
    try:
        refused = subprocess.run([sys.executable, "-c", f"open({str(probe / 'x')!r}, 'w')"],
                                 preexec_fn=_permissions_obeyed, capture_output=True).returncode != 0
    except (OSError, subprocess.SubprocessError):
        refused = False
    if refused:
        yield _no_write_permission, _permissions_obeyed
        return

    def bind_read_only(folder: Path) -> None:
        if not (_mount("--bind", str(folder), str(folder)) and _mount("-o", "remount,ro,bind", str(folder))):
            pytest.skip("cannot make a folder read-only here: the superuser may neither drop its powers nor mount")
        mounted.append(folder)

    mounted: list[Path] = []
    yield bind_read_only, None
    for folder in mounted:
        subprocess.run(["umount", str(folder)], capture_output=True)


@pytest.fixture
def small_disk(tmp_path):
    """A small file system of its own (ext4 on a loop device, else tmpfs),
    or the test is skipped."""
    where = tmp_path / "disk"
    where.mkdir()
    image = tmp_path / "disk.img"
    with open(image, "wb") as fh:
        fh.truncate(20 * 2**20)
    made = subprocess.run(["mkfs.ext4", "-q", "-m", "0", str(image)], capture_output=True).returncode == 0
    if not (made and _mount("-o", "loop", str(image), str(where))) and not _mount(
            "-t", "tmpfs", "-o", "size=20m", "tmpfs", str(where)):
        pytest.skip("mounting a small file system is refused here (no privilege to mount)")
    yield where
    subprocess.run(["umount", str(where)], capture_output=True)


def fill(folder: Path, leave: int) -> None:
    """Fill the file system of ``folder`` to the last block, then give back ``leave`` bytes."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 2**20)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    os.truncate(filler, max(filler.stat().st_size - leave, 0))


# ----------------------------------------------------------------- helpers

def ree_desk(*args: str, preexec=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ree_desk", *args], capture_output=True, text=True, timeout=300,
                          preexec_fn=preexec)


def new_ledger(path: Path, rows: int = 50) -> Path:
    db = init_database(path, enterprise=ENTERPRISE, credit_code=CREDIT_CODE, user="t")
    try:
        if rows:
            import_file(db, movement_file(path.parent.parent / "first.csv", rows, "F"), user="t")
    finally:
        db.close()
    return path


def movement_file(path: Path, rows: int, prefix: str) -> Path:
    if not path.exists():
        write_csv(path, [{"date": "2026-06-01", "type": "RECEIPT", "material": "CONC-BAST", "lot": f"{prefix}{i}",
                          "mass_kg": "1000.5", "grade_pct": "60", "origin": "CN",
                          "counterparty": "包头稀土供应商有限公司", "invoice_no": f"INV-{i:08d}"}
                         for i in range(rows)])
    return path


def movements(path: Path) -> int:
    raw = sqlite3.connect(path)
    try:
        return raw.execute("SELECT count(*) FROM movement").fetchone()[0]
    finally:
        raw.close()


def assert_as_it_was(db: Path, count: int) -> None:
    verified = ree_desk("verify", "--db", str(db))
    assert verified.returncode == 0, verified.stderr
    assert movements(db) == count


def assert_one_line(result: subprocess.CompletedProcess, line: str) -> None:
    assert result.returncode == 1
    assert result.stderr == f"ree-desk: {line}\n"


# -------------------------------------------------------------- the import

def test_an_import_that_fills_the_disk_writes_nothing(tmp_path):
    db = new_ledger(tmp_path / "plant" / "ledger.sqlite3")
    before = movements(db)
    big = movement_file(tmp_path / "june.csv", ROWS, "J")
    limit = db.stat().st_size + 2**20  # the import needs several MB more
    failed = ree_desk("import", str(big), "--db", str(db), preexec=file_size_limit(limit))
    assert_one_line(failed, "the disk holding ledger.sqlite3 is full; nothing was written")
    assert_as_it_was(db, before)


def test_an_import_on_a_full_small_disk_writes_nothing(tmp_path, small_disk):
    db = new_ledger(small_disk / "ledger.sqlite3")
    before = movements(db)
    fill(small_disk, leave=400 * 2**10)
    failed = ree_desk("import", str(movement_file(tmp_path / "june.csv", ROWS, "J")), "--db", str(db))
    assert_one_line(failed, "the disk holding ledger.sqlite3 is full; nothing was written")
    assert_as_it_was(db, before)


def test_an_import_into_a_read_only_folder_writes_nothing(tmp_path, read_only):
    make_read_only, preexec = read_only
    db = new_ledger(tmp_path / "plant" / "ledger.sqlite3")
    before = movements(db)
    make_read_only(db.parent)
    failed = ree_desk("import", str(movement_file(tmp_path / "june.csv", ROWS, "J")), "--db", str(db),
                      preexec=preexec)
    assert_one_line(failed, f"cannot write in {db.parent} (read-only); nothing was written")
    _write_permission(db.parent)
    assert_as_it_was(db, before)


# -------------------------------------------------------------- the backup

def backup_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_backup_to_a_disk_that_fills_leaves_no_file(tmp_path):
    db = new_ledger(tmp_path / "plant" / "ledger.sqlite3", rows=3000)
    before = movements(db)
    folder = tmp_path / "copies"
    failed = ree_desk("backup", "--db", str(db), "--dir", str(folder), preexec=file_size_limit(db.stat().st_size // 2))
    assert_one_line(failed, f"the disk holding {folder} is full; nothing was written")
    assert backup_files(folder) == []
    assert_as_it_was(db, before)


def test_a_backup_to_a_full_small_disk_leaves_no_file(tmp_path, small_disk):
    db = new_ledger(tmp_path / "plant" / "ledger.sqlite3", rows=3000)
    fill(small_disk, leave=64 * 2**10)
    failed = ree_desk("backup", "--db", str(db), "--dir", str(small_disk))
    assert_one_line(failed, f"the disk holding {small_disk} is full; nothing was written")
    assert backup_files(small_disk) == [n for n in ("filler", "lost+found") if (small_disk / n).exists()]
    assert_as_it_was(db, 3000)


def test_a_backup_to_a_read_only_folder_leaves_no_file(tmp_path, read_only):
    make_read_only, preexec = read_only
    db = new_ledger(tmp_path / "plant" / "ledger.sqlite3")
    folder = tmp_path / "copies"
    folder.mkdir()
    make_read_only(folder)
    failed = ree_desk("backup", "--db", str(db), "--dir", str(folder), preexec=preexec)
    assert_one_line(failed, f"cannot write in {folder} (read-only); nothing was written")
    assert backup_files(folder) == []
    _write_permission(folder)
    assert_as_it_was(db, 50)


def test_a_restore_onto_a_disk_that_fills_changes_nothing(tmp_path):
    db = new_ledger(tmp_path / "plant" / "ledger.sqlite3", rows=3000)
    held = open_database(db)
    try:
        copy = make_backup(held, user="t", reason="asked for").path
        import_file(held, movement_file(tmp_path / "june.csv", 100, "J"), user="t")
    finally:
        held.close()
    listing = backup_files(db.parent)
    failed = ree_desk("restore", str(copy), "--db", str(db), preexec=file_size_limit(copy.stat().st_size // 2))
    assert_one_line(failed, "the disk holding ledger.sqlite3 is full; nothing was written")
    assert backup_files(db.parent) == listing
    assert_as_it_was(db, 3100)


# ------------------------------------------------------- the words for it

@pytest.mark.parametrize("exc, said", [
    (OSError(errno.ENOSPC, "No space left on device"), "the disk holding ledger.sqlite3 is full; nothing was written"),
    (OSError(errno.EFBIG, "File too large"), "the disk holding ledger.sqlite3 is full; nothing was written"),
    (OSError(errno.EROFS, "Read-only file system"), "cannot write in /plant (read-only); nothing was written"),
    (OSError(errno.EACCES, "Permission denied"), "cannot write in /plant (read-only); nothing was written"),
    (sqlite3.OperationalError("database or disk is full"),
     "the disk holding ledger.sqlite3 is full; nothing was written"),
    (sqlite3.OperationalError("attempt to write a readonly database"),
     "cannot write in /plant (read-only); nothing was written"),
])
def test_what_the_system_says_is_said_plainly(exc, said):
    found = disk.storage_error(exc, Path("/plant/ledger.sqlite3"))
    assert str(found) == said
    assert isinstance(found, disk.DiskFull if "full" in said else disk.FolderReadOnly)


def test_other_errors_are_left_as_they_are():
    assert disk.storage_error(OSError(errno.ENOENT, "No such file"), Path("/plant/ledger.sqlite3")) is None
    assert disk.storage_error(sqlite3.OperationalError("no such table: x"), Path("/plant/ledger.sqlite3")) is None

