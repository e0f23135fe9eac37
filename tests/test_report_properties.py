"""For random ledgers the report's totals equal the ledger."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from hypothesis import given
from hypothesis import strategies as st

from ree_desk.domain.quantities import reo_grams
from ree_desk.report.checks import check_report
from ree_desk.report.figures import compute_report
from ree_desk.services.months import close_month
from ree_desk.services.posting import post_movements
from test_properties import PROPERTY, fresh_db, movement, to_draft, with_creating_receipts

MONTHS = ["2026-01", "2026-02", "2026-03", "2026-04"]


@PROPERTY
@given(st.lists(movement, min_size=1, max_size=40), st.integers(0, 2))
def test_report_totals_and_inventory_equal_the_ledger(moves, closed_before):
    drafts = [to_draft(i, m) for i, m in enumerate(with_creating_receipts(moves))]
    db = fresh_db()
    try:
        post_movements(db, drafts, user="p", source="prop", accept_reason="property test")
        for month in MONTHS[:closed_before]:
            close_month(db, month, user="p", today=dt.date(2026, 6, 1))
        for month in MONTHS:
            with db.read() as conn:
                report = compute_report(conn, month)
                check_report(conn, report)
            in_month = [d for d in drafts if d.month == month]
            for mtype, total in report.totals.items():
                rows = [d for d in in_month if d.type.value == mtype]
                sign = -1 if mtype in ("FEED", "SHIPMENT") else 1
                assert (total.count, total.mass_g, total.reo_g) == (
                    len(rows), sign * sum(d.mass_g for d in rows),
                    sign * sum(reo_grams(d.mass_g, d.grade_bp) for d in rows))
            end = report.last_day
            closing: dict[str, list[int]] = defaultdict(lambda: [0, 0])
            for d in drafts:
                if d.day <= end:
                    closing[d.lot][0] += d.mass_g
                    closing[d.lot][1] += reo_grams(d.mass_g, d.grade_bp)
            got = {i.lot: [i.closing_g, i.closing_reo_g] for i in report.inventory if i.closing_g or i.closing_reo_g}
            assert got == {lot: v for lot, v in closing.items() if v != [0, 0]}
    finally:
        db.close()
