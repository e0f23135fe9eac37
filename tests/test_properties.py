"""Properties of the ledger over random sequences of movements."""
from __future__ import annotations

import datetime as dt
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from conftest import CREDIT_CODE
from ree_desk.domain.drafts import MovementDraft
from ree_desk.domain.movement_types import MovementType as T
from ree_desk.domain.quantities import reo_grams
from ree_desk.services.months import close_month
from ree_desk.services.posting import post_movements
from ree_desk.services.quotas import quota_status
from ree_desk.services.reversal import reverse_movement
from ree_desk.services.setup import init_database
from ree_desk.services.stock import stock_as_of
from ree_desk.store.tables import lot_table, movement_table

LOTS = {  # lot -> (material, origin)
    "A": ("CONC-BAST", "CN"), "B": ("CONC-BAST", "MM"), "C": ("IONIC-MIX-OX", "LA"),
    "D": ("SCRAP-NDFEB", "CN"), "E": ("CE-OX", "US"),
}
START = dt.date(2026, 1, 1)

movement = st.tuples(
    st.integers(0, 119),                                     # day offset: January to April
    st.sampled_from([T.RECEIPT, T.FEED, T.SHIPMENT, T.ADJUSTMENT]),
    st.sampled_from(sorted(LOTS)),
    st.integers(1, 5_000_000),                               # grams
    st.integers(0, 10_000),                                  # grade
    st.booleans(),                                           # adjustment direction
)


def to_draft(i: int, m) -> MovementDraft:
    offset, mtype, lot, grams, grade, up = m
    material, origin = LOTS[lot]
    sign = {T.RECEIPT: 1, T.FEED: -1, T.SHIPMENT: -1, T.ADJUSTMENT: 1 if up else -1}[mtype]
    return MovementDraft(
        line=i + 2, day=START + dt.timedelta(days=offset), type=mtype, material=material, lot=lot,
        mass_g=sign * grams, grade_bp=grade, origin=origin if mtype is T.RECEIPT else None,
        counterparty="party" if mtype in (T.RECEIPT, T.SHIPMENT) else None,
        run="R1" if mtype is T.FEED else None, destination="CN" if mtype is T.SHIPMENT else None,
        note="count" if mtype is T.ADJUSTMENT else None,
    )


def with_creating_receipts(moves):
    """Every lot starts with a receipt on 1 January, so no row names a lot nobody created."""
    seed = [(0, T.RECEIPT, lot, 1_000, 5_000, True) for lot in sorted({m[2] for m in moves})]
    return seed + list(moves)


def fresh_db():
    folder = tempfile.mkdtemp()
    return init_database(Path(folder) / "p.sqlite3", enterprise="性质测试", credit_code=CREDIT_CODE, user="p")


def scratch_stock(db, on: dt.date) -> dict[str, tuple[int, int]]:
    """Stock summed straight from the movements, no snapshots."""
    with db.read() as conn:
        rows = conn.execute(
            select(lot_table.c.lot_no, func.sum(movement_table.c.mass_g), func.sum(movement_table.c.reo_g))
            .join(lot_table, lot_table.c.id == movement_table.c.lot_id).where(movement_table.c.day <= on).group_by(lot_table.c.lot_no)
        ).all()
    return {lot: (int(m), int(r)) for lot, m, r in rows if m or r}


def api_stock(db, on: dt.date) -> dict[str, tuple[int, int]]:
    return {s.lot: (s.mass_g, s.reo_g) for s in stock_as_of(db, on)}


PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(st.lists(movement, min_size=1, max_size=40), st.integers(0, 119))
def test_stock_equals_the_sum_of_movements(moves, as_of_offset):
    moves = with_creating_receipts(moves)
    drafts = [to_draft(i, m) for i, m in enumerate(moves)]
    db = fresh_db()
    try:
        post_movements(db, drafts, user="p", source="prop", accept_reason="property test")
        on = START + dt.timedelta(days=as_of_offset)
        expected: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for d in drafts:
            if d.day <= on:
                expected[d.lot][0] += d.mass_g
                expected[d.lot][1] += reo_grams(d.mass_g, d.grade_bp)
        assert api_stock(db, on) == {k: tuple(v) for k, v in expected.items() if v != [0, 0]}
    finally:
        db.close()


