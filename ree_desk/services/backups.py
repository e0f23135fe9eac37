"""Copies of the ledger kept beside it, and in a second place.

A copy is made when asked for, on the first start of the program each day,
and before a month is closed. Each is a complete database file, read back
and checked before it takes its name, so a backup that exists is one that
opens: ``ree-desk restore`` (or Settings) puts one back. The newest
``KEEP`` copies are kept.

A second place (a folder on a USB disk or a network share, the setting
``backup.second_dir``) gets a copy of each copy whenever it can be reached:
a fire or a dead disk then does not take the ledger and its copies
together. A second place out of reach does not stop the copy beside the
ledger; the audit trail and the caller are told.

A ledger on the plant's server is copied the same way, into a file: the
workstation that makes the copy keeps it in its own data folder (a
``server-copies`` folder named after the server's database), and the copy
opens as any ledger file does.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, insert, select

from ree_desk.domain.accounts.roles import SECOND_PLACE, Permission
from ree_desk.paths import user_data_dir
from ree_desk.services.accounts import require
from ree_desk.services.posting import audit
from ree_desk.store import disk, sqlite
from ree_desk.store.database import Database, StoreError
from ree_desk.store.tables import setting_table

KEEP = 30
DAILY = dt.timedelta(hours=20)  # "once a day" for a plant that starts the program each morning
SECOND_DIR = "backup.second_dir"
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: dt.datetime
    size: int
    second: Path | None = None  # the copy in the second place, when one was made
    second_problem: str | None = None  # why the second place has no copy this time


def backup_folder(db_path: Path) -> Path:
    """Beside the database: ``ledger.sqlite3`` keeps its copies in ``ledger-backups/``."""
    return db_path.with_name(f"{db_path.stem}-backups")


def list_backups(db_path: Path, folder: Path | None = None) -> list[Backup]:
    """The copies of this database in ``folder``, newest first."""
    folder = folder or backup_folder(db_path)
    pattern = re.compile(rf"{re.escape(db_path.stem)}-(\d{{8}}-\d{{6}})(?:-(\d+))?\.sqlite3")
    found = []
    try:
        names = list(folder.glob(f"{db_path.stem}-*.sqlite3")) if folder.is_dir() else []
    except OSError:  # a share that went away while it was read
        names = []
    for path in names:
        match = pattern.fullmatch(path.name)
        if match:
            made_at = dt.datetime.strptime(match[1], _STAMP)
            found.append((made_at, int(match[2] or 1), Backup(path, made_at, path.stat().st_size)))
    return [backup for *_key, backup in sorted(found, key=lambda f: f[:2], reverse=True)]


def backup_due(db_path: Path, now: dt.datetime | None = None, folder: Path | None = None) -> bool:
    backups = list_backups(db_path, folder)
    now = now or dt.datetime.now()
    return not backups or now - backups[0].made_at >= DAILY


def copies_key(db: Database) -> Path:
    """The file whose name the copies of ``db`` take and beside which they
    are kept: the database file, or for a server's database a file of that
    name in this workstation's data folder (never made itself)."""
    if not db.on_server:
        return db.path
    safe = re.sub(r"[^\w.-]+", "_", db.name.replace(" on ", "@")).strip("_")
    return user_data_dir() / "server-copies" / f"{safe}.sqlite3"


def _copy_database(db: Database, target: Path) -> None:
    if db.on_server:
        from ree_desk.services.ledger_copy import copy_into  # reads the whole ledger: only when asked

        copy_into(db, target)
    else:
        sqlite.backup_copy(db.path, target)


# ------------------------------------------------------------ second place

def second_folder(db: Database) -> Path | None:
    """The second place for copies, if one is set."""
    with db.read() as conn:
        value = conn.execute(select(setting_table.c.value).where(setting_table.c.key == SECOND_DIR)).scalar()
    return Path(value) if value else None


def set_second_folder(db: Database, folder: Path | None, *, user: str) -> Path | None:
    """Remember ``folder`` (made if missing) as the second place, or forget
    it (None); recorded in the audit trail. Returns the folder remembered."""
    user = require(db, Permission.SETTINGS, user, doing=SECOND_PLACE)
    if folder is not None:
        folder = Path(folder).expanduser().absolute()
        if backup_folder(copies_key(db)).absolute() == folder:
            raise StoreError(f"{folder} is where the copies are kept already; choose a folder on another disk")
        with disk.writing(folder, where=str(folder)):
            folder.mkdir(parents=True, exist_ok=True)
    with db.write() as conn:
        conn.execute(delete(setting_table).where(setting_table.c.key == SECOND_DIR))
        if folder is not None:
            conn.execute(insert(setting_table).values(key=SECOND_DIR, value=str(folder)))
        audit(conn, user, "setting", {"key": SECOND_DIR, "value": str(folder) if folder else None})
    return folder


