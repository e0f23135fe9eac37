"""Everything that only SQLite understands, kept in one place so that a
PostgreSQL store needs its own version of this module and nothing else."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Callable

from sqlalchemy import case, event, func, null
from sqlalchemy.engine import Engine

# Ledger tables are append-only. The application never updates or deletes
# them; these triggers make sure nothing else does either, raw SQL included.
APPEND_ONLY_TABLES = ("movement", "movement_origin", "posting", "audit_event")
IMMUTABLE_MESSAGE = "REE Desk: posted records cannot be changed or deleted; post a reversal instead"
CLOSED_MONTH_MESSAGE = "REE Desk: the month of this movement is closed"


def immutability_triggers() -> list[str]:
    ddl = []
    for table in APPEND_ONLY_TABLES:
        for action in ("UPDATE", "DELETE"):
            ddl.append(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{IMMUTABLE_MESSAGE}'); END"
            )
    ddl.append(
        "CREATE TRIGGER movement_closed_month BEFORE INSERT ON movement "
        "WHEN EXISTS (SELECT 1 FROM month_close WHERE month = substr(NEW.day, 1, 7)) "
        f"BEGIN SELECT RAISE(ABORT, '{CLOSED_MONTH_MESSAGE}'); END"
    )
    return ddl


def functions() -> list[str]:
    """Helpers the store's SQL calls: SQLite has the JSON ones built in."""
    return []


def drop_functions() -> list[str]:
    return []


def drop_immutability_triggers() -> list[str]:
    names = [f"{t}_no_{a}" for t in APPEND_ONLY_TABLES for a in ("update", "delete")]
    return [f"DROP TRIGGER IF EXISTS {n}" for n in names + ["movement_closed_month"]]


def url_for(path: Path) -> str:
    return f"sqlite:///{path}"


