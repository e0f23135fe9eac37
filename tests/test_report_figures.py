"""The monthly report's figures against the ledger, its checks, month close and status."""
from __future__ import annotations

import dataclasses
import gc
import json

import pytest

from conftest import day, draft
from ree_desk.cli.main import main
from ree_desk.domain.problems import InputRejected
from ree_desk.report.checks import ReportCheckFailed, check_report
from ree_desk.report.figures import compute_report
from ree_desk.report.model import TypeTotal
from ree_desk.services.months import close_month, reopen_month, status
from ree_desk.services.posting import post_movements
from ree_desk.services.quotas import add_allocation
from ree_desk.services.report import make_report
from ree_desk.services.reversal import reverse_movement


def post(db, rows, **kw):
    return post_movements(db, rows, user="t", source="test", **kw)


@pytest.fixture
def ledger(db):
    """May: a receipt from Myanmar and a domestic one, a feed, an output.
    June: more feed, output, a shipment abroad, a stocktake loss, a reversal
    of a May feed, and a flagged over-quota feed."""
    add_allocation(db, year=2026, kind="separation", tonnes="12", user="t")
    may = post(db, [
        draft(2, date="2026-05-04", type="RECEIPT", material="IONIC-MIX-OX", lot="MM-1", mass_kg="20000",
              grade_pct="92", origin="MM", counterparty="Kachin Minerals", customs_no="5301202600001"),
        draft(3, date="2026-05-06", type="RECEIPT", material="CONC-BAST", lot="CN-1", mass_kg="10000",
              grade_pct="60", origin="CN", counterparty="包头精矿", credit_code="91350100M000100Y43"),
        draft(4, date="2026-05-10", type="FEED", material="IONIC-MIX-OX", lot="MM-1", mass_kg="5000",
              grade_pct="92", run="S1"),
        draft(5, date="2026-05-10", type="FEED", material="CONC-BAST", lot="CN-1", mass_kg="5000",
              grade_pct="60", run="S1"),
        draft(6, date="2026-05-12", type="OUTPUT", material="Y-OX", lot="Y-1", mass_kg="4000", grade_pct="99.5",
              run="S1"),
    ])
    post(db, [
        draft(2, date="2026-06-03", type="FEED", material="IONIC-MIX-OX", lot="MM-1", mass_kg="4000.5",
              grade_pct="92", run="S2"),
        draft(3, date="2026-06-05", type="OUTPUT", material="DY-OX", lot="DY-1", mass_kg="300", grade_pct="99.9",
              run="S2"),
        draft(4, date="2026-06-08", type="SHIPMENT", material="Y-OX", lot="Y-1", mass_kg="1500", grade_pct="99.5",
              counterparty="Tokyo Magnetics", destination="JP", customs_no="2201202600009"),
        draft(5, date="2026-06-30", type="ADJUSTMENT", material="CONC-BAST", lot="CN-1", mass_kg="-2.5",
              grade_pct="60", note="月末盘点"),
    ])
    reverse_movement(db, may.movement_ids[3], day=day("2026-06-15"), reason="CN-1 fed twice", user="t")
    post(db, [draft(7, date="2026-06-20", type="FEED", material="CONC-BAST", lot="CN-1", mass_kg="9000",
                    grade_pct="60", run="S3")], accept_reason="second batch announced")
    return db


def test_totals_per_type_are_the_months_movements_as_entered(ledger):
    with ledger.read() as conn:
        r = compute_report(conn, "2026-06")
    got = {t: (v.count, v.mass_g, v.reo_g) for t, v in r.totals.items()}
    assert got == {
        "RECEIPT": (0, 0, 0),
        "MINED": (0, 0, 0),
        # 4000.5 kg @ 92 % = 3680.46 kg; 9000 kg @ 60 % = 5400; reversal of 5000 kg @ 60 % = -3000
        "FEED": (3, 4_000_500 + 9_000_000 - 5_000_000, 3_680_460 + 5_400_000 - 3_000_000),
        "OUTPUT": (1, 300_000, 299_700),
        "SHIPMENT": (1, 1_500_000, 1_492_500),
        "ADJUSTMENT": (1, -2_500, -1_500),
    }
    assert r.movement_count == 6
    assert [m.id for m in r.adjustments if m.reverses_id] == [m.id for m in r.feed if m.reverses_id]
    assert [(m.type, m.accept_reason) for m in r.exceptions] == [("FEED", "second batch announced")]


