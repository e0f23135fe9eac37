"""Defective files the import refuses row by row: each function writes one
file holding bad rows among good ones, and says the lines and columns the
import must name."""
from __future__ import annotations

from pathlib import Path

from openpyxl.utils import get_column_letter

from hostile.files import (
    COL,
    Case,
    HEADER,
    Rows,
    csv_bytes,
    good,
    plain_csv,
    raw_xlsx,
    rewrite_part,
    sheet_xml,
    with_,
    workbook,
)


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


ROW_KINDS = [
    overlong_cells_xlsx, long_lines_csv, control_chars_csv, nul_bytes_csv, formulas_uncomputed_xlsx,
    error_values_xlsx, merged_data_cells_xlsx, numbers_out_of_range_csv, numbers_out_of_range_xlsx,
    impossible_dates_csv, unknown_types_materials_csv, other_digits_csv, lookalike_letters_csv,
    invisible_only_cells_csv, unbalanced_quotes_csv, ragged_rows_csv, far_right_cells_xlsx,
    million_empty_rows_xlsx, million_empty_lines_csv,
]
