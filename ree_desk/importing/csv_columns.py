"""A CSV file read column by column, for large imports.

The row reader (``reader.read_movement_file``) builds a dictionary per row
and knows every irregular file: ragged or extra cells, data under an empty
header, a quote left open. Most files are none of these: after the header
every record is as wide as it, whatever the quoting, the line ends or a
byte-order mark. For those this module hands over each known column as one
sequence of cells, which costs a fraction of the rows, and ``None`` for any
other file, which then goes through the row reader so that its problems are
reported the usual way.

The records are parsed by the same ``csv`` reader as the row reader's and
their cells gathered into one flat list as they come, so no record outlives
its parsing; a column is then every so many cells of that list.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from itertools import compress
from pathlib import Path
from typing import Sequence

from ree_desk.importing.reader import FileUnreadable, Problem, decode_csv, read_header


@dataclass(frozen=True)
class CsvColumns:
    path: Path
    # the line on which each data row starts, as the row reader numbers it
    # (a quoted field may span lines)
    lines: Sequence[int]
    # canonical column name -> the cells as the file holds them (not yet
    # stripped); columns the file does not have are left out
    cells: dict[str, Sequence[str]]

    @property
    def count(self) -> int:
        return len(self.lines)


def read_csv_columns(path: Path) -> CsvColumns | None:
    """The file's columns, or None when the row reader must read it."""
    path = Path(path)
    if path.suffix.lower() != ".csv" or not path.is_file():
        return None
    try:
        decoded = decode_csv(path)
    except FileUnreadable:
        return None
    if isinstance(decoded, Problem):
        return None
    text = _without_blank_tail(decoded.text, decoded.delimiter)
    cells: list[str] = []
    widths: list[int] = []
    ends: list[int] = []  # the text's line on which each record ends
    gather, width_of, end_of = cells.extend, widths.append, ends.append
    # Strict: a quote left open, or text after a closing quote, stops the
    # reading here, and the row reader says what it found.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=decoded.delimiter, strict=True)
    try:
        for record in reader:
            gather(record)
            width_of(len(record))
            end_of(reader.line_num)
    except csv.Error:
        return None
    header = read_header(cells[: widths[0]] if widths else [], decoded.first_line)
    width = header.width
    if header.problems or header.unnamed or width != widths[0]:
        return None  # a header the row reader reports, or finds after blank lines
    if not set(widths[1:]) <= {width, 0}:
        return None  # ragged rows: the row reader says which
    count = len(cells) // width - 1
    if not count:
        return None  # a header alone: the row reader says so
    # A record starts on the line after the one before it ends. Blank lines
    # are records with no cells, skipped as the row reader skips them.
    first = decoded.first_line
    if ends[-1] == len(ends):
        starts: Sequence[int] = range(first + 1, first + len(ends))  # a line each
    else:
        starts = [end + first for end in ends[:-1]]
    if 0 in widths:
        starts = list(compress(starts, widths[1:]))
    return CsvColumns(path, starts, {name: cells[width + i :: width] for i, name in header.known})


def _without_blank_tail(text: str, delimiter: str) -> str:
    """The text up to the end of its last line holding a value: records of
    empty cells after it (a sheet saved with a million formatted rows) do
    not move any line number."""
    blank = delimiter + " \t\r\n"
    tail = text[-4096:]  # stripped alone, since stripping copies
    kept = len(tail.rstrip(blank))
    last = len(text) - len(tail) + kept if kept else len(text.rstrip(blank))
    end = text.find("\n", last)
    return text if end < 0 else text[: end + 1]
