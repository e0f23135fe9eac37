"""The inventory's rows written from templates, with its repeated texts in the
shared strings: read back with openpyxl, cell for cell as openpyxl itself
writes the same sheet, whatever the lots hold."""
from __future__ import annotations

import csv
import dataclasses
import os
import re
import shutil
import subprocess
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ree_desk.report.model import Inventory, InventoryLine
from ree_desk.report.xlsx_cells import decimal_text
from ree_desk.report.xlsx_package import make_package
from ree_desk.report.xlsx_rows import RowCounter, sheet_rows
from ree_desk.report.xlsx_shared import SharedStrings
from ree_desk.report.xlsx_sheets import inventory_sheet, report_sheets
from ree_desk.report.xlsx_text import PLAIN_TEXT, all_plain
from ree_desk.report.xlsx_writer import write_report_xlsx
from tests.report_openpyxl import write_with_openpyxl
from tests.report_sample import sample_report
from tests.test_report_xlsx_rows import cells

INVENTORY = "库存 Inventory"
# Texts of the columns that repeat: plain ones, and ones a template must
# escape, mark with a quote prefix or keep the spaces of.
MATERIALS = ["CONC-BAST", "PRND-OX", "=A1", " 空格 ", "a_x0041_b", "100%", "x\x01y"]
ORIGINS = ["CN", "MM", "", None, "@", "%s"]
LOTS = st.one_of(st.sampled_from(["BT-0601", "P160601-01-CE-OX", "L 1 (a)/b.c", "粤-12"]),
                 st.text(max_size=8))
GRAMS = st.one_of(st.integers(0, 10**12), st.integers(-(10**15), 10**15), st.just(0))


@st.composite
def inventory_lines(draw) -> list[InventoryLine]:
    lines = []
    for _ in range(draw(st.integers(1, 12))):
        material = draw(st.sampled_from(MATERIALS))
        opening, opening_reo = draw(GRAMS), draw(GRAMS)
        still = draw(st.booleans())  # most lots of a history did not move
        flows = [0] * 6 if still else [draw(GRAMS) for _ in range(6)]
        closing = opening + flows[0] - flows[1] + flows[2]
        closing_reo = opening_reo + flows[3] - flows[4] + flows[5]
        lines.append(InventoryLine(material, f"{material}名", "ore_product", "light", draw(LOTS),
                                   draw(st.sampled_from(ORIGINS)), opening, *flows[:3], closing,
                                   opening_reo, *flows[3:], closing_reo))
    return lines


def _shared_strings(path: Path) -> int:
    with zipfile.ZipFile(path) as package:
        names = package.namelist()
        sheet = package.read("xl/worksheets/sheet8.xml").decode()
    assert ("xl/sharedStrings.xml" in names) == (' t="s"' in sheet)
    return sheet.count(' t="s"')


@settings(max_examples=15, deadline=None)
@given(inventory_lines())
def test_template_rows_read_back_as_openpyxl_writes_them(tmp_path_factory, lines):
    report = dataclasses.replace(sample_report(), inventory=Inventory.of_lines(lines))
    folder = tmp_path_factory.mktemp("templates")
    write_report_xlsx(report, folder / "ours.xlsx")
    write_with_openpyxl(report_sheets(report), folder / "openpyxl.xlsx")
    assert cells(folder / "ours.xlsx")[INVENTORY] == cells(folder / "openpyxl.xlsx")[INVENTORY]


def test_repeated_texts_are_shared_and_read_back(tmp_path):
    lots = [InventoryLine(MATERIALS[n % 3], "名称", "ore_product", "light", f"L{n}", ORIGINS[n % 4],
                          n, 0, 0, 0, n, n, 0, 0, 0, n) for n in range(3000)]
    report = dataclasses.replace(sample_report(), inventory=Inventory.of_lines(lots))
    write_report_xlsx(report, tmp_path / "r.xlsx")
    # material, name, category, group and origin; a row whose origin is
    # empty or missing is written cell by cell, its texts inline, its cells
    # with their references (without one, the figures after the empty cell
    # would take its place)
    assert _shared_strings(tmp_path / "r.xlsx") == 1500 * 5
    with zipfile.ZipFile(tmp_path / "r.xlsx") as package:
        sheet = package.read("xl/worksheets/sheet8.xml").decode()
    assert '<row r="5"><c r="A5"' in sheet and '<c r="G5" s=' in sheet and '<row r="4"><c t="s">' in sheet
    ws = openpyxl.load_workbook(tmp_path / "r.xlsx", read_only=True)[INVENTORY]
    rows = list(ws.iter_rows(min_row=3, max_row=3002, values_only=True))
    assert [r[:6] for r in rows] == [(MATERIALS[n % 3], "名称", "矿产品", "轻稀土", f"L{n}", ORIGINS[n % 4] or None)
                                     for n in range(3000)]
    assert [r[6] for r in rows] == [n / 1000 for n in range(3000)]
    quoted = openpyxl.load_workbook(tmp_path / "r.xlsx")[INVENTORY]["A5"]
    assert quoted.value == "=A1" and quoted.data_type == "s" and quoted.quotePrefix


