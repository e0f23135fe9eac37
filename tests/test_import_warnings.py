"""Import warnings (negative stock, over quota), closed months and dry runs."""
from __future__ import annotations


import pytest

from conftest import raw_sql, write_csv
from ree_desk.domain.problems import InputRejected
from ree_desk.services.importer import import_file
from ree_desk.services.months import close_month
from ree_desk.services.quotas import add_allocation
from test_import import (  # the import tests' ledger helpers
    GOOD_ROWS,
    D,
    feed,
    movement_count,
    movement_rows,
    problem_tuples,
    quota_tuples,
    receipt,
    stock_tuples,
    table_count,
)

# --------------------------------------------------------------------------
# warnings: negative stock


def _negative_rows() -> list[dict]:
    return [
        receipt(lot="N1", mass_kg="100", grade_pct="60"),
        receipt(lot="N2", mass_kg="50", grade_pct="50"),
        feed(lot="N1", mass_kg="150", grade_pct="60"),
    ]


def test_feed_leaving_a_lot_negative_is_refused_as_a_warning(db, db_path, tmp_path):
    path = write_csv(tmp_path / "neg.csv", _negative_rows())
    with pytest.raises(InputRejected) as info:
        import_file(db, path, user="clerk")
    exc = info.value
    assert problem_tuples(exc) == [(4, "mass_kg", True)]
    assert exc.only_warnings
    assert exc.problems[0].found == "-50.000 kg at the end of 2026-02-01"
    assert movement_count(db) == 0
    assert table_count(db, "lot") == 0


def test_feed_leaving_a_lot_negative_is_written_flagged_with_a_reason(db, db_path, tmp_path):
    path = write_csv(tmp_path / "neg.csv", _negative_rows())
    result = import_file(db, path, user="clerk", accept_reason="盘点前实物已投料，单据补录")
    assert result.rows == 3
    assert result.flagged == 1
    rows = movement_rows(db)
    assert rows == [
        ("2026-01-05", "RECEIPT", "CONC-BAST", "N1", 100000, 6000, 60000, 0, None),
        ("2026-01-05", "RECEIPT", "CONC-BAST", "N2", 50000, 5000, 25000, 0, None),
        ("2026-02-01", "FEED", "CONC-BAST", "N1", -150000, 6000, -90000, 1, "盘点前实物已投料，单据补录"),
    ]
    assert stock_tuples(db, D(2026, 2, 1)) == [
        ("CONC-BAST", "N1", "CN", -50000, -30000),
        ("CONC-BAST", "N2", "CN", 50000, 25000),
    ]
    with raw_sql(db) as con:
        assert con.execute("SELECT accept_reason FROM posting").fetchall() == [("盘点前实物已投料，单据补录",)]


def test_a_later_feed_against_existing_stock_is_judged_with_the_ledger(db, db_path, tmp_path):
    import_file(db, write_csv(tmp_path / "r.csv", [receipt(lot="N1", mass_kg="100")]), user="clerk")
    import_file(db, write_csv(tmp_path / "f1.csv", [feed(lot="N1", mass_kg="100")]), user="clerk")
    with pytest.raises(InputRejected) as info:
        import_file(db, write_csv(tmp_path / "f2.csv", [feed(lot="N1", mass_kg="0.001", date="2026-02-02")]),
                    user="clerk")
    assert problem_tuples(info.value) == [(2, "mass_kg", True)]
    assert movement_count(db) == 2


