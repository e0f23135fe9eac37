"""What each sheet of the monthly xlsx holds, declared as data.

A sheet is a list of tables; a table is a list of columns and the rows they
read. A column names its Chinese header, its English key, its width, how to
read a value from a row and what kind of value it is (the writer turns the
kind into a number format). Masses stay integer grams up to the writer, and a
total is always a sum of those integers, never of rounded kilograms.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from operator import attrgetter
from typing import Any

from ree_desk.domain.catalogue import CATEGORY_NAMES_ZH, GROUP_NAMES_ZH
from ree_desk.domain.countries import UnknownCountryError, get_country
from ree_desk.domain.movement_types import KIND_NAMES_ZH, SCOPE_NAMES_ZH, TYPE_NAMES_ZH
from ree_desk.domain.quantities import format_grade, split_by_shares
from ree_desk.report.model import (
    FLAG_NEGATIVE_STOCK,
    FLAG_OVER_QUOTA,
    FLAG_REPEAT,
    TYPE_ORDER,
    Inventory,
    MonthReport,
    MovementLine,
    OriginFlow,
    QuotaReportLine,
)

# Kinds of value; the writer maps each to a number format.
TEXT = "text"
KG = "kg"            # integer grams, shown as kg with 3 decimals
TONNES = "t"         # integer grams, shown as tonnes
PCT = "pct"          # integer hundredths of a percent, shown as 61.20
ID = "id"            # a movement id
COUNT = "count"
DATE = "date"
DATETIME = "datetime"

TOTAL_LABEL = "合计 Total"
TITLE_ZH = "月度稀土产品流向报表"
TITLE_EN = "Monthly rare-earth product-flow report"
FLAG_NAMES = ((FLAG_OVER_QUOTA, "超配额 over quota"), (FLAG_NEGATIVE_STOCK, "负库存 negative stock"),
              (FLAG_REPEAT, "重复录入 repeat"))
_AS_ENTERED_NEGATIVE = ("FEED", "SHIPMENT")


@dataclass(frozen=True)
class Typed:
    """A value that carries its own kind, for key/value blocks."""

    value: Any
    kind: str


@dataclass(frozen=True)
class Column:
    zh: str
    en: str
    width: float
    get: Callable[[Any], Any]
    kind: str = TEXT
    total: Callable[[Sequence[Any]], Any] | None = None  # the total row's raw value
    # The column holds a few texts, repeated row after row (a material, an
    # origin): written once into the workbook, each cell points to its text.
    repeats: bool = False
    # In most rows of a table held as columns the value is zero (a lot's
    # flows in a month it did not move), or that of the column at
    # ``echoes`` (its closing, its opening). Rows where every such column
    # is so are written from templates holding the zeros and taking the
    # echoed value twice (``xlsx_templates``).
    mostly_zero: bool = False
    echoes: int | None = None


def _one_total(rows: Sequence[Any]) -> list[tuple[str, Sequence[Any]]]:
    return [(TOTAL_LABEL, rows)]


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: Sequence[Any]
    title: str | None = None
    headers: bool = True
    # (label, rows) per total row; None for a block without totals
    totals: Callable[[Sequence[Any]], list[tuple[str, Sequence[Any]]]] | None = _one_total
    # Each column's values, in the columns' order, when the rows are held
    # as columns already: read from here, not by ``get`` row by row.
    values: Sequence[Sequence[Any]] | None = None


@dataclass(frozen=True)
class Sheet:
    title: str
    tables: tuple[Table, ...]
    heading: tuple[str, str] | None = None  # rows 1-2 when the first table has no headers


# --------------------------------------------------------------------------
# Column makers

def _summed(get: Callable[[Any], int | None]) -> Callable[[Sequence[Any]], int]:
    return lambda rows: sum(filter(None, map(get, rows)))  # a missing value adds nothing


def text(zh: str, en: str, get: Callable[[Any], Any], width: float = 12, repeats: bool = False) -> Column:
    return Column(zh, en, width, get, repeats=repeats)


def number(zh: str, en: str, get: Callable[[Any], Any], kind: str = KG, width: float = 15,
           total: bool = True) -> Column:
    return Column(zh, en, width, get, kind, _summed(get) if total else None)


def country_zh(code: str | None) -> str:
    if not code:
        return ""
    try:
        return get_country(code).name_zh
    except UnknownCountryError:
        return ""


def flags_zh(flags: int) -> str:
    return "；".join(name for bit, name in FLAG_NAMES if flags & bit)


def shares_text(shares: dict[str, int]) -> str:
    """"CN 73.71% / MM 26.29%": shares of the row's REO, summing to 100.00."""
    weights = {country: abs(reo) for country, reo in shares.items()}
    if not any(weights.values()):
        return ""
    split = split_by_shares(10_000, weights)
    return " / ".join(f"{country} {format_grade(split[country])}%" for country in shares)


