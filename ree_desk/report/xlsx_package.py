"""The report workbook without its rows, made by openpyxl.

openpyxl lays out every sheet (column widths, frozen header rows, print
titles, page set-up) and writes the workbook, the style table and the other
parts of the package; the rows are then written straight into each sheet's
empty ``<sheetData>`` by ``xlsx_rows``. Every style a cell of the report can
have is entered into the style table here, in one fixed order, before the
package is saved: a row never needs a style the table lacks, and the style
numbers depend on nothing a month holds.
"""
from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ree_desk.report.xlsx_sheets import COUNT, DATE, DATETIME, ID, KG, PCT, TEXT, TONNES, Sheet, Table

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

# Fonts by name; None is the default font.
BOLD = "bold"
TITLE = "title"
EN_HEADER = "en_header"
FONTS = {None: None, BOLD: Font(bold=True), TITLE: Font(bold=True, size=14),
         EN_HEADER: Font(italic=True, color="595959")}
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="top")

# (kind, font, quote prefix, header) -> the cell's style attribute
StyleKey = tuple[str, str | None, bool, bool]


@dataclass(frozen=True)
class Package:
    parts: list[tuple[str, bytes]]   # every part of the package, in openpyxl's order
    sheet_parts: list[str]            # the worksheet part of each sheet, in sheet order
    styles: dict[StyleKey, str]       # ' s="N"', or "" for the default style


def make_package(sheets: Sequence[Sheet]) -> Package:
    workbook = Workbook(write_only=True)
    try:
        styles: dict[StyleKey, str] = {}
        for sheet in sheets:
            ws = workbook.create_sheet(sheet.title)
            set_up(ws, sheet)
            if not styles:
                styles = _register_styles(ws)
        buffer = io.BytesIO()
        workbook.save(buffer)
    except BaseException:
        _discard(workbook)
        raise
    with zipfile.ZipFile(buffer) as package:
        parts = [(name, package.read(name)) for name in package.namelist()]
    # A sheet's part is named only as the workbook is saved.
    return Package(parts, [ws.path.lstrip("/") for ws in workbook.worksheets], styles)


_EMPTY_SHEET_DATA = (b"<sheetData></sheetData>", b"<sheetData/>", b"<sheetData />")


def around_rows(sheet_part: bytes) -> tuple[bytes, bytes]:
    """A worksheet part of the package cut where its rows go: the XML up to
    and with ``<sheetData>``, and from ``</sheetData>`` on."""
    for empty in _EMPTY_SHEET_DATA:
        head, found, tail = sheet_part.partition(empty)
        if found:
            return head + b"<sheetData>", b"</sheetData>" + tail
    raise ValueError("a worksheet part without an empty <sheetData> to fill")


def set_up(ws: Any, sheet: Sheet) -> None:
    """Column widths, frozen header rows and printing of a write-only sheet."""
    for index, width in enumerate(_widths(sheet.tables), 1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = f"A{HEADER_ROWS + 1}"
    ws.print_title_rows = f"1:{HEADER_ROWS}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def _widths(tables: Sequence[Table]) -> list[float]:
    widths: list[float] = []
    for table in tables:
        for index, column in enumerate(table.columns):
            if index == len(widths):
                widths.append(column.width)
            else:
                widths[index] = max(widths[index], column.width)
    return widths


def style_keys() -> list[StyleKey]:
    """Every style a report cell can have, in the order they are entered."""
    keys: list[StyleKey] = []
    for font in FONTS:
        keys += [(TEXT, font, False, False), (TEXT, font, True, False)]
        keys += [(kind, font, False, False) for kind in FORMATS]
    for font in (BOLD, EN_HEADER):
        keys += [(TEXT, font, False, True), (TEXT, font, True, True)]
    return keys


def _register_styles(ws: Any) -> dict[StyleKey, str]:
    styles = {}
    for key in style_keys():
        kind, font, quoted, header = key
        cell = WriteOnlyCell(ws)
        if kind != TEXT:
            cell.number_format = FORMATS[kind]
        if font is not None:
            cell.font = FONTS[font]
        if quoted:
            cell.quotePrefix = True  # as a spreadsheet program marks text it must not take for a formula
        if header:
            cell.fill = HEADER_FILL
            cell.alignment = HEADER_ALIGNMENT
        number = cell.style_id  # reading it enters the style into the workbook
        styles[key] = f' s="{number}"' if number else ""
    return styles


def _discard(workbook: Workbook) -> None:
    """Remove the temporary files openpyxl writes each sheet to; they would
    otherwise stay until the program exits."""
    for ws in workbook.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        try:
            writer.cleanup()
        except (OSError, ValueError):  # already removed
            pass
