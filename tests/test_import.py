"""Importing movement files end to end: rows in, exact grams out, all or nothing."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from conftest import CREDIT_CODE, HEADER, raw_sql, write_csv
from ree_desk.domain.credit_code import check_character
from ree_desk.domain.problems import InputRejected
from ree_desk.services.importer import import_file
from ree_desk.services.months import close_month
from ree_desk.services.quotas import add_allocation, quota_status
from ree_desk.services.stock import stock_as_of

D = dt.date

CN_NAMES = {
    "date": "日期", "type": "类型", "material": "物料代码", "lot": "批号", "mass_kg": "净重(kg)",
    "grade_pct": "品位(%)", "origin": "原产国", "origin_detail": "产地", "counterparty": "往来单位",
    "credit_code": "统一社会信用代码", "customs_no": "报关单号", "invoice_no": "发票号", "run": "生产批次",
    "destination": "目的国", "note": "备注",
}
CN_TYPES = {
    "RECEIPT": "入库（采购/进口）", "MINED": "开采产出", "FEED": "冶炼分离投料",
    "OUTPUT": "产品产出", "SHIPMENT": "出库（销售/出口）", "ADJUSTMENT": "盘点调整",
}
# A deliberately scrambled column order for the Chinese file.
SHUFFLED = ["备注", "净重(kg)", "批号", "目的国", "日期", "往来单位", "品位(%)", "生产批次", "类型",
            "报关单号", "原产国", "统一社会信用代码", "物料代码", "发票号", "产地"]


# --------------------------------------------------------------------------
# helpers


def movement_rows(db) -> list[tuple]:
    with raw_sql(db) as con:
        return con.execute(
            "SELECT CAST(m.day AS TEXT), m.type, mat.code, l.lot_no, m.mass_g, m.grade_bp, m.reo_g, m.flags, m.accept_reason "
            "FROM movement m JOIN lot l ON l.id = m.lot_id JOIN material mat ON mat.id = m.material_id "
            "ORDER BY m.id"
        ).fetchall()


def movement_count(db) -> int:
    with raw_sql(db) as con:
        return con.execute("SELECT COUNT(*) FROM movement").fetchone()[0]


def table_count(db, table: str) -> int:
    with raw_sql(db) as con:
        return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def stock_tuples(db, day: dt.date) -> list[tuple]:
    return [(s.material, s.lot, s.origin, s.mass_g, s.reo_g) for s in stock_as_of(db, day)]


def quota_tuples(db, year: int, as_of: dt.date) -> list[tuple]:
    return [
        (l.kind.value, l.scope.value, l.allocated_g, l.used_g, l.remaining_g, dict(l.used_by_origin))
        for l in quota_status(db, year, as_of=as_of)
    ]


def problem_tuples(exc: InputRejected) -> list[tuple]:
    return [(p.line, p.column, p.warning) for p in exc.problems]


def receipt(**over) -> dict:
    row = dict(date="2026-01-05", type="RECEIPT", material="CONC-BAST", lot="B1", mass_kg="100",
               grade_pct="60", origin="CN", counterparty="包头某矿业有限公司")
    row.update(over)
    return row


def feed(**over) -> dict:
    row = dict(date="2026-02-01", type="FEED", material="CONC-BAST", lot="B1", mass_kg="100",
               grade_pct="60", run="R-1")
    row.update(over)
    return row


def write_cn_csv(path: Path, rows: list[dict], header: list[str] = SHUFFLED) -> Path:
    """The same rows as a clerk's Chinese file: Chinese headers and type names, BOM."""
    cn_rows = []
    for row in rows:
        cn = {CN_NAMES[k]: v for k, v in row.items()}
        cn["类型"] = CN_TYPES[row["type"]]
        cn_rows.append(cn)
    return write_csv(path, cn_rows, header=header, bom=True)


# --------------------------------------------------------------------------
# a good file, in English and in Chinese