def test_a_backdated_feed_that_makes_a_later_day_negative_is_a_warning(db, db_path, tmp_path):
    import_file(db, write_csv(tmp_path / "a.csv", [receipt(lot="N1", mass_kg="100"), feed(lot="N1", mass_kg="100")]),
                user="clerk")
    # 50 kg fed on 2026-01-10 leaves 50 kg that day, but -50 kg after the 2026-02-01 feed already posted
    with pytest.raises(InputRejected) as info:
        import_file(db, write_csv(tmp_path / "b.csv", [feed(lot="N1", mass_kg="50", date="2026-01-10", run="R-0")]),
                    user="clerk")
    assert [(p.line, p.column, p.found, p.warning) for p in info.value.problems] == [
        (2, "mass_kg", "-50.000 kg at the end of 2026-02-01", True),
    ]
    # and a feed before the receipt's day
    with pytest.raises(InputRejected) as info:
        import_file(db, write_csv(tmp_path / "c.csv", [feed(lot="N1", mass_kg="0.001", date="2026-01-04")]),
                    user="clerk")
    assert [(p.line, p.found) for p in info.value.problems] == [(2, "-0.001 kg at the end of 2026-01-04")]
    assert movement_count(db) == 2


def test_blank_reason_does_not_accept_warnings(db, db_path, tmp_path):
    path = write_csv(tmp_path / "neg.csv", _negative_rows())
    with pytest.raises(InputRejected):
        import_file(db, path, user="clerk", accept_reason="   ")
    assert movement_count(db) == 0


# --------------------------------------------------------------------------
# warnings: quota


def test_feed_over_the_separation_quota_is_a_warning(db, db_path, tmp_path):
    add_allocation(db, year=2026, kind="separation", tonnes="1", user="t")
    # 2000 kg @ 60 % = 1,200,000 g REO in stock
    import_file(db, write_csv(tmp_path / "r.csv", [receipt(lot="Q1", mass_kg="2000")]), user="clerk")
    # 1666.667 kg @ 60 % = 1000000.2 -> 1,000,000 g: exactly the allocation, allowed
    import_file(db, write_csv(tmp_path / "f1.csv", [feed(lot="Q1", mass_kg="1666.667")]), user="clerk")
    assert quota_tuples(db, 2026, D(2026, 2, 1)) == [
        ("separation", "any", 1_000_000, 1_000_000, 0, {"CN": 1_000_000}),
    ]
    # one more gram of REO (0.002 kg @ 60 % = 1.2 g -> 1 g) is over
    with pytest.raises(InputRejected) as info:
        import_file(db, write_csv(tmp_path / "f2.csv", [feed(lot="Q1", mass_kg="0.002", date="2026-02-02")]),
                    user="clerk")
    assert problem_tuples(info.value) == [(2, "mass_kg", True)]
    assert info.value.problems[0].expected == "2026 separation quota (any) of 1,000.000 kg REO not to be exceeded"
    assert movement_count(db) == 2


def test_feed_over_quota_in_one_file_and_accepted(db, db_path, tmp_path):
    add_allocation(db, year=2026, kind="separation", tonnes="1", user="t")
    path = write_csv(tmp_path / "over.csv", [
        receipt(lot="Q1", mass_kg="2000"),
        feed(lot="Q1", mass_kg="1000"),   # 600,000 g
        feed(lot="Q1", mass_kg="1000", date="2026-02-02"),   # 1,200,000 g in all: over
    ])
    with pytest.raises(InputRejected) as info:
        import_file(db, path, user="clerk")
    assert problem_tuples(info.value) == [(4, "mass_kg", True)]
    assert info.value.problems[0].found == "1,200.000 kg REO used with this row"
    assert movement_count(db) == 0

    result = import_file(db, path, user="clerk", accept_reason="第二批配额待下达")
    assert result.flagged == 1
    assert [(r[1], r[4], r[6], r[7], r[8]) for r in movement_rows(db)] == [
        ("RECEIPT", 2000000, 1200000, 0, None),
        ("FEED", -1000000, -600000, 0, None),
        ("FEED", -1000000, -600000, 2, "第二批配额待下达"),
    ]
    assert quota_tuples(db, 2026, D(2026, 2, 2)) == [
        ("separation", "any", 1_000_000, 1_200_000, -200_000, {"CN": 1_200_000}),
    ]


