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
from typing import Callable, Sequence

from sqlalchemy import Connection, delete, insert, update

from ree_desk.catalogue import Category, Group
from ree_desk.drafts import MovementDraft
from ree_desk.ledger.origins import resolve_origins
from ree_desk.ledger.plan import LotKey, Planned
from ree_desk.ledger.quota import check_over_quota
from ree_desk.ledger.stock_check import check_negative_stock
from ree_desk.movement_types import DAY_ORDER, MovementType, quota_kind_for
from ree_desk.problems import InputRejected, Problem, shown
from ree_desk.quantities import reo_grams
from ree_desk.store import queries, sqlite
from ree_desk.store.bulk import insert_rows
from ree_desk.store.database import Database
from ree_desk.store.models import AuditEvent, ClosingBalance, ImportBatch, Lot, Movement, MovementOrigin, Run

Progress = Callable[[int, int], None]
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
) -> PostResult:
    """Write ``drafts`` to the ledger, or raise ``InputRejected`` and write nothing.

    ``dry_run`` runs every check and writes nothing."""
    if accept_reason is not None and not accept_reason.strip():
        raise InputRejected([Problem(None, None, "a reason for accepting the warnings", "an empty reason")])
    if not drafts:
        raise InputRejected([Problem(None, None, "at least one movement", "none")])
    with db.write() as conn:
        planned, problems, lots = plan_batch(conn, _sorted(drafts))
        if problems:
            raise InputRejected(problems)
        warnings = check_batch(conn, planned, lots)
        if warnings and accept_reason is None:
            raise InputRejected(
                warnings,
                f"{len(warnings)} warning(s) (negative stock or over quota); nothing was written. "
                "Accept them with a reason to record the movements flagged",
            )
        if dry_run:
            return PostResult(0, [], sum(1 for p in planned if p.flags))
        return _write(conn, planned, lots, user=user, source=source, sha256=sha256,
                      accept_reason=accept_reason, progress=progress)


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
    closed_days = {}
    for d in drafts:
        mat = catalogue.get(d.material) or by_name.get(d.material.upper())
        if mat is None:
            problems.append(Problem(d.line, "material", "a material code from the catalogue", shown(d.material)))
            continue
        month_start = d.day.replace(day=1)
        if month_start not in closed_days:
            closed_days[month_start] = d.month in closed
        if closed_days[month_start]:
            problems.append(closed_month_problem(d.line, d.month))
        if d.type is MovementType.MINED and mat.category not in MINEABLE:
            problems.append(Problem(d.line, "material", "an ore or ore product for mining output", mat.code))
        resolved.append((d, mat))
    return resolved, problems


def plan_batch(
    conn: Connection, drafts: list[MovementDraft]
) -> tuple[list[Planned], list[Problem], dict[LotKey, queries.LotRow]]:
    """Resolve sorted drafts against the ledger: materials, lots, runs and
    origin shares. Returns the plan, its problems, and the lots that exist."""
    resolved, problems = _resolve_materials(conn, drafts)
    kinds = {m.code: (Category(m.category), Group(m.group)) for m in {m.code: m for _d, m in resolved}.values()}
    quota_kinds: dict[tuple[MovementType, str], object] = {}

    keys = {(mat.id, d.lot) for d, mat in resolved}
    existing = queries.lots_by_key(conn, keys)
    lot_info: dict[LotKey, tuple[str, str | None]] = {k: (v.source, v.origin) for k, v in existing.items()}
    # A new lot takes its kind and origin from the first row that creates it.
    for d, mat in resolved:
        key = (mat.id, d.lot)
        if key in lot_info:
            continue
        if d.type in CREATES_DECLARED or (d.type is MovementType.ADJUSTMENT and d.mass_g > 0 and d.origin):
            lot_info[key] = ("declared", d.origin)
        elif d.type is MovementType.OUTPUT:
            lot_info[key] = ("run", None)

    planned: list[Planned] = []
    for d, mat in resolved:
        key = (mat.id, d.lot)
        info = lot_info.get(key)
        if info is None:
            expected = (
                "the origin of a new lot found at stocktake"
                if d.type is MovementType.ADJUSTMENT and d.mass_g > 0
                else "a lot that a receipt, mining output or production output created"
            )
            problems.append(Problem(d.line, "lot", expected, f'lot "{d.lot}" of {mat.code} does not exist'))
            continue
        source, origin = info
        if source == "declared" and d.type is MovementType.OUTPUT:
            problems.append(Problem(d.line, "lot", "a lot of its own for production output",
                                    f'lot "{d.lot}" was received or mined'))
        if source == "run" and d.type in CREATES_DECLARED:
            problems.append(Problem(d.line, "lot", "a lot of its own for a receipt or mining output",
                                    f'lot "{d.lot}" was made by a production run'))
        if source == "declared" and d.origin and d.origin != origin and d.type is not MovementType.OUTPUT:
            problems.append(Problem(d.line, "origin", f'origin {origin} of lot "{d.lot}"', d.origin))
        kind_key = (d.type, mat.code)
        if kind_key not in quota_kinds:
            quota_kinds[kind_key] = quota_kind_for(d.type, *kinds[mat.code])
        kind = quota_kinds[kind_key]
        planned.append(Planned(d, mat.id, key, source, origin, reo_grams(d.mass_g, d.grade_bp), kind))
    if problems:
        return planned, problems, existing

    run_codes = {p.draft.run for p in planned if p.draft.run}
    run_ids = queries.runs_by_code(conn, run_codes)
    code_of = {rid: code for code, rid in run_ids.items()}
    run_shares = {code_of[rid]: c for rid, c in queries.run_feed_shares(conn, run_ids.values()).items()}
    made_ids = {existing[p.lot_key].id: p.lot_key for p in planned
                if p.lot_source == "run" and p.lot_key in existing}
    lot_shares: dict[LotKey, Counter] = {made_ids[i]: c for i, c in queries.made_lot_shares(conn, made_ids).items()}
    problems.extend(resolve_origins(planned, run_shares, lot_shares))
    return planned, problems, existing


