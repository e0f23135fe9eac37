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

from ree_desk.problems import InputRejected, Problem
from ree_desk.services.posting import audit, now
from ree_desk.services.stock import balances, month_end
from ree_desk.store.database import Database
from ree_desk.store.models import ClosingBalance, MonthClose, Movement

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def parse_month(text: str) -> str:
    match = _MONTH.match(text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise InputRejected([Problem(None, "month", "a month as YYYY-MM", f'"{text}"')])
    return text.strip()


def next_month(month: str) -> str:
    year, mon = int(month[:4]), int(month[5:])
    return f"{year + (mon == 12):04d}-{mon % 12 + 1:02d}"


def due_date(month: str) -> dt.date:
    """The report for month M is due on the 10th of M+1."""
    nxt = next_month(month)
    return dt.date(int(nxt[:4]), int(nxt[5:]), 10)


@dataclass(frozen=True)
class MonthState:
    month: str
    closed: bool
    due: dt.date


def closed_months(db: Database) -> list[str]:
    with db.read() as conn:
        return sorted(conn.execute(select(MonthClose.month)).scalars())


def close_month_in(conn: Connection, month: str, *, user: str, note: str | None, today: dt.date) -> int:
    """Close ``month`` and store its closing balances; returns the lot count."""
    month = parse_month(month)
    if month_end(month) >= today:
        raise InputRejected([Problem(None, "month", "a month that has ended", month)])
    if conn.execute(select(MonthClose.month).where(MonthClose.month == month)).first():
        raise InputRejected([Problem(None, "month", "an open month", f"{month} is already closed")])
    rows = balances(conn, month_end(month))
    cb = ClosingBalance.__table__
    conn.execute(delete(cb).where(cb.c.month >= month))
    if rows:
        conn.execute(insert(cb), [
            {"month": month, "lot_id": lot_id, "mass_g": mass, "reo_g": reo} for lot_id, (mass, reo) in rows.items()
        ])
    conn.execute(insert(MonthClose).values(month=month, closed_at=now(), closed_by=user, note=note))
    audit(conn, user, "month_close", {"month": month, "lots": len(rows), "note": note})
    return len(rows)


def close_month(db: Database, month: str, *, user: str, note: str | None = None,
                today: dt.date | None = None) -> int:
    with db.write() as conn:
        return close_month_in(conn, month, user=user, note=note, today=today or dt.date.today())


def reopen_month(db: Database, month: str, *, user: str, reason: str) -> None:
    """Reopen a closed month; its closing balances and later ones are dropped
    because a movement dated in it may change them."""
    month = parse_month(month)
    if not reason.strip():
        raise InputRejected([Problem(None, "reason", "a reason for reopening the month", "an empty reason")])
    with db.write() as conn:
        if not conn.execute(select(MonthClose.month).where(MonthClose.month == month)).first():
            raise InputRejected([Problem(None, "month", "a closed month", f"{month} is open")])
        conn.execute(delete(MonthClose).where(MonthClose.month == month))
        conn.execute(delete(ClosingBalance).where(ClosingBalance.month >= month))
        audit(conn, user, "month_reopen", {"month": month, "reason": reason.strip()})


def first_movement_month(db: Database) -> str | None:
    with db.read() as conn:
        first = conn.execute(select(func.min(Movement.day))).scalar()
    return None if first is None else f"{first.year:04d}-{first.month:02d}"
