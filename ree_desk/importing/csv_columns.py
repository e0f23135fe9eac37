"""A plain CSV file read column by column, for large imports.

The row reader (``reader.read_movement_file``) builds a dictionary per row
and knows every irregular file: blank rows, cells spanning lines, ragged or
extra cells, data under an empty header. Most large files are none of these:
one record per line, every record as wide as the header. For those this
module hands over each known column as one list of cells, which costs a
fraction of the rows, and ``None`` for any other file, which then goes
through the row reader so that its problems are reported the usual way.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from ree_desk.importing.reader import CsvText, FileUnreadable, Problem, decode_csv, read_header


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
    return _columns(path, decoded)


def _columns(path: Path, decoded: CsvText) -> CsvColumns | None:
    text = decoded.text
    if text.count("\r") != text.count("\r\n"):
        return None  # old Mac line ends: the row reader counts those lines
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=decoded.delimiter))
    except csv.Error:
        return None
    lines = text.count("\n") + (bool(text) and not text.endswith("\n"))
    if lines != len(records):
        return None  # a quoted cell spans lines: the row reader numbers them
    while records and not "".join(records[-1]).strip():
        records.pop()  # blank rows at the end do not move any line number
    if len(records) < 2:
        return None
    header = read_header(records[0], decoded.first_line)
    width = len(records[0])
    if header.problems or header.unnamed or header.width != width:
        return None
    body = records[1:]
    if set(map(len, body)) != {width}:
        return None  # ragged rows or blank lines
    columns = list(zip(*body))
    cells = {name: columns[i] for i, name in header.known}
    return CsvColumns(path, decoded.first_line + 1, len(body), cells)

