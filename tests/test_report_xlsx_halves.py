"""The workbook written by two processes at once is the workbook written by one."""
from __future__ import annotations

import dataclasses
import os
import zipfile

import openpyxl
import pytest

from ree_desk.report import xlsx_halves
from ree_desk.report.xlsx_halves import merge_sheets, split_sheets
from ree_desk.report.xlsx_sheets import report_sheets
from ree_desk.report.xlsx_writer import write_report_xlsx
from tests.report_sample import sample_report

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork on this system")


def cells(path):
    """Every cell with what a reader sees of it: value, format, font, fill, quote prefix."""
    wb = openpyxl.load_workbook(path)
    return {
        ws.title: [[(c.value, c.number_format, c.font.b, c.font.i, c.font.sz, c.fill.fgColor.rgb, c.quotePrefix,
                     c.alignment.wrap_text) for c in row] for row in ws.iter_rows()]
        for ws in wb.worksheets
    }, {ws.title: (ws.freeze_panes, ws.print_title_rows, ws.page_setup.orientation) for ws in wb.worksheets}


@pytest.fixture
def hostile_report():
    report = sample_report()
    line = dataclasses.replace(report.shipments[0], counterparty="=HYPERLINK(\"x\")", note="@SUM(A1)", lot="-L1")
    return dataclasses.replace(report, shipments=[line] + report.shipments[1:])


@needs_fork
def test_two_processes_write_the_same_workbook_as_one(hostile_report, tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_halves, "can_fork", lambda: True)
    used = []
    real = xlsx_halves.merge_sheets

    def merge(*args):
        used.append(real(*args))
        return used[-1]

    monkeypatch.setattr(xlsx_halves, "merge_sheets", merge)
    write_report_xlsx(hostile_report, tmp_path / "halves.xlsx", parallel=True)
    write_report_xlsx(hostile_report, tmp_path / "one.xlsx")
    assert used == [True], "the workbook was not written in two halves"
    halves, one = cells(tmp_path / "halves.xlsx"), cells(tmp_path / "one.xlsx")
    assert halves[1] == one[1]
    for title in list(one[0])[1:]:  # the summary sheet holds the moment it was made
        assert halves[0][title] == one[0][title], title
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "temporary parts left behind"


def test_sheets_are_shared_out_by_their_cells(hostile_report):
    sheets = report_sheets(hostile_report)
    mine, theirs = split_sheets(sheets)
    assert mine | theirs == set(range(len(sheets))) and not mine & theirs
    size = [sum(len(t.rows) * len(t.columns) for t in s.tables) for s in sheets]
    biggest = max(size)
    assert abs(sum(size[i] for i in mine) - sum(size[i] for i in theirs)) <= biggest


def test_files_that_disagree_beyond_their_sheets_are_not_put_together(tmp_path):
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    for path, font_bold in ((a, False), (b, True)):
        wb = openpyxl.Workbook()
        wb.active.title = "one"
        wb.active["A1"] = "x"
        wb.active["A1"].font = openpyxl.styles.Font(bold=font_bold)  # a different style table
        wb.create_sheet("two")["A1"] = 2
        wb.save(path)
    target = tmp_path / "merged.xlsx"
    assert merge_sheets(a, b, ["one", "two"], [1], target) is False
    assert not target.exists()
    assert merge_sheets(a, a, ["one", "three"], [1], target) is False  # names that are not the sheets
    assert not target.exists()


def test_without_a_second_process_the_workbook_is_written_in_one(hostile_report, tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_halves, "can_fork", lambda: False)
    write_report_xlsx(hostile_report, tmp_path / "r.xlsx", parallel=True)
    with zipfile.ZipFile(tmp_path / "r.xlsx") as package:
        assert package.testzip() is None
    assert openpyxl.load_workbook(tmp_path / "r.xlsx").sheetnames == [s.title for s in report_sheets(hostile_report)]
