"""The entry preview: fields per type, quota effect, stock effect, on a real
SQLite file, and agreement with what posting then does."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from ree_desk.domain.drafts import MovementDraft, draft_from_values
from ree_desk.domain.movement_types import MovementType, QuotaKind, QuotaScope
from ree_desk.domain.problems import InputRejected
from ree_desk.services.entry_choices import counterparties, lots_of
from ree_desk.services.entry_preview import FIELDS, field_defaults, form_fields, preview_entry
from ree_desk.services.months import close_month
from ree_desk.services.posting import post_movements
from ree_desk.services.quotas import add_allocation
from ree_desk.store.tables import movement_table

T = 1_000_000  # grams in a tonne


def draft(line: int | None = None, **values) -> MovementDraft:
    result, problems = draft_from_values(line, values)
    assert not problems, [str(p) for p in problems]
    return result

COMPLETE = {
    MovementType.RECEIPT: dict(origin="US", origin_detail="Mountain Pass", counterparty="MP Materials",
                               credit_code=None, customs_no="530120260001", invoice_no="INV-1"),
    MovementType.MINED: dict(origin="CN", origin_detail="白云鄂博"),
    MovementType.FEED: dict(run="R1"),
    MovementType.OUTPUT: dict(run="R1"),
    MovementType.SHIPMENT: dict(counterparty="Magnet GmbH", destination="DE", customs_no="EX-1", invoice_no="I2"),
    MovementType.ADJUSTMENT: dict(note="盘盈"),
}


def values_for(mtype: MovementType) -> dict:
    base = dict(date="2026-06-01", type=mtype.value, material="CONC-BAST", lot="L1", mass_kg="10", grade_pct="60")
    return {**base, **{k: v for k, v in COMPLETE[mtype].items() if v is not None}}


def post(db, rows, **kw):
    return post_movements(db, rows, user="t", source="test", **kw)


def receipt(lot, kg, grade="60", origin="CN", material="CONC-BAST", date="2026-06-01"):
    extra = {} if origin == "CN" else {"customs_no": f"C-{lot}"}
    return draft(None, date=date, type="RECEIPT", material=material, lot=lot, mass_kg=kg, grade_pct=grade,
                 origin=origin, counterparty="供应商", **extra)


def feed(lot, kg, grade="60", run="R1", material="CONC-BAST", date="2026-06-02"):
    return draft(None, date=date, type="FEED", material=material, lot=lot, mass_kg=kg, grade_pct=grade, run=run)


def movement_count(db) -> int:
    with db.read() as conn:
        return conn.execute(select(func.count()).select_from(movement_table)).scalar()


# --- which fields a type uses ------------------------------------------------

@pytest.mark.parametrize("mtype", list(MovementType))
def test_required_fields_are_the_ones_the_draft_cannot_do_without(mtype):
    values = values_for(mtype)
    assert draft_from_values(None, values)[1] == []
    fields = form_fields(mtype, origin=values.get("origin"), destination=values.get("destination"))
    assert [f.name for f in fields] == [n for n in FIELDS if n in {f.name for f in fields}]
    for f in fields:
        if f.name in ("date", "type"):
            continue
        blanked = {k: v for k, v in values.items() if k != f.name}
        columns = {p.column for p in draft_from_values(None, blanked)[1]}
        assert (f.name in columns) == f.required, (mtype, f.name)


@pytest.mark.parametrize("mtype", list(MovementType))
def test_a_field_a_type_does_not_use_is_never_required_by_the_draft(mtype):
    used = {f.name for f in form_fields(mtype, origin="US", destination="DE")}
    values = {k: v for k, v in values_for(mtype).items() if k in used}
    assert draft_from_values(None, values)[1] == []


def test_customs_number_is_required_for_imports_and_exports_only():
    def required(mtype, **kw):
        return {f.name for f in form_fields(mtype, **kw) if f.required}

    assert "customs_no" in required(MovementType.RECEIPT, origin="缅甸")
    assert "customs_no" not in required(MovementType.RECEIPT, origin="CN")
    assert "customs_no" not in required(MovementType.RECEIPT, origin="nowhere")
    assert "customs_no" in required(MovementType.SHIPMENT, destination="Japan")
    assert "customs_no" not in required(MovementType.SHIPMENT, destination="中国")
    assert field_defaults(MovementType.MINED) == {"origin": "CN"}
    assert field_defaults(MovementType.FEED) == {}


# --- quota effect -------------------------------------------------------------

def test_feed_shows_the_separation_quota_it_uses_and_what_is_left(db):
    add_allocation(db, year=2026, kind="separation", tonnes="2300", user="t")
    post(db, [receipt("L1", "100000", "60"), feed("L1", "1000", "60", date="2026-06-01")])  # 600 kg REO used
    before = movement_count(db)

    preview = preview_entry(db, feed("L1", "20583.333", "60"))  # 12,350 kg REO (rounded half up)
    assert preview.reo_g == 12_350_000
    (effect,) = preview.quota
    assert (effect.year, effect.kind, effect.scope, effect.controlled) == (2026, QuotaKind.SEPARATION,
                                                                          QuotaScope.ANY, True)
    assert effect.uses_g == 12_350_000
    assert effect.used_before_g == 600 * 1000
    assert effect.remaining_after_g == 2300 * T - 600_000 - 12_350_000
    assert not effect.over and preview.warnings == [] and not preview.needs_reason
    assert preview.stock.before_g == 99_000 * 1000
    assert preview.stock.after_g == 99_000 * 1000 - 20_583_333
    assert movement_count(db) == before  # a preview writes nothing


def test_over_quota_preview_agrees_with_posting(db):
    add_allocation(db, year=2026, kind="separation", tonnes="10", user="t")
    post(db, [receipt("L1", "100000", "60")])
    too_much = feed("L1", "20000", "60")  # 12 t REO against 10 t
    preview = preview_entry(db, too_much)
    (effect,) = preview.quota
    assert effect.over and effect.remaining_after_g == -2 * T
    assert preview.needs_reason and [p.column for p in preview.warnings] == ["mass_kg"]
    with pytest.raises(InputRejected) as caught:
        post(db, [too_much])
    assert caught.value.only_warnings and len(caught.value.problems) == len(preview.warnings)

    within = preview_entry(db, feed("L1", "16666.666", "60"))  # 9,999.9996 -> 10,000.000 kg
    assert within.quota[0].remaining_after_g == 0 and not within.quota[0].over
    post(db, [feed("L1", "16666.666", "60")])


def test_imported_feed_counts_against_the_imported_scope(db):
    add_allocation(db, year=2026, kind="separation", tonnes="100", scope="domestic", user="t")
    add_allocation(db, year=2026, kind="separation", tonnes="5", scope="imported", user="t")
    post(db, [receipt("US1", "10000", "60", origin="US")])
    (effect,) = preview_entry(db, feed("US1", "1000", "60")).quota
    assert effect.scope is QuotaScope.IMPORTED and effect.allocated_g == 5 * T
    assert effect.remaining_after_g == 5 * T - 600_000


def test_feed_of_a_mixed_lot_splits_over_the_scopes_of_its_origins(db):
    add_allocation(db, year=2026, kind="separation", tonnes="100", scope="domestic", user="t")
    add_allocation(db, year=2026, kind="separation", tonnes="100", scope="imported", user="t")
    post(db, [
        receipt("CN1", "1000", "50", origin="CN", material="SCRAP-NDFEB"),
        receipt("US1", "1000", "50", origin="US", material="SCRAP-NDFEB"),
        feed("CN1", "600", "50", run="M1", material="SCRAP-NDFEB"),   # scrap: counts against nothing
        feed("US1", "200", "50", run="M1", material="SCRAP-NDFEB"),
        draft(None, date="2026-06-03", type="OUTPUT", material="MIX-CARB", lot="MX1", mass_kg="400",
              grade_pct="100", run="M1"),  # 3/4 CN, 1/4 US
    ])
    preview = preview_entry(db, feed("MX1", "200", "100", run="S1", material="MIX-CARB", date="2026-06-04"))
    by_scope = {e.scope: e.uses_g for e in preview.quota}
    assert by_scope == {QuotaScope.DOMESTIC: 150_000, QuotaScope.IMPORTED: 50_000}
    assert preview.reo_g == 200_000


def test_mining_output_counts_against_the_ionic_quota_even_before_any_allocation(db):
    mined = draft(None, date="2026-06-01", type="MINED", material="ORE-IONIC", lot="K1", mass_kg="500000",
                  grade_pct="0.1", origin="CN")
    preview = preview_entry(db, mined)
    (effect,) = preview.quota
    assert effect.kind is QuotaKind.MINING_IONIC and not effect.controlled and not effect.over
    assert effect.uses_g == 500_000 and preview.stock.before_g is None and preview.stock.after_g == 500_000 * 1000


def test_receipt_and_shipment_count_against_no_quota(db):
    post(db, [receipt("P1", "10", "99", material="PRND-OX")])
    shipment = draft(None, date="2026-06-05", type="SHIPMENT", material="PRND-OX", lot="P1", mass_kg="4",
                     grade_pct="99", counterparty="客户", destination="CN")
    preview = preview_entry(db, shipment)
    assert preview.quota == [] and not preview.counts_against_quota
    assert (preview.stock.before_g, preview.stock.after_g) == (10_000, 6_000)


# --- stock effect and ledger problems ------------------------------------------

def test_feed_beyond_the_lot_warns_of_negative_stock(db):
    post(db, [receipt("L1", "100", "60")])
    preview = preview_entry(db, feed("L1", "150", "60"))
    assert preview.stock.goes_negative and preview.stock.after_g == -50_000
    assert preview.needs_reason and "stay at or above zero" in preview.warnings[0].expected


def test_later_movements_count_for_negative_stock(db):
    post(db, [receipt("L1", "100", "60"), feed("L1", "80", "60", date="2026-06-10")])
    preview = preview_entry(db, feed("L1", "50", "60", date="2026-06-05"))
    assert preview.stock.after_g == 50_000  # fine on the day...
    assert preview.stock.goes_negative       # ...but the feed of the 10th no longer fits


def test_unknown_lot_and_closed_month_are_problems_not_warnings(db):
    post(db, [receipt("L1", "100", "60", date="2026-05-02")])
    preview = preview_entry(db, feed("NOPE", "1", "60"))
    assert [p.column for p in preview.problems] == ["lot"] and preview.quota == [] and preview.stock is None
    assert not preview.needs_reason
    close_month(db, "2026-05", user="t")
    closed = preview_entry(db, feed("L1", "1", "60", date="2026-05-20"))
    assert "date" in {p.column for p in closed.problems}


# --- choices for completers ---------------------------------------------------

def test_lots_of_a_material_list_those_in_stock_first(db):
    post(db, [receipt("A", "10", "60"), receipt("B", "10", "60"), receipt("C", "5", "60", material="CONC-MIXED"),
              feed("A", "10", "60")])
    assert [(c.lot, c.mass_g, c.origin) for c in lots_of(db, "conc-bast")] == [("B", 10_000, "CN"), ("A", 0, "CN")]
    assert lots_of(db, "LA-OX") == []


def test_a_lot_in_stock_is_offered_however_old_it_is(db):
    post(db, [receipt("OLD", "7", "60", date="2026-01-05")])
    post(db, [receipt(f"N{i}", "1", "60") for i in range(3)] + [feed(f"N{i}", "1", "60") for i in range(3)])
    offered = lots_of(db, "CONC-BAST", limit=2)
    assert [(c.lot, c.mass_g) for c in offered] == [("OLD", 7_000), ("N2", 0), ("N1", 0)]


def test_counterparties_most_recent_first_with_their_credit_code(db):
    code = "91350100M000100Y43"
    post(db, [draft(None, date="2026-06-01", type="RECEIPT", material="CONC-BAST", lot="A", mass_kg="1",
                    grade_pct="60", origin="CN", counterparty="甲公司", credit_code=code)])
    post(db, [receipt("B", "1", "60")])
    assert [(c.name, c.credit_code) for c in counterparties(db)] == [("供应商", None), ("甲公司", code)]


def test_an_entry_repeating_a_posted_movement_is_a_warning_before_and_when_posting(db):
    first = post(db, [receipt("L1", "100"), feed("L1", "10")])
    again = feed("L1", "10", run="R9")  # the run is not part of what makes a repeat
    preview = preview_entry(db, again)
    assert preview.problems == [] and preview.needs_reason
    [warning] = preview.warnings
    assert warning.found.startswith(f"a repeat of movement {first.movement_ids[1]} (posted ")
    assert f"by t in posting {first.posting_id})" in warning.found
    with pytest.raises(InputRejected) as refused:
        post(db, [again])
    assert refused.value.problems == preview.warnings and movement_count(db) == 2
    result = post(db, [again], accept_reason="fed twice: two bags")
    assert result.flagged == 1
    with db.read() as conn:
        assert conn.execute(select(movement_table.c.flags, movement_table.c.accept_reason).where(
            movement_table.c.id == result.movement_ids[0])).one() == (4, "fed twice: two bags")
    assert preview_entry(db, feed("L1", "10", date="2026-06-03")).warnings == []  # another day