def unreachable(folder: Path) -> str | None:
    """Why copies cannot go to ``folder`` now (a disk not plugged in, a share
    not mounted, no permission), as a sentence, or None when they can."""
    why = why_unreachable(folder)
    return None if why is None else f"the second place for copies, {folder}, was not reachable ({why})"


def why_unreachable(folder: Path) -> str | None:
    """``unreachable`` in a few words: "it does not exist", …"""
    try:
        if not folder.exists():
            return "it does not exist"
        if not folder.is_dir():
            return "it is not a folder"
        if not os.access(folder, os.W_OK):
            return "it cannot be written"
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


# ------------------------------------------------------------------ copies

def make_backup(db: Database, *, user: str, reason: str, folder: Path | None = None, keep: int = KEEP,
                now: dt.datetime | None = None, second: Path | None = None) -> Backup:
    """Copy the database (a consistent snapshot, even while it is in use),
    check the copy, keep the newest ``keep`` and record it in the audit log.

    The copy goes to ``folder`` (default: beside the database) and, when it
    can be reached, to the second place (``second``, default: the one set).
    A full disk or a read-only folder raises ``DiskFull`` or
    ``FolderReadOnly`` and leaves no file behind.
    """
    if keep < 1:
        raise ValueError("keep at least one backup")
    user = require(db, Permission.BACKUP, user)
    key = copies_key(db)
    folder = folder or backup_folder(key)
    second = second or second_folder(db)
    now = (now or dt.datetime.now()).replace(microsecond=0)
    with disk.writing(folder, where=str(folder)):
        folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, f"{key.stem}-{now.strftime(_STAMP)}")
    _write_checked(folder, target, lambda partial: _copy_database(db, partial), db.name)
    _keep_newest(key, folder, keep)
    detail: dict = {"file": str(target), "reason": reason}
    second_copy, second_problem = None, None
    if second is not None and Path(second).absolute() != folder.absolute():
        second_copy, second_problem = _copy_to_second(key, target, Path(second), keep)
        detail.update({"second_file": str(second_copy)} if second_copy else {"second_skipped": second_problem})
    with db.write() as conn:
        audit(conn, user, "backup", detail)
    return Backup(target, now, target.stat().st_size, second_copy, second_problem)


def _copy_to_second(db_path: Path, first: Path, folder: Path, keep: int) -> tuple[Path | None, str | None]:
    """(the copy made there, None) or (None, why not): never raises for the
    second place, whose absence must not cost the first copy."""
    problem = unreachable(folder)
    if problem is not None:
        return None, problem
    target = _free_name(folder, first.stem)
    try:
        _write_checked(folder, target, lambda partial: shutil.copyfile(first, partial), first.name)
        _keep_newest(db_path, folder, keep)
    except (StoreError, OSError) as exc:
        return None, f"no copy could be made in the second place for copies, {folder}: {exc}"
    return target, None


def _write_checked(folder: Path, target: Path, write, name: str) -> None:
    """``write(partial)``, then read the partial file back and check it, make
    it durable, and only then give it its name; a failure leaves nothing."""
    partial = folder / f".{target.name}.part"
    try:
        with disk.writing(partial, where=str(folder)):
            write(partial)
            problem = sqlite.check_copy(partial)
            if problem is not None:
                raise StoreError(f"the copy of {name} did not read back as a sound database ({problem})")
            with partial.open("rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, target)
            sqlite.fsync_folder(folder)
    finally:
        partial.unlink(missing_ok=True)


def _keep_newest(db_path: Path, folder: Path, keep: int) -> None:
    for old in list_backups(db_path, folder)[keep:]:
        old.path.unlink(missing_ok=True)


def _free_name(folder: Path, stem: str) -> Path:
    target = folder / f"{stem}.sqlite3"
    number = 2
    while target.exists():  # two copies within a second
        target = folder / f"{stem}-{number}.sqlite3"
        number += 1
    return target
