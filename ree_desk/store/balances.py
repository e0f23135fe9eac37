"""Each lot's balance on a day, read from the nearest balances kept before
it and the movements after: the closing balances of the latest closed month,
or the ledger's own checkpoint of the latest year's end when that is later
(``ree_desk.store.checkpoints``). The cost follows the months since, not the
length of history. Portable SQL only.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import BigInteger, Connection, Select, Table, case, cast, func, select, union_all

from ree_desk.domain.calendar import month_end, month_of
from ree_desk.store import checkpoints
from ree_desk.store.tables import (
    checkpoint_balance_table,
    closing_balance_table,
    lot_table,
    material_table,
    movement_table,
)


def _limit_month(day: dt.date) -> str:
    """The latest month that has ended by the end of ``day``."""
    return month_of(day) if day == month_end(month_of(day)) else month_of(day.replace(day=1) - dt.timedelta(days=1))


def latest_snapshot(conn: Connection, day: dt.date) -> str | None:
    """The latest closed month with closing balances that ended on or before ``day``."""
    cb = closing_balance_table
    return conn.execute(select(func.max(cb.c.month)).where(cb.c.month <= _limit_month(day))).scalar()


def start_of(conn: Connection, day: dt.date) -> tuple[str, Table] | None:
    """The balances stock as of ``day`` starts from: the latest closed
    month's or checkpoint's before it (the closed month's when both end the
    same month), as (month, the table holding them by month and lot); None:
    from nothing."""
    closed = latest_snapshot(conn, day)
    kept = checkpoints.latest(conn, _limit_month(day))
    if closed is not None and (kept is None or closed >= kept):
        return closed, closing_balance_table
    if kept is not None:
        return kept, checkpoint_balance_table
    return None


def _held(start: tuple[str, Table], *columns) -> Select:
    month, t = start
    return select(t.c.lot_id, t.c.mass_g, t.c.reo_g, *columns).where(t.c.month == month)


def _per_lot(start: tuple[str, Table] | None, moved: Select, held: dict[str, str],
             columns: Callable[[object, list], list], joins: Callable[[object], object],
             keep: Callable[[list], object]):
    """One select of a row per lot: the starting balances with ``moved`` (per
    lot sums, one row a lot, its figures named after the lot id) added on.
    With a start, two selects joined by UNION ALL: each kept lot joined to
    its sums, and the lots moved that the start does not hold. Both hold a
    lot once, so nothing is sorted or set aside to group them. ``held``
    names the start's column each figure adds to; ``columns(lot_id,
    figures)`` gives what to select, ``joins(source)`` the tables joined to
    the one holding the lot id, ``keep(figures)`` the rows kept."""
    names = [c.name for c in moved.selected_columns][1:]
    if start is None:
        sums = moved.subquery()
        figures = [sums.c[n] for n in names]
        return select(*columns(sums.c.lot_id, figures)).select_from(joins(sums)).where(keep(figures))
    month, t = start
    sums = moved.cte("moved")
    kept = [t.c[held[n]] + func.coalesce(sums.c[n], 0) if n in held else func.coalesce(sums.c[n], 0)
            for n in names]
    joined = (select(*columns(t.c.lot_id, kept))
              .select_from(joins(t).outerjoin(sums, sums.c.lot_id == t.c.lot_id))
              .where(t.c.month == month, keep(kept)))
    held_there = select(t.c.lot_id).where(t.c.month == month, t.c.lot_id == sums.c.lot_id).exists()
    figures = [sums.c[n] for n in names]
    fresh = select(*columns(sums.c.lot_id, figures)).select_from(joins(sums)).where(~held_there, keep(figures))
    return union_all(joined, fresh)


def _moved_after(start: tuple[str, Table] | None, day: dt.date):
    mt = movement_table
    return (mt.c.day <= day) & (mt.c.day > month_end(start[0])) if start is not None else mt.c.day <= day


def balance_select(conn: Connection, day: dt.date, columns: Callable[[object, list], list],
                   joins: Callable[[object], object] = lambda source: source):
    """A select of one row per lot with stock at the end of ``day``:
    ``columns(lot_id, [mass_g, reo_g])`` of the starting balances and the
    movements after them, summed by lot in the database, ``joins`` adding
    tables to the lot's (see ``_per_lot``)."""
    mt = movement_table
    start = start_of(conn, day)
    # Cast: PostgreSQL sums big integers as numeric, SQLite as integers.
    moved = (select(mt.c.lot_id, cast(func.sum(mt.c.mass_g), BigInteger).label("mass_g"),
                    cast(func.sum(mt.c.reo_g), BigInteger).label("reo_g"))
             .where(_moved_after(start, day)).group_by(mt.c.lot_id))
    return _per_lot(start, moved, {"mass_g": "mass_g", "reo_g": "reo_g"}, columns, joins,
                    lambda figures: (figures[0] != 0) | (figures[1] != 0))


