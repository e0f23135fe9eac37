"""Defective movement files, made the same way every time.

Each kind of defect is one function writing one file into a folder and
saying what the import must answer: the lines and columns of the rows it
must refuse, or the one reason it must refuse the whole file for. The kinds,
their bad rows and the outcome a plant would expect are listed in
``README.md`` beside this module. Bombs and million-row sheets are made here
at test time, never kept in the repository.

Every file also holds good rows among the bad ones, so a defect that spoils
the rows around it (a quote left open, a million empty rows) shows.
"""
from __future__ import annotations

import codecs
import csv
import io
import struct
import zipfile
import zlib
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


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
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
           f'<worksheet xmlns="{_MAIN}">{head}<sheetData>']
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
            f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
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


# --------------------------------------------------------------------------
# Kinds refused row by row


def overlong_cells_xlsx(folder: Path) -> Case:
    rows = Rows()
    for length, column in [(65, "lot"), (65, "material"), (65, "customs_no"), (100, "invoice_no"),
                           (201, "counterparty"), (201, "origin_detail"), (1001, "note"),
                           (5_000, "lot"), (32_767, "note"), (32_767, "counterparty")]:
        rows.bad_cell(column, ("长" if column in ("counterparty", "origin_detail") else "X") * length)
        rows.bad_cell(column, "L" + "9" * (length - 1))
    path = folder / "overlong_cells.xlsx"
    workbook(rows.rows).save(path)
    return Case("overlong_cells_xlsx", path, rows.bad)


def long_lines_csv(folder: Path) -> Case:
    rows = Rows()
    for i in range(12):
        column = ("note", "counterparty", "origin_detail")[i % 3]
        rows.bad_cell(column, "备" * 33_000 if i % 2 else "n" * 99_800)
    path = folder / "long_lines.csv"
    path.write_bytes(plain_csv(rows.rows))
    return Case("long_lines_csv", path, rows.bad, heavy=True)


CONTROLS = ["\x1b[2J", "\x07", "\x7f", "\x08", "\x0e", "\x1f", "\x1c", "\x80", "\x85", "\x9b",
            "\u202e", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069", "\u200b", "\u200c",
            "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u00ad", "\u061c", "\U000e0001",
            "\ufff9", "\u2063", "\u180e", "\u206a"]


def control_chars_csv(folder: Path) -> Case:
    rows = Rows()
    columns = ["lot", "counterparty", "note", "origin_detail", "invoice_no", "material"]
    for i, char in enumerate(CONTROLS):
        column = columns[i % len(columns)]
        value = {"lot": "L-7", "counterparty": "包头某矿业有限公司", "note": "破袋 重新称重",
                 "origin_detail": "内蒙古包头", "invoice_no": "INV-77", "material": "CONC-BAST"}[column]
        rows.bad_cell(column, value[:2] + char + value[2:])
    path = folder / "control_chars.csv"
    path.write_bytes(plain_csv(rows.rows))
    return Case("control_chars_csv", path, rows.bad)


def nul_bytes_csv(folder: Path) -> Case:
    rows = Rows()
    for i, column in enumerate(["lot", "counterparty", "note", "invoice_no", "origin_detail"] * 2):
        rows.bad_cell(column, f"A{i}\x00B")
    path = folder / "nul_bytes.csv"
    path.write_bytes(plain_csv(rows.rows))
    return Case("nul_bytes_csv", path, rows.bad)


def formulas_uncomputed_xlsx(folder: Path) -> Case:
    """Formulas as openpyxl (and other programs that do not compute) write
    them: the formula and no value."""
    rows = Rows()
    formulas = [("mass_kg", "=E2*2"), ("mass_kg", "=SUM(E2:E3)"), ("mass_kg", "=100/4"), ("mass_kg", "=E5+0.5"),
                ("mass_kg", "=ROUND(E2,3)"), ("grade_pct", "=F2"), ("grade_pct", "=60+5"),
                ("grade_pct", "=AVERAGE(F2:F4)"), ("date", "=TODAY()"), ("date", "=DATE(2026,1,5)"),
                ("date", "=A2+1"), ("counterparty", "=I2"), ("counterparty", '=CONCATENATE("包头","公司")'),
                ("lot", '="L"&ROW()'), ("invoice_no", "=L2")]
    for column, formula in formulas:
        rows.bad_cell(column, formula)
    path = folder / "formulas_uncomputed.xlsx"
    workbook(rows.rows).save(path)
    return Case("formulas_uncomputed_xlsx", path, rows.bad)