# Hand computation, REO = round-half-up(mass_g * grade_bp / 10000):
#   line 2  10000.3 kg  @ 65.50 %  -> 10000300 g, 10000300*6550/10000 = 6550196.5 -> 6550197
#   line 3  "2,000" kg  @ 45.25 %  ->  2000000 g, 905000 exactly
#   line 4  "1 234.5" kg @ 6 %     ->  1234500 g, 74070 exactly (mining_rock use)
#   line 5  FEED 3000.001 kg @ 65.5 -> -3000001 g, 1965000.655 -> -1965001 (separation, US)
#   line 6  FEED 500 kg @ 45.25    ->  -500000 g, -226250 (separation, CN)
#   line 7  OUTPUT 100 kg @ 99.5   ->   100000 g, 99500, shares US 1965001 : CN 226250
#           -> US floor 89226.47 = 89226, CN floor 10273.53 = 10273 + 1 left over = 10274
#   line 8  SHIPMENT 40 kg @ 99.5  ->   -40000 g, -39800
#   line 9  ADJUSTMENT -0.5 kg @ 45.25 -> -500 g, 226.25 -> -226
GOOD_ROWS = [
    dict(date="2026-01-05", type="RECEIPT", material="CONC-BAST", lot="BAST-US-01", mass_kg="10000.3",
         grade_pct="65.5", origin="US", origin_detail="Mountain Pass", counterparty="MP Materials",
         customs_no="530120260000001", invoice_no="INV-001"),
    dict(date="2026-01-06", type="RECEIPT", material="MIX-CARB", lot="MC-CN-01", mass_kg="2,000",
         grade_pct="45.25", origin="CN", origin_detail="江西赣州", counterparty="赣州某稀土有限公司",
         credit_code=CREDIT_CODE, invoice_no="INV-002"),
    dict(date="2026-01-07", type="MINED", material="ORE-ROCK", lot="ROCK-01", mass_kg="1 234.5",
         grade_pct="6", origin="CN", origin_detail="白云鄂博"),
    dict(date="2026-02-01", type="FEED", material="CONC-BAST", lot="BAST-US-01", mass_kg="3000.001",
         grade_pct="65.50", run="R-001"),
    dict(date="2026-02-01", type="FEED", material="MIX-CARB", lot="MC-CN-01", mass_kg="500",
         grade_pct="45.25", run="R-001"),
    dict(date="2026-02-02", type="OUTPUT", material="ND-OX", lot="ND-01", mass_kg="100",
         grade_pct="99.5", run="R-001"),
    dict(date="2026-02-03", type="SHIPMENT", material="ND-OX", lot="ND-01", mass_kg="40",
         grade_pct="99.5", counterparty="Tokyo Trading", destination="JP", customs_no="530120260000002"),
    dict(date="2026-02-04", type="ADJUSTMENT", material="MIX-CARB", lot="MC-CN-01", mass_kg="-0.5",
         grade_pct="45.25", note="盘亏"),
]


def _check_good_import(db, db_path, result):
    assert result.rows == 8
    assert result.flagged == 0
    assert result.dry_run is False
    assert result.posting_id > 0
    assert movement_rows(db) == [
        ("2026-01-05", "RECEIPT", "CONC-BAST", "BAST-US-01", 10000300, 6550, 6550197, 0, None),
        ("2026-01-06", "RECEIPT", "MIX-CARB", "MC-CN-01", 2000000, 4525, 905000, 0, None),
        ("2026-01-07", "MINED", "ORE-ROCK", "ROCK-01", 1234500, 600, 74070, 0, None),
        ("2026-02-01", "FEED", "CONC-BAST", "BAST-US-01", -3000001, 6550, -1965001, 0, None),
        ("2026-02-01", "FEED", "MIX-CARB", "MC-CN-01", -500000, 4525, -226250, 0, None),
        ("2026-02-02", "OUTPUT", "ND-OX", "ND-01", 100000, 9950, 99500, 0, None),
        ("2026-02-03", "SHIPMENT", "ND-OX", "ND-01", -40000, 9950, -39800, 0, None),
        ("2026-02-04", "ADJUSTMENT", "MIX-CARB", "MC-CN-01", -500, 4525, -226, 0, None),
    ]
    # end of January: only the receipts and the mining output
    assert stock_tuples(db, D(2026, 1, 31)) == [
        ("CONC-BAST", "BAST-US-01", "US", 10000300, 6550197),
        ("MIX-CARB", "MC-CN-01", "CN", 2000000, 905000),
        ("ORE-ROCK", "ROCK-01", "CN", 1234500, 74070),
    ]
    # the day before the first receipt: nothing
    assert stock_tuples(db, D(2026, 1, 4)) == []
    feb = stock_as_of(db, D(2026, 2, 28))
    assert [(s.material, s.lot, s.origin, s.mass_g, s.reo_g) for s in feb] == [
        ("CONC-BAST", "BAST-US-01", "US", 10000300 - 3000001, 6550197 - 1965001),
        ("MIX-CARB", "MC-CN-01", "CN", 2000000 - 500000 - 500, 905000 - 226250 - 226),
        ("ND-OX", "ND-01", "US", 100000 - 40000, 99500 - 39800),
        ("ORE-ROCK", "ROCK-01", "CN", 1234500, 74070),
    ]
    nd = feb[2]
    # the lot's REO today (99,500 - 39,800 shipped = 59,700 g) split 10274 : 89226
    # -> CN 6164.4 = 6164, US 53535.6 = 53535 + 1 left over = 53536
    assert nd.origin_shares == {"CN": 6164, "US": 53536}

    # separation: 2 t REO allocated; mining_rock has no allocation (use shown, not controlled)
    lines = quota_status(db, 2026, as_of=D(2026, 2, 28))
    assert [(l.kind.value, l.scope.value, l.allocated_g, l.used_g, l.remaining_g, dict(l.used_by_origin),
             l.controlled) for l in lines] == [
        ("mining_rock", "any", 0, 74070, -74070, {"CN": 74070}, False),
        ("separation", "any", 3_000_000, 2_191_251, 808_749, {"US": 1_965_001, "CN": 226_250}, True),
    ]
    # another year is untouched
    assert quota_tuples(db, 2025, D(2025, 12, 31)) == []