def _entered(m: MovementLine, grams: int | None) -> int | None:
    """A signed stock effect turned into the sign the clerk entered."""
    if grams is None:
        return None
    return -grams if m.type in _AS_ENTERED_NEGATIVE else grams


def _type_zh(code: str) -> str:
    return TYPE_NAMES_ZH.get(code, code)


def _floor_bp(part: int, whole: int) -> int | None:
    return None if whole <= 0 else part * 10_000 // whole


# --------------------------------------------------------------------------
# Movement sheets

def _head(run: bool = False) -> list[Column]:
    cols = [number("流水号", "id", lambda m: m.id, ID, 9, total=False),
            number("日期", "date", lambda m: m.day, DATE, 11, total=False)]
    if run:
        cols.append(text("冶炼批次", "run", lambda m: m.run, 12))
    return cols + [
        text("物料代码", "material", lambda m: m.material, 16),
        text("物料名称", "material_name", lambda m: m.material_name_zh, 18),
        text("批号", "lot", lambda m: m.lot, 14),
        text("原产国", "origin", lambda m: m.origin, 8),
        text("原产国名称", "origin_name", lambda m: country_zh(m.origin), 12),
        number("净重(kg)", "mass_kg", lambda m: m.quantity_g),
        number("品位TREO(%)", "grade_pct", lambda m: m.grade_bp, PCT, 11, total=False),
        number("氧化物(kg)", "reo_kg", lambda m: m.quantity_reo_g),
    ]


def _tail(entered: bool = False) -> list[Column]:
    cols = [
        number("冲销原流水号", "reverses_id", lambda m: m.reverses_id, ID, 12, total=False),
        text("标记", "flags", lambda m: flags_zh(m.flags), 14),
        text("接受理由", "accept_reason", lambda m: m.accept_reason, 20),
        text("备注", "note", lambda m: m.note, 24),
    ]
    if entered:  # who posted a stocktake or a reversal, and when
        cols += [text("录入人", "entered_by", lambda m: m.entered_by, 10),
                 number("录入时间", "entered_at", lambda m: m.entered_at, DATETIME, 17, total=False)]
    return cols


def _origin_columns(lines: Sequence[MovementLine]) -> list[Column]:
    countries = sorted({country for m in lines for country in m.origin_shares})
    shares = [text("来源占比", "origin_shares", lambda m: shares_text(m.origin_shares), 24)]
    return shares + [
        number(f"氧化物(kg) {country_zh(c) or c}", f"reo_kg_{c}",
               lambda m, c=c: _entered(m, m.origin_shares.get(c)))
        for c in countries
    ]


def _movement_sheet(title: str, lines: Sequence[MovementLine], middle: list[Column], run: bool = False) -> Sheet:
    columns = tuple(_head(run) + middle + _tail())
    return Sheet(title, (Table(columns, lines),))


def receipts_sheet(r: MonthReport) -> Sheet:
    return _movement_sheet("入库 Receipts", r.receipts, [
        text("供应商", "supplier", lambda m: m.counterparty, 26),
        text("统一社会信用代码", "credit_code", lambda m: m.credit_code, 20),
        text("发票号", "invoice_no", lambda m: m.invoice_no, 22),
        text("报关单号", "customs_no", lambda m: m.customs_no, 20),
    ])


def mining_sheet(r: MonthReport) -> Sheet:
    return _movement_sheet("开采产出 Mining", r.mined, [])


def feed_sheet(r: MonthReport) -> Sheet:
    return _movement_sheet("冶炼分离投料 Feed", r.feed, _origin_columns(r.feed), run=True)


def output_sheet(r: MonthReport) -> Sheet:
    return _movement_sheet("产品产出 Output", r.output, _origin_columns(r.output), run=True)


