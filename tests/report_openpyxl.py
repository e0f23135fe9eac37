"""The report's sheets written cell by cell in openpyxl's write-only mode.

This is how the report was written before its rows came from cell
templates: the tests hold the two workbooks equal cell for cell, and
``benchmarks/bench_xlsx.py`` times it as the baseline. Like the program
before, it reuses one styled cell per number column down the rows.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from ree_desk.report.xlsx_package import BOLD, EN_HEADER, FONTS, FORMATS, HEADER_ALIGNMENT, HEADER_FILL, TITLE, set_up
from ree_desk.report.xlsx_sheets import KG, PCT, TEXT, TONNES, Sheet, Table, Typed
from ree_desk.report.xlsx_text import text_cell

_SCALE = {KG: 1000, TONNES: 1_000_000, PCT: 100}


def write_with_openpyxl(sheets: Sequence[Sheet], path: Path) -> None:
    workbook = Workbook(write_only=True)
    for sheet in sheets:
        ws = workbook.create_sheet(sheet.title)
        set_up(ws, sheet)
        _SheetWriter(ws).write(sheet)
    workbook.save(path)


class _SheetWriter:
    def __init__(self, ws: Any):
        self.ws = ws

    def write(self, sheet: Sheet) -> None:
        if sheet.heading is not None:
            zh, en = sheet.heading
            self.ws.append([self._text(zh, TITLE)])
            self.ws.append([self._text(en, EN_HEADER)])
        for index, table in enumerate(sheet.tables):
            if index or sheet.heading is not None:
                self.ws.append([])
            self._table(table)

    def _table(self, table: Table) -> None:
        columns = table.columns
        if table.title:
            self.ws.append([self._text(table.title, BOLD)])
        if table.headers:
            self.ws.append([self._header(c.zh, BOLD) for c in columns])
            self.ws.append([self._header(c.en, EN_HEADER) for c in columns])
        reusable = [self._styled(c.kind) if c.kind != TEXT else None for c in columns]
        for row in table.rows:
            values = []
            for column, cell in zip(columns, reusable):
                value = column.get(row)
                if cell is not None and value is not None and not isinstance(value, Typed):
                    cell.value = _number(column.kind, value)
                    values.append(cell)
                else:
                    values.append(self._cell(column.kind, value))
            self.ws.append(values)
        if table.totals is not None:
            for label, rows in table.totals(table.rows):
                cells = [self._text(label, BOLD)]
                cells += [self._cell(c.kind, c.total(rows) if c.total is not None else None, BOLD)
                          for c in columns[1:]]
                self.ws.append(cells)

    def _header(self, text: str, font: str) -> WriteOnlyCell:
        cell = self._text(text, font)
        cell.fill = HEADER_FILL
        cell.alignment = HEADER_ALIGNMENT
        return cell

    def _styled(self, kind: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws)
        cell.number_format = FORMATS[kind]
        return cell

    def _cell(self, kind: str, value: Any, font: str | None = None) -> Any:
        if isinstance(value, Typed):
            kind, value = value.kind, value.value
        if value is None:
            return None
        if kind == TEXT:
            return self._text(value, font)
        cell = WriteOnlyCell(self.ws, value=_number(kind, value))
        cell.number_format = FORMATS[kind]
        if font is not None:
            cell.font = FONTS[font]
        return cell

    def _text(self, value: str, font: str | None = None) -> Any:
        return text_cell(self.ws, value, font=FONTS[font])


def _number(kind: str, value: Any) -> Any:
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone().replace(tzinfo=None)
    if isinstance(value, dt.date):
        return value
    scale = _SCALE.get(kind)
    return value if scale is None else value / scale
