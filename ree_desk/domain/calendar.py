"""Months as the ledger counts them: a month is written ``YYYY-MM``, its
stock is taken at its last day, and its report is due on the 10th of the
month after."""
from __future__ import annotations

import datetime as dt


def month_of(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_end(month: str) -> dt.date:
    year, mon = int(month[:4]), int(month[5:])
    return dt.date(year + (mon == 12), mon % 12 + 1, 1) - dt.timedelta(days=1)


def next_month(month: str) -> str:
    year, mon = int(month[:4]), int(month[5:])
    return f"{year + (mon == 12):04d}-{mon % 12 + 1:02d}"


def due_date(month: str) -> dt.date:
    """The report for month M is due on the 10th of M+1."""
    nxt = next_month(month)
    return dt.date(int(nxt[:4]), int(nxt[5:]), 10)