def check_batch(conn: Connection, planned: list[Planned], existing: dict[LotKey, queries.LotRow]) -> list[Problem]:
    """The warnings a plan raises (negative stock, over quota); flags its rows."""
    first_day: dict[int, dt.date] = {}
    for p in planned:
        lot = existing.get(p.lot_key)
        if lot is not None and p.draft.mass_g < 0:
            first_day[lot.id] = min(first_day.get(lot.id, p.draft.day), p.draft.day)
    opening_by_id = queries.lot_mass_before(conn, first_day)
    later_by_id = queries.lot_movements_from(conn, first_day)
    key_of = {lot.id: key for key, lot in existing.items()}
    opening = {key_of[i]: m for i, m in opening_by_id.items()}
    later = {key_of[i]: rows for i, rows in later_by_id.items()}
    warnings = check_negative_stock(planned, opening, later)

    years = {p.draft.day.year for p in planned if p.quota_kind is not None}
    allocations = {y: queries.allocations_for_year(conn, y) for y in years}
    used = {y: [(k, c, g) for k, c, g, _ in queries.quota_use(conn, y)] for y in years}
    warnings.extend(check_over_quota(planned, allocations, used))
    return warnings


def _write(
    conn: Connection,
    planned: list[Planned],
    lots: dict[LotKey, queries.LotRow],
    *,
    user: str,
    source: str,
    sha256: str | None,
    accept_reason: str | None,
    progress: Progress | None,
) -> PostResult:
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
            new_lots.append((
                next_lot, p.material_id, d.lot, p.lot_source,
                p.lot_origin if p.lot_source == "declared" else _single(p.split),
                d.origin_detail, d.customs_no, created,
            ))
            next_lot += 1
    insert_rows(conn, Lot.__table__, LOT_COLUMNS, new_lots)
    _update_mixed_lots(conn, planned, lots, new_lots, lot_ids)

    rows = []
    flagged = 0
    for p in planned:
        d = p.draft
        flagged += bool(p.flags)
        rows.append((
            d.day.isoformat(), d.type.value, p.material_id, lot_ids[p.lot_key], d.mass_g, d.grade_bp, p.reo_g,
            p.quota_kind.value if p.quota_kind else None, d.counterparty, d.credit_code, d.invoice_no,
            d.customs_no, run_ids.get(d.run) if d.run else None, d.destination, d.note, None, p.flags,
            accept_reason if p.flags else None, posting_id, d.line,
        ))
    movement_ids = insert_movements(conn, planned, rows, progress)
    first = min(p.draft.day for p in planned)
    forget_snapshots_from(conn, f"{first.year:04d}-{first.month:02d}")
    audit(conn, user, "post", {"posting": posting_id, "source": source, "rows": len(planned),
                               "flagged": flagged, "accept_reason": accept_reason})
    return PostResult(posting_id, movement_ids, flagged)


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


def _update_mixed_lots(conn: Connection, planned: list[Planned], lots: dict[LotKey, queries.LotRow],
                       new_lots: list[tuple], lot_ids: dict[LotKey, int]) -> None:
    """A made lot that now holds more than one origin no longer has a single one."""
    origin_now = {key: lot.origin for key, lot in lots.items()}
    origin_now.update({(n[1], n[2]): n[4] for n in new_lots})
    lt = Lot.__table__
    for p in planned:
        if p.type is MovementType.OUTPUT and origin_now.get(p.lot_key) is not None:
            if _single(p.split) != origin_now[p.lot_key]:
                origin_now[p.lot_key] = None
                conn.execute(update(lt).where(lt.c.id == lot_ids[p.lot_key]).values(origin=None))


def forget_snapshots_from(conn: Connection, month: str) -> None:
    """Closing balances of this month and later no longer hold once a movement
    is dated in it (possible only after a month was reopened)."""
    cb = ClosingBalance.__table__
    conn.execute(delete(cb).where(cb.c.month >= month))


def audit(conn: Connection, user: str, action: str, detail: dict) -> None:
    conn.execute(insert(AuditEvent).values(
        at=now(), by=user, action=action, detail=json.dumps(detail, ensure_ascii=False, default=str)
    ))