def shipments_sheet(r: MonthReport) -> Sheet:
    return _movement_sheet("出库 Shipments", r.shipments, [
        text("客户", "customer", lambda m: m.counterparty, 26),
        text("统一社会信用代码", "credit_code", lambda m: m.credit_code, 20),
        text("目的国", "destination", lambda m: m.destination, 8),
        text("目的国名称", "destination_name", lambda m: country_zh(m.destination), 12),
        text("报关单号", "customs_no", lambda m: m.customs_no, 20),
        text("发票号", "invoice_no", lambda m: m.invoice_no, 22),
        text("来源占比", "origin_shares", lambda m: shares_text(m.origin_shares), 24),
    ])


def _adjustment_what(m: MovementLine) -> str:
    if m.reverses_id is not None:
        return f"冲销 #{m.id} reverses #{m.reverses_id}"
    return "盘点调整 stocktake"


def _by_type(rows: Sequence[MovementLine]) -> list[tuple[str, Sequence[MovementLine]]]:
    groups: dict[str, list[MovementLine]] = {}
    for m in rows:
        groups.setdefault(m.type, []).append(m)
    if not groups:
        return [(TOTAL_LABEL, [])]
    # the month's stocktakes first, then the reversals of each type
    order = sorted(groups, key=lambda t: (t != "ADJUSTMENT", TYPE_ORDER.index(t) if t in TYPE_ORDER else 99, t))
    return [(_adjustment_total_label(t), groups[t]) for t in order]


def _adjustment_total_label(mtype: str) -> str:
    if mtype == "ADJUSTMENT":
        return f"{TOTAL_LABEL} {_type_zh(mtype)} ADJUSTMENT"
    return f"{TOTAL_LABEL} 冲销 {_type_zh(mtype)} {mtype} reversals"


def adjustments_sheet(r: MonthReport) -> Sheet:
    head = _head()
    columns = (
        head[:2]
        + [text("类型", "type_zh", lambda m: _type_zh(m.type), 16),
           text("代码", "type", lambda m: m.type, 12),
           text("说明", "what", _adjustment_what, 24)]
        + head[2:]
        + [number("库存影响(kg)", "stock_effect_kg", lambda m: m.mass_g),
           number("库存影响氧化物(kg)", "stock_effect_reo_kg", lambda m: m.reo_g, width=18)]
        + _tail(entered=True)
    )
    return Sheet("盘点调整与冲销 Adjustments & reversals", (Table(tuple(columns), r.adjustments, totals=_by_type),))


# --------------------------------------------------------------------------
# Inventory, quota, separation

def inventory_sheet(r: MonthReport) -> Sheet:
    inventory = Inventory.of_lines(r.inventory)
    category, group = inventory.column("category"), inventory.column("group")
    # Read from the inventory's columns: a plant's history has hundreds of
    # thousands of lots, each of which would otherwise be made into a line
    # and read sixteen times. The totals are sums of the same columns.
    values = (
        inventory.column("material"), inventory.column("material_name_zh"),
        list(map(CATEGORY_NAMES_ZH.get, category, category)), list(map(GROUP_NAMES_ZH.get, group, group)),
        inventory.column("lot"), inventory.column("origin"),
        *(inventory.column(f"{figure}_g") for figure in _INVENTORY_FIGURES),
        *(inventory.column(f"{figure}_reo_g") for figure in _INVENTORY_FIGURES),
    )
    columns = (
        text("物料代码", "material", lambda i: i.material, 16, repeats=True),
        text("物料名称", "material_name", lambda i: i.material_name_zh, 18, repeats=True),
        text("类别", "category", lambda i: CATEGORY_NAMES_ZH.get(i.category, i.category), 12, repeats=True),
        text("稀土分组", "group", lambda i: GROUP_NAMES_ZH.get(i.group, i.group), 10, repeats=True),
        text("批号", "lot", lambda i: i.lot, 14),
        text("原产国", "origin", lambda i: i.origin, 8, repeats=True),
        *(_inventory_figure(number(zh, f"{figure}_kg", attrgetter(f"{figure}_g")), column, figure, 6)
          for (zh, _), figure, column in zip(_INVENTORY_HEADERS, _INVENTORY_FIGURES, values[6:11])),
        *(_inventory_figure(number(zh, f"{figure}_reo_kg", attrgetter(f"{figure}_reo_g"), width=16), column, figure,
                            11)
          for (_, zh), figure, column in zip(_INVENTORY_HEADERS, _INVENTORY_FIGURES, values[11:])),
    )
    return Sheet("库存 Inventory", (Table(columns, inventory, values=values),))


