"""The import preview: every problem of a file found in one pass, nothing written."""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from conftest import raw_sql
from ree_desk.services.import_preview import preview_file
from ree_desk.services.importer import import_file
from ree_desk.services.months import close_month


def write_csv(path: Path, rows: list[dict], header: list[str] | None = None) -> Path:
    header = header or ["date", "type", "material", "lot", "mass_kg", "grade_pct", "origin", "counterparty",
                        "run"]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows([[row.get(h, "") for h in header] for row in rows])
    return path


def receipt(**over) -> dict:
    row = dict(date="2026-01-05", type="RECEIPT", material="CONC-BAST", lot="B1", mass_kg="100",
               grade_pct="60", origin="CN", counterparty="包头某矿业有限公司")
    row.update(over)
    return row


def movement_count(db) -> int:
    with raw_sql(db) as con:
        return con.execute("SELECT COUNT(*) FROM movement").fetchone()[0]


def where(preview) -> list[tuple]:
    return [(p.line, p.column, p.warning) for p in preview.problems]


def test_a_good_file_previews_clean_and_writes_nothing(db, db_path, tmp_path):
    path = write_csv(tmp_path / "good.csv", [receipt(), receipt(lot="B2", mass_kg="1,000.5")])
    preview = preview_file(db, path, user="t")
    assert preview.problems == [] and preview.can_import
    assert [r.line for r in preview.rows] == [2, 3]
    assert preview.columns[:6] == ["date", "type", "material", "lot", "mass_kg", "grade_pct"]
    assert preview.rows[1].values["mass_kg"] == "1,000.5"
    assert movement_count(db) == 0


def test_field_and_ledger_problems_of_every_row_at_once(db, tmp_path):
    path = write_csv(tmp_path / "bad.csv", [
        receipt(),
        receipt(lot="B2", mass_kg="-3", grade_pct="101"),   # two bad fields
        receipt(lot="B3", material="NO-SUCH"),              # unknown material (ledger level)
        receipt(lot="B4", date="2026-02-30"),
    ])
    preview = preview_file(db, path, user="t")
    assert where(preview) == [(3, "grade_pct", False), (3, "mass_kg", False),
                              (4, "material", False), (5, "date", False)]
    assert not preview.can_import


def test_lot_problems_come_from_the_dry_run_once_every_row_is_well_formed(db, tmp_path):
    path = write_csv(tmp_path / "lot.csv", [
        receipt(),
        dict(date="2026-01-06", type="FEED", material="CONC-BAST", lot="NOPE", mass_kg="5", grade_pct="60",
             run="R1"),
    ])
    preview = preview_file(db, path, user="t")
    assert where(preview) == [(3, "lot", False)]


def test_negative_stock_is_a_warning_that_a_reason_may_accept(db, db_path, tmp_path):
    path = write_csv(tmp_path / "warn.csv", [
        receipt(mass_kg="10"),
        dict(date="2026-01-06", type="FEED", material="CONC-BAST", lot="B1", mass_kg="15", grade_pct="60",
             run="R1"),
    ])
    preview = preview_file(db, path, user="t")
    assert where(preview) == [(3, "mass_kg", True)] and preview.can_import
    assert movement_count(db) == 0
    import_file(db, path, user="t", accept_reason="过磅误差，待复核")
    assert movement_count(db) == 2


def test_a_file_imported_before_is_recognised_by_its_content(db, tmp_path):
    path = write_csv(tmp_path / "jan.csv", [receipt(), receipt(lot="B2")])
    assert preview_file(db, path, user="t").problems == []
    import_file(db, path, user="clerk")
    copy = tmp_path / "jan-copy.csv"
    copy.write_bytes(path.read_bytes())
    preview = preview_file(db, copy, user="t")
    # One warning for the file: its rows, all repeats of that import, are not named one by one.
    [warning] = preview.problems
    assert warning.warning and warning.line is None and preview.can_import
    assert warning.found.startswith('the same content imported as "jan.csv" on 20')
    assert warning.found.endswith(" by clerk (posting 1, 2 movements)")


def test_a_file_imported_before_is_said_even_when_its_rows_are_wrong(db, tmp_path):
    path = write_csv(tmp_path / "jan.csv", [receipt()])
    import_file(db, path, user="clerk")
    close_month(db, "2026-01", user="t", today=dt.date(2026, 2, 1))  # its rows are now refused
    preview = preview_file(db, path, user="t")
    assert where(preview) == [(None, None, True), (2, "date", False)]
    assert "jan.csv" in preview.problems[0].found


def test_a_missing_column_is_reported_once_not_on_every_row(db, tmp_path):
    header = ["date", "type", "material", "lot", "grade_pct", "origin", "counterparty"]
    path = write_csv(tmp_path / "nomass.csv", [receipt(), receipt(lot="B2")], header=header)
    preview = preview_file(db, path, user="t")
    assert where(preview) == [(1, "mass_kg", False)]
    assert len(preview.rows) == 2


def test_an_unreadable_file_says_why(db, tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    preview = preview_file(db, path, user="t")
    [problem] = preview.problems
    assert problem.line is None and ".xls" in problem.found and preview.rows == []