def test_good_csv_with_english_headers(db, db_path, tmp_path):
    add_allocation(db, year=2026, kind="separation", tonnes="3", user="t")
    path = write_csv(tmp_path / "good.csv", GOOD_ROWS)
    result = import_file(db, path, user="clerk")
    assert result.path == path
    _check_good_import(db, db_path, result)


def test_good_csv_with_chinese_headers_shuffled_bom_and_chinese_types(db, db_path, tmp_path):
    add_allocation(db, year=2026, kind="separation", tonnes="3", user="t")
    path = write_cn_csv(tmp_path / "good-cn.csv", GOOD_ROWS)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "入库（采购/进口）" in path.read_text(encoding="utf-8-sig")
    result = import_file(db, path, user="clerk")
    _check_good_import(db, db_path, result)


def test_rows_out_of_order_in_the_file_give_the_same_ledger(db, db_path, tmp_path):
    # The output row before its feed, the feed before its receipt: stock and
    # origins are judged per day, not per row order.
    add_allocation(db, year=2026, kind="separation", tonnes="3", user="t")
    order = [6, 5, 3, 0, 4, 2, 1, 7]
    path = write_csv(tmp_path / "shuffled.csv", [GOOD_ROWS[i] for i in order])
    result = import_file(db, path, user="clerk")
    assert result.rows == 8
    assert stock_tuples(db, D(2026, 2, 28)) == [
        ("CONC-BAST", "BAST-US-01", "US", 7000299, 4585196),
        ("MIX-CARB", "MC-CN-01", "CN", 1499500, 678524),
        ("ND-OX", "ND-01", "US", 60000, 59700),
        ("ORE-ROCK", "ROCK-01", "CN", 1234500, 74070),
    ]


def test_chinese_type_short_names_and_separators(db, db_path, tmp_path):
    path = write_csv(tmp_path / "short.csv", [
        receipt(type="入库", mass_kg="１，２３４．５", grade_pct="６０．５"),
        feed(type="投料", date="2026-01-06", mass_kg="34.5", grade_pct="60.5"),
    ])
    import_file(db, path, user="clerk")
    # 1234.5 kg @ 60.5 % -> 746872.5 -> 746873; feed 34.5 kg -> 20872.5 -> 20873
    assert movement_rows(db) == [
        ("2026-01-05", "RECEIPT", "CONC-BAST", "B1", 1234500, 6050, 746873, 0, None),
        ("2026-01-06", "FEED", "CONC-BAST", "B1", -34500, 6050, -20873, 0, None),
    ]
    assert stock_tuples(db, D(2026, 1, 31)) == [("CONC-BAST", "B1", "CN", 1200000, 726000)]


def test_stock_after_closing_a_month_is_unchanged(db, db_path, tmp_path):
    add_allocation(db, year=2026, kind="separation", tonnes="3", user="t")
    import_file(db, write_csv(tmp_path / "good.csv", GOOD_ROWS), user="clerk")
    before = {d: stock_tuples(db, d) for d in (D(2026, 1, 31), D(2026, 2, 15), D(2026, 2, 28))}
    close_month(db, "2026-01", user="t", today=D(2026, 3, 1))
    with raw_sql(db) as con:
        assert con.execute("SELECT month, COUNT(*), SUM(mass_g), SUM(reo_g) FROM closing_balance GROUP BY month"
                           ).fetchall() == [("2026-01", 3, 10000300 + 2000000 + 1234500, 6550197 + 905000 + 74070)]
    assert {d: stock_tuples(db, d) for d in before} == before


