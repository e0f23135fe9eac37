"""Putting a copy back in place of the database.

Nothing changes until the copy has proved itself. It must be an SQLite file
with a schema this program knows (an older one is brought up to date when
the restored database is opened, as opening any database does) and the
tables of REE Desk. It is then copied into the database's folder under a
temporary name, and that file is checked: SQLite's integrity check, the
same schema and movements as the copy, and ``verify_ledger`` (the hash
chains, each posting against its audit event, the stored closing balances).

Only then is the database in use set aside, renamed to
``<stem>.replaced-<time>.sqlite3`` and kept, and the checked file renamed
into its place; a rename within one folder is atomic, so the database file
is at every moment either the old ledger or the restored one. The restore
is recorded in the restored database's audit trail.

The copy itself is only read, never written: it may sit on a
write-protected stick.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from sqlalchemy import func, inspect, select, text
from sqlalchemy.exc import DBAPIError

from ree_desk.domain.accounts.roles import RESTORE, Actor, Permission
from ree_desk.domain.ledger.chain import GENESIS
from ree_desk.services.accounts import require
from ree_desk.services.posting_rows import audit
from ree_desk.services.verify import verify_ledger
from ree_desk.store import disk, queries, sqlite
from ree_desk.store.database import Database, StoreError, head_revision, known_revisions, open_database
from ree_desk.store.tables import audit_event_table, enterprise_table, movement_table

# (stage, done, total): "copy" (pages), then verify's "movements" and "balances"
Progress = Callable[[str, int, int], None]
# What every REE Desk database has held since its first schema.
TABLES = frozenset({"enterprise", "material", "run", "lot", "posting", "movement", "movement_origin",
                    "quota_allocation", "month_close", "closing_balance", "audit_event"})
_STAMP = "%Y%m%d-%H%M%S"
_STAMPED = re.compile(r"(\d{8}-\d{6})")
_SIDE_FILES = ("-wal", "-shm", "-journal")


class RestoreRefused(StoreError):
    """The copy is not put in place; the message names the first reason."""


@dataclass(frozen=True)
class CopyInfo:
    path: Path
    made_at: dt.datetime  # from its name (``ledger-20261128-080000``), else when the file was written
    enterprise: str
    credit_code: str
    movements: int
    head: str | None  # the movement chain's head; None before the schema kept a chain
    revision: str
    last_event_at: dt.datetime | None  # the newest entry of its audit trail
    size: int

    @property
    def chained(self) -> bool:
        return self.head is not None

    def as_json(self) -> dict:
        return {"file": str(self.path), "made_at": self.made_at.isoformat(sep=" "), "enterprise": self.enterprise,
                "credit_code": self.credit_code, "movements": self.movements, "head": self.head,
                "schema": self.revision, "bytes": self.size}


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    copy: CopyInfo
    replaced: Path | None  # the database that was in use, kept; None if there was none
    migrated: bool  # the copy's schema was brought up to date


def _refuse(copy: Path, why: str) -> RestoreRefused:
    return RestoreRefused(f"cannot restore from {copy}: {why}; nothing was changed")


def describe_copy(copy: Path, database: Path | None = None) -> CopyInfo:
    """What a copy holds, read without changing it; ``RestoreRefused`` if it
    is no REE Desk database this program can put in place of ``database``."""
    copy = Path(copy).absolute()
    if not copy.is_file():
        raise _refuse(copy, "there is no such file")
    if database is not None and Path(database).exists() and os.path.samefile(copy, database):
        raise _refuse(copy, "it is the database itself")
    if not sqlite.is_database_file(copy):
        raise _refuse(copy, "it is not an SQLite database file")
    engine = sqlite.read_only_engine(copy)
    try:
        with engine.connect() as conn:
            return _described(copy, conn)
    except DBAPIError as exc:
        raise _refuse(copy, f"it is damaged ({exc.orig})") from exc
    finally:
        engine.dispose()


def _described(copy: Path, conn) -> CopyInfo:
    seen = inspect(conn)
    tables = set(seen.get_table_names())
    if "alembic_version" not in tables:
        raise _refuse(copy, "not a REE Desk database: it has no schema version")
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if revision not in known_revisions():
        raise _refuse(copy, f"it was written by a newer REE Desk (schema {revision}); this program knows "
                            f"schemas up to {head_revision()}")
    missing = sorted(TABLES - tables)
    if missing:
        raise _refuse(copy, f"not a REE Desk database: it has no {missing[0]} table")
    chained = any(column["name"] == "chain" for column in seen.get_columns("movement"))
    profile = conn.execute(select(enterprise_table.c.name, enterprise_table.c.credit_code)).first()
    movements = conn.execute(select(func.count()).select_from(movement_table)).scalar() or 0
    head = (queries.chain_head(conn) or GENESIS) if chained else None
    last_event = conn.execute(select(func.max(audit_event_table.c.at))).scalar()
    stamped = _STAMPED.search(copy.name)
    made_at = (dt.datetime.strptime(stamped[1], _STAMP) if stamped else
               dt.datetime.fromtimestamp(copy.stat().st_mtime).replace(microsecond=0))
    return CopyInfo(copy, made_at, profile.name if profile else "", profile.credit_code if profile else "",
                    movements, head, revision, last_event, copy.stat().st_size)


def restore_database(database: Path, copy: Path, *, user: str, progress: Progress | None = None,
                     now: dt.datetime | None = None, wait: float = 0.0,
                     on_wait: Callable[[dict | None], None] | None = None, actor: Actor | None = None,
                     sign_in: Callable[[Database], None] | None = None) -> RestoreResult:
    """Replace ``database`` by a checked ``copy``, keeping the replaced file.

    Refused (``RestoreRefused``, nothing changed) when the copy fails a
    check or the database is open in another program; ``DatabaseBusy``
    when another program writing it holds it still after ``wait`` seconds
    (``on_wait(holder)`` when waiting starts). A full disk or a read-only
    folder raises ``DiskFull`` or ``FolderReadOnly``, also with nothing
    changed.
    """
    database, copy = Path(database).absolute(), Path(copy).absolute()
    info = describe_copy(copy, database)
    folder = database.parent
    with disk.writing(folder, where=str(folder)):
        folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or dt.datetime.now()).strftime(_STAMP)
    checked = folder / f".{database.stem}.restoring-{stamp}{database.suffix}"
    holder = _hold(database, wait, on_wait)
    try:
        if holder is not None:
            # Replacing the whole ledger is a setting of the database it
            # replaces: an administrator's, when it has accounts. A database
            # that cannot be opened has nobody to ask.
            holder.actor = actor
            if sign_in is not None:
                sign_in(holder)
            user = require(holder, Permission.SETTINGS, user, doing=RESTORE)
            holder.engine.dispose()
        try:
            _copy_in(info, checked, database.name, progress)
            _check_again(info, checked, database.name, progress)
            replaced = _swap(database, checked, info, stamp)
        finally:
            _remove(checked)
        return _record(database, replaced, info, user)
    finally:
        if holder is not None:
            holder.close()


def _hold(database: Path, wait: float, on_wait) -> Database | None:
    """The database in use, held with its writer lock until the restore is
    recorded (another program writing it refuses the restore), its
    connections closed so that the file can be set aside; None when no REE
    Desk program could have it open (missing, not REE Desk, damaged or newer)."""
    if not database.exists() or not sqlite.is_database_file(database):
        return None
    try:
        conn = sqlite.open_read_only(database)
        try:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    if revision is None or revision[0] not in known_revisions():
        return None
    held = open_database(database, migrate=False, wait=wait, on_wait=on_wait)
    held.engine.dispose()
    return held


def _copy_in(info: CopyInfo, target: Path, name: str, progress: Progress | None) -> None:
    source = sqlite.open_read_only(info.path)
    try:
        with disk.writing(target, where=name):
            sqlite.copy_from(source, target, None if progress is None else
                             (lambda done, total: progress("copy", done, total)))
    except sqlite3.DatabaseError as exc:  # a page that cannot be read: a damaged or cut-off copy
        raise _refuse(info.path, f"it is damaged ({exc})") from exc
    finally:
        source.close()


def _check_again(info: CopyInfo, checked: Path, name: str, progress: Progress | None) -> None:
    """The copy as it now lies beside the database, read back whole."""
    problem = sqlite.check_copy(checked)
    if problem is not None:
        raise _refuse(info.path, f"it is damaged ({problem})")
    again = describe_copy(checked)
    if (again.revision, again.movements, again.head) != (info.revision, info.movements, info.head):
        raise _refuse(info.path, "it changed while it was read")
    if info.chained:
        db = Database(checked)
        try:
            report = verify_ledger(db, progress)
        finally:
            db.close()
        if not report.ok:
            raise _refuse(info.path, f"it does not verify: {report.problems[0]}")
    with disk.writing(checked, where=name), checked.open("rb+") as handle:
        os.fsync(handle.fileno())


def _swap(database: Path, checked: Path, info: CopyInfo, stamp: str) -> Path | None:
    folder = database.parent
    if not database.exists():
        with disk.writing(database, where=database.name):
            os.replace(checked, database)
            sqlite.fsync_folder(folder)
        return None
    if sqlite.is_database_file(database):
        try:
            sqlite.take_out_of_use(database)
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise _refuse(info.path, f"{database.name} is open in another program; close it there first") \
                    from exc
            # a damaged database: set aside as it is, with its log beside it
        except sqlite3.DatabaseError:
            pass
    replaced = _free_name(folder, f"{database.stem}.replaced-{stamp}", database.suffix)
    moved: list[tuple[Path, Path]] = []
    try:
        with disk.writing(replaced, where=database.name):
            for suffix in ("",) + _SIDE_FILES:
                source = database.with_name(database.name + suffix)
                if source.exists():
                    os.rename(source, replaced.with_name(replaced.name + suffix))
                    moved.append((source, replaced.with_name(replaced.name + suffix)))
            os.replace(checked, database)
            sqlite.fsync_folder(folder)
    except BaseException:
        for source, aside in reversed(moved):
            if aside.exists():
                os.replace(aside, source)
        raise
    return replaced


def _record(database: Path, replaced: Path | None, info: CopyInfo, user: str) -> RestoreResult:
    """Open the restored database as the program opens any (bringing an
    older schema up to date) and record the restore in its audit trail; if
    that fails, the replaced database is put back."""
    try:
        db = open_database(database)
        try:
            with db.write() as conn:
                audit(conn, user, "restore", {
                    "copy": str(info.path), "replaced": str(replaced) if replaced else None,
                    "copy_made_at": info.made_at.isoformat(sep=" "), "movements": info.movements,
                    "head": info.head, "schema": info.revision})
        finally:
            db.close()
    except BaseException:
        _remove(database)
        if replaced is not None:
            for suffix in ("",) + _SIDE_FILES:
                aside = replaced.with_name(replaced.name + suffix)
                if aside.exists():
                    os.replace(aside, database.with_name(database.name + suffix))
        raise
    return RestoreResult(database, info, replaced, info.revision != head_revision())


def _remove(path: Path) -> None:
    for suffix in ("",) + _SIDE_FILES:
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    target = folder / f"{stem}{suffix}"
    number = 2
    while target.exists():  # two restores within a second
        target = folder / f"{stem}-{number}{suffix}"
        number += 1
    return target
