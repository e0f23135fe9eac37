"""Posting movements: all or nothing, every problem reported at once.

A batch (an imported file, a day's grid, one entry) is resolved against the
ledger, checked, and written in one transaction that holds the write lock
from the start. Negative stock and over-quota rows are refused unless the
caller accepts them with a reason; then they are written and flagged,
because refusing what physically happened would falsify the ledger.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterator, Sequence

from sqlalchemy import Connection, delete, insert

from ree_desk.beside import Beside
from ree_desk.catalogue import Category, Group
from ree_desk.drafts import MovementDraft
from ree_desk.ledger.origins import resolve_origins
from ree_desk.ledger.plan import LotKey, Planned
from ree_desk.ledger.quota import check_over_quota
from ree_desk.ledger.stock_check import check_negative_stock
from ree_desk.movement_types import DAY_ORDER, MovementType, QuotaKind, quota_kind_for
from ree_desk.problems import InputRejected, Problem, shown
from ree_desk.quantities import reo_grams
from ree_desk.store import queries, sqlite
from ree_desk.store.bulk import Statement, insert_rows, insert_statements, update_statements
from ree_desk.store.database import Database
from ree_desk.store.writer import BackgroundWriter
from ree_desk.store.models import AuditEvent, ClosingBalance, ImportBatch, Lot, Movement, MovementOrigin, Run

Progress = Callable[[int, int], None]
# Batches this large are written while their origins and checks are worked out.
OVERLAP_FROM = 2000
PROGRESS_STEP = 20000
CREATES_DECLARED = (MovementType.RECEIPT, MovementType.MINED)
MINEABLE = (Category.ORE.value, Category.ORE_PRODUCT.value)


@dataclass(frozen=True)
class PostResult:
    posting_id: int
    movement_ids: list[int]
    flagged: int


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def closed_month_problem(line: int | None, month: str) -> Problem:
    return Problem(
        line, "date",
        f"a date in an open month (month {month} is closed; post a correction dated in an open "
        "month that references the original)",
        month,
    )


def _sorted(drafts: Sequence[MovementDraft]) -> list[MovementDraft]:
    keyed = sorted(range(len(drafts)), key=lambda i: (drafts[i].day, DAY_ORDER[drafts[i].type], i))
    return [drafts[i] for i in keyed]


def post_movements(
    db: Database,
    drafts: Sequence[MovementDraft],
    *,
    user: str,
    source: str,
    sha256: str | None = None,
    accept_reason: str | None = None,
    progress: Progress | None = None,
    dry_run: bool = False,
    parallel: bool = False,
) -> PostResult:
    """Write ``drafts`` to the ledger, or raise ``InputRejected`` and write nothing.

    ``dry_run`` runs every check and writes nothing. ``parallel`` lets a
    large batch use a second process (see ``beside``; not from the GUI)."""
    if accept_reason is not None and not accept_reason.strip():
        raise InputRejected([Problem(None, None, "a reason for accepting the warnings", "an empty reason")])
    if not drafts:
        raise InputRejected([Problem(None, None, "at least one movement", "none")])
    with db.write() as conn:
        ordered = _sorted(drafts)
        if len(ordered) >= OVERLAP_FROM and accept_reason is None and not dry_run:
            return _post_while_checking(conn, ordered, user=user, source=source, sha256=sha256,
                                        progress=progress, parallel=parallel)
        planned, problems, lots = plan_batch(conn, ordered)
        if problems:
            raise InputRejected(problems)
        warnings = check_batch(conn, planned, lots)
        if warnings and accept_reason is None:
            raise _warned(warnings)
        if dry_run:
            return PostResult(0, [], sum(1 for p in planned if p.flags))
        heads = _write_heads(conn, planned, lots, user=user, source=source, sha256=sha256,
                             accept_reason=accept_reason)
        for sql, params in _writes(conn, planned, lots, heads, accept_reason=accept_reason):
            conn.exec_driver_sql(sql, params)
        if progress:
            progress(len(planned), len(planned))
        return _finish(conn, planned, heads, user=user, source=source, accept_reason=accept_reason)


def _warned(warnings: list[Problem]) -> InputRejected:
    return InputRejected(
        warnings,
        f"{len(warnings)} warning(s) (negative stock or over quota); nothing was written. "
        "Accept them with a reason to record the movements flagged",
    )


def _post_while_checking(
    conn: Connection, ordered: list[MovementDraft], *, user: str, source: str, sha256: str | None,
    progress: Progress | None, parallel: bool,
) -> PostResult:
    """A large batch with nothing accepted in advance: its movements are
    written while their origins and checks are worked out, and the whole
    transaction is rolled back if those find anything. Every row written
    this way carries no flag, which is right exactly when nothing is found.

    With ``parallel`` the origins and checks are worked out in a forked
    process, and only their outcome comes back."""
    planned, problems, lots = plan_lots(conn, ordered)
    if problems:
        raise InputRejected(problems)
    shares = origin_shares(conn, planned, lots)
    evidence = check_evidence(conn, planned, lots)
    heads = _write_heads(conn, planned, lots, user=user, source=source, sha256=sha256, accept_reason=None)
    total = len(planned)
    # Forked before the writing thread starts, so that the copy has none.
    settle = Beside(lambda: _settle(planned, lots, heads, shares, evidence)) if parallel else None
    with BackgroundWriter(conn) as writer:
        writer.submit(insert_statements(conn, Lot.__table__, LOT_COLUMNS, heads.new_lots))
        for start in range(0, total, PROGRESS_STEP):
            part = planned[start : start + PROGRESS_STEP]
            writer.submit(insert_statements(
                conn, Movement.__table__, ("id",) + MOVEMENT_COLUMNS[:-5] + MOVEMENT_COLUMNS[-1:],
                _movement_rows(part, heads, start, None, unflagged=True),
                fixed={"reverses_id": None, "flags": 0, "accept_reason": None, "posting_id": heads.posting_id}))
            if progress:
                done = min(start + PROGRESS_STEP, total)
                writer.call(lambda done=done: progress(done, total))
        # Stock needs no origins: it is checked here while the origins are worked out.
        warnings = check_negative_stock(planned, evidence.opening, evidence.later)
        problems, over_quota, origin_columns, lot_changes = settle.wait() if settle else \
            _settle(planned, lots, heads, shares, evidence)
        if problems:
            raise InputRejected(problems)
        if warnings or over_quota:
            raise _warned(warnings + over_quota)
        writer.submit(insert_statements(conn, MovementOrigin.__table__, ORIGIN_COLUMNS, list(zip(*origin_columns))))
        writer.submit(update_statements(conn, Lot.__table__, "id", ("origin",), lot_changes))
        writer.finish()
    return _finish(conn, planned, heads, user=user, source=source, accept_reason=None)


def row_problems(db: Database, drafts: Sequence[MovementDraft]) -> list[Problem]:
    """The problems each row has on its own against the ledger (unknown
    material, closed month): what the import adds to the field problems of a
    file so the user sees every bad row in one run."""
    with db.read() as conn:
        return _resolve_materials(conn, list(drafts))[1]


def _resolve_materials(
    conn: Connection, drafts: list[MovementDraft]
) -> tuple[list[tuple[MovementDraft, queries.MaterialRow]], list[Problem]]:
    problems: list[Problem] = []
    catalogue = queries.materials(conn)
    by_name = {}
    for m in catalogue.values():
        by_name[m.name_zh] = by_name[m.name_en.upper()] = m
    closed = queries.closed_months(conn)
    resolved: list[tuple[MovementDraft, queries.MaterialRow]] = []
    # A batch names a few materials and days many times: each is judged once.
    material_of: dict[str, queries.MaterialRow | None] = {}
    closed_on: dict[dt.date, bool] = {}
    mined = MovementType.MINED
    for d in drafts:
        mat = material_of.get(d.material, _UNSEEN)
        if mat is _UNSEEN:
            mat = material_of[d.material] = catalogue.get(d.material) or by_name.get(d.material.upper())
        if mat is None:
            problems.append(Problem(d.line, "material", "a material code from the catalogue", shown(d.material)))
            continue
        shut = closed_on.get(d.day)
        if shut is None:
            shut = closed_on[d.day] = d.month in closed
        if shut:
            problems.append(closed_month_problem(d.line, d.month))
        if d.type is mined and mat.category not in MINEABLE:
            problems.append(Problem(d.line, "material", "an ore or ore product for mining output", mat.code))
        resolved.append((d, mat))
    return resolved, problems


_UNSEEN = object()


def plan_batch(
    conn: Connection, drafts: list[MovementDraft]
) -> tuple[list[Planned], list[Problem], dict[LotKey, queries.LotRow]]:
    """Resolve sorted drafts against the ledger: materials, lots, runs and
    origin shares. Returns the plan, its problems, and the lots that exist."""
    planned, problems, existing = plan_lots(conn, drafts)
    if not problems:
        problems.extend(resolve_origins(planned, *origin_shares(conn, planned, existing)))
    return planned, problems, existing


def plan_lots(
    conn: Connection, drafts: list[MovementDraft]
) -> tuple[list[Planned], list[Problem], dict[LotKey, queries.LotRow]]:
    """``plan_batch`` up to origin shares: each draft's material, lot, REO and quota."""
    resolved, problems = _resolve_materials(conn, drafts)
    kinds = {m.code: (Category(m.category), Group(m.group)) for m in {m.code: m for _d, m in resolved}.values()}
    quota_kinds: dict[tuple[MovementType, str], object] = {}

    keys = [(mat.id, d.lot) for d, mat in resolved]
    existing = queries.lots_by_key(conn, set(keys))
    lot_info: dict[LotKey, tuple[str, str | None]] = {k: (v.source, v.origin) for k, v in existing.items()}
    OUTPUT, ADJUSTMENT = MovementType.OUTPUT, MovementType.ADJUSTMENT
    # A new lot takes its kind and origin from the first row that creates it.
    for (d, _mat), key in zip(resolved, keys):
        if key in lot_info:
            continue
        if d.type in CREATES_DECLARED or (d.type is ADJUSTMENT and d.mass_g > 0 and d.origin):
            lot_info[key] = ("declared", d.origin)
        elif d.type is OUTPUT:
            lot_info[key] = ("run", None)

    planned: list[Planned] = []
    for (d, mat), key in zip(resolved, keys):
        info = lot_info.get(key)
        if info is None:
            expected = (
                "the origin of a new lot found at stocktake"
                if d.type is ADJUSTMENT and d.mass_g > 0
                else "a lot that a receipt, mining output or production output created"
            )
            problems.append(Problem(d.line, "lot", expected, f'lot "{d.lot}" of {mat.code} does not exist'))
            continue
        source, origin = info
        mtype = d.type
        if source == "declared":
            if mtype is OUTPUT:
                problems.append(Problem(d.line, "lot", "a lot of its own for production output",
                                        f'lot "{d.lot}" was received or mined'))
            elif d.origin and d.origin != origin:
                problems.append(Problem(d.line, "origin", f'origin {origin} of lot "{d.lot}"', d.origin))
        elif mtype in CREATES_DECLARED:
            problems.append(Problem(d.line, "lot", "a lot of its own for a receipt or mining output",
                                    f'lot "{d.lot}" was made by a production run'))
        kind_key = (mtype, mat.code)
        kind = quota_kinds.get(kind_key, _UNSEEN)
        if kind is _UNSEEN:
            kind = quota_kinds[kind_key] = quota_kind_for(mtype, *kinds[mat.code])
        planned.append(Planned(d, mat.id, key, source, origin, reo_grams(d.mass_g, d.grade_bp), kind))
    return planned, problems, existing


