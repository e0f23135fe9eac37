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
from ree_desk.store import queries
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
    order = {d: i for i, d in enumerate(drafts)}
    return sorted(drafts, key=lambda d: (d.day, DAY_ORDER[d.type], order[d]))


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
        planned, problems = _plan(conn, _sorted(drafts))
        if problems:
            raise InputRejected(problems)
        warnings = _check(conn, planned)
        if warnings and accept_reason is None:
            raise InputRejected(
                warnings,
                f"{len(warnings)} warning(s) (negative stock or over quota); nothing was written. "
                "Accept them with a reason to record the movements flagged",
            )
        if dry_run:
            return PostResult(0, [], sum(1 for p in planned if p.flags))
        return _write(conn, planned, user=user, source=source, sha256=sha256,
                      accept_reason=accept_reason, progress=progress)


def _plan(conn: Connection, drafts: list[MovementDraft]) -> tuple[list[Planned], list[Problem]]:
    problems: list[Problem] = []
    catalogue = queries.materials(conn)
    by_name = {}
    for m in catalogue.values():
        by_name[m.name_zh] = by_name[m.name_en.upper()] = m
    closed = queries.closed_months(conn)

    resolved: list[tuple[MovementDraft, queries.MaterialRow]] = []
    for d in drafts:
        mat = catalogue.get(d.material) or by_name.get(d.material.upper())
        if mat is None:
            problems.append(Problem(d.line, "material", "a material code from the catalogue", shown(d.material)))
            continue
        if d.month in closed:
            problems.append(closed_month_problem(d.line, d.month))
        if d.type is MovementType.MINED and mat.category not in MINEABLE:
            problems.append(Problem(d.line, "material", "an ore or ore product for mining output", mat.code))
        resolved.append((d, mat))

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
        kind = quota_kind_for(d.type, Category(mat.category), Group(mat.group))
        planned.append(Planned(d, mat.id, key, source, origin, reo_grams(d.mass_g, d.grade_bp), kind))
    if problems:
        return planned, problems

    run_codes = {p.draft.run for p in planned if p.draft.run}
    run_ids = queries.runs_by_code(conn, run_codes)
    code_of = {rid: code for code, rid in run_ids.items()}
    run_shares = {code_of[rid]: c for rid, c in queries.run_feed_shares(conn, run_ids.values()).items()}
    made_ids = {existing[p.lot_key].id: p.lot_key for p in planned
                if p.lot_source == "run" and p.lot_key in existing}
    lot_shares: dict[LotKey, Counter] = {made_ids[i]: c for i, c in queries.made_lot_shares(conn, made_ids).items()}
    problems.extend(resolve_origins(planned, run_shares, lot_shares))
    return planned, problems


def _check(conn: Connection, planned: list[Planned]) -> list[Problem]:
    existing = queries.lots_by_key(conn, {p.lot_key for p in planned})
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

    run_ids = queries.runs_by_code(conn, {p.draft.run for p in planned if p.draft.run})
    new_runs = sorted({p.draft.run for p in planned if p.draft.run} - set(run_ids))
    if new_runs:
        conn.execute(insert(Run), [{"code": c} for c in new_runs])
        run_ids = queries.runs_by_code(conn, {p.draft.run for p in planned if p.draft.run})

    lots = queries.lots_by_key(conn, {p.lot_key for p in planned})
    new_lots: dict[LotKey, dict] = {}
    for p in planned:
        if p.lot_key not in lots and p.lot_key not in new_lots:
            d = p.draft
            new_lots[p.lot_key] = dict(
                material_id=p.material_id, lot_no=d.lot, source=p.lot_source,
                origin=p.lot_origin if p.lot_source == "declared" else _single(p.split),
                origin_detail=d.origin_detail, customs_no=d.customs_no, created_at=at,
            )
    if new_lots:
        conn.execute(insert(Lot), list(new_lots.values()))
        lots = queries.lots_by_key(conn, {p.lot_key for p in planned})
    _update_mixed_lots(conn, planned, lots)

    rows = []
    flagged = 0
    for p in planned:
        d = p.draft
        flagged += bool(p.flags)
        rows.append(dict(
            day=d.day, type=d.type.value, material_id=p.material_id, lot_id=lots[p.lot_key].id,
            mass_g=d.mass_g, grade_bp=d.grade_bp, reo_g=p.reo_g,
            quota_kind=p.quota_kind.value if p.quota_kind else None,
            counterparty=d.counterparty, credit_code=d.credit_code, invoice_no=d.invoice_no,
            customs_no=d.customs_no, run_id=run_ids.get(d.run) if d.run else None,
            destination=d.destination, note=d.note, reverses_id=None, flags=p.flags,
            accept_reason=accept_reason if p.flags else None, posting_id=posting_id,
            source_line=d.line,
        ))
    movement_ids = insert_movements(conn, planned, rows, progress)
    forget_snapshots_from(conn, min(p.draft.month for p in planned))
    audit(conn, user, "post", {"posting": posting_id, "source": source, "rows": len(planned),
                               "flagged": flagged, "accept_reason": accept_reason})
    return PostResult(posting_id, movement_ids, flagged)


def insert_movements(conn: Connection, planned: list[Planned], rows: list[dict],
                     progress: Progress | None = None, step: int = 5000) -> list[int]:
    """Bulk-insert movements and their origin rows through SQLAlchemy Core."""
    mt = Movement.__table__
    ids: list[int] = []
    total = len(rows)
    for start in range(0, total, step):
        part = rows[start : start + step]
        result = conn.execute(insert(mt).returning(mt.c.id, sort_by_parameter_order=True), part)
        part_ids = [r[0] for r in result]
        ids.extend(part_ids)
        origins = [
            {"movement_id": mid, "country": country, "mass_g": mass, "reo_g": reo}
            for mid, p in zip(part_ids, planned[start : start + step])
            for country, (mass, reo) in p.split.items()
        ]
        if origins:
            conn.execute(insert(MovementOrigin.__table__), origins)
        if progress:
            progress(min(start + step, total), total)
    return ids


def _single(split: dict[str, tuple[int, int]]) -> str | None:
    countries = [c for c, (_m, reo) in split.items() if reo]
    return countries[0] if len(countries) == 1 else None


def _update_mixed_lots(conn: Connection, planned: list[Planned], lots: dict) -> None:
    """A made lot that now holds more than one origin no longer has a single one."""
    lt = Lot.__table__
    for p in planned:
        if p.type is MovementType.OUTPUT:
            lot = lots[p.lot_key]
            single = _single(p.split)
            if lot.origin is not None and single != lot.origin:
                conn.execute(update(lt).where(lt.c.id == lot.id).values(origin=None))


def forget_snapshots_from(conn: Connection, month: str) -> None:
    """Closing balances of this month and later no longer hold once a movement
    is dated in it (possible only after a month was reopened)."""
    cb = ClosingBalance.__table__
    conn.execute(delete(cb).where(cb.c.month >= month))


def audit(conn: Connection, user: str, action: str, detail: dict) -> None:
    conn.execute(insert(AuditEvent).values(
        at=now(), by=user, action=action, detail=json.dumps(detail, ensure_ascii=False, default=str)
    ))
