"""Reading a movement workbook: values, types and line numbers, header and
layout problems, damaged and hostile files, and the streamed sheet."""
from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from ree_desk.importing.reader import (
    COLUMN_NAMES,
    FileUnreadable,
    RawRow,
    read_movement_file,
)

CN_HEADER = ["日期", "类型", "物料代码", "批号", "净重(kg)", "品位(%)", "原产国", "产地",
             "往来单位", "统一社会信用代码", "报关单号", "发票号", "生产批次", "目的国", "备注"]


def write_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def none_except(**values) -> dict:
    row = dict.fromkeys(COLUMN_NAMES)
    row.update(values)
    return row


def strs(problems) -> list[str]:
    return [str(p) for p in problems]


# --------------------------------------------------------------------------
# xlsx


def test_openpyxl_uses_defusedxml():
    assert openpyxl.xml.DEFUSEDXML is True


def make_workbook(path: Path, rows: list[list], formats: dict[str, str] | None = None,
                  first_sheet_title: str | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    if first_sheet_title:
        ws.title = first_sheet_title
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)
    for coordinate, fmt in (formats or {}).items():
        ws[coordinate].number_format = fmt
    other = wb.create_sheet("Other")
    other["A1"] = "not read"
    wb.save(path)
    return path


def test_xlsx_values_types_and_line_numbers(tmp_path):
    path = make_workbook(tmp_path / "m.xlsx", [
        ["物料代码", " 日期 ", "类型", "批号", "净重（kg）", "品位(%)", "原产国", "备注", "invoice no"],
        ["CONC-BAST", datetime(2026, 6, 1), "RECEIPT", " L-1 ", 1234.5, 0.655, "US", "  ", 12345],
        [None, None, None, None, None, None, None, None, None],
        [None, "   ", None, None, None, None, None, None, None],
        ["CONC-BAST", "2026-06-02", "FEED", 77, 10, 65.5, None, "ok", None],
        ["MIX-CARB", date(2026, 6, 3), "SHIPMENT", "L-3", "1,000.5", 0.5, None, True, None],
    ], formats={"F2": "0.00%", "A5": "@", "F5": "0.00", "F6": '0.0"%"'})
    table = read_movement_file(path)
    assert table.kind == "xlsx"
    assert table.problems == []
    assert table.columns == ["material", "date", "type", "lot", "mass_kg", "grade_pct",
                             "origin", "note", "invoice_no"]
    assert [r.line for r in table.rows] == [2, 5, 6]
    first, second, third = table.rows
    assert first.values == none_except(
        material="CONC-BAST", date=datetime(2026, 6, 1), type="RECEIPT", lot="L-1",
        mass_kg=1234.5, grade_pct=0.655, origin="US", invoice_no=12345)
    assert type(first.values["invoice_no"]) is int
    assert first.percent_columns == frozenset({"grade_pct"})
    assert second.values == none_except(
        material="CONC-BAST", date="2026-06-02", type="FEED", lot=77, mass_kg=10,
        grade_pct=65.5, note="ok")
    assert type(second.values["mass_kg"]) is int
    assert second.percent_columns == frozenset()
    # a date cell comes back as openpyxl gives it (datetime), a bool as bool
    assert third.values["date"] == datetime(2026, 6, 3)
    assert third.values["note"] is True
    assert third.values["mass_kg"] == "1,000.5"
    # a quoted "%" in the format only prints a sign; the value is not scaled
    assert third.percent_columns == frozenset()


def test_xlsx_reads_only_the_first_sheet_and_skips_leading_blank_rows(tmp_path):
    path = make_workbook(tmp_path / "m.XLSM", [
        [],
        ["date", "type", "material", "lot", "mass_kg", "grade_pct"],
        ["2026-06-01", "MINED", "ORE-IONIC", "M1", 5, 0.3],
    ], formats={"E3": "0%", "F3": "0.0%"})
    table = read_movement_file(path)
    assert table.problems == []
    assert table.rows == [RawRow(3, none_except(
        date="2026-06-01", type="MINED", material="ORE-IONIC", lot="M1", mass_kg=5, grade_pct=0.3),
        frozenset({"mass_kg", "grade_pct"}))]


