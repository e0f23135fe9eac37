"""The report of a history brought in at once: three years, no month closed,
most lots partly used (a small shape of the benchmark's ten years). The
files are made by the command line, as a plant makes them, and read back:
the inventory sheet lists every lot in stock with the stock command's
figures, the JSON says the same, and the PDF sums them by group."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from ree_desk.domain.quantities import format_kg
from ree_desk.services.demo import DemoOptions, build_demo

MONTH_END = "2026-06-30"


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    path = tmp_path_factory.mktemp("history") / "history.sqlite3"
    build_demo(path, DemoOptions(movements=5000, seed=3, end=dt.date(2026, 6, 30), user="demo", years=3,
                                 open_lots=True, close=False))
    return path


def cli(db, *args) -> str:
    done = subprocess.run([sys.executable, "-m", "ree_desk", "--db", str(db), *args], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def files(history, tmp_path_factory):
    out = tmp_path_factory.mktemp("files")
    xlsx, pdf = out / "2026-06.xlsx", out / "2026-06.pdf"
    data = json.loads(cli(history, "report", "--month", "2026-06", "--xlsx", str(xlsx), "--pdf", str(pdf),
                          "--json"))
    stock = json.loads(cli(history, "stock", "--as-of", MONTH_END, "--json"))
    return data, xlsx, pdf, stock


def kg(value) -> int:
    """A cell's kilograms as grams, exactly (the cell holds grams / 1000)."""
    return int((Decimal(repr(value)) * 1000).to_integral_value())


def test_the_inventory_sheet_lists_every_lot_in_stock_as_the_stock_command_does(files):
    data, xlsx, _pdf, stock = files
    in_stock = {(s["material"], s["lot"]): (s["mass_kg"], s["reo_kg"]) for s in stock["lots"]}
    assert len(in_stock) > 1000
    book = load_workbook(xlsx, read_only=True)
    sheet = book["库存 Inventory"]
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    book.close()
    assert rows[-1][0] == "合计 Total"
    total, rows = rows[-1], rows[:-1]
    assert (kg(total[10]), kg(total[15])) == (sum(int(Decimal(m) * 1000) for m, _r in in_stock.values()),
                                              sum(int(Decimal(r) * 1000) for _m, r in in_stock.values()))
    closing = {(r[0], r[4]): (format_kg(kg(r[10])), format_kg(kg(r[15]))) for r in rows if r[10] or r[15]}
    assert closing == in_stock
    lines = {(i["material"], i["lot"]): (i["closing_kg"], i["closing_reo_kg"]) for i in data["inventory"]
             if i["closing_kg"] != "0.000" or i["closing_reo_kg"] != "0.000"}
    assert lines == in_stock
    assert len(rows) == len(data["inventory"])


def test_most_lines_did_not_move_and_still_add_up(files):
    data, *_ = files
    still = [i for i in data["inventory"] if i["in_kg"] == i["out_kg"] == i["adjust_kg"] == "0.000"]
    assert len(still) > len(data["inventory"]) * 3 // 4
    assert all(i["opening_kg"] == i["closing_kg"] for i in still)


def test_the_pdf_sums_the_stock_by_group(files):
    data, _xlsx, pdf, _stock = files
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    lots = sum(g["lots"] for g in data["stock_by_group"])
    assert f"{lots:,}" in text
    for group in data["stock_by_group"]:
        grams = int(Decimal(group["closing_kg"]) * 1000)
        assert format_kg(grams, grouping=True) in text
