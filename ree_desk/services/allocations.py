"""Correcting a quota allocation, and the years there is something to show.

Allocations are not ledger rows: a batch typed wrongly is corrected in
place. Every correction names its reason and is kept in the audit trail with
the figures before and after, so the history of a quota stays readable.
Year and kind are not edited: a batch of another kind or year is another
allocation.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, update

from ree_desk.domain.accounts.roles import Permission
from ree_desk.domain.movement_types import QuotaScope
from ree_desk.domain.problems import InputRejected, Problem, shown
from ree_desk.domain.quantities import QuantityError, format_tonnes, parse_tonnes
from ree_desk.services.accounts import require
from ree_desk.services.posting import audit
from ree_desk.store.database import Database
from ree_desk.store.tables import movement_table, quota_allocation_table

GRAMS_PER_TONNE = 1_000_000


def exact_tonnes(grams: int) -> str:
    """Tonnes as typed back into a form: no grouping, no trailing zeros, no
    rounding (quota documents may state tonnes to the gram)."""
    whole, rest = divmod(grams, GRAMS_PER_TONNE)
    if not rest:
        return str(whole)
    return f"{whole}.{rest:06d}".rstrip("0")


def allocation(db: Database, allocation_id: int) -> dict | None:
    t = quota_allocation_table
    with db.read() as conn:
        row = conn.execute(select(t).where(t.c.id == allocation_id)).first()
    return dict(row._mapping) if row else None


def _checked(tonnes: str, batch: int, scope: str, reason: str) -> tuple[int, QuotaScope, str]:
    problems = []
    grams = 0
    try:
        grams = parse_tonnes(str(tonnes))
        if grams <= 0:
            problems.append(Problem(None, "tonnes", "a quota of more than 0 t REO", shown(tonnes)))
    except QuantityError as exc:
        problems.append(Problem(None, "tonnes", f"tonnes of REO ({exc})", shown(tonnes)))
    scope_v = QuotaScope.ANY
    try:
        scope_v = QuotaScope(scope)
    except ValueError:
        problems.append(Problem(None, "scope", "any, domestic or imported", shown(scope)))
    if batch < 1:
        problems.append(Problem(None, "batch", "a batch number of 1 or more", str(batch)))
    reason = (reason or "").strip()
    if not reason:
        problems.append(Problem(None, "reason", "a reason for changing the allocation", "an empty reason"))
    if problems:
        raise InputRejected(problems)
    return grams, scope_v, reason


def edit_allocation(
    db: Database, allocation_id: int, *, tonnes: str, batch: int, scope: str,
    document: str | None, reason: str, user: str,
) -> dict:
    """Correct one allocation's tonnes, batch, scope or document, with a reason.

    Returns the allocation as it is now. Raises ``InputRejected`` (and
    changes nothing) for bad figures, an empty reason, an unknown allocation
    or an edit that changes nothing.
    """
    user = require(db, Permission.QUOTA, user)
    grams, scope_v, reason = _checked(tonnes, batch, scope, reason)
    document = (document or "").strip() or None
    t = quota_allocation_table
    with db.write() as conn:
        before = conn.execute(select(t).where(t.c.id == allocation_id)).first()
        if before is None:
            raise InputRejected([Problem(None, "allocation", "the number of a recorded allocation",
                                         str(allocation_id))])
        after = {"reo_g": grams, "batch": batch, "scope": scope_v.value, "document": document}
        changed = {k: v for k, v in after.items() if getattr(before, k) != v}
        if not changed:
            raise InputRejected([Problem(None, None, "a change to the allocation", "the same figures")])
        conn.execute(update(t).where(t.c.id == allocation_id).values(**changed))
        audit(conn, user, "quota_edit", {
            "id": allocation_id, "year": before.year, "kind": before.kind, "reason": reason,
            "before": _shown(before.reo_g, before.batch, before.scope, before.document),
            "after": _shown(grams, batch, scope_v.value, document),
        })
        row = conn.execute(select(t).where(t.c.id == allocation_id)).first()
    return dict(row._mapping)


def _shown(grams: int, batch: int, scope: str, document: str | None) -> dict:
    return {"tonnes": format_tonnes(grams) if grams % 1000 == 0 else exact_tonnes(grams),
            "batch": batch, "scope": scope, "document": document}


def quota_years(db: Database, today: dt.date) -> list[int]:
    """Years worth offering: those with allocations or movements, this year
    and the next (the first batch of a year is often announced before it)."""
    t = quota_allocation_table
    with db.read() as conn:
        years = set(conn.execute(select(t.c.year).distinct()).scalars())
        first, last = conn.execute(select(func.min(movement_table.c.day), func.max(movement_table.c.day))).one()
    if first is not None:
        years.update(range(first.year, last.year + 1))
    years.update((today.year, today.year + 1))
    return sorted(years, reverse=True)
