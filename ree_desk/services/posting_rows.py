"""The rows a posting writes: the posting itself, new runs and lots, the
movements, their origin shares, and the audit trail.

Keys are named up front (``Heads``) so that every row can be built, and
written, without asking the database for keys back row by row.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Callable, Iterator

from sqlalchemy import Connection, delete, insert

from ree_desk.domain.ledger import chain
from ree_desk.domain.ledger.plan import LotKey, Planned
from ree_desk.domain.movement_types import MovementType, QuotaKind
from ree_desk.services.posting_plan import LotPlan
from ree_desk.store import backend, checkpoints, made_shares, queries
from ree_desk.store.bulk import Statement, insert_rows, insert_statements, update_statements
from ree_desk.store.tables import (
    audit_event_table,
    closing_balance_table,
    lot_table,
    movement_origin_table,
    movement_table,
    posting_table,
    run_table,
)

Progress = Callable[[int, int], None]

MOVEMENT_COLUMNS = (
    "day", "type", "material_id", "lot_id", "mass_g", "grade_bp", "reo_g", "quota_kind", "counterparty",
    "credit_code", "invoice_no", "customs_no", "run_id", "destination", "note", "reverses_id", "flags",
    "accept_reason", "posting_id", "source_line",
)
# A movement row with nothing flagged and nothing reversed: the four columns
# left out are the same in each and written into the statement.
UNFLAGGED_COLUMNS = ("id",) + MOVEMENT_COLUMNS[:-5] + MOVEMENT_COLUMNS[-1:] + ("chain",)
CHAINED_COLUMNS = ("id",) + MOVEMENT_COLUMNS + ("chain",)
assert CHAINED_COLUMNS[:-1] == chain.MOVEMENT_FIELDS
ORIGIN_COLUMNS = ("movement_id", "country", "mass_g", "reo_g")
LOT_COLUMNS = ("id", "material_id", "lot_no", "source", "origin", "origin_detail", "customs_no", "created_at")


@dataclass(frozen=True)
class PostResult:
    posting_id: int
    movement_ids: list[int]
    flagged: int


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


@dataclass
class Heads:
    """What a posting's rows refer to, settled before they are written."""

    posting_id: int
    at: dt.datetime
    run_ids: dict[str, int]
    lot_ids: dict[LotKey, int]
    new_lots: list[tuple]  # in LOT_COLUMNS order, not yet written
    first_movement_id: int
    chain: str  # the chain of the last movement built so far

    def movement_range(self, rows: int) -> list[int]:
        return [self.first_movement_id, self.first_movement_id + rows - 1]


def write_heads(conn: Connection, lots: LotPlan, *, user: str, source: str, sha256: str | None,
                accept_reason: str | None) -> Heads:
    """Write the posting and its new runs; name the new lots and the
    movements (a plan without problems)."""
    at = now()
    rows = len(lots.resolved)
    posting_id = conn.execute(
        insert(posting_table).values(at=at, by=user, source=source, sha256=sha256,
                                   rows=rows, accept_reason=accept_reason)
    ).inserted_primary_key[0]

    codes = {d.run for d, _m in lots.resolved if d.run}
    run_ids = queries.runs_by_code(conn, codes)
    new_runs = sorted(codes - set(run_ids))
    if new_runs:
        first = backend.of(conn).reserve_ids(conn, "run", len(new_runs))
        insert_rows(conn, run_table, ("id", "code"), [(first + i, c) for i, c in enumerate(new_runs)])
        run_ids.update({c: first + i for i, c in enumerate(new_runs)})

    lot_ids = {key: lot.id for key, lot in lots.existing.items()}
    new_lots: list[tuple] = []
    next_lot = None
    created = at.isoformat(sep=" ")
    for (d, _mat), key in zip(lots.resolved, lots.keys):
        if key not in lot_ids:
            if next_lot is None:
                next_lot = backend.of(conn).reserve_ids(conn, "lot", 0)
            lot_ids[key] = next_lot
            lot_source, origin = lots.lot_info[key]
            # A made lot's origin is settled with the origins (lot_origin_changes).
            new_lots.append((next_lot, key[0], d.lot, lot_source, origin if lot_source == "declared" else None,
                             d.origin_detail, d.customs_no, created))
            next_lot += 1
    first_movement = backend.of(conn).reserve_ids(conn, "movement", rows)
    head = queries.chain_head(conn) or chain.GENESIS
    return Heads(posting_id, at, run_ids, lot_ids, new_lots, first_movement, head)