_INVENTORY_FIGURES = ("opening", "in", "out", "adjust", "closing")
_INVENTORY_HEADERS = (("期初(kg)", "期初氧化物(kg)"), ("入库(kg)", "入库氧化物(kg)"), ("出库(kg)", "出库氧化物(kg)"),
                      ("调整(kg)", "调整氧化物(kg)"), ("期末(kg)", "期末氧化物(kg)"))


def _inventory_figure(column: Column, values: Sequence[int], figure: str, opening: int) -> Column:
    """``column`` totalled as the sum of its ``values`` (a table with one
    total row, of all its rows); a flow is mostly zero and a closing mostly
    the opening (at column ``opening``), as for a lot that did not move."""
    return replace(column, total=lambda _rows: sum(values), mostly_zero=figure in ("in", "out", "adjust"),
                   echoes=opening if figure == "closing" else None)


def _quota_key_columns() -> list[Column]:
    return [
        text("配额种类", "kind_zh", lambda q: KIND_NAMES_ZH.get(q.kind, q.kind), 16),
        text("种类代码", "kind", lambda q: q.kind, 14),
        text("来源范围", "scope_zh", lambda q: SCOPE_NAMES_ZH.get(q.scope, q.scope), 10),
        text("范围代码", "scope", lambda q: q.scope, 10),
    ]


def _quota_columns(full: bool) -> tuple[Column, ...]:
    columns = _quota_key_columns() + [
        number("核定量(t REO)", "allocated_t", lambda q: q.allocated_g, TONNES, 14),
        number("核定量(kg REO)", "allocated_kg", lambda q: q.allocated_g, width=18),
        number("本月使用(kg REO)", "used_month_kg", lambda q: q.used_month_g, width=17),
        number("本年累计(kg REO)", "used_ytd_kg", lambda q: q.used_ytd_g, width=17),
        number("剩余(kg REO)", "remaining_kg", lambda q: q.remaining_g, width=18),
        number("使用率(%)", "percent_used", lambda q: _floor_bp(q.used_ytd_g, q.allocated_g), PCT, 10,
               total=False),
    ]
    if full:
        columns += [
            number("预计用尽日", "forecast_date", lambda q: q.forecast_date, DATE, 12, total=False),
            text("受控", "controlled", lambda q: "是 yes" if q.controlled else "否 no", 8),
        ]
    return tuple(columns)


@dataclass(frozen=True)
class _QuotaOrigin:
    line: QuotaReportLine
    country: str

    @property
    def month_g(self) -> int:
        return self.line.used_month_by_origin.get(self.country, 0)

    @property
    def ytd_g(self) -> int:
        return self.line.used_ytd_by_origin.get(self.country, 0)


def _quota_by_origin(r: MonthReport) -> Table:
    rows = [_QuotaOrigin(q, c) for q in r.quota
            for c in sorted(set(q.used_month_by_origin) | set(q.used_ytd_by_origin))]
    keys = [Column(c.zh, c.en, c.width, lambda o, get=c.get: get(o.line)) for c in _quota_key_columns()]
    columns = keys + [
        text("原产国", "country", lambda o: o.country, 8),
        text("原产国名称", "country_name", lambda o: country_zh(o.country), 12),
        number("本月使用(kg REO)", "used_month_kg", lambda o: o.month_g, width=17),
        number("本年累计(kg REO)", "used_ytd_kg", lambda o: o.ytd_g, width=17),
    ]
    return Table(tuple(columns), rows, title="按原产国 By origin country")


def quota_sheet(r: MonthReport) -> Sheet:
    return Sheet("配额 Quota", (Table(_quota_columns(full=True), r.quota), _quota_by_origin(r)))


def _recovery_total(rows: Sequence[OriginFlow]) -> int | None:
    return _floor_bp(sum(f.output_reo_g for f in rows), sum(f.feed_reo_g for f in rows))


def separation_sheet(r: MonthReport) -> Sheet:
    columns = (
        text("原产国", "country", lambda f: f.country, 8),
        text("原产国名称", "country_name", lambda f: country_zh(f.country), 12),
        number("投料(kg)", "feed_kg", lambda f: f.feed_mass_g),
        number("投料氧化物(kg)", "feed_reo_kg", lambda f: f.feed_reo_g, width=16),
        number("产出(kg)", "output_kg", lambda f: f.output_mass_g),
        number("产出氧化物(kg)", "output_reo_kg", lambda f: f.output_reo_g, width=16),
        Column("氧化物回收率(%)", "reo_recovery_pct", 15, lambda f: _floor_bp(f.output_reo_g, f.feed_reo_g), PCT,
               _recovery_total),
    )
    return Sheet("分离投入产出 Separation by origin", (Table(columns, r.separation_by_origin),))


