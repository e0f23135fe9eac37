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
repeated in each, cost more than the statement itself; a material's texts
are read once. Each kind comes from the database by
material code and lot number, compared by code point as Python compares
them (``backend.code_point_order``), and the moved lots are put in their
places among the others here.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from bisect import bisect_left

from sqlalchemy import BigInteger, Connection, case, cast, func, literal, select

from ree_desk.domain.calendar import month_end
from ree_desk.store import made_shares
from ree_desk.store.balances import start_of
from ree_desk.store.driver_columns import select_columns
from ree_desk.store.models import Lot, Material, Movement
from ree_desk.store.backend import code_point_order

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
    start = start_of(conn, first - dt.timedelta(days=1))
    since = month_end(start[0]) if start is not None else None
    lot_ids, codes, lot_nos, origins, mass, reo = _unmoved(conn, start, last) if start is not None else [[]] * 6
    m_ids, m_codes, m_lots, m_origins, m_mass, m_reo, *m_flows = _moved(conn, start, since, first, last,
                                                                       inflows, outflows)
    # Both come in order; each moved lot goes before the first unmoved one
    # that follows it.
    still = _Keys(codes, lot_nos)
    places = [bisect_left(still, key) for key in zip(m_codes, m_lots)]
    zeros = [0] * len(lot_ids)
    closing = [[o + i - x + a for o, i, x, a in zip(m_mass, *m_flows[:3])],
               [o + i - x + a for o, i, x, a in zip(m_reo, *m_flows[3:])]]
    codes = _merge(codes, m_codes, places)
    mat = Material.__table__
    materials = {code: texts for code, *texts in conn.execute(
        select(mat.c.code, mat.c.name_zh, mat.c.category, mat.c.group))}
    return (
        codes, *(tuple([materials[c][k] for c in codes]) for k in range(3)),
        _merge(lot_nos, m_lots, places), _merge(origins, m_origins, places),
        _merge(mass, m_mass, places), *(_merge(zeros, f, places) for f in m_flows[:3]),
        _merge(mass, closing[0], places),
        _merge(reo, m_reo, places), *(_merge(zeros, f, places) for f in m_flows[3:]),
        _merge(reo, closing[1], places),
        _merge(lot_ids, m_ids, places),
    )


class _Keys:
    """(material code, lot number) of each lot, its place in the order."""

    def __init__(self, codes: Sequence[str], lot_nos: Sequence[str]):
        self.codes, self.lot_nos = codes, lot_nos

    def __len__(self) -> int:
        return len(self.codes)

    def __getitem__(self, n: int) -> tuple[str, str]:
        return self.codes[n], self.lot_nos[n]


def _merge(still: Sequence, moved: Sequence, places: list[int]) -> tuple:
    """``still`` with each of ``moved`` put at its place in it."""
    out: list = []
    done = 0
    for place, value in zip(places, moved):
        out += still[done:place]
        out.append(value)
        done = place
    out += still[done:]
    return tuple(out)


def _unmoved(conn: Connection, start: tuple, last: dt.date) -> list[list]:
    """(lot id, material code, lot number, origin, mass, REO) of the lots
    with a kept balance, not moved from the start to ``last``, in order."""
    month, t = start
    lt, mt, mat = Lot.__table__, Movement.__table__, Material.__table__
    moved = select(mt.c.lot_id).where(mt.c.day > month_end(month), mt.c.day <= last)
    q = (select(t.c.lot_id, mat.c.code, lt.c.lot_no,
                func.coalesce(lt.c.origin, made_shares.dominant_column(lt, last)), t.c.mass_g, t.c.reo_g)
         .select_from(t.join(lt, lt.c.id == t.c.lot_id).join(mat, mat.c.id == lt.c.material_id))
         .where(t.c.month == month, (t.c.mass_g != 0) | (t.c.reo_g != 0), t.c.lot_id.not_in(moved))
         .order_by(code_point_order(mat.c.code), code_point_order(lt.c.lot_no)))
    return select_columns(conn, q, 6)


def _moved(conn: Connection, start: tuple | None, since: dt.date | None, first: dt.date, last: dt.date,
           inflows: Collection[str], outflows: Collection[str]) -> list[list]:
    """(lot id, material code, lot number, origin, opening mass, opening
    REO, in, out, adjusted, in REO, out REO, adjusted REO) of the lots moved
    from the start (or ever, without one) to ``last``, in order, leaving
    out those with nothing at the month's start and no movement within it."""
    mt, lt, mat = Movement.__table__, Lot.__table__, Material.__table__
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
    q = (select(sums.c.lot_id, mat.c.code, lt.c.lot_no,
                func.coalesce(lt.c.origin, made_shares.dominant_column(lt, last)), opening_m, opening_r,
                sums.c.i_m, sums.c.x_m, sums.c.a_m, sums.c.i_r, sums.c.x_r, sums.c.a_r)
         .select_from(source)
         .where((opening_m != 0) | (opening_r != 0) | (sums.c.n > 0))
         .order_by(code_point_order(mat.c.code), code_point_order(lt.c.lot_no)))
    return select_columns(conn, q, 12)
