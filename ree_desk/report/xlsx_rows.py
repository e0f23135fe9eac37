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

Cells hold what openpyxl would have written, read back the same:
- masses, tonnes and percentages as the exact decimal of their integer (grams,
  hundredths of a percent): the number Excel reads is the double nearest the
  exact value, the one ``grams / 1000`` gives;
- dates as Excel serial days (openpyxl's ``to_excel``), local time for a time
  with a zone;
- text as an inline string, escaped by the rule of ``xlsx_text`` (characters
  XML cannot carry as _xHHHH_, a quote prefix for text a spreadsheet could
  take for a formula), never as a formula.
Empty text and missing values get no cell.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from itertools import repeat
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

from ree_desk.report.xlsx_package import BOLD, EN_HEADER, TITLE, StyleKey
from ree_desk.report.xlsx_sheets import COUNT, DATE, DATETIME, ID, KG, PCT, TEXT, TONNES, Column, Sheet, Typed
from ree_desk.report.xlsx_text import PLAIN_TEXT, escape_text, looks_like_formula

Styles = dict[StyleKey, str]
# A column's cell maker: (the block's values of the column, the rows'
# numbers as text) -> each row's cell XML, "" for none.
CellMaker = Callable[[Sequence[Any], list[str]], list[str]]

# How each kind's integer becomes the number in the cell.
_SCALE = {KG: 1000, TONNES: 1_000_000, PCT: 100, ID: 1, COUNT: 1}
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


def sheet_rows(sheet: Sheet, styles: Styles, counter: RowCounter) -> Iterator[str]:
    """The sheet's ``<row>`` elements, a few at a time, as the report lays
    them out: the heading, then each table with its title, its Chinese and
    English header rows, its rows and its total rows, a blank row between."""
    number = 0  # the last row laid out
    if sheet.heading is not None:
        zh, en = sheet.heading
        yield _row(1, [_body(TEXT, zh, styles, TITLE)]) + _row(2, [_body(TEXT, en, styles, EN_HEADER)])
        number = 2
    for index, table in enumerate(sheet.tables):
        if index or sheet.heading is not None:
            number += 1
        columns = table.columns
        if table.title:
            number += 1
            yield _row(number, [_body(TEXT, table.title, styles, BOLD)])
        if table.headers:
            yield (_row(number + 1, [_body(TEXT, c.zh, styles, BOLD, header=True) for c in columns])
                   + _row(number + 2, [_body(TEXT, c.en, styles, EN_HEADER, header=True) for c in columns]))
            number += 2
        makers = [_maker(column, get_column_letter(position), styles)
                  for position, column in enumerate(columns, 1)]
        rows = table.rows
        start = 0
        while start < len(rows):
            end = min(len(rows), start + counter.room())
            if table.values is not None:
                values = [v[start:end] for v in table.values]
            else:
                block = rows[start:end]
                values = [list(map(c.get, block)) for c in columns]
            yield _data_rows(makers, values, number + 1, end - start)
            number += end - start
            counter.add(end - start)
            start = end
        if table.totals is not None:
            totals = []
            for label, part in table.totals(rows):
                number += 1
                cells = [_body(TEXT, label, styles, BOLD)]
                cells += [_body(c.kind, c.total(part) if c.total is not None else None, styles, BOLD)
                          for c in columns[1:]]
                totals.append(_row(number, cells))
            yield "".join(totals)


def _data_rows(makers: Sequence[CellMaker], values: Sequence[Sequence[Any]], first: int, count: int) -> str:
    numbers = list(map(str, range(first, first + count)))
    cells = [make(v, numbers) for make, v in zip(makers, values)]
    starts = [f'<row r="{n}">' for n in numbers]
    return "".join(map("".join, zip(starts, *cells, repeat("</row>"))))


def _row(number: int, bodies: Sequence[str]) -> str:
    n = str(number)
    cells = "".join(f'<c r="{get_column_letter(index)}{n}{body}' for index, body in enumerate(bodies, 1) if body)
    return f'<row r="{n}">{cells}</row>'


# --------------------------------------------------------------------------
# One cell

def _body(kind: str, value: Any, styles: Styles, font: str | None = None, header: bool = False) -> str:
    """A cell's XML after the number of its row, which ends its reference:
    '" s="3"><v>1.5</v></c>'. "" for a cell not written."""
    if isinstance(value, Typed):
        kind, value = value.kind, value.value
    if value is None:
        return ""
    if kind == TEXT:
        if not isinstance(value, str):
            raise TypeError(f"expected text, found {value!r}")
        if not value:
            return ""
        text = escape_text(value)
        style = styles[TEXT, font, looks_like_formula(text), header]
        space = ' xml:space="preserve"' if text != text.strip() else ""
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f'"{style} t="inlineStr"><is><t{space}>{text}</t></is></c>'
    return f'"{styles[kind, font, False, False]}><v>{_number(kind, value)}</v></c>'


def _number(kind: str, value: Any) -> str:
    if kind in (DATE, DATETIME):
        if not isinstance(value, dt.date):
            raise TypeError(f"expected a date, found {value!r}")
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            value = value.astimezone().replace(tzinfo=None)  # Excel knows no time zones: local time
        serial = to_excel(value)
        return str(int(serial)) if serial == int(serial) else repr(serial)
    if type(value) is not int:
        raise TypeError(f"expected an integer for a {kind} cell, found {value!r}")
    return decimal_text(value, _SCALE[kind])


def decimal_text(value: int, scale: int) -> str:
    """``value / scale`` written out exactly, without trailing zeros."""
    if scale == 1:
        return str(value)
    whole, part = divmod(abs(value), scale)
    sign = "-" if value < 0 else ""
    fraction = f"{part:0{len(str(scale)) - 1}d}".rstrip("0")
    return f"{sign}{whole}.{fraction}" if fraction else f"{sign}{whole}"


# The fractions of the common scales, ready: "", ".001" … ".999".
_FRACTIONS = {scale: [decimal_text(part, scale)[1:] for part in range(scale)] for scale in (100, 1000)}


# --------------------------------------------------------------------------
# Cell makers for data rows

def _maker(column: Column, letter: str, styles: Styles) -> CellMaker:
    head = f'<c r="{letter}'
    kind = column.kind

    def slow(value: Any, n: str) -> str:
        body = _body(kind, value, styles)
        return head + n + body if body else ""

    if kind in (TEXT, DATE, DATETIME):
        return _remembering(head, kind, styles, slow)
    start = f'"{styles[kind, None, False, False]}><v>'
    scale = _SCALE[kind]
    if scale == 1:
        def integers(values: Sequence[Any], numbers: list[str]) -> list[str]:
            return [f"{head}{n}{start}{v}</v></c>" if type(v) is int else slow(v, n)
                    for n, v in zip(numbers, values)]
        return integers
    fractions = _FRACTIONS.get(scale)
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
        body = f"{plain_body}{value}</t></is></c>" if plain(value) else _body(kind, value, styles)
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