def origin_shares(
    conn: Connection, planned: list[Planned], existing: dict[LotKey, queries.LotRow]
) -> tuple[dict[str, Counter], dict[LotKey, Counter]]:
    """What the ledger knows of the origins a plan's runs and made lots hold:
    the arguments ``resolve_origins`` takes after the plan."""
    run_codes = {p.draft.run for p in planned if p.draft.run}
    run_ids = queries.runs_by_code(conn, run_codes)
    code_of = {rid: code for code, rid in run_ids.items()}
    run_shares = {code_of[rid]: c for rid, c in queries.run_feed_shares(conn, run_ids.values()).items()}
    made_ids = {existing[p.lot_key].id: p.lot_key for p in planned
                if p.lot_source == "run" and p.lot_key in existing}
    lot_shares: dict[LotKey, Counter] = {made_ids[i]: c for i, c in queries.made_lot_shares(conn, made_ids).items()}
    return run_shares, lot_shares


def check_batch(conn: Connection, planned: list[Planned], existing: dict[LotKey, queries.LotRow]) -> list[Problem]:
    """The warnings a plan raises (negative stock, over quota); flags its rows."""
    return check_warnings(planned, check_evidence(conn, planned, existing))


@dataclass(frozen=True)
class Evidence:
    """What the ledger holds that a plan's checks weigh it against."""

    opening: dict[LotKey, int]  # each lot's mass before the batch's first outflow from it
    later: dict[LotKey, list[tuple[dt.date, int]]]  # and the ledger's movements of it from then on
    allocations: dict[int, list[tuple[str, str, int]]]  # year -> (kind, scope, grams)
    used: dict[int, list[tuple[str, str, int]]]  # year -> (kind, country, grams used)


