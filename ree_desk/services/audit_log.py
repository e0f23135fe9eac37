"""The audit trail read back: events filtered, newest first, a page at a
time, for the audit screen, ``ree-desk audit`` and the export.

Every service records what it did in ``audit_event`` (who, when, an action
and its detail as JSON). Any action is read, known here or not, so a new
kind of event appears without a change here; ``audit_text`` says each in a
sentence and ``audit_export`` writes them to a file.
"""
from __future__ import annotations

import datetime as dt
import json
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Connection, and_, bindparam, func, or_, select
from sqlalchemy.sql import ColumnElement

from ree_desk.store.backend import json_number, json_value
from ree_desk.store.database import Database
from ree_desk.store.tables import audit_event_table

A = audit_event_table
BASE_COLUMNS = ("id", "at", "by", "action", "detail")

# Groups of actions the screen and the command line filter by. "flagged"
# holds only those postings and reversals recorded with warnings (flagged
# rows, or a reason for accepting them).
GROUPS: dict[str, tuple[str, ...]] = {
    "postings": ("post",),
    "flagged": ("post", "reverse"),
    "reversals": ("reverse",),
    "quotas": ("quota_add", "quota_edit"),
    "months": ("month_close", "month_reopen"),
    "reports": ("report", "report_close"),
    "settings": ("init", "enterprise_edit", "material_add", "account_add", "account_edit"),
    "logins": ("login", "login_failed"),
    "backups": ("backup", "restore", "copied_in"),
    "checks": ("verify", "chain_begin"),
}
FLAGGED = "flagged"


class AuditFilterError(ValueError):
    pass


@dataclass(frozen=True)
class AuditFilter:
    """Which events to show; empty fields do not filter.

    ``group`` is a key of ``GROUPS``; ``action`` one action, known here or
    not; ``user`` who did it, exactly; ``text`` any part of the detail or the
    action, ignoring case. A number finds the event of that number and the
    events naming it (a movement, a posting, a year); ``#number`` only the
    event.
    """

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    group: str | None = None
    action: str | None = None
    user: str | None = None
    text: str | None = None

    def __post_init__(self) -> None:
        if self.group is not None and self.group not in GROUPS:
            raise AuditFilterError(f"expected a group of events in {', '.join(GROUPS)}, found {self.group!r}")

    def is_empty(self) -> bool:
        return self == AuditFilter()


class AuditEntry(NamedTuple):
    """One event. ``detail`` is its JSON detail read back (an object; any
    other value is kept under "value"); ``raw`` the text as stored; ``extra``
    columns the table holds beyond the five every version has."""

    id: int
    at: dt.datetime
    by: str
    action: str
    detail: dict[str, Any]
    raw: str
    extra: dict[str, Any]


def _flagged() -> ColumnElement:
    flagged = json_number(A.c.detail, "flagged")
    reason = json_value(A.c.detail, "accept_reason")
    return and_(A.c.action.in_(GROUPS[FLAGGED]), or_(flagged > 0, reason.is_not(None)))


def _conditions(filt: AuditFilter) -> list[ColumnElement]:
    where: list[ColumnElement] = []
    if filt.date_from is not None:
        where.append(A.c.at >= dt.datetime.combine(filt.date_from, dt.time()))
    if filt.date_to is not None:
        where.append(A.c.at < dt.datetime.combine(filt.date_to + dt.timedelta(days=1), dt.time()))
    if filt.group == FLAGGED:
        where.append(_flagged())
    elif filt.group is not None:
        where.append(A.c.action.in_(GROUPS[filt.group]))
    if filt.action and filt.action.strip():
        where.append(A.c.action == filt.action.strip())
    if filt.user and filt.user.strip():
        where.append(A.c.by == filt.user.strip())
    text = (filt.text or "").strip()
    if text:
        where.append(_text_condition(text))
    return where


def _text_condition(text: str) -> ColumnElement:
    number = text.removeprefix("#")
    if number.isascii() and number.isdigit() and len(number) < 19:
        if text.startswith("#"):
            return A.c.id == int(number)
        # A number is looked for as a whole value of the detail (a movement,
        # a posting, a year), not inside the hashes postings record.
        return or_(A.c.id == int(number), *(A.c.detail.contains(pattern.format(number), autoescape=True)
                                             for pattern in _NUMBER_IN_JSON))
    # The detail is JSON: a quote or a backslash in it is stored escaped.
    escaped = json.dumps(text, ensure_ascii=False)[1:-1]
    anywhere = [A.c.detail.icontains(text, autoescape=True), A.c.action.icontains(text, autoescape=True)]
    if escaped != text:
        anywhere.append(A.c.detail.icontains(escaped, autoescape=True))
    return or_(*anywhere)


