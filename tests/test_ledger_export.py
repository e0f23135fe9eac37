"""Exporting the filtered ledger to xlsx and CSV."""
from __future__ import annotations

import csv
import datetime as dt

import openpyxl
import pytest

from conftest import day, draft
from ree_desk.domain.ledger.plan import NEGATIVE_STOCK
from ree_desk.domain.movement_types import MovementType
from ree_desk.services import ledger_export as ex
from ree_desk.services.ledger_query import LedgerFilter, LedgerSort
from ree_desk.services.posting import post_movements
from ree_desk.services.reversal import reverse_movement

LABELS = ex.ExportLabels(
    sheet="台账",
    headers={"id": "编号", "mass": "净重", "reo": "REO", "note": "备注", "counterparty": "往来单位"},
    types={"RECEIPT": "入库", "FEED": "冶炼分离投料"},
    flags={NEGATIVE_STOCK: "负库存"},
)


def exported(folder):
    """Files in the folder besides the database."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("ledger.sqlite3"))


@pytest.fixture
def ledger(db):
    ids = post_movements(db, [
        draft(2, date="2026-06-01", type="RECEIPT", material="CONC-BAST", lot="=cmd|' /C calc'!A0",
              mass_kg="1234.567", grade_pct="61.25", origin="US", counterparty="@SUM(1+1)", customs_no="C-1"),
        draft(3, date="2026-06-02", type="FEED", material="CONC-BAST", lot="=cmd|' /C calc'!A0",
              mass_kg="34.5", grade_pct="61.25", run="R1"),
    ], user="t", source="test").movement_ids
    # Reversing the receipt leaves the lot 34.5 kg short: recorded, flagged.
    reversal = reverse_movement(db, ids[0], day=day("2026-06-03"), reason="-wrong supplier", user="t",
                                accept_reason="counted again").movement_ids[0]
    return db, ids + [reversal]


def test_csv_is_utf8_with_bom_numbers_exact_and_formulas_defused(ledger, tmp_path):
    db, (receipt, feed, reversal) = ledger
    path = tmp_path / "ledger.csv"
    assert ex.export_ledger(db, path, LedgerFilter(), LedgerSort("day"), unit="t", labels=LABELS) == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    header = rows[0]
    assert header[:6] == ["编号", "day", "type", "material", "lot", "净重 (t)"]
    assert len(header) == len(ex.COLUMNS)
    got = [dict(zip(ex.EXPORT_KEYS, r)) for r in rows[1:]]
    assert [r["id"] for r in got] == [str(receipt), str(feed), str(reversal)]
    assert [r["type"] for r in got] == ["入库", "冶炼分离投料", "入库"]
    assert [r["mass"] for r in got] == ["1.234567", "0.034500", "-1.234567"]  # tonnes, to the gram
    assert got[0]["grade"] == "61.25" and got[0]["day"] == "2026-06-01"
    assert got[0]["lot"] == "'=cmd|' /C calc'!A0"      # read as text by a spreadsheet
    assert got[0]["counterparty"] == "'@SUM(1+1)"
    assert got[2]["note"] == "'-wrong supplier"
    assert got[0]["reversed_by"] == str(reversal) and got[2]["reverses"] == str(receipt)
    assert got[2]["flags"] == "负库存" and got[2]["accept_reason"] == "counted again"
    assert got[1]["run"] == "R1" and got[0]["origin"] == "US"


def test_csv_in_kg_and_a_filter(ledger, tmp_path):
    db, (_receipt, feed, _reversal) = ledger
    path = tmp_path / "feed.CSV"
    assert ex.export_ledger(db, path, LedgerFilter(type=MovementType.FEED), LedgerSort(), unit="kg") == 1
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][5] == "mass (kg)"  # no labels: the keys
    assert rows[1][0] == str(feed) and rows[1][2] == "FEED" and rows[1][5] == "34.500"


def test_xlsx_numbers_are_numbers_and_text_is_never_a_formula(ledger, tmp_path):
    db, (receipt, feed, reversal) = ledger
    path = tmp_path / "ledger.xlsx"
    assert ex.export_ledger(db, path, LedgerFilter(), LedgerSort("id", descending=True), labels=LABELS) == 3
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["台账"]
    ws = wb["台账"]
    assert ws.freeze_panes == "A2"
    assert [c.value for c in ws[1]][:6] == ["编号", "day", "type", "material", "lot", "净重 (kg)"]
    rows = [{k: c for k, c in zip(ex.EXPORT_KEYS, row)} for row in ws.iter_rows(min_row=2)]
    assert [r["id"].value for r in rows] == [reversal, feed, receipt]
    first = rows[2]
    assert first["mass"].value == pytest.approx(1234.567) and first["mass"].number_format == "#,##0.000"
    assert first["grade"].value == pytest.approx(61.25)
    assert first["day"].value == dt.datetime(2026, 6, 1) and first["day"].is_date
    for key in ("lot", "counterparty"):
        assert first[key].data_type == "s", key
    assert first["lot"].value == "=cmd|' /C calc'!A0" and first["lot"].quotePrefix
    assert rows[0]["note"].value == "-wrong supplier" and rows[0]["note"].data_type == "s"
    assert rows[0]["mass"].value == pytest.approx(-1234.567)
    assert rows[0]["reverses"].value == receipt and rows[2]["reversed_by"].value == reversal
    assert rows[1]["counterparty"].value is None


def test_xlsx_in_tonnes_and_over_several_sheets(ledger, tmp_path, monkeypatch):
    db, _ids = ledger
    monkeypatch.setattr(ex, "ROWS_PER_SHEET", 2)
    path = tmp_path / "ledger.xlsx"
    ex.export_ledger(db, path, LedgerFilter(), LedgerSort(), unit="t")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Ledger", "Ledger 2"]
    assert [ws.max_row for ws in wb] == [3, 2]
    cell = wb["Ledger"]["F2"]
    assert cell.value == pytest.approx(1.234567) and cell.number_format == "#,##0.000###"


def test_an_empty_selection_still_writes_the_headers(ledger, tmp_path):
    db, _ids = ledger
    path = tmp_path / "none.xlsx"
    assert ex.export_ledger(db, path, LedgerFilter(text="no such thing"), LedgerSort()) == 0
    assert openpyxl.load_workbook(path).active.max_row == 1


def test_progress_and_cancel_leave_no_file_behind(ledger, tmp_path, monkeypatch):
    db, _ids = ledger
    monkeypatch.setattr(ex, "PROGRESS_STEP", 1)
    seen = []
    ex.export_ledger(db, tmp_path / "a.csv", LedgerFilter(), LedgerSort(), progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 3), (2, 3), (3, 3), (3, 3)]

    class Stop(Exception):
        pass

    def cancel(done, total):
        if done == 2:
            raise Stop

    for name in ("b.csv", "b.xlsx"):
        with pytest.raises(Stop):
            ex.export_ledger(db, tmp_path / name, LedgerFilter(), LedgerSort(), progress=cancel)
    assert exported(tmp_path) == ["a.csv"]


def test_an_existing_file_is_replaced_only_when_the_new_one_is_complete(ledger, tmp_path, monkeypatch):
    db, _ids = ledger
    monkeypatch.setattr(ex, "PROGRESS_STEP", 1)
    path = tmp_path / "ledger.csv"
    path.write_text("old", encoding="utf-8")

    def fail(done, total):
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        ex.export_ledger(db, path, LedgerFilter(), LedgerSort(), progress=fail)
    assert path.read_text(encoding="utf-8") == "old"


def test_only_xlsx_and_csv(ledger, tmp_path):
    db, _ids = ledger
    with pytest.raises(ex.ExportFormatError, match=r"\.xlsx or \.csv"):
        ex.export_ledger(db, tmp_path / "ledger.txt", LedgerFilter(), LedgerSort())
    with pytest.raises(ValueError, match="unit"):
        ex.export_ledger(db, tmp_path / "ledger.csv", LedgerFilter(), LedgerSort(), unit="lb")
    assert exported(tmp_path) == []