def check_evidence(conn: Connection, planned: list[Planned], existing: dict[LotKey, queries.LotRow]) -> Evidence:
    first_day: dict[int, dt.date] = {}
    for p in planned:
        lot = existing.get(p.lot_key)
        if lot is not None and p.draft.mass_g < 0:
            first_day[lot.id] = min(first_day.get(lot.id, p.draft.day), p.draft.day)
    opening_by_id = queries.lot_mass_before(conn, first_day)
    later_by_id = queries.lot_movements_from(conn, first_day)
    key_of = {lot.id: key for key, lot in existing.items()}
    years = {p.draft.day.year for p in planned if p.quota_kind is not None}
    return Evidence(
        {key_of[i]: m for i, m in opening_by_id.items()},
        {key_of[i]: rows for i, rows in later_by_id.items()},
        {y: queries.allocations_for_year(conn, y) for y in years},
        {y: [(k, c, g) for k, c, g, _ in queries.quota_use(conn, y)] for y in years},
    )


def check_warnings(planned: list[Planned], evidence: Evidence) -> list[Problem]:
    """Negative stock and over-quota warnings of a plan whose origins are
    resolved; flags the rows they blame."""
    warnings = check_negative_stock(planned, evidence.opening, evidence.later)
    warnings.extend(check_over_quota(planned, evidence.allocations, evidence.used))
    return warnings