def _two_run_rows() -> list[dict]:
    return [
        receipt(lot="US1", mass_kg="100", grade_pct="60", origin="US", customs_no="530120260000004",
                date="2026-02-01"),
        receipt(lot="CN1", material="MIX-CARB", mass_kg="1000", grade_pct="50", date="2026-02-01"),
        feed(lot="US1", mass_kg="100", grade_pct="60", run="R1", date="2026-02-10"),         # 60,000 g US
        dict(date="2026-02-11", type="OUTPUT", material="ND-OX", lot="ND1", mass_kg="10", grade_pct="99",
             run="R1"),                                                                      # 9,900 g, all US
        feed(lot="CN1", material="MIX-CARB", mass_kg="1000", grade_pct="50", run="R2", date="2026-03-10"),
        dict(date="2026-03-11", type="OUTPUT", material="ND-OX", lot="ND1", mass_kg="100", grade_pct="99",
             run="R2"),                                                                      # 99,000 g, all CN
    ]


def test_made_lot_origin_at_the_end_takes_the_larger_share(db, db_path, tmp_path):
    import_file(db, write_csv(tmp_path / "runs.csv", _two_run_rows()), user="clerk")
    nd = [s for s in stock_as_of(db, D(2026, 3, 31)) if s.material == "ND-OX"]
    assert [(s.lot, s.origin, s.mass_g, s.reo_g, s.origin_shares) for s in nd] == [
        ("ND1", "CN", 110000, 108900, {"CN": 99000, "US": 9900}),
    ]


def test_made_lot_origin_as_of_a_day_ignores_later_output(db, db_path, tmp_path):
    import_file(db, write_csv(tmp_path / "runs.csv", _two_run_rows()), user="clerk")
    nd = [s for s in stock_as_of(db, D(2026, 2, 28)) if s.material == "ND-OX"]
    assert [(s.lot, s.origin, s.mass_g, s.reo_g) for s in nd] == [("ND1", "US", 10000, 9900)]


# --------------------------------------------------------------------------
# xlsx


def test_xlsx_float_mass_percent_grade_date_cells_and_int_lot(db, db_path, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["日期", "类型", "物料代码", "批号", "净重(kg)", "品位(%)", "原产国", "往来单位", "报关单号"])
    ws.append([D(2026, 3, 2), "入库（采购/进口）", "CONC-MONAZITE", 20260001, 1234.5670000001, 0.655,
               "MM", "Myanmar Trading", "530120260000009"])
    ws.append([dt.datetime(2026, 3, 3, 0, 0), "RECEIPT", "CONC-MONAZITE", 20260002, 2000.0, 0.5,
               "MM", "Myanmar Trading", 530120260000010])
    for row in (2, 3):
        ws.cell(row=row, column=6).number_format = "0.00%"
        ws.cell(row=row, column=1).number_format = "yyyy-mm-dd"
    path = tmp_path / "book.xlsx"
    wb.save(path)

    result = import_file(db, path, user="clerk")
    assert result.rows == 2
    # 1234567 g @ 65.50 %: 1234567*6550/10000 = 808641.385 -> 808641
    # 2000000 g @ 50.00 %: 1000000
    assert movement_rows(db) == [
        ("2026-03-02", "RECEIPT", "CONC-MONAZITE", "20260001", 1234567, 6550, 808641, 0, None),
        ("2026-03-03", "RECEIPT", "CONC-MONAZITE", "20260002", 2000000, 5000, 1000000, 0, None),
    ]
    with raw_sql(db) as con:
        assert con.execute("SELECT lot_no, origin, customs_no FROM lot ORDER BY id").fetchall() == [
            ("20260001", "MM", "530120260000009"), ("20260002", "MM", "530120260000010"),
        ]
    assert stock_tuples(db, D(2026, 3, 31)) == [
        ("CONC-MONAZITE", "20260001", "MM", 1234567, 808641),
        ("CONC-MONAZITE", "20260002", "MM", 2000000, 1000000),
    ]


