"""The report's rows written from cell templates: awkward text, large and
small numbers, dates; read back with openpyxl and held equal, cell for cell,
to the same sheets written by openpyxl itself; every part well-formed XML."""
from __future__ import annotations

import dataclasses
import datetime as dt
import zipfile
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ree_desk.report.model import MonthReport
from ree_desk.report.xlsx_package import around_rows
from ree_desk.report.xlsx_cells import decimal_text
from ree_desk.report.xlsx_rows import MEMO_LIMIT
from ree_desk.report.xlsx_sheets import report_sheets
from ree_desk.report.xlsx_text import escape_text, text_cell
from ree_desk.report.xlsx_writer import write_report_xlsx
from tests.report_openpyxl import write_with_openpyxl
from tests.report_sample import sample_report

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
PRESERVE = "{http://www.w3.org/XML/1998/namespace}space"

AWKWARD = {
    "lot": "A<&>B]]>\"'",
    "counterparty": "第一行\n第二行",
    "credit_code": "\x01\x1f\x7f",
    "invoice_no": "x_x0041_y",
    "customs_no": "\r=1",
    "note": " 前后空格 ",
    "accept_reason": "#N/A",
    "origin": "\u3000CN",
    "entered_by": "=cmd|' /C calc'!A0",
}


def awkward_report() -> MonthReport:
    report = sample_report()
    receipt = dataclasses.replace(report.receipts[0], **AWKWARD, id=2**53 - 1,
                                  entered_at=dt.datetime(2026, 6, 30, 23, 59, 59, 999000))
    stocktake = dataclasses.replace(receipt, type="ADJUSTMENT", id=8, mass_g=-1, reo_g=-1,
                                    entered_at=dt.datetime(2026, 6, 30, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))))
    big = report.inventory[0]._replace(lot="\ufffe\uffff\ud800🀄", opening_g=-1, in_g=10**15 + 1, out_g=999,
                                       adjust_g=-10**12, closing_g=-123_456_789, opening_reo_g=1, in_reo_g=-999)
    feed = dataclasses.replace(report.feed[0], run="-5")
    return dataclasses.replace(
        report, receipts=[receipt] + report.receipts[1:], adjustments=[stocktake] + report.adjustments,
        feed=[feed] + report.feed[1:],
        inventory=[big] + report.inventory, movement_count=10**12, first_day=dt.date(2000, 1, 1),
        due_date=dt.date(2099, 12, 31), notes=["注意 <b>&amp;</b>", "=SUM(1)", "  ", "tab\there"])


def cells(path: Path) -> dict:
    """Every written cell as a reader sees it, and each sheet's set-up."""
    wb = openpyxl.load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        out[ws.title] = (
            [[(c.coordinate, c.value, c.data_type, c.number_format, c.font.b, c.font.i, c.font.sz,
               c.font.color.rgb if c.font.color else None, c.fill.fill_type, c.fill.fgColor.rgb, c.quotePrefix,
               c.alignment.wrap_text, c.alignment.vertical) for c in row if c.value is not None]
             for row in ws.iter_rows()],
            ws.freeze_panes, ws.print_title_rows, ws.page_setup.orientation, ws.page_setup.paperSize,
            ws.page_setup.fitToWidth, ws.page_setup.fitToHeight, ws.sheet_properties.pageSetUpPr.fitToPage,
            {k: v.width for k, v in ws.column_dimensions.items()}, ws.max_row, ws.max_column)
    return out


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as package:
        assert package.testzip() is None
        return {name: package.read(name) for name in package.namelist()}


@pytest.fixture(scope="module")
def awkward(tmp_path_factory) -> tuple[MonthReport, Path]:
    report = awkward_report()
    path = tmp_path_factory.mktemp("rows") / "awkward.xlsx"
    write_report_xlsx(report, path)
    return report, path


def test_awkward_cells_read_back_as_openpyxl_writes_them(awkward, tmp_path):
    report, path = awkward
    reference = tmp_path / "openpyxl.xlsx"
    write_with_openpyxl(report_sheets(report), reference)
    ours, theirs = cells(path), cells(reference)
    assert list(ours) == list(theirs)
    for title in theirs:
        assert ours[title] == theirs[title], title
    assert sum(len(row) for sheet in ours.values() for row in sheet[0]) > 400