@dataclass
class _Heads:
    """What a posting's rows refer to, settled before they are written."""

    posting_id: int
    at: dt.datetime
    run_ids: dict[str, int]
    lot_ids: dict[LotKey, int]
    new_lots: list[tuple]  # in LOT_COLUMNS order, not yet written
    first_movement_id: int


def _write_heads(
    conn: Connection, planned: list[Planned], lots: dict[LotKey, queries.LotRow], *,
    user: str, source: str, sha256: str | None, accept_reason: str | None,
) -> _Heads:
    """Write the posting and its new runs; name the new lots and the movements."""
    at = now()
    posting_id = conn.execute(
        insert(ImportBatch).values(at=at, by=user, source=source, sha256=sha256,
                                   rows=len(planned), accept_reason=accept_reason)
    ).inserted_primary_key[0]

    codes = {p.draft.run for p in planned if p.draft.run}
    run_ids = queries.runs_by_code(conn, codes)
    new_runs = sorted(codes - set(run_ids))
    if new_runs:
        first = sqlite.reserve_ids(conn, "run", len(new_runs))
        rows = [{"id": first + i, "code": c} for i, c in enumerate(new_runs)]
        conn.execute(insert(Run), rows)
        run_ids.update({r["code"]: r["id"] for r in rows})

    lot_ids = {key: lot.id for key, lot in lots.items()}
    new_lots: list[tuple] = []
    next_lot = None
    created = at.isoformat(sep=" ")
    for p in planned:
        if p.lot_key not in lot_ids:
            if next_lot is None:
                next_lot = sqlite.reserve_ids(conn, "lot", 0)
            d = p.draft
            lot_ids[p.lot_key] = next_lot
            # A made lot's origin is settled with the origins (_lot_origin_statements).
            new_lots.append((
                next_lot, p.material_id, d.lot, p.lot_source,
                p.lot_origin if p.lot_source == "declared" else None,
                d.origin_detail, d.customs_no, created,
            ))
            next_lot += 1
    first_movement = sqlite.reserve_ids(conn, "movement", len(planned))
    return _Heads(posting_id, at, run_ids, lot_ids, new_lots, first_movement)


