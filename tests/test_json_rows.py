"""Long arrays written a row at a time give exactly the text json.dumps gives."""
from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from report_sample import sample_report
from ree_desk.cli import shapes
from ree_desk.report.json_rows import plain, write_json
from ree_desk.report.model import TYPE_ORDER, InventoryLine, TypeTotal
from ree_desk.report.shape import report_json
from ree_desk.services.stock import LotStock, Stock


def written(data, indent=None) -> str:
    out = io.StringIO()
    write_json(data, out, indent=indent)
    return out.getvalue()


AWKWARD = ["P-1", "批号\u3000甲", 'q"uote', "back\\slash", "tab\there", "nl\nx", "\x01ctl", "=HYPERLINK(1)", "é", ""]


def full_sample():
    """The sample report with every movement type in its totals."""
    report = sample_report()
    totals = {t: report.totals.get(t, TypeTotal(t, 0, 0, 0)) for t in TYPE_ORDER}
    return dataclasses.replace(report, totals=totals)


def line(lot: str, *figures: int) -> InventoryLine:
    return InventoryLine("PRND-OX", "氧化镨钕", "product", "light", lot, "MM", *figures)


def test_the_report_is_written_as_json_dumps_writes_it():
    report = full_sample()
    inventory = [*report.inventory,
                 line(AWKWARD[1], 5_000, 0, 0, 0, 5_000, 4_950, 0, 0, 0, 4_950),        # not moved
                 line(AWKWARD[2], -1, 0, 0, 0, -1, -1, 0, 0, 0, -1),                     # negative, not moved
                 line(AWKWARD[3], 7, 1, -2, -3, 7, 0, 1, -2, 3, 6)]                       # moved, reversals
    report = dataclasses.replace(report, inventory=inventory)
    data = report_json(report)
    assert written(data) == json.dumps(plain(data), ensure_ascii=False)
    assert written(data, indent=2) == json.dumps(plain(data), ensure_ascii=False, indent=2)
    assert json.loads(written(data))["inventory"][-1]["out_kg"] == "-0.002"


texts = st.text(max_size=12)
grams = st.integers(min_value=-10**15, max_value=10**15)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(AWKWARD) | texts, texts, grams, grams,
                          st.dictionaries(st.sampled_from(["CN", "MM", "US", "中"]), grams, max_size=3)),
                max_size=6))
def test_stock_lots_are_written_as_json_dumps_writes_them(lots):
    stock = [LotStock(material, "light", "product", lot, n, "CN", mass, reo, shares)
             for n, (material, lot, mass, reo, shares) in enumerate(lots)]
    data = shapes.stock(dt.date(2026, 6, 30), stock)
    assert written(data) == json.dumps(plain(data), ensure_ascii=False)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(texts, grams, grams, st.sampled_from(["CN", "MM", ""]), st.booleans()), max_size=6))
def test_a_stock_held_as_columns_reads_and_writes_as_its_lots(lots):
    """A lot of one origin holds no shares of its own in the columns: read
    back, and written, all its REO is that origin's."""
    stock = Stock([f"M{n % 2}" for n in range(len(lots))], ["light"] * len(lots), ["product"] * len(lots),
                  [lot for lot, *_ in lots], list(range(len(lots))), [origin for *_, origin, _ in lots],
                  [mass for _, mass, *_ in lots], [reo for _, _, reo, *_ in lots],
                  [None if one else {"CN": reo, "MM": 0} for _, _, reo, _, one in lots])
    as_lots = list(stock)
    assert [s.origin_shares for s in as_lots] == [{origin: reo} if one else {"CN": reo, "MM": 0}
                                                  for _, _, reo, origin, one in lots]
    assert stock[1:3] == as_lots[1:3] and len(stock) == len(lots)
    data = shapes.stock(dt.date(2026, 6, 30), stock)
    assert written(data) == json.dumps(plain(data), ensure_ascii=False)
    assert written(data) == written(shapes.stock(dt.date(2026, 6, 30), as_lots))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(AWKWARD) | texts, st.lists(grams, min_size=10, max_size=10),
                          st.booleans()), max_size=6))
def test_inventory_lines_moved_or_not_are_written_as_json_dumps_writes_them(rows):
    inventory = []
    for lot, figures, still in rows:
        if still:
            figures = [figures[0], 0, 0, 0, figures[0], figures[5], 0, 0, 0, figures[5]]
        inventory.append(line(lot, *figures))
    data = report_json(dataclasses.replace(full_sample(), inventory=inventory))
    assert written(data) == json.dumps(plain(data), ensure_ascii=False)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["PRND-OX", "%s", 'M"%d', "100%"]), texts, grams, grams,
                          st.sampled_from(["CN", "%", '"%s"', ""]), st.booleans()), max_size=8))
def test_lots_written_from_a_template_per_material_and_origin_are_as_json_dumps_writes_them(lots):
    """A lot of one origin is written from its material's and origin's
    template; texts holding % or quotes stay as they are."""
    stock = Stock([m for m, *_ in lots], ["light%"] * len(lots), ['pro"duct'] * len(lots),
                  [lot for _, lot, *_ in lots], list(range(len(lots))), [o for *_, o, _ in lots],
                  [mass for _, _, mass, *_ in lots], [reo for _, _, _, reo, *_ in lots],
                  [None if one else {"CN": reo, "%": -1} for _, _, _, reo, _, one in lots])
    data = shapes.stock(dt.date(2026, 6, 30), stock)
    assert written(data) == json.dumps(plain(data), ensure_ascii=False)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["PRND-OX", "%s", 'M"%d']), st.sampled_from(AWKWARD) | texts,
                          st.sampled_from(["MM", "%", '"%s"']), grams, grams), max_size=6))
def test_unmoved_lots_written_from_a_template_are_as_json_dumps_writes_them(rows):
    inventory = [InventoryLine(material, "名", "product", "light", lot, origin, mass, 0, 0, 0, mass, reo, 0, 0, 0, reo)
                 for material, lot, origin, mass, reo in rows]
    data = report_json(dataclasses.replace(full_sample(), inventory=inventory))
    assert written(data) == json.dumps(plain(data), ensure_ascii=False)
