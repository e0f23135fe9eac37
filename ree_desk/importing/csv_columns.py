"""A plain CSV file read column by column, for large imports.

The row reader (``reader.read_movement_file``) builds a dictionary per row
and knows every irregular file: blank rows, cells spanning lines, ragged or
extra cells, data under an empty header. Most large files are none of these:
one record per line, every record as wide as the header. For those this
module hands over each known column as one sequence of cells, which costs a
fraction of the rows, and ``None`` for any other file, which then goes
through the row reader so that its problems are reported the usual way.

Because every record of such a file is one line, the file can also be read
in parts (split at line ends), each part on its own.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from ree_desk.importing.reader import FileUnreadable, Header, Problem, decode_csv, read_header


@dataclass(frozen=True)
class CsvColumns:
    path: Path
    first_line: int  # the line of the first data row; each next row is on the next line
    count: int  # data rows
    # canonical column name -> the cells as the file holds them (not yet
    # stripped); columns the file does not have are left out
    cells: dict[str, tuple[str, ...]]

    @property
    def lines(self) -> range:
        return range(self.first_line, self.first_line + self.count)


@dataclass(frozen=True)
class PlainCsv:
    """A CSV file whose header names known columns and nothing else."""

    path: Path
    text: str
    delimiter: str
    header: Header
    body_start: int  # where the line after the header starts in ``text``

    @property
    def first_line(self) -> int:
        return self.header.line + 1

    def parts(self, count: int) -> list[tuple[int, int]]:
        """``count`` spans of the body of about equal size, split at line ends."""
        spans = []
        start, end = self.body_start, len(self.text)
        for i in range(1, count):
            cut = self.text.find("\n", start + (end - start) // (count - i + 1))
            if cut < 0:
                break
            spans.append((start, cut + 1))
            start = cut + 1
        spans.append((start, end))
        return spans

    def columns(self, start: int | None = None, end: int | None = None) -> CsvColumns | None:
        """The columns of the records between ``start`` and ``end`` (a part
        from ``parts``; the whole body by default), or None when that part
        is not plain."""
        start = self.body_start if start is None else start
        end = len(self.text) if end is None else end
        text = self.text[start:end]
        try:
            records = list(csv.reader(io.StringIO(text, newline=""), delimiter=self.delimiter))
        except csv.Error:
            return None
        lines = text.count("\n") + (bool(text) and not text.endswith("\n"))
        if lines != len(records):
            return None  # a quoted cell spans lines: the row reader numbers them
        if end == len(self.text):
            while records and not "".join(records[-1]).strip():
                records.pop()  # blank rows at the end do not move any line number
        if not records and start == self.body_start:
            return None  # a file of a header alone: the row reader says so
        width = self.header.width
        if records and set(map(len, records)) != {width}:
            return None  # ragged rows or blank lines
        columns = list(zip(*records)) if records else [()] * width
        first_line = self.first_line + self.text.count("\n", self.body_start, start)
        return CsvColumns(self.path, first_line, len(records), {name: columns[i] for i, name in self.header.known})


def open_plain_csv(path: Path) -> PlainCsv | None:
    """The file ready to be read in columns, or None when the row reader
    must read it."""
    path = Path(path)
    if path.suffix.lower() != ".csv" or not path.is_file():
        return None
    try:
        decoded = decode_csv(path)
    except FileUnreadable:
        return None
    if isinstance(decoded, Problem):
        return None
    text = decoded.text
    if text.count("\r") != text.count("\r\n"):
        return None  # old Mac line ends: the row reader counts those lines
    eol = text.find("\n")
    if eol < 0:
        return None
    head = text[:eol].rstrip("\r")
    if head.count('"') % 2:
        return None  # a header cell spanning lines
    cells = next(csv.reader([head], delimiter=decoded.delimiter))
    header = read_header(cells, decoded.first_line)
    if header.problems or header.unnamed or header.width != len(cells):
        return None
    return PlainCsv(path, _without_blank_tail(text, decoded.delimiter), decoded.delimiter, header, eol + 1)


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


def read_csv_columns(path: Path) -> CsvColumns | None:
    """The whole file's columns, or None when the row reader must read it."""
    plain = open_plain_csv(path)
    return plain.columns() if plain is not None else None
