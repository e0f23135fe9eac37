"""Each lot's balance on a day, read from the nearest balances kept before
it and the movements after: the closing balances of the latest closed month,
or the ledger's own checkpoint of the latest year's end when that is later
(``ree_desk.store.checkpoints``). The cost follows the months since, not the
length of history. Portable SQL only.
"""
from __future__ import annotations

import datetime as dt

from collections.abc import Collection

from sqlalchemy import BigInteger, Connection, Select, Subquery, Table, case, cast, func, literal, select, union_all

from ree_desk.store import checkpoints, made_shares
from ree_desk.store.checkpoints import month_end, month_of
from ree_desk.store.models import CheckpointBalance, ClosingBalance, Lot, Material, Movement


def _limit_month(day: dt.date) -> str:
    """The latest month that has ended by the end of ``day``."""
    return month_of(day) if day == month_end(month_of(day)) else month_of(day.replace(day=1) - dt.timedelta(days=1))


def latest_snapshot(conn: Connection, day: dt.date) -> str | None:
    """The latest closed month with closing balances that ended on or before ``day``."""
    cb = ClosingBalance.__table__
    return conn.execute(select(func.max(cb.c.month)).where(cb.c.month <= _limit_month(day))).scalar()


def start_of(conn: Connection, day: dt.date) -> tuple[str, Table] | None:
    """The balances stock as of ``day`` starts from: the latest closed
    month's or checkpoint's before it (the closed month's when both end the
    same month), as (month, the table holding them by month and lot); None:
    from nothing."""
    closed = latest_snapshot(conn, day)
    kept = checkpoints.latest(conn, _limit_month(day))
    if closed is not None and (kept is None or closed >= kept):
        return closed, ClosingBalance.__table__
    if kept is not None:
        return kept, CheckpointBalance.__table__
    return None


def _held(start: tuple[str, Table], *columns) -> Select:
    month, t = start
    return select(t.c.lot_id, t.c.mass_g, t.c.reo_g, *columns).where(t.c.month == month)


def balance_rows(conn: Connection, day: dt.date) -> Subquery:
    """A subquery of (lot_id, mass_g, reo_g) at the end of ``day``, zero lots
    left out: the starting balances and the movements after them, summed by
    lot in the database."""
    mt = Movement.__table__
    moved = select(mt.c.lot_id, mt.c.mass_g, mt.c.reo_g).where(mt.c.day <= day)
    start = start_of(conn, day)
    if start is not None:
        parts = union_all(_held(start), moved.where(mt.c.day > month_end(start[0]))).subquery()
    else:
        parts = moved.subquery()
    # Cast: PostgreSQL sums big integers as numeric, SQLite as integers.
    mass, reo = cast(func.sum(parts.c.mass_g), BigInteger), cast(func.sum(parts.c.reo_g), BigInteger)
    return (select(parts.c.lot_id, mass.label("mass_g"), reo.label("reo_g"))
            .group_by(parts.c.lot_id).having((mass != 0) | (reo != 0)).subquery())


def moved_balances(conn: Connection, since: dt.date, day: dt.date) -> dict[int, tuple[int, int]]:
    """lot id -> (mass_g, reo_g) at the end of ``day`` of every lot moved
    after ``since`` up to ``day`` (zero balances included)."""
    mt = Movement.__table__
    moved = select(mt.c.lot_id).where(mt.c.day > since, mt.c.day <= day).distinct()
    parts: list[Select] = []
    after = mt.c.day <= day
    start = start_of(conn, day)
    if start is not None:
        month, t = start
        parts.append(select(t.c.lot_id, t.c.mass_g, t.c.reo_g).where(t.c.month == month, t.c.lot_id.in_(moved)))
        after = after & (mt.c.day > month_end(month))
    parts.append(select(mt.c.lot_id, mt.c.mass_g, mt.c.reo_g).where(after, mt.c.lot_id.in_(moved)))
    u = union_all(*parts).subquery()
    rows = conn.execute(select(u.c.lot_id, cast(func.sum(u.c.mass_g), BigInteger),
                               cast(func.sum(u.c.reo_g), BigInteger)).group_by(u.c.lot_id)).all()
    return {lot_id: (m, r) for lot_id, m, r in rows}


