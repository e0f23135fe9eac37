"""Reading the ledger a page at a time: filters, sorting and rows for the
ledger screen and its export.

A screen over a million movements cannot hold them all. It holds the
ordered ids of the movements that pass its filter (``movement_ids``, eight
bytes a row) and fetches the rows it shows a page at a time (``fetch_rows``,
one query by primary key). Filters are written so that no join is needed to
count or list ids: a join to the lot table costs a lookup per movement.
"""
from __future__ import annotations

import datetime as dt
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import Connection, String, bindparam, case, exists, func, or_, select
from sqlalchemy.sql import ColumnElement, Select

from ree_desk.domain.movement_types import OUTFLOWS, MovementType
from ree_desk.store.backend import code_point_order
from ree_desk.store.database import Database
from ree_desk.store.tables import lot_table, material_table, movement_origin_table, movement_table, run_table

Progress = Callable[[int, int], None]

M = movement_table
L = lot_table
MAT = material_table
R = run_table
O = movement_origin_table
REV = M.alias("reversal")

ID_BATCH = 50_000
_OUTFLOW_CODES = sorted(t.value for t in OUTFLOWS)


def entered_sign(movement_type: str) -> int:
    """Stored masses are stock effects; a FEED or SHIPMENT is entered (and
    shown) as a positive mass that leaves stock, so its sign is turned back."""
    return -1 if movement_type in _OUTFLOW_CODES else 1


