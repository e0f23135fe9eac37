"""Balance checkpoints the ledger keeps for itself.

Stock as of a day is a sum of movements. Summed from the first day, its cost
grows with the history; started from each lot's balance at a known month's
end, it costs that balance plus the movements since. Closed months leave
such balances (``closing_balance``), but a plant that has just brought in
ten years of history has closed nothing. So the ledger keeps, for the end of
every year it has moved past, each lot's balance (``checkpoint_balance``):
stock as of any day then reads at most a year of movements.

A year's end, not every month's: a plant that leaves its lots partly used
has tens of thousands of lots in stock, and a balance row for each of them
every month would outgrow the ledger itself.

The checkpoints are derived data, kept true in the transaction that posts:
a posting dated on or before a checkpoint adds its rows to it, and a posting
that carries the ledger past a year's end builds that year's checkpoint.
``verify`` recomputes each from the movements.

Portable SQL: ``INSERT … ON CONFLICT … DO UPDATE`` reads the same in SQLite
and PostgreSQL.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from sqlalchemy import Connection, Date, bindparam, func, select, text

from ree_desk.domain.calendar import month_end
from ree_desk.store.tables import checkpoint_balance_table, checkpoint_table, movement_table

CP = checkpoint_table
CB = checkpoint_balance_table
M = movement_table
CHECKPOINT_MONTH = 12

_ADD_POSTING = text(
    "INSERT INTO checkpoint_balance (month, lot_id, mass_g, reo_g) "
    "SELECT :month, lot_id, SUM(mass_g), SUM(reo_g) FROM movement "
    "WHERE id BETWEEN :first_id AND :last_id AND day <= :last_day GROUP BY lot_id "
    "ON CONFLICT (month, lot_id) DO UPDATE SET mass_g = checkpoint_balance.mass_g + excluded.mass_g, "
    "reo_g = checkpoint_balance.reo_g + excluded.reo_g"
).bindparams(bindparam("last_day", type_=Date))

_BUILD_FROM = text(
    "INSERT INTO checkpoint_balance (month, lot_id, mass_g, reo_g) "
    "SELECT :month, lot_id, SUM(mass_g), SUM(reo_g) FROM ("
    " SELECT lot_id, mass_g, reo_g FROM checkpoint_balance WHERE month = :previous"
    " UNION ALL"
    " SELECT lot_id, mass_g, reo_g FROM movement WHERE day > :after AND day <= :last_day"
    ") parts GROUP BY lot_id HAVING SUM(mass_g) <> 0 OR SUM(reo_g) <> 0"
).bindparams(bindparam("after", type_=Date), bindparam("last_day", type_=Date))

_BUILD_FIRST = text(
    "INSERT INTO checkpoint_balance (month, lot_id, mass_g, reo_g) "
    "SELECT :month, lot_id, SUM(mass_g), SUM(reo_g) FROM movement WHERE day <= :last_day "
    "GROUP BY lot_id HAVING SUM(mass_g) <> 0 OR SUM(reo_g) <> 0"
).bindparams(bindparam("last_day", type_=Date))


def months(conn: Connection) -> list[str]:
    return list(conn.execute(select(CP.c.month).order_by(CP.c.month)).scalars())


def latest(conn: Connection, limit: str) -> str | None:
    """The latest checkpoint month on or before ``limit`` ('YYYY-MM')."""
    return conn.execute(select(func.max(CP.c.month)).where(CP.c.month <= limit)).scalar()


def posted(conn: Connection, first_day: dt.date, first_id: int, last_id: int) -> None:
    """Keep the checkpoints true after movements ``first_id`` … ``last_id``
    were written, the earliest dated ``first_day``: add them to every
    checkpoint they fall before, then build those the ledger has moved past."""
    for month in months(conn):
        end = month_end(month)
        if end >= first_day:
            conn.execute(_ADD_POSTING, {"month": month, "first_id": first_id, "last_id": last_id,
                                        "last_day": end})
    build_missing(conn)


def build_missing(conn: Connection) -> list[str]:
    """Build the checkpoint of every year's end that the ledger's movements
    have passed and that has none yet, oldest first; the months built."""
    first, last = conn.execute(select(func.min(M.c.day), func.max(M.c.day))).one()
    if first is None:
        return []
    have = set(months(conn))
    built = []
    previous = None
    for year in range(first.year, last.year):
        month = f"{year:04d}-{CHECKPOINT_MONTH:02d}"
        if month not in have:
            _build(conn, month, previous)
            built.append(month)
        previous = month
    return built


def _build(conn: Connection, month: str, previous: str | None) -> None:
    end = month_end(month)
    conn.execute(CP.insert().values(month=month, made_at=dt.datetime.now().replace(microsecond=0)))
    if previous is None:
        conn.execute(_BUILD_FIRST, {"month": month, "last_day": end})
    else:
        conn.execute(_BUILD_FROM, {"month": month, "previous": previous, "after": month_end(previous),
                                   "last_day": end})


def balances(conn: Connection, month: str) -> dict[int, tuple[int, int]]:
    """lot id -> (mass_g, reo_g) as the checkpoint holds it; zero rows left out."""
    rows = conn.execute(
        select(CB.c.lot_id, CB.c.mass_g, CB.c.reo_g)
        .where(CB.c.month == month, (CB.c.mass_g != 0) | (CB.c.reo_g != 0))
    ).all()
    return {lot_id: (mass, reo) for lot_id, mass, reo in rows}


def recomputed(conn: Connection, wanted: list[str]) -> Iterator[tuple[str, dict[int, tuple[int, int]]]]:
    """(month, what its checkpoint should hold) for each of ``wanted`` in
    order, summed from the movements alone, each year's movements read once."""
    running: dict[int, list[int]] = {}
    after: dt.date | None = None
    for month in sorted(wanted):
        end = month_end(month)
        q = select(M.c.lot_id, func.sum(M.c.mass_g), func.sum(M.c.reo_g)).where(M.c.day <= end)
        if after is not None:
            q = q.where(M.c.day > after)
        for lot_id, mass, reo in conn.execute(q.group_by(M.c.lot_id)).all():
            total = running.get(lot_id)
            if total is None:
                running[lot_id] = [int(mass), int(reo)]
            else:
                total[0] += mass
                total[1] += reo
        after = end
        yield month, {lot_id: (m, r) for lot_id, (m, r) in running.items() if m or r}
