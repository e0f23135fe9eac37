"""The monthly xlsx: read back with openpyxl and compared with the report's integers."""
from __future__ import annotations

import dataclasses
import datetime as dt
import time
import zipfile
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest

from ree_desk.report import xlsx_writer
from ree_desk.report.model import MonthReport, MovementLine, TypeTotal
from ree_desk.report.xlsx_writer import write_report_xlsx
from tests.report_sample import sample_report

SHEETS = [
    "汇总 Summary",
    "入库 Receipts",
    "开采产出 Mining",
    "冶炼分离投料 Feed",
    "产品产出 Output",
    "出库 Shipments",
    "盘点调整与冲销 Adjustments & reversals",
    "库存 Inventory",
    "配额 Quota",
    "分离投入产出 Separation by origin",
]
_HEAD = ["id", "date", "material", "material_name", "lot", "origin", "origin_name", "mass_kg", "grade_pct", "reo_kg"]
_RUN_HEAD = _HEAD[:2] + ["run"] + _HEAD[2:]
_TAIL = ["reverses_id", "flags", "accept_reason", "note"]
_ORIGINS = ["origin_shares", "reo_kg_CN", "reo_kg_MM"]
KEYS = {
    "入库 Receipts": _HEAD + ["supplier", "credit_code", "invoice_no", "customs_no"] + _TAIL,
    "开采产出 Mining": _HEAD + _TAIL,
    "冶炼分离投料 Feed": _RUN_HEAD + _ORIGINS + _TAIL,
    "产品产出 Output": _RUN_HEAD + _ORIGINS + _TAIL,
    "出库 Shipments": _HEAD + ["customer", "credit_code", "destination", "destination_name", "customs_no",
                             "invoice_no", "origin_shares"] + _TAIL,
    "盘点调整与冲销 Adjustments & reversals": _HEAD[:2] + ["type_zh", "type", "what"] + _HEAD[2:]
    + ["stock_effect_kg", "stock_effect_reo_kg"] + _TAIL + ["entered_by", "entered_at"],
    "库存 Inventory": ["material", "material_name", "category", "group", "lot", "origin",
                     "opening_kg", "in_kg", "out_kg", "adjust_kg", "closing_kg",
                     "opening_reo_kg", "in_reo_kg", "out_reo_kg", "adjust_reo_kg", "closing_reo_kg"],
    "配额 Quota": ["kind_zh", "kind", "scope_zh", "scope", "allocated_t", "allocated_kg", "used_month_kg",
                 "used_ytd_kg", "remaining_kg", "percent_used", "forecast_date", "controlled"],
    "分离投入产出 Separation by origin": ["country", "country_name", "feed_kg", "feed_reo_kg", "output_kg",
                                     "output_reo_kg", "reo_recovery_pct"],
}
QUOTA_BY_ORIGIN_KEYS = ["kind_zh", "kind", "scope_zh", "scope", "country", "country_name",
                        "used_month_kg", "used_ytd_kg"]
MOVEMENT_SHEETS = {"入库 Receipts": "receipts", "开采产出 Mining": "mined", "冶炼分离投料 Feed": "feed",
                   "产品产出 Output": "output", "出库 Shipments": "shipments",
                   "盘点调整与冲销 Adjustments & reversals": "adjustments"}
MILLI = Decimal("0.001")


def expected_format(key: str) -> str | None:
    if key.endswith("_kg") or key.startswith("reo_kg_"):
        return "#,##0.000"
    return {
        "allocated_t": "#,##0.000###",
        "grade_pct": "0.00", "percent_used": "0.00", "reo_recovery_pct": "0.00",
        "id": "0", "reverses_id": "0", "count": "#,##0",
        "date": "yyyy-mm-dd", "forecast_date": "yyyy-mm-dd", "entered_at": "yyyy-mm-dd hh:mm",
    }.get(key)


def kg(value: object) -> Decimal:
    """A cell's number to 3 decimals, exactly as it reads."""
    assert isinstance(value, (int, float)) and not isinstance(value, bool), value
    return Decimal(repr(value)).quantize(MILLI)


def g(grams: int) -> Decimal:
    return Decimal(grams) / 1000


# --------------------------------------------------------------------------
# Reading helpers

