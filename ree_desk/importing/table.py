"""The movement table as a file gives it: its known columns and how their
headers may be spelt, the header row read, the raw rows, and a file that
cannot be read at all. The CSV reader and the xlsx reader both build on it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from ree_desk.domain.problems import Problem, visible

FOUND_MAX = 60

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


def cannot_read(path: Path, exc: OSError) -> FileUnreadable:
    reason = exc.strerror or exc.__class__.__name__
    return FileUnreadable(path, f"cannot be read ({reason})")

