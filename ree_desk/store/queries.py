"""Reads the posting and reporting services share. Portable SQL only."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence, TypeVar

from sqlalchemy import Connection, Date, String, and_, bindparam, case, func, select

from ree_desk.domain.catalogue import MaterialRow
from ree_desk.store.tables import (
    lot_table,
    material_table,
    month_close_table,
    movement_origin_table,
    movement_table,
    posting_table,
    quota_allocation_table,
    run_table,
)

T = TypeVar("T")
CHUNK = 900  # stays under every backend's limit on bound parameters

M = movement_table
O = movement_origin_table
L = lot_table


def chunks(items: Sequence[T] | Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass(frozen=True)
class LotRow:
    id: int
    material_id: int
    lot_no: str
    source: str
    origin: str | None


def materials(conn: Connection) -> dict[str, MaterialRow]:
    t = material_table
    rows = conn.execute(
        select(t.c.id, t.c.code, t.c.name_zh, t.c.name_en, t.c.category, t.c.group,
               t.c.default_grade_bp, t.c.hs_code).order_by(t.c.code)
    )
    return {r.code: MaterialRow(*r) for r in rows}


def closed_months(conn: Connection) -> set[str]:
    return set(conn.execute(select(month_close_table.c.month)).scalars())


def lots_by_key(conn: Connection, keys: Iterable[tuple[int, str]]) -> dict[tuple[int, str], LotRow]:
    """Lots by (material id, lot number), through the unique index on both."""
    by_material: dict[int, set[str]] = defaultdict(set)
    for material_id, lot_no in keys:
        by_material[material_id].add(lot_no)
    found: dict[tuple[int, str], LotRow] = {}
    for material_id, lot_nos in by_material.items():
        for part in chunks(sorted(lot_nos)):
            rows = select_in(conn, "lots_by_key", len(part), lambda values: select(
                L.c.id, L.c.material_id, L.c.lot_no, L.c.source, L.c.origin
            ).where(L.c.material_id == bindparam("material_id"), L.c.lot_no.in_(values)),
                part, material_id=material_id)
            for r in rows:
                found[(r[1], r[2])] = LotRow(*r)
    return found


def runs_by_code(conn: Connection, codes: Iterable[str]) -> dict[str, int]:
    runs = run_table.c
    out: dict[str, int] = {}
    for part in chunks(sorted(set(codes))):
        rows = select_in(conn, "runs_by_code", len(part),
                          lambda values: select(runs.id, runs.code).where(runs.code.in_(values)), part)
        out.update({code: id_ for id_, code in rows})
    return out


_COMPILED: dict[tuple[str, str, int], tuple[str, tuple[str, ...] | None]] = {}


def select_in(conn: Connection, name: str, size: int, build, values: Sequence, **fixed) -> list[tuple]:
    """Rows of the query ``build`` makes from ``size`` bound values, run
    with ``values``. A large import asks for tens of thousands of lots:
    compiled once per size for the dialect, the statement costs nothing per
    value but the binding (an IN list of literals cost microseconds each)."""
    key = (conn.dialect.name, name, size)
    compiled = _COMPILED.get(key)
    if compiled is None:
        names = [f"v{i}" for i in range(size)]
        statement = build([bindparam(n) for n in names]).compile(dialect=conn.dialect)
        order = statement.positiontup if statement.positional else None
        # The usual order, the fixed values then the list, needs no lookups.
        if order is not None and list(order) == [*sorted(fixed), *names]:
            order = ()
        compiled = _COMPILED[key] = (str(statement), order)
    sql, order = compiled
    if order == ():
        params: object = (*(fixed[k] for k in sorted(fixed)), *values)
    else:
        named = {f"v{i}": value for i, value in enumerate(values)} | fixed
        params = tuple(named[n] for n in order) if order else named
    return conn.exec_driver_sql(sql, params).all()


def run_feed_shares(conn: Connection, run_ids: Iterable[int]) -> dict[int, Counter]:
    """REO by origin country fed into each run so far (positive grams)."""
    out: dict[int, Counter] = defaultdict(Counter)
    for part in chunks(sorted(set(run_ids))):
        rows = conn.execute(
            select(M.c.run_id, O.c.country, func.sum(O.c.reo_g))
            .select_from(M.join(O, O.c.movement_id == M.c.id))
            .where(M.c.type == "FEED", M.c.run_id.in_(part))
            .group_by(M.c.run_id, O.c.country)
        )
        for run_id, country, reo in rows:
            out[run_id][country] -= reo
    return out


def made_lot_shares(
    conn: Connection, lot_ids: Iterable[int], until: dt.date | None = None
) -> dict[int, Counter]:
    """REO by origin country produced into each lot made by production runs
    (up to and including ``until``)."""
    def build(values):
        q = (select(M.c.lot_id, O.c.country, func.sum(O.c.reo_g))
             .select_from(M.join(O, O.c.movement_id == M.c.id))
             .where(M.c.lot_id.in_(values), M.c.type == bindparam("made", type_=String)))
        if until is not None:
            q = q.where(M.c.day <= bindparam("until", type_=Date))
        return q.group_by(M.c.lot_id, O.c.country)

    out: dict[int, Counter] = defaultdict(Counter)
    fixed = {"made": "OUTPUT"} if until is None else {"made": "OUTPUT", "until": until.isoformat()}
    name = "made_lot_shares" if until is None else "made_lot_shares_until"
    for part in chunks(sorted(set(lot_ids))):
        for lot_id, country, reo in select_in(conn, name, len(part), build, part, **fixed):
            out[lot_id][country] += reo
    return out


def lot_mass_before(conn: Connection, first_day: dict[int, dt.date]) -> dict[int, int]:
    """Each lot's mass at the end of the day before the given day."""
    out: dict[int, int] = {}
    by_day: dict[dt.date, list[int]] = defaultdict(list)
    for lot_id, day in first_day.items():
        by_day[day].append(lot_id)
    for day, lot_ids in by_day.items():
        for part in chunks(lot_ids):
            rows = conn.execute(
                select(M.c.lot_id, func.sum(M.c.mass_g))
                .where(M.c.lot_id.in_(part), M.c.day < day)
                .group_by(M.c.lot_id)
            )
            out.update({lot_id: int(total) for lot_id, total in rows})
    return out