def test_inventory_rolls_each_lot_from_may_into_june(ledger):
    with ledger.read() as conn:
        r = compute_report(conn, "2026-06")
    inv = {(i.material, i.lot): i for i in r.inventory}
    cn = inv[("CONC-BAST", "CN-1")]
    # May: 10000 in, 5000 fed -> opening 5000; June: 9000 fed, 5000 back by reversal, -2.5 stocktake
    assert (cn.opening_g, cn.in_g, cn.out_g, cn.adjust_g, cn.closing_g) == (
        5_000_000, 0, 9_000_000 - 5_000_000, -2_500, 5_000_000 - 4_000_000 - 2_500)
    assert (cn.opening_reo_g, cn.out_reo_g, cn.closing_reo_g) == (3_000_000, 2_400_000, 598_500)
    y = inv[("Y-OX", "Y-1")]
    assert (y.opening_g, y.out_g, y.closing_g, y.origin) == (4_000_000, 1_500_000, 2_500_000, "MM")
    assert inv[("DY-OX", "DY-1")].origin == "MM" and inv[("DY-OX", "DY-1")].in_g == 300_000


def test_the_inventory_columns_are_left_alone_by_the_cycle_collector(ledger):
    """Tuples of numbers and texts, which the collector stops looking at;
    lists of a few hundred thousand lots would be walked at each collection."""
    with ledger.read() as conn:
        columns = compute_report(conn, "2026-06").inventory.columns
    gc.collect()
    assert len(columns) == 17 and len(columns[0]) > 3
    assert [type(c) for c in columns] == [tuple] * 17
    assert not any(gc.is_tracked(c) for c in columns)


def test_quota_month_and_year_to_date_by_origin(ledger):
    with ledger.read() as conn:
        r = compute_report(conn, "2026-06")
    (q,) = r.quota
    assert (q.kind, q.scope, q.allocated_g) == ("separation", "any", 12_000_000)
    assert q.used_month_by_origin == {"CN": 5_400_000 - 3_000_000, "MM": 3_680_460}
    # May used 4600 kg (MM) + 3000 kg (CN), reversed in June
    assert q.used_ytd_by_origin == {"CN": 5_400_000, "MM": 4_600_000 + 3_680_460}
    assert q.used_ytd_g == 5_400_000 + 4_600_000 + 3_680_460
    assert q.remaining_g == 12_000_000 - q.used_ytd_g


def test_separation_by_origin_and_recovery(ledger):
    with ledger.read() as conn:
        r = compute_report(conn, "2026-06")
    flows = {f.country: f for f in r.separation_by_origin}
    assert (flows["MM"].feed_reo_g, flows["MM"].output_reo_g) == (3_680_460, 299_700)
    assert flows["CN"].feed_reo_g == 2_400_000 and flows["CN"].output_reo_g == 0
    assert r.recovery_bp == 299_700 * 10000 // (3_680_460 + 2_400_000)


def test_the_checksum_follows_the_ledger_rows(ledger):
    with ledger.read() as conn:
        before = compute_report(conn, "2026-06").checksum
        assert compute_report(conn, "2026-06").checksum == before
    post(ledger, [draft(9, date="2026-06-29", type="ADJUSTMENT", material="CONC-BAST", lot="CN-1",
                        mass_kg="1", grade_pct="60", note="recount")])
    with ledger.read() as conn:
        assert compute_report(conn, "2026-06").checksum != before


def test_a_report_that_disagrees_with_the_ledger_names_the_figure(ledger):
    with ledger.read() as conn:
        good = compute_report(conn, "2026-06")
        check_report(conn, good)
        feed = good.totals["FEED"]
        bad = dataclasses.replace(good, totals=good.totals | {"FEED": TypeTotal("FEED", feed.count, feed.mass_g + 1,
                                                                                 feed.reo_g)})
        with pytest.raises(ReportCheckFailed, match=r"FEED total mass: report 8000\.501 kg, ledger 8000\.500 kg, "
                                                    r"difference 0\.001 kg"):
            check_report(conn, bad)
        inv = list(good.inventory)
        inv[0] = inv[0]._replace(closing_g=inv[0].closing_g - 5)
        with pytest.raises(ReportCheckFailed, match="mass balance"):
            check_report(conn, dataclasses.replace(good, inventory=inv))
        # A line that adds up but starts from the wrong stock: its closing
        # and the stock of all lots give it away.
        inv = list(good.inventory)
        inv[0] = inv[0]._replace(opening_g=inv[0].opening_g - 5, closing_g=inv[0].closing_g - 5)
        with pytest.raises(ReportCheckFailed, match="closing stock of all lots: .*difference -0.005 kg") as caught:
            check_report(conn, dataclasses.replace(good, inventory=inv))
        assert "opening stock of all lots" in str(caught.value)


