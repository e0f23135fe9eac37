"""The dashboard's figures: warning levels, headroom against the quota
position, stock by group, the latest movements, quota use by month."""
from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from conftest import day, draft
from ree_desk.domain.ledger.quota import QuotaLine
from ree_desk.domain.movement_types import QuotaKind, QuotaScope
from ree_desk.services import months
from ree_desk.services.dashboard import (
    Level,
    headroom,
    latest_movements,
    level_of,
    load_dashboard,
    quota_use_by_month,
    stock_by_group,
)
from ree_desk.services.posting import post_movements
from ree_desk.services.quotas import add_allocation, quota_status
from ree_desk.services.reversal import reverse_movement
from ree_desk.services.stock import stock_as_of


def line(allocated: int, used: int) -> QuotaLine:
    return QuotaLine(2026, QuotaKind.SEPARATION, QuotaScope.ANY, allocated, used)


@pytest.mark.parametrize("allocated, used, level", [
    (10_000, 0, Level.OK),
    (10_000, 7_999, Level.OK),
    (10_000, 8_000, Level.HIGH),
    (10_000, 9_499, Level.HIGH),
    (10_000, 9_500, Level.CRITICAL),
    (10_000, 10_000, Level.CRITICAL),   # used up, not over
    (10_000, 10_001, Level.OVER),
    (0, 5, Level.UNALLOCATED),
])
def test_warning_levels_at_80_95_and_over_100_percent(allocated, used, level):
    assert level_of(line(allocated, used)) is level


def test_a_hair_under_80_percent_is_not_a_warning():
    # 79.999 % rounds down to 7999 hundredths: no warning yet.
    assert level_of(line(1_000_000, 799_990)) is Level.OK


def receipt(n, lot, kg, origin, date="2026-02-01", material="CONC-BAST", grade="60"):
    extra = {} if origin == "CN" else {"customs_no": f"C{lot}"}
    return draft(n, date=date, type="RECEIPT", material=material, lot=lot, mass_kg=kg, grade_pct=grade,
                 origin=origin, counterparty="供应商", **extra)


def feed(n, lot, kg, date, run, material="CONC-BAST", grade="60"):
    return draft(n, date=date, type="FEED", material=material, lot=lot, mass_kg=kg, grade_pct=grade, run=run)


@pytest.fixture
def ledger(db):
    """Separation quota 100 t REO (any), 10 t (domestic); rock mining 5 t.
    Fed: 30 t REO from MM and 12 t from US in Feb-Mar, 9 t from CN in Mar."""
    add_allocation(db, year=2026, kind="separation", tonnes="60", batch=1, user="t")
    add_allocation(db, year=2026, kind="separation", tonnes="40", batch=2, user="t")
    add_allocation(db, year=2026, kind="separation", tonnes="10", scope="domestic", user="t")
    add_allocation(db, year=2026, kind="mining_rock", tonnes="5", user="t")
    post_movements(db, [
        receipt(2, "MM1", "100000", "MM"),
        receipt(3, "US1", "50000", "US"),
        receipt(4, "CN1", "20000", "CN"),
        feed(5, "MM1", "30000", "2026-02-10", "R1"),   # 18 t REO
        feed(6, "MM1", "20000", "2026-03-05", "R2"),   # 12 t REO
        feed(7, "US1", "20000", "2026-03-06", "R2"),   # 12 t REO
        feed(8, "CN1", "15000", "2026-03-07", "R3"),   # 9 t REO: 90 % of the domestic quota
        draft(9, date="2026-03-09", type="MINED", material="ORE-ROCK", lot="M1", mass_kg="50000", grade_pct="6",
              origin="CN"),                            # 3 t REO
        draft(10, date="2026-03-10", type="OUTPUT", material="PRND-OX", lot="P1", mass_kg="5000", grade_pct="99",
              run="R2"),
    ], user="t", source="test")
    return db


def test_headroom_is_the_quota_position_with_its_level(ledger):
    as_of = day("2026-03-31")
    lines = {(h.kind, h.scope): h for h in headroom(ledger, 2026, as_of)}
    status = {(l.kind.value, l.scope.value): l for l in quota_status(ledger, 2026, as_of=as_of)}
    assert lines.keys() == status.keys()
    for key, h in lines.items():
        assert (h.allocated_g, h.used_g, h.remaining_g, h.used_pct_bp, h.forecast_date) == (
            status[key].allocated_g, status[key].used_g, status[key].remaining_g, status[key].used_pct_bp,
            status[key].forecast_date)
    assert lines[("separation", "any")].used_g == 42_000_000
    assert lines[("separation", "any")].level is Level.OK
    assert lines[("separation", "domestic")].level is Level.HIGH  # 9 of 10 t
    assert lines[("mining_rock", "any")].level is Level.OK