@PROPERTY
@given(st.lists(movement, min_size=1, max_size=30))
def test_quota_used_equals_the_reo_of_counted_feed_by_origin(moves):
    moves = with_creating_receipts(moves)
    drafts = [to_draft(i, m) for i, m in enumerate(moves)]
    db = fresh_db()
    try:
        post_movements(db, drafts, user="p", source="prop", accept_reason="property test")
        expected: Counter = Counter()
        for d in drafts:
            if d.type is T.FEED and d.material != "SCRAP-NDFEB" and d.material != "CE-OX":
                expected[LOTS[d.lot][1]] += -reo_grams(d.mass_g, d.grade_bp)
        lines = [l for l in quota_status(db, 2026, as_of=dt.date(2026, 4, 30)) if l.kind.value == "separation"]
        got = Counter()
        for line in lines:
            got.update(line.used_by_origin)
        assert +got == +expected
        assert sum(l.used_g for l in lines) == sum(expected.values())
    finally:
        db.close()


@PROPERTY
@given(st.lists(movement, min_size=1, max_size=30), st.data())
def test_a_reversal_nets_to_zero(moves, data):
    moves = with_creating_receipts(moves)
    drafts = [to_draft(i, m) for i, m in enumerate(moves)]
    db = fresh_db()
    try:
        before_end = dt.date(2026, 5, 31)
        ids = post_movements(db, drafts, user="p", source="prop", accept_reason="property test").movement_ids
        before_stock = api_stock(db, before_end)
        before_quota = {(l.kind, l.scope): l.used_g for l in quota_status(db, 2026, as_of=before_end)}
        chosen = data.draw(st.lists(st.sampled_from(ids), unique=True, max_size=len(ids)))
        for mid in chosen:
            reverse_movement(db, mid, day=before_end, reason="reversal", user="p", accept_reason="property test")
        after = api_stock(db, before_end)
        removed: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        by_id = dict(zip(ids, sorted(drafts, key=lambda d: (d.day, ["RECEIPT", "MINED", "ADJUSTMENT", "FEED",
                                                                      "OUTPUT", "SHIPMENT"].index(d.type.value), d.line))))
        for mid in chosen:
            d = by_id[mid]
            removed[d.lot][0] += d.mass_g
            removed[d.lot][1] += reo_grams(d.mass_g, d.grade_bp)
        expected = {}
        for lot in set(before_stock) | set(removed):
            m, r = before_stock.get(lot, (0, 0))
            m, r = m - removed[lot][0], r - removed[lot][1]
            if m or r:
                expected[lot] = (m, r)
        assert after == expected
        before_sep = sum(g for (kind, _s), g in before_quota.items() if kind.value == "separation")
        reversed_use = sum(-reo_grams(by_id[m].mass_g, by_id[m].grade_bp) for m in chosen
                           if by_id[m].type is T.FEED and by_id[m].material in ("CONC-BAST", "IONIC-MIX-OX"))
        after_sep = sum(l.used_g for l in quota_status(db, 2026, as_of=before_end) if l.kind.value == "separation")
        assert after_sep == before_sep - reversed_use
        if len(chosen) == len(ids):
            assert after == {} and after_sep == 0
    finally:
        db.close()


@PROPERTY
@given(st.lists(movement, min_size=1, max_size=40), st.integers(1, 3), st.lists(st.integers(0, 150), max_size=6))
def test_stock_through_closing_balances_equals_stock_from_scratch(moves, months_closed, offsets):
    moves = with_creating_receipts(moves)
    drafts = [to_draft(i, m) for i, m in enumerate(moves)]
    db = fresh_db()
    try:
        post_movements(db, drafts, user="p", source="prop", accept_reason="property test")
        for month in range(1, months_closed + 1):
            close_month(db, f"2026-{month:02d}", user="p", today=dt.date(2026, 6, 1))
        for offset in offsets + [30, 58, 89, 119]:
            on = START + dt.timedelta(days=offset)
            assert api_stock(db, on) == scratch_stock(db, on)
    finally:
        db.close()