# --------------------------------------------------------------------------
# Summary

def _key_values(rows: list[tuple[str, str, Typed]], title: str | None = None) -> Table:
    columns = (text("项目", "item", lambda kv: kv[0], 24), text("键", "key", lambda kv: kv[1], 22),
               text("值", "value", lambda kv: kv[2], 16))
    return Table(columns, rows, title=title, headers=False, totals=None)


def _details(r: MonthReport) -> Table:
    rows = [
        ("企业名称", "enterprise", Typed(r.enterprise, TEXT)),
        ("统一社会信用代码", "credit_code", Typed(r.credit_code, TEXT)),
        ("报表月份", "month", Typed(r.month, TEXT)),
        ("期间起", "period_start", Typed(r.first_day, DATE)),
        ("期间止", "period_end", Typed(r.last_day, DATE)),
        ("报送截止日", "due_date", Typed(r.due_date, DATE)),
        ("生成时间", "generated_at", Typed(r.generated_at, DATETIME)),
        ("程序版本", "program_version", Typed(r.program_version, TEXT)),
        ("流水笔数", "movement_count", Typed(r.movement_count, COUNT)),
        ("账本校验码(SHA-256)", "ledger_checksum_sha256", Typed(r.checksum, TEXT)),
        ("哈希链头流水号", "chain_head_movement", Typed(r.chain_head_id, COUNT)),
        ("哈希链头(SHA-256)", "chain_head_sha256", Typed(r.chain_head, TEXT)),
    ]
    rows += [("说明", "note", Typed(note, TEXT)) for note in r.notes]
    return _key_values(rows)


def _type_totals(r: MonthReport) -> Table:
    columns = (
        text("类型", "type_zh", lambda t: _type_zh(t.type), 24),
        text("代码", "type", lambda t: t.type, 22),
        number("笔数", "count", lambda t: t.count, COUNT, 16),
        Column("净重(kg)", "mass_kg", 15, lambda t: t.mass_g, KG),
        Column("氧化物(kg)", "reo_kg", 15, lambda t: t.reo_g, KG),
    )
    rows = [r.totals[t] for t in TYPE_ORDER if t in r.totals]
    return Table(columns, rows, title="按流水类型汇总 Totals by movement type")


def _mass_balance(r: MonthReport) -> Table:
    recovery = r.recovery_bp
    return _key_values([
        ("投入氧化物(kg)", "feed_reo_kg", Typed(r.feed_reo_g, KG)),
        ("产出氧化物(kg)", "output_reo_kg", Typed(r.output_reo_g, KG)),
        ("氧化物回收率(%)", "reo_recovery_pct",
         Typed(recovery, PCT) if recovery is not None else Typed("无投料 no feed", TEXT)),
    ], title="冶炼分离氧化物平衡 REO mass balance of separation")


def _exceptions(r: MonthReport) -> Table:
    columns = (
        number("流水号", "id", lambda m: m.id, ID, total=False),
        number("日期", "date", lambda m: m.day, DATE, total=False),
        text("类型", "type_zh", lambda m: _type_zh(m.type)),
        text("物料代码", "material", lambda m: m.material),
        text("批号", "lot", lambda m: m.lot),
        number("净重(kg)", "mass_kg", lambda m: m.quantity_g),
        number("氧化物(kg)", "reo_kg", lambda m: m.quantity_reo_g),
        text("标记", "flags", lambda m: flags_zh(m.flags), 20),
        text("原因", "reason", lambda m: m.accept_reason, 30),
    )
    return Table(columns, r.exceptions, title="异常标记 Flagged exceptions")


def summary_sheet(r: MonthReport) -> Sheet:
    quota = Table(_quota_columns(full=False), r.quota, title="配额使用情况 Quota position")
    tables = (_details(r), _type_totals(r), quota, _mass_balance(r), _exceptions(r))
    return Sheet("汇总 Summary", tables, heading=(TITLE_ZH, TITLE_EN))


SHEETS = (summary_sheet, receipts_sheet, mining_sheet, feed_sheet, output_sheet, shipments_sheet,
          adjustments_sheet, inventory_sheet, quota_sheet, separation_sheet)


def report_sheets(report: MonthReport) -> list[Sheet]:
    return [make(report) for make in SHEETS]