def test_origins_list_china_first_then_the_largest(ledger):
    h = {(h.kind, h.scope): h for h in headroom(ledger, 2026, day("2026-03-31"))}
    assert h[("separation", "any")].by_origin == [("MM", 30_000_000), ("US", 12_000_000)]


def test_runs_out_this_year_follows_the_forecast(ledger):
    # 42 t of 100 t in the first 90 days runs out on day 215; by December the pace is slower.
    spring = {(h.kind, h.scope): h for h in headroom(ledger, 2026, day("2026-03-31"))}[("separation", "any")]
    assert spring.forecast_date == dt.date(2026, 8, 3) and spring.runs_out_this_year
    winter = {(h.kind, h.scope): h for h in headroom(ledger, 2026, day("2026-12-01"))}[("separation", "any")]
    assert winter.forecast_date > dt.date(2026, 12, 31) and not winter.runs_out_this_year


def test_stock_by_group_adds_up_the_stock_of_its_lots(ledger):
    on = day("2026-03-31")
    groups = stock_by_group(ledger, on)
    expected: Counter = Counter()
    lots: Counter = Counter()
    for s in stock_as_of(ledger, on):
        expected[(s.category, s.material_group, "mass")] += s.mass_g
        expected[(s.category, s.material_group, "reo")] += s.reo_g
        lots[(s.category, s.material_group)] += 1
    got: Counter = Counter()
    for g in groups:
        got[(g.category, g.group, "mass")] += g.mass_g
        got[(g.category, g.group, "reo")] += g.reo_g
        assert g.lots == lots[(g.category, g.group)]
    assert got == expected
    assert [(g.category, g.group) for g in groups] == [
        ("ore", "light"), ("ore_product", "light"), ("product", "light")]


def movement_id(db, lot, mtype):
    return next(r.id for r in latest_movements(db, limit=100) if r.lot == lot and r.type == mtype)


def test_latest_movements_newest_day_first_with_reversals(ledger):
    mined = movement_id(ledger, "M1", "MINED")
    reversal = reverse_movement(ledger, mined, day=day("2026-03-12"), reason="录错", user="t")
    rows = latest_movements(ledger, limit=3)
    assert [r.day for r in rows] == [day("2026-03-12"), day("2026-03-10"), day("2026-03-09")]
    assert rows[0].id == reversal.movement_ids[0] and rows[0].reverses_id == mined
    assert (rows[1].type, rows[1].material, rows[1].lot, rows[1].origin) == ("OUTPUT", "PRND-OX", "P1", None)
    assert rows[1].mass_g == 5_000_000 and rows[1].material_zh == "氧化镨钕" and rows[1].material_en
    assert len(latest_movements(ledger)) == 10


def test_quota_use_by_month_adds_up_to_the_years_use(ledger):
    use = quota_use_by_month(ledger, 2026)
    assert use["separation"] == {2: {"MM": 18_000_000}, 3: {"MM": 12_000_000, "US": 12_000_000, "CN": 9_000_000}}
    assert use["mining_rock"] == {3: {"CN": 3_000_000}}
    for l in quota_status(ledger, 2026, as_of=day("2026-12-31")):
        by_country = Counter()
        for month in use.get(l.kind.value, {}).values():
            by_country.update(month)
        for country, grams in l.used_by_origin.items():
            assert by_country[country] == grams
    assert quota_use_by_month(ledger, 2025) == {}


def test_a_reversed_feed_gives_its_quota_back_in_the_month_of_the_reversal(ledger):
    first_feed = [r.id for r in latest_movements(ledger, limit=100) if r.type == "FEED"][-1]  # 18 t from MM
    reverse_movement(ledger, first_feed, day=day("2026-04-01"), reason="投料录错", user="t")
    use = quota_use_by_month(ledger, 2026)["separation"]
    assert use[4] == {"MM": -18_000_000}
    assert sum(sum(m.values()) for m in use.values()) == 42_000_000 + 9_000_000 - 18_000_000


def test_load_dashboard_gathers_everything_as_of_today(ledger):
    today = day("2026-04-03")
    data = load_dashboard(ledger, today)
    assert data.year == 2026 and data.today == today
    assert data.months == months.status(ledger, today)
    assert [(h.kind, h.scope, h.used_g) for h in data.headroom] == [
        (h.kind, h.scope, h.used_g) for h in headroom(ledger, 2026, today)]
    assert data.stock == stock_by_group(ledger, today)
    assert [r.id for r in data.latest] == [r.id for r in latest_movements(ledger)]
    assert [h.scope for h in data.warnings] == ["domestic"]
    assert set(data.timings_ms) == {"quotas", "months", "stock", "latest"}
