"""Stock as of any day, per material and lot, in mass and REO.

The cost follows the month, not the history: it starts from the closing
balances of the latest closed month before the day, or the ledger's own
checkpoint of the latest year's end when that is later
(``ree_desk.store.checkpoints``), and adds the movements after it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from ree_desk.store.balances import balance_rows, month_end, month_of
from ree_desk.store.balances import balances as stored_balances
from ree_desk.store.database import Database
from ree_desk.store.models import Lot, Material
from ree_desk.ledger.origins import dominant_origin
from ree_desk.quantities import split_by_shares
from ree_desk.store.made_shares import shares as kept_shares
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
    b = balance_rows(conn, day)
    lt, mat = Lot.__table__, Material.__table__
    q = (
        select(mat.c.code, mat.c.group, mat.c.category, lt.c.lot_no, lt.c.id, lt.c.origin, b.c.mass_g, b.c.reo_g)
        .select_from(b.join(lt, lt.c.id == b.c.lot_id).join(mat, mat.c.id == lt.c.material_id))
        .order_by(mat.c.code, lt.c.lot_no)
    )
    if material:
        q = q.where(mat.c.code == material)
    out: list[LotStock] = []
    mixed: list[LotStock] = []
    for code, group, category, lot_no, lot_id, origin, mass, reo in conn.execute(q).all():
        s = LotStock(code, group, category, lot_no, lot_id, origin or "", int(mass), int(reo),
                     {origin: int(reo)} if origin else {})
        out.append(s)
        if origin is None:
            # A lot made from several origins: its mix may differ on an
            # earlier day. A made lot that names one origin made only it.
            mixed.append(s)
    if mixed:
        ids = [s.lot_id for s in mixed]
        shares = kept_shares(conn, ids, until=day)
        unkept = [lot_id for lot_id in ids if lot_id not in shares]
        if unkept:
            shares.update(made_lot_shares(conn, unkept, until=day))
        for s in mixed:
            weights = {c: w for c, w in sorted(shares.get(s.lot_id, {}).items()) if w > 0}
            if weights:
                # The lot's REO that day, split in the shares of what was made into it.
                s.origin_shares = split_by_shares(s.reo_g, weights)
                s.origin = dominant_origin(weights)
    return out
