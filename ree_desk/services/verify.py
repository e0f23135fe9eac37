"""Checking that the ledger is what the program wrote.

``verify_ledger`` reads the whole database once and reports the first row
that breaks each of its guarantees:

- the file itself is sound (the database engine's own check);
- the movement chain and the audit chain hold (``ree_desk.domain.ledger.chain``);
- every movement belongs to a posting its audit event names, with as many
  movements, the same chain head and the same origin shares;
- the closing balances stored when months were closed, and the balances the
  ledger keeps at each year's end (``ree_desk.store.checkpoints``), equal
  the ledger, and so do the shares kept of what was made into mixed lots.

A change made behind the program's back, with its safeguards dropped, breaks
at least one of these, and the problem names the row.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Callable, Iterator

from sqlalchemy import Connection, Date, bindparam, select, text

from ree_desk.domain.ledger import chain
from ree_desk.store import backend, checkpoints, made_shares
from ree_desk.store.database import Database
from ree_desk.store.tables import (
    audit_event_table,
    checkpoint_balance_table,
    closing_balance_table,
    month_close_table,
)

# (stage, done, total)
VerifyProgress = Callable[[str, int, int], None]
_BATCH = 20000
# Audit events that name the movements they wrote.
_WRITING_ACTIONS = ("post", "reverse", "chain_begin")


@dataclass(frozen=True)
class VerifyProblem:
    table: str
    id: int | None
    what: str

    def __str__(self) -> str:
        where = f"{self.table} {self.id}" if self.id is not None else self.table
        return f"{where}: {self.what}"

    def as_json(self) -> dict:
        return {"table": self.table, "id": self.id, "what": self.what}


@dataclass
class VerifyReport:
    problems: list[VerifyProblem] = field(default_factory=list)
    movements: int = 0
    audit_events: int = 0
    closed_months: int = 0
    head: str = chain.GENESIS  # the movement chain's head, as read

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict:
        return {"ok": self.ok, "problems": [p.as_json() for p in self.problems], "movements": self.movements,
                "audit_events": self.audit_events, "closed_months": self.closed_months, "head": self.head}


def verify_ledger(db: Database, progress: VerifyProgress | None = None) -> VerifyReport:
    with db.read() as conn:
        return verify_connection(conn, progress)


def verify_connection(conn: Connection, progress: VerifyProgress | None = None) -> VerifyReport:
    """``verify_ledger`` on an open connection: a copy is checked in the
    transaction that writes it, before it is kept."""
    report = VerifyReport()
    integrity = backend.of(conn).integrity_problems(conn)
    if integrity:
        # Nothing read from a damaged file can be trusted further.
        report.problems.append(VerifyProblem("database", None, f"the file is damaged: {integrity}"))
        return report
    postings = _writing_events(conn)
    _check_movements(conn, report, postings, progress)
    _check_audit(conn, report)
    _check_postings(conn, report, postings)
    _check_closing_balances(conn, report, progress)
    _check_made_shares(conn, report)
    return report


def chain_head(db: Database) -> str:
    """The movement chain's head: what the monthly report prints."""
    from ree_desk.store.queries import chain_head as head_of

    with db.read() as conn:
        return head_of(conn) or chain.GENESIS


@dataclass
class _Posting:
    event_id: int
    first: int
    last: int
    rows: int
    head: str
    origins: str
    seen: int = 0
    last_chain: str | None = None


def _writing_events(conn: Connection) -> list[_Posting]:
    ae = audit_event_table
    out = []
    for event_id, action, detail in conn.execute(
            select(ae.c.id, ae.c.action, ae.c.detail).where(ae.c.action.in_(_WRITING_ACTIONS)).order_by(ae.c.id)):
        if action == "chain_begin":
            out.clear()  # it vouches for every movement before it
        try:
            d = json.loads(detail)
            first, last = d["movements"]
            out.append(_Posting(event_id, int(first), int(last), int(d["rows"]), d["head"], d["origins"]))
        except (ValueError, KeyError, TypeError):
            continue  # an event the audit chain vouches for, written before postings named their rows
    return sorted(out, key=lambda p: p.first)


def _movement_rows(conn: Connection, columns: str, table: str = "movement") -> Iterator[tuple]:
    last_id = 0
    while True:
        rows = conn.execute(
            text(f"SELECT {columns} FROM {table} WHERE id > :last ORDER BY id LIMIT {_BATCH}"), {"last": last_id}
        ).fetchall()
        if not rows:
            return
        yield from rows
        last_id = rows[-1][0]


def _check_movements(conn: Connection, report: VerifyReport, postings: list[_Posting],
                     progress: VerifyProgress | None) -> None:
    total = conn.exec_driver_sql("SELECT count(*) FROM movement").scalar() or 0
    columns = ", ".join(chain.MOVEMENT_FIELDS) + ", chain"
    previous, broken = chain.GENESIS, None
    by_first = iter(postings)
    current = next(by_first, None)
    uncovered = None
    link = chain.movement_link
    count = 0
    for row in _movement_rows(conn, columns):
        mid, stored = row[0], row[-1]
        expected = link(previous, row[:-1])
        if broken is None and stored != expected:
            what = ("has no chain value" if stored is None else
                    "does not match the chain: this row, or the one before it, was changed, added or removed "
                    "behind the program's back")
            broken = VerifyProblem("movement", mid, what)
        previous = stored if stored is not None else expected
        while current is not None and mid > current.last:
            current = next(by_first, None)
        if current is not None and current.first <= mid <= current.last:
            current.seen += 1
            current.last_chain = stored
        elif uncovered is None:
            uncovered = VerifyProblem("movement", mid, "is not among the movements of any posting in the audit trail")
        count += 1
        if progress and count % _BATCH == 0:
            progress("movements", count, total)
    report.movements, report.head = count, previous
    report.problems.extend(p for p in (broken, uncovered) if p is not None)


