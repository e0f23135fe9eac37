"""What a clerk may pick from while typing a movement: the lots of a
material and the counterparties already used, each with what helps to
recognise it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from ree_desk.services.stock import balances
from ree_desk.store.database import Database
from ree_desk.store.queries import chunks
from ree_desk.store.tables import lot_table, material_table, movement_table

ON_HAND_DAY = dt.date(9999, 11, 30)  # every movement to date, future-dated ones too


@dataclass(frozen=True)
class LotChoice:
    lot: str
    origin: str | None
    mass_g: int  # on hand now, all movements to date


@dataclass(frozen=True)
class CounterpartyChoice:
    name: str
    credit_code: str | None


def lots_of(db: Database, material: str, *, limit: int = 300, stocked_limit: int = 1000) -> list[LotChoice]:
    """Every lot of a material with stock on hand (up to ``stocked_limit``),
    then the newest others up to ``limit``: a FEED or a shipment needs a lot
    in stock however old it is, a receipt adds to a recent one."""
    lt, mat = lot_table, material_table
    code = material.strip().upper()
    columns = select(lt.c.id, lt.c.lot_no, lt.c.origin).select_from(lt.join(mat, mat.c.id == lt.c.material_id))
    with db.read() as conn:
        # Through the closing balances: the cost follows the months since
        # the last close, not the length of history.
        on_hand = {lot_id: mass for lot_id, (mass, _reo) in balances(conn, ON_HAND_DAY).items()}
        stocked = [r for part in chunks(sorted(i for i, mass in on_hand.items() if mass > 0))
                   for r in conn.execute(columns.where(mat.c.code == code, lt.c.id.in_(part)))]
        newest = conn.execute(columns.where(mat.c.code == code).order_by(lt.c.id.desc()).limit(limit)).all()
    stocked.sort(key=lambda r: r.id, reverse=True)
    seen = {r.id for r in stocked[:stocked_limit]}
    rows = stocked[:stocked_limit] + [r for r in newest if r.id not in seen]
    return [LotChoice(r.lot_no, r.origin, on_hand.get(r.id, 0)) for r in rows]


def counterparties(db: Database, *, limit: int = 2000) -> list[CounterpartyChoice]:
    """Names used on movements, most recently used first, each with a credit
    code it was given with (one scan of the ledger: a name rarely has two)."""
    mt = movement_table
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