def _writes(conn: Connection, planned: list[Planned], lots: dict[LotKey, queries.LotRow], heads: _Heads, *,
            accept_reason: str | None) -> Iterator[Statement]:
    """Every statement that writes a checked plan, in order."""
    yield from insert_statements(conn, Lot.__table__, LOT_COLUMNS, heads.new_lots)
    yield from insert_statements(conn, Movement.__table__, ("id",) + MOVEMENT_COLUMNS,
                                 _movement_rows(planned, heads, 0, accept_reason))
    yield from insert_statements(conn, MovementOrigin.__table__, ORIGIN_COLUMNS, _origin_rows(planned, heads))
    yield from update_statements(conn, Lot.__table__, "id", ("origin",), _lot_origin_changes(planned, lots, heads))


def _movement_rows(part: list[Planned], heads: _Heads, start: int, accept_reason: str | None, *,
                   unflagged: bool = False) -> list[tuple]:
    """Rows in ``("id",) + MOVEMENT_COLUMNS`` order of ``part``, the plan's
    rows from ``start`` on. ``unflagged`` rows (nothing flagged, nothing
    reversed) leave out the four columns that are then the same in each:
    reverses_id, flags, accept_reason and posting_id."""
    lot_ids, run_ids, posting_id = heads.lot_ids, heads.run_ids, heads.posting_id
    day_text: dict[dt.date, str] = {}
    rows = []
    mid = heads.first_movement_id + start
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
            rows.append(row + (d.line,))
        else:
            rows.append(row + (None, p.flags, accept_reason if p.flags else None, posting_id, d.line))
        mid += 1
    return rows


# The text each enumeration is stored as (an enum's .value costs a call).
_TEXT: dict[object, str | None] = {None: None, **{t: t.value for t in MovementType},
                                   **{k: k.value for k in QuotaKind}}


def _settle(planned: list[Planned], lots: dict[LotKey, queries.LotRow], heads: _Heads,
            shares: tuple[dict, dict], evidence: Evidence) -> tuple[list, list, list, list]:
    """Origins and the quota check of a plan whose movements are being
    written: (problems, quota warnings, origin rows column by column, lot
    origin changes)."""
    problems = resolve_origins(planned, *shares)
    if problems:
        return problems, [], [], []
    warnings = check_over_quota(planned, evidence.allocations, evidence.used)
    if warnings:
        return [], warnings, [], []
    return [], [], list(zip(*_origin_rows(planned, heads))), _lot_origin_changes(planned, lots, heads)


def _origin_rows(planned: list[Planned], heads: _Heads) -> list[tuple]:
    rows = []
    mid = heads.first_movement_id
    for p in planned:
        for country, (mass, reo) in p.split.items():
            rows.append((mid, country, mass, reo))
        mid += 1
    return rows