def writes(conn: Connection, planned: list[Planned], lots: LotPlan, heads: Heads, origins: list[tuple], *,
           accept_reason: str | None) -> Iterator[Statement]:
    """Every statement that writes a checked plan, in order; ``origins`` are
    its ``origin_rows``."""
    yield from insert_statements(conn, lot_table, LOT_COLUMNS, heads.new_lots)
    yield from insert_statements(conn, movement_table, CHAINED_COLUMNS,
                                 movement_rows(planned, heads, 0, accept_reason))
    yield from insert_statements(conn, movement_origin_table, ORIGIN_COLUMNS, origins)
    yield from update_statements(conn, lot_table, "id", ("origin",),
                                 lot_origin_changes(planned, lots.existing, heads))


def unflagged_statements(conn: Connection, part: list[Planned], heads: Heads, start: int) -> Iterator[Statement]:
    """Statements inserting ``part`` (the plan's rows from ``start`` on),
    nothing in it flagged."""
    return insert_statements(
        conn, movement_table, UNFLAGGED_COLUMNS, movement_rows(part, heads, start, None, unflagged=True),
        fixed={"reverses_id": None, "flags": 0, "accept_reason": None, "posting_id": heads.posting_id})


def movement_rows(part: list[Planned], heads: Heads, start: int, accept_reason: str | None, *,
                  unflagged: bool = False) -> list[tuple]:
    """Rows in ``CHAINED_COLUMNS`` order of ``part``, the plan's rows from
    ``start`` on; ``unflagged`` rows in ``UNFLAGGED_COLUMNS`` order. Parts are
    built in the order of the plan: each links the chain on from the last."""
    lot_ids, run_ids, posting_id = heads.lot_ids, heads.run_ids, heads.posting_id
    day_text: dict[dt.date, str] = {}
    rows = []
    mid = heads.first_movement_id + start
    link, previous = chain.movement_link, heads.chain
    unflagged_tail = (None, 0, None, posting_id)
    for p in part:
        d = p.draft
        day = day_text.get(d.day)
        if day is None:
            day = day_text[d.day] = d.day.isoformat()
        row = (
            mid, day, _TEXT[d.type], p.material_id, lot_ids[p.lot_key], d.mass_g, d.grade_bp, p.reo_g,
            _TEXT[p.quota_kind], d.counterparty, d.credit_code, d.invoice_no,
            d.customs_no, run_ids[d.run] if d.run else None, d.destination, d.note,
        )
        if unflagged:
            previous = link(previous, row + unflagged_tail + (d.line,))
            rows.append(row + (d.line, previous))
        else:
            row += (None, p.flags, accept_reason if p.flags else None, posting_id, d.line)
            previous = link(previous, row)
            rows.append(row + (previous,))
        mid += 1
    heads.chain = previous
    return rows


# The text each enumeration is stored as (an enum's .value costs a call).
_TEXT: dict[object, str | None] = {None: None, **{t: t.value for t in MovementType},
                                   **{k: k.value for k in QuotaKind}}


def origin_rows(planned: list[Planned], heads: Heads) -> list[tuple]:
    """By movement, then country: the order their digest is taken in."""
    rows = []
    mid = heads.first_movement_id
    for p in planned:
        split = p.split
        for country, (mass, reo) in (split.items() if len(split) == 1 else sorted(split.items())):
            rows.append((mid, country, mass, reo))
        mid += 1
    return rows


def lot_origin_changes(planned: list[Planned], existing: dict[LotKey, queries.LotRow],
                       heads: Heads) -> list[tuple[int, str | None]]:
    """A made lot names its one origin, taken from the first movement that
    made it; once it holds more than one origin, it names none. Returns
    (lot id, origin) where that differs from what the lot row holds."""
    OUTPUT = MovementType.OUTPUT
    fresh = {(row[1], row[2]) for row in heads.new_lots if row[3] == "run"}  # (material id, lot number)
    written: dict[LotKey, str | None] = dict.fromkeys(fresh)
    origin: dict[LotKey, str | None] = {}
    for p in planned:
        if p.lot_source != "run":
            continue  # declared lots keep the origin declared
        key = p.lot_key
        if key in origin:
            now_named = origin[key]
        elif key in fresh:
            origin[key] = single_origin(p.split)
            continue
        else:
            now_named = origin[key] = written[key] = existing[key].origin
        if now_named is not None and p.draft.type is OUTPUT and single_origin(p.split) != now_named:
            origin[key] = None
    return [(heads.lot_ids[key], value) for key, value in origin.items() if value != written[key]]


