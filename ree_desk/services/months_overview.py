"""Every month of the ledger at a glance, for the reports screen: open or
closed, when its report is due, how many movements it holds, and the report
files last made for it (as the audit log recorded them)."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from ree_desk.services.months import due_date, months_between
from ree_desk.services.stock import month_end
from ree_desk.store.database import Database
from ree_desk.store.tables import audit_event_table, month_close_table, movement_table

REPORT_ACTIONS = ("report", "report_close")


@dataclass(frozen=True)
class ReportFiles:
    """The files of the latest report made for a month."""

    at: dt.datetime
    by: str
    xlsx: Path | None
    pdf: Path | None
    closed: bool  # made by closing the month


@dataclass(frozen=True)
class MonthOverview:
    month: str
    closed: bool
    ended: bool        # only an ended month may be closed
    due: dt.date
    days_left: int     # until the due date; negative once it has passed
    movements: int
    closed_at: dt.datetime | None
    closed_by: str | None
    report: ReportFiles | None

    @property
    def overdue(self) -> bool:
        return not self.closed and self.days_left < 0

    @property
    def can_close(self) -> bool:
        return self.ended and not self.closed


def report_file_paths(folder: Path, month: str) -> tuple[Path, Path]:
    """Where a month's report goes in a folder: ``REE-report-2026-10.xlsx`` and ``.pdf``."""
    stem = Path(folder) / f"REE-report-{month}"
    return stem.with_suffix(".xlsx"), stem.with_suffix(".pdf")


def months_overview(db: Database, today: dt.date) -> list[MonthOverview]:
    """Every month from the first movement (or the first closed month) up to
    the current one, newest first."""
    this_month = f"{today.year:04d}-{today.month:02d}"
    with db.read() as conn:
        closes = {row.month: row for row in conn.execute(
            select(month_close_table.c.month, month_close_table.c.closed_at, month_close_table.c.closed_by))}
        per_month = _movements_per_month(conn)
        reports = _latest_reports(conn)
    known = {this_month, *per_month, *closes}
    first, last = min(known), max(known)
    out = []
    for month in months_between(dt.date(int(first[:4]), int(first[5:]), 1), last):
        due = due_date(month)
        close = closes.get(month)
        out.append(MonthOverview(
            month=month, closed=close is not None, ended=month_end(month) < today, due=due,
            days_left=(due - today).days, movements=per_month.get(month, 0),
            closed_at=close.closed_at if close else None, closed_by=close.closed_by if close else None,
            report=reports.get(month),
        ))
    out.reverse()
    return out


def _movements_per_month(conn) -> dict[str, int]:
    """One range count per month: the day index answers each without
    touching the table (a third of the time of grouping a million rows)."""
    # Two queries: SQLite reads min() or max() alone off the index, both
    # together by scanning it.
    first = conn.execute(select(func.min(movement_table.c.day))).scalar()
    last = conn.execute(select(func.max(movement_table.c.day))).scalar()
    if first is None:
        return {}
    out = {}
    for month in months_between(first, f"{last.year:04d}-{last.month:02d}"):
        start = dt.date(int(month[:4]), int(month[5:]), 1)
        end = month_end(month) + dt.timedelta(days=1)
        count = conn.execute(select(func.count()).select_from(movement_table)
                             .where(movement_table.c.day >= start, movement_table.c.day < end)).scalar()
        if count:
            out[month] = count
    return out


def _latest_reports(conn) -> dict[str, ReportFiles]:
    latest: dict[str, ReportFiles] = {}
    rows = conn.execute(
        select(audit_event_table.c.at, audit_event_table.c.by, audit_event_table.c.action, audit_event_table.c.detail)
        .where(audit_event_table.c.action.in_(REPORT_ACTIONS)).order_by(audit_event_table.c.id)
    )
    for at, by, action, detail in rows:
        try:
            data = json.loads(detail)
            month = data["month"]
        except (ValueError, KeyError, TypeError):
            continue  # an audit row this program did not write: not ours to read
        latest[month] = ReportFiles(
            at=at, by=by, closed=action == "report_close",
            xlsx=Path(data["xlsx"]) if data.get("xlsx") else None,
            pdf=Path(data["pdf"]) if data.get("pdf") else None,
        )
    return latest