def lot_movements_from(conn: Connection, first_day: dict[int, dt.date]) -> dict[int, list[tuple[dt.date, int]]]:
    out: dict[int, list[tuple[dt.date, int]]] = defaultdict(list)
    by_day: dict[dt.date, list[int]] = defaultdict(list)
    for lot_id, day in first_day.items():
        by_day[day].append(lot_id)
    for day, lot_ids in by_day.items():
        for part in chunks(lot_ids):
            rows = conn.execute(
                select(M.c.lot_id, M.c.day, M.c.mass_g).where(M.c.lot_id.in_(part), M.c.day >= day)
            )
            for lot_id, mday, mass in rows:
                out[lot_id].append((mday, mass))
    return out


def movements_on_days(conn: Connection, days: Iterable[dt.date]) -> list[tuple]:
    """Every movement dated on one of ``days``, through the index on the day:
    (id, day, type, lot id, mass, invoice no, customs no, posting id,
    reverses id, whether it has been reversed)."""
    R = M.alias("reversal")
    reversed_ = select(R.c.id).where(R.c.reverses_id == M.c.id).exists()
    out: list[tuple] = []
    for part in chunks(sorted(set(days))):
        out.extend(conn.execute(
            select(M.c.id, M.c.day, M.c.type, M.c.lot_id, M.c.mass_g, M.c.invoice_no, M.c.customs_no,
                   M.c.posting_id, M.c.reverses_id, reversed_).where(M.c.day.in_(part))
        ))
    return out


def posting_heads(conn: Connection, ids: Iterable[int]) -> list[tuple[int, dt.datetime, str, str, int]]:
    """(id, at, by, source, rows) of the given postings."""
    P = posting_table
    out: list[tuple[int, dt.datetime, str, str, int]] = []
    for part in chunks(sorted(set(ids))):
        out.extend(conn.execute(select(P.c.id, P.c.at, P.c.by, P.c.source, P.c.rows).where(P.c.id.in_(part))))
    return out


def postings_with_digest(conn: Connection, sha256: str) -> list[tuple[int, dt.datetime, str, str, int]]:
    """(id, at, by, source, rows) of the postings of a file with this content, oldest first."""
    P = posting_table
    return list(conn.execute(
        select(P.c.id, P.c.at, P.c.by, P.c.source, P.c.rows).where(P.c.sha256 == sha256).order_by(P.c.id)))


def allocations_for_year(conn: Connection, year: int) -> list[tuple[str, str, int]]:
    t = quota_allocation_table
    rows = conn.execute(
        select(t.c.kind, t.c.scope, func.sum(t.c.reo_g)).where(t.c.year == year).group_by(t.c.kind, t.c.scope)
    )
    return [(k, s, int(g)) for k, s, g in rows]


def quota_use(
    conn: Connection, year: int, *, until: dt.date | None = None, month: int | None = None
) -> list[tuple[str, str, int, int]]:
    """(kind, country, grams used in the year [up to ``until``], grams used
    in ``month`` of it). Mining adds stock and feeding removes it; both use
    quota, so FEED's negative REO is turned around."""
    start = dt.date(year, 1, 1)
    end = min(until, dt.date(year, 12, 31)) if until else dt.date(year, 12, 31)
    signed = func.sum(func.coalesce(O.c.reo_g, 0) * _use_sign())
    columns = [M.c.quota_kind, O.c.country, signed]
    if month is not None:
        m_start = dt.date(year, month, 1)
        in_month = and_(M.c.day >= m_start, M.c.day < _next_month(m_start))
        columns.append(func.sum(case((in_month, O.c.reo_g * _use_sign()), else_=0)))
    rows = conn.execute(
        select(*columns)
        .select_from(M.join(O, O.c.movement_id == M.c.id))
        .where(M.c.quota_kind.is_not(None), M.c.day >= start, M.c.day <= end)
        .group_by(M.c.quota_kind, O.c.country)
    )
    out = []
    for r in rows:
        out.append((r[0], r[1], int(r[2] or 0), int(r[3] or 0) if month is not None else 0))
    return out


def _use_sign():
    return case((M.c.type == "FEED", -1), else_=1)


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def chain_head(conn: Connection) -> str | None:
    """The chain of the newest movement; None when there is none."""
    return conn.exec_driver_sql("SELECT chain FROM movement ORDER BY id DESC LIMIT 1").scalar()


def audit_chain_head(conn: Connection) -> str | None:
    return conn.exec_driver_sql("SELECT chain FROM audit_event ORDER BY id DESC LIMIT 1").scalar()


def newest_chain(conn: Connection) -> tuple[int | None, str | None]:
    """The newest movement's id and chain value (None, None in an empty ledger)."""
    row = conn.exec_driver_sql("SELECT id, chain FROM movement ORDER BY id DESC LIMIT 1").first()
    return (row[0], row[1]) if row else (None, None)