def error_values_xlsx(folder: Path) -> Case:
    rows = Rows()
    for column, error in [("mass_kg", "#DIV/0!"), ("mass_kg", "#VALUE!"), ("grade_pct", "#N/A"),
                          ("grade_pct", "#REF!"), ("date", "#NAME?"), ("lot", "#NULL!"), ("counterparty", "#N/A"),
                          ("note", "#NUM!"), ("invoice_no", "#REF!"), ("origin_detail", "#DIV/0!")]:
        rows.bad_cell(column, error)  # openpyxl stores these as error values
    path = folder / "error_values.xlsx"
    workbook(rows.rows).save(path)
    return Case("error_values_xlsx", path, rows.bad)


def merged_data_cells_xlsx(folder: Path) -> Case:
    """A clerk merges the cell of a day, or of a counterparty, over the rows
    that share it: only the first row holds the value."""
    rows = Rows()
    merges = []
    for i, column in enumerate(["date", "counterparty", "date", "material", "grade_pct"] * 2):
        top = rows.next_line
        rows.good()
        row = good(rows.next_line)
        row[COL[column]] = ""
        rows.bad_row(row, column)
        letter = get_column_letter(COL[column] + 1)
        merges.append(f"{letter}{top}:{letter}{top + 1}")
        rows.good()
    wb = workbook(rows.rows)
    for ref in merges:
        wb.active.merge_cells(ref)
    path = folder / "merged_data_cells.xlsx"
    wb.save(path)
    return Case("merged_data_cells_xlsx", path, rows.bad)


NUMBERS_CSV = [
    ("mass_kg", "1000000000000"),           # a billion tonnes: more than integer grams may hold
    ("mass_kg", "999999999999999999999"),
    ("mass_kg", "9223372036854775.808"),    # one past the largest 64-bit integer, in grams
    ("mass_kg", "1e309"), ("mass_kg", "1E5"), ("mass_kg", "NaN"), ("mass_kg", "nan"), ("mass_kg", "inf"),
    ("mass_kg", "-inf"), ("mass_kg", "Infinity"), ("mass_kg", "-0"), ("mass_kg", "0"), ("mass_kg", "-0.000"),
    ("mass_kg", "+-5"), ("mass_kg", "1.2345"), ("mass_kg", "12,34,567"), ("mass_kg", "1.000.5"),
    ("mass_kg", "0x10"), ("mass_kg", "1_000"), ("mass_kg", "５e3"), ("mass_kg", "100kg"),
    ("grade_pct", "100.01"), ("grade_pct", "101"), ("grade_pct", "-1"), ("grade_pct", "1e2"),
    ("grade_pct", "NaN"), ("grade_pct", "inf"), ("grade_pct", "65.555"), ("grade_pct", "-0.5"),
    ("grade_pct", "1000"), ("grade_pct", "65,5"), ("grade_pct", "%"), ("grade_pct", "60%%"),
    ("grade_pct", "99999999999999999999999999999999999999999999999"), ("grade_pct", "-inf"),
    ("mass_kg", "-5"), ("mass_kg", "٥"), ("grade_pct", "0x3C"), ("mass_kg", "1/2"), ("mass_kg", "½"),
]


def numbers_out_of_range_csv(folder: Path) -> Case:
    rows = Rows()
    for column, value in NUMBERS_CSV:
        rows.bad_cell(column, value)
    path = folder / "numbers_out_of_range.csv"
    path.write_bytes(csv_bytes(rows.rows))
    return Case("numbers_out_of_range_csv", path, rows.bad)


# Placeholders written as numbers, then replaced in the sheet's XML by what
# no spreadsheet program would let a user type.
_RAW_NUMBERS = {111111.25: "NaN", 111112.25: "1e309", 111113.25: "INF", 111114.25: "-1E400", 111115.25: "1,5",
                111116.25: "0x1F"}