def test_xlsx_percent_cell_with_three_decimals_of_a_percent_is_refused(db, db_path, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["date", "type", "material", "lot", "mass_kg", "grade_pct", "origin", "counterparty"])
    ws.append([D(2026, 3, 2), "RECEIPT", "CONC-BAST", "X1", 10.0, 0.65555, "CN", "A"])
    ws.cell(row=2, column=6).number_format = "0.000%"
    path = tmp_path / "book.xlsx"
    wb.save(path)
    with pytest.raises(InputRejected) as info:
        import_file(db, path, user="clerk")
    assert problem_tuples(info.value) == [(2, "grade_pct", False)]
    assert movement_count(db) == 0


# --------------------------------------------------------------------------
# bad rows: all reported at once, nothing written

OTHER_CODE = "91110000100000001"
OTHER_CODE += check_character(OTHER_CODE)
BAD_CHECK = OTHER_CODE[:-1] + ("0" if OTHER_CODE[-1] != "0" else "1")


def _bad_rows() -> list[dict]:
    return [
        receipt(lot="OK-1"),                                  # line 2: good
        receipt(lot="L3", date="2026-13-01"),                 # line 3: bad date
        receipt(lot="L4", type="TRANSFER"),                   # line 4: unknown type
        receipt(lot="L5", mass_kg="-5"),                      # line 5: negative mass on a receipt
        receipt(lot="L6", grade_pct="60.125"),                # line 6: grade with 3 decimals
        receipt(lot="L7", grade_pct="101"),                   # line 7: grade above 100
        receipt(lot="L8", origin=""),                         # line 8: receipt without origin
        receipt(lot="L9", origin="US"),                       # line 9: import without customs_no
        receipt(lot="L10", origin="XX"),                      # line 10: unknown country
        receipt(lot="L11", credit_code=BAD_CHECK),            # line 11: wrong check character
        receipt(lot="L12", mass_kg="1e3"),                    # line 12: exponent
        receipt(lot="L13", mass_kg="NaN"),                    # line 13: not a number
        receipt(lot="L14", mass_kg="１２３４.５", credit_code=OTHER_CODE),  # line 14: full-width digits, good
        receipt(lot="L15", date="2026-02-30", grade_pct="abc"),  # line 15: two problems in one row
        receipt(lot="L16", material="CONC-XYZ"),              # line 16: unknown material
    ]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_negative_mass_says_why_and_names_what_was_found_once(db, tmp_path, suffix):
    rows = [receipt(lot="L1"), receipt(lot="L2", mass_kg="-5")]
    path = write_csv(tmp_path / "neg.csv", rows)
    if suffix == ".xlsx":
        book = openpyxl.Workbook()
        book.active.append(HEADER)
        for row in rows:
            book.active.append([float(row[h]) if h == "mass_kg" else row.get(h, "") for h in HEADER])
        path = tmp_path / "neg.xlsx"
        book.save(path)
    with pytest.raises(InputRejected) as info:
        import_file(db, path, user="clerk")
    [problem] = info.value.problems
    assert str(problem).count("found") == 1
    assert (problem.line, problem.column) == (3, "mass_kg")
    assert problem.expected == "a positive mass in kg with at most 3 decimals (a negative mass makes no sense here)"


def test_every_bad_row_is_reported_with_line_and_column_and_nothing_is_written(db, db_path, tmp_path):
    path = write_csv(tmp_path / "bad.csv", _bad_rows())
    with pytest.raises(InputRejected) as info:
        import_file(db, path, user="clerk")
    exc = info.value
    assert problem_tuples(exc) == [
        (3, "date", False),
        (4, "type", False),
        (5, "mass_kg", False),
        (6, "grade_pct", False),
        (7, "grade_pct", False),
        (8, "origin", False),
        (9, "customs_no", False),
        (10, "origin", False),
        (11, "credit_code", False),
        (12, "mass_kg", False),
        (13, "mass_kg", False),
        (15, "date", False),
        (15, "grade_pct", False),
        (16, "material", False),
    ]
    found = {(p.line, p.column): p.found for p in exc.problems}
    assert found[(3, "date")] == '"2026-13-01"'
    assert found[(4, "type")] == '"TRANSFER"'
    assert found[(5, "mass_kg")] == '"-5"'
    assert found[(6, "grade_pct")] == '"60.125"'
    assert found[(7, "grade_pct")] == '"101"'
    assert found[(8, "origin")] == "nothing"
    assert found[(9, "customs_no")] == "nothing"
    assert found[(10, "origin")] == '"XX"'
    assert found[(11, "credit_code")] == f'"{BAD_CHECK}"'
    assert found[(12, "mass_kg")] == '"1e3"'
    assert found[(13, "mass_kg")] == '"NaN"'
    assert found[(16, "material")] == '"CONC-XYZ"'
    expected = {(p.line, p.column): p.expected for p in exc.problems}
    assert expected[(3, "date")] == "a date as YYYY-MM-DD"
    assert "at most 2 decimals" in expected[(6, "grade_pct")]
    assert "between 0 and 100" in expected[(7, "grade_pct")]
    assert "customs declaration number" in expected[(9, "customs_no")]
    assert f"should be {OTHER_CODE[-1]}" in expected[(11, "credit_code")]
    assert "exponent" in expected[(12, "mass_kg")]
    # the summary says nothing was written, and it is true
    assert exc.summary == "14 problem(s); nothing was written"
    assert str(exc.problems[0]) == 'line 3, column date: expected a date as YYYY-MM-DD, found "2026-13-01"'
    assert movement_count(db) == 0
    assert table_count(db, "lot") == 0
    assert table_count(db, "posting") == 0


