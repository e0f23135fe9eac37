"""Reading the ledger a page at a time: filters, sorting, rows, links."""
from __future__ import annotations

import pytest

from conftest import day, draft
from ree_desk.domain.movement_types import MovementType
from ree_desk.services import ledger_query as q
from ree_desk.services.posting import post_movements
from ree_desk.services.reversal import reverse_movement

F, S = q.LedgerFilter, q.LedgerSort


@pytest.fixture
def ledger(db):
    """Ten movements: imports, a run that mixes two origins, a sale abroad,
    a stocktake and the reversal of a feed. Returns the database and the ids
    by name."""
    rows = [
        draft(2, date="2026-06-01", type="RECEIPT", material="CONC-BAST", lot="US-001", mass_kg="1000",
              grade_pct="60", origin="US", counterparty="Mountain Pass Materials", customs_no="CUS-US-9",
              invoice_no="INV-100"),
        draft(3, date="2026-06-01", type="RECEIPT", material="CONC-BAST", lot="MM-002", mass_kg="1000",
              grade_pct="20", origin="MM", counterparty="缅甸稀土贸易", customs_no="CUS-MM-7",
              invoice_no="INV_50%"),
        draft(4, date="2026-06-02", type="RECEIPT", material="MIX-CARB", lot="CN-003", mass_kg="500",
              grade_pct="45", origin="CN", counterparty="赣州稀土集团", invoice_no="INV-300"),
        draft(5, date="2026-06-03", type="FEED", material="CONC-BAST", lot="US-001", mass_kg="500",
              grade_pct="60", run="R-06"),
        draft(6, date="2026-06-03", type="FEED", material="CONC-BAST", lot="MM-002", mass_kg="500",
              grade_pct="20", run="R-06"),
        draft(7, date="2026-06-04", type="OUTPUT", material="PRND-OX", lot="P-0604", mass_kg="100",
              grade_pct="99", run="R-06"),
        draft(8, date="2026-06-05", type="SHIPMENT", material="PRND-OX", lot="P-0604", mass_kg="40",
              grade_pct="99", counterparty="Tokyo Magnets K.K.", destination="JP", customs_no="EXP-JP-1"),
        draft(9, date="2026-06-06", type="RECEIPT", material="CONC-BAST", lot="us-010", mass_kg="10",
              grade_pct="60", origin="US", counterparty="Mountain Pass Materials", customs_no="CUS-US-10"),
        draft(10, date="2026-06-06", type="ADJUSTMENT", material="MIX-CARB", lot="CN-003", mass_kg="-1.5",
              grade_pct="45", note="盘亏 stocktake loss"),
    ]
    ids = post_movements(db, rows, user="t", source="test").movement_ids
    names = ["us", "mm", "cn", "feed_us", "feed_mm", "output", "shipment", "us2", "adjustment"]
    by_name = dict(zip(names, ids))
    by_name["reversal"] = reverse_movement(db, by_name["feed_us"], day=day("2026-06-07"), reason="双重投料",
                                           user="t").movement_ids[0]
    return db, by_name


def ids_of(db, filt=F(), sort=S()):
    with db.read() as conn:
        return list(q.movement_ids(conn, filt, sort))


def rows_of(db, ids):
    with db.read() as conn:
        return {r.id: r for r in q.fetch_rows(conn, ids)}


def test_ids_come_in_date_order_with_id_breaking_ties(ledger):
    db, m = ledger
    assert ids_of(db) == [m["us"], m["mm"], m["cn"], m["feed_us"], m["feed_mm"], m["output"], m["shipment"],
                          m["us2"], m["adjustment"], m["reversal"]]
    assert ids_of(db, sort=S("day", descending=True)) == list(reversed(ids_of(db)))
    with db.read() as conn:
        assert q.count_movements(conn, F()) == 10
        assert list(q.movement_ids(conn, F(), S("day", True), limit=3)) == [m["reversal"], m["adjustment"], m["us2"]]


