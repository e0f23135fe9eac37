"""One cell of a report sheet as worksheet XML, the way openpyxl writes it.

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
from typing import Any

from openpyxl.utils.datetime import to_excel

from ree_desk.report.xlsx_package import StyleKey
from ree_desk.report.xlsx_shared import xml_text
from ree_desk.report.xlsx_sheets import COUNT, DATE, DATETIME, ID, KG, PCT, TEXT, TONNES, Typed
from ree_desk.report.xlsx_text import escape_text, looks_like_formula

Styles = dict[StyleKey, str]

# How each kind's integer becomes the number in the cell.
SCALE = {KG: 1000, TONNES: 1_000_000, PCT: 100, ID: 1, COUNT: 1}


def cell_body(kind: str, value: Any, styles: Styles, font: str | None = None, header: bool = False) -> str:
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
        return f'"{style} t="inlineStr"><is>{xml_text(text)}</is></c>'
    return f'"{styles[kind, font, False, False]}><v>{number_text(kind, value)}</v></c>'


def number_text(kind: str, value: Any) -> str:
    if kind in (DATE, DATETIME):
        if not isinstance(value, dt.date):
            raise TypeError(f"expected a date, found {value!r}")
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            value = value.astimezone().replace(tzinfo=None)  # Excel knows no time zones: local time
        serial = to_excel(value)
        return str(int(serial)) if serial == int(serial) else repr(serial)
    if type(value) is not int:
        raise TypeError(f"expected an integer for a {kind} cell, found {value!r}")
    return decimal_text(value, SCALE[kind])


def decimal_text(value: int, scale: int) -> str:
    """``value / scale`` written out exactly, without trailing zeros."""
    if scale == 1:
        return str(value)
    whole, part = divmod(abs(value), scale)
    sign = "-" if value < 0 else ""
    fraction = f"{part:0{len(str(scale)) - 1}d}".rstrip("0")
    return f"{sign}{whole}.{fraction}" if fraction else f"{sign}{whole}"


# The fractions of the common scales, ready: "", ".001" … ".999".
FRACTIONS = {scale: [decimal_text(part, scale)[1:] for part in range(scale)] for scale in (100, 1000)}