@dataclass(frozen=True)
class LedgerFilter:
    """Which movements to show. Empty fields do not filter.

    ``lot`` and ``counterparty`` match any part, ignoring case; ``text``
    searches lot, counterparty, invoice number, customs number and note, and
    a number (or ``#number``) also finds the movement of that number."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    type: MovementType | None = None
    material: str | None = None
    lot: str | None = None
    origin: str | None = None
    counterparty: str | None = None
    text: str | None = None

    def is_empty(self) -> bool:
        return self == LedgerFilter()


@dataclass(frozen=True)
class LedgerSort:
    """A sort key of ``SORT_KEYS``; movements of equal key keep id order."""

    key: str = "day"
    descending: bool = False

    def __post_init__(self) -> None:
        if self.key not in SORT_KEYS:
            raise ValueError(f"expected a sort key in {SORT_KEYS}, found {self.key!r}")


class LedgerRow(NamedTuple):
    """One movement as the ledger shows it. Masses are in grams, signed as
    entered: positive for a receipt or a feed, negative for an adjustment
    down and for the reversal of a receipt or a feed. (A named tuple: a
    frozen dataclass takes three times as long to build, a million times.)"""

    id: int
    day: dt.date
    type: str
    material: str
    lot: str
    mass_g: int
    grade_bp: int
    reo_g: int
    origins: tuple[str, ...]  # one country, or a mixed lot's countries, largest share first
    counterparty: str | None
    credit_code: str | None
    invoice_no: str | None
    customs_no: str | None
    run: str | None
    destination: str | None
    note: str | None
    flags: int
    accept_reason: str | None
    reverses_id: int | None
    reversed_by_id: int | None


def _contains(column: ColumnElement, text: str) -> ColumnElement:
    return column.icontains(text, autoescape=True)


def _conditions(filt: LedgerFilter) -> list[ColumnElement]:
    where: list[ColumnElement] = []
    if filt.date_from is not None:
        where.append(M.c.day >= filt.date_from)
    if filt.date_to is not None:
        where.append(M.c.day <= filt.date_to)
    if filt.type is not None:
        where.append(M.c.type == MovementType(filt.type).value)
    if filt.material:
        where.append(M.c.material_id.in_(select(MAT.c.id).where(MAT.c.code == filt.material.strip().upper())))
    if filt.lot and filt.lot.strip():
        where.append(M.c.lot_id.in_(select(L.c.id).where(_contains(L.c.lot_no, filt.lot.strip()))))
    if filt.origin:
        where.append(exists().where(O.c.movement_id == M.c.id, O.c.country == filt.origin.strip().upper()))
    if filt.counterparty and filt.counterparty.strip():
        where.append(_contains(M.c.counterparty, filt.counterparty.strip()))
    text = (filt.text or "").strip()
    if text:
        anywhere = [
            M.c.lot_id.in_(select(L.c.id).where(_contains(L.c.lot_no, text))),
            _contains(M.c.counterparty, text),
            _contains(M.c.invoice_no, text),
            _contains(M.c.customs_no, text),
            _contains(M.c.note, text),
        ]
        number = text.removeprefix("#")
        if number.isdigit() and len(number) < 19:
            anywhere.append(M.c.id == int(number))
        where.append(or_(*anywhere))
    return where


def _entered(column: ColumnElement) -> ColumnElement:
    return case((M.c.type.in_(_OUTFLOW_CODES), -column), else_=column)


# Sort key -> (expression, the table it needs joined, if any).
_SORT_COLUMNS: dict[str, tuple[ColumnElement, str | None]] = {
    "id": (M.c.id, None),
    "day": (M.c.day, None),
    "type": (M.c.type, None),
    "material": (MAT.c.code, "material"),
    "lot": (L.c.lot_no, "lot"),
    "mass": (_entered(M.c.mass_g), None),
    "grade": (M.c.grade_bp, None),
    "reo": (_entered(M.c.reo_g), None),
    "origin": (L.c.origin, "lot"),
    "counterparty": (M.c.counterparty, None),
    "run": (R.c.code, "run"),
    "customs_no": (M.c.customs_no, None),
    "flags": (M.c.flags, None),
    # The movement a row reverses, or the one that reversed it.
    "link": (func.coalesce(M.c.reverses_id, REV.c.id), "reversal"),
    "note": (M.c.note, None),
}
SORT_KEYS = tuple(_SORT_COLUMNS)
_JOINS = {
    "material": lambda source: source.join(MAT, MAT.c.id == M.c.material_id),
    "lot": lambda source: source.join(L, L.c.id == M.c.lot_id),
    "run": lambda source: source.outerjoin(R, R.c.id == M.c.run_id),
    "reversal": lambda source: source.outerjoin(REV, REV.c.reverses_id == M.c.id),
}


def _ordered(stmt: Select, sort: LedgerSort) -> Select:
    key = _SORT_COLUMNS[sort.key][0]
    if sort.key == "id":
        return stmt.order_by(M.c.id.desc() if sort.descending else M.c.id)
    # The same order on every store: text by code point, and an empty field
    # before any value (after, sorted the other way).
    if isinstance(key.type, String):
        key = code_point_order(key)
    if sort.descending:
        return stmt.order_by(key.desc().nulls_last(), M.c.id.desc())
    return stmt.order_by(key.asc().nulls_first(), M.c.id)


def count_movements(conn: Connection, filt: LedgerFilter) -> int:
    return conn.execute(select(func.count()).select_from(M).where(*_conditions(filt))).scalar_one()


def movement_ids(conn: Connection, filt: LedgerFilter, sort: LedgerSort, *, limit: int | None = None,
                 progress: Progress | None = None, total: int = 0) -> array:
    """The ids of the movements passing ``filt``, in ``sort`` order.

    ``total`` (the count, if known) only scales ``progress``."""
    join = _SORT_COLUMNS[sort.key][1]
    source = _JOINS[join](M) if join else M
    stmt = _ordered(select(M.c.id).select_from(source).where(*_conditions(filt)), sort)
    if limit is not None:
        stmt = stmt.limit(limit)
    result = conn.execute(stmt)
    # Ids need no conversion: reading the driver's cursor directly halves
    # the time a million of them take.
    cursor = result.cursor
    ids = array("q")
    try:
        while batch := cursor.fetchmany(ID_BATCH):
            ids.extend(row[0] for row in batch)
            if progress is not None:
                progress(len(ids), max(total, len(ids)))
    finally:
        result.close()
    return ids


def _row_columns() -> Select:
    return select(
        M.c.id, M.c.day, M.c.type, MAT.c.code, L.c.lot_no, M.c.mass_g, M.c.grade_bp, M.c.reo_g, L.c.origin,
        M.c.counterparty, M.c.credit_code, M.c.invoice_no, M.c.customs_no, R.c.code.label("run"),
        M.c.destination, M.c.note, M.c.flags, M.c.accept_reason, M.c.reverses_id,
        REV.c.id.label("reversed_by_id"),
    )


def _row_source():
    source = M
    for join in ("material", "lot", "run", "reversal"):
        source = _JOINS[join](source)
    return source


_ROWS_BY_ID = _row_columns().select_from(_row_source()).where(M.c.id.in_(bindparam("ids", expanding=True)))
_ORIGINS_BY_ID = (
    select(O.c.movement_id, O.c.country)
    .where(O.c.movement_id.in_(bindparam("ids", expanding=True)))
    .order_by(O.c.movement_id, func.abs(O.c.mass_g).desc(), O.c.country)
)


def _mixed_origins(conn: Connection, raw: Sequence) -> dict[int, tuple[str, ...]]:
    """Countries of the rows whose lot has no single origin (made by runs)."""
    mixed = [r[0] for r in raw if r[_ORIGIN] is None]
    found: dict[int, list[str]] = defaultdict(list)
    if mixed:
        for movement_id, country in conn.execute(_ORIGINS_BY_ID, {"ids": mixed}):
            found[movement_id].append(country)
    return {k: tuple(v) for k, v in found.items()}


_ORIGIN = 8  # the lot's origin in a row of _row_columns()


def _rows(conn: Connection, raw: Sequence) -> list[LedgerRow]:
    mixed = _mixed_origins(conn, raw)
    out = []
    # Unpacked by position: reading a million rows' fields by name costs
    # more than the query.
    for (movement_id, day, mtype, material, lot, mass_g, grade_bp, reo_g, origin, counterparty, credit_code,
         invoice_no, customs_no, run, destination, note, flags, accept_reason, reverses_id, reversed_by_id) in raw:
        sign = -1 if mtype in _OUTFLOW_CODES else 1
        out.append(LedgerRow(
            movement_id, day, mtype, material, lot, sign * mass_g, grade_bp, sign * reo_g,
            (origin,) if origin else mixed.get(movement_id, ()), counterparty, credit_code, invoice_no,
            customs_no, run, destination, note, flags, accept_reason, reverses_id, reversed_by_id,
        ))
    return out


def fetch_rows(conn: Connection, ids: Sequence[int]) -> list[LedgerRow]:
    """The rows of ``ids``, in that order (ids no longer there are left out)."""
    if not ids:
        return []
    ids = list(ids)
    by_id = {row.id: row for row in _rows(conn, conn.execute(_ROWS_BY_ID, {"ids": ids}).all())}
    return [by_id[i] for i in ids if i in by_id]


def iter_rows(conn: Connection, filt: LedgerFilter, sort: LedgerSort, *,
              batch: int = 2000) -> Iterator[list[LedgerRow]]:
    """Every row passing ``filt`` in ``sort`` order, ``batch`` rows at a time,
    from one query (so one consistent reading of the ledger)."""
    stmt = _ordered(_row_columns().select_from(_row_source()).where(*_conditions(filt)), sort)
    result = conn.execute(stmt)
    try:
        for part in result.partitions(batch):
            yield _rows(conn, part)
    finally:
        result.close()


def load_ids(db: Database, filt: LedgerFilter, sort: LedgerSort, progress: Progress | None = None,
             total: int = 0) -> array:
    """``movement_ids`` in a transaction of its own; ``total`` (the count,
    if known) only scales ``progress``, which may raise to stop early."""
    with db.read() as conn:
        return movement_ids(conn, filt, sort, progress=progress, total=total)


@dataclass(frozen=True)
class LedgerHead:
    """What a ledger view shows first: how many rows there are and the first page."""

    count: int
    rows: list[LedgerRow]


def load_head(db: Database, filt: LedgerFilter, sort: LedgerSort, size: int) -> LedgerHead:
    with db.read() as conn:
        count = count_movements(conn, filt)
        ids = movement_ids(conn, filt, sort, limit=size)
        return LedgerHead(count, fetch_rows(conn, ids))


def load_rows(db: Database, ids: Sequence[int]) -> list[LedgerRow]:
    with db.read() as conn:
        return fetch_rows(conn, ids)


def recent_counterparties(db: Database, movements: int = 20_000) -> list[str]:
    """The counterparties of the latest movements, for completers: reading
    every movement of a big ledger for them would cost far more than it gives."""
    with db.read() as conn:
        latest = select(M.c.counterparty).order_by(M.c.id.desc()).limit(movements).subquery()
        rows = conn.execute(select(latest.c.counterparty).where(latest.c.counterparty.is_not(None)).distinct())
        return sorted(r[0] for r in rows)


def origins_in_use(db: Database) -> list[str]:
    """Every origin country in the ledger. Lots made by runs have no origin
    of their own; theirs are those of the lots they were made from."""
    with db.read() as conn:
        return sorted(conn.execute(select(L.c.origin).where(L.c.origin.is_not(None)).distinct()).scalars())
