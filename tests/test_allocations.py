"""Correcting a quota allocation with a reason; the years offered for quotas."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from conftest import draft
from ree_desk.domain.problems import InputRejected
from ree_desk.domain.quantities import parse_tonnes
from ree_desk.services.allocations import allocation, edit_allocation, exact_tonnes, quota_years
from ree_desk.services.posting import post_movements
from ree_desk.services.quotas import add_allocation, quota_status
from ree_desk.store.tables import audit_event_table


def audit_rows(db, action):
    with db.read() as conn:
        rows = conn.execute(select(audit_event_table.c.by, audit_event_table.c.detail).where(audit_event_table.c.action == action)
                            .order_by(audit_event_table.c.id)).all()
    return [(by, json.loads(detail)) for by, detail in rows]


@pytest.fixture
def batch_one(db):
    return add_allocation(db, year=2026, kind="separation", tonnes="1000", batch=1, scope="any",
                          document="工信部联原〔2026〕47号", user="录入员")


def test_edit_changes_the_allocation_and_audits_before_after_and_reason(db, batch_one):
    row = edit_allocation(db, batch_one, tonnes="1,250.5", batch=2, scope="domestic", document=" 第二批 ",
                          reason="文件数字录错", user="复核员")
    assert (row["reo_g"], row["batch"], row["scope"], row["document"]) == (1_250_500_000, 2, "domestic", "第二批")
    assert (row["year"], row["kind"]) == (2026, "separation")
    assert allocation(db, batch_one)["reo_g"] == 1_250_500_000
    [(by, detail)] = audit_rows(db, "quota_edit")
    assert by == "复核员"
    assert detail["id"] == batch_one and detail["reason"] == "文件数字录错"
    assert detail["before"] == {"tonnes": "1000.000", "batch": 1, "scope": "any", "document": "工信部联原〔2026〕47号"}
    assert detail["after"] == {"tonnes": "1250.500", "batch": 2, "scope": "domestic", "document": "第二批"}


def test_edit_shows_in_the_quota_position(db, batch_one):
    edit_allocation(db, batch_one, tonnes="800", batch=1, scope="any", document=None, reason="核减", user="t")
    [line] = quota_status(db, 2026, as_of=dt.date(2026, 6, 30))
    assert line.allocated_g == 800_000_000


@pytest.mark.parametrize("kw, column", [
    ({"reason": "  "}, "reason"),
    ({"tonnes": "0"}, "tonnes"),
    ({"tonnes": "abc"}, "tonnes"),
    ({"tonnes": "-3"}, "tonnes"),
    ({"batch": 0}, "batch"),
    ({"scope": "foreign"}, "scope"),
])
def test_bad_edit_changes_nothing_and_names_the_field(db, batch_one, kw, column):
    args = dict(tonnes="900", batch=1, scope="any", document=None, reason="更正", user="t") | kw
    with pytest.raises(InputRejected) as err:
        edit_allocation(db, batch_one, **args)
    assert [p.column for p in err.value.problems] == [column]
    assert allocation(db, batch_one)["reo_g"] == 1_000_000_000
    assert audit_rows(db, "quota_edit") == []


def test_edit_of_an_unknown_allocation_is_refused(db):
    with pytest.raises(InputRejected) as err:
        edit_allocation(db, 999, tonnes="1", batch=1, scope="any", document=None, reason="x", user="t")
    assert err.value.problems[0].column == "allocation"


def test_an_edit_that_changes_nothing_is_refused(db, batch_one):
    with pytest.raises(InputRejected):
        edit_allocation(db, batch_one, tonnes="1000.000", batch=1, scope="any", document="工信部联原〔2026〕47号",
                        reason="没改", user="t")
    assert audit_rows(db, "quota_edit") == []


@pytest.mark.parametrize("text", ["3044", "1250.5", "0.000001", "12.34", "7.654321"])
def test_exact_tonnes_writes_back_what_was_typed(text):
    assert exact_tonnes(parse_tonnes(text)) == text


def test_quota_years_cover_allocations_movements_this_year_and_next(db):
    add_allocation(db, year=2021, kind="mining_rock", tonnes="5", user="t")
    post_movements(db, [draft(2, date="2023-03-01", type="RECEIPT", material="CONC-BAST", lot="L1", mass_kg="10",
                              grade_pct="60", origin="CN", counterparty="包头")], user="t", source="test")
    assert quota_years(db, dt.date(2026, 5, 1)) == [2027, 2026, 2023, 2021]
