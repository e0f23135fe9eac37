"""Quota allocations and the quota position of a year."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select

from ree_desk.domain.accounts.roles import Permission
from ree_desk.domain.ledger.quota import QuotaLine, build_lines, forecast_exhaustion
from ree_desk.domain.movement_types import QuotaKind, QuotaScope
from ree_desk.domain.problems import InputRejected, Problem
from ree_desk.domain.quantities import QuantityError, format_tonnes, parse_tonnes
from ree_desk.services.accounts import require
from ree_desk.services.posting import audit, now
from ree_desk.store import queries
from ree_desk.store.database import Database
from ree_desk.store.tables import quota_allocation_table


def add_allocation(
    db: Database, *, year: int, kind: str, tonnes: str, batch: int | None = None,
    scope: str = "any", document: str | None = None, user: str,
) -> int:
    """Record one batch of a quota (tonnes REO). Returns the allocation id."""
    user = require(db, Permission.QUOTA, user)
    problems = []
    if not 2000 <= year <= 2100:
        problems.append(Problem(None, "year", "a year such as 2026", str(year)))
    try:
        kind_v = QuotaKind(kind)
    except ValueError:
        problems.append(Problem(None, "kind", "mining_rock, mining_ionic or separation", f'"{kind}"'))
    try:
        scope_v = QuotaScope(scope)
    except ValueError:
        problems.append(Problem(None, "scope", "any, domestic or imported", f'"{scope}"'))
    grams = 0
    try:
        grams = parse_tonnes(str(tonnes))
        if grams <= 0:
            problems.append(Problem(None, "tonnes", "a quota of more than 0 t REO", str(tonnes)))
    except QuantityError as exc:
        problems.append(Problem(None, "tonnes", f"tonnes of REO ({exc})", f'"{tonnes}"'))
    if batch is not None and batch < 1:
        problems.append(Problem(None, "batch", "a batch number of 1 or more", str(batch)))
    if problems:
        raise InputRejected(problems)
    t = quota_allocation_table
    with db.write() as conn:
        if batch is None:
            batches = conn.execute(select(t.c.batch).where(t.c.year == year, t.c.kind == kind_v.value)).scalars()
            batch = max(batches, default=0) + 1
        new_id = conn.execute(insert(t).values(
            year=year, kind=kind_v.value, scope=scope_v.value, batch=batch, reo_g=grams,
            document=(document or "").strip() or None, created_at=now(), created_by=user,
        )).inserted_primary_key[0]
        audit(conn, user, "quota_add", {"id": new_id, "year": year, "kind": kind_v.value, "scope": scope_v.value,
                                        "batch": batch, "tonnes": format_tonnes(grams), "document": document})
    return new_id


def allocations(db: Database, year: int) -> list[dict]:
    t = quota_allocation_table
    with db.read() as conn:
        rows = conn.execute(select(t).where(t.c.year == year).order_by(t.c.kind, t.c.scope, t.c.batch, t.c.id))
        return [dict(r._mapping) for r in rows]


def quota_status(db: Database, year: int, *, as_of: dt.date | None = None, month: int | None = None) -> list[QuotaLine]:
    """The position per kind and scope: allocated, used (by origin), remaining,
    and the forecast exhaustion date at the year-to-date rate.

    ``as_of`` (default today) bounds the rate's days; use is the whole
    year's ledger either way, because every posted tonne has been used.
    """
    as_of = as_of or dt.date.today()
    with db.read() as conn:
        allocs = queries.allocations_for_year(conn, year)
        use = queries.quota_use(conn, year, month=month)
        detail = allocations(db, year) if allocs else []
    lines = build_lines(year, allocs, use)
    for line in lines:
        line.batches = [
            {"batch": a["batch"], "tonnes": format_tonnes(a["reo_g"]), "document": a["document"]}
            for a in detail if a["kind"] == line.kind.value and a["scope"] == line.scope.value
        ]
        if line.allocated_g > 0:
            line.forecast_date = forecast_exhaustion(line.allocated_g, line.used_g, year, as_of)
    return lines
