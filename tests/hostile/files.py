"""The rows and the writers every defective movement file is made with: the
header, good rows and rows with a cell changed, CSV bytes, workbooks through
openpyxl, and workbooks written part by part where openpyxl would refuse
to write the defect."""
from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.utils import get_column_letter


HEADER = ["date", "type", "material", "lot", "mass_kg", "grade_pct", "origin", "origin_detail",
          "counterparty", "credit_code", "customs_no", "invoice_no", "run", "destination", "note"]
COL = {name: i for i, name in enumerate(HEADER)}


@dataclass(frozen=True)
class Case:
    kind: str
    path: Path
    # line -> the columns the import must name on it (None: the row as a whole)
    bad: dict[int, set[str | None]] = field(default_factory=dict)
    # for a file refused as a whole: a pattern its one reason must match
    refused: str | None = None
    # a file whose reading costs real time or memory: run in its own process and measured
    heavy: bool = False

    @property
    def bad_rows(self) -> int:
        return len(self.bad)


def good(i: int) -> list[str]:
    """A receipt the import takes, different on each line."""
    row = [""] * len(HEADER)
    row[COL["date"]] = f"2026-01-{1 + i % 28:02d}"
    row[COL["type"]] = "RECEIPT"
    row[COL["material"]] = "CONC-BAST"
    row[COL["lot"]] = f"G{i:05d}"
    row[COL["mass_kg"]] = f"{100 + i}.5"
    row[COL["grade_pct"]] = "60"
    row[COL["origin"]] = "CN"
    row[COL["origin_detail"]] = "内蒙古包头"
    row[COL["counterparty"]] = "包头某矿业有限公司"
    row[COL["invoice_no"]] = f"INV-{i:05d}"
    return row


def with_(i: int, **cells: str) -> list[str]:
    row = good(i)
    for name, value in cells.items():
        row[COL[name]] = value
    return row


class Rows:
    """A file's data rows, good and bad, with the bad lines remembered."""

    def __init__(self) -> None:
        self.rows: list[list] = []
        self.bad: dict[int, set[str | None]] = {}

    @property
    def next_line(self) -> int:
        return len(self.rows) + 2  # the header is line 1

    def good(self, count: int = 1) -> None:
        for _ in range(count):
            self.rows.append(good(self.next_line))

    def bad_row(self, row: list, *columns: str | None) -> None:
        self.bad[self.next_line] = set(columns)
        self.rows.append(row)

    def bad_cell(self, column: str, value: object) -> None:
        """A good row but for one cell, then a good row."""
        row: list = good(self.next_line)
        row[COL[column]] = value
        self.bad_row(row, column)
        self.good()


# --------------------------------------------------------------------------
# Writing files


def csv_bytes(rows: list[list[str]], header: list[str] = HEADER) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def plain_csv(rows: list[list[str]], header: list[str] = HEADER) -> bytes:
    """Joined with commas and nothing quoted: the bytes exactly as given."""
    return ("\n".join(",".join(row) for row in [header, *rows]) + "\n").encode("utf-8")


def workbook(rows: list[list], header: list = HEADER) -> openpyxl.Workbook:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for row in rows:
        ws.append([None if v == "" else v for v in row])
    return wb


MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def _default_styles() -> bytes:
    """The styles part openpyxl writes for a new workbook, with a second
    cell format for styled rows to name."""
    buffer = io.BytesIO()
    openpyxl.Workbook().save(buffer)
    with zipfile.ZipFile(buffer) as z:
        styles = z.read("xl/styles.xml")
    return styles.replace(b'<cellXfs count="1">', b'<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" '
                                                 b'borderId="0" applyAlignment="1"/>')


_STYLES = _default_styles()


def sheet_xml(rows: list[list], *, head: str = "", tail: str = "", prolog: str = "",
              extra_rows: bytes = b"") -> bytes:
    """A worksheet of inline-text cells (numbers and ready-made cell XML kept
    as they are), the header on row 1."""
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
           f'<worksheet xmlns="{MAIN_NS}">{head}<sheetData>']
    for r, row in enumerate([HEADER, *rows], start=1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{get_column_letter(c + 1)}{r}"
            if value == "" or value is None:
                continue
            if isinstance(value, Raw):
                cells.append(value.xml.replace("@", ref))
            elif isinstance(value, (int, float)):
                cells.append(f'<c r="{ref}"><v>{value!r}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
        out.append(f'<row r="{r}">{"".join(cells)}</row>')
    return "".join(out).encode() + extra_rows + f"</sheetData>{tail}</worksheet>".encode()


@dataclass(frozen=True)
class Raw:
    """A cell written as given; "@" stands for its reference."""

    xml: str


def raw_xlsx(path, sheet: bytes, *, shared: bytes | None = None, sheet_type: str = "worksheet"):
    """An xlsx made part by part, as Excel lays one out (into a path or a
    file object)."""
    overrides = [f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>',
                 f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_CT}.{sheet_type}+xml"/>',
                 f'<Override PartName="/xl/styles.xml" ContentType="{_CT}.styles+xml"/>']
    rels = [f'<Relationship Id="rId1" Type="{_REL}/{sheet_type}" Target="worksheets/sheet1.xml"/>',
            f'<Relationship Id="rId2" Type="{_REL}/styles" Target="styles.xml"/>']
    if shared is not None:
        overrides.append(f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_CT}.sharedStrings+xml"/>')
        rels.append(f'<Relationship Id="rId3" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>')
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' + "".join(overrides) + "</Types>").encode(),
        "_rels/.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>").encode(),
        "xl/workbook.xml": (
            f'<workbook xmlns="{MAIN_NS}" xmlns:r="{_REL}"><sheets>'
            '<sheet name="Movements" sheetId="1" r:id="rId1"/></sheets></workbook>').encode(),
        "xl/_rels/workbook.xml.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(rels) + "</Relationships>").encode(),
        "xl/styles.xml": _STYLES,
        "xl/worksheets/sheet1.xml": sheet,
    }
    if shared is not None:
        parts["xl/sharedStrings.xml"] = shared
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def rewrite_part(path: Path, part: str, change: Callable[[bytes], bytes]) -> None:
    with zipfile.ZipFile(path) as z:
        parts = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts:
            z.writestr(info.filename, change(data) if info.filename == part else data)


LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % ("" if i == 1 else i - 1)) * 10}">' for i in range(1, 10))
          + "]>")
