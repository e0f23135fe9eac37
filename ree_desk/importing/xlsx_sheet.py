"""The rows of a worksheet's XML, streamed, with what openpyxl knows of the
workbook around it (shared strings, number formats, date system).

The sheet is read twice, both times streamed from the zip: first scanned as
bytes, then parsed.

The scan refuses any document type declaration (SpreadsheetML has none; it
is where entity bombs are declared), finds where the last tag that can
carry a value ends, and collects the merged cells, which a sheet lists after
its rows. A sheet whose rows go on empty to row 1,048,576, styled or not, is
then parsed only as far as its last value: the rest is known to be empty.

The parse gives each cell as openpyxl's read-only mode with ``data_only``
gives it, except what a cell cannot give as a value: a formula that was
never computed (files written by programs that do not compute formulas), an
error value (#DIV/0!), a number formatted as a date outside the calendar.
Those come back as ``BadCell`` saying what they hold, so that the row
reports them instead of taking them for blank cells.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.etree.ElementTree import XMLPullParser
from zipfile import ZipFile

from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE
from openpyxl.utils.datetime import from_excel, from_ISO8601

from ree_desk.domain.drafts import BadCell
from ree_desk.domain.problems import visible

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _C, _V, _F, _IS, _T, _R = (_NS + tag for tag in ("row", "c", "v", "f", "is", "t", "r"))
_SHEET_DATA = _NS + "sheetData"
_SI = _NS + "si"

CHUNK = 2**20  # scanned at a time
# Parsed at a time: the parser holds every element and event of what it was
# fed until they are read, and larger pieces run several times slower.
PARSE_CHUNK = 2**14
# A tag that can give a cell a value: <v>, <is> (inline text) or <f>
# (a formula), with any namespace prefix. A false match (in text) only
# makes the parse read further.
_VALUE_TAG = re.compile(rb"<(?:[^\s<>/!?:]+:)?(?:v|is|f)[\s/>]")
_MERGE_TAG = re.compile(rb"<(?:[^\s<>/!?:]+:)?mergeCell\s[^>]*?\bref=[\"']"
                        rb"([A-Z]{1,3}[0-9]{1,7}(?::[A-Z]{1,3}[0-9]{1,7})?)")
_DECLARATIONS = (b"<!DOCTYPE", b"<!ENTITY")
# A tag longer than this, cut by a chunk's end, is not looked into further;
# the parse then reads the whole sheet.
_LONGEST_TAG = 4096
MAX_MERGED = 10_000  # beyond, merged cells only go without their own message

_CELL_REF = re.compile(r"([A-Z]{1,3})[0-9]*")
_DIGITS = "0123456789"
_NUMBER = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


class Declarations(Exception):
    """The sheet declares a document type (and with it, possibly, entities)."""


class Damaged(Exception):
    """The sheet's XML holds what no spreadsheet program writes."""


@dataclass(frozen=True)
class Merged:
    ref: str
    first_column: int  # indexes from 0
    first_row: int
    last_column: int
    last_row: int


@dataclass
class SheetScan:
    values_end: int | None = 0  # offset past the last value tag; None: parse it all
    merged: list[Merged] = field(default_factory=list)


def scan_sheet(archive: ZipFile, name: str) -> SheetScan:
    scan = SheetScan()
    start = 0  # offset of ``buf`` in the unpacked part
    carry = b""
    with archive.open(name) as src:
        while True:
            chunk = src.read(CHUNK)
            buf = carry + chunk if carry else chunk
            end = len(buf)
            if chunk:  # keep a tag cut at the chunk's end for the next round
                lt = buf.rfind(b"<")
                if lt >= 0 and buf.find(b">", lt) < 0:
                    end = lt
                    if end < len(buf) - _LONGEST_TAG:
                        end, scan.values_end = len(buf), None
            for declaration in _DECLARATIONS:
                if buf.find(declaration, 0, end) >= 0:
                    raise Declarations
            if scan.values_end is not None:
                last = _last_value_tag(buf, end)
                if last >= 0:
                    scan.values_end = start + last
            if len(scan.merged) < MAX_MERGED and buf.find(b"mergeCell", 0, end) >= 0:
                scan.merged.extend(_merged(m.group(1).decode()) for m in _MERGE_TAG.finditer(buf, 0, end))
            if not chunk:
                return scan
            carry = buf[end:]
            start += end