def single_origin(split: dict[str, tuple[int, int]]) -> str | None:
    """The one country whose REO a split holds, or None."""
    if len(split) == 1:  # the usual case
        for country, (_mass, reo) in split.items():
            return country if reo else None
    countries = [c for c, (_m, reo) in split.items() if reo]
    return countries[0] if len(countries) == 1 else None


def origins_digest(origins: list[tuple]) -> str:
    """The digest of a posting's origin rows (``ORIGIN_COLUMNS``, in the
    order written: by movement, then country) that its audit event keeps,
    so that a share moved between countries behind the program's back is
    found. The rows hold whole numbers and a two-letter code, which need no
    length prefix to stay unambiguous."""
    return chain.digest_origins(origins)


def finish(conn: Connection, heads: Heads, *, first_day: dt.date, rows: int, flagged: int, user: str,
           source: str, accept_reason: str | None, origins: str) -> PostResult:
    """The posting's last writes: its months' snapshots forgotten, its audit
    (which names the posting's movements, the chain after them and the
    digest of their origin shares)."""
    first_id, last_id = heads.movement_range(rows)
    ledger_grew(conn, first_day, first_id, last_id)
    audit(conn, user, "post", {"posting": heads.posting_id, "source": source, "rows": rows,
                               "flagged": flagged, "accept_reason": accept_reason,
                               "movements": heads.movement_range(rows), "head": heads.chain,
                               "origins": origins})
    backend.of(conn).after_rows_added(conn, rows)
    first_id = heads.first_movement_id
    return PostResult(heads.posting_id, list(range(first_id, first_id + rows)), flagged)


@dataclass(frozen=True)
class Inserted:
    """Movements written by ``insert_movements``: what their audit event names."""

    ids: list[int]
    head: str
    origins: str

    def detail(self) -> dict:
        return {"movements": [self.ids[0], self.ids[-1]], "rows": len(self.ids), "head": self.head,
                "origins": self.origins}


def insert_movements(conn: Connection, planned: list[Planned], rows: list[tuple]) -> Inserted:
    """Insert movements (tuples in ``MOVEMENT_COLUMNS`` order) and their
    origin rows, keys named up front and the chain linked on."""
    first = backend.of(conn).reserve_ids(conn, "movement", len(rows))
    ids = list(range(first, first + len(rows)))
    previous = queries.chain_head(conn) or chain.GENESIS
    chained = []
    for mid, row in zip(ids, rows):
        previous = chain.movement_link(previous, (mid,) + row)
        chained.append((mid,) + row + (previous,))
    insert_rows(conn, movement_table, CHAINED_COLUMNS, chained)
    origins = [(mid, country, mass, reo) for mid, p in zip(ids, planned)
               for country, (mass, reo) in sorted(p.split.items())]
    insert_rows(conn, movement_origin_table, ORIGIN_COLUMNS, origins)
    return Inserted(ids, previous, origins_digest(origins))


def ledger_grew(conn: Connection, first_day: dt.date, first_id: int, last_id: int) -> None:
    """What follows movements ``first_id`` … ``last_id`` landing, the
    earliest dated ``first_day``: closing balances of that month and later
    forgotten, the balance checkpoints and the shares made into mixed lots
    brought up to date."""
    forget_snapshots_from(conn, f"{first_day.year:04d}-{first_day.month:02d}")
    checkpoints.posted(conn, first_day, first_id, last_id)
    made_shares.posted(conn, first_id, last_id)


def forget_snapshots_from(conn: Connection, month: str) -> None:
    """Closing balances of this month and later no longer hold once a movement
    is dated in it (possible only after a month was reopened)."""
    cb = closing_balance_table
    conn.execute(delete(cb).where(cb.c.month >= month))


def audit(conn: Connection, user: str, action: str, detail: dict) -> None:
    """Record an event, linked on to the audit chain."""
    fields = (backend.of(conn).reserve_ids(conn, "audit_event", 1), now(), user, action,
              json.dumps(detail, ensure_ascii=False, default=str))
    previous = queries.audit_chain_head(conn) or chain.GENESIS
    conn.execute(insert(audit_event_table).values(**dict(zip(chain.AUDIT_FIELDS, fields)),
                                                  chain=chain.link(previous, fields)))
