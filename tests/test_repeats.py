"""The repeat rule on its own: which rows of a batch repeat ledger movements."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from ree_desk.domain.drafts import MovementDraft
from ree_desk.domain.ledger.plan import NEGATIVE_STOCK, REPEAT, Planned
from ree_desk.domain.ledger.repeats import (
    Posted,
    PostingHead,
    check_file_repeat,
    check_repeats,
    document,
    find_repeats,
)
from ree_desk.domain.movement_types import MovementType

DAYS = [dt.date(2026, 6, 1), dt.date(2026, 6, 2), dt.date(2026, 6, 3)]
LOTS = [(1, "A"), (1, "B"), (2, "A")]
MASSES = [-5000, 5000, 12_345]
DOCS = [None, "INV-1", "inv 2"]
TYPES = list(MovementType)
HEAD = PostingHead(12, dt.datetime(2026, 7, 2, 10, 14), "张三", "june.csv", 20000)


def row(day, mtype, lot, mass, invoice=None, customs=None, line=None, grade=6000) -> Planned:
    draft = MovementDraft(line, day, MovementType(mtype), f"M{lot[0]}", lot[1], mass, grade,
                          invoice_no=invoice, customs_no=customs)
    return Planned(draft, lot[0], lot, "declared", "CN", 0, None)


def posted(mid, day, mtype, lot, mass, invoice=None, customs=None, *, posting=12, reverses=None,
           reversed_=False) -> Posted:
    return Posted(mid, day, str(mtype), lot, mass, invoice, customs, posting, reverses, reversed_)


def fields():
    return st.tuples(st.sampled_from(DAYS), st.sampled_from(TYPES), st.sampled_from(LOTS), st.sampled_from(MASSES),
                     st.sampled_from(DOCS), st.sampled_from(DOCS))


def spelled_otherwise(text: str | None):
    """The same document number as another clerk might type it."""
    if text is None:
        return st.sampled_from([None, ""])
    return st.sampled_from([text, text.upper(), text.lower(), f" {text} ", text.replace(" ", ""),
                            "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)])


@given(fields(), st.data())
def test_a_row_equal_to_a_movement_in_every_key_field_repeats_it(key, data):
    day, mtype, lot, mass, invoice, customs = key
    invoice_typed = data.draw(spelled_otherwise(invoice))
    customs_typed = data.draw(spelled_otherwise(customs))
    grade = data.draw(st.integers(1, 10000))  # the grade is not part of the key
    target = posted(7, day, mtype, lot, mass, invoice, customs)
    assert find_repeats([row(day, mtype, lot, mass, invoice_typed, customs_typed, grade=grade)], [target]) \
        == [(0, target)]


@given(fields(), st.sampled_from(["day", "type", "material", "lot", "mass", "invoice", "customs"]), st.data())
def test_changing_any_one_key_field_makes_it_no_repeat(key, changed, data):
    day, mtype, lot, mass, invoice, customs = key
    target = posted(7, day, mtype, lot, mass, invoice, customs)
    if changed == "day":
        day = data.draw(st.sampled_from([d for d in DAYS if d != day]))
    elif changed == "type":
        mtype = data.draw(st.sampled_from([t for t in TYPES if t != mtype]))
    elif changed == "material":
        lot = (lot[0] + 1, lot[1])
    elif changed == "lot":
        lot = (lot[0], lot[1] + "1")
    elif changed == "mass":
        mass = data.draw(st.sampled_from([-mass, mass + 1, mass - 1]))
    elif changed == "invoice":
        invoice = data.draw(st.sampled_from([d for d in DOCS + ["INV-10"] if document(d) != document(invoice)]))
    else:
        customs = data.draw(st.sampled_from([d for d in DOCS + ["531"] if document(d) != document(customs)]))
    assert find_repeats([row(day, mtype, lot, mass, invoice, customs)], [target]) == []


def ledgers():
    """Ledger movements over a small key space, some reversed, some reversals."""
    return st.lists(st.tuples(fields(), st.sampled_from(["plain", "reversed", "reversal"])), max_size=25).map(
        lambda items: [posted(i + 1, *key, reverses=(1000 + i) if kind == "reversal" else None,
                              reversed_=kind == "reversed") for i, (key, kind) in enumerate(items)])


def batches():
    return st.lists(fields(), max_size=25).map(
        lambda keys: [row(*key, line=i + 2) for i, key in enumerate(keys)])


@given(ledgers(), batches())
def test_reversed_movements_and_reversals_are_never_repeated(ledger, batch):
    for _i, target in find_repeats(batch, ledger):
        assert target.reverses_id is None and not target.reversed


@given(ledgers(), batches(), st.randoms(use_true_random=False))
def test_the_result_does_not_depend_on_the_order_of_the_ledger(ledger, batch, rnd):
    shuffled = list(ledger)
    rnd.shuffle(shuffled)
    assert find_repeats(batch, shuffled) == find_repeats(batch, ledger)


@settings(max_examples=200)
@given(ledgers(), batches())
def test_rows_and_movements_of_one_key_pair_one_to_one_in_order(ledger, batch):
    found = find_repeats(batch, ledger)
    # Each movement is repeated by one row at most, and each row repeats one movement at most.
    assert len({t.id for _i, t in found}) == len(found) == len({i for i, _t in found})

    def key(day, mtype, lot, mass, invoice, customs):
        return (day, str(mtype), lot, mass, document(invoice), document(customs))

    row_keys = [key(p.draft.day, p.draft.type, p.lot_key, p.draft.mass_g, p.draft.invoice_no, p.draft.customs_no)
                for p in batch]
    for k in set(row_keys):
        rows = [i for i, rk in enumerate(row_keys) if rk == k]
        targets = sorted(m.id for m in ledger if m.repeatable
                         and key(m.day, m.type, m.lot, m.mass_g, m.invoice_no, m.customs_no) == k)
        paired = [(i, t.id) for i, t in found if row_keys[i] == k]
        # The first rows of the batch repeat the lowest-numbered movements, one each.
        assert paired == list(zip(rows, targets))


def test_two_equal_feeds_of_a_day_the_ledger_holds_one_of_repeat_it_once():
    day, lot = DAYS[0], LOTS[0]
    ledger = [posted(5, day, "FEED", lot, -5000)]
    batch = [row(day, "FEED", lot, -5000, line=2), row(day, "FEED", lot, -5000, line=3)]
    assert [(i, t.id) for i, t in find_repeats(batch, ledger)] == [(0, 5)]


def test_document_numbers_are_compared_without_case_spaces_or_full_width_forms():
    assert document("inv 001") == document("INV001") == document("ＩＮＶ００１") == document(" Inv\u3000001 ")
    assert document(None) == document("") == ""
    assert document("INV-001") != document("INV001")


def test_repeats_are_flagged_and_named_with_their_posting():
    day, lot = DAYS[0], LOTS[0]
    batch = [row(day, "RECEIPT", lot, 5000, "INV-1", line=7), row(day, "RECEIPT", lot, 6000, line=8)]
    batch[1].flags = NEGATIVE_STOCK
    [problem] = check_repeats(batch, [posted(1234, day, "RECEIPT", lot, 5000, "inv-1")], {12: HEAD})
    assert (problem.line, problem.column, problem.warning) == (7, None, True)
    assert str(problem) == (
        "line 7: warning: expected a movement not in the ledger yet, found a repeat of movement 1234 "
        "(posted 2026-07-02 10:14 by 张三 in posting 12): same day, type, material, lot, mass and documents")
    assert [p.flags for p in batch] == [REPEAT, NEGATIVE_STOCK]


def test_repeats_of_an_earlier_import_of_the_same_file_are_flagged_but_told_by_the_file():
    day, lot = DAYS[0], LOTS[0]
    batch = [row(day, "RECEIPT", lot, 5000, line=2), row(day, "RECEIPT", lot, 7000, line=3)]
    ledger = [posted(1, day, "RECEIPT", lot, 5000, posting=12), posted(2, day, "RECEIPT", lot, 7000, posting=13)]
    heads = {12: HEAD, 13: PostingHead(13, HEAD.at, "李四", "entry", 1)}
    problems = check_file_repeat(batch, [HEAD]) + check_repeats(batch, ledger, heads, told={12})
    assert [(p.line, "李四" in p.found) for p in problems] == [(None, False), (3, True)]
    assert str(problems[0]) == ('warning: expected a file not imported before, found the same content imported as '
                                '"june.csv" on 2026-07-02 10:14 by 张三 (posting 12, 20,000 movements)')
    assert [p.flags for p in batch] == [REPEAT, REPEAT]