def test_awkward_text_reads_back_as_written(awkward):
    _, path = awkward
    wb = openpyxl.load_workbook(path)
    receipts = wb["入库 Receipts"]
    keys = [c.value for c in receipts[2]]
    row = dict(zip(keys, receipts[3]))
    expected = {"lot": "A<&>B]]>\"'", "supplier": "第一行\n第二行", "credit_code": "_x0001__x001F_\x7f",
                "invoice_no": "x_x005F_x0041_y", "customs_no": "_x000D_=1", "note": " 前后空格 ",
                "accept_reason": "#N/A", "origin": "\u3000CN"}
    for key, value in expected.items():
        assert row[key].value == value and row[key].data_type == "s", key
    quoted = {key for key, cell in row.items() if cell.quotePrefix}
    assert quoted == {"accept_reason"}  # "\r=1" is escaped first and no longer starts like a formula
    assert row["id"].value == 2**53 - 1 and row["id"].data_type == "n"
    adjustments = wb["盘点调整与冲销 Adjustments & reversals"]
    adj = dict(zip([c.value for c in adjustments[2]], adjustments[3]))
    assert adj["entered_by"].value == "=cmd|' /C calc'!A0" and adj["entered_by"].quotePrefix
    feed = wb["冶炼分离投料 Feed"]
    run = dict(zip([c.value for c in feed[2]], feed[3]))["run"]
    assert run.value == "-5" and run.data_type == "s" and run.quotePrefix
    inventory = wb["库存 Inventory"]
    assert inventory["E3"].value == "_xFFFE__xFFFF__xD800_🀄"
    notes = [r[2].value for r in wb["汇总 Summary"].iter_rows() if r[1].value == "note"]
    assert notes == ["注意 <b>&amp;</b>", "=SUM(1)", "  ", "tab\there"]


def test_numbers_and_dates_read_back_exactly(awkward):
    report, path = awkward
    wb = openpyxl.load_workbook(path)
    inventory = wb["库存 Inventory"]
    numbers = [c.value for c in inventory[3][6:13]]
    grams = [-1, 10**15 + 1, 999, -10**12, -123_456_789, 1, -999]
    assert numbers == [g / 1000 for g in grams]
    assert Decimal(repr(numbers[1])) == Decimal("1000000000000.001")
    assert inventory["H3"].data_type == "n" and inventory["H3"].number_format == "#,##0.000"
    summary = {r[1].value: r[2] for r in wb["汇总 Summary"].iter_rows() if r[1].value}
    assert summary["movement_count"].value == 10**12 and summary["movement_count"].number_format == "#,##0"
    assert summary["period_start"].value == dt.datetime(2000, 1, 1)
    assert summary["due_date"].value == dt.datetime(2099, 12, 31)
    receipts = wb["入库 Receipts"]
    keys = [c.value for c in receipts[2]]
    assert "entered_at" not in keys
    adjustments = wb["盘点调整与冲销 Adjustments & reversals"]
    adj = dict(zip([c.value for c in adjustments[2]], adjustments[3]))
    local = dt.datetime(2026, 6, 30, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))).astimezone().replace(tzinfo=None)
    assert adj["entered_at"].value == local and adj["entered_at"].number_format == "yyyy-mm-dd hh:mm"
    assert adj["mass_kg"].value == -0.001


