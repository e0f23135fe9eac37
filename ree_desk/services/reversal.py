"""Correcting a posted movement: a linked movement of opposite sign, with a reason."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, insert, select

from ree_desk.domain.accounts.roles import CLOSED_MONTH_REVERSAL, Actor, NotAllowed, Permission
from ree_desk.domain.drafts import MovementDraft
from ree_desk.domain.ledger.plan import Planned
from ree_desk.domain.ledger.stock_check import check_negative_stock
from ree_desk.domain.movement_types import MovementType, QuotaKind
from ree_desk.domain.problems import InputRejected, Problem
from ree_desk.services.accounts import actor_of, require, require_in
from ree_desk.services.posting import (
    PostResult,
    audit,
    closed_month_problem,
    insert_movements,
    ledger_grew,
    now,
)
from ree_desk.store import queries
from ree_desk.store.database import Database
from ree_desk.store.tables import (
    lot_table,
    material_table,
    movement_origin_table,
    movement_table,
    posting_table,
    run_table,
)


def reverse_movement(
    db: Database, movement_id: int, *, day: dt.date, reason: str, user: str,
    accept_reason: str | None = None,
) -> PostResult:
    """Post the reversal of ``movement_id`` dated ``day`` (an open month).

    The reversal carries the original's fields with mass and REO negated,
    so the two net to exactly zero, in stock and in quota use.

    A clerk reverses only their own movements of a month still open."""
    user = require(db, Permission.REVERSE_OWN, user, accepting=accept_reason is not None)
    reason = (reason or "").strip()
    if not reason:
        raise InputRejected([Problem(None, "reason", "a reason for the reversal", "an empty reason")])
    mt, ot = movement_table, movement_origin_table
    with db.write() as conn:
        orig = conn.execute(select(mt).where(mt.c.id == movement_id)).first()
        if orig is None:
            raise InputRejected([Problem(None, "movement", "the number of a posted movement", str(movement_id))])
        _check_whose(conn, actor_of(db), orig, user)
        if orig.reverses_id is not None:
            raise InputRejected([Problem(None, "movement", "an original movement (a reversal is not reversed again)",
                                         f"movement {movement_id} reverses {orig.reverses_id}")])
        already = conn.execute(select(mt.c.id).where(mt.c.reverses_id == movement_id)).scalar()
        if already is not None:
            raise InputRejected([Problem(None, "movement", "a movement not reversed yet",
                                         f"movement {movement_id} was reversed by {already}")])
        month = f"{day.year:04d}-{day.month:02d}"
        if month in queries.closed_months(conn):
            raise InputRejected([closed_month_problem(None, month)])
        split = {c: (-m, -r) for c, m, r in conn.execute(
            select(ot.c.country, ot.c.mass_g, ot.c.reo_g).where(ot.c.movement_id == movement_id))}
        lots = lot_table.c
        lot = conn.execute(select(lots.lot_no, lots.source, lots.origin).where(lots.id == orig.lot_id)).first()
        code = conn.execute(select(material_table.c.code).where(material_table.c.id == orig.material_id)).scalar()
        run = (conn.execute(select(run_table.c.code).where(run_table.c.id == orig.run_id)).scalar()
               if orig.run_id else None)
        draft = MovementDraft(
            line=None, day=day, type=MovementType(orig.type), material=code, lot=lot.lot_no,
            mass_g=-orig.mass_g, grade_bp=orig.grade_bp, origin=lot.origin, run=run, note=reason,
        )
        planned = Planned(draft, orig.material_id, (orig.material_id, lot.lot_no), lot.source, lot.origin,
                          -orig.reo_g, QuotaKind(orig.quota_kind) if orig.quota_kind else None, split)
        warnings: list[Problem] = []
        if draft.mass_g < 0:
            first = {orig.lot_id: day}
            key = planned.lot_key
            warnings = check_negative_stock(
                [planned],
                {key: queries.lot_mass_before(conn, first).get(orig.lot_id, 0)},
                {key: queries.lot_movements_from(conn, first).get(orig.lot_id, [])},
            )
        if warnings and accept_reason is None:
            raise InputRejected(warnings, "the reversal would leave the lot negative; accept it with a reason")
        posting_id = conn.execute(insert(posting_table).values(
            at=now(), by=user, source=f"reversal of movement {movement_id}", sha256=None, rows=1,
            accept_reason=accept_reason,
        )).inserted_primary_key[0]
        row = (
            day.isoformat(), orig.type, orig.material_id, orig.lot_id, -orig.mass_g, orig.grade_bp, -orig.reo_g,
            orig.quota_kind, orig.counterparty, orig.credit_code, orig.invoice_no, orig.customs_no, orig.run_id,
            orig.destination, reason, movement_id, planned.flags, accept_reason if planned.flags else None,
            posting_id, None,
        )
        written = insert_movements(conn, [planned], [row])
        ledger_grew(conn, day, written.ids[0], written.ids[-1])
        audit(conn, user, "reverse", {"movement": movement_id, "reversal": written.ids[0], "reason": reason,
                                      "posting": posting_id, **written.detail(),
                                      "flagged": int(bool(planned.flags)),
                                      "accept_reason": accept_reason if planned.flags else None})
        return PostResult(posting_id, written.ids, int(bool(planned.flags)))


def _check_whose(conn: Connection, actor: Actor | None, orig, user: str) -> None:
    """Another's movement, or one of a closed month, is a manager's to reverse."""
    if actor is None:
        return  # no accounts: everyone may
    month = f"{orig.day.year:04d}-{orig.day.month:02d}"
    if month in queries.closed_months(conn):
        require_in(conn, actor, Permission.REVERSE_ANY, user, doing=CLOSED_MONTH_REVERSAL)
        return
    by = conn.execute(select(posting_table.c.by).where(posting_table.c.id == orig.posting_id)).scalar()
    if by != actor.name:
        require_in(conn, actor, Permission.REVERSE_ANY, user)


def reversal_refusal(db: Database, movement_id: int) -> NotAllowed | None:
    """What the one signed in would be told on reversing ``movement_id``
    (None: nothing, as far as whose movement it is goes)."""
    actor = actor_of(db)
    if actor is None:
        return None
    mt = movement_table
    with db.read() as conn:
        try:
            require_in(conn, actor, Permission.REVERSE_OWN, actor.name)
            orig = conn.execute(select(mt.c.day, mt.c.posting_id).where(mt.c.id == movement_id)).first()
            if orig is not None:
                _check_whose(conn, actor, orig, actor.name)
        except NotAllowed as refused:
            return refused
    return None
