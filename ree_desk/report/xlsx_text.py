"""Text in an xlsx file stays text: one rule for every workbook REE Desk writes.

A spreadsheet program reads text starting with ``= + - @``, tab or CR as a
formula (or a cell reference) when the cell is edited or pasted, and
openpyxl itself would store "=..." as a formula and "#N/A" as an error.
Characters XML cannot carry (and CR, which XML turns into LF) are written the
way Excel writes them, as _xHHHH_ (a UTF-16 code unit); a literal _xHHHH_ is
escaped too.
"""
from __future__ import annotations

import re
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Font

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Text that every rule here leaves as it is: letters and digits of any
# script (no underscore, so no _xHHHH_), with dots, brackets, slashes,
# hyphens and inner spaces; it starts with a letter or digit, so it cannot
# start a formula or an error value, and it has no space at either end.
# Writers may put such text into the XML unchanged.
PLAIN_TEXT = re.compile(r"[^\W_](?:[^\W_]|[.()/ -])*(?<! )")
# The same rule over texts joined by newlines (which PLAIN_TEXT never
# holds), checked in one pass: "_" is kept out apart, to leave one class.
_PLAIN_LINES = re.compile(r"(?:[^\W_][\w.()/ -]*(?<! )\n)*[^\W_][\w.()/ -]*(?<! )")
_NEEDS_ESCAPE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\r\ud800-\udfff\ufffe\uffff]|_x[0-9A-Fa-f]{4}_")


def _escape(match: re.Match[str]) -> str:
    found = match.group()
    return f"_x{ord(found):04X}_" if len(found) == 1 else "_x005F" + found


def escape_text(value: str) -> str:
    """``value`` with what XML cannot carry written as _xHHHH_."""
    return _NEEDS_ESCAPE.sub(_escape, value) if _NEEDS_ESCAPE.search(value) else value


def all_plain(texts: list[str]) -> bool:
    """Whether every one of ``texts`` is ``PLAIN_TEXT``; one pass over them
    all, where a few hundred thousand lot numbers each matched alone took
    several times as long."""
    try:
        joined = "\n".join(texts)
    except TypeError:  # not all of them text
        return False
    return (bool(texts) and joined.count("\n") == len(texts) - 1 and "_" not in joined
            and _PLAIN_LINES.fullmatch(joined) is not None)


def looks_like_formula(escaped: str) -> bool:
    """Whether a spreadsheet program could take the (escaped) text for a
    formula or an error value: such a cell gets a quote prefix."""
    return escaped.startswith(FORMULA_START) or escaped in ERROR_CODES


def text_cell(ws: Any, value: str, *, font: Font | None = None, always_cell: bool = False) -> Any:
    """``value`` as a string cell of the write-only sheet ``ws``, whatever it
    looks like. Plain text is returned as is (openpyxl stores it as a string)."""
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {value!r}")
    value = escape_text(value)
    looks_special = looks_like_formula(value)
    if font is None and not looks_special and not always_cell:
        return value
    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"
    if looks_special:
        cell.quotePrefix = True  # as a spreadsheet program marks it when the cell is edited
    if font is not None:
        cell.font = font
    return cell
