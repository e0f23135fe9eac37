"""A period filter's two date fields, shared by the screens that filter by
date (ledger, audit): the periods offered, the dates each stands for, and
the fields showing them."""
from __future__ import annotations

import datetime as dt

from ree_desk.gui.qt import QT_TRANSLATE_NOOP, QDate, QDateEdit

NO_DATE = QDate(1900, 1, 1)  # the date edits' minimum, shown as "—"

# The context stays the ledger screen's, where these were first translated.
PERIODS = (
    ("all", QT_TRANSLATE_NOOP("LedgerScreen", "All dates")),
    ("this_month", QT_TRANSLATE_NOOP("LedgerScreen", "This month")),
    ("last_month", QT_TRANSLATE_NOOP("LedgerScreen", "Last month")),
    ("this_year", QT_TRANSLATE_NOOP("LedgerScreen", "This year")),
    ("last_year", QT_TRANSLATE_NOOP("LedgerScreen", "Last year")),
    ("custom", QT_TRANSLATE_NOOP("LedgerScreen", "Dates…")),
)


def period_range(period: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    first_of_month = today.replace(day=1)
    if period == "this_month":
        return first_of_month, today
    if period == "last_month":
        end = first_of_month - dt.timedelta(days=1)
        return end.replace(day=1), end
    if period == "this_year":
        return dt.date(today.year, 1, 1), today
    if period == "last_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    return None, None


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def chosen_dates(period: str, start: QDateEdit, end: QDateEdit, today: dt.date
                 ) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day a filter covers: the fields' for "custom"."""
    if period == "custom":
        return tuple(None if e.date() == NO_DATE else e.date().toPython() for e in (start, end))  # type: ignore
    return period_range(period, today)


def show_period(period: str, start: QDateEdit, end: QDateEdit, today: dt.date) -> bool:
    """Show ``period``'s dates in the fields, editable only for "custom"
    (which starts as this month so far); returns whether it is custom."""
    custom = period == "custom"
    for edit in (start, end):
        edit.blockSignals(True)
    if custom:
        start.setDate(qdate(today.replace(day=1)))
        end.setDate(qdate(today))
    else:
        first, last = period_range(period, today)
        start.setDate(qdate(first) if first else NO_DATE)
        end.setDate(qdate(last) if last else NO_DATE)
    for edit in (start, end):
        edit.blockSignals(False)
        edit.setEnabled(custom)
    return custom