def test_scrap_and_products_do_not_count_against_the_quota(db, db_path, tmp_path):
    add_allocation(db, year=2026, kind="separation", tonnes="0.001", user="t")
    path = write_csv(tmp_path / "scrap.csv", [
        receipt(lot="S1", material="SCRAP-NDFEB", mass_kg="1000", grade_pct="30"),
        feed(lot="S1", material="SCRAP-NDFEB", mass_kg="1000", grade_pct="30"),
    ])
    result = import_file(db, path, user="clerk")
    assert result.flagged == 0
    assert quota_tuples(db, 2026, D(2026, 2, 1)) == [("separation", "any", 1000, 0, 1000, {})]


def _scoped_setup(db, tmp_path):
    add_allocation(db, year=2026, kind="separation", tonnes="1", scope="domestic", user="t")
    add_allocation(db, year=2026, kind="separation", tonnes="1", scope="any", user="t")
    import_file(db, write_csv(tmp_path / "receipts.csv", [
        receipt(lot="CN-1", mass_kg="4000", grade_pct="50", origin="CN"),     # 2,000,000 g REO
        receipt(lot="US-1", mass_kg="4000", grade_pct="50", origin="US", customs_no="530120260000003"),
    ]), user="clerk")


def test_domestic_feed_counts_only_against_domestic_imported_only_against_any(db, db_path, tmp_path):
    _scoped_setup(db, tmp_path)
    import_file(db, write_csv(tmp_path / "feeds.csv", [
        feed(lot="CN-1", mass_kg="1800", grade_pct="50"),   # 900,000 g, CN
        feed(lot="US-1", mass_kg="1600", grade_pct="50"),   # 800,000 g, US
    ]), user="clerk")
    assert quota_tuples(db, 2026, D(2026, 2, 1)) == [
        ("separation", "any", 1_000_000, 800_000, 200_000, {"US": 800_000}),
        ("separation", "domestic", 1_000_000, 900_000, 100_000, {"CN": 900_000}),
    ]


def test_domestic_feed_over_domestic_is_a_warning_although_any_has_room(db, db_path, tmp_path):
    _scoped_setup(db, tmp_path)
    # 2,200 kg @ 50 % = 1,100,000 g domestic: over the 1 t domestic allocation,
    # while the 1 t "any" allocation is untouched: it must not absorb the excess.
    with pytest.raises(InputRejected) as info:
        import_file(db, write_csv(tmp_path / "feeds.csv", [
            feed(lot="US-1", mass_kg="1000", grade_pct="50"),   # 500,000 g against any: fine
            feed(lot="CN-1", mass_kg="2200", grade_pct="50"),
        ]), user="clerk")
    assert problem_tuples(info.value) == [(3, "mass_kg", True)]
    assert "(domestic)" in info.value.problems[0].expected
    assert movement_count(db) == 2


def test_imported_feed_over_any_is_a_warning_although_domestic_has_room(db, db_path, tmp_path):
    _scoped_setup(db, tmp_path)
    with pytest.raises(InputRejected) as info:
        import_file(db, write_csv(tmp_path / "feeds.csv", [
            feed(lot="CN-1", mass_kg="200", grade_pct="50"),    # 100,000 g domestic: fine
            feed(lot="US-1", mass_kg="2000.002", grade_pct="50"),  # 1,000,001 g against any: over
        ]), user="clerk")
    assert problem_tuples(info.value) == [(3, "mass_kg", True)]
    assert "(any)" in info.value.problems[0].expected
    assert movement_count(db) == 2


def test_quota_of_another_year_is_not_used(db, db_path, tmp_path):
    add_allocation(db, year=2026, kind="separation", tonnes="1", user="t")
    import_file(db, write_csv(tmp_path / "r.csv", [
        receipt(lot="Y1", date="2025-12-01", mass_kg="4000", grade_pct="50"),
        feed(lot="Y1", date="2025-12-31", mass_kg="3000", grade_pct="50"),   # 1.5 t in 2025: no allocation
        feed(lot="Y1", date="2026-01-01", mass_kg="1000", grade_pct="50"),   # 0.5 t in 2026
    ]), user="clerk")
    assert quota_tuples(db, 2026, D(2026, 1, 1)) == [
        ("separation", "any", 1_000_000, 500_000, 500_000, {"CN": 500_000}),
    ]
    assert quota_tuples(db, 2025, D(2025, 12, 31)) == [
        ("separation", "any", 0, 1_500_000, -1_500_000, {"CN": 1_500_000}),
    ]


