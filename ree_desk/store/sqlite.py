"""Everything that only SQLite understands, kept in one place so that a
PostgreSQL store needs its own version of this module and nothing else."""
from __future__ import annotations

import sqlite3
from pathlib import Path

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
