"""Rows of a table held as columns, each written from one template.

The inventory of a plant's history has a few hundred thousand rows of
sixteen cells, and nine in ten are a lot that did not move: its material's
four texts and its origin repeat those of thousands of other rows, and its
flows are zero. A row is therefore written with one ``%`` into a template
made once for each distinct set of values in the columns that repeat
(``Column.repeats``): those cells are fixed in it, pointing into the shared
strings (``xlsx_shared``), and the template holds a slot for each other
cell's value (a lot number, a number). Making each cell apart, and then
joining them, cost three times as much.

A row whose values a slot cannot take as they are (a text that needs
escaping or a quote prefix, an empty text, a value that is not a number) is
left to the cell-by-cell writer, so every row reads back as ``xlsx_cells``
writes it.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from itertools import repeat
from typing import Any

from ree_desk.report.xlsx_cells import FRACTIONS, SCALE, Styles, cell_body, decimal_text, number_text
from ree_desk.report.xlsx_shared import SharedStrings
from ree_desk.report.xlsx_sheets import DATE, DATETIME, TEXT, Column
from ree_desk.report.xlsx_text import PLAIN_TEXT, all_plain, escape_text, looks_like_formula

# A slot's values as they go into the rows' XML; None where a row's value
# cannot go into the slot as it is.
SlotMaker = Callable[[Sequence[Any]], list[str | None]]
_ROW = "\x00"  # where the row's number goes; escaped from any text (``xlsx_text``)


class TemplatedRows:
    """Row XML for the columns of one table."""

    def __init__(self, columns: Sequence[Column], letters: Sequence[str], styles: Styles, shared: SharedStrings):
        self.columns, self.letters, self.styles, self.shared = columns, letters, styles, shared
        self.keys = [n for n, c in enumerate(columns) if c.repeats]
        self.slots = [n for n, c in enumerate(columns) if not c.repeats]
        self.slot_makers = [_slot_maker(columns[n]) for n in self.slots]
        self.slot_bodies = {n: _slot_body(columns[n], styles) for n in self.slots}
        self.templates: dict[tuple, list[str]] = {}

    def rows(self, values: Sequence[Sequence[Any]], numbers: list[str]) -> list[str | None]:
        """Each row's XML, None for a row to be written cell by cell."""
        count = len(numbers)
        slots = [make(values[n]) for make, n in zip(self.slot_makers, self.slots)]
        keys = zip(*(values[n] for n in self.keys)) if self.keys else repeat((), count)
        try:
            pieces = [self.templates.get(key) or self._template(key) for key in keys]
        except TypeError:  # a value that cannot be looked up (not hashable)
            return [None] * count
        rows: list[str | None] = list(map(str.__mod__, map(str.join, numbers, pieces),
                                                     zip(*slots) if slots else repeat((), count)))
        for made in slots:
            if None in made:
                for n, value in enumerate(made):
                    if value is None:
                        rows[n] = None
        return rows

    def _template(self, key: tuple) -> list[str]:
        fixed = dict(zip(self.keys, key))
        parts = [f'<row r="{_ROW}">']
        for n, column in enumerate(self.columns):
            body = self._fixed_body(column, fixed[n]).replace("%", "%%") if n in fixed else self.slot_bodies[n]
            if body:
                parts.append(f'<c r="{self.letters[n]}{_ROW}{body}')
        parts.append("</row>")
        pieces = self.templates[key] = "".join(parts).split(_ROW)
        return pieces

    def _fixed_body(self, column: Column, value: Any) -> str:
        if column.kind != TEXT or type(value) is not str or not value:
            return cell_body(column.kind, value, self.styles)
        text = escape_text(value)
        if "_x" in text:
            # openpyxl reads "_x005F_" out of a shared string but not out of
            # an inline one: such a text stays inline, to read back the same.
            return cell_body(column.kind, value, self.styles)
        style = self.styles[TEXT, None, looks_like_formula(text), False]
        return f'"{style} t="s"><v>{self.shared.number(text)}</v></c>'


def _slot_body(column: Column, styles: Styles) -> str:
    if column.kind == TEXT:
        return f'"{styles[TEXT, None, False, False]} t="inlineStr"><is><t>%s</t></is></c>'
    return f'"{styles[column.kind, None, False, False]}><v>%s</v></c>'


def _slot_maker(column: Column) -> SlotMaker:
    kind = column.kind
    if kind == TEXT:
        plain = PLAIN_TEXT.fullmatch  # needs no escaping, no quote prefix, no kept spaces

        def texts(values: Sequence[Any]) -> list[str | None]:
            if all_plain(values):
                return list(values)
            return [v if type(v) is str and plain(v) else None for v in values]
        return texts
    if kind in (DATE, DATETIME):
        def days(values: Sequence[Any]) -> list[str | None]:
            return [number_text(kind, v) if isinstance(v, dt.date) else None for v in values]
        return days
    scale = SCALE[kind]
    fractions = FRACTIONS.get(scale)
    if fractions is None:
        def scaled(values: Sequence[Any]) -> list[str | None]:
            return [decimal_text(v, scale) if type(v) is int else None for v in values]
        return scaled

    def tabled(values: Sequence[Any]) -> list[str | None]:
        # Most figures of a lot that did not move are zero; divmod of a
        # negative rounds the wrong way for the table.
        return [(f"{v // scale}{fractions[v % scale]}" if v > 0 else "0" if v == 0 else decimal_text(v, scale))
                if type(v) is int else None for v in values]
    return tabled
