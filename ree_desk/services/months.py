"""Open and closed months, and the closing balances a close stores.

Closing month M stores every lot's balance at its end; later stock queries
start from there. The monthly report (which must be written and checked
before a close) calls ``close_month``; so does the demo for its history.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, insert, select

from ree_desk.domain.accounts.roles import Permission
from ree_desk.domain.calendar import due_date, next_month
from ree_desk.domain.problems import InputRejected, Problem
from ree_desk.services.accounts import require
from ree_desk.services.backups import make_backup
from ree_desk.services.posting import audit, now
from ree_desk.services.stock import balances, month_end
from ree_desk.store.database import Database
from ree_desk.store.tables import closing_balance_table, month_close_table, movement_table

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def parse_month(text: str) -> str:
    match = _MONTH.match(text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise InputRejected([Problem(None, "month", "a month as YYYY-MM", f'"{text}"')])
    return text.strip()


@dataclass(frozen=True)
class MonthState:
    month: str
    closed: bool
    due: dt.date


def closed_months(db: Database) -> list[str]:
    with db.read() as conn:
        return sorted(conn.execute(select(month_close_table.c.month)).scalars())


def close_month_in(conn: Connection, month: str, *, user: str, note: str | None, today: dt.date) -> int:
    """Close ``month`` and store its closing balances; returns the lot count."""
    month = parse_month(month)
    check_can_close(conn, month, today)
    rows = balances(conn, month_end(month))
    cb = closing_balance_table
    conn.execute(delete(cb).where(cb.c.month >= month))
    if rows:
        conn.execute(insert(cb), [
            {"month": month, "lot_id": lot_id, "mass_g": mass, "reo_g": reo} for lot_id, (mass, reo) in rows.items()
        ])
    conn.execute(insert(month_close_table).values(month=month, closed_at=now(), closed_by=user, note=note))
    audit(conn, user, "month_close", {"month": month, "lots": len(rows), "note": note})
    return len(rows)


def check_can_close(conn: Connection, month: str, today: dt.date) -> None:
    """Refuse to close a month that has not ended, is closed, or follows an open one."""
    month = parse_month(month)
    if month_end(month) >= today:
        raise InputRejected([Problem(None, "month", "a month that has ended", month)])
    closed = set(conn.execute(select(month_close_table.c.month)).scalars())
    if month in closed:
        raise InputRejected([Problem(None, "month", "an open month", f"{month} is already closed")])
    first = conn.execute(select(func.min(movement_table.c.day))).scalar()
    earlier_open = [m for m in months_between(first, month) if m != month and m not in closed] if first else []
    if earlier_open:
        # A later month's closing stock rests on the earlier ones: file in order.
        raise InputRejected([Problem(None, "month", f"every month before {month} closed first",
                                     f"{earlier_open[0]} is still open")])


def close_month(db: Database, month: str, *, user: str, note: str | None = None,
                today: dt.date | None = None) -> int:
    user = require(db, Permission.CLOSE_MONTH, user)
    with db.write() as conn:
        return close_month_in(conn, month, user=user, note=note, today=today or dt.date.today())


def reopen_month(db: Database, month: str, *, user: str, reason: str) -> None:
    """Reopen a closed month; its closing balances and later ones are dropped
    because a movement dated in it may change them."""
    user = require(db, Permission.REOPEN_MONTH, user)
    month = parse_month(month)
    if not reason.strip():
        raise InputRejected([Problem(None, "reason", "a reason for reopening the month", "an empty reason")])
    with db.read() as conn:
        closed = set(conn.execute(select(month_close_table.c.month)).scalars())
    if month in closed and not any(m > month for m in closed):
        # Reopening drops closing balances: keep the ledger as it was first.
        make_backup(db, user=user, reason=f"before reopening {month}")
    with db.write() as conn:
        closed = set(conn.execute(select(month_close_table.c.month)).scalars())
        if month not in closed:
            raise InputRejected([Problem(None, "month", "a closed month", f"{month} is open")])
        later = sorted(m for m in closed if m > month)
        if later:
            # Its figures are the opening of every later month: reopen those first.
            raise InputRejected([Problem(None, "month", f"no closed month after {month}",
                                         f"{later[-1]} is closed; reopen it first")])
        conn.execute(delete(month_close_table).where(month_close_table.c.month == month))
        conn.execute(delete(closing_balance_table).where(closing_balance_table.c.month >= month))
        audit(conn, user, "month_reopen", {"month": month, "reason": reason.strip()})


def months_between(first: dt.date, last_month: str) -> list[str]:
    """Months from the month of ``first`` up to ``last_month``, inclusive."""
    out = []
    month = f"{first.year:04d}-{first.month:02d}"
    while month <= last_month:
        out.append(month)
        month = next_month(month)
    return out


def status(db: Database, today: dt.date) -> dict:
    """Which month's report is due next, when, and which months are open."""
    this_month = f"{today.year:04d}-{today.month:02d}"
    with db.read() as conn:
        closed = sorted(conn.execute(select(month_close_table.c.month)).scalars())
        first = conn.execute(select(func.min(movement_table.c.day))).scalar()
    start = first or today
    open_months = [m for m in months_between(start, this_month) if m not in closed]
    ended_open = [m for m in open_months if m < this_month]
    due_month = ended_open[0] if ended_open else (next_month(closed[-1]) if closed else this_month)
    if due_month > this_month:
        due_month = this_month
    due = due_date(due_month)
    return {
        "today": today.isoformat(),
        "next_due": {"month": due_month, "due_date": due.isoformat(), "days_left": (due - today).days,
                     "overdue": due < today},
        "open_months": open_months,
        "closed_months": closed,
    }


def first_movement_month(db: Database) -> str | None:
    with db.read() as conn:
        first = conn.execute(select(func.min(movement_table.c.day))).scalar()
    return None if first is None else f"{first.year:04d}-{first.month:02d}"