def _check_audit(conn: Connection, report: VerifyReport) -> None:
    ae = audit_event_table
    previous, count = chain.GENESIS, 0
    for row in conn.execute(select(ae.c.id, ae.c.at, ae.c.by, ae.c.action, ae.c.detail, ae.c.chain)
                            .order_by(ae.c.id)).yield_per(_BATCH):
        count += 1
        expected = chain.link(previous, tuple(row[:-1]))
        if row.chain != expected:
            report.problems.append(VerifyProblem(
                "audit_event", row.id, "has no chain value" if row.chain is None else
                "does not match the chain: this event, or the one before it, was changed, added or removed"))
            break
        previous = expected
    report.audit_events = count


def _check_postings(conn: Connection, report: VerifyReport, postings: list[_Posting]) -> None:
    """Each posting's movements are all there, end at the chain head its
    audit event recorded, and have the origin shares it recorded."""
    for p in postings:
        if p.seen != p.rows:
            report.problems.append(VerifyProblem(
                "movement", p.first if p.seen else None,
                f"posting of audit event {p.event_id} wrote {p.rows} movements ({p.first}–{p.last}); "
                f"the ledger holds {p.seen} of them"))
            return
        if p.last_chain != p.head:
            report.problems.append(VerifyProblem(
                "movement", p.last, f"is not the chain head that audit event {p.event_id} recorded"))
            return
    ranges = iter(postings)
    current = next(ranges, None)
    rows: list[tuple] = []
    for row in conn.exec_driver_sql(
            "SELECT movement_id, country, mass_g, reo_g FROM movement_origin ORDER BY movement_id, country"):
        while current is not None and row[0] > current.last:
            if not _origins_hold(report, current, rows):
                return
            rows, current = [], next(ranges, None)
        if current is not None and row[0] >= current.first:
            rows.append(tuple(row))
    while current is not None:
        if not _origins_hold(report, current, rows):
            return
        rows, current = [], next(ranges, None)


def _origins_hold(report: VerifyReport, posting: _Posting, rows: list[tuple]) -> bool:
    if chain.digest_origins(rows) == posting.origins:
        return True
    report.problems.append(VerifyProblem(
        "movement_origin", rows[0][0] if rows else posting.first,
        f"the origin shares of movements {posting.first}–{posting.last} are not those audit event "
        f"{posting.event_id} recorded"))
    return False


def _check_closing_balances(conn: Connection, report: VerifyReport, progress: VerifyProgress | None) -> None:
    """Walks the closed months and the balance checkpoints in order, adding
    each stretch's movements to a running balance per lot: one pass over the
    history however many months are closed or kept."""
    closed = set(conn.execute(select(month_close_table.c.month)).scalars())
    kept = set(checkpoints.months(conn))
    report.closed_months = len(closed)
    months = sorted(closed | kept)
    running: dict[int, tuple[int, int]] = {}  # lots with stock only, as the stored balances are
    after: dt.date | None = None
    for n, month in enumerate(months, 1):
        end = checkpoints.month_end(month)
        where = "day <= :end" if after is None else "day > :after AND day <= :end"
        stretch = text(f"SELECT lot_id, sum(mass_g), sum(reo_g) FROM movement WHERE {where} GROUP BY lot_id")
        stretch = stretch.bindparams(*(bindparam(n, type_=Date) for n in ("end", "after") if f":{n}" in where))
        for lot_id, mass, reo in conn.execute(stretch, {"end": end} | ({} if after is None else {"after": after})):
            held_mass, held_reo = running.get(lot_id, (0, 0))
            balance = (held_mass + int(mass), held_reo + int(reo))
            if balance[0] or balance[1]:
                running[lot_id] = balance
            else:
                running.pop(lot_id, None)
        after = end
        for table, kind, holds in ((closing_balance_table, "closing_balance", closed),
                                   (checkpoint_balance_table, "checkpoint_balance", kept)):
            if month not in holds:
                continue
            stored = {lot: (mass, reo) for lot, mass, reo in conn.execute(
                select(table.c.lot_id, table.c.mass_g, table.c.reo_g).where(table.c.month == month)) if mass or reo}
            if stored != running:
                lot = min(set(stored) ^ set(running) or {k for k in stored if stored[k] != running.get(k)})
                held, made = stored.get(lot, (0, 0)), running.get(lot, (0, 0))
                report.problems.append(VerifyProblem(
                    kind, lot,
                    f"lot {lot} at the end of {month}: stored {held[0]} g ({held[1]} g REO), "
                    f"the ledger gives {made[0]} g ({made[1]} g REO)"))
                return
        if progress:
            progress("balances", n, len(months))


def _check_made_shares(conn: Connection, report: VerifyReport) -> None:
    kept, ledger = made_shares.stored(conn), made_shares.recomputed(conn)
    if kept != ledger:
        lot, country = min(set(kept) ^ set(ledger) or {k for k in kept if kept[k] != ledger.get(k)})
        held, made = kept.get((lot, country), (0, None)), ledger.get((lot, country), (0, None))
        report.problems.append(VerifyProblem(
            "made_share", lot, f"REO made into lot {lot} from {country}: kept {held[0]} g, "
                               f"the ledger gives {made[0]} g"))
