"""What a manager looks at first: quota headroom with its warnings, the next
report due, stock by material group, the latest movements; and the quota
use by month the quota charts draw.

Each figure comes from the service that owns it (quotas, months, stock) or
from one indexed query here, so the dashboard stays quick on a ledger of a
million movements.
"""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import and_, case, extract, func, select

from ree_desk.domain.ledger.quota import QuotaLine
from ree_desk.services import months, quotas
from ree_desk.services.stock_groups import GroupTotal, ordered
from ree_desk.store.balances import group_balances
from ree_desk.store.database import Database
from ree_desk.store.tables import lot_table, material_table, movement_origin_table, movement_table

LATEST = 15
# Use as hundredths of a percent of the allocation.
HIGH_BP = 8000
CRITICAL_BP = 9500
FULL_BP = 10000


class Level(StrEnum):
    """How close a quota is to running out."""

    OK = "ok"
    HIGH = "high"                # 80 % or more used
    CRITICAL = "critical"        # 95 % or more used
    OVER = "over"                # more than the allocation used
    UNALLOCATED = "unallocated"  # used, but nothing allocated against it


_SEVERITY = (Level.OK, Level.UNALLOCATED, Level.HIGH, Level.CRITICAL, Level.OVER)


def severity(level: Level) -> int:
    """Higher is worse: what a summary of several quotas names first."""
    return _SEVERITY.index(level)


def level_of(line: QuotaLine) -> Level:
    if line.allocated_g <= 0:
        return Level.UNALLOCATED
    if line.used_g > line.allocated_g:
        return Level.OVER
    bp = line.used_pct_bp or 0
    if bp >= CRITICAL_BP:
        return Level.CRITICAL
    if bp >= HIGH_BP:
        return Level.HIGH
    return Level.OK


@dataclass(frozen=True)
class Headroom:
    """One quota line (kind and scope) as the dashboard shows it."""

    line: QuotaLine
    level: Level

    @property
    def kind(self) -> str:
        return self.line.kind.value

    @property
    def scope(self) -> str:
        return self.line.scope.value

    @property
    def allocated_g(self) -> int:
        return self.line.allocated_g

    @property
    def used_g(self) -> int:
        return self.line.used_g

    @property
    def remaining_g(self) -> int:
        return self.line.remaining_g

    @property
    def used_pct_bp(self) -> int | None:
        return self.line.used_pct_bp

    @property
    def forecast_date(self) -> dt.date | None:
        return self.line.forecast_date

    @property
    def runs_out_this_year(self) -> bool:
        """The year-to-date rate uses the allocation up before the year ends."""
        return self.forecast_date is not None and self.forecast_date <= dt.date(self.line.year, 12, 31)

    @property
    def by_origin(self) -> list[tuple[str, int]]:
        """Use per origin country, China first, then the largest."""
        return sorted(self.line.used_by_origin.items(), key=lambda kv: (kv[0] != "CN", -kv[1], kv[0]))


def headroom(db: Database, year: int, as_of: dt.date) -> list[Headroom]:
    return [Headroom(line, level_of(line)) for line in quotas.quota_status(db, year, as_of=as_of)]


def stock_by_group(db: Database, day: dt.date) -> list[GroupTotal]:
    """Stock at the end of ``day`` per material category and group (lots
    with stock only), in catalogue order."""
    with db.read() as conn:
        return ordered(GroupTotal(*row) for row in group_balances(conn, day))


@dataclass(frozen=True)
class RecentMovement:
    id: int
    day: dt.date
    type: str
    material: str
    material_zh: str
    material_en: str
    lot: str
    origin: str | None  # None for a lot mixed by production runs
    mass_g: int
    reo_g: int
    counterparty: str | None
    reverses_id: int | None
    flagged: bool


def latest_movements(db: Database, limit: int = LATEST) -> list[RecentMovement]:
    """The last movements by date (and entry order within a day)."""
    m, mat, lot = movement_table, material_table, lot_table
    q = (
        select(m.c.id, m.c.day, m.c.type, mat.c.code, mat.c.name_zh, mat.c.name_en, lot.c.lot_no, lot.c.origin,
               m.c.mass_g, m.c.reo_g, m.c.counterparty, m.c.reverses_id, m.c.flags)
        .select_from(m.join(mat, mat.c.id == m.c.material_id).join(lot, lot.c.id == m.c.lot_id))
        .order_by(m.c.day.desc(), m.c.id.desc())
        .limit(limit)
    )
    with db.read() as conn:
        return [RecentMovement(r.id, r.day, r.type, r.code, r.name_zh, r.name_en, r.lot_no, r.origin, r.mass_g,
                               r.reo_g, r.counterparty, r.reverses_id, bool(r.flags)) for r in conn.execute(q)]


@dataclass
class Dashboard:
    today: dt.date
    year: int
    headroom: list[Headroom]
    months: dict
    stock: list[GroupTotal]
    latest: list[RecentMovement]
    timings_ms: dict[str, float] = field(default_factory=dict)

    @property
    def warnings(self) -> list[Headroom]:
        return [h for h in self.headroom if h.level is not Level.OK]


def load_dashboard(db: Database, today: dt.date) -> Dashboard:
    """Everything the dashboard shows, as of ``today``."""
    timings: dict[str, float] = {}

    def timed(name, fn, *args):
        start = time.perf_counter()
        result = fn(*args)
        timings[name] = (time.perf_counter() - start) * 1000
        return result

    return Dashboard(
        today=today,
        year=today.year,
        headroom=timed("quotas", headroom, db, today.year, today),
        months=timed("months", months.status, db, today),
        stock=timed("stock", stock_by_group, db, today),
        latest=timed("latest", latest_movements, db),
        timings_ms=timings,
    )


def quota_use_by_month(db: Database, year: int) -> dict[str, dict[int, dict[str, int]]]:
    """REO used against each quota kind, per month (1-12) and origin country.

    Counted as ``quota_status`` counts it (mining adds, feeding removes
    stock; both use quota), so a kind's months add up to its year's use.
    """
    m, o = movement_table, movement_origin_table
    month = extract("month", m.c.day)
    used = func.sum(o.c.reo_g * case((m.c.type == "FEED", -1), else_=1))
    q = (
        select(m.c.quota_kind, month, o.c.country, used)
        .select_from(m.join(o, o.c.movement_id == m.c.id))
        .where(and_(m.c.quota_kind.is_not(None), m.c.day >= dt.date(year, 1, 1), m.c.day <= dt.date(year, 12, 31)))
        .group_by(m.c.quota_kind, month, o.c.country)
    )
    out: dict[str, dict[int, dict[str, int]]] = {}
    with db.read() as conn:
        for kind, mon, country, grams in conn.execute(q):
            if grams:
                out.setdefault(kind, {}).setdefault(int(mon), {})[country] = int(grams)
    return out