# How json.dumps writes a number as a value: after a key or in a list.
_NUMBER_IN_JSON = (": {},", ": {}}}", "[{},", ", {},", ", {}]", "[{}]")


def count_events(conn: Connection, filt: AuditFilter) -> int:
    return conn.execute(select(func.count()).select_from(A).where(*_conditions(filt))).scalar_one()


def event_ids(conn: Connection, filt: AuditFilter) -> array:
    """The ids of the events passing ``filt``, newest first (ids follow the
    order events were written in, whatever the clock said)."""
    ids = array("q")
    result = conn.execute(select(A.c.id).where(*_conditions(filt)).order_by(A.c.id.desc()))
    # Ids need no conversion: the driver's cursor hands them over several
    # times faster than result rows.
    cursor = result.cursor
    try:
        while batch := cursor.fetchmany(50_000):
            ids.extend(row[0] for row in batch)
    finally:
        result.close()
    return ids


_NAMES = tuple(c.name for c in A.c)
_EXTRA = tuple((i, name) for i, name in enumerate(_NAMES) if name not in BASE_COLUMNS)
_ID, _AT, _BY, _ACTION, _DETAIL = (_NAMES.index(name) for name in BASE_COLUMNS)


def _entry(row: Any) -> AuditEntry:
    raw = row[_DETAIL] or ""
    try:
        detail = json.loads(raw) if raw else {}
    except ValueError:
        detail = {"value": raw}
    if not isinstance(detail, dict):
        detail = {"value": detail}
    return AuditEntry(row[_ID], row[_AT], row[_BY] or "", row[_ACTION], detail, raw,
                      {name: row[i] for i, name in _EXTRA})


_BY_ID = select(A).where(A.c.id.in_(bindparam("ids", expanding=True)))


def fetch_events(conn: Connection, ids: Sequence[int]) -> list[AuditEntry]:
    """The events of ``ids``, in that order."""
    if not ids:
        return []
    ids = list(ids)
    by_id = {entry.id: entry for entry in map(_entry, conn.execute(_BY_ID, {"ids": ids}))}
    return [by_id[i] for i in ids if i in by_id]


def iter_events(conn: Connection, filt: AuditFilter, batch: int = 1000) -> Iterator[list[AuditEntry]]:
    """Every event passing ``filt``, newest first, from one query."""
    result = conn.execute(select(A).where(*_conditions(filt)).order_by(A.c.id.desc()))
    try:
        for part in result.partitions(batch):
            yield [_entry(row) for row in part]
    finally:
        result.close()


@dataclass(frozen=True)
class AuditHead:
    """What the screen shows first: every matching id and the first page."""

    ids: array
    events: list[AuditEntry]


def load_head(db: Database, filt: AuditFilter, size: int) -> AuditHead:
    with db.read() as conn:
        ids = event_ids(conn, filt)
        return AuditHead(ids, fetch_events(conn, ids[:size]))


def load_events(db: Database, ids: Sequence[int]) -> list[AuditEntry]:
    with db.read() as conn:
        return fetch_events(conn, ids)


def list_events(db: Database, filt: AuditFilter, limit: int | None = None) -> list[AuditEntry]:
    with db.read() as conn:
        stmt = select(A).where(*_conditions(filt)).order_by(A.c.id.desc())
        if limit is not None:
            stmt = stmt.limit(limit)
        return [_entry(row) for row in conn.execute(stmt)]


def users(db: Database) -> list[str]:
    """Everyone who appears in the audit trail."""
    with db.read() as conn:
        return sorted(conn.execute(select(A.c.by).where(A.c.by.is_not(None)).distinct()).scalars())


def group_of(action: str) -> str | None:
    """The group an action is listed under (postings before flagged)."""
    return next((g for g, actions in GROUPS.items() if g != FLAGGED and action in actions), None)


def is_flagged(entry: AuditEntry) -> bool:
    """A posting or reversal recorded with warnings accepted."""
    if entry.action not in GROUPS[FLAGGED]:
        return False
    flagged = entry.detail.get("flagged")
    return (isinstance(flagged, int) and flagged > 0) or entry.detail.get("accept_reason") is not None
