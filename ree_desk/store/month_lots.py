"""Each lot's month, for the report's inventory, as columns.

A plant's history leaves most of its lots partly used: a month's inventory
can hold hundreds of thousands of lots, of which a few thousand moved since
the balances kept to start from (``balances.start_of``). The two kinds are
read apart:

- a lot not moved since the start: its kept balance is both its opening and
  its closing, and it has no flows. Six narrow values a lot are read, and its
  flows are one shared zero;
- a lot moved since: its kept balance plus the movements since, summed by
  type in the database.

Each is read a column at a time, straight from the driver
(``driver_columns``). A row object per lot, with the material's four texts
repeated in each, cost more than the statement itself: a lot's material
comes as its id, a small number Python does not make anew for each row,
and a material's texts are read once and repeated for its run of lots.
Each kind comes from the database by material code and lot number, compared
by code point as Python compares them (``backend.code_point_order``); the
moved lots are put in their places among the others here, by one list of
places taken from every column at once (``_Merge``), not slice by slice.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Collection, Iterable, Sequence
from itertools import groupby, repeat
from operator import itemgetter

from sqlalchemy import BigInteger, Connection, case, cast, func, literal, select

from ree_desk.domain.calendar import month_end
from ree_desk.store import made_shares
from ree_desk.store.backend import code_point_order
from ree_desk.store.balances import start_of
from ree_desk.store.driver_columns import per_run, select_columns
from ree_desk.store.tables import lot_table, material_table, movement_table

# The columns, in this order: material code, Chinese name, category, group,
# lot number, origin, opening, in, out, adjusted, closing, the same five in
# REO, lot id.
COLUMN_COUNT = 17


def month_lot_columns(conn: Connection, first: dt.date, last: dt.date,
                      inflows: Collection[str], outflows: Collection[str]) -> tuple[tuple, ...]:
    """Each lot's month from ``first`` to ``last``: every lot holding stock
    at the start or moved within it, by material code and lot number, as
    the columns above. ``in`` counts the ``inflows`` types, ``out`` the
    ``outflows`` (positive), the rest are adjustments; a reversal counts
    with the type it reverses. The origin is None for a lot of several
    origins whose shares are not kept for that day (``made_shares``). Each
    column is a tuple (``report.model.Inventory`` says why)."""
    mat = material_table
    materials = {material_id: texts for material_id, *texts in conn.execute(
        select(mat.c.id, mat.c.code, mat.c.name_zh, mat.c.category, mat.c.group))}
    start = start_of(conn, first - dt.timedelta(days=1))
    since = month_end(start[0]) if start is not None else None
    lot_ids, kinds, lot_nos, origins, mass, reo = _unmoved(conn, start, last) if start is not None else [[]] * 6
    m_ids, m_kinds, m_lots, m_origins, m_mass, m_reo, *m_flows = _moved(conn, start, since, first, last,
                                                                       inflows, outflows)
    closing = [[o + i - x + a for o, i, x, a in zip(m_mass, *m_flows[:3])],
               [o + i - x + a for o, i, x, a in zip(m_reo, *m_flows[3:])]]
    merged = _Merge(lot_nos, [materials[k][0] for k in per_run(kinds)],
                    m_lots, [materials[k][0] for k in m_kinds])
    kinds = merged(kinds, m_kinds)
    zeros = len(lot_ids)  # the flows of each still lot
    return (
        *(tuple(per_run(kinds, lambda k, n=n: materials[k][n])) for n in range(4)),
        merged(lot_nos, m_lots), merged(origins, m_origins),
        merged(mass, m_mass), *(merged(repeat(0, zeros), f) for f in m_flows[:3]), merged(mass, closing[0]),
        merged(reo, m_reo), *(merged(repeat(0, zeros), f) for f in m_flows[3:]), merged(reo, closing[1]),
        merged(lot_ids, m_ids),
    )


class _Merge:
    """Puts the lots moved since the start in their places among those not
    moved, both given in order: each moved lot goes before the first still
    one that follows it, by material code, then lot number."""

    def __init__(self, lot_nos: Sequence[str], codes: Sequence[str], m_lots: Sequence[str], m_codes: Sequence[str]):
        self.still, self.moved = len(lot_nos), len(m_lots)
        runs: dict[str, tuple[int, int]] = {}  # material code -> where its still lots are
        place = 0
        for code, run in groupby(codes):
            runs[code] = (place, place := place + len(list(run)))
        firsts = sorted(runs)
        order: list[int] = []
        done = 0
        for n, (code, lot_no) in enumerate(zip(m_codes, m_lots)):
            found = runs.get(code)
            if found is None:  # a material no still lot has: before the next material that has one
                after = bisect_left(firsts, code)
                at = runs[firsts[after]][0] if after < len(firsts) else self.still
            else:
                at = bisect_left(lot_nos, lot_no, *found)
            order += range(done, at)
            order.append(self.still + n)
            done = at
        order += range(done, self.still)
        self.pick = itemgetter(*order) if len(order) > 1 else None

    def __call__(self, still: Iterable, moved: Sequence) -> tuple:
        values = [*still, *moved]
        if self.pick is None:  # one lot or none
            return tuple(values)
        return self.pick(values)


def _unmoved(conn: Connection, start: tuple, last: dt.date) -> list[list]:
    """(lot id, material id, lot number, origin, mass, REO) of the lots
    with a kept balance, not moved from the start to ``last``, in order."""
    month, t = start
    lt, mt, mat = lot_table, movement_table, material_table
    moved = select(mt.c.lot_id).where(mt.c.day > month_end(month), mt.c.day <= last)
    q = (select(t.c.lot_id, lt.c.material_id, lt.c.lot_no,
                func.coalesce(lt.c.origin, made_shares.dominant_column(lt, last)), t.c.mass_g, t.c.reo_g)
         .select_from(t.join(lt, lt.c.id == t.c.lot_id).join(mat, mat.c.id == lt.c.material_id))
         .where(t.c.month == month, (t.c.mass_g != 0) | (t.c.reo_g != 0), t.c.lot_id.not_in(moved))
         .order_by(code_point_order(mat.c.code), code_point_order(lt.c.lot_no)))
    return select_columns(conn, q, 6)


def _moved(conn: Connection, start: tuple | None, since: dt.date | None, first: dt.date, last: dt.date,
           inflows: Collection[str], outflows: Collection[str]) -> list[list]:
    """(lot id, material id, lot number, origin, opening mass, opening
    REO, in, out, adjusted, in REO, out REO, adjusted REO) of the lots moved
    from the start (or ever, without one) to ``last``, in order, leaving
    out those with nothing at the month's start and no movement within it."""
    mt, lt, mat = movement_table, lot_table, material_table
    before, within = mt.c.day < first, mt.c.day >= first
    others = [*inflows, *outflows]

    def total(value, when) -> object:
        # Cast: PostgreSQL sums big integers as numeric, SQLite as integers.
        return cast(func.sum(case((when, value), else_=0)), BigInteger)

    period = mt.c.day <= last if since is None else (mt.c.day > since) & (mt.c.day <= last)
    sums = select(
        mt.c.lot_id,
        total(mt.c.mass_g, before).label("o_m"), total(mt.c.reo_g, before).label("o_r"),
        total(mt.c.mass_g, within & mt.c.type.in_(list(inflows))).label("i_m"),
        total(-mt.c.mass_g, within & mt.c.type.in_(list(outflows))).label("x_m"),
        total(mt.c.mass_g, within & mt.c.type.not_in(others)).label("a_m"),
        total(mt.c.reo_g, within & mt.c.type.in_(list(inflows))).label("i_r"),
        total(-mt.c.reo_g, within & mt.c.type.in_(list(outflows))).label("x_r"),
        total(mt.c.reo_g, within & mt.c.type.not_in(others)).label("a_r"),
        total(literal(1), within).label("n"),
    ).where(period).group_by(mt.c.lot_id).subquery()
    source = sums.join(lt, lt.c.id == sums.c.lot_id).join(mat, mat.c.id == lt.c.material_id)
    opening_m, opening_r = sums.c.o_m, sums.c.o_r
    if start is not None:
        month, t = start
        source = source.outerjoin(t, (t.c.lot_id == sums.c.lot_id) & (t.c.month == month))
        opening_m = func.coalesce(t.c.mass_g, 0) + sums.c.o_m
        opening_r = func.coalesce(t.c.reo_g, 0) + sums.c.o_r
    q = (select(sums.c.lot_id, lt.c.material_id, lt.c.lot_no,
                func.coalesce(lt.c.origin, made_shares.dominant_column(lt, last)), opening_m, opening_r,
                sums.c.i_m, sums.c.x_m, sums.c.a_m, sums.c.i_r, sums.c.x_r, sums.c.a_r)
         .select_from(source)
         .where((opening_m != 0) | (opening_r != 0) | (sums.c.n > 0))
         .order_by(code_point_order(mat.c.code), code_point_order(lt.c.lot_no)))
    return select_columns(conn, q, 12)
