"""Stock as of any day, per material and lot, in mass and REO.

The cost follows the month, not the history: it starts from the closing
balances of the latest closed month before the day and adds the movements
after it.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Connection, func, select

from ree_desk.store.database import Database
from ree_desk.store.models import ClosingBalance, Lot, Material, Movement
from ree_desk.ledger.origins import dominant_origin
from ree_desk.quantities import split_by_shares
from ree_desk.store.queries import chunks, made_lot_shares


@dataclass
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


def month_of(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_end(month: str) -> dt.date:
    year, mon = int(month[:4]), int(month[5:])
    first_next = dt.date(year + (mon == 12), mon % 12 + 1, 1)
    return first_next - dt.timedelta(days=1)


def latest_snapshot(conn: Connection, day: dt.date) -> str | None:
    """The latest month with closing balances that ended on or before ``day``."""
    cb = ClosingBalance.__table__
    # Bounded by the month before day's month; months are 'YYYY-MM' strings.
    limit = month_of(day) if day == month_end(month_of(day)) else month_of(day.replace(day=1) - dt.timedelta(days=1))
    return conn.execute(select(func.max(cb.c.month)).where(cb.c.month <= limit)).scalar()


def balances(conn: Connection, day: dt.date) -> dict[int, tuple[int, int]]:
    """lot id -> (mass_g, reo_g) at the end of ``day``; zero lots left out."""
    cb = ClosingBalance.__table__
    mt = Movement.__table__
    totals: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    snap = latest_snapshot(conn, day)
    after = None
    if snap is not None:
        for lot_id, mass, reo in conn.execute(select(cb.c.lot_id, cb.c.mass_g, cb.c.reo_g).where(cb.c.month == snap)):
            totals[lot_id][0] += mass
            totals[lot_id][1] += reo
        after = month_end(snap)
    q = select(mt.c.lot_id, func.sum(mt.c.mass_g), func.sum(mt.c.reo_g)).where(mt.c.day <= day)
    if after is not None:
        q = q.where(mt.c.day > after)
    for lot_id, mass, reo in conn.execute(q.group_by(mt.c.lot_id)):
        totals[lot_id][0] += int(mass)
        totals[lot_id][1] += int(reo)
    return {k: (m, r) for k, (m, r) in totals.items() if m or r}


def stock_as_of(db: Database, day: dt.date, *, material: str | None = None) -> list[LotStock]:
    with db.read() as conn:
        return stock_in(conn, day, material=material)


def stock_in(conn: Connection, day: dt.date, *, material: str | None = None) -> list[LotStock]:
    bal = balances(conn, day)
    lt, mat = Lot.__table__, Material.__table__
    out: list[LotStock] = []
    mixed: list[int] = []
    for part in chunks(sorted(bal)):
        q = (
            select(lt.c.id, lt.c.lot_no, lt.c.origin, lt.c.source, mat.c.code, mat.c.group, mat.c.category)
            .select_from(lt.join(mat, mat.c.id == lt.c.material_id))
            .where(lt.c.id.in_(part))
        )
        if material:
            q = q.where(mat.c.code == material)
        for r in conn.execute(q):
            mass, reo = bal[r.id]
            out.append(LotStock(r.code, r.group, r.category, r.lot_no, r.id, r.origin or "", mass, reo,
                                {r.origin: reo} if r.origin else {}))
            if r.source == "run":
                mixed.append(r.id)  # its mix may differ on an earlier day
    if mixed:
        shares = made_lot_shares(conn, mixed, until=day)
        for s in out:
            weights = {c: w for c, w in sorted(shares.get(s.lot_id, {}).items()) if w > 0}
            if weights:
                # The lot's REO today, split in the shares of what was made into it.
                s.origin_shares = split_by_shares(s.reo_g, weights)
                s.origin = dominant_origin(weights)
    out.sort(key=lambda s: (s.material, s.lot))
    return out