@dataclasses.dataclass
class Section:
    zh: list
    keys: list
    rows: list        # data rows, each a dict key -> cell
    totals: list      # total rows, each a dict key -> cell


def section(ws, title: str | None = None) -> Section:
    """One table of a sheet: its two header rows, data rows and total rows."""
    rows = list(ws.iter_rows())
    start = 0
    if title is not None:
        start = next(i for i, r in enumerate(rows) if r[0].value == title) + 1
    zh, keys = [c.value for c in rows[start]], [c.value for c in rows[start + 1]]
    width = keys.index(None) if None in keys else len(keys)
    zh, keys = zh[:width], keys[:width]
    data, totals = [], []
    for r in rows[start + 2:]:
        if all(c.value is None for c in r):
            break
        cells = dict(zip(keys, r[:width]))
        label = r[0].value
        (totals if isinstance(label, str) and label.startswith("合计 Total") else data).append(cells)
    return Section(zh, keys, data, totals)


def key_values(ws) -> dict:
    return {r[1].value: r[2] for r in ws.iter_rows(min_row=3) if isinstance(r[1].value, str) and r[2].value is not None}


def sheet_xml(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/sheet")}


NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def inline_texts(xml: bytes) -> list[str]:
    return [t.text or "" for t in ElementTree.fromstring(xml).iterfind(".//m:c/m:is/m:t", NS)]


def formulas(xml: bytes) -> list:
    return ElementTree.fromstring(xml).findall(".//m:f", NS)


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> tuple[MonthReport, Path, openpyxl.Workbook]:
    report = sample_report()
    path = tmp_path_factory.mktemp("xlsx") / "2026-06.xlsx"
    write_report_xlsx(report, path)
    return report, path, openpyxl.load_workbook(path)


# --------------------------------------------------------------------------
# Layout

def test_sheets_in_order(written):
    assert written[2].sheetnames == SHEETS


def test_header_rows_chinese_above_english_key(written):
    wb = written[2]
    for name, keys in KEYS.items():
        assert section(wb[name]).keys == keys, name
    receipts = section(wb["入库 Receipts"])
    assert receipts.zh[:10] == ["流水号", "日期", "物料代码", "物料名称", "批号", "原产国", "原产国名称",
                                "净重(kg)", "品位TREO(%)", "氧化物(kg)"]
    assert receipts.zh[10:14] == ["供应商", "统一社会信用代码", "发票号", "报关单号"]
    assert section(wb["冶炼分离投料 Feed"]).zh[12:14] == ["氧化物(kg) 中国", "氧化物(kg) 缅甸"]
    assert section(wb["配额 Quota"], "按原产国 By origin country").keys == QUOTA_BY_ORIGIN_KEYS
    assert [c.value for c in wb["库存 Inventory"][1]][6:11] == ["期初(kg)", "入库(kg)", "出库(kg)", "调整(kg)", "期末(kg)"]


def test_print_setup_and_frozen_headers(written):
    for ws in written[2]:
        assert ws.freeze_panes == "A3", ws.title
        assert ws.page_setup.orientation == "landscape"
        assert int(ws.page_setup.paperSize) == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True
        assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 0
        assert ws.print_title_rows == "$1:$2"
        assert ws.column_dimensions["A"].width >= 8
    assert written[2]["入库 Receipts"].column_dimensions["K"].width == 26  # supplier


# --------------------------------------------------------------------------
# Cells

def _numeric_sections(wb):
    for name in KEYS:
        yield name, section(wb[name])
    yield "quota by origin", section(wb["配额 Quota"], "按原产国 By origin country")


def test_every_number_is_a_number_with_its_format(written):
    checked = 0
    for name, sec in _numeric_sections(written[2]):
        for row in sec.rows + sec.totals:
            for key, cell in row.items():
                fmt = expected_format(key)
                if cell.value is None or (cell.column == 1 and row in sec.totals):
                    continue
                if fmt is None:
                    assert isinstance(cell.value, str) and cell.data_type == "s", (name, key, cell.value)
                    continue
                assert cell.number_format == fmt, (name, key)
                if fmt.startswith("yyyy"):
                    assert isinstance(cell.value, dt.datetime), (name, key)
                else:
                    assert cell.data_type == "n" and isinstance(cell.value, (int, float)), (name, key, cell.value)
                checked += 1
    assert checked > 130


def test_rows_hold_the_report_figures(written):
    report, _, wb = written
    for name, attr in MOVEMENT_SHEETS.items():
        lines: list[MovementLine] = getattr(report, attr)
        rows = section(wb[name]).rows
        assert len(rows) == len(lines), name
        for row, m in zip(rows, lines):
            assert row["id"].value == m.id
            assert row["date"].value == dt.datetime.combine(m.day, dt.time())
            assert row["lot"].value == m.lot
            assert kg(row["mass_kg"].value) == g(m.quantity_g)
            assert kg(row["reo_kg"].value) == g(m.quantity_reo_g)
            assert Decimal(repr(row["grade_pct"].value)).quantize(Decimal("0.01")) == Decimal(m.grade_bp) / 100
    first = section(wb["入库 Receipts"]).rows[0]
    assert (first["mass_kg"].value, first["grade_pct"].value, first["reo_kg"].value) == (32150.5, 61.2, 19676.106)
    assert first["invoice_no"].value == "26012000000012345678"
    out = section(wb["产品产出 Output"]).rows[0]
    assert out["origin_shares"].value == "CN 73.71% / MM 26.29%"
    assert (out["reo_kg_CN"].value, out["reo_kg_MM"].value) == (2237.062, 797.688)
    feed = section(wb["冶炼分离投料 Feed"]).rows
    assert [r["origin_shares"].value for r in feed] == ["CN 100.00%", "MM 100.00%"]
    assert (feed[0]["reo_kg_CN"].value, feed[0]["reo_kg_MM"].value, feed[1]["reo_kg_MM"].value) == (12240, None, 4485.112)
    ship = section(wb["出库 Shipments"]).rows[0]
    assert [ship[k].value for k in ("customer", "destination", "destination_name", "customs_no", "invoice_no")] == [
        "Tokyo Magnetics Trading K.K.", "JP", "日本", "220120260000654321", "INV-0620"]
    adj = section(wb["盘点调整与冲销 Adjustments & reversals"]).rows[0]
    assert adj["entered_at"].value == dt.datetime(2026, 6, 30, 17, 5)
    assert adj["what"].value == "盘点调整 stocktake"
    quota = section(wb["配额 Quota"]).rows
    assert [r["percent_used"].value for r in quota] == [0.02, 89.7]
    assert quota[1]["forecast_date"].value == dt.datetime(2026, 7, 21)
    assert [(r["allocated_t"].value, r["remaining_kg"].value) for r in quota] == [(50000, 49987760), (5, 514.888)]


# --------------------------------------------------------------------------
# Totals: values summed from the integer grams

def _sums(lines, *getters):
    return [g(sum(get(x) for x in lines)) for get in getters]


def assert_total(total_row: dict, expected: dict[str, Decimal]) -> None:
    for key, value in expected.items():
        cell = total_row[key]
        assert cell.data_type == "n", key
        assert kg(cell.value) == value, (key, cell.value, value)
        assert cell.font.b, key


def test_movement_sheet_totals(written):
    report, _, wb = written
    for name, attr in MOVEMENT_SHEETS.items():
        if attr == "adjustments":
            continue
        lines = getattr(report, attr)
        totals = section(wb[name]).totals
        assert len(totals) == 1 and totals[0]["id"].value == "合计 Total"
        mass, reo = _sums(lines, lambda m: m.quantity_g, lambda m: m.quantity_reo_g)
        assert_total(totals[0], {"mass_kg": mass, "reo_kg": reo})
        if lines:
            t = report.totals[lines[0].type]
            assert (mass, reo) == (g(t.mass_g), g(t.reo_g))
    receipts = section(wb["入库 Receipts"]).totals[0]
    assert_total(receipts, {"mass_kg": Decimal("60550.500"), "reo_kg": Decimal("32413.506")})
    assert_total(section(wb["开采产出 Mining"]).totals[0], {"mass_kg": Decimal(0), "reo_kg": Decimal(0)})
    feed = section(wb["冶炼分离投料 Feed"]).totals[0]
    assert_total(feed, {"mass_kg": Decimal("30000.250"), "reo_kg": Decimal("16725.112"),
                        "reo_kg_CN": Decimal("12240.000"), "reo_kg_MM": Decimal("4485.112")})
    output = section(wb["产品产出 Output"]).totals[0]
    assert_total(output, {"reo_kg_CN": g(2_237_062), "reo_kg_MM": g(797_688)})


def test_adjustment_totals_one_per_type(written):
    report, _, wb = written
    totals = section(wb["盘点调整与冲销 Adjustments & reversals"]).totals
    assert [t["id"].value for t in totals] == ["合计 Total 盘点调整 ADJUSTMENT"]
    mass, reo, stock, stock_reo = _sums(report.adjustments, lambda m: m.quantity_g, lambda m: m.quantity_reo_g,
                                        lambda m: m.mass_g, lambda m: m.reo_g)
    assert mass == Decimal("-12.5")
    assert_total(totals[0], {"mass_kg": mass, "reo_kg": reo, "stock_effect_kg": stock,
                             "stock_effect_reo_kg": stock_reo})


def test_reversals_are_listed_and_totalled_by_type(tmp_path):
    report = sample_report()
    reversal = dataclasses.replace(report.feed[1], id=8, mass_g=10_000_250, reo_g=4_485_112, reverses_id=4,
                                   origin_shares={"MM": 4_485_112}, flags=0, accept_reason=None, note="录错批号")
    report = dataclasses.replace(report, feed=report.feed + [reversal],
                                 adjustments=report.adjustments + [reversal])
    write_report_xlsx(report, tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "r.xlsx")
    adj = section(wb["盘点调整与冲销 Adjustments & reversals"])
    assert adj.rows[1]["what"].value == "冲销 #8 reverses #4"
    assert adj.rows[1]["reverses_id"].value == 4
    assert [t["id"].value for t in adj.totals] == ["合计 Total 盘点调整 ADJUSTMENT",
                                                  "合计 Total 冲销 冶炼分离投料 FEED reversals"]
    assert_total(adj.totals[1], {"mass_kg": Decimal("-10000.250"), "reo_kg": Decimal("-4485.112"),
                                 "stock_effect_kg": Decimal("10000.250")})
    feed = section(wb["冶炼分离投料 Feed"]).totals[0]
    assert_total(feed, {"mass_kg": Decimal("20000.000"), "reo_kg_MM": Decimal(0)})


def test_inventory_quota_and_separation_totals(written):
    report, _, wb = written
    fields = ["opening", "in", "out", "adjust", "closing"]
    expected = {}
    for f in fields:
        expected[f"{f}_kg"] = g(sum(getattr(i, f"{f}_g") for i in report.inventory))
        expected[f"{f}_reo_kg"] = g(sum(getattr(i, f"{f}_reo_g") for i in report.inventory))
    inventory = section(wb["库存 Inventory"]).totals
    assert len(inventory) == 1
    assert_total(inventory[0], expected)
    assert expected["closing_kg"] == Decimal("32587.750") and expected["closing_reo_kg"] == Decimal("17720.494")

    quota = section(wb["配额 Quota"]).totals[0]
    assert_total(quota, {"allocated_kg": g(sum(q.allocated_g for q in report.quota)),
                         "used_month_kg": g(sum(q.used_month_g for q in report.quota)),
                         "used_ytd_kg": g(sum(q.used_ytd_g for q in report.quota)),
                         "remaining_kg": Decimal("49988274.888")})
    assert quota["allocated_t"].value == 50005
    by_origin = section(wb["配额 Quota"], "按原产国 By origin country")
    assert [(r["country"].value, r["country_name"].value) for r in by_origin.rows] == [("CN", "中国"), ("MM", "缅甸")]
    assert_total(by_origin.totals[0], {"used_month_kg": Decimal("16725.112"), "used_ytd_kg": Decimal("16725.112")})

    sep = section(wb["分离投入产出 Separation by origin"])
    flows = report.separation_by_origin
    assert_total(sep.totals[0], dict(zip(["feed_kg", "feed_reo_kg", "output_kg", "output_reo_kg"], _sums(
        flows, lambda f: f.feed_mass_g, lambda f: f.feed_reo_g, lambda f: f.output_mass_g, lambda f: f.output_reo_g))))
    assert sep.totals[0]["reo_recovery_pct"].value == 18.14
    assert [r["reo_recovery_pct"].value for r in sep.rows] == [18.27, 17.78]


def test_totals_are_values_not_formulas(written):
    xml = sheet_xml(written[1])
    assert len(xml) == len(SHEETS)
    for name, x in xml.items():
        assert formulas(x) == [], name


# --------------------------------------------------------------------------
# Summary

def test_summary_names_the_report(written):
    report, _, wb = written
    ws = wb["汇总 Summary"]
    assert (ws["A1"].value, ws["A2"].value) == ("月度稀土产品流向报表", "Monthly rare-earth product-flow report")
    kv = key_values(ws)
    assert kv["enterprise"].value == "演示稀土分离有限公司"
    assert kv["credit_code"].value == "91350100M000100Y43"
    assert kv["ledger_checksum_sha256"].value == "3f5a" * 16
    assert kv["program_version"].value == "0.1.0"
    assert kv["movement_count"].value == 7 and kv["movement_count"].data_type == "n"
    assert kv["period_start"].value == dt.datetime(2026, 6, 1)
    assert kv["period_end"].value == dt.datetime(2026, 6, 30)
    assert kv["due_date"].value == dt.datetime(2026, 7, 10) and kv["due_date"].number_format == "yyyy-mm-dd"
    assert kv["generated_at"].value == dt.datetime(2026, 7, 2, 9, 30, 15)
    assert kv["generated_at"].number_format == "yyyy-mm-dd hh:mm"
    assert kg(kv["feed_reo_kg"].value) == g(report.feed_reo_g)
    assert kg(kv["output_reo_kg"].value) == g(report.output_reo_g)
    assert kv["reo_recovery_pct"].value == 18.14 and kv["reo_recovery_pct"].number_format == "0.00"


def test_summary_totals_quota_and_exceptions(written):
    report, _, wb = written
    ws = wb["汇总 Summary"]
    types = section(ws, "按流水类型汇总 Totals by movement type")
    assert types.keys == ["type_zh", "type", "count", "mass_kg", "reo_kg"]
    assert [r["type"].value for r in types.rows] == ["RECEIPT", "FEED", "OUTPUT", "SHIPMENT", "ADJUSTMENT"]
    assert types.rows[0]["type_zh"].value == "入库（采购/进口）"
    for row in types.rows:
        t = report.totals[row["type"].value]
        assert (row["count"].value, kg(row["mass_kg"].value), kg(row["reo_kg"].value)) == (
            t.count, g(t.mass_g), g(t.reo_g))
    assert types.totals[0]["count"].value == 7 and types.totals[0]["count"].font.b

    quota = section(ws, "配额使用情况 Quota position")
    assert quota.keys == KEYS["配额 Quota"][:10]
    assert [r["scope_zh"].value for r in quota.rows] == ["不限来源", "进口"]
    assert_total(quota.totals[0], {"used_ytd_kg": Decimal("16725.112")})

    exceptions = section(ws, "异常标记 Flagged exceptions")
    assert exceptions.keys == ["id", "date", "type_zh", "material", "lot", "mass_kg", "reo_kg", "flags", "reason"]
    (row,) = exceptions.rows
    assert [row[k].value for k in ("id", "type_zh", "lot", "flags", "reason")] == [
        4, "冶炼分离投料", "MM-0602", "超配额 over quota", "第二批配额已公示"]
    assert_total(exceptions.totals[0], {"mass_kg": Decimal("10000.250"), "reo_kg": Decimal("4485.112")})
    # The summary too ends with a total row.
    assert list(ws.iter_rows())[-1][0].value == "合计 Total"


# --------------------------------------------------------------------------
# Text from users is never a formula

def test_formula_looking_text_stays_text(written):
    _, path, wb = written
    supplier = section(wb["入库 Receipts"]).rows[1]["supplier"]
    assert supplier.value == '=HYPERLINK("http://x")'
    assert supplier.data_type == "s" and supplier.quotePrefix
    note = section(wb["盘点调整与冲销 Adjustments & reversals"]).rows[0]["note"]
    assert note.value == "+月末盘点 磅差" and note.data_type == "s" and note.quotePrefix
    xml = sheet_xml(path)
    assert '=HYPERLINK("http://x")' in inline_texts(xml["xl/worksheets/sheet2.xml"])
    assert "+月末盘点 磅差" in inline_texts(xml["xl/worksheets/sheet7.xml"])
    assert all(formulas(x) == [] for x in xml.values())


HOSTILE = {
    "lot": "=1+2",
    "counterparty": "@SUM(A1:A9)",
    "credit_code": "+8613800000000",
    "invoice_no": "-2+3",
    "customs_no": "\t=cmd|' /C calc'!A0",
    "note": "#N/A",
    "accept_reason": '=HYPERLINK("http://evil","点击")',
}


def test_every_formula_start_is_written_as_text(tmp_path):
    report = sample_report()
    hostile = dataclasses.replace(report.receipts[0], **HOSTILE, flags=2)
    report = dataclasses.replace(report, receipts=[hostile, report.receipts[1]], exceptions=[hostile])
    path = tmp_path / "hostile.xlsx"
    write_report_xlsx(report, path)
    wb = openpyxl.load_workbook(path)
    row = section(wb["入库 Receipts"]).rows[0]
    fields = {"lot": "lot", "counterparty": "supplier", "credit_code": "credit_code", "invoice_no": "invoice_no",
              "customs_no": "customs_no", "note": "note", "accept_reason": "accept_reason"}
    for attr, key in fields.items():
        cell = row[key]
        assert cell.value == HOSTILE[attr], key
        assert cell.data_type == "s" and cell.quotePrefix, key
    summary_row = section(wb["汇总 Summary"], "异常标记 Flagged exceptions").rows[0]
    assert summary_row["lot"].value == "=1+2" and summary_row["lot"].data_type == "s"
    assert summary_row["reason"].value == HOSTILE["accept_reason"]
    xml = sheet_xml(path)
    texts = inline_texts(xml["xl/worksheets/sheet2.xml"])
    for value in HOSTILE.values():
        assert value in texts
    for name, x in xml.items():
        assert formulas(x) == [], name


def test_characters_xml_cannot_carry_are_escaped_as_excel_does(tmp_path):
    report = sample_report()
    line = dataclasses.replace(report.receipts[0], note="\r=1", lot="A\x01B", invoice_no="x_x0041_y")
    report = dataclasses.replace(report, receipts=[line])
    write_report_xlsx(report, tmp_path / "e.xlsx")
    row = section(openpyxl.load_workbook(tmp_path / "e.xlsx")["入库 Receipts"]).rows[0]
    # Excel reads _xHHHH_ back as the character; openpyxl shows the escape.
    assert row["note"].value == "_x000D_=1" and row["note"].data_type == "s"
    assert row["lot"].value == "A_x0001_B"
    assert row["invoice_no"].value == "x_x005F_x0041_y"


# --------------------------------------------------------------------------
# Empty months, failures, progress, size

def _empty(report: MonthReport) -> MonthReport:
    return dataclasses.replace(
        report, receipts=[], mined=[], feed=[], output=[], shipments=[], adjustments=[], totals={},
        inventory=[], quota=[], separation_by_origin=[], stock_by_group=[], exceptions=[], movement_count=0,
        feed_reo_g=0, output_reo_g=0)


def test_an_empty_month_has_headers_and_zero_totals(tmp_path):
    write_report_xlsx(_empty(sample_report()), tmp_path / "empty.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "empty.xlsx")
    for name, keys in KEYS.items():
        sec = section(wb[name])
        keys = [k for k in keys if not k.startswith("reo_kg_")]  # no origins, no per-origin columns
        assert sec.keys == keys and sec.rows == [], name
        (total,) = sec.totals
        assert total[keys[0]].value == "合计 Total"
        sums = [k for k in keys if k.endswith("_kg") or k.endswith("_t")]
        assert sums and all(total[k].value == 0 and total[k].data_type == "n" for k in sums), name
    assert section(wb["分离投入产出 Separation by origin"]).totals[0]["reo_recovery_pct"].value is None
    assert key_values(wb["汇总 Summary"])["reo_recovery_pct"].value == "无投料 no feed"


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_failure_midway_leaves_no_file(tmp_path):
    report = sample_report()
    bad = dataclasses.replace(report.shipments[0], grade_bp="99.50")  # a number that arrived as text
    with pytest.raises(TypeError, match="integer"):
        write_report_xlsx(dataclasses.replace(report, shipments=[bad]), tmp_path / "r.xlsx")
    assert _leftovers(tmp_path) == []


def test_a_failure_keeps_the_previous_report(tmp_path):
    path = tmp_path / "r.xlsx"
    write_report_xlsx(sample_report(), path)
    before = path.read_bytes()

    def stop(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_report_xlsx(bigger(sample_report(), 1500), path, progress=stop)
    assert path.read_bytes() == before
    assert _leftovers(tmp_path) == ["r.xlsx"]


def test_a_failed_rename_leaves_no_file(tmp_path, monkeypatch):
    def refuse(src, dst):
        raise PermissionError("the file is open in another program")

    monkeypatch.setattr(xlsx_writer.os, "replace", refuse)
    with pytest.raises(PermissionError):
        write_report_xlsx(sample_report(), tmp_path / "r.xlsx")
    assert _leftovers(tmp_path) == []


def test_a_folder_refusing_the_file_leaves_nothing(tmp_path, monkeypatch):
    # What a read-only folder does; simulated, because root ignores folder permissions.
    import pathlib

    real_open = pathlib.Path.open

    def refuse(self, mode="r", *args, **kwargs):
        if "x" in mode or "w" in mode:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", refuse)
    with pytest.raises(PermissionError):
        write_report_xlsx(sample_report(), tmp_path / "r.xlsx")
    monkeypatch.undo()
    assert _leftovers(tmp_path) == [] and not (tmp_path / "r.xlsx").exists()


def test_a_missing_folder_leaves_no_file(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_report_xlsx(sample_report(), tmp_path / "nowhere" / "r.xlsx")
    assert _leftovers(tmp_path) == []


def bigger(report: MonthReport, n: int) -> MonthReport:
    """``n`` movement lines made by copying the sample's lines with new ids."""
    groups = {"receipts": report.receipts, "feed": report.feed, "output": report.output,
              "shipments": report.shipments, "adjustments": report.adjustments}
    templates = [(name, m) for name, lines in groups.items() for m in lines]
    out: dict[str, list[MovementLine]] = {name: [] for name in groups}
    for i in range(n):
        name, m = templates[i % len(templates)]
        out[name].append(dataclasses.replace(m, id=1000 + i))
    lines = [m for ms in out.values() for m in ms]
    totals = {}
    for m in lines:
        t = totals.get(m.type, TypeTotal(m.type, 0, 0, 0))
        totals[m.type] = TypeTotal(m.type, t.count + 1, t.mass_g + m.quantity_g, t.reo_g + m.quantity_reo_g)
    return dataclasses.replace(report, **out, totals=totals, movement_count=n)


def test_progress_every_thousand_rows_and_at_the_end(tmp_path):
    calls = []
    write_report_xlsx(bigger(sample_report(), 2500), tmp_path / "p.xlsx", progress=lambda d, t: calls.append((d, t)))
    total = calls[-1][1]
    assert total >= 2500
    assert calls == [(1000, total), (2000, total), (total, total)]


def test_a_large_month_writes_quickly_and_reads_back_whole(tmp_path):
    report = bigger(sample_report(), 20_000)
    path = tmp_path / "big.xlsx"
    calls = []
    started = time.perf_counter()
    write_report_xlsx(report, path, progress=lambda d, t: calls.append(d))
    elapsed = time.perf_counter() - started
    assert elapsed < 30, f"{elapsed:.1f} s"
    total = calls[-1]
    assert calls == list(range(1000, total + 1, 1000)) + [total]
    wb = openpyxl.load_workbook(path, read_only=True)
    for name, attr in MOVEMENT_SHEETS.items():
        lines = getattr(report, attr)
        rows = list(wb[name].iter_rows(values_only=True))
        totals = 1 if attr != "adjustments" else len({m.type for m in lines}) or 1
        assert len(rows) == 2 + len(lines) + totals, name
        ids = [r[0] for r in rows[2:2 + len(lines)]]
        assert ids == [m.id for m in lines], name
        mass_col = KEYS[name].index("mass_kg")
        assert kg(rows[-1][mass_col]) == g(sum(m.quantity_g for m in lines)), name
    assert len(report.receipts) == 5715
    wb.close()