def numbers_out_of_range_xlsx(folder: Path) -> Case:
    rows = Rows()
    plain = [("mass_kg", 1e20), ("mass_kg", 1e15), ("mass_kg", 10**18), ("mass_kg", -5), ("mass_kg", -0.0),
             ("mass_kg", 0), ("mass_kg", True), ("grade_pct", 100.5), ("grade_pct", -0.01), ("grade_pct", 100.001),
             ("grade_pct", 65.123), ("grade_pct", 1e300)]
    for column, value in plain:
        rows.bad_cell(column, value)
    for placeholder in _RAW_NUMBERS:
        rows.bad_cell("mass_kg" if placeholder < 111114 else "grade_pct", placeholder)
    dated = []  # numbers in cells formatted as dates, beyond or before the ledger's years
    for serial in (2_958_466, 99_999_999, 1, -1, 80_000):
        dated.append((rows.next_line, serial))
        rows.bad_cell("date", serial)
    percent = []  # a grade cell formatted as a percentage: 1.5 shows as 150 %
    for value in (1.5, 1.0001, -0.2):
        percent.append(rows.next_line)
        rows.bad_cell("grade_pct", value)
    wb = workbook(rows.rows)
    ws = wb.active
    for line, _serial in dated:
        ws.cell(row=line, column=COL["date"] + 1).number_format = "yyyy-mm-dd"
    for line in percent:
        ws.cell(row=line, column=COL["grade_pct"] + 1).number_format = "0.00%"
    path = folder / "numbers_out_of_range.xlsx"
    wb.save(path)

    def patch(xml: bytes) -> bytes:
        for placeholder, text in _RAW_NUMBERS.items():
            xml = xml.replace(f"<v>{placeholder!r}</v>".encode(), f"<v>{text}</v>".encode())
        return xml

    rewrite_part(path, "xl/worksheets/sheet1.xml", patch)
    return Case("numbers_out_of_range_xlsx", path, rows.bad)


DATES = ["2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "0001-01-01", "9999-12-31",
         "1999-12-31", "2101-01-01", "20260105", "2026-1-1-1", "26-01-05", "2026/02/30", "2026年2月30日",
         "yesterday", "05.01.2026", "2026-01-05T10:00", "２０２６-０２-３０", "2026-01-05 extra", "0000-00-00",
         "1900-01-00", "2026-01-32", "-2026-01-05", "2026-W02-1", "2026—01—05"]


def impossible_dates_csv(folder: Path) -> Case:
    rows = Rows()
    for text in DATES:
        rows.bad_cell("date", text)
    path = folder / "impossible_dates.csv"
    path.write_bytes(csv_bytes(rows.rows))
    return Case("impossible_dates_csv", path, rows.bad)


def unknown_types_materials_csv(folder: Path) -> Case:
    rows = Rows()
    for value in ["TRANSFER", "RECIEPT", "收货", "SALE", "RECEIPTS", "入库单", "MINING", "OUT", "退货",
                  "ADJUST", "FEED-IN", "1", "RECEIPT;DROP TABLE movement"]:
        rows.bad_cell("type", value)
    for value in ["UNOBTANIUM", "CONC-BAST-2", "NdFeB", "稀土", "CONC BAST", "ND-OX2", "ORE", "MIX-CARB ",
                  "C0NC-BAST", "ＸＸ-ＯＸ", "MAT-404", "DY-MET-"]:
        rows.bad_cell("material", value)
    path = folder / "unknown_types_materials.csv"
    path.write_bytes(csv_bytes(rows.rows))
    # "MIX-CARB " is MIX-CARB once trimmed: the import takes it
    bad = {line: cols for line, cols in rows.bad.items()
           if rows.rows[line - 2][COL["material"]] != "MIX-CARB "}
    return Case("unknown_types_materials_csv", path, bad)


