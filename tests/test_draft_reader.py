"""The import's quick row reader gives exactly what the full one gives.

``DraftReader`` takes a short cut for plainly good rows; any difference
from ``draft_from_values`` (a value accepted that should be refused, a
sign, a rounding, a problem lost) would change what lands in the ledger.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st

from ree_desk.domain.drafts import DraftReader, MovementDraft, draft_from_values
from ree_desk.importing.reader import COLUMN_NAMES

GOOD_CODE = "91350100M000100Y43"

CELLS = {
    "date": ["2026-03-05", "2026/3/5", "2026年3月5日", "2026-02-30", "05.03.2026", dt.date(2026, 3, 5),
             dt.datetime(2026, 3, 5, 8, 0), 45000, ""],
    "type": ["RECEIPT", "MINED", "FEED", "OUTPUT", "SHIPMENT", "ADJUSTMENT", "入库", "receipt", "出库",
             "MOVE", "FEED  ", "x" * 300],
    "material": ["CONC-BAST", "conc-bast", "NOPE", "A" * 65, "CONC BAST", "氧化镨钕"],
    "lot": ["L-1", "L  2", "L\t3", "B" * 64, "B" * 65, 1234, 1234.0, 12.5, " L4"],
    "mass_kg": ["1000", "1000.5", "1000.125", "1000.1255", "0", "0.000", "-12.5", "1,234.5", "1 234,5",
                "１２３", "999999999999.999", "1000000000000", "99999999999999999", "1e3", "", "abc",
                1000, 1000.5, 0.0004, -3.0, True],
    "grade_pct": ["65.5", "65.55", "65.555", "100", "100.01", "-1", "65,5", "65.5%", "０.５", 65.5, 0.655,
                  100.0, 101, "x"],
    "origin": ["CN", "cn", "MM", "缅甸", "Myanmar", "XX", "C N", 5],
    "origin_detail": ["内蒙古", "a  b", "x" * 201, "=cmd"],
    "counterparty": ["包头公司", "Acme  Ltd", "x" * 200, "x" * 201, "\x01bad"],
    "credit_code": [GOOD_CODE, GOOD_CODE.lower(), "91350100M000100Y44", "123", 5],
    "customs_no": ["CUS-1", "C" * 65, 123456789, "a\nb"],
    "invoice_no": ["INV-1", "I" * 65, 77.0, "x  y"],
    "run": ["R-1", "R" * 65, "r 1"],
    "destination": ["CN", "JP", "日本", "ZZ"],
    "note": ["lost in transit", "n" * 1000, "n" * 1001, "+1"],
}


GOOD_ROWS = [
    dict(type="RECEIPT", origin="MM", customs_no="CUS-1", counterparty="缅甸贸易", credit_code=GOOD_CODE),
    dict(type="RECEIPT", origin="CN", counterparty="赣州公司", origin_detail="江西", invoice_no="INV-9"),
    dict(type="MINED", origin="CN", origin_detail="白云鄂博"),
    dict(type="FEED", run="R-1"),
    dict(type="OUTPUT", run="R-1", note="night shift"),
    dict(type="SHIPMENT", destination="JP", customs_no="EX-1", counterparty="东京商事"),
    dict(type="SHIPMENT", destination="CN", counterparty="包头公司"),
    dict(type="ADJUSTMENT", mass_kg="-12.5", note="stocktake"),
]


@st.composite
def rows(draw):
    """Mostly good rows (the quick path), each with a few cells swapped for
    anything from ``CELLS`` (the boundaries the two readers must agree on)."""
    values = dict.fromkeys(COLUMN_NAMES)
    values.update(date="2026-03-05", material="CONC-BAST", lot="L-1", mass_kg="1000.5", grade_pct="65.5")
    values.update(draw(st.sampled_from(GOOD_ROWS)))
    for column in draw(st.lists(st.sampled_from(COLUMN_NAMES), max_size=3, unique=True)):
        values[column] = draw(st.one_of(st.none(), st.sampled_from(CELLS[column])))
    return values


@settings(max_examples=1500, deadline=None)
@given(st.lists(rows(), min_size=1, max_size=6), st.booleans())
def test_quick_reader_equals_full_reader(batch, percent):
    percent_columns = frozenset({"grade_pct"}) if percent else frozenset()
    reader = DraftReader()  # one reader for the batch: what it remembers must not leak across rows
    for line, values in enumerate(batch, start=2):
        assert reader.draft(line, values, percent_columns) == draft_from_values(line, values, percent_columns)


def test_quick_reader_reads_a_plain_row_and_remembers_nothing_wrong():
    reader = DraftReader()
    values = dict.fromkeys(COLUMN_NAMES)
    values.update(date="2026-03-05", type="SHIPMENT", material="conc-bast", lot="L-1", mass_kg="1200.5",
                  grade_pct="65.5", counterparty="东京商事", destination="JP", customs_no="EX-1")
    draft, problems = reader.draft(7, values)
    assert problems == []
    assert draft == MovementDraft(7, dt.date(2026, 3, 5), draft.type, "CONC-BAST", "L-1", -1_200_500, 6550,
                                  counterparty="东京商事", customs_no="EX-1", destination="JP")
    # The same texts in a bad row are still judged afresh by the full reader.
    values.update(customs_no=None)
    draft, problems = reader.draft(8, values)
    assert draft is None
    assert [(p.line, p.column) for p in problems] == [(8, "customs_no")]
