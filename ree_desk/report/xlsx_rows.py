"""The rows of a report sheet as worksheet XML.

Each column of a table becomes a cell maker once: its column letter, its
style number from the package's style table (``xlsx_package``) and the way
its values become cell text. Rows are made a block at a time and a column at
a time: each maker turns the block's values of its column into their cells
in one pass (a number is formatted in place, a text that needs no escaping
is written as it is, a text or a date met before is not worked out again),
and the block's rows are the columns' cells zipped together. A report of a
plant's history has a few hundred thousand inventory rows of sixteen cells;
a call per cell was most of the time it took.

What each cell holds is ``xlsx_cells``'s rule. A table held as columns
(the inventory) is written a row at a time from templates (``xlsx_templates``).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from itertools import repeat
from typing import Any

from openpyxl.utils import get_column_letter

from ree_desk.report.xlsx_cells import FRACTIONS, SCALE, Styles, cell_body, decimal_text
from ree_desk.report.xlsx_package import BOLD, EN_HEADER, TITLE
from ree_desk.report.xlsx_shared import SharedStrings
from ree_desk.report.xlsx_sheets import DATE, DATETIME, TEXT, Column, Sheet
from ree_desk.report.xlsx_templates import TemplatedRows
from ree_desk.report.xlsx_text import PLAIN_TEXT

# A column's cell maker: (the block's values of the column, the rows'
# numbers as text) -> each row's cell XML, "" for none.
CellMaker = Callable[[Sequence[Any], list[str]], list[str]]
# Distinct texts and dates remembered per column; lot numbers and notes are
# mostly distinct and need not all be kept.
MEMO_LIMIT = 4096


class RowCounter:
    """Counts data rows; reports progress every ``step`` rows and at the end."""

    def __init__(self, total: int, progress: Callable[[int, int], None] | None, step: int):
        self.total = total
        self.done = 0
        self.progress = progress
        self.step = step

    def room(self) -> int:
        """Rows until the next report of progress."""
        return self.step - self.done % self.step

    def add(self, rows: int) -> None:
        self.done += rows
        if self.progress is not None and rows and self.done % self.step == 0:
            self.progress(self.done, self.total)

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.total, self.total)


def sheet_rows(sheet: Sheet, styles: Styles, counter: RowCounter, shared: SharedStrings) -> Iterator[str]:
    """The sheet's ``<row>`` elements, a few at a time, as the report lays
    them out: the heading, then each table with its title, its Chinese and
    English header rows, its rows and its total rows, a blank row between.
    The texts of a table held as columns that repeat go into ``shared``."""
    number = 0  # the last row laid out
    if sheet.heading is not None:
        zh, en = sheet.heading
        yield _row(1, [cell_body(TEXT, zh, styles, TITLE)]) + _row(2, [cell_body(TEXT, en, styles, EN_HEADER)])
        number = 2
    for index, table in enumerate(sheet.tables):
        if index or sheet.heading is not None:
            number += 1
        columns = table.columns
        if table.title:
            number += 1
            yield _row(number, [cell_body(TEXT, table.title, styles, BOLD)])
        if table.headers:
            yield (_row(number + 1, [cell_body(TEXT, c.zh, styles, BOLD, header=True) for c in columns])
                   + _row(number + 2, [cell_body(TEXT, c.en, styles, EN_HEADER, header=True) for c in columns]))
            number += 2
        letters = [get_column_letter(position) for position in range(1, len(columns) + 1)]
        makers = [_maker(column, letter, styles) for column, letter in zip(columns, letters)]
        templated = TemplatedRows(columns, styles, shared) if table.values is not None else None
        rows = table.rows
        start = 0
        while start < len(rows):
            end = min(len(rows), start + counter.room())
            if table.values is not None:
                values = [v[start:end] for v in table.values]
            else:
                block = rows[start:end]
                values = [list(map(c.get, block)) for c in columns]
            if templated is not None:
                yield _templated_rows(templated, makers, values, number + 1, end - start)
            else:
                yield _data_rows(makers, values, number + 1, end - start)
            number += end - start
            counter.add(end - start)
            start = end
        if table.totals is not None:
            totals = []
            for label, part in table.totals(rows):
                number += 1
                cells = [cell_body(TEXT, label, styles, BOLD)]
                cells += [cell_body(c.kind, c.total(part) if c.total is not None else None, styles, BOLD)
                          for c in columns[1:]]
                totals.append(_row(number, cells))
            yield "".join(totals)


def _data_rows(makers: Sequence[CellMaker], values: Sequence[Sequence[Any]], first: int, count: int) -> str:
    numbers = list(map(str, range(first, first + count)))
    cells = [make(v, numbers) for make, v in zip(makers, values)]
    starts = [f'<row r="{n}">' for n in numbers]
    return "".join(map("".join, zip(starts, *cells, repeat("</row>"))))


def _templated_rows(templated: TemplatedRows, makers: Sequence[CellMaker], values: Sequence[Sequence[Any]],
                    first: int, count: int) -> str:
    rows = templated.rows(values, list(map(str, range(first, first + count))))
    for n, row in enumerate(rows):
        if row is None:
            rows[n] = _data_rows(makers, [v[n:n + 1] for v in values], first + n, 1)
    return "".join(rows)


def _row(number: int, bodies: Sequence[str]) -> str:
    n = str(number)
    cells = "".join(f'<c r="{get_column_letter(index)}{n}{body}' for index, body in enumerate(bodies, 1) if body)
    return f'<row r="{n}">{cells}</row>'


# --------------------------------------------------------------------------
# Cell makers for data rows

def _maker(column: Column, letter: str, styles: Styles) -> CellMaker:
    head = f'<c r="{letter}'
    kind = column.kind

    def slow(value: Any, n: str) -> str:
        body = cell_body(kind, value, styles)
        return head + n + body if body else ""

    if kind in (TEXT, DATE, DATETIME):
        return _remembering(head, kind, styles, slow)
    start = f'"{styles[kind, None, False, False]}><v>'
    scale = SCALE[kind]
    if scale == 1:
        def integers(values: Sequence[Any], numbers: list[str]) -> list[str]:
            return [f"{head}{n}{start}{v}</v></c>" if type(v) is int else slow(v, n)
                    for n, v in zip(numbers, values)]
        return integers
    fractions = FRACTIONS.get(scale)
    if fractions is None:
        def scaled(values: Sequence[Any], numbers: list[str]) -> list[str]:
            return [f"{head}{n}{start}{decimal_text(v, scale)}</v></c>" if type(v) is int else slow(v, n)
                    for n, v in zip(numbers, values)]
        return scaled

    def tabled(values: Sequence[Any], numbers: list[str]) -> list[str]:
        # A negative number, or a value that is not an integer, takes the
        # slow way: divmod of a negative rounds the wrong way for this.
        return [f"{head}{n}{start}{v // scale}{fractions[v % scale]}</v></c>" if type(v) is int and v >= 0
                else slow(v, n) for n, v in zip(numbers, values)]
    return tabled


def _remembering(head: str, kind: str, styles: Styles, slow: Callable[[Any, str], str]) -> CellMaker:
    """A maker for values that repeat down a column (texts, days): each
    distinct one is escaped or converted once, and a value met again is a
    look-up. Text that needs nothing done to it (``PLAIN_TEXT``: a lot
    number, a material code, a Chinese name) is written as it is."""
    known: dict[Any, str] = {}
    get = known.get
    plain_types = (str,) if kind == TEXT else (dt.date, dt.datetime)
    plain_body = f'"{styles[TEXT, None, False, False]} t="inlineStr"><is><t>'
    plain = PLAIN_TEXT.fullmatch if kind == TEXT else (lambda value: None)

    def first_time(value: Any, n: str) -> str:
        if type(value) not in plain_types:
            return slow(value, n)
        body = f"{plain_body}{value}</t></is></c>" if plain(value) else cell_body(kind, value, styles)
        if len(known) < MEMO_LIMIT:
            known[value] = body
        return head + n + body if body else ""

    def cells(values: Sequence[Any], numbers: list[str]) -> list[str]:
        try:
            return [(head + n + body if body else "") if (body := get(v)) is not None else first_time(v, n)
                    for n, v in zip(numbers, values)]
        except TypeError:  # a value that cannot be looked up (not hashable)
            return [first_time(v, n) for n, v in zip(numbers, values)]
    return cells