def test_rows_show_masses_as_entered_with_their_links_and_origins(ledger):
    db, m = ledger
    rows = rows_of(db, list(m.values()))
    assert (rows[m["feed_us"]].mass_g, rows[m["feed_us"]].reo_g) == (500_000, 300_000)  # stored as -500 kg
    assert rows[m["reversal"]].mass_g == -500_000
    assert rows[m["shipment"]].mass_g == 40_000
    assert rows[m["adjustment"]].mass_g == -1_500
    assert rows[m["feed_us"]].reversed_by_id == m["reversal"]
    assert rows[m["reversal"]].reverses_id == m["feed_us"]
    assert rows[m["reversal"]].note == "双重投料"
    assert rows[m["us"]].reverses_id is None and rows[m["us"]].reversed_by_id is None
    # The output's lot was made from 300 kg REO of US feed and 100 kg of MM feed.
    assert rows[m["output"]].origins == ("US", "MM")
    assert rows[m["shipment"]].origins == ("US", "MM")
    assert rows[m["us"]].origins == ("US",)
    out = rows[m["output"]]
    assert (out.material, out.lot, out.run, out.grade_bp, out.type) == ("PRND-OX", "P-0604", "R-06", 9900, "OUTPUT")
    ship = rows[m["shipment"]]
    assert (ship.counterparty, ship.destination, ship.customs_no) == ("Tokyo Magnets K.K.", "JP", "EXP-JP-1")


def test_fetch_rows_keeps_the_order_asked_and_leaves_out_unknown_ids(ledger):
    db, m = ledger
    with db.read() as conn:
        rows = q.fetch_rows(conn, [m["cn"], 999_999, m["us"]])
        assert q.fetch_rows(conn, []) == []
    assert [r.id for r in rows] == [m["cn"], m["us"]]


@pytest.mark.parametrize("filt, expected", [
    (F(type=MovementType.FEED), ["feed_us", "feed_mm", "reversal"]),
    (F(material="conc-bast"), ["us", "mm", "feed_us", "feed_mm", "us2", "reversal"]),
    (F(lot="US-0"), ["us", "feed_us", "us2", "reversal"]),             # any part, any case
    (F(origin="mm"), ["mm", "feed_mm", "output", "shipment"]),         # mixed lots too
    (F(counterparty="mountain"), ["us", "us2"]),
    (F(text="INV-3"), ["cn"]),                                         # invoice
    (F(text="exp-jp"), ["shipment"]),                                  # customs number
    (F(text="盘亏"), ["adjustment"]),                                   # note
    (F(text="P-06"), ["output", "shipment"]),                          # lot
    (F(text="缅甸"), ["mm"]),                                           # counterparty
    (F(text="50%"), ["mm"]),                                           # % is a character, not a wildcard
    (F(text="INV_"), ["mm"]),                                          # and so is _
    (F(date_from=day("2026-06-03"), date_to=day("2026-06-05")), ["feed_us", "feed_mm", "output", "shipment"]),
    (F(date_from=day("2026-06-06")), ["us2", "adjustment", "reversal"]),
    (F(type=MovementType.RECEIPT, origin="US", date_to=day("2026-06-01")), ["us"]),
    (F(text="nothing like this"), []),
])
def test_filters(ledger, filt, expected):
    db, m = ledger
    assert ids_of(db, filt) == [m[name] for name in expected]
    with db.read() as conn:
        assert q.count_movements(conn, filt) == len(expected)


def test_a_number_in_the_search_finds_that_movement(ledger):
    db, m = ledger
    assert m["output"] in ids_of(db, F(text=f"#{m['output']}"))
    assert m["output"] in ids_of(db, F(text=str(m["output"])))


def test_an_empty_filter_is_empty():
    assert F().is_empty()
    assert not F(lot="x").is_empty()