def test_the_same_bad_rows_in_a_chinese_file_are_reported_on_the_same_lines(db, db_path, tmp_path):
    rows = [r for r in _bad_rows() if r["type"] != "TRANSFER"]  # an unknown type has no Chinese name
    path = write_cn_csv(tmp_path / "bad-cn.csv", rows)
    with pytest.raises(InputRejected) as info:
        import_file(db, path, user="clerk")
    assert [(p.line, p.column) for p in info.value.problems] == [
        (3, "date"), (4, "mass_kg"), (5, "grade_pct"), (6, "grade_pct"), (7, "origin"), (8, "customs_no"),
        (9, "origin"), (10, "credit_code"), (11, "mass_kg"), (12, "mass_kg"), (14, "date"), (14, "grade_pct"),
        (15, "material"),
    ]
    assert movement_count(db) == 0


def test_full_width_digits_alone_are_accepted(db, db_path, tmp_path):
    path = write_csv(tmp_path / "fw.csv", [receipt(lot="L14", mass_kg="１２３４.５", credit_code=OTHER_CODE)])
    import_file(db, path, user="clerk")
    # 1234500 g @ 60 % = 740700
    assert movement_rows(db) == [("2026-01-05", "RECEIPT", "CONC-BAST", "L14", 1234500, 6000, 740700, 0, None)]


def test_unknown_material_is_reported_with_its_line(db, db_path, tmp_path):
    path = write_csv(tmp_path / "mat.csv", [receipt(lot="A"), receipt(lot="B", material="CONC-XYZ")])
    with pytest.raises(InputRejected) as info:
        import_file(db, path, user="clerk")
    assert [(p.line, p.column, p.found) for p in info.value.problems] == [(3, "material", '"CONC-XYZ"')]
    assert movement_count(db) == 0


def test_unknown_material_and_closed_month_are_reported_together_with_field_errors(db, db_path, tmp_path):
    close_month(db, "2026-05", user="t", today=D(2026, 7, 1))
    path = write_csv(tmp_path / "mixed.csv", [
        receipt(lot="A", date="2026-13-01"),
        receipt(lot="B", material="CONC-XYZ"),
        receipt(lot="C", date="2026-05-15"),
        dict(date="2026-06-01", type="MINED", material="ND-OX", lot="D", mass_kg="1", grade_pct="99",
             origin="CN"),
    ])
    with pytest.raises(InputRejected) as info:
        import_file(db, path, user="clerk")
    assert [(p.line, p.column, p.found) for p in info.value.problems] == [
        (2, "date", '"2026-13-01"'), (3, "material", '"CONC-XYZ"'), (4, "date", "2026-05"), (5, "material", "ND-OX"),
    ]
    assert movement_count(db) == 0


def test_feed_from_a_lot_that_does_not_exist_is_refused(db, db_path, tmp_path):
    path = write_csv(tmp_path / "nolot.csv", [feed(lot="NOPE")])
    with pytest.raises(InputRejected) as info:
        import_file(db, path, user="clerk")
    assert problem_tuples(info.value) == [(2, "lot", False)]
    assert movement_count(db) == 0


def test_empty_file_and_unreadable_file_are_refused(db, db_path, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text(",".join(HEADER) + "\n", encoding="utf-8")
    with pytest.raises(InputRejected) as info:
        import_file(db, empty, user="clerk")
    assert [(p.line, p.column, p.found) for p in info.value.problems] == [(None, None, "an empty file")]
    with pytest.raises(InputRejected):
        import_file(db, tmp_path / "missing.csv", user="clerk")
    assert movement_count(db) == 0
