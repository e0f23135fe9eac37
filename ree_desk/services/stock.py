"""Stock as of any day, per material and lot, in mass and REO.

The cost follows the month, not the history: it starts from the closing
balances of the latest closed month before the day, or the ledger's own
checkpoint of the latest year's end when that is later
(``ree_desk.store.checkpoints``), and adds the movements after it.
"""
from __future__ import annotations

import datetime as dt
from operator import attrgetter
from dataclasses import dataclass, field

from sqlalchemy import Connection

from ree_desk.store.balances import balance_select, month_end, month_of
from ree_desk.store.balances import balances as stored_balances
from ree_desk.store.database import Database
from ree_desk.store.models import Lot, MadeShare, Material
from ree_desk.ledger.origins import dominant_origin
from ree_desk.quantities import split_by_shares
from ree_desk.store.queries import made_lot_shares

__all__ = ["LotStock", "balances", "month_end", "month_of", "stock_as_of", "stock_in"]


@dataclass(slots=True)
class LotStock:
    material: str
    material_group: str
    category: str
    lot: str
    lot_id: int
    origin: str
    mass_g: int
    reo_g: int
    origin_shares: dict[str, int] = field(default_factory=dict)


def balances(conn: Connection, day: dt.date) -> dict[int, tuple[int, int]]:
    """lot id -> (mass_g, reo_g) at the end of ``day``; zero lots left out."""
    return stored_balances(conn, day)


def stock_as_of(db: Database, day: dt.date, *, material: str | None = None) -> list[LotStock]:
    with db.read() as conn:
        return stock_in(conn, day, material=material)


def stock_in(conn: Connection, day: dt.date, *, material: str | None = None) -> list[LotStock]:
    """Every lot with stock at the end of ``day``, by material code and lot
    number. A lot of several origins
    comes once per country made into it, with what was made, as kept
    beside the ledger (``made_share``)."""
    lt, mat, ms = Lot.__table__, Material.__table__, MadeShare.__table__

    def columns(lot_id, figures) -> list:
        mass, reo = figures
        return [mat.c.code.label("code"), mat.c.group, mat.c.category, lt.c.lot_no.label("lot_no"), lt.c.id,
                lt.c.origin, mass, reo, ms.c.country.label("country"), ms.c.reo_g, ms.c.last_day]

    def joins(source):
        of_material = mat.c.id == lt.c.material_id
        if material:
            of_material = of_material & (mat.c.code == material)
        return (source.join(lt, lt.c.id == source.c.lot_id).join(mat, of_material)
                .outerjoin(ms, (ms.c.lot_id == lt.c.id) & lt.c.origin.is_(None)))

    out: list[LotStock] = []
    mixed: dict[int, LotStock] = {}
    made: dict[int, dict[str, int]] = {}
    unkept: set[int] = set()
    # Each lot becomes its LotStock as its rows arrive, a batch at a time:
    # hundreds of thousands of rows are never all held beside them.
    for batch in conn.execute(balance_select(conn, day, columns, joins)).partitions(5000):
        for code, group, category, lot_no, lot_id, origin, mass, reo, country, made_reo, last_day in batch:
            if origin is not None:
                out.append(LotStock(code, group, category, lot_no, lot_id, origin, mass, reo, {origin: reo}))
                continue
            # A lot made from several origins (one row per country made into
            # it): its mix may differ on an earlier day. A made lot that
            # names one origin made only it.
            if lot_id not in mixed:
                out.append(mixed.setdefault(lot_id, LotStock(code, group, category, lot_no, lot_id, "", mass, reo,
                                                             {})))
            if country is None or last_day > day:
                unkept.add(lot_id)  # made into after that day: read from the movements
            else:
                made.setdefault(lot_id, {})[country] = made_reo
    out.sort(key=attrgetter("material", "lot"))  # here: the database's sort of wide rows cost more
    if unkept:
        for lot_id in unkept:
            made.pop(lot_id, None)
        made.update(made_lot_shares(conn, unkept, until=day))
    for lot_id, shares in made.items():
        weights = {c: w for c, w in sorted(shares.items()) if w > 0}
        if weights:
            # The lot's REO that day, split in the shares of what was made into it.
            s = mixed[lot_id]
            s.origin_shares = split_by_shares(s.reo_g, weights)
            s.origin = dominant_origin(weights)
    return out
