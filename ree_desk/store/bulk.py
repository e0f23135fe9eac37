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

from functools import lru_cache
from itertools import chain
from typing import Iterable, Iterator, Sequence

from sqlalchemy import Connection, Dialect, Table, bindparam, insert, literal_column, null, update

from ree_desk.store import postgresql, sqlite

ROWS_PER_STATEMENT = 500

# (SQL, parameters): one statement ready for ``Connection.exec_driver_sql``
Statement = tuple[str, object]


def run(conn: Connection, statements: Iterable[Statement]) -> None:
    """Run ``statements`` in order on ``conn``."""
    for sql, params in statements:
        conn.exec_driver_sql(sql, params)


def insert_rows(conn: Connection, table: Table, columns: Sequence[str], rows: list[tuple]) -> None:
    """Insert ``rows`` (tuples in ``columns`` order). Dates must already be
    ISO strings, as SQLAlchemy stores them."""
    run(conn, insert_statements(conn, table, columns, rows))


def insert_statements(conn: Connection, table: Table, columns: Sequence[str], rows: list[tuple],
                      fixed: dict[str, int | None] | None = None) -> Iterator[Statement]:
    """The statements that insert ``rows``, to run in order on ``conn``.
    ``fixed`` columns take the same whole number (or NULL) in every row,
    written into the statement rather than sent with each row."""
    if not rows:
        return
    fixed_items = tuple(fixed.items()) if fixed else ()
    columns = tuple(columns)
    one_row, names = _template(conn.dialect, table, columns, fixed_items, (), 0)
    if names is None:
        yield one_row, [dict(zip(columns, row)) for row in rows]
        return
    per = max(1, min(ROWS_PER_STATEMENT, _parameter_limit(conn) // len(columns)))
    if per == 1 or _template(conn.dialect, table, columns, fixed_items, (), 1)[0] is None:
        order = [columns.index(name) for name in names]
        yield one_row, [tuple(row[i] for i in order) for row in rows]
        return
    # A column empty in every row of a statement is written into it as NULL:
    # binding a None costs the driver several times what a number does, and
    # rows of one kind leave the same columns empty.
    for start in range(0, len(rows), per):
        part = rows[start : start + per]
        values = list(zip(*part))
        empty = (None,) * len(part)
        blank = tuple(name for name, column in zip(columns, values) if column == empty)
        sql, names = _template(conn.dialect, table, columns, fixed_items, blank, len(part))
        sent = [values[columns.index(name)] for name in names]
        yield sql, tuple(chain.from_iterable(zip(*sent)))


@lru_cache(maxsize=256)
def _template(dialect: Dialect, table: Table, columns: tuple[str, ...], fixed: tuple[tuple[str, int | None], ...],
              blank: tuple[str, ...], rows: int) -> tuple[str | None, tuple[str, ...] | None]:
    """An insert of ``rows`` rows of ``columns`` with ``fixed`` and
    ``blank`` (NULL) columns written in, and the names of the parameters it
    takes, in a row's order: (SQL, names). ``rows`` 0 asks for the one-row
    statement to run once per row. Names are None for a dialect with named
    parameters; SQL is None when the dialect cannot list rows after
    ``VALUES``."""
    stmt = insert(table)
    written = {name: null() if value is None else literal_column(str(int(value))) for name, value in fixed}
    written.update({name: null() for name in blank})
    if written:
        stmt = stmt.values(written)
    compiled = stmt.compile(dialect=dialect, column_keys=[c for c in columns if c not in written])
    sql = str(compiled)
    if not compiled.positional:
        return sql, None
    names = tuple(compiled.positiontup)
    if rows == 0:
        return sql, names
    head, _, one = sql.rpartition(" VALUES ")
    if not one.startswith("("):
        return None, names
    return f"{head} VALUES {', '.join([one] * rows)}", names


def _parameter_limit(conn: Connection) -> int:
    # Asked once per connection: statements may be prepared while a
    # background writer is using the connection.
    limit = conn.info.get("parameter_limit")
    if limit is None:
        if conn.dialect.name == "sqlite":
            limit = sqlite.parameter_limit(conn.connection.dbapi_connection)
        else:
            limit = postgresql.parameter_limit()
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