def test_a_workbook_without_repeated_texts_has_no_shared_strings(tmp_path):
    report = dataclasses.replace(sample_report(), inventory=[])
    write_report_xlsx(report, tmp_path / "r.xlsx")
    assert _shared_strings(tmp_path / "r.xlsx") == 0
    assert openpyxl.load_workbook(tmp_path / "r.xlsx")[INVENTORY]["A3"].value == "合计 Total"


def test_a_row_the_template_cannot_take_is_written_cell_by_cell():
    report = sample_report()
    line = report.inventory[0]
    lots = [line, line._replace(lot="=1"), line._replace(lot=" 1"), line._replace(lot=""), line]
    sheet = inventory_sheet(dataclasses.replace(report, inventory=lots))
    xml = "".join(sheet_rows(sheet, make_package([sheet]).styles, RowCounter(0, None, 1000), SharedStrings()))
    rows = re.findall(r'<row r="(\d+)">(.*?)</row>', xml)
    templated = [n for n, row in rows if ' t="s"' in row]
    assert templated == ["3", "7"]  # the others carry their texts inline, as the cell writer does
    assert '<c r="E4" s=' in xml and "<t>=1</t>" in xml and '<c r="E6"' not in xml
    assert '<c r="E5" t="inlineStr"><is><t xml:space="preserve"> 1</t></is></c>' in xml


@given(st.lists(st.one_of(LOTS, st.text(alphabet=" _.-\n\r/()a1", max_size=5)), max_size=6))
def test_texts_checked_together_as_each_alone(texts):
    assert all_plain(texts) == (bool(texts) and all(PLAIN_TEXT.fullmatch(t) for t in texts))


@given(st.integers(-(10**15), 10**15))
def test_a_slot_number_is_the_cell_writers(grams):
    lines = [sample_report().inventory[0]._replace(opening_g=grams, in_g=0)]
    sheet = inventory_sheet(dataclasses.replace(sample_report(), inventory=lines))
    xml = "".join(sheet_rows(sheet, make_package([sheet]).styles, RowCounter(0, None, 1000), SharedStrings()))
    assert f'<c s="2"><v>{decimal_text(grams, 1000)}</v></c><c s="2"><v>0</v></c>' in xml


@given(st.integers(-(10**15), 10**15), st.integers(-(10**15), 10**15))
def test_a_still_lot_takes_its_opening_as_its_closing_and_zero_flows(grams, reo):
    still = sample_report().inventory[0]._replace(opening_g=grams, in_g=0, out_g=0, adjust_g=0, closing_g=grams,
                                                   opening_reo_g=reo, in_reo_g=0, out_reo_g=0, adjust_reo_g=0,
                                                   closing_reo_g=reo)
    sheet = inventory_sheet(dataclasses.replace(sample_report(), inventory=[still]))
    xml = "".join(sheet_rows(sheet, make_package([sheet]).styles, RowCounter(0, None, 1000), SharedStrings()))
    mass, zero, oxide = (f'<c s="2"><v>{decimal_text(g, 1000)}</v></c>' for g in (grams, 0, reo))
    assert f'<c t="inlineStr"><is><t>BT-0601</t></is></c><c t="s"><v>4</v></c>{mass}{zero * 3}{mass}{oxide}' \
           f'{zero * 3}{oxide}</row>' in xml


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_a_spreadsheet_program_reads_the_cells_without_references_where_openpyxl_does(tmp_path):
    # Cells without a reference follow the one before them: LibreOffice,
    # converting the inventory sheet to CSV, must put every value where
    # openpyxl reads it.
    still = [InventoryLine(MATERIALS[n % 2], "名称", "ore_product", "light", f"L{n}", ORIGINS[n % 3] or "CN",
                           n * 1001, 0, 0, 0, n * 1001, n * 7, 0, 0, 0, n * 7) for n in range(200)]
    moved = [line._replace(out_g=5, closing_g=line.opening_g - 5) for line in still[::7]]
    report = dataclasses.replace(sample_report(), inventory=Inventory.of_lines(sorted(
        still[1::7] + still[2::7] + moved, key=lambda line: (line.material, line.lot))))
    write_report_xlsx(report, tmp_path / "r.xlsx")
    subprocess.run(["soffice", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,8",
                    "--outdir", str(tmp_path), str(tmp_path / "r.xlsx")],
                   check=True, capture_output=True, timeout=120, env={**os.environ, "HOME": str(tmp_path)})
    (converted,) = tmp_path.glob("r-*.csv")
    with converted.open(encoding="utf-8", newline="") as handle:
        theirs = [[value for value in row] for row in csv.reader(handle)]
    ws = openpyxl.load_workbook(tmp_path / "r.xlsx", read_only=True)[INVENTORY]
    ours = [["" if v is None else v for v in row] for row in ws.iter_rows(values_only=True)]
    assert len(theirs) == len(ours) == len(report.inventory) + 3
    for their_row, our_row in zip(theirs, ours):
        assert [Decimal(t) if type(o) in (int, float) else t for t, o in zip(their_row, our_row)] \
            == [Decimal(str(o)) if type(o) in (int, float) else o for o in our_row][:len(their_row)]
