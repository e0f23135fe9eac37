"""What was made into each lot of several origins, kept beside the ledger.

A lot made by production runs from feed of several countries names no
single origin; its origin on a day is the largest share of the REO made into
it up to that day, and its stock splits in those shares. Read from the
movements, that is an index search and two joins for each such lot, and a
plant that leaves its lots partly used holds a hundred thousand of them.
``made_share`` keeps the sums: every posting with OUTPUT movements refreshes
the lots they went into, in its own transaction, and ``verify`` recomputes
them. A lot made into again after the day asked about is read from the
movements as before. Portable SQL only.
"""
from __future__ import annotations

import datetime as dt

from collections.abc import Collection, Iterable

from sqlalchemy import Connection, Date, ScalarSelect, Table, bindparam, case, func, literal_column, select, text

from ree_desk.store.driver_columns import select_columns
from ree_desk.store.queries import chunks, select_in
from ree_desk.store.tables import made_share_table

MS = made_share_table

_POSTED_LOTS = ("SELECT DISTINCT lot_id FROM movement "
                "WHERE id BETWEEN :first_id AND :last_id AND type = 'OUTPUT'")
_SUMS = ("SELECT m.lot_id, o.country, SUM(o.reo_g), "
         "(SELECT MAX(d.day) FROM movement d WHERE d.lot_id = m.lot_id AND d.type = 'OUTPUT'), FALSE "
         "FROM movement m JOIN movement_origin o ON o.movement_id = m.id JOIN lot l ON l.id = m.lot_id "
         "WHERE m.type = 'OUTPUT' AND l.origin IS NULL")


# The leading share of each lot (largest first, ties alphabetical: as
# ``ledger.origins.dominant_origin`` ranks them), marked once when written
# so that reading a lot's origin sorts nothing. Closed by the caller.
_LEADS = ("UPDATE made_share SET leads = TRUE WHERE (lot_id, country) IN ("
          "SELECT lot_id, country FROM (SELECT lot_id, country, ROW_NUMBER() OVER ("
          "PARTITION BY lot_id ORDER BY ABS(reo_g) DESC, country) AS place FROM made_share WHERE reo_g <> 0) ranked "
          "WHERE place = 1")


def posted(conn: Connection, first_id: int, last_id: int) -> None:
    """Refresh the lots that movements ``first_id`` … ``last_id`` made into."""
    ids = {"first_id": first_id, "last_id": last_id}
    conn.execute(text(f"DELETE FROM made_share WHERE lot_id IN ({_POSTED_LOTS})"), ids)
    conn.execute(text(f"INSERT INTO made_share (lot_id, country, reo_g, last_day, leads) {_SUMS} "
                      f"AND m.lot_id IN ({_POSTED_LOTS}) GROUP BY m.lot_id, o.country"), ids)
    conn.execute(text(f"{_LEADS} AND lot_id IN ({_POSTED_LOTS}))"), ids)


def build_all(conn: Connection) -> None:
    conn.execute(text(f"INSERT INTO made_share (lot_id, country, reo_g, last_day, leads) {_SUMS} "
                      "GROUP BY m.lot_id, o.country"))
    conn.execute(text(f"{_LEADS})"))


def recomputed(conn: Connection) -> dict[tuple[int, str], tuple[int, str, bool]]:
    """(lot id, country) -> (REO made, day of the lot's latest OUTPUT as
    YYYY-MM-DD, whether it leads), from the movements."""
    by_lot: dict[int, dict[str, tuple[int, str]]] = {}
    for lot, country, reo, last, _leads in conn.execute(text(f"{_SUMS} GROUP BY m.lot_id, o.country")).all():
        by_lot.setdefault(lot, {})[country] = (int(reo), str(last))
    out = {}
    for lot, made in by_lot.items():
        sizes = [(country, abs(reo)) for country, (reo, _last) in made.items() if reo]
        leader = min(sizes, key=lambda kv: (-kv[1], kv[0]))[0] if sizes else None
        for country, (reo, last) in made.items():
            out[(lot, country)] = (reo, last, country == leader)
    return out


def stored(conn: Connection) -> dict[tuple[int, str], tuple[int, str, bool]]:
    rows = conn.execute(select(MS.c.lot_id, MS.c.country, MS.c.reo_g, MS.c.last_day, MS.c.leads)).all()
    return {(lot, country): (reo, last.isoformat(), bool(leads)) for lot, country, reo, last, leads in rows}


# A lot found by its key costs the driver about as much as four rows read
# in order (measured on SQLite with 145,000 lots of 370,000 rows).
KEYED_COST = 4


def kept_for(conn: Connection, lot_ids: Collection[int], day: dt.date) -> tuple[dict[int, dict[str, int]], set[int]]:
    """(the REO made into each of ``lot_ids`` by country, as kept; those of
    them made into after ``day``, whose kept sums do not hold for it).

    The table keeps every mixed lot ever made. A plant that empties its lots
    holds a few hundred of them, found by their keys (reading the table
    through cost the stock of the million-movement demo 0.15 s for its 313);
    one that leaves them partly used holds most of the table, read through
    in order."""
    held = conn.execute(select(func.count()).select_from(MS)).scalar() or 0
    # 1 or 0 written into the statement: the keyed read binds only the ids and the day.
    made_after = case((MS.c.last_day > bindparam("day", type_=Date), literal_column("1")), else_=literal_column("0"))
    if len(lot_ids) * KEYED_COST < held:
        rows: Iterable = (row for part in chunks(sorted(lot_ids)) for row in select_in(
            conn, "made_share_kept_for", len(part),
            lambda values: select(MS.c.lot_id, MS.c.country, MS.c.reo_g, made_after).where(MS.c.lot_id.in_(values)),
            part, day=day.isoformat()))
    else:
        rows = zip(*select_columns(conn, select(MS.c.lot_id, MS.c.country, MS.c.reo_g, made_after)
                                   .params(day=day), 4))
    kept: dict[int, dict[str, int]] = {}
    later: set[int] = set()
    for lot_id, country, reo_g, after in rows:
        if lot_id not in lot_ids:
            continue
        if after:
            later.add(lot_id)
        else:
            kept.setdefault(lot_id, {})[country] = reo_g
    for lot_id in later:
        kept.pop(lot_id, None)
    return kept, later


def dominant_column(lot: Table, until: dt.date) -> ScalarSelect:
    """The origin of a mixed ``lot`` as kept, as a column: the country of the
    largest share made into it (ties alphabetical), NULL when nothing is kept
    for it or it was made into after ``until`` (read those from the movements)."""
    return (select(MS.c.country)
            .where(MS.c.lot_id == lot.c.id, MS.c.leads.is_(True), MS.c.last_day <= until).scalar_subquery())