def other_digits_csv(folder: Path) -> Case:
    """Digits of other scripts, which Python's int() would take; ASCII and
    full-width digits, mixed too, are the ones a plant's files hold."""
    rows = Rows()
    for column, value in [("mass_kg", "١٢٣٤"), ("mass_kg", "१२३४"), ("mass_kg", "𝟏𝟐𝟑"), ("mass_kg", "¹²³"),
                          ("mass_kg", "①②"), ("mass_kg", "一百"), ("mass_kg", "๑๒๓"), ("mass_kg", "۱۲۳.۵"),
                          ("grade_pct", "٦٥"), ("grade_pct", "６٥"), ("grade_pct", "⑥⑤"), ("grade_pct", "六十"),
                          ("date", "٢٠٢٦-٠١-٠٥"), ("date", "२०२६-०१-०५"), ("date", "𝟐𝟎𝟐𝟔-01-05"),
                          ("date", "2026-０١-05"), ("mass_kg", "1２3٤"), ("mass_kg", "Ⅻ"), ("grade_pct", "6⁵"),
                          ("mass_kg", "12³")]:
        rows.bad_cell(column, value)
    rows.rows.append(with_(rows.next_line, mass_kg="１2３4.5", date="２０２６-01-0５", grade_pct="６5"))
    path = folder / "other_digits.csv"
    path.write_bytes(csv_bytes(rows.rows))
    return Case("other_digits_csv", path, rows.bad)


def lookalike_letters_csv(folder: Path) -> Case:
    """Cyrillic and Greek letters that look like Latin ones, in codes."""
    rows = Rows()
    for column, value in [("material", "CОNC-BAST"), ("material", "СONC-BAST"), ("material", "CONC-ВAST"),
                          ("material", "ND-ΟX"), ("material", "MIX-CАRB"), ("origin", "СN"), ("origin", "CΝ"),
                          ("origin", "ЈP"), ("type", "RЕCEIPT"), ("type", "ΜINED"),
                          ("credit_code", "91350100М000100Y43"), ("credit_code", "91350100M000100Υ43"),
                          ("origin", "UЅ"), ("material", "PR-OⅩ"), ("type", "RECEIPТ")]:
        rows.bad_cell(column, value)
    path = folder / "lookalike_letters.csv"
    path.write_bytes(csv_bytes(rows.rows))
    return Case("lookalike_letters_csv", path, rows.bad)


def invisible_only_cells_csv(folder: Path) -> Case:
    """Required cells that look filled but hold only invisible characters,
    or only spaces of other widths."""
    rows = Rows()
    for column, value in [("lot", "\u3000"), ("lot", "\u00a0\u00a0"), ("lot", "\u200b"), ("material", "\u2060"),
                          ("type", "\ufeff"), ("date", "\u3000"), ("mass_kg", "\u200b"), ("grade_pct", "\u00a0"),
                          ("counterparty", "\u200b\u200b"), ("origin", "\u2007"), ("lot", "\u202f"),
                          ("material", "\u3000\u3000"), ("type", "\u2028"), ("counterparty", "\u180e"),
                          ("mass_kg", "\u3000"), ("lot", "\u2800")]:
        rows.bad_cell(column, value)
    path = folder / "invisible_only_cells.csv"
    path.write_bytes(csv_bytes(rows.rows))
    # U+2800 (a blank braille pattern) is a printable character that shows
    # nothing: the lot "⠀" is taken, as a lot "." would be.
    bad = {line: cols for line, cols in rows.bad.items() if rows.rows[line - 2][COL["lot"]] != "\u2800"}
    return Case("invisible_only_cells_csv", path, bad)


def unbalanced_quotes_csv(folder: Path) -> Case:
    """A quote opens a field and the next quote, a line or more further on,
    closes it: the lines between become one cell."""
    lines = [",".join(HEADER)]
    bad: dict[int, set[str | None]] = {}
    line = 2
    for i in range(7):
        for _ in range(3):
            lines.append(",".join(good(line)))
            line += 1
        opened = good(line)
        opened[COL["counterparty"]] = '"包头某矿业,有限公司'
        closed = good(line + 1)
        closed[COL["note"]] = '补"录'
        bad[line] = {None}
        lines.append(",".join(opened))
        lines.append(",".join(closed))
        line += 2
    for _ in range(3):
        lines.append(",".join(good(line)))
        line += 1
    last = good(line)
    last[COL["note"]] = '"未完'  # open to the end of the file
    bad[line] = {None}
    lines.append(",".join(last))
    lines.append(",".join(good(line + 1)))
    path = folder / "unbalanced_quotes.csv"
    path.write_bytes(("\n".join(lines) + "\n").encode())
    return Case("unbalanced_quotes_csv", path, bad)