def _last_value_tag(buf: bytes, end: int) -> int:
    """Where the last value tag before ``end`` ends, or -1: looked for from the
    end back, since a chunk of rows has one in its last few kilobytes."""
    window = 4096
    while True:
        low = max(0, end - window)
        found = None
        for found in _VALUE_TAG.finditer(buf, low, end):
            pass
        if found is not None:
            return found.end()
        if low == 0:
            return -1
        window *= 16


def _merged(ref: str) -> Merged:
    first, _, last = ref.partition(":")
    c1, r1 = _split_ref(first)
    c2, r2 = _split_ref(last or first)
    return Merged(ref, c1, r1, c2, r2)


def _split_ref(ref: str) -> tuple[int, int]:
    letters = ref.rstrip(_DIGITS)
    return column_index(letters), int(ref[len(letters):])


_COLUMNS: dict[str, int] = {}


def _column_of(ref: str) -> int:
    match = _CELL_REF.fullmatch(ref)
    if match is None:
        raise Damaged(f"a cell named {ref!r}")
    return column_index(match.group(1))


def column_index(letters: str) -> int:
    """"A" -> 0, "AA" -> 26."""
    index = _COLUMNS.get(letters)
    if index is None:
        index = 0
        for ch in letters:
            index = index * 26 + (ord(ch) - 64)
        index = _COLUMNS[letters] = index - 1
    return index


class Book:
    """What the cells of a sheet need from its workbook, as openpyxl read it."""

    def __init__(self, wb, strings: list[str]) -> None:
        self.strings = strings
        self.epoch = wb.epoch
        self._styles = wb._cell_styles  # openpyxl's own reading of styles.xml
        self._formats = wb._number_formats
        self._dates = wb._date_formats
        self._durations = wb._timedelta_formats
        self._percent: dict[str, bool] = {}

    def kind(self, style: str) -> str:
        """"date", "duration", "percent" or "" for a number of this style."""
        index = int(style) if style.isdigit() else -1
        if index in self._dates:
            return "duration" if index in self._durations else "date"
        if not 0 <= index < len(self._styles):
            return ""
        fmt_id = self._styles[index].numFmtId
        if fmt_id < BUILTIN_FORMATS_MAX_SIZE:
            fmt = BUILTIN_FORMATS.get(fmt_id, "General")
        elif fmt_id - BUILTIN_FORMATS_MAX_SIZE < len(self._formats):
            fmt = self._formats[fmt_id - BUILTIN_FORMATS_MAX_SIZE]
        else:
            return ""
        return "percent" if percent_format(fmt) else ""


_FORMAT_LITERALS = re.compile(r'"[^"]*"|\\.')


def percent_format(fmt: str) -> bool:
    """Only a bare % scales the value by 100; '0.00"%"' or '0.00\\%' just
    print a percent sign after the number as stored."""
    return "%" in _FORMAT_LITERALS.sub("", fmt or "")


# (row number, non-blank cells by column index from 0, columns of numbers
# formatted as percentages or None)
SheetRow = tuple[int, dict[int, object], "set[int] | None"]


def sheet_rows(archive: ZipFile, name: str, book: Book, values_end: int | None) -> Iterator[SheetRow]:
    """The rows of the sheet that hold a cell, in the file's order. With
    ``values_end`` the parse stops at the first row that ends past it."""
    parser = XMLPullParser(events=("start", "end"))
    kinds: dict[str, str] = {}
    number = 0
    depth = 0
    root = data = None
    fed = 0
    past_values = False
    with archive.open(name) as src:
        while True:
            chunk = src.read(PARSE_CHUNK)
            if chunk:
                parser.feed(chunk)
                fed += len(chunk)
            else:
                parser.close()
            for event, el in parser.read_events():
                if event == "start":
                    depth += 1
                    if depth == 1:
                        root = el
                    elif el.tag == _SHEET_DATA:
                        data = el
                    continue
                depth -= 1
                if el.tag == _ROW:
                    r = el.get("r")
                    number = number + 1 if r is None else _row_number(r)
                    cells, percent = _cells(el, book, kinds)
                    el.clear()
                    if data is not None and depth == 2:
                        data.clear()  # rows read are let go
                    if cells:
                        yield number, cells, percent
                    if past_values:
                        return
                elif depth == 1 and root is not None:
                    root.clear()
            if not chunk:
                return
            if values_end is not None and fed >= values_end:
                past_values = True


