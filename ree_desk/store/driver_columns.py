"""A select's rows taken straight from the database driver, as columns.

The report's inventory and the stock read a row for each of a few hundred
thousand lots, and SQLAlchemy making a ``Row`` of each of the driver's
tuples cost a third as much as the statement itself. For such reads the
select is compiled by SQLAlchemy for the connection's own database, its
values written into it, and run on the driver's cursor (``Connection.
connection.driver_connection``) inside the same transaction.

Only columns the dialect hands back as the driver gives them may be read
this way (integers and text; not dates, which SQLAlchemy converts), and the
values written into the statement are the program's own: days, movement
types, ids. Portable: the SQL is whatever SQLAlchemy writes for the
database.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import chain, groupby, repeat
from typing import Any

from sqlalchemy import Connection, Select

# Rows taken from the driver at a time. Few: the cycle collector looks at
# the rows a batch holds whenever it runs meanwhile, and moves those it
# finds alive towards its oldest generation. With 20,000 rows a batch, a
# read of the 387,629 lots of a 1M-movement history set off eight walks
# through every object the program held, a quarter of the read's time; with
# 500, none.
BATCH = 500


def select_columns(conn: Connection, query: Select, width: int) -> list[list]:
    """The ``width`` columns of ``query``'s rows, each a list."""
    dialect = conn.dialect
    for column in query.selected_columns:
        if column.type.dialect_impl(dialect).result_processor(dialect, None) is not None:
            raise TypeError(f"{column} is converted by SQLAlchemy; read it through the connection")
    sql = str(query.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    columns: list[list] = [[] for _ in range(width)]
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.execute(sql)
        while batch := cursor.fetchmany(BATCH):
            for column, values in zip(columns, zip(*batch)):
                column += values
    finally:
        cursor.close()
    return columns


def per_run(values: Iterable, text: Callable[[Any], Any] = lambda value: value) -> Iterator:
    """``text`` of each of ``values``, worked out once for each run of equal
    values: a column of lots by material holds thousands of one in a row,
    read as the material's id (a small number Python does not make anew
    for each row) and written as its texts."""
    return chain.from_iterable(repeat(text(value), len(list(run))) for value, run in groupby(values))