def ragged_rows_csv(folder: Path) -> Case:
    rows = Rows()
    for i in range(12):
        rows.bad_row(good(rows.next_line) + ["extra"] * (1 + i % 3), None)
        rows.good()
    rows.rows.append(good(rows.next_line) + ["", "", ""])  # empty cells past the header are no harm
    path = folder / "ragged_rows.csv"
    path.write_bytes(plain_csv(rows.rows))
    return Case("ragged_rows_csv", path, rows.bad)


def far_right_cells_xlsx(folder: Path) -> Case:
    rows = Rows()
    far = []
    for _ in range(10):
        far.append(rows.next_line)
        rows.bad_row(good(rows.next_line), None)
        rows.good()
    wb = workbook(rows.rows)
    for line in far:
        wb.active.cell(row=line, column=16_384, value="XFD")  # the last column Excel has
    path = folder / "far_right_cells.xlsx"
    wb.save(path)
    return Case("far_right_cells_xlsx", path, rows.bad)


def million_empty_rows_xlsx(folder: Path) -> Case:
    """Rows 2 to 40 hold the data; rows to 1,048,576 are styled and empty,
    and the sheet says its dimension is A1:O1048576, as after formatting
    whole columns."""
    rows = Rows()
    for column, value in [("mass_kg", "abc"), ("grade_pct", "101"), ("date", "2026-02-30"), ("lot", ""),
                          ("type", "TRANSFER"), ("origin", "XX"), ("mass_kg", "-5"), ("note", "a\u202eb"),
                          ("counterparty", ""), ("grade_pct", "65.555"), ("date", "9999-12-31"),
                          ("mass_kg", "1e309")]:
        rows.bad_cell(column, value)
    rows.good(15)
    start = len(rows.rows) + 2
    empty = b"".join(b'<row r="%d" spans="1:15" s="1" customFormat="1" ht="15"/>' % r
                     for r in range(start, 1_048_577))
    sheet = sheet_xml(rows.rows, head='<dimension ref="A1:O1048576"/>', extra_rows=empty)
    path = raw_xlsx(folder / "million_empty_rows.xlsx", sheet)
    return Case("million_empty_rows_xlsx", path, rows.bad, heavy=True)


def million_empty_lines_csv(folder: Path) -> Case:
    rows = Rows()
    for column, value in [("mass_kg", "abc"), ("grade_pct", "101"), ("date", "2026-02-30"), ("lot", ""),
                          ("type", "TRANSFER"), ("origin", "XX"), ("mass_kg", "-5"), ("note", "a\x07b"),
                          ("counterparty", ""), ("grade_pct", "65.555")]:
        rows.bad_cell(column, value)
    path = folder / "million_empty_lines.csv"
    path.write_bytes(plain_csv(rows.rows) + b",,,,,,,,,,,,,,\n" * 1_000_000)
    return Case("million_empty_lines_csv", path, rows.bad, heavy=True)


# --------------------------------------------------------------------------
# Kinds refused as a whole

_DAMAGED = r"not a readable Excel workbook \(it is damaged"


def xml_bomb_sheet_xlsx(folder: Path) -> Case:
    """Billion laughs: nine levels of ten, a gigabyte of "lol" from 1 kB."""
    rows = [good(2), with_(3, counterparty=Raw('<c r="@" t="inlineStr"><is><t>&lol9;</t></is></c>'))]
    path = raw_xlsx(folder / "xml_bomb_sheet.xlsx", sheet_xml(rows, prolog=LAUGHS))
    return Case("xml_bomb_sheet_xlsx", path, refused=r"refused: the workbook contains XML entity declarations",
                heavy=True)


def xml_bomb_shared_strings_xlsx(folder: Path) -> Case:
    rows = [good(2), with_(3, counterparty=Raw('<c r="@" t="s"><v>0</v></c>'))]
    shared = (f'<?xml version="1.0"?>{LAUGHS}<sst xmlns="{_MAIN}" count="1" uniqueCount="1">'
              "<si><t>&lol9;</t></si></sst>").encode()
    path = raw_xlsx(folder / "xml_bomb_shared_strings.xlsx", sheet_xml(rows), shared=shared)
    return Case("xml_bomb_shared_strings_xlsx", path,
                refused=r"refused: the workbook contains XML entity declarations", heavy=True)


