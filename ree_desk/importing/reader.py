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
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time
from operator import itemgetter
from pathlib import Path

from ree_desk.domain.problems import Problem, visible

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

FOUND_MAX = 60
# A movement file larger than this is refused before it is read: a month of a
# large plant is some 100,000 rows (15 MB of CSV). Beyond it, memory would run
# out before the file was checked.
MAX_FILE_BYTES = 256 * 2**20


# --------------------------------------------------------------------------
# Public data types


@dataclass(frozen=True)
class Column:
    name: str  # canonical English key, e.g. "mass_kg"
    chinese: str  # header as the specification writes it, e.g. "净重(kg)"
    required: bool  # the header must be present (informative; checked here)
    aliases: tuple[str, ...] = ()  # further accepted spellings


COLUMNS: tuple[Column, ...] = (
    Column("date", "日期", True, ("movement date",)),
    Column("type", "类型", True, ("movement type",)),
    Column("material", "物料代码", True, ("material code",)),
    Column("lot", "批号", True, ("lot no", "lot number")),
    Column("mass_kg", "净重(kg)", True,
           ("mass (kg)", "mass", "net mass (kg)", "net mass", "净重(千克)", "净重(公斤)")),
    Column("grade_pct", "品位(%)", True, ("grade (%)", "grade", "grade %")),
    Column("origin", "原产国", False, ("origin country", "country of origin")),
    Column("origin_detail", "产地", False, ()),
    Column("counterparty", "往来单位", False, ()),
    Column("credit_code", "统一社会信用代码", False, ()),
    Column("customs_no", "报关单号", False, ("customs number", "customs declaration no")),
    Column("invoice_no", "发票号", False, ("invoice number",)),
    Column("run", "生产批次", False, ("production run",)),
    Column("destination", "目的国", False, ("destination country",)),
    Column("note", "备注", False, ("notes",)),
)
COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)
REQUIRED_COLUMNS: tuple[str, ...] = tuple(c.name for c in COLUMNS if c.required)
_BY_NAME = {c.name: c for c in COLUMNS}


@dataclass(slots=True)
class RawRow:
    line: int
    # Every canonical column name -> raw value (None for blank cells and for
    # columns the file does not have).  CSV: stripped str or None.  xlsx:
    # stripped str, int, float, bool, datetime/date/time as openpyxl gives, or None.
    values: dict[str, object]
    # xlsx only: columns whose numeric cell is formatted as a percentage, so
    # 0.655 means 65.5 %.  Always empty for CSV.
    percent_columns: frozenset[str] = frozenset()


@dataclass
class RawTable:
    path: Path
    kind: str  # "csv" or "xlsx"
    columns: list[str]  # canonical names present, in file order
    rows: list[RawRow]  # data rows; fully blank rows skipped
    problems: list[Problem] = field(default_factory=list)  # file/header/layout problems


class FileUnreadable(Exception):
    """The file cannot be read as a movement table at all (one-line message)."""

    def __init__(self, path: str | Path, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


# --------------------------------------------------------------------------
# Describing values and matching headers


def describe_found(value: object) -> str:
    """A short, quoted rendering of a cell value for a Problem's ``found``."""
    if value is None:
        return "a blank cell"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (datetime, date, time)):
        text = value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
        return f"the date/time {text}"
    if isinstance(value, (int, float)):
        return repr(value)
    text = str(value)
    cut = len(text) > FOUND_MAX
    text = text[: FOUND_MAX - 1] if cut else text
    text = visible(text.replace("\r\n", "\n").replace("\r", "\n")).replace("\\u000a", "\\n")
    return f'"{text}…"' if cut else f'"{text}"'


_WS = re.compile(r"\s+")
_KEY_DROP = re.compile(r"[\s_.\-]+")
_SLASH_SPLIT = re.compile(r"\s*[/\n\r|]+\s*")


def _normalise(text: str) -> str:
    # NFKC turns full-width brackets, percent signs, letters and spaces into
    # their ASCII forms; a BOM can cling to the first header of a file.
    text = unicodedata.normalize("NFKC", text.replace("\ufeff", ""))
    return text.strip()