def _lot_origin_changes(planned: list[Planned], lots: dict[LotKey, queries.LotRow],
                        heads: _Heads) -> list[tuple[int, str | None]]:
    """A made lot names its one origin, taken from the first movement that
    made it; once it holds more than one origin, it names none. Returns
    (lot id, origin) where that differs from what the lot row holds."""
    made = [p for p in planned if p.lot_source == "run"]  # declared lots keep the origin declared
    written = {p.lot_key: lots[p.lot_key].origin for p in made if p.lot_key in lots}
    key_of = {lot_id: key for key, lot_id in heads.lot_ids.items()}
    fresh = {key_of[row[0]] for row in heads.new_lots if row[3] == "run"}
    written.update(dict.fromkeys(fresh))
    origin = dict(written)
    for p in made:
        key = p.lot_key
        if key in fresh:
            fresh.discard(key)
            origin[key] = _single(p.split)
        elif p.draft.type is MovementType.OUTPUT and origin[key] is not None and _single(p.split) != origin[key]:
            origin[key] = None
    return [(heads.lot_ids[key], value) for key, value in origin.items() if value != written[key]]


def _finish(conn: Connection, planned: list[Planned], heads: _Heads, *, user: str, source: str,
            accept_reason: str | None) -> PostResult:
    first = min(p.draft.day for p in planned)
    forget_snapshots_from(conn, f"{first.year:04d}-{first.month:02d}")
    flagged = sum(1 for p in planned if p.flags)
    audit(conn, user, "post", {"posting": heads.posting_id, "source": source, "rows": len(planned),
                               "flagged": flagged, "accept_reason": accept_reason})
    first_id = heads.first_movement_id
    return PostResult(heads.posting_id, list(range(first_id, first_id + len(planned))), flagged)


MOVEMENT_COLUMNS = (
    "day", "type", "material_id", "lot_id", "mass_g", "grade_bp", "reo_g", "quota_kind", "counterparty",
    "credit_code", "invoice_no", "customs_no", "run_id", "destination", "note", "reverses_id", "flags",
    "accept_reason", "posting_id", "source_line",
)
ORIGIN_COLUMNS = ("movement_id", "country", "mass_g", "reo_g")
LOT_COLUMNS = ("id", "material_id", "lot_no", "source", "origin", "origin_detail", "customs_no", "created_at")


def insert_movements(conn: Connection, planned: list[Planned], rows: list[tuple],
                     progress: Progress | None = None, step: int = 20000) -> list[int]:
    """Bulk-insert movements (tuples in ``MOVEMENT_COLUMNS`` order) and their
    origin rows, keys named up front."""
    first = sqlite.reserve_ids(conn, "movement", len(rows))
    ids = list(range(first, first + len(rows)))
    total = len(rows)
    columns = ("id",) + MOVEMENT_COLUMNS
    for start in range(0, total, step):
        part_ids = ids[start : start + step]
        insert_rows(conn, Movement.__table__, columns,
                    [(mid,) + row for mid, row in zip(part_ids, rows[start : start + step])])
        insert_rows(conn, MovementOrigin.__table__, ORIGIN_COLUMNS, [
            (mid, country, mass, reo)
            for mid, p in zip(part_ids, planned[start : start + step])
            for country, (mass, reo) in p.split.items()
        ])
        if progress:
            progress(min(start + step, total), total)
    return ids


def _single(split: dict[str, tuple[int, int]]) -> str | None:
    countries = [c for c, (_m, reo) in split.items() if reo]
    return countries[0] if len(countries) == 1 else None


def forget_snapshots_from(conn: Connection, month: str) -> None:
    """Closing balances of this month and later no longer hold once a movement
    is dated in it (possible only after a month was reopened)."""
    cb = ClosingBalance.__table__
    conn.execute(delete(cb).where(cb.c.month >= month))


def audit(conn: Connection, user: str, action: str, detail: dict) -> None:
    conn.execute(insert(AuditEvent).values(
        at=now(), by=user, action=action, detail=json.dumps(detail, ensure_ascii=False, default=str)
    ))