def _deflated_repeats(block: bytes, times: int) -> tuple[bytes, int]:
    """``block`` repeated, deflated, and its checksum: the deflated bytes of
    one block after a full flush are the same each time, so they are made
    once."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    once = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(times):
        crc = zlib.crc32(block, crc)
    return once * times + packer.flush(zlib.Z_FINISH), crc


def _zip_with(path: Path, parts: list[tuple[str, bytes, int, int, int]]) -> None:
    """A zip of (name, deflated data, checksum, size claimed) parts, written
    by hand so that a part may claim any size."""
    out = io.BytesIO()
    directory = []
    for name, data, crc, size, method in parts:
        offset = out.tell()
        encoded = name.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, len(data), size,
                              len(encoded), 0) + encoded + data)
        directory.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc,
                                     len(data), size, len(encoded), 0, 0, 0, 0, 0, offset) + encoded)
    start = out.tell()
    body = b"".join(directory)
    out.write(body + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(body), start, 0))
    path.write_bytes(out.getvalue())


def workbook_parts(sheet: bytes) -> list[tuple[str, bytes]]:
    """The parts of a small workbook, the sheet given."""
    buffer = io.BytesIO()
    raw_xlsx(buffer, sheet)
    with zipfile.ZipFile(buffer) as z:
        return [(name, z.read(name)) for name in z.namelist()]


SHEET = "xl/worksheets/sheet1.xml"


def zip_bomb_xlsx(folder: Path) -> Case:
    """A sheet that unpacks to 2 GiB of rows from some 6 MB, its sizes and
    checksum true: a reader that unpacks first runs out of memory."""
    block = b"".join(b'<row r="1"><c r="A1" t="inlineStr"><is><t>lol</t></is></c></row>' for _ in range(16_384))
    block = block[: 2**20]
    data, crc = _deflated_repeats(block, 2048)
    parts = [(name, zlib.compress(body, 9)[2:-4], zlib.crc32(body), len(body), 8)
             for name, body in workbook_parts(sheet_xml([good(2)])) if name != SHEET]
    parts.append((SHEET, data, crc, 2048 * len(block), 8))
    path = folder / "zip_bomb.xlsx"
    _zip_with(path, parts)
    return Case("zip_bomb_xlsx", path, refused=r"refused: part xl/worksheets/sheet1\.xml would unpack [0-9,]+-fold, "
                                                r"to 2,048 MB \(a possible zip bomb\)", heavy=True)


def zip_bomb_lying_xlsx(folder: Path) -> Case:
    """The same sheet claiming to unpack to 20 kB: the zip reader stops
    there and finds the checksum wrong."""
    block = (b"<row/>" * 200_000)[: 2**20]
    data, crc = _deflated_repeats(block, 1024)
    parts = [(name, zlib.compress(body, 9)[2:-4], zlib.crc32(body), len(body), 8)
             for name, body in workbook_parts(sheet_xml([good(2)])) if name != SHEET]
    parts.append((SHEET, data, crc, 20_000, 8))
    path = folder / "zip_bomb_lying.xlsx"
    _zip_with(path, parts)
    return Case("zip_bomb_lying_xlsx", path, refused=_DAMAGED, heavy=True)


def zip_directory_bomb_xlsx(folder: Path) -> Case:
    """A zip listing 20,000 parts: reading its directory alone costs memory."""
    path = folder / "zip_directory_bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        for name, body in workbook_parts(sheet_xml([good(2)])):
            z.writestr(name, body)
        for i in range(20_000):
            z.writestr(f"xl/media/padding/part-{i:06d}-{'x' * 40}.bin", b"")
    return Case("zip_directory_bomb_xlsx", path, refused=r"refused: its zip directory takes [0-9.]+ MB", heavy=True)


def truncated_xlsx(folder: Path) -> Case:
    full = folder / "whole.xlsx"
    workbook([good(i) for i in range(2, 200)]).save(full)
    path = folder / "truncated.xlsx"
    path.write_bytes(full.read_bytes()[: full.stat().st_size // 2])
    full.unlink()
    return Case("truncated_xlsx", path, refused=_DAMAGED)


def renamed_zip_xlsx(folder: Path) -> Case:
    """A Word document (a zip too) with an .xlsx name."""
    path = folder / "renamed_zip.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("word/document.xml", "<w:document xmlns:w='urn:w'><w:body/></w:document>")
    return Case("renamed_zip_xlsx", path, refused=_DAMAGED)


def xls_named_xlsx(folder: Path) -> Case:
    """An Excel 97-2003 workbook (an OLE2 compound file) saved as .xlsx."""
    path = folder / "old_format.xlsx"
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<HH", 0x3E, 3) + b"\xfe\xff"
    path.write_bytes(header + b"\x00" * (512 - len(header)) + "Workbook".encode("utf-16-le") + b"\x00" * 3000)
    return Case("xls_named_xlsx", path, refused=r"is an old Excel \.xls workbook with an \.xlsx name")


def encrypted_xlsx(folder: Path) -> Case:
    """A password-protected xlsx: Excel wraps it in an OLE2 file."""
    path = folder / "password.xlsx"
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<HH", 0x3E, 3) + b"\xfe\xff"
    body = b"\x00" * 1000 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 100
    path.write_bytes(header + body + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 2000)
    return Case("encrypted_xlsx", path, refused=r"is a password-protected workbook")


def html_named_xlsx(folder: Path) -> Case:
    """A web page of a table, as some systems export "Excel" files."""
    path = folder / "web_page.xlsx"
    cells = "".join(f"<td>{h}</td>" for h in HEADER)
    path.write_text(f"<html><head><meta charset='utf-8'></head><body><table><tr>{cells}</tr></table></body></html>",
                    encoding="utf-8")
    return Case("html_named_xlsx", path, refused=r"is a web page \(HTML\) with an \.xlsx name")


def csv_named_xlsx(folder: Path) -> Case:
    path = folder / "text.xlsx"
    path.write_bytes(csv_bytes([good(2), good(3)]))
    return Case("csv_named_xlsx", path, refused=r"is a text file with an \.xlsx name; if it is CSV, rename it")


def chart_first_sheet_xlsx(folder: Path) -> Case:
    wb = workbook([good(2), with_(3, mass_kg="abc")])
    wb.create_chartsheet("图表1", 0)
    path = folder / "chart_first_sheet.xlsx"
    wb.save(path)
    return Case("chart_first_sheet_xlsx", path, refused=r'the first sheet, "图表1", is a chart')


def empty_first_sheet_xlsx(folder: Path) -> Case:
    wb = openpyxl.Workbook()
    data = wb.create_sheet("Data")
    data.append(HEADER)
    data.append(good(2))
    path = folder / "empty_first_sheet.xlsx"
    wb.save(path)
    return Case("empty_first_sheet_xlsx", path, refused=r"^expected a header row naming the columns, "
                                                        r"found an empty first worksheet$")


def merged_header_xlsx(folder: Path) -> Case:
    """Two header rows, the upper one merged over groups of columns."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"], ws["G1"] = "出入库", "单据"
    ws.merge_cells("A1:F1")
    ws.merge_cells("G1:O1")
    ws.append(HEADER)
    for i in range(3, 10):
        ws.append(good(i))
    path = folder / "merged_header.xlsx"
    wb.save(path)
    return Case("merged_header_xlsx", path, refused=r"^line 1: expected one header cell per column, "
                                                    r"found the merged cells A1:F1$")


