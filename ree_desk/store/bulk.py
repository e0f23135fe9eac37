"""Bulk inserts through SQLAlchemy Core, many rows to a statement.

A Core ``insert()`` given a list of dicts builds every row's parameters in
Python, which costs more than the database's insert itself on large imports.
Here the statement is compiled once for the dialect and rows go straight to
the driver, in the order the compiled statement asks for.

Rows are sent as multi-row ``VALUES`` lists rather than one execution per
row: on SQLite a table with a trigger makes every single execution open a
statement journal, which more than doubled the cost of an import.
"""
from __future__ import annotations

from typing import Sequence

from sqlalchemy import Connection, Table, insert

from ree_desk.store import sqlite

ROWS_PER_STATEMENT = 500


def insert_rows(conn: Connection, table: Table, columns: Sequence[str], rows: list[tuple]) -> None:
    """Insert ``rows`` (tuples in ``columns`` order). Dates must already be
    ISO strings, as SQLAlchemy stores them."""
    if not rows:
        return
    compiled = insert(table).compile(dialect=conn.dialect, column_keys=list(columns))
    if not compiled.positional:
        conn.exec_driver_sql(str(compiled), [dict(zip(columns, row)) for row in rows])
        return
    order = [columns.index(name) for name in compiled.positiontup]
    if order != list(range(len(columns))):
        rows = [tuple(row[i] for i in order) for row in rows]
    sql = str(compiled)
    head, _, one = sql.rpartition(" VALUES ")
    per = max(1, min(ROWS_PER_STATEMENT, _parameter_limit(conn) // len(columns)))
    if per == 1 or not one.startswith("("):
        conn.exec_driver_sql(sql, rows)
        return
    full = f"{head} VALUES {', '.join([one] * per)}"
    whole = len(rows) - len(rows) % per
    for start in range(0, whole, per):
        conn.exec_driver_sql(full, tuple([v for row in rows[start : start + per] for v in row]))
    if whole < len(rows):
        rest = rows[whole:]
        conn.exec_driver_sql(f"{head} VALUES {', '.join([one] * len(rest))}", tuple([v for row in rest for v in row]))


def _parameter_limit(conn: Connection) -> int:
    if conn.dialect.name == "sqlite":
        return sqlite.parameter_limit(conn.connection.dbapi_connection)
    return 32767  # PostgreSQL's own limit on a statement's parameters
