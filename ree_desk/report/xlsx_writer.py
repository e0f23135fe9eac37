"""Writing a month's report as an xlsx workbook.

The figures arrive computed and checked (``MonthReport``); this module only
lays them out, following the declarations of ``xlsx_sheets``. The workbook is
streamed in openpyxl's write-only mode so memory stays flat, into a temporary
file beside the target that is renamed into place only once it is complete:
a failure never leaves a half-written report where the real one belongs.

Numbers are written as numbers with number formats, totals as values summed
from the integer grams, and text is always text: a lot number or a note that
starts like a formula is stored as a string cell, never as a formula.
"""
from __future__ import annotations

import datetime as dt
import os
import secrets
from collections.abc import Callable, Container, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ree_desk.report.model import MonthReport
from ree_desk.xlsx_text import text_cell
from ree_desk.report.xlsx_sheets import (
    COUNT,
    DATE,
    DATETIME,
    ID,
    KG,
    PCT,
    TEXT,
    TONNES,
    Column,
    Sheet,
    Table,
    Typed,
    report_sheets,
)

__all__ = ["write_report_xlsx", "write_workbook"]

Progress = Callable[[int, int], None]

PROGRESS_STEP = 1000
HEADER_ROWS = 2
FORMATS = {
    KG: "#,##0.000",
    TONNES: "#,##0.000###",
    PCT: "0.00",
    ID: "0",
    COUNT: "#,##0",
    DATE: "yyyy-mm-dd",
    DATETIME: "yyyy-mm-dd hh:mm",
}
# How each kind's raw integer becomes the number in the cell. int / int is
# correctly rounded, so the cell holds the double nearest the exact value.
_SCALE = {KG: 1000, TONNES: 1_000_000, PCT: 100}

BOLD = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)
EN_HEADER_FONT = Font(italic=True, color="595959")
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
WRAP = Alignment(wrap_text=True, vertical="top")



