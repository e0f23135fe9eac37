"""Quota position: scopes, batches adding up, forecast."""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import day, draft
from ree_desk.domain.ledger.quota import build_lines, forecast_exhaustion
from ree_desk.domain.problems import InputRejected
from ree_desk.services.posting import post_movements
from ree_desk.services.quotas import add_allocation, quota_status


def test_allocations_of_same_year_kind_scope_add_up():
    lines = build_lines(2026, [("separation", "any", 1_000), ("separation", "any", 500)], [])
    assert [(l.kind.value, l.scope.value, l.allocated_g) for l in lines] == [("separation", "any", 1_500)]


def test_use_counts_against_the_narrowest_allocated_scope():
    allocs = [("separation", "any", 10_000), ("separation", "domestic", 5_000)]
    use = [("separation", "CN", 4_000, 0), ("separation", "MM", 3_000, 1_000), ("separation", "US", 1_000, 0)]
    lines = {l.scope.value: l for l in build_lines(2026, allocs, use)}
    assert lines["domestic"].used_g == 4_000 and dict(lines["domestic"].used_by_origin) == {"CN": 4_000}
    assert lines["any"].used_g == 4_000 and dict(lines["any"].used_by_origin) == {"MM": 3_000, "US": 1_000}
    assert lines["any"].used_this_month_g == 1_000
    assert lines["any"].remaining_g == 6_000


def test_imported_use_without_an_imported_or_any_allocation_shows_against_nothing():
    lines = build_lines(2026, [("separation", "domestic", 5_000)], [("separation", "LA", 700, 0)])
    imported = [l for l in lines if l.scope.value == "imported"][0]
    assert (imported.allocated_g, imported.used_g, imported.remaining_g, imported.controlled) == (0, 700, -700, True)


def test_a_kind_without_allocations_is_shown_but_not_controlled():
    lines = build_lines(2026, [], [("mining_rock", "CN", 700, 0)])
    assert [(l.kind.value, l.scope.value, l.used_g, l.controlled) for l in lines] == [
        ("mining_rock", "any", 700, False)]


@pytest.mark.parametrize("allocated, used, as_of, expected", [
    (365, 100, dt.date(2026, 4, 10), dt.date(2026, 4, 10) + dt.timedelta(days=265)),  # 1/day for 100 days
    (1000, 100, dt.date(2026, 4, 10), dt.date(2026, 1, 1) + dt.timedelta(days=999)),  # past the year end
    (100, 100, dt.date(2026, 4, 10), dt.date(2026, 4, 10)),                         # used up today
    (100, 0, dt.date(2026, 4, 10), None),                                           # nothing used yet
    (100, 10, dt.date(2025, 12, 31), None),                                         # year not begun
])
def test_forecast_at_the_year_to_date_rate(allocated, used, as_of, expected):
    assert forecast_exhaustion(allocated, used, 2026, as_of) == expected


def test_forecast_of_a_past_year_uses_the_whole_year():
    assert forecast_exhaustion(730, 365, 2025, dt.date(2026, 3, 1)) == dt.date(2026, 12, 31)


def test_quota_status_through_the_service(db):
    add_allocation(db, year=2026, kind="separation", tonnes="2,000", batch=1, scope="any", document="工信部第一批", user="t")
    add_allocation(db, year=2026, kind="separation", tonnes="300.5", scope="any", user="t")
    add_allocation(db, year=2026, kind="separation", tonnes="1000", scope="domestic", user="t")
    post_movements(db, [
        draft(2, date="2026-02-01", type="RECEIPT", material="CONC-BAST", lot="A", mass_kg="200000",
              grade_pct="60", origin="CN", counterparty="包头"),
        draft(3, date="2026-02-01", type="RECEIPT", material="IONIC-MIX-OX", lot="B", mass_kg="100000",
              grade_pct="92", origin="MM", counterparty="Kachin", customs_no="X1"),
        draft(4, date="2026-02-02", type="FEED", material="CONC-BAST", lot="A", mass_kg="150000", grade_pct="60",
              run="R1"),
        draft(5, date="2026-03-02", type="FEED", material="IONIC-MIX-OX", lot="B", mass_kg="50000",
              grade_pct="92", run="R2"),
    ], user="t", source="test")
    lines = {l.scope.value: l for l in quota_status(db, 2026, as_of=day("2026-03-31"), month=3)}
    assert lines["any"].allocated_g == 2_300_500_000
    assert [b["batch"] for b in lines["any"].batches] == [1, 2]
    assert lines["any"].used_g == 46_000_000 and lines["any"].used_this_month_g == 46_000_000
    assert lines["domestic"].used_g == 90_000_000 and lines["domestic"].used_this_month_g == 0
    # 90 t in 90 days: 1 t a day uses 1000 t on day 1000... beyond the year
    assert lines["domestic"].forecast_date == dt.date(2026, 1, 1) + dt.timedelta(days=999)
    assert lines["domestic"].used_pct_bp == 900


@pytest.mark.parametrize("kw, column", [
    ({"kind": "smelting"}, "kind"),
    ({"tonnes": "-5"}, "tonnes"),
    ({"tonnes": "0"}, "tonnes"),
    ({"tonnes": "abc"}, "tonnes"),
    ({"scope": "foreign"}, "scope"),
    ({"year": 1999}, "year"),
])
def test_bad_allocation_is_refused_naming_the_field(db, kw, column):
    args = dict(year=2026, kind="separation", tonnes="100", scope="any", user="t") | kw
    with pytest.raises(InputRejected) as err:
        add_allocation(db, **args)
    assert [p.column for p in err.value.problems] == [column]