def test_xlsx_header_and_layout_problems(tmp_path):
    path = make_workbook(tmp_path / "m.xlsx", [
        ["date", "type", "material", "lot", "净重", "mass_kg", "colour", None, "品位"],
        ["2026-06-01", "MINED", "ORE-ROCK", "M1", 1, 2, "red", None, 3, None, "extra"],
        ["2026-06-01", "MINED", "ORE-ROCK", "M2", 1, 2, "red", "under nothing", 3],
    ])
    table = read_movement_file(path)
    assert strs(table.problems) == [
        'line 1, column mass_kg: expected each column only once, found it twice ("净重" and "mass_kg")',
        'line 1: expected one of the known column names (date, type, material, lot, mass_kg, '
        'grade_pct, origin, origin_detail, counterparty, credit_code, customs_no, invoice_no, '
        'run, destination, note, or their Chinese headers), found "colour"',
        "line 2: expected 9 columns, found 11",
        'line 3: expected no value under an empty header cell, found "under nothing" in column H',
    ]
    assert table.columns == ["date", "type", "material", "lot", "mass_kg", "grade_pct"]
    assert table.rows[0].values["grade_pct"] == 3


def test_xlsx_missing_required_headers(tmp_path):
    path = make_workbook(tmp_path / "m.xlsx", [["日期", "note"], ["2026-06-01", "x"]])
    table = read_movement_file(path)
    assert [(p.line, p.column) for p in table.problems] == [
        (1, "type"), (1, "material"), (1, "lot"), (1, "mass_kg"), (1, "grade_pct")]
    assert str(table.problems[0]) == \
        'line 1, column type: expected a column headed "类型" or "type", found no such column'


def test_xlsx_empty_first_sheet(tmp_path):
    path = make_workbook(tmp_path / "m.xlsx", [])
    assert strs(read_movement_file(path).problems) == [
        "expected a header row naming the columns, found an empty first worksheet"]


def test_xlsx_workbook_is_closed(tmp_path, monkeypatch):
    from ree_desk.importing import xlsx_table

    path = make_workbook(tmp_path / "m.xlsx", [["date"], ["x"]])
    opened = []
    real = xlsx_table.ExcelReader

    def spy(*args, **kwargs):
        assert kwargs == {"read_only": True, "data_only": True}
        book = real(*args, **kwargs)
        opened.append(book)
        return book

    monkeypatch.setattr(xlsx_table, "ExcelReader", spy)
    read_movement_file(path)
    [book] = opened
    assert book.archive.fp is None  # zip archive closed


@pytest.mark.parametrize("content", [
    b"\x00\x01\x02 this is not a zip file at all",
    b"PK\x03\x04" + b"\x00" * 100,  # zip signature, truncated
    b"",
])
def test_corrupt_xlsx_is_unreadable(tmp_path, content):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(content)
    with pytest.raises(FileUnreadable) as caught:
        read_movement_file(path)
    assert str(caught.value) == ("broken.xlsx: not a readable Excel workbook (it is damaged, "
                                 "password-protected, or not really an .xlsx file)")
    assert "\n" not in str(caught.value)


def test_truncated_real_xlsx_is_unreadable(tmp_path):
    good = make_workbook(tmp_path / "good.xlsx", [["date"], ["x"]])
    data = good.read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    with pytest.raises(FileUnreadable, match=r"^cut\.xlsx: not a readable Excel workbook"):
        read_movement_file(tmp_path / "cut.xlsx")