def test_close_needs_the_report_file_an_ended_month_and_earlier_months_closed(ledger, tmp_path):
    with pytest.raises(InputRejected, match="problem"):
        make_report(ledger, "2026-06", user="t", close=True, today=day("2026-07-02"))
    with pytest.raises(InputRejected) as err:
        make_report(ledger, "2026-06", user="t", xlsx=tmp_path / "r.xlsx", close=True, today=day("2026-07-02"))
    assert "2026-05 is still open" in err.value.problems[0].found
    assert not (tmp_path / "r.xlsx").exists()  # refused before anything was written
    with pytest.raises(InputRejected) as err:
        make_report(ledger, "2026-07", user="t", xlsx=tmp_path / "r.xlsx", close=True, today=day("2026-07-20"))
    assert "ended" in err.value.problems[0].expected


def test_report_close_then_posting_is_refused_and_reopen_in_order(ledger, tmp_path):
    may = make_report(ledger, "2026-05", user="t", xlsx=tmp_path / "2026-05.xlsx", close=True,
                      today=day("2026-07-02"))
    june = make_report(ledger, "2026-06", user="t", xlsx=tmp_path / "2026-06.xlsx", pdf=tmp_path / "2026-06.pdf",
                       close=True, today=day("2026-07-02"))
    assert may.closed and june.closed and (tmp_path / "2026-06.pdf").exists()
    with pytest.raises(InputRejected) as err:
        post(ledger, [draft(3, date="2026-06-30", type="ADJUSTMENT", material="CONC-BAST", lot="CN-1",
                            mass_kg="1", grade_pct="60", note="late recount")])
    assert "post a correction dated in an open month" in err.value.problems[0].expected
    with pytest.raises(InputRejected, match="problem"):
        reopen_month(ledger, "2026-05", user="manager", reason="customs correction")  # June still closed
    reopen_month(ledger, "2026-06", user="manager", reason="customs correction")
    assert status(ledger, day("2026-07-02"))["open_months"] == ["2026-06", "2026-07"]


def test_status_says_which_report_is_due_and_how_many_days_are_left(ledger, tmp_path):
    s = status(ledger, day("2026-06-25"))
    assert s["next_due"] == {"month": "2026-05", "due_date": "2026-06-10", "days_left": -15, "overdue": True}
    close_month(ledger, "2026-05", user="t", today=day("2026-07-02"))
    s = status(ledger, day("2026-07-02"))
    assert s["next_due"] == {"month": "2026-06", "due_date": "2026-07-10", "days_left": 8, "overdue": False}
    assert (s["open_months"], s["closed_months"]) == (["2026-06", "2026-07"], ["2026-05"])


def test_report_command_json_and_close(ledger, db_path, tmp_path, capsys):
    ledger.close()
    args = ["report", "--db", ledger.location, "--month", "2026-05", "--json", "--xlsx", str(tmp_path / "m.xlsx"),
            "--close", "--today", "2026-07-01"]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["closed"] is True and data["month"] == "2026-05"
    assert data["totals"]["RECEIPT"] == {"count": 2, "mass_kg": "30000.000", "reo_kg": "24400.000"}
    assert data["totals"]["FEED"] == {"count": 2, "mass_kg": "10000.000", "reo_kg": "7600.000"}
    inv = {i["lot"]: i for i in data["inventory"]}
    assert inv["MM-1"] == {"material": "IONIC-MIX-OX", "lot": "MM-1", "origin": "MM", "opening_kg": "0.000",
                           "in_kg": "20000.000", "out_kg": "5000.000", "adjust_kg": "0.000",
                           "closing_kg": "15000.000", "opening_reo_kg": "0.000", "in_reo_kg": "18400.000",
                           "out_reo_kg": "4600.000", "adjust_reo_kg": "0.000", "closing_reo_kg": "13800.000"}
    assert data["quota"][0]["used_this_month_kg"] == "7600.000"
    assert main(["status", "--db", ledger.location, "--json", "--today", "2026-07-01"]) == 0
    assert json.loads(capsys.readouterr().out)["closed_months"] == ["2026-05"]
    assert main(args) == 1  # closed already
    assert "already closed" in capsys.readouterr().err
    assert main(["month", "reopen", "--db", ledger.location, "--month", "2026-05", "--reason", "bureau asked"]) == 0
