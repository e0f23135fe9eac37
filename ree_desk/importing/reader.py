"""Get the table out of a movement file (CSV or xlsx), faithfully.

This module does not judge values: every cell comes back as the file holds
it (strings stripped, blanks as ``None``), and only problems with the file
itself or its header row are reported here.  Converting and validating each
field is the job of the next step.

Line numbers are the ones the user sees: the spreadsheet row number for xlsx,
the physical line on which a CSV record starts (a quoted field may span lines),
with the header normally on line 1.
"""
from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

from ree_desk.importing.table import (
    COLUMN_NAMES,
    COLUMNS,
    REQUIRED_COLUMNS,
    Column,
    FileUnreadable,
    Header,
    Problem,
    RawRow,
    RawTable,
    cannot_read,
    describe_found,
    match_header,
    read_header,
)

__all__ = [
    "COLUMNS",
    "COLUMN_NAMES",
    "REQUIRED_COLUMNS",
    "Column",
    "FileUnreadable",
    "Problem",
    "RawRow",
    "RawTable",
    "describe_found",
    "match_header",
    "read_movement_file",
]

# A movement file larger than this is refused before it is read: a month of a
# large plant is some 100,000 rows (15 MB of CSV). Beyond it, memory would run
# out before the file was checked.
MAX_FILE_BYTES = 256 * 2**20


# --------------------------------------------------------------------------
# Entry point