def duplicate_header_csv(folder: Path) -> Case:
    header = HEADER[:4] + ["批号"] + HEADER[4:]
    rows = [row[:4] + [row[3]] + row[4:] for row in (good(i) for i in range(2, 8))]
    path = folder / "duplicate_header.csv"
    path.write_bytes(csv_bytes(rows, header))
    return Case("duplicate_header_csv", path, refused=r"^line 1, column lot: expected each column only once")


def missing_columns_csv(folder: Path) -> Case:
    keep = [h for h in HEADER if h not in ("mass_kg", "grade_pct")]
    rows = [[v for h, v in zip(HEADER, good(i)) if h in keep] for i in range(2, 8)]
    path = folder / "missing_columns.csv"
    path.write_bytes(csv_bytes(rows, keep))
    return Case("missing_columns_csv", path, refused=r"^line 1, column (mass_kg|grade_pct): "
                                                     r'expected a column headed "')


def utf16_csv(folder: Path) -> Case:
    path = folder / "utf16.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + csv_bytes([good(2), good(3)]).decode().encode("utf-16-le"))
    return Case("utf16_csv", path, refused=r"^line 1: expected UTF-8 text .* found text in the UTF-16 encoding")


def gbk_csv(folder: Path) -> Case:
    path = folder / "gbk.csv"
    path.write_bytes(csv_bytes([good(2), good(3)]).decode().encode("gbk"))
    return Case("gbk_csv", path, refused=r"^line 2: expected UTF-8 text .* found text in the GBK \(GB18030\) encoding")