def _key(text: str) -> str:
    """Lookup key: normalised, lower-case, no spaces, underscores, dots or dashes."""
    text = _normalise(text).lower()
    if len(text) > 2 and text[0] in "([" and text[-1] in ")]":
        text = text[1:-1]  # "(date)" beside a Chinese header
    return _KEY_DROP.sub("", text)


def _build_lookup() -> tuple[dict[str, str], dict[str, str]]:
    whole: dict[str, str] = {}
    chinese: dict[str, str] = {}
    for col in COLUMNS:
        bare = re.sub(r"\(.*\)$", "", col.chinese)  # "净重(kg)" -> "净重"
        for spelling in (col.name, col.chinese, bare, *col.aliases):
            whole[_key(spelling)] = col.name
        for spelling in (col.chinese, bare, *(a for a in col.aliases if not a.isascii())):
            chinese[_key(spelling)] = col.name
    return whole, chinese


_LOOKUP, _CHINESE = _build_lookup()


def match_header(text: str) -> str | None:
    """Canonical column name for a header cell, or None if it is not known.

    Accepts the English key, the Chinese header (with or without its unit),
    a few English variants, and a Chinese header combined with its English
    key ("净重(kg) mass_kg", "日期 / date", "品位(%)\\ngrade_pct").
    """
    norm = _normalise(text)
    if not norm:
        return None
    name = _LOOKUP.get(_key(norm))
    if name is not None:
        return name
    # Combined "中文 / english": every part must name the same column and
    # at least one part must be a Chinese spelling.
    parts = [p for p in _SLASH_SPLIT.split(norm) if p]
    if len(parts) >= 2:
        names = {_LOOKUP.get(_key(p)) for p in parts}
        if len(names) == 1 and None not in names and any(_key(p) in _CHINESE for p in parts):
            return names.pop()
    words = _WS.split(norm)
    for cut in range(1, len(words)):
        left, right = " ".join(words[:cut]), " ".join(words[cut:])
        a, b = _LOOKUP.get(_key(left)), _LOOKUP.get(_key(right))
        if a is not None and a == b and (_key(left) in _CHINESE or _key(right) in _CHINESE):
            return a
    return None


_KNOWN_LIST = ", ".join(COLUMN_NAMES)


@dataclass
class Header:
    line: int
    width: int  # header cells up to the last non-empty one
    known: list[tuple[int, str]]  # (cell index, canonical name)
    unnamed: list[int]  # indices of empty header cells inside the width
    columns: list[str]
    problems: list[Problem]


def read_header(cells: list[object], line: int) -> Header:
    texts = ["" if c is None else str(c).strip() for c in cells]
    width = len(texts)
    while width and not texts[width - 1]:
        width -= 1  # empty trailing header cells are ignored
    known: list[tuple[int, str]] = []
    unnamed: list[int] = []
    problems: list[Problem] = []
    first_text: dict[str, str] = {}
    for i in range(width):
        text = texts[i]
        if not text:
            unnamed.append(i)
            continue
        name = match_header(text)
        if name is None:
            problems.append(Problem(
                line, None,
                f"one of the known column names ({_KNOWN_LIST}, or their Chinese headers)",
                describe_found(text)))
        elif name in first_text:
            problems.append(Problem(
                line, name, "each column only once",
                f"it twice ({describe_found(first_text[name])} and {describe_found(text)})"))
        else:
            first_text[name] = text
            known.append((i, name))
    for name in REQUIRED_COLUMNS:
        if name not in first_text:
            col = _BY_NAME[name]
            problems.append(Problem(
                line, name, f'a column headed "{col.chinese}" or "{col.name}"', "no such column"))
    return Header(line, width, known, unnamed, [n for _, n in known], problems)


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


def cannot_read(path: Path, exc: OSError) -> FileUnreadable:
    reason = exc.strerror or exc.__class__.__name__
    return FileUnreadable(path, f"cannot be read ({reason})")


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