def balances(conn: Connection, day: dt.date) -> dict[int, tuple[int, int]]:
    """lot id -> (mass_g, reo_g) at the end of ``day``; zero lots left out."""
    b = balance_rows(conn, day)
    return {lot_id: (m, r) for lot_id, m, r in conn.execute(select(b)).all()}


def month_lot_rows(conn: Connection, first: dt.date, last: dt.date,
                   inflows: Collection[str], outflows: Collection[str]) -> list[tuple]:
    """Each lot's month from ``first`` to ``last``, in one statement: every lot
    holding stock at the start or moved within it, as (lot id, lot number,
    lot origin (None for a lot of several origins whose shares are not kept
    for that day: ``made_shares``), material code, material Chinese name, category, group,
    opening mass, opening REO, in mass, in REO, out mass, out REO, adjusted
    mass, adjusted REO, movements in the month). ``in`` counts the ``inflows`` types, ``out``
    the ``outflows`` (positive), the rest are adjustments; a reversal counts
    with the type it reverses."""
    mt = Movement.__table__
    names = ("o_m", "o_r", "i_m", "i_r", "x_m", "x_r", "a_m", "a_r", "n")

    def named(lot_id, *figures) -> list:
        return [lot_id.label("lot_id"), *(f.label(n) for f, n in zip(figures, names))]

    def zeros(count: int) -> list:
        return [literal(0) for _ in range(count)]

    eve = first - dt.timedelta(days=1)
    parts: list[Select] = []
    start = start_of(conn, eve)
    before = mt.c.day <= eve
    if start is not None:
        month, t = start
        parts.append(select(*named(t.c.lot_id, t.c.mass_g, t.c.reo_g, *zeros(7))).where(t.c.month == month))
        before = before & (mt.c.day > month_end(month))
    parts.append(select(*named(mt.c.lot_id, mt.c.mass_g, mt.c.reo_g, *zeros(7))).where(before))

    def part(types: list[str], sign: int = 1, *, among: bool = True) -> tuple:
        hit = mt.c.type.in_(types) if among else mt.c.type.not_in(types)
        return (case((hit, sign * mt.c.mass_g), else_=0), case((hit, sign * mt.c.reo_g), else_=0))

    flows = [*part(list(inflows)), *part(list(outflows), -1), *part([*inflows, *outflows], among=False)]
    parts.append(select(*named(mt.c.lot_id, *zeros(2), *flows, literal(1)))
                 .where(mt.c.day >= first, mt.c.day <= last))
    u = union_all(*parts).subquery()
    sums = [cast(func.sum(u.c[n]), BigInteger) for n in names]
    lots = (select(u.c.lot_id, *[total.label(n) for total, n in zip(sums, names)]).group_by(u.c.lot_id)
            .having((sums[0] != 0) | (sums[1] != 0) | (sums[8] > 0)).subquery())
    lt, mat = Lot.__table__, Material.__table__
    return conn.execute(
        select(lt.c.id, lt.c.lot_no, func.coalesce(lt.c.origin, made_shares.dominant_column(lt, last)), mat.c.code, mat.c.name_zh, mat.c.category, mat.c.group,
               *list(lots.c)[1:])
        .select_from(lots.join(lt, lt.c.id == lots.c.lot_id).join(mat, mat.c.id == lt.c.material_id))
    ).all()


def group_balances(conn: Connection, day: dt.date) -> list[tuple[str, str, int, int, int]]:
    """(category, group, lots, mass_g, reo_g) of the lots with stock at the
    end of ``day``, summed in the database: a dashboard's figure without a
    row per lot."""
    b = balance_rows(conn, day)
    lt, mat = Lot.__table__, Material.__table__
    return [tuple(r) for r in conn.execute(
        select(mat.c.category, mat.c.group, func.count(), cast(func.sum(b.c.mass_g), BigInteger),
               cast(func.sum(b.c.reo_g), BigInteger))
        .select_from(b.join(lt, lt.c.id == b.c.lot_id).join(mat, mat.c.id == lt.c.material_id))
        .group_by(mat.c.category, mat.c.group)
    ).all()]
