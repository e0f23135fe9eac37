"""Reading movement files (CSV / xlsx) into raw rows."""
from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from ree_desk.importing import reader as reader_module
from ree_desk.importing.reader import (
    COLUMN_NAMES,
    COLUMNS,
    REQUIRED_COLUMNS,
    FileUnreadable,
    Problem,
    RawRow,
    describe_found,
    match_header,
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
# Columns, headers, problems


def test_columns_in_spec_order():
    assert [(c.name, c.chinese, c.required) for c in COLUMNS] == [
        ("date", "日期", True), ("type", "类型", True), ("material", "物料代码", True),
        ("lot", "批号", True), ("mass_kg", "净重(kg)", True), ("grade_pct", "品位(%)", True),
        ("origin", "原产国", False), ("origin_detail", "产地", False),
        ("counterparty", "往来单位", False), ("credit_code", "统一社会信用代码", False),
        ("customs_no", "报关单号", False), ("invoice_no", "发票号", False),
        ("run", "生产批次", False), ("destination", "目的国", False), ("note", "备注", False),
    ]
    assert REQUIRED_COLUMNS == ("date", "type", "material", "lot", "mass_kg", "grade_pct")


@pytest.mark.parametrize("text, name", [
    ("date", "date"), ("DATE", "date"), ("  Date  ", "date"), ("ＤＡＴＥ", "date"),
    ("日期", "date"), ("\ufeff日期", "date"),
    ("mass_kg", "mass_kg"), ("净重(kg)", "mass_kg"), ("净重（kg）", "mass_kg"),
    ("净重(KG)", "mass_kg"), ("净重", "mass_kg"), ("Mass (kg)", "mass_kg"), ("mass  (kg)", "mass_kg"),
    ("grade_pct", "grade_pct"), ("品位(%)", "grade_pct"), ("品位（％）", "grade_pct"),
    ("品位", "grade_pct"), ("Grade (%)", "grade_pct"),
    ("credit code", "credit_code"), ("Credit Code", "credit_code"), ("统一社会信用代码", "credit_code"),
    ("customs no", "customs_no"), ("Customs No.", "customs_no"), ("invoice no", "invoice_no"),
    ("origin detail", "origin_detail"), ("Origin_Detail", "origin_detail"), ("产地", "origin_detail"),
    ("往来单位", "counterparty"), ("报关单号", "customs_no"), ("发票号", "invoice_no"),
    ("生产批次", "run"), ("目的国", "destination"), ("备注", "note"), ("原产国", "origin"),
    # combined Chinese + English key, as the program's own reports write them
    ("净重(kg) mass_kg", "mass_kg"), ("净重(kg)\nmass_kg", "mass_kg"), ("日期 / date", "date"),
    ("品位(%)/grade_pct", "grade_pct"), ("产地 origin_detail", "origin_detail"),
    ("产地 origin detail", "origin_detail"), ("日期 (date)", "date"),
])
def test_match_header_accepts(text, name):
    assert match_header(text) == name


@pytest.mark.parametrize("text", [
    "", "   ", "weight", "date date", "日期 / lot", "净重 品位", "mass_kg kg", "data", "日期2",
])
def test_match_header_rejects(text):
    assert match_header(text) is None


def test_problem_str_omits_missing_parts():
    assert str(Problem(7, "mass_kg", "a number of kilograms", '"abc"')) == \
        'line 7, column mass_kg: expected a number of kilograms, found "abc"'
    assert str(Problem(7, None, "15 columns", "17")) == "line 7: expected 15 columns, found 17"
    assert str(Problem(None, "lot", "x", "y")) == "column lot: expected x, found y"
    assert str(Problem(None, None, "x", "y")) == "expected x, found y"


def test_describe_found():
    assert describe_found("abc") == '"abc"'
    assert describe_found(None) == "a blank cell"
    assert describe_found(12.5) == "12.5"
    assert describe_found(True) == "TRUE"
    assert describe_found(date(2026, 6, 1)) == "the date/time 2026-06-01"
    assert describe_found("a\nb") == '"a\\nb"'
    long = describe_found("x" * 200)
    assert long == '"' + "x" * 59 + '…"'
    assert len(long) == 62


# --------------------------------------------------------------------------
# CSV


def test_csv_with_bom_chinese_headers_shuffled(tmp_path):
    path = write_text(tmp_path / "m.csv", (
        "\ufeff批号,品位(%),日期,净重(kg),类型,物料代码,原产国,备注\r\n"
        "L-001, 65.50 ,2026-06-01,\"1,234.5\",入库（采购/进口）,CONC-BAST,US,\r\n"
        ",,,,,,,\r\n"
        "\r\n"
        "L-002,60,2026-06-02,-10,ADJUSTMENT,CONC-BAST,,盘亏\r\n"
    ))
    table = read_movement_file(path)
    assert table.kind == "csv"
    assert table.path == path
    assert table.problems == []
    assert table.columns == ["lot", "grade_pct", "date", "mass_kg", "type", "material", "origin", "note"]
    assert [r.line for r in table.rows] == [2, 5]
    assert table.rows[0].values == none_except(
        lot="L-001", grade_pct="65.50", date="2026-06-01", mass_kg="1,234.5",
        type="入库（采购/进口）", material="CONC-BAST", origin="US")
    assert table.rows[1].values == none_except(
        lot="L-002", grade_pct="60", date="2026-06-02", mass_kg="-10", type="ADJUSTMENT",
        material="CONC-BAST", note="盘亏")
    assert all(r.percent_columns == frozenset() for r in table.rows)
    assert set(table.rows[0].values) == set(COLUMN_NAMES)


def test_csv_without_bom_english_headers_and_variants(tmp_path):
    path = write_text(tmp_path / "m.CSV", (
        "Date,TYPE,material,Lot,Mass (kg),Grade (%),Credit Code,customs no,Invoice No,"
        "origin detail,counterparty,run,destination,origin,note\n"
        "2026-06-03,RECEIPT,CONC-MONAZITE,LOT9,25000.000,55.25,91110000100000000X,"
        "220120261000123456,INV-9,Mandalay,Acme Trading,,,MM,first import\n"
    ))
    table = read_movement_file(path)
    assert table.problems == []
    assert table.columns == ["date", "type", "material", "lot", "mass_kg", "grade_pct",
                             "credit_code", "customs_no", "invoice_no", "origin_detail",
                             "counterparty", "run", "destination", "origin", "note"]
    assert table.rows == [RawRow(2, {
        "date": "2026-06-03", "type": "RECEIPT", "material": "CONC-MONAZITE", "lot": "LOT9",
        "mass_kg": "25000.000", "grade_pct": "55.25", "origin": "MM", "origin_detail": "Mandalay",
        "counterparty": "Acme Trading", "credit_code": "91110000100000000X",
        "customs_no": "220120261000123456", "invoice_no": "INV-9", "run": None,
        "destination": None, "note": "first import"}, frozenset())]


def test_csv_report_style_combined_headers(tmp_path):
    path = write_text(tmp_path / "m.csv", (
        '"日期\ndate","类型\ntype","物料代码 material","批号 / lot","净重(kg) mass_kg","品位(%) grade_pct"\n'
        "2026-06-01,FEED,MIX-CARB,A1,100,45\n"
    ))
    table = read_movement_file(path)
    assert table.problems == []
    assert table.columns == list(REQUIRED_COLUMNS)
    # the header record spans lines 1-3, so the first data row starts on line 4
    assert table.rows[0].line == 4
    assert table.rows[0].values["mass_kg"] == "100"


def test_csv_multiline_quoted_fields_keep_physical_line_numbers(tmp_path):
    path = write_text(tmp_path / "m.csv", (
        "date,type,material,lot,mass_kg,grade_pct,note\n"
        '2026-06-01,RECEIPT,CONC-BAST,L1,1,50,"first line\nsecond line\nthird line"\n'
        "2026-06-02,RECEIPT,CONC-BAST,L2,2,50,\"said \"\"hi\"\", then left\"\n"
        "\n"
        '2026-06-03,RECEIPT,CONC-BAST,L3,3,50,"a\r\nb"\n'
        "2026-06-04,RECEIPT,CONC-BAST,L4,4,50,\n"
    ))
    table = read_movement_file(path)
    assert table.problems == []
    assert [r.line for r in table.rows] == [2, 5, 7, 9]
    assert table.rows[0].values["note"] == "first line\nsecond line\nthird line"
    assert table.rows[1].values["note"] == 'said "hi", then left'
    assert table.rows[2].values["note"] == "a\r\nb"
    assert table.rows[3].values["note"] is None


@pytest.mark.parametrize("sep", [";", "\t"])
def test_csv_semicolon_and_tab_delimiters_are_sniffed(tmp_path, sep):
    head = sep.join(["date", "type", "material", "lot", "mass_kg", "grade_pct"])
    row = sep.join(["2026-06-01", "MINED", "ORE-ROCK", "M1", "1234,5", "3,2"])
    table = read_movement_file(write_text(tmp_path / "m.csv", f"{head}\n{row}\n"))
    assert table.problems == []
    assert table.rows[0].values == none_except(
        date="2026-06-01", type="MINED", material="ORE-ROCK", lot="M1",
        mass_kg="1234,5", grade_pct="3,2")


def test_csv_comma_in_header_means_comma_even_with_semicolons_in_data(tmp_path):
    path = write_text(tmp_path / "m.csv", (
        "date,type,material,lot,mass_kg,grade_pct,note\n"
        "2026-06-01,MINED,ORE-ROCK,M1,1,2,a;b;c\n"
    ))
    table = read_movement_file(path)
    assert table.problems == []
    assert table.rows[0].values["note"] == "a;b;c"


def test_csv_excel_sep_hint_line(tmp_path):
    path = write_text(tmp_path / "m.csv", (
        "sep=;\n"
        "date;type;material;lot;mass_kg;grade_pct\n"
        "2026-06-01;MINED;ORE-ROCK;M1;1,5;2\n"
        "date-typo;MINED\n"
    ))
    table = read_movement_file(path)
    assert table.problems == []
    assert [r.line for r in table.rows] == [3, 4]
    assert table.rows[0].values["mass_kg"] == "1,5"
    assert table.rows[1].values == none_except(date="date-typo", type="MINED")


def test_csv_gbk_file_is_reported_with_line_and_advice(tmp_path):
    text = ",".join(CN_HEADER) + "\n2026-06-01,入库（采购/进口）,CONC-BAST,L1,1,50,CN,江西赣州,,,,,,,\n"
    table = read_movement_file(write_text(tmp_path / "gbk.csv", text, "gbk"))
    assert table.rows == [] and table.columns == []
    [problem] = table.problems
    assert problem.line == 1
    assert problem.column is None
    message = str(problem)
    assert message.startswith("line 1: expected UTF-8 text")
    assert '"CSV UTF-8' in message
    assert "GBK" in message


def test_csv_invalid_utf8_names_the_failing_line(tmp_path):
    data = ("date,type,material,lot,mass_kg,grade_pct\n"
            "2026-06-01,MINED,ORE-ROCK,M1,1,2\n").encode() + b"2026-06-02,MINED,ORE-ROCK,\xff\xfe\xfa,1,2\n"
    path = tmp_path / "m.csv"
    path.write_bytes(codecs_bom() + data)
    [problem] = read_movement_file(path).problems
    assert problem.line == 3
    assert "not UTF-8" in problem.found


def codecs_bom() -> bytes:
    return "\ufeff".encode("utf-8")


def test_csv_header_problems_unknown_duplicate_missing(tmp_path):
    path = write_text(tmp_path / "m.csv", (
        "日期,type,物料代码,weight,批号,date,净重(kg),,\n"
        "2026-06-01,RECEIPT,CONC-BAST,9,L1,2026-06-02,10\n"
    ))
    table = read_movement_file(path)
    assert strs(table.problems) == [
        'line 1: expected one of the known column names (date, type, material, lot, mass_kg, '
        'grade_pct, origin, origin_detail, counterparty, credit_code, customs_no, invoice_no, '
        'run, destination, note, or their Chinese headers), found "weight"',
        'line 1, column date: expected each column only once, found it twice ("日期" and "date")',
        'line 1, column grade_pct: expected a column headed "品位(%)" or "grade_pct", found no such column',
    ]
    assert table.columns == ["date", "type", "material", "lot", "mass_kg"]
    # the first of two duplicate columns is the one read
    assert table.rows[0].values == none_except(
        date="2026-06-01", type="RECEIPT", material="CONC-BAST", lot="L1", mass_kg="10")


def test_csv_too_many_cells(tmp_path):
    path = write_text(tmp_path / "m.csv", (
        "date,type,material,lot,mass_kg,grade_pct,,\n"  # empty trailing header cells are ignored
        "2026-06-01,MINED,ORE-ROCK,M1,1,2,,   ,\n"  # extras blank: fine
        "2026-06-01,MINED,ORE-ROCK,M2,1,2,,x\n"
        "2026-06-01,MINED,ORE-ROCK,M3,1,2,9,8,,\n"
        "2026-06-01,MINED\n"  # short rows are just blank at the end
    ))
    table = read_movement_file(path)
    assert strs(table.problems) == [
        "line 3: expected 6 columns, found 8",
        "line 4: expected 6 columns, found 8",
    ]
    assert [r.line for r in table.rows] == [2, 3, 4, 5]
    assert table.rows[3].values == none_except(date="2026-06-01", type="MINED")


def test_csv_value_under_an_empty_header_cell(tmp_path):
    path = write_text(tmp_path / "m.csv", (
        "date,type,,material,lot,mass_kg,grade_pct\n"
        "2026-06-01,MINED,,ORE-ROCK,M1,1,2\n"
        "2026-06-01,MINED,oops,ORE-ROCK,M1,1,2\n"
    ))
    table = read_movement_file(path)
    assert strs(table.problems) == [
        'line 3: expected no value under an empty header cell, found "oops" in field 3']
    assert table.columns == list(REQUIRED_COLUMNS)
    assert table.rows[0].values["material"] == "ORE-ROCK"


def test_csv_empty_and_header_only(tmp_path):
    table = read_movement_file(write_text(tmp_path / "empty.csv", "\ufeff\n \n"))
    assert strs(table.problems) == ["expected a header row naming the columns, found an empty file"]
    assert table.rows == [] and table.columns == []

    table = read_movement_file(write_text(tmp_path / "head.csv", "date,type,material,lot,mass_kg,grade_pct\n"))
    assert table.problems == [] and table.rows == []
    assert table.columns == list(REQUIRED_COLUMNS)


def test_csv_header_after_blank_lines_keeps_physical_numbers(tmp_path):
    path = write_text(tmp_path / "m.csv", "\n,,\ndate,type,material,lot,mass_kg,grade_pct\nd,t,m,l,1,2\n")
    table = read_movement_file(path)
    assert table.problems == []
    assert table.rows[0].line == 4


def test_csv_that_is_really_a_workbook(tmp_path):
    wb = openpyxl.Workbook()
    wb.save(tmp_path / "book.xlsx")
    (tmp_path / "book.csv").write_bytes((tmp_path / "book.xlsx").read_bytes())
    with pytest.raises(FileUnreadable, match=r"^book\.csv: .*rename it to \.xlsx"):
        read_movement_file(tmp_path / "book.csv")


@pytest.mark.slow
def test_csv_100k_rows_is_fast(tmp_path):
    lines = [",".join(CN_HEADER)]
    lines += [f"2026-06-01,RECEIPT,CONC-BAST,L{i},1234.5,65.5,US,Mountain Pass,MP,,"
              f"123456789012345678,INV{i},,," for i in range(100_000)]
    path = write_text(tmp_path / "big.csv", "\n".join(lines) + "\n", "utf-8-sig")
    started = time.perf_counter()
    table = read_movement_file(path)
    elapsed = time.perf_counter() - started
    assert len(table.rows) == 100_000 and table.problems == []
    assert table.rows[-1].line == 100_001
    assert table.rows[-1].values["invoice_no"] == "INV99999"
    assert elapsed < 2.0, f"reading 100k CSV rows took {elapsed:.2f}s"


# --------------------------------------------------------------------------
# Files that cannot be read at all


@pytest.mark.parametrize("name, message", [
    ("movements.txt", "movements.txt: not a movement file; expected a .csv, .xlsx or .xlsm file"),
    ("movements", "movements: not a movement file; expected a .csv, .xlsx or .xlsm file"),
    ("movements.ods", "movements.ods: not a movement file; expected a .csv, .xlsx or .xlsm file"),
    ("movements.xls", "movements.xls: old .xls workbooks are not supported; save it as .xlsx "
                      "(Excel Workbook) or CSV UTF-8 and import again"),
])
def test_wrong_extension(tmp_path, name, message):
    path = write_text(tmp_path / name, "date,type\n")
    with pytest.raises(FileUnreadable) as caught:
        read_movement_file(path)
    assert str(caught.value) == message
    assert caught.value.path == path


@pytest.mark.parametrize("name", ["missing.csv", "missing.xlsx"])
def test_missing_file(tmp_path, name):
    with pytest.raises(FileUnreadable, match=rf"^{name.replace('.', '[.]')}: file not found$"):
        read_movement_file(tmp_path / name)


def test_folder_is_unreadable(tmp_path):
    (tmp_path / "dir.csv").mkdir()
    with pytest.raises(FileUnreadable, match=r"^dir\.csv: is a folder, not a file$"):
        read_movement_file(str(tmp_path / "dir.csv"))


def test_reader_module_does_not_import_qt():
    source = Path(reader_module.__file__).read_text(encoding="utf-8")
    assert "PySide" not in source and "Qt" not in source
