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

from itertools import chain
from typing import Iterator, Sequence

from sqlalchemy import Connection, Table, bindparam, insert, literal_column, null, update

from ree_desk.store import sqlite

ROWS_PER_STATEMENT = 500

# (SQL, parameters): one statement ready for ``Connection.exec_driver_sql``
Statement = tuple[str, object]


def insert_rows(conn: Connection, table: Table, columns: Sequence[str], rows: list[tuple]) -> None:
    """Insert ``rows`` (tuples in ``columns`` order). Dates must already be
    ISO strings, as SQLAlchemy stores them."""
    for sql, params in insert_statements(conn, table, columns, rows):
        conn.exec_driver_sql(sql, params)


def insert_statements(conn: Connection, table: Table, columns: Sequence[str], rows: list[tuple],
                      fixed: dict[str, int | None] | None = None) -> Iterator[Statement]:
    """The statements that insert ``rows``, to run in order on ``conn``.
    ``fixed`` columns take the same whole number (or NULL) in every row,
    written into the statement rather than sent with each row."""
    if not rows:
        return
    stmt = insert(table)
    if fixed:
        stmt = stmt.values({name: null() if value is None else literal_column(str(int(value)))
                            for name, value in fixed.items()})
    compiled = stmt.compile(dialect=conn.dialect, column_keys=list(columns))
    if not compiled.positional:
        yield str(compiled), [dict(zip(columns, row)) for row in rows]
        return
    order = [columns.index(name) for name in compiled.positiontup]
    if order != list(range(len(columns))):
        rows = [tuple(row[i] for i in order) for row in rows]
    sql = str(compiled)
    head, _, one = sql.rpartition(" VALUES ")
    per = max(1, min(ROWS_PER_STATEMENT, _parameter_limit(conn) // len(columns)))
    if per == 1 or not one.startswith("("):
        yield sql, rows
        return
    full = f"{head} VALUES {', '.join([one] * per)}"
    whole = len(rows) - len(rows) % per
    for start in range(0, whole, per):
        yield full, tuple(chain.from_iterable(rows[start : start + per]))
    if whole < len(rows):
        rest = rows[whole:]
        yield f"{head} VALUES {', '.join([one] * len(rest))}", tuple(chain.from_iterable(rest))


def _parameter_limit(conn: Connection) -> int:
    # Asked once per connection: statements may be prepared while a
    # background writer is using the connection.
    limit = conn.info.get("parameter_limit")
    if limit is None:
        if conn.dialect.name == "sqlite":
            limit = sqlite.parameter_limit(conn.connection.dbapi_connection)
        else:
            limit = 32767  # PostgreSQL's own limit on a statement's parameters
        conn.info["parameter_limit"] = limit
    return limit


def update_statements(conn: Connection, table: Table, key: str, columns: Sequence[str],
                      rows: list[tuple]) -> Iterator[Statement]:
    """Set ``columns`` of the rows named by ``key``: ``rows`` hold the key
    first, then the new values in ``columns`` order."""
    if not rows:
        return
    names = (key, *columns)
    stmt = update(table).where(table.c[key] == bindparam(f"b_{key}")).values(
        {c: bindparam(f"b_{c}") for c in columns})
    compiled = stmt.compile(dialect=conn.dialect)
    if not compiled.positional:
        yield str(compiled), [{f"b_{n}": v for n, v in zip(names, row)} for row in rows]
        return
    order = [names.index(name[2:]) for name in compiled.positiontup]
    yield str(compiled), [tuple(row[i] for i in order) for row in rows]
