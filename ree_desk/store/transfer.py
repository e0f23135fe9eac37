"""A whole ledger copied from one store into another (a file to the plant's
server, the server to a file), row for row with the same keys, and the
copy compared with what it was copied from before anyone relies on it."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from sqlalchemy import BigInteger, Connection, Table, cast, extract, func, select

from ree_desk.store import backend
from ree_desk.store.tables import audit_event_table, metadata, month_close_table, movement_origin_table, movement_table

_BATCH = 5000

# Progress: (table, rows copied of it so far, its rows).
CopyProgress = Callable[[str, int, int], None]


def _tables() -> list[Table]:
    """Tables in an order their foreign keys accept; the closed months last,
    because the store refuses a movement dated in a closed month."""
    tables = [t for t in metadata.sorted_tables if t.name != month_close_table.name]
    return [*tables, month_close_table]


def copy_rows(source: Connection, target: Connection, progress: CopyProgress | None = None) -> dict[str, int]:
    """Every row of every table from ``source`` into the empty ledger of
    ``target`` (both at the same schema), keys kept; rows copied per table."""
    copied: dict[str, int] = {}
    for table in _tables():
        total = source.execute(select(func.count()).select_from(table)).scalar() or 0
        done = 0
        rows = source.execution_options(yield_per=_BATCH).execute(
            select(table).order_by(*table.primary_key.columns))
        for part in rows.partitions():
            backend.load_rows(target, table, part)
            done += len(part)
            if progress:
                progress(table.name, done, total)
        copied[table.name] = done
    backend.of(target).follow_copied_keys(target, _tables())
    return copied


@dataclass
class Fingerprint:
    """What two copies of one ledger must agree on."""

    rows: dict[str, int] = field(default_factory=dict)
    months: list[tuple[int, int, int, int, int]] = field(default_factory=list)  # year, month, movements, g, REO g
    quota: list[tuple[int, str, str, int]] = field(default_factory=list)  # year, kind, country, REO g
    movement_head: str | None = None
    audit_head: str | None = None

    def differences(self, other: "Fingerprint") -> list[str]:
        out = []
        for name in sorted(set(self.rows) | set(other.rows)):
            if self.rows.get(name) != other.rows.get(name):
                out.append(f"{name}: {self.rows.get(name)} rows, the copy {other.rows.get(name)}")
        if self.months != other.months:
            out.append("the movements' totals by month differ")
        if self.quota != other.quota:
            out.append("the quota used by year, kind and origin differs")
        if self.movement_head != other.movement_head:
            out.append(f"the movement chain ends in {self.movement_head}, the copy's in {other.movement_head}")
        if self.audit_head != other.audit_head:
            out.append(f"the audit chain ends in {self.audit_head}, the copy's in {other.audit_head}")
        return out


def fingerprint(conn: Connection) -> Fingerprint:
    m, o = movement_table, movement_origin_table
    result = Fingerprint()
    for table in _tables():
        result.rows[table.name] = conn.execute(select(func.count()).select_from(table)).scalar() or 0
    year, month = extract("year", m.c.day), extract("month", m.c.day)
    result.months = [tuple(int(v) for v in row) for row in conn.execute(
        select(year, month, func.count(), cast(func.sum(m.c.mass_g), BigInteger), cast(func.sum(m.c.reo_g), BigInteger))
        .group_by(year, month).order_by(year, month))]
    result.quota = [(int(y), kind, country, int(g)) for y, kind, country, g in conn.execute(
        select(year, m.c.quota_kind, o.c.country, cast(func.sum(o.c.reo_g), BigInteger))
        .select_from(m.join(o, o.c.movement_id == m.c.id))
        .where(m.c.quota_kind.is_not(None))
        .group_by(year, m.c.quota_kind, o.c.country).order_by(year, m.c.quota_kind, o.c.country))]
    result.movement_head = conn.execute(select(m.c.chain).order_by(m.c.id.desc()).limit(1)).scalar()
    a = audit_event_table
    result.audit_head = conn.execute(select(a.c.chain).order_by(a.c.id.desc()).limit(1)).scalar()
    return result