def test_mining_output_counts_against_rock_or_ionic_quota(db, db_path, tmp_path):
    add_allocation(db, year=2026, kind="mining_rock", tonnes="0.1", user="t")
    add_allocation(db, year=2026, kind="mining_ionic", tonnes="0.01", user="t")
    import_file(db, write_csv(tmp_path / "m.csv", [
        dict(date="2026-03-01", type="MINED", material="ORE-ROCK", lot="R1", mass_kg="1000", grade_pct="6.5",
             origin="CN"),     # 65,000 g
        dict(date="2026-03-01", type="MINED", material="ORE-IONIC", lot="I1", mass_kg="5000", grade_pct="0.15",
             origin="CN"),     # 7,500 g
    ]), user="clerk")
    assert quota_tuples(db, 2026, D(2026, 3, 1)) == [
        ("mining_rock", "any", 100_000, 65_000, 35_000, {"CN": 65_000}),
        ("mining_ionic", "any", 10_000, 7_500, 2_500, {"CN": 7_500}),
    ]


# --------------------------------------------------------------------------
# closed months, dry run


def test_dates_in_a_closed_month_are_refused(db, db_path, tmp_path):
    close_month(db, "2026-05", user="t", today=D(2026, 7, 1))
    path = write_csv(tmp_path / "may.csv", [
        receipt(lot="J1", date="2026-06-01"),
        receipt(lot="M1", date="2026-05-31"),
        receipt(lot="M2", date="2026-05-01"),
    ])
    with pytest.raises(InputRejected) as info:
        import_file(db, path, user="clerk")
    assert [(p.line, p.column, p.found, p.warning) for p in info.value.problems] == [
        (3, "date", "2026-05", False), (4, "date", "2026-05", False),
    ]
    assert "closed" in info.value.problems[0].expected
    # even with a reason: a closed month is not a warning
    with pytest.raises(InputRejected):
        import_file(db, path, user="clerk", accept_reason="补录")
    assert movement_count(db) == 0
    # the open months either side are fine
    import_file(db, write_csv(tmp_path / "ok.csv", [
        receipt(lot="J1", date="2026-06-01"), receipt(lot="A1", date="2026-04-30"),
    ]), user="clerk")
    assert movement_count(db) == 2
    # a movement dated before the closed month still shows in the stock after it
    assert stock_tuples(db, D(2026, 6, 30)) == [
        ("CONC-BAST", "A1", "CN", 100000, 60000), ("CONC-BAST", "J1", "CN", 100000, 60000),
    ]
    assert stock_tuples(db, D(2026, 5, 31)) == [("CONC-BAST", "A1", "CN", 100000, 60000)]


def test_dry_run_writes_nothing(db, db_path, tmp_path):
    path = write_csv(tmp_path / "good.csv", GOOD_ROWS)
    result = import_file(db, path, user="clerk", dry_run=True)
    assert (result.rows, result.flagged, result.posting_id, result.dry_run) == (8, 0, 0, True)
    assert movement_count(db) == 0
    assert table_count(db, "lot") == 0
    assert table_count(db, "run") == 0
    assert table_count(db, "posting") == 0
    assert stock_tuples(db, D(2026, 12, 31)) == []


def test_dry_run_still_reports_problems_and_counts_accepted_warnings(db, db_path, tmp_path):
    path = write_csv(tmp_path / "neg.csv", _negative_rows())
    with pytest.raises(InputRejected) as info:
        import_file(db, path, user="clerk", dry_run=True)
    assert problem_tuples(info.value) == [(4, "mass_kg", True)]
    result = import_file(db, path, user="clerk", dry_run=True, accept_reason="核对中")
    assert (result.rows, result.flagged, result.dry_run) == (3, 1, True)
    assert movement_count(db) == 0