@pytest.mark.parametrize("key", q.SORT_KEYS)
def test_every_sort_key_orders_every_movement_and_reverses(ledger, key):
    db, _m = ledger
    up = ids_of(db, sort=S(key))
    assert sorted(up) == sorted(ids_of(db)) and len(up) == 10
    # Ties go by id in the same direction, so descending is exactly reversed.
    assert ids_of(db, sort=S(key, descending=True)) == up[::-1]
    rows = rows_of(db, up)
    value = {  # what is compared, empty values first
        "id": lambda r: r.id, "day": lambda r: r.day, "type": lambda r: r.type, "material": lambda r: r.material,
        "lot": lambda r: r.lot, "mass": lambda r: r.mass_g, "grade": lambda r: r.grade_bp,
        "reo": lambda r: r.reo_g, "counterparty": lambda r: r.counterparty or "",
        "run": lambda r: r.run or "", "customs_no": lambda r: r.customs_no or "", "flags": lambda r: r.flags,
        "note": lambda r: r.note or "", "origin": lambda r: r.origins[0] if len(r.origins) == 1 else "",
        "link": lambda r: r.reverses_id or r.reversed_by_id or 0,
    }[key]
    keys = [(value(rows[i]), i) for i in up]
    assert keys == sorted(keys)


def test_sorting_by_mass_uses_the_mass_as_entered(ledger):
    db, m = ledger
    # -500 (the reversal of a feed), -1.5, 10, 40, 100, 500 three times, 1000 twice
    assert ids_of(db, sort=S("mass")) == [m[n] for n in (
        "reversal", "adjustment", "us2", "shipment", "output", "cn", "feed_us", "feed_mm", "us", "mm")]


def test_equal_keys_keep_id_order_both_ways(ledger):
    db, m = ledger
    up = ids_of(db, F(type=MovementType.RECEIPT), S("type"))
    assert up == sorted(up)
    assert ids_of(db, F(type=MovementType.RECEIPT), S("type", True)) == sorted(up, reverse=True)


def test_an_unknown_sort_key_is_refused():
    with pytest.raises(ValueError, match="sort key"):
        S("colour")


def test_iter_rows_streams_the_same_rows_in_the_same_order(ledger):
    db, _m = ledger
    for filt, sort in ((F(), S("lot", True)), (F(origin="US"), S("link")), (F(text="INV"), S("mass"))):
        expected = ids_of(db, filt, sort)
        with db.read() as conn:
            batches = list(q.iter_rows(conn, filt, sort, batch=3))
            assert [r.id for b in batches for r in b] == expected
            assert all(len(b) <= 3 for b in batches)
            assert [r for b in batches for r in b] == q.fetch_rows(conn, expected)


def test_head_ids_and_lists_for_completers(ledger):
    db, m = ledger
    head = q.load_head(db, F(type=MovementType.RECEIPT), S("day", True), 2)
    assert head.count == 4
    assert [r.id for r in head.rows] == [m["us2"], m["cn"]]
    progress = []
    ids = q.load_ids(db, F(), S(), progress=lambda done, total: progress.append((done, total)), total=10)
    assert len(ids) == 10 and progress[-1] == (10, 10)
    assert [r.id for r in q.load_rows(db, ids[:2])] == list(ids[:2])
    assert q.recent_counterparties(db) == sorted(["Mountain Pass Materials", "Tokyo Magnets K.K.", "缅甸稀土贸易",
                                                  "赣州稀土集团"])
    # The latest three: the reversal and the stocktake have none, the last receipt has one.
    assert q.recent_counterparties(db, movements=3) == ["Mountain Pass Materials"]
    assert q.origins_in_use(db) == ["CN", "MM", "US"]


def test_an_empty_ledger_has_no_rows(db):
    assert q.load_head(db, F(), S(), 200) == q.LedgerHead(0, [])
    assert len(q.load_ids(db, F(), S())) == 0
    assert q.recent_counterparties(db) == [] and q.origins_in_use(db) == []
