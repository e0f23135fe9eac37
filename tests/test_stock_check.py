"""The negative-stock check: its quick pass over a sorted batch changes none
of the warnings the lot-by-lot judging gives."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from ree_desk.domain.drafts import MovementDraft
from ree_desk.domain.ledger import stock_check
from ree_desk.domain.ledger.plan import Planned
from ree_desk.domain.movement_types import MovementType as T

START = dt.date(2026, 3, 1)
LOTS = [(1, "A"), (1, "B"), (2, "C")]

row = st.tuples(st.integers(0, 5), st.sampled_from(LOTS), st.integers(-300, 300).filter(bool))


def planned(rows) -> list[Planned]:
    out = []
    for line, (offset, key, grams) in enumerate(sorted(rows, key=lambda r: r[0]), start=2):
        mtype = T.RECEIPT if grams > 0 else T.FEED
        draft = MovementDraft(line, START + dt.timedelta(days=offset), mtype, "M", key[1], grams, 5000)
        out.append(Planned(draft, key[0], key, "declared", "CN", grams // 2, None))
    return out


@settings(max_examples=400, deadline=None)
@given(rows=st.lists(row, min_size=1, max_size=14),
       opening=st.dictionaries(st.sampled_from(LOTS), st.integers(-100, 400)),
       later=st.dictionaries(st.sampled_from(LOTS), st.lists(st.tuples(st.integers(0, 7), st.integers(-200, 200)),
                                                           max_size=3)))
def test_the_quick_pass_changes_no_warning(rows, opening, later):
    later = {key: [(START + dt.timedelta(days=d), g) for d, g in moves] for key, moves in later.items()}
    quick = planned(rows)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(stock_check, "_may_go_negative", lambda *_: None)  # every lot judged in full
        full = planned(rows)
        expected = stock_check.check_negative_stock(full, opening, later)
    found = stock_check.check_negative_stock(quick, opening, later)
    assert [dataclasses.astuple(p) for p in found] == [dataclasses.astuple(p) for p in expected]
    assert [p.flags for p in quick] == [p.flags for p in full]


def test_an_unsorted_batch_is_judged_in_full():
    batch = planned([(3, LOTS[0], 100), (1, LOTS[0], -50)])
    batch.reverse()  # day 3 before day 1
    assert stock_check._may_go_negative(batch, {}, {}) is None
    assert stock_check._may_go_negative(list(reversed(batch)), {}, {}) == {LOTS[0]}