def _row_number(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or len(text) > 9:
        raise Damaged(f"a row numbered {text!r}")
    return int(text)


def _cells(row, book: Book, kinds: dict[str, str]) -> tuple[dict[int, object], set[int] | None]:
    cells: dict[int, object] = {}
    percent = None
    column = -1
    for c in row:
        if c.tag != _C:
            continue
        ref = c.get("r")
        if ref is None:
            column += 1
        else:
            column = _COLUMNS.get(ref.rstrip(_DIGITS))
            if column is None:
                column = _column_of(ref)
        t = c.get("t")
        if t == "inlineStr":
            node = c.find(_IS)
            value = _inline_text(node) if node is not None else None
            if not value or not value.strip():
                continue
            cells[column] = value
            continue
        v = c.find(_V)
        text = v.text if v is not None else None
        if not text:
            # A number, a date or a true/false value is never empty: an empty
            # one beside a formula was never computed. An empty text result is.
            if t != "str" and (f := c.find(_F)) is not None:
                cells[column] = _uncomputed(f)
            continue
        if t is None or t == "n":
            value = _number(text)
            style = c.get("s")
            if style and type(value) is not str:
                kind = kinds.get(style)
                if kind is None:
                    kind = kinds[style] = book.kind(style)
                if kind == "percent":
                    if percent is None:
                        percent = set()
                    percent.add(column)
                elif kind:
                    value = _date(value, book, kind == "duration")
        elif t == "s":
            try:
                value = book.strings[int(text)]
            except (ValueError, IndexError):
                raise Damaged(f"a shared string numbered {text!r}") from None
            if not value.strip():
                continue
        elif t == "b":
            value = {"1": True, "0": False}.get(text, text)
        elif t == "e":
            value = BadCell("a value", f"the error value {_short(text)}", text)
        elif t == "d":
            try:
                value = from_ISO8601(text)
            except ValueError:
                value = BadCell("a date within the calendar", f"the date {_short(text)}", text)
        else:  # "str", a formula's text result, and types no program writes
            if not text.strip():
                continue
            value = text
        cells[column] = value
    return cells, percent


def shared_strings(archive: ZipFile, name: str) -> list[str]:
    """The shared strings part, as openpyxl reads it (plain text, runs of
    rich text joined, phonetic runs left out), checked for declarations
    piece by piece before the parser is given the piece."""
    parser = XMLPullParser(events=("end",))
    strings: list[str] = []
    tail = b""
    with archive.open(name) as src:
        while chunk := src.read(PARSE_CHUNK):
            seen = tail + chunk
            if any(declaration in seen for declaration in _DECLARATIONS):
                raise Declarations
            tail = seen[-len(_DECLARATIONS[0]):]
            parser.feed(chunk)
            for _event, el in parser.read_events():
                if el.tag == _SI:
                    strings.append(_inline_text(el).replace("x005F_", ""))
                    el.clear()
    parser.close()
    return strings


def _inline_text(node) -> str:
    plain = node.find(_T)
    parts = [plain.text or ""] if plain is not None else []
    parts.extend(run.findtext(_T) or "" for run in node.iterfind(_R))
    return "".join(parts)


def _number(text: str) -> int | float | str:
    """The number a value tag holds, as openpyxl reads it; text that is no
    finite number ("NaN", "1e309") stays text, which the row then refuses."""
    if len(text) > 400 or not _NUMBER.fullmatch(text):
        return text
    if "." in text or "e" in text or "E" in text:
        number = float(text)
        return number if number - number == 0 else text
    return int(text)


def _date(value: int | float, book: Book, duration: bool) -> object:
    try:
        return from_excel(value, book.epoch, timedelta=duration)
    except (OverflowError, ValueError):
        return BadCell("a date within the calendar", f"the number {value!r} in a cell formatted as a date",
                       repr(value))


def _uncomputed(formula) -> BadCell:
    text = formula.text
    found = f"the formula ={_short(text)}" if text else "a formula"
    return BadCell("a value, not a formula left uncomputed (open and save the file in Excel or WPS)",
                   f"{found} with no value", f"={text}" if text else "=")


def _short(text: str, limit: int = 40) -> str:
    return visible(text if len(text) <= limit else text[: limit - 1] + "…")