def write_report_xlsx(
    report: MonthReport, path: Path, *, progress: Progress | None = None, parallel: bool = False,
) -> None:
    """Write the month's report to ``path``, replacing any file there only
    once the new one is complete. ``parallel`` lets a second process write
    half of the sheets (see ``xlsx_halves``)."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    temporary.open("xb").close()  # fails early, and cleanly, in a folder we cannot write
    try:
        sheets = report_sheets(report)
        done = False
        if parallel:
            from ree_desk.report.xlsx_halves import write_in_halves

            done = write_in_halves(sheets, temporary, progress)
        if not done:
            counter = RowCounter(sum(len(t.rows) for s in sheets for t in s.tables), progress)
            write_workbook(sheets, temporary, counter)
            counter.finish()
        _flush_to_disk(temporary)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_workbook(sheets: Sequence[Sheet], target: Path, counter: "RowCounter",
                   fill: Container[int] | None = None) -> None:
    """Save a workbook of ``sheets`` to ``target``; with ``fill``, only the
    sheets of those indexes get their rows, the others are laid out empty."""
    workbook = Workbook(write_only=True)
    try:
        for index, sheet in enumerate(sheets):
            writer = _SheetWriter(workbook.create_sheet(sheet.title), counter)
            if index == 0:
                register_styles(writer)
            if fill is None or index in fill:
                writer.write(sheet)
            else:
                writer.lay_out(sheet)
        workbook.save(target)
    except BaseException:
        _discard(workbook)
        raise


def register_styles(writer: "_SheetWriter") -> None:
    """Enter every style the report can use into the workbook, in one fixed
    order, before any data: the style numbers then depend on nothing a
    month holds, and two processes writing parts of one workbook agree."""
    cells = []
    for font in (None, BOLD, TITLE_FONT, EN_HEADER_FONT):
        cells.append(writer._text("x", font))
        cells.append(writer._text("=x", font))  # a text that looks like a formula
        cells.extend(writer._cell(kind, _SAMPLE[kind], font) for kind in FORMATS)
    for font in (BOLD, EN_HEADER_FONT):
        cells.append(writer._header("x", font))
    cells.extend(writer._styled(kind) for kind in FORMATS)
    for cell in cells:
        if not isinstance(cell, str):  # plain text needs no style
            cell.style_id  # noqa: B018 - reading it enters the style into the workbook


_SAMPLE = {KG: 0, TONNES: 0, PCT: 0, ID: 0, COUNT: 0, DATE: dt.date(2000, 1, 1),
           DATETIME: dt.datetime(2000, 1, 1)}


class RowCounter:
    """Reports progress every PROGRESS_STEP data rows and at the end."""

    def __init__(self, total: int, progress: Progress | None):
        self.total = total
        self.done = 0
        self.progress = progress

    def tick(self) -> None:
        self.done += 1
        if self.progress is not None and self.done % PROGRESS_STEP == 0:
            self.progress(self.done, self.total)

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.total, self.total)


class _SheetWriter:
    def __init__(self, ws: Any, counter: RowCounter):
        self.ws = ws
        self.counter = counter

    def write(self, sheet: Sheet) -> None:
        self._set_up(sheet)
        if sheet.heading is not None:
            zh, en = sheet.heading
            self.ws.append([self._text(zh, TITLE_FONT)])
            self.ws.append([self._text(en, EN_HEADER_FONT)])
        for index, table in enumerate(sheet.tables):
            if index or sheet.heading is not None:
                self.ws.append([])
            self._table(table)

    def lay_out(self, sheet: Sheet) -> None:
        """The sheet's set-up without its rows."""
        self._set_up(sheet)

    def _set_up(self, sheet: Sheet) -> None:
        """Everything write-only mode needs before the first row."""
        ws = self.ws
        for index, width in enumerate(_widths(sheet.tables), 1):
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = f"A{HEADER_ROWS + 1}"
        ws.print_title_rows = f"1:{HEADER_ROWS}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0

    def _table(self, table: Table) -> None:
        columns = table.columns
        if table.title:
            self.ws.append([self._text(table.title, BOLD)])
        if table.headers:
            self.ws.append([self._header(c.zh, BOLD) for c in columns])
            self.ws.append([self._header(c.en, EN_HEADER_FONT) for c in columns])
        # One styled cell per number column, reused row after row: write-only
        # mode writes a row out during append, and building and styling a new
        # cell for every number is most of the cost of a large month.
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
            self.counter.tick()
        if table.totals is not None:
            for label, rows in table.totals(table.rows):
                self.ws.append(self._total_row(label, columns, rows))

    def _total_row(self, label: str, columns: Sequence[Column], rows: Sequence[Any]) -> list[Any]:
        cells = [self._text(label, BOLD)]
        for column in columns[1:]:
            value = column.total(rows) if column.total is not None else None
            cells.append(self._cell(column.kind, value, BOLD))
        return cells

    def _header(self, text: str, font: Font) -> WriteOnlyCell:
        cell = self._text(text, font)
        cell.fill = HEADER_FILL
        cell.alignment = WRAP
        return cell

    def _styled(self, kind: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws)
        cell.number_format = FORMATS[kind]
        return cell

    def _cell(self, kind: str, value: Any, font: Font | None = None) -> Any:
        if isinstance(value, Typed):
            kind, value = value.kind, value.value
        if value is None:
            return None
        if kind == TEXT:
            return self._text(value, font)
        cell = WriteOnlyCell(self.ws, value=_number(kind, value))
        cell.number_format = FORMATS[kind]
        if font is not None:
            cell.font = font
        return cell

    def _text(self, value: str, font: Font | None = None) -> Any:
        return text_cell(self.ws, value, font=font)


def _number(kind: str, value: Any) -> Any:
    if kind in (DATE, DATETIME):
        if not isinstance(value, dt.date):
            raise TypeError(f"expected a date, found {value!r}")
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            value = value.astimezone().replace(tzinfo=None)  # Excel knows no time zones: local time
        return value
    if type(value) is not int:
        raise TypeError(f"expected an integer for a {kind} cell, found {value!r}")
    scale = _SCALE.get(kind)
    return value if scale is None else value / scale


def _widths(tables: Sequence[Table]) -> list[float]:
    widths: list[float] = []
    for table in tables:
        for index, column in enumerate(table.columns):
            if index == len(widths):
                widths.append(column.width)
            else:
                widths[index] = max(widths[index], column.width)
    return widths


def _flush_to_disk(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _discard(workbook: Workbook) -> None:
    """Close the sheets and remove the rows openpyxl streamed to its own
    temporary files; they would otherwise stay until the program exits."""
    for ws in workbook.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        try:
            if not ws.closed:
                ws.close()
        except Exception:  # noqa: BLE001 - best effort: the original error is what matters
            pass
        try:
            writer.cleanup()
        except (OSError, ValueError):  # already removed by a completed save
            pass
