"""The chain's encoding: a format others can recompute, where no field can
be changed, and no text moved between fields, without changing the link."""
from __future__ import annotations

import datetime as dt
import hashlib

from hypothesis import given
from hypothesis import strategies as st

from ree_desk.domain.ledger import chain

FIELD = st.one_of(st.none(), st.integers(min_value=-(2**62), max_value=2**62), st.text(max_size=30))
ROW = st.lists(FIELD, min_size=1, max_size=8)


def test_the_encoding_is_the_documented_one():
    fields = (7, "2026-06-01", None, -5000, "张三|x")
    text = chain.GENESIS + "\x1f7\x1f10:2026-06-01\x1f-\x1f-5000\x1f4:张三|x"
    assert chain.link(chain.GENESIS, fields) == hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_dates_and_times_link_as_their_iso_text():
    assert chain.link("a", (dt.date(2026, 6, 1),)) == chain.link("a", ("2026-06-01",))
    assert chain.link("a", (dt.datetime(2026, 6, 1, 9, 5, 0),)) == chain.link("a", ("2026-06-01 09:05:00",))


@given(ROW, st.data())
def test_changing_any_one_field_changes_the_link(row, data):
    at = data.draw(st.integers(min_value=0, max_value=len(row) - 1))
    other = data.draw(FIELD.filter(lambda v: v != row[at] or type(v) is not type(row[at])))
    changed = list(row)
    changed[at] = other
    assert chain.link(chain.GENESIS, row) != chain.link(chain.GENESIS, changed)


@given(st.text(max_size=10), st.text(max_size=10), st.integers(min_value=0, max_value=20))
def test_text_cannot_move_between_fields(a, b, cut):
    joined = a + b
    a2, b2 = joined[:cut], joined[cut:]
    if (a2, b2) != (a, b):
        assert chain.link("p", (a, b)) != chain.link("p", (a2, b2))
    assert chain.link("p", (a, None)) != chain.link("p", (a, ""))


@given(ROW, ROW)
def test_the_previous_link_is_part_of_the_next(row, other):
    first = chain.link(chain.GENESIS, row)
    assert chain.link(first, other) != chain.link(chain.link(chain.GENESIS, row + [0]), other)


def test_first_break_names_the_changed_row():
    rows, previous = [], chain.GENESIS
    for i in range(1, 6):
        previous = chain.link(previous, (i, f"row {i}"))
        rows.append((i, (i, f"row {i}"), previous))
    assert chain.first_break(chain.GENESIS, rows) is None
    tampered = list(rows)
    tampered[2] = (3, (3, "row 3 changed"), rows[2][2])
    assert chain.first_break(chain.GENESIS, tampered)[0] == 3
    removed = rows[:1] + rows[2:]
    assert chain.first_break(chain.GENESIS, removed)[0] == 3


def test_the_origin_digest_depends_on_every_share():
    rows = [(1, "CN", 1000, 600), (1, "MM", 500, 300), (2, "CN", 7, 1)]
    base = chain.digest_origins(rows)
    assert chain.digest_origins(rows) == base
    assert chain.digest_origins([(1, "CN", 1000, 600), (1, "MM", 500, 301), (2, "CN", 7, 1)]) != base
    assert chain.digest_origins([(1, "MM", 1000, 600), (1, "CN", 500, 300), (2, "CN", 7, 1)]) != base
    assert chain.digest_origins(rows[:2]) != base


TEXT = st.one_of(st.none(), st.text(max_size=12))
NUMBER = st.integers(min_value=-(2**62), max_value=2**62)
MOVEMENT = st.tuples(
    NUMBER, st.dates().map(lambda d: d.isoformat()), st.sampled_from(["RECEIPT", "FEED", "ADJUSTMENT"]), NUMBER,
    NUMBER, NUMBER, NUMBER, NUMBER, TEXT, TEXT, TEXT, TEXT, TEXT, st.one_of(st.none(), NUMBER), TEXT, TEXT,
    st.one_of(st.none(), NUMBER), NUMBER, TEXT, NUMBER, st.one_of(st.none(), NUMBER),
)


@given(MOVEMENT)
def test_the_movement_link_written_out_is_the_documented_link(row):
    assert len(row) == len(chain.MOVEMENT_FIELDS)
    assert chain.movement_link(chain.GENESIS, row) == chain.link(chain.GENESIS, row)
