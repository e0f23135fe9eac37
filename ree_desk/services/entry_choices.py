"""What a clerk may pick from while typing a movement: the lots of a
material and the counterparties already used, each with what helps to
recognise it."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from ree_desk.store.database import Database
from ree_desk.store.models import Lot, Material, Movement


@dataclass(frozen=True)
class LotChoice:
    lot: str
    origin: str | None
    mass_g: int  # on hand now, all movements to date


@dataclass(frozen=True)
class CounterpartyChoice:
    name: str
    credit_code: str | None


def lots_of(db: Database, material: str, *, limit: int = 300) -> list[LotChoice]:
    """The newest ``limit`` lots of a material, those with stock first."""
    lt, mat, mt = Lot.__table__, Material.__table__, Movement.__table__
    with db.read() as conn:
        rows = conn.execute(
            select(lt.c.id, lt.c.lot_no, lt.c.origin)
            .select_from(lt.join(mat, mat.c.id == lt.c.material_id))
            .where(mat.c.code == material.strip().upper())
            .order_by(lt.c.id.desc())
            .limit(limit)
        ).all()
        ids = [r.id for r in rows]
        on_hand = dict(conn.execute(
            select(mt.c.lot_id, func.sum(mt.c.mass_g)).where(mt.c.lot_id.in_(ids)).group_by(mt.c.lot_id)
        ).all()) if ids else {}
    choices = [LotChoice(r.lot_no, r.origin, int(on_hand.get(r.id) or 0)) for r in rows]
    return sorted(choices, key=lambda c: c.mass_g <= 0)  # stable: newest first within each part


def counterparties(db: Database, *, limit: int = 2000) -> list[CounterpartyChoice]:
    """Names used on movements, most recently used first, each with a credit
    code it was given with (one scan of the ledger: a name rarely has two)."""
    mt = Movement.__table__
    last = func.max(mt.c.id).label("last")
    with db.read() as conn:
        rows = conn.execute(
            select(mt.c.counterparty, func.max(mt.c.credit_code), last)
            .where(mt.c.counterparty.is_not(None))
            .group_by(mt.c.counterparty)
            .order_by(last.desc())
            .limit(limit)
        ).all()
    return [CounterpartyChoice(name, code) for name, code, _last in rows]