def read_movement_file(path: str | Path) -> RawTable:
    """Read a movement file into raw rows; raise FileUnreadable if impossible."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        reader = _read_csv
    elif suffix in (".xlsx", ".xlsm"):
        reader = _read_xlsx
    elif suffix == ".xls":
        raise FileUnreadable(path, "old .xls workbooks are not supported; "
                                   "save it as .xlsx (Excel Workbook) or CSV UTF-8 and import again")
    else:
        raise FileUnreadable(path, "not a movement file; expected a .csv, .xlsx or .xlsm file")
    if not path.exists():
        raise FileUnreadable(path, "file not found")
    if path.is_dir():
        raise FileUnreadable(path, "is a folder, not a file")
    check_file_size(path)
    return reader(path)


def check_file_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise cannot_read(path, exc) from None
    if size > MAX_FILE_BYTES:
        held, most = f"{size / 2**20:,.0f}", f"{MAX_FILE_BYTES / 2**20:,.0f}"
        raise FileUnreadable(path, f"refused: the file holds {held} MB, more than the {most} MB one import "
                                   f"may read; split it by month")


# --------------------------------------------------------------------------
# CSV

_UTF8_ADVICE = 'UTF-8 text (in Excel or WPS use Save As, "CSV UTF-8 (Comma delimited)")'
_SEP_HINT = re.compile(r'"?sep=(.)"?$', re.IGNORECASE)
_EOL = re.compile(r"\r\n|\n|\r")


@dataclass(frozen=True)
class CsvText:
    """A CSV file decoded, with the delimiter it uses."""

    text: str
    delimiter: str
    first_line: int  # the physical line on which ``text`` starts (2 after a "sep=" line)


def decode_csv(path: Path) -> CsvText | Problem:
    """The text of a CSV file, or the problem with its encoding; raises
    ``FileUnreadable`` for a file that is not CSV at all."""
    check_file_size(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise cannot_read(path, exc) from None
    if data.startswith(b"PK\x03\x04"):
        raise FileUnreadable(path, "is an Excel workbook with a .csv name; rename it to .xlsx and import again")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise FileUnreadable(path, "is an old Excel .xls workbook with a .csv name; "
                                   "save it as .xlsx or CSV UTF-8 and import again")
    body = data[len(codecs.BOM_UTF8):] if data.startswith(codecs.BOM_UTF8) else data
    if _is_utf16(body):
        return Problem(1, None, _UTF8_ADVICE, _UTF16)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _encoding_problem(body, exc)

    eol = _EOL.search(text)
    first_line = text[: eol.start()] if eol else text
    sep = _SEP_HINT.match(first_line.strip())
    if sep:  # Excel's "sep=;" hint line: use it, and the header is on line 2
        return CsvText(text[eol.end():] if eol else "", sep.group(1), 2)
    if "," in first_line:
        return CsvText(text, ",", 1)
    semis, tabs = first_line.count(";"), first_line.count("\t")
    return CsvText(text, ";" if semis > tabs else ("\t" if tabs else ","), 1)


def _read_csv(path: Path) -> RawTable:
    decoded = decode_csv(path)
    if isinstance(decoded, Problem):
        return RawTable(path, "csv", [], [], [decoded])
    text, delimiter, first_record_line = decoded.text, decoded.delimiter, decoded.first_line

    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    offset = first_record_line - 1
    problems: list[Problem] = []
    rows: list[RawRow] = []
    header: Header | None = None
    last = 0
    empty = frozenset()
    try:
        for cells in reader:
            start = last + 1 + offset
            last = reader.line_num
            if not "".join(cells).strip():
                continue  # blank row (or blank line)
            if header is None:
                header = read_header(cells, start)
                problems.extend(header.problems)
                known, width, unnamed = header.known, header.width, header.unnamed
                names = [name for _, name in known]
                getter = itemgetter(*(i for i, _ in known)) if len(known) >= 2 else None
                absent = {name: None for name in COLUMN_NAMES if name not in names}
                continue
            n = len(cells)
            if n != width and last > start - offset and _runs_on(cells):
                problems.append(Problem(start, None, _CLOSING_QUOTE,
                                        f"a quoted field running on to line {last + offset}"))
                continue
            if n >= width and getter is not None:
                # Hot path: one C-level pick of the known cells per row.
                values = dict(zip(names, [c.strip() or None for c in getter(cells)]))
                if absent:
                    values.update(absent)
                if n > width:
                    _check_extra(cells, width, start, problems)
            else:
                values = dict.fromkeys(COLUMN_NAMES)
                for i, name in known:
                    if i < n:
                        values[name] = cells[i].strip() or None
            if unnamed:
                _check_unnamed(cells, unnamed, start, problems)
            rows.append(RawRow(start, values, empty))
        if rows and rows[-1].line == start and last > start - offset and _unclosed(text, start - offset, delimiter):
            rows.pop()  # the rest of the file went into its last cell
            problems.append(Problem(start, None, _CLOSING_QUOTE, "a quoted field running on to the end of the file"))
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            problems.append(Problem(last + 1 + offset, None, _CLOSING_QUOTE,
                                    f"a field of more than {csv.field_size_limit():,} characters"))
        else:
            problems.append(Problem(last + 1 + offset, None, "well-formed CSV", f"a CSV error ({exc})"))
    if header is None and not problems:
        problems.append(Problem(None, None, "a header row naming the columns", "an empty file"))
    return RawTable(path, "csv", header.columns if header else [], rows, problems)


_UTF16 = 'text in the UTF-16 encoding (Excel\'s "Unicode Text"); it is not UTF-8'


def _is_utf16(body: bytes) -> bool:
    """UTF-16 by its byte-order mark, or by the zero byte beside nearly every
    ASCII character of its first line (a UTF-8 file has no zero bytes)."""
    if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    head = body[:200]
    return len(head) >= 8 and head.count(0) * 3 >= len(head)


# A record of the wrong width that spans lines: a quote opened a field and
# the next quote, lines further on, closed it.
_CLOSING_QUOTE = "a closing quote for the field quoted on this line"


def _runs_on(cells: list[str]) -> bool:
    return any("\n" in c or "\r" in c for c in cells)


def _unclosed(text: str, first_line: int, delimiter: str) -> bool:
    """Whether the record starting on ``first_line`` (of ``text``) ends in a
    quoted field never closed: the reader takes it to the end of the file."""
    at = 0
    for _, end in zip(range(first_line - 1), _EOL.finditer(text)):
        at = end.end()
    try:
        list(csv.reader(io.StringIO(text[at:], newline=""), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def _encoding_problem(body: bytes, exc: UnicodeDecodeError) -> Problem:
    before = body[: exc.start]
    newline = b"\n" if b"\n" in body or b"\r" not in body else b"\r"  # old Mac files end lines in CR
    line = before.count(newline) + 1
    try:
        body.decode("gb18030")
    except UnicodeDecodeError:
        found = "bytes that are not UTF-8 text"
    else:
        found = ("text in the GBK (GB18030) encoding, which Chinese Excel and WPS use by default "
                 "for plain CSV; it is not UTF-8")
    return Problem(line, None, _UTF8_ADVICE, found)


def _check_extra(cells: list[str], width: int, line: int, problems: list[Problem]) -> None:
    n = len(cells)
    while n > width and not cells[n - 1].strip():
        n -= 1
    if n > width:
        problems.append(Problem(line, None, f"{width} columns", f"{n}"))


def _check_unnamed(cells: list[str], unnamed: list[int], line: int, problems: list[Problem]) -> None:
    n = len(cells)
    for i in unnamed:
        if i < n and cells[i].strip():
            value = cells[i]
            problems.append(Problem(
                line, None, "no value under an empty header cell", f"{describe_found(value)} in {label(i)}"))
            return


def label(i: int) -> str:
    """A CSV field by its number, counted from 1."""
    return f"field {i + 1}"


# --------------------------------------------------------------------------
# xlsx


def _read_xlsx(path: Path) -> RawTable:
    try:
        from ree_desk.importing.xlsx_table import read_xlsx  # openpyxl only when an xlsx is read
    except ImportError as exc:  # pragma: no cover - openpyxl and defusedxml are dependencies
        raise FileUnreadable(path, f"cannot read Excel files: {exc.name} is not installed") from None
    return read_xlsx(path)
