"""Bulk inserts through SQLAlchemy Core with the driver's own executemany.

A Core ``insert()`` given a list of dicts builds every row's parameters in
Python, which costs more than SQLite's insert itself on large imports. Here
the statement is compiled once for the dialect and rows go straight to the
driver, in the order the compiled statement asks for.
"""
from __future__ import annotations

from typing import Sequence

from sqlalchemy import Connection, Table, insert


def insert_rows(conn: Connection, table: Table, columns: Sequence[str], rows: list[tuple]) -> None:
    """Insert ``rows`` (tuples in ``columns`` order). Dates must already be
    ISO strings, as SQLAlchemy stores them."""
    if not rows:
        return
    compiled = insert(table).compile(dialect=conn.dialect, column_keys=list(columns))
    if compiled.positional:
        order = [columns.index(name) for name in compiled.positiontup]
        if order != list(range(len(columns))):
            rows = [tuple(row[i] for i in order) for row in rows]
        conn.exec_driver_sql(str(compiled), rows)
    else:
        conn.exec_driver_sql(str(compiled), [dict(zip(columns, row)) for row in rows])