def test_every_part_is_well_formed_and_every_cell_in_place(awkward):
    _, path = awkward
    package = parts(path)
    for name, data in package.items():
        if name.endswith((".xml", ".rels")):
            ElementTree.fromstring(data)  # raises on anything not well-formed
    styles = ElementTree.fromstring(package["xl/styles.xml"])
    style_count = int(styles.find("m:cellXfs", NS).get("count"))
    shared = ElementTree.fromstring(package["xl/sharedStrings.xml"]).findall("m:si", NS)
    assert shared and all(len(si) == 1 and si[0].tag == f"{{{NS['m']}}}t" for si in shared)
    sheets = [name for name in package if name.startswith("xl/worksheets/")]
    assert len(sheets) == 10
    for name in sheets:
        root = ElementTree.fromstring(package[name])
        assert root.findall(".//m:f", NS) == [], name
        last_row = 0
        for row in root.iterfind("m:sheetData/m:row", NS):
            number = int(row.get("r"))
            assert number > last_row, name
            last_row = number
            # A cell without a reference is the column after the cell before it.
            indexes = []
            for cell in row.iterfind("m:c", NS):
                if cell.get("r") is None:
                    indexes.append(indexes[-1] + 1 if indexes else 1)
                    continue
                letter, r = openpyxl.utils.cell.coordinate_from_string(cell.get("r"))
                assert r == number, (name, number)
                indexes.append(openpyxl.utils.column_index_from_string(letter))
            assert indexes == sorted(set(indexes)), (name, number)
            for cell in row.iterfind("m:c", NS):
                assert int(cell.get("s", 0)) < style_count
                assert cell.get("t") in (None, "inlineStr", "s"), (name, cell.get("r"))
                if cell.get("t") == "s":
                    assert 0 <= int(cell.find("m:v", NS).text) < len(shared), (name, cell.get("r"))
        # A spreadsheet program keeps the spaces around a text only when told to.
        texts = [t for t in root.iterfind(".//m:is/m:t", NS)] + [si[0] for si in shared]
        spaced = [t for t in texts if t.text != t.text.strip()]
        assert all(t.get(PRESERVE) == "preserve" for t in spaced), name
        assert all(t.get(PRESERVE) is None for t in texts if t not in spaced), name
        if name == "xl/worksheets/sheet2.xml":
            assert {t.text for t in spaced} >= {" 前后空格 ", "\u3000CN"}


def test_a_sheet_part_without_room_for_rows_is_refused():
    with pytest.raises(ValueError, match="sheetData"):
        around_rows(b"<worksheet><sheetData><row r='1'/></sheetData></worksheet>")
    assert around_rows(b"<w><sheetData/></w>") == (b"<w><sheetData>", b"</sheetData></w>")


@given(st.integers(-(10**18), 10**18), st.sampled_from([1, 100, 1000, 1_000_000]))
def test_a_decimal_is_the_exact_value_and_reads_as_the_nearest_double(value, scale):
    text = decimal_text(value, scale)
    assert Decimal(text) == Decimal(value) / scale
    assert float(text) == value / scale
    assert not ("." in text and text.endswith("0"))


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=()), max_size=12),  # lone surrogates too
       st.text(alphabet=st.characters(codec="utf-8"), max_size=12))
def test_any_text_is_written_as_text_and_reads_back(tmp_path_factory, lot, note):
    report = sample_report()
    line = dataclasses.replace(report.receipts[0], lot=lot, note=note)
    report = dataclasses.replace(report, receipts=[line])
    path = tmp_path_factory.mktemp("text") / "t.xlsx"
    write_report_xlsx(report, path)
    for name, data in parts(path).items():
        if name.startswith("xl/worksheets/"):
            ElementTree.fromstring(data)
    ws = openpyxl.load_workbook(path)["入库 Receipts"]
    row = dict(zip([c.value for c in ws[2]], ws[3]))
    for key, value in (("lot", lot), ("note", note)):
        assert row[key].value == (escape_text(value) or None), key
        assert row[key].value is None or row[key].data_type == "s"


def test_many_distinct_texts_keep_their_rows(tmp_path):
    report = sample_report()
    template = report.inventory[0]
    lots = [template._replace(lot=f"L{i:05d}&", closing_g=i) for i in range(MEMO_LIMIT + 700)]
    report = dataclasses.replace(report, inventory=lots)
    write_report_xlsx(report, tmp_path / "many.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "many.xlsx", read_only=True)
    rows = list(wb["库存 Inventory"].iter_rows(min_row=3, values_only=True))
    wb.close()
    assert [r[4] for r in rows[:-1]] == [line.lot for line in lots]
    assert [r[0] for r in rows[:-1]] == ["CONC-BAST"] * len(lots)
    assert rows[-1][0] == "合计 Total" and rows[-1][10] == sum(range(len(lots))) / 1000


def test_the_other_workbooks_escape_by_the_same_rule(tmp_path):
    """The ledger and audit exports write text through openpyxl with ``text_cell``:
    what XML cannot carry is escaped there too, instead of failing the export."""
    workbook = openpyxl.Workbook(write_only=True)
    ws = workbook.create_sheet("t")
    ws.append([text_cell(ws, "\ufffe\ud800x\x02"), text_cell(ws, "=1", always_cell=True)])
    workbook.save(tmp_path / "t.xlsx")
    row = next(openpyxl.load_workbook(tmp_path / "t.xlsx")["t"].iter_rows())
    assert [c.value for c in row] == ["_xFFFE__xD800_x_x0002_", "=1"] and row[1].quotePrefix
