"""The months the reports screen lists: state, due date, movements, report files."""
from __future__ import annotations

import datetime as dt

from ree_desk.domain.drafts import draft_from_values
from ree_desk.services.months import close_month
from ree_desk.services.months_overview import months_overview, report_file_paths
from ree_desk.services.posting import post_movements
from ree_desk.services.report import make_report

TODAY = dt.date(2026, 11, 28)


def receipt(line: int, date: str, lot: str):
    result, problems = draft_from_values(line, dict(
        date=date, type="RECEIPT", material="CONC-BAST", lot=lot, mass_kg="10", grade_pct="60", origin="CN",
        counterparty="包头供应商"))
    assert not problems
    return result


def test_an_empty_ledger_lists_the_current_month_only(db):
    rows = months_overview(db, TODAY)
    assert [r.month for r in rows] == ["2026-11"]
    only = rows[0]
    assert not only.closed and not only.ended and not only.can_close
    assert only.due == dt.date(2026, 12, 10) and only.days_left == 12 and not only.overdue
    assert only.movements == 0 and only.report is None


def test_every_month_from_the_first_movement_newest_first_with_counts_and_states(db):
    post_movements(db, [receipt(2, "2026-08-03", "A"), receipt(3, "2026-08-20", "B"),
                        receipt(4, "2026-10-31", "C")], user="t", source="test")
    close_month(db, "2026-08", user="t", today=TODAY)
    rows = {r.month: r for r in months_overview(db, TODAY)}
    assert list(rows) == ["2026-11", "2026-10", "2026-09", "2026-08"]
    assert rows["2026-08"].closed and rows["2026-08"].closed_by == "t" and not rows["2026-08"].overdue
    assert (rows["2026-08"].movements, rows["2026-09"].movements, rows["2026-10"].movements) == (2, 0, 1)
    # September's report was due on 10 October: open and past due.
    assert rows["2026-09"].overdue and rows["2026-09"].days_left == -49 and rows["2026-09"].can_close
    assert rows["2026-10"].overdue and rows["2026-10"].days_left == -18
    assert not rows["2026-11"].ended and not rows["2026-11"].overdue and rows["2026-11"].days_left == 12


def test_the_latest_report_files_of_a_month_come_from_the_audit_log(db, tmp_path):
    post_movements(db, [receipt(2, "2026-10-05", "A")], user="t", source="test")
    first_xlsx, _ = report_file_paths(tmp_path / "first", "2026-10")
    first_xlsx.parent.mkdir()
    make_report(db, "2026-10", user="t", xlsx=first_xlsx, today=TODAY)
    xlsx, pdf = report_file_paths(tmp_path, "2026-10")
    make_report(db, "2026-10", user="clerk", xlsx=xlsx, pdf=pdf, close=True, today=TODAY)
    row = next(r for r in months_overview(db, TODAY) if r.month == "2026-10")
    assert row.closed and row.report is not None
    assert (row.report.xlsx, row.report.pdf, row.report.closed, row.report.by) == (xlsx, pdf, True, "clerk")


def test_report_files_are_named_after_the_month(tmp_path):
    assert report_file_paths(tmp_path, "2026-10") == (tmp_path / "REE-report-2026-10.xlsx",
                                                      tmp_path / "REE-report-2026-10.pdf")


def test_a_month_closed_without_movements_is_listed(db):
    close_month(db, "2026-06", user="t", today=TODAY)
    months = [r.month for r in months_overview(db, TODAY)]
    assert months[-1] == "2026-06" and months[0] == "2026-11" and len(months) == 6