def configure_engine(engine: Engine) -> None:
    """Durable settings on every connection, and transactions we control.

    pysqlite's own transaction handling starts transactions late and cannot
    take the write lock up front; SQLAlchemy's documented recipe hands that
    to us, so a posting can BEGIN IMMEDIATE and never fail half-way on a lock.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA busy_timeout = 10000")
        cursor.execute("PRAGMA cache_size = -16384")  # 16 MiB a connection: recent index pages stay in memory
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        if conn.get_execution_options().get("write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


def backup_copy(source: Path, target: Path) -> None:
    """A consistent copy of a live database file (SQLite's online backup)."""
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def is_database_file(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def reserve_ids(conn, table: str, count: int) -> int:
    """The first of ``count`` fresh primary keys for ``table``.

    Bulk inserts name their keys so that dependent rows (origins of a
    movement, movements of a new lot) can be written in the same pass; asking
    SQLite for keys back row by row costs one statement per row. Safe because
    postings hold the write lock (BEGIN IMMEDIATE). A PostgreSQL store takes
    them from the table's sequence instead.
    """
    top = conn.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar()
    return int(top) + 1


def parameter_limit(dbapi_connection: sqlite3.Connection) -> int:
    """How many ``?`` one statement may carry (999 before SQLite 3.32)."""
    try:
        return dbapi_connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    except AttributeError:  # Python before 3.11 cannot ask
        return 999


def integrity_problems(conn) -> str | None:
    """What SQLite's own check finds wrong with an open database, or None."""
    rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
    return None if rows == ["ok"] else "; ".join(rows[:3])


def check_copy(path: Path) -> str | None:
    """What is wrong with a database file SQLite reads back, or None."""
    conn = sqlite3.connect(str(path))
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    return None if rows == ["ok"] else "; ".join(rows[:3])


def json_value(column, key: str):
    """The value under ``key`` of a JSON object kept as text (SQL NULL when
    the key is missing or null, or the text is not JSON), for filtering the
    audit log by its detail."""
    return case((func.json_valid(column) == 1, func.json_extract(column, f"$.{key}")), else_=null())


# Primary result codes (the low byte of an extended code).
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 8, 10, 13, 14
# Reading a file back is no trouble of the disk being written.
_IOERR_READS = (10 | 1 << 8, 10 | 2 << 8)  # SQLITE_IOERR_READ, SQLITE_IOERR_SHORT_READ
_PAGES_A_STEP = 4096  # 16 MiB of 4 KiB pages between two progress reports of a copy


def storage_trouble(exc: sqlite3.Error, path: Path) -> str | None:
    """"full", "read-only" or "io" when SQLite failed to write ``path`` for
    want of room, for want of permission, or for a failing write; else None."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if code is not None else None
    text = str(exc)
    if primary == _SQLITE_FULL or "database or disk is full" in text:
        return "full"
    if primary == _SQLITE_READONLY or "readonly database" in text:
        return "read-only"
    if primary == _SQLITE_CANTOPEN or "unable to open database file" in text:
        folder = Path(path).parent
        writable = os.access(folder, os.W_OK) and (not Path(path).exists() or os.access(path, os.W_OK))
        return None if writable else "read-only"
    if primary == _SQLITE_IOERR and code not in _IOERR_READS:
        # SQLite says "full" only for a plain write that found no room; a
        # log index that cannot grow, a flush to a full disk, or a file
        # that may not grow further (EFBIG, under a file-size limit: the
        # file written is rolled back by now, so its size cannot tell) is
        # "disk I/O error" to it.
        return "full" if _file_size_limited() or _little_room(Path(path).parent) else "io"
    return None


_LITTLE_ROOM = 1 << 20


def _little_room(folder: Path) -> bool:
    try:
        stats = os.statvfs(folder)
    except (AttributeError, OSError):  # no statvfs on Windows; a folder gone
        return False
    superuser = hasattr(os, "geteuid") and os.geteuid() == 0  # may use the blocks kept for it
    return (stats.f_bfree if superuser else stats.f_bavail) * stats.f_frsize < _LITTLE_ROOM


def _file_size_limited() -> bool:
    try:
        import resource
    except ImportError:  # Windows has no per-process file-size limit
        return False
    return resource.getrlimit(resource.RLIMIT_FSIZE)[0] != resource.RLIM_INFINITY


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes ``path`` nor anything beside it: a copy
    on a write-protected stick or share can be read. A copy with a write-ahead
    log beside it is read with the log (SQLite may add its index file)."""
    if Path(path).with_name(Path(path).name + "-wal").exists():
        return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def read_only_engine(path: Path) -> Engine:
    """An engine over ``open_read_only``: for looking into a file the program does not own."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    return create_engine("sqlite://", creator=lambda: open_read_only(path), poolclass=NullPool)


def copy_from(source: sqlite3.Connection, target: Path,
              progress: Callable[[int, int], None] | None = None) -> None:
    """A consistent copy of an open database into a new file (SQLite's
    online backup), ``progress(pages done, pages)`` as it goes."""
    dst = sqlite3.connect(str(target))
    try:
        report = None if progress is None else (lambda _status, left, total: progress(total - left, total))
        source.backup(dst, pages=_PAGES_A_STEP, progress=report)
    finally:
        dst.close()


def take_out_of_use(path: Path) -> None:
    """Fold the write-ahead log into ``path`` and leave it a single file with
    no log beside it, ready to be renamed. SQLite allows this only when no
    other connection, in any program, has the file open: otherwise this
    raises ``sqlite3.OperationalError`` (database is locked) and nothing changes."""
    # Readers asked to let go (a check running in the background) end at
    # their next step: they are given a few seconds before the file counts
    # as open elsewhere.
    conn = sqlite3.connect(str(path), timeout=5.0, isolation_level=None)
    try:
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if mode != "delete":
            raise sqlite3.OperationalError("database is locked")
    finally:
        conn.close()


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)



def follow_copied_keys(conn, tables) -> None:
    """Nothing to do: SQLite gives a new row the key after the largest one."""


def after_rows_added(conn, rows: int) -> None:
    """Nothing to do: SQLite's plans here follow the indexes, not counted sizes."""
