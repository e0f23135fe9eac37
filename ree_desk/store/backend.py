"""The two stores side by side: the embedded file (``sqlite.py``) and the
shared server (``postgresql.py``). Code above the store asks here, never
names either, and gets the one its connection speaks."""
from __future__ import annotations

from types import ModuleType

from sqlalchemy import Integer, Text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement

from ree_desk.store import postgresql, sqlite
from ree_desk.store.bulk import insert_rows


def of(conn) -> ModuleType:
    """``sqlite`` or ``postgresql``, for a connection, engine or dialect."""
    dialect = getattr(conn, "dialect", conn)
    return postgresql if dialect.name == "postgresql" else sqlite


class code_point_order(ColumnElement):
    """``column`` compared by code point, the order Python's ``str`` gives
    (report rows are put in order partly by the database and partly in
    Python, and the two must agree): SQLite's default collation compares
    UTF-8 bytes, which is that order; PostgreSQL's is the server's locale,
    so it is told "C"."""

    inherit_cache = True

    def __init__(self, column):
        self.column = column
        self.type = column.type


@compiles(code_point_order)
def _code_points_bytewise(element, compiler, **kw):
    return compiler.process(element.column, **kw)


@compiles(code_point_order, "postgresql")
def _code_points_c(element, compiler, **kw):
    return f'{compiler.process(element.column, **kw)} COLLATE "C"'


class json_value(ColumnElement):
    """The text under ``key`` of a JSON object kept as text; NULL when the
    key is missing or null, or the text is not JSON."""

    inherit_cache = True
    type = Text()

    def __init__(self, column, key: str):
        self.column, self.key = column, key


class json_number(json_value):
    """The number under ``key``; NULL as for ``json_value``, and when the value is not a number."""

    inherit_cache = True
    type = Integer()


@compiles(json_value)
def _json_sqlite(element, compiler, **kw):
    return compiler.process(sqlite.json_value(element.column, element.key), **kw)


@compiles(json_value, "postgresql")
def _json_text_pg(element, compiler, **kw):
    return f"ree_desk_json_field({compiler.process(element.column, **kw)}, '{element.key}')"


@compiles(json_number, "postgresql")
def _json_number_pg(element, compiler, **kw):
    return f"ree_desk_json_number({compiler.process(element.column, **kw)}, '{element.key}')"


def load_rows(conn, table, rows) -> None:
    """Rows (in the table's column order) into ``table``: with COPY on the
    server, many rows to a statement elsewhere. The bulk insert hands values
    to the driver as they are, so each first goes through its column type's
    own conversion (dates to the text SQLAlchemy keeps them as)."""
    if conn.dialect.name == "postgresql":
        postgresql.load_rows(conn, table, rows)
        return
    convert = [c.type.dialect_impl(conn.dialect).bind_processor(conn.dialect) for c in table.columns]
    stored = [tuple(v if f is None or v is None else f(v) for f, v in zip(convert, row)) for row in rows]
    insert_rows(conn, table, [c.name for c in table.columns], stored)