def test_zip_without_workbook_parts_is_unreadable(tmp_path):
    with zipfile.ZipFile(tmp_path / "z.xlsx", "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(FileUnreadable, match=r"^z\.xlsx: not a readable Excel workbook"):
        read_movement_file(tmp_path / "z.xlsx")


def test_damaged_sheet_xml_is_unreadable(tmp_path):
    good = make_workbook(tmp_path / "good.xlsx", [["date", "type"], ["x", "y"]])
    rewrite_member(good, tmp_path / "bad.xlsx", "xl/worksheets/sheet1.xml",
                   lambda xml: xml.replace(b"</sheetData>", b"<row><c></sheetData>"))
    with pytest.raises(FileUnreadable, match=r"^bad\.xlsx: not a readable Excel workbook"):
        read_movement_file(tmp_path / "bad.xlsx")


def rewrite_member(src: Path, dst: Path, member: str, change) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == member:
                data = change(data)
            zout.writestr(info, data)


def test_xml_entity_bomb_is_refused(tmp_path):
    good = make_workbook(tmp_path / "good.xlsx", [["date", "type"], ["x", "y"]])
    bomb = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
            b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n')

    def poison(xml: bytes) -> bytes:
        body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
        return bomb + body.replace(b"<t>x</t>", b"<t>&lol2;</t>", 1)

    rewrite_member(good, tmp_path / "bomb.xlsx", "xl/worksheets/sheet1.xml", poison)
    with pytest.raises(FileUnreadable) as caught:
        read_movement_file(tmp_path / "bomb.xlsx")
    assert str(caught.value) == ("bomb.xlsx: refused: the workbook contains XML entity "
                                 "declarations (a possible XML bomb)")


# --------------------------------------------------------------------------
# The streamed sheet


def _rich_workbook(path: Path) -> Path:
    rows = [["date", "type", "material", "lot", "mass_kg", "grade_pct", "note"]]
    for i in range(40):
        rows.append([datetime(2026, 6, 1 + i % 28), "RECEIPT", "CONC-BAST", f"L{i}", 1000 + i / 8, 0.655,
                     "备注" * (i % 5) or None])
    path = make_workbook(path, rows, formats={f"F{r}": "0.00%" for r in range(2, 42)})
    wb = openpyxl.load_workbook(path)
    wb.active.merge_cells("G2:G3")
    for r in range(42, 300):
        wb.active.row_dimensions[r].height = 20  # formatted rows past the data
    wb.save(path)
    return path


@pytest.mark.parametrize("chunk", [7, 64, 1000])
def test_a_sheet_read_in_small_pieces_reads_the_same(tmp_path, monkeypatch, chunk):
    from ree_desk.importing import xlsx_sheet

    path = _rich_workbook(tmp_path / "m.xlsx")
    whole = read_movement_file(path)
    monkeypatch.setattr(xlsx_sheet, "CHUNK", chunk)
    monkeypatch.setattr(xlsx_sheet, "PARSE_CHUNK", chunk)
    pieces = read_movement_file(path)
    assert pieces.rows == whole.rows and pieces.problems == whole.problems
    assert len(whole.rows) == 40 and whole.rows[-1].line == 41
    assert strs(whole.problems) == []
    assert whole.rows[0].percent_columns == frozenset({"grade_pct"})


def test_the_scan_finds_the_last_value_and_the_merged_cells(tmp_path):
    from ree_desk.importing import xlsx_sheet

    path = _rich_workbook(tmp_path / "m.xlsx")
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml")
        scan = xlsx_sheet.scan_sheet(z, "xl/worksheets/sheet1.xml")
    assert xml[: scan.values_end].endswith(b"<v>") or xml[: scan.values_end].endswith(b"<is>")
    assert b"<v>" not in xml[scan.values_end:] and b"<is>" not in xml[scan.values_end:]
    assert b"<row" in xml[scan.values_end:]  # the formatted rows after it are left unparsed
    assert scan.merged == [xlsx_sheet.Merged("G2:G3", 6, 2, 6, 3)]


def test_a_sheet_written_with_namespace_prefixes_reads_the_same(tmp_path):
    path = _rich_workbook(tmp_path / "m.xlsx")
    plain = read_movement_file(path)
    main = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'

    def prefixed(xml: bytes) -> bytes:
        xml = re.sub(rb"<(/?)(?!\?)([A-Za-z])", rb"<\1x:\2", xml)
        return xml.replace(main, main.replace(b"xmlns=", b"xmlns:x="), 1)

    rewrite_member(path, tmp_path / "x.xlsx", "xl/worksheets/sheet1.xml", prefixed)
    assert b"<x:row" in zipfile.ZipFile(tmp_path / "x.xlsx").read("xl/worksheets/sheet1.xml")
    again = read_movement_file(tmp_path / "x.xlsx")
    assert again.rows == plain.rows and again.problems == plain.problems
