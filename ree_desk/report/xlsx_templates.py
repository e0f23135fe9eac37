"""Rows of a table held as columns, each written from one template.

The inventory of a plant's history has a few hundred thousand rows of
sixteen cells, and nine in ten are a lot that did not move: its material's
four texts and its origin repeat those of thousands of other rows, its
flows are zero and its closing is its opening. A row is therefore written
with one ``%`` into a template made once for each distinct set of values in
the columns that repeat (``Column.repeats``): those cells are fixed in it,
pointing into the shared strings (``xlsx_shared``), and the template holds
a slot for each other cell's value (a lot number, a number). A row whose
``mostly_zero`` columns are zero and whose ``echoes`` columns hold the
value they echo is "still": its template holds the zeros too and takes the
echoed value twice, so only its lot number and two numbers are formatted.

The cells carry no reference (``r="K12"``): a cell without one is the
column after the cell before it, and the row says its number once. The
references were a third of the inventory's XML, written and deflated for
nothing. A template in which an empty cell is left out before another is
not used; such a row is written cell by cell, with references.

A row whose values a slot cannot take as they are (a text that needs
escaping or a quote prefix, an empty text, a value that is not a number) is
left to the cell-by-cell writer too, so every row reads back as
``xlsx_cells`` writes it.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from itertools import compress, repeat
from operator import ne, not_
from typing import Any

from ree_desk.report.xlsx_cells import FRACTIONS, SCALE, Styles, cell_body, decimal_text, number_text
from ree_desk.report.xlsx_shared import SharedStrings
from ree_desk.report.xlsx_sheets import DATE, DATETIME, TEXT, Column
from ree_desk.report.xlsx_text import PLAIN_TEXT, all_plain, escape_text, looks_like_formula

# A slot's values as they go into the rows' XML; None where a row's value
# cannot go into the slot as it is.
SlotMaker = Callable[[Sequence[Any]], list[str | None]]


class TemplatedRows:
    """Row XML for the columns of one table."""

    def __init__(self, columns: Sequence[Column], styles: Styles, shared: SharedStrings):
        self.columns, self.styles, self.shared = columns, styles, shared
        self.keys = [n for n, c in enumerate(columns) if c.repeats]
        self.slots = [n for n, c in enumerate(columns) if not c.repeats]
        self.slot_makers = {n: _slot_maker(columns[n]) for n in self.slots}
        self.slot_bodies = {n: _slot_body(columns[n], styles) for n in self.slots}
        self.zeros = [n for n in self.slots if columns[n].mostly_zero]
        self.echoes = {n: columns[n].echoes for n in self.slots if columns[n].echoes is not None}
        # The values a still row's slots take: each slot that is neither
        # zero nor an echo, and for an echo the column it echoes.
        self.still_slots = [self.echoes.get(n, n) for n in self.slots if n not in self.zeros]
        self.templates: dict[bool, dict[tuple, str]] = {False: {}, True: {}}

    def rows(self, values: Sequence[Sequence[Any]], numbers: list[str]) -> list[str | None]:
        """Each row's XML, None for a row to be written cell by cell."""
        if not self.zeros and not self.echoes:
            return self._rows(values, numbers, False)
        try:
            moved = list(map(any, zip(*(map(ne, values[n], repeat(0)) for n in self.zeros),
                                      *(map(ne, values[n], values[e]) for n, e in self.echoes.items()))))
        except TypeError:  # a value that cannot be compared
            return self._rows(values, numbers, False)
        if not any(moved):
            return self._rows(values, numbers, True)
        if all(moved):
            return self._rows(values, numbers, False)
        rows: list[str | None] = [None] * len(numbers)
        for kind in (True, False):
            chosen = list(map(not_, moved)) if kind else moved
            places = list(compress(range(len(numbers)), chosen))
            made = self._rows([list(compress(v, chosen)) for v in values], list(compress(numbers, chosen)), kind)
            for place, row in zip(places, made):
                rows[place] = row
        return rows

    def _rows(self, values: Sequence[Sequence[Any]], numbers: list[str], still: bool) -> list[str | None]:
        """The rows, all still or none."""
        count = len(numbers)
        made = {n: self.slot_makers[n](values[n]) for n in (self.still_slots if still else self.slots)}
        slots = [made[n] for n in (self.still_slots if still else self.slots)]
        keys = zip(*(values[n] for n in self.keys)) if self.keys else repeat((), count)
        templates = self.templates[still]
        get = templates.get
        try:
            pieces = [found if (found := get(key)) is not None else self._template(key, still) for key in keys]
        except TypeError:  # a value that cannot be looked up (not hashable)
            return [None] * count
        rows: list[str | None] = list(map(str.__mod__, pieces, zip(numbers, *slots)))
        if "" in rows:  # rows of a template not used
            rows = [row or None for row in rows]
        for values_made in made.values():
            if None in values_made:
                for n, value in enumerate(values_made):
                    if value is None:
                        rows[n] = None
        return rows

    def _template(self, key: tuple, still: bool) -> str:
        fixed = dict(zip(self.keys, key))
        parts = ['<row r="%s">']
        left_out = False
        for n, column in enumerate(self.columns):
            if n in fixed:
                body = self._fixed_body(column, fixed[n]).replace("%", "%%")
            elif still and n in self.zeros:
                body = cell_body(column.kind, 0, self.styles).replace("%", "%%")
            else:
                body = self.slot_bodies[n]
            if not body:
                left_out = True
            elif left_out:
                # A cell after one left out needs its reference: such rows
                # are written cell by cell, and this template, given the
                # row's number and its slots, writes nothing.
                width = 1 + len(self.still_slots if still else self.slots)
                template = self.templates[still][key] = "%.0s" * width
                return template
            else:
                parts.append("<c" + body[1:])
        parts.append("</row>")
        template = self.templates[still][key] = "".join(parts)
        return template

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