def moved_balances(conn: Connection, since: dt.date, day: dt.date) -> dict[int, tuple[int, int]]:
    """lot id -> (mass_g, reo_g) at the end of ``day`` of every lot moved
    after ``since`` up to ``day`` (zero balances included)."""
    mt = movement_table
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
    q = balance_select(conn, day, lambda lot_id, figures: [lot_id, *figures])
    return {lot_id: (m, r) for batch in conn.execute(q).partitions(5000) for lot_id, m, r in batch}


def group_balances(conn: Connection, day: dt.date) -> list[tuple[str, str, int, int, int]]:
    """(category, group, lots, mass_g, reo_g) of the lots with stock at the
    end of ``day``, summed in the database: a dashboard's figure without a
    row per lot.

    Summed by material as the starting balances hold them, then changed by
    the lots moved since: their movements' sums, and a lot counted once more
    where it now holds stock and did not, once less where it did and now is
    empty. The starting balances are summed as they lie, never joined lot by
    lot to the movements since, which took three times as long with a few
    hundred thousand lots in stock."""
    mt, lt, mat = movement_table, lot_table, material_table
    start = start_of(conn, day)
    moved = (select(mt.c.lot_id, cast(func.sum(mt.c.mass_g), BigInteger).label("mass_g"),
                    cast(func.sum(mt.c.reo_g), BigInteger).label("reo_g"))
             .where(_moved_after(start, day)).group_by(mt.c.lot_id).subquery())
    per_material: dict[int, list[int]] = {}

    def add(q: Select) -> None:
        for material_id, lots, mass, reo in conn.execute(q.group_by(lt.c.material_id)):
            total = per_material.setdefault(material_id, [0, 0, 0])
            total[0] += int(lots or 0)
            total[1] += int(mass or 0)
            total[2] += int(reo or 0)

    def holds(mass, reo) -> object:
        return case(((mass != 0) | (reo != 0), 1), else_=0)

    if start is None:
        add(select(lt.c.material_id, func.sum(holds(moved.c.mass_g, moved.c.reo_g)),
                   func.sum(moved.c.mass_g), func.sum(moved.c.reo_g))
            .select_from(moved.join(lt, lt.c.id == moved.c.lot_id)))
    else:
        month, t = start
        add(select(lt.c.material_id, func.count(), func.sum(t.c.mass_g), func.sum(t.c.reo_g))
            .select_from(t.join(lt, lt.c.id == t.c.lot_id))
            .where(t.c.month == month, (t.c.mass_g != 0) | (t.c.reo_g != 0)))
        before_m, before_r = func.coalesce(t.c.mass_g, 0), func.coalesce(t.c.reo_g, 0)
        add(select(lt.c.material_id,
                   func.sum(holds(before_m + moved.c.mass_g, before_r + moved.c.reo_g) - holds(before_m, before_r)),
                   func.sum(moved.c.mass_g), func.sum(moved.c.reo_g))
            .select_from(moved.join(lt, lt.c.id == moved.c.lot_id)
                         .outerjoin(t, (t.c.month == month) & (t.c.lot_id == moved.c.lot_id))))
    groups: dict[tuple[str, str], list[int]] = {}
    for material_id, category, group in conn.execute(select(mat.c.id, mat.c.category, mat.c.group)):
        lots, mass, reo = per_material.get(material_id, (0, 0, 0))
        if lots:
            total = groups.setdefault((category, group), [0, 0, 0])
            total[0] += lots
            total[1] += mass
            total[2] += reo
    return [(category, group, *total) for (category, group), total in groups.items()]