def oversized_csv(folder: Path) -> Case:
    """300 MB on disk (a sparse file: nothing is written)."""
    path = folder / "oversized.csv"
    with open(path, "wb") as fh:
        fh.write(",".join(HEADER).encode() + b"\n")
        fh.truncate(300 * 2**20)
    return Case("oversized_csv", path, refused=r"refused: the file holds 300 MB, more than the 256 MB")


def empty_csv(folder: Path) -> Case:
    path = folder / "empty.csv"
    path.write_bytes(b"")
    return Case("empty_csv", path, refused=r"^expected a header row naming the columns, found an empty file$")


def broken_shared_string_xlsx(folder: Path) -> Case:
    rows = [good(2), with_(3, counterparty=Raw('<c r="@" t="s"><v>999999</v></c>'))]
    shared = f'<sst xmlns="{_MAIN}" count="1" uniqueCount="1"><si><t>x</t></si></sst>'.encode()
    path = raw_xlsx(folder / "broken_shared_string.xlsx", sheet_xml(rows), shared=shared)
    return Case("broken_shared_string_xlsx", path, refused=_DAMAGED)


def missing_sheet_xlsx(folder: Path) -> Case:
    path = raw_xlsx(folder / "missing_sheet.xlsx", sheet_xml([good(2)]))
    with zipfile.ZipFile(path) as z:
        parts = [(n, z.read(n)) for n in z.namelist() if n != SHEET]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in parts:
            z.writestr(name, body)
    return Case("missing_sheet_xlsx", path, refused=_DAMAGED)


ROW_KINDS = [
    overlong_cells_xlsx, long_lines_csv, control_chars_csv, nul_bytes_csv, formulas_uncomputed_xlsx,
    error_values_xlsx, merged_data_cells_xlsx, numbers_out_of_range_csv, numbers_out_of_range_xlsx,
    impossible_dates_csv, unknown_types_materials_csv, other_digits_csv, lookalike_letters_csv,
    invisible_only_cells_csv, unbalanced_quotes_csv, ragged_rows_csv, far_right_cells_xlsx,
    million_empty_rows_xlsx, million_empty_lines_csv,
]
FILE_KINDS = [
    xml_bomb_sheet_xlsx, xml_bomb_shared_strings_xlsx, zip_bomb_xlsx, zip_bomb_lying_xlsx,
    zip_directory_bomb_xlsx, truncated_xlsx, renamed_zip_xlsx, xls_named_xlsx, encrypted_xlsx,
    html_named_xlsx, csv_named_xlsx, chart_first_sheet_xlsx, empty_first_sheet_xlsx, merged_header_xlsx,
    duplicate_header_csv, missing_columns_csv, utf16_csv, gbk_csv, oversized_csv, empty_csv,
    broken_shared_string_xlsx, missing_sheet_xlsx,
]
KINDS = {make.__name__: make for make in ROW_KINDS + FILE_KINDS}


def build(kind: str, folder: Path) -> Case:
    folder.mkdir(parents=True, exist_ok=True)
    return KINDS[kind](folder)


def main() -> None:  # pragma: no cover - for looking at the files by hand
    import sys

    folder = Path(sys.argv[1])
    for kind in KINDS:
        case = build(kind, folder)
        print(f"{kind}: {case.path.name}, {case.bad_rows} bad rows{'' if case.refused is None else ', refused'}")


if __name__ == "__main__":  # pragma: no cover
    main()
