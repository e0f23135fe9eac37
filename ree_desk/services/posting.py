"""Posting movements: all or nothing, every problem reported at once.

A batch (an imported file, a day's grid, one entry) is resolved against the
ledger, checked, and written in one transaction that holds the write lock
from the start. Negative stock and over-quota rows are refused unless the
caller accepts them with a reason; then they are written and flagged,
because refusing what physically happened would falsify the ledger. A file
imported before, and rows repeating movements the ledger holds, are
warnings of the same kind (``ree_desk.domain.ledger.repeats``).
"""
from __future__ import annotations

from typing import Callable, Sequence

from sqlalchemy import Connection

from ree_desk.domain.accounts.roles import Permission
from ree_desk.domain.drafts import MovementDraft
from ree_desk.domain.ledger.origins import resolve_origins
from ree_desk.domain.ledger.repeats import file_problem
from ree_desk.domain.movement_types import DAY_ORDER
from ree_desk.domain.problems import InputRejected, Problem
from ree_desk.services.accounts import require
from ree_desk.services.posting_plan import (
    LotPlan,
    check_batch,
    check_warnings,
    closed_month_problem,
    imported_before,
    judge_lots,
    ledger_reads,
    locate_lots,
    plan_batch,
    plan_rows,
    resolve_materials,
)
from ree_desk.services.posting_rows import (
    LOT_COLUMNS,
    MOVEMENT_COLUMNS,
    ORIGIN_COLUMNS,
    PostResult,
    audit,
    finish,
    insert_movements,
    ledger_grew,
    lot_origin_changes,
    now,
    origin_rows,
    origins_digest,
    unflagged_statements,
    write_heads,
    writes,
)
from ree_desk.store.bulk import insert_statements, run, update_statements
from ree_desk.store.database import Database
from ree_desk.store.tables import lot_table, movement_origin_table

__all__ = [
    "MOVEMENT_COLUMNS", "PostResult", "audit", "check_batch", "closed_month_problem",
    "imported_file_warnings", "insert_movements", "ledger_grew", "now", "plan_batch", "post_movements", "row_problems",
]

Progress = Callable[[int, int], None]
# Batches this large are written as they are planned, before their origins
# and checks are worked out.
WRITTEN_FIRST_FROM = 2000
PROGRESS_STEP = 20000


def _sorted(drafts: Sequence[MovementDraft]) -> list[MovementDraft]:
    """By day, and within a day by ``DAY_ORDER``; rows that tie keep their
    order (the sort is stable)."""
    return sorted(drafts, key=lambda d: (d.day, DAY_ORDER[d.type]))


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
    user = require(db, Permission.POST, user, accepting=accept_reason is not None)
    if accept_reason is not None and not accept_reason.strip():
        raise InputRejected([Problem(None, None, "a reason for accepting the warnings", "an empty reason")])
    if not drafts:
        raise InputRejected([Problem(None, None, "at least one movement", "none")])
    with db.write() as conn:
        earlier = imported_before(conn, sha256)
        if earlier and accept_reason is None and not dry_run:
            # Refused at once: what else the file would do follows from
            # posting it twice; a dry run (and the preview) checks it whole.
            raise _warned([file_problem(head) for head in earlier])
        lots = locate_lots(conn, _sorted(drafts))
        if lots.all_known and not lots.problems and len(lots.resolved) >= WRITTEN_FIRST_FROM \
                and accept_reason is None and not dry_run:
            return _post_then_check(db, conn, lots, user=user, source=source, sha256=sha256,
                                        progress=progress)
        judge_lots(lots)
        if lots.problems:
            raise InputRejected(lots.problems)
        planned = plan_rows(lots)
        shares, evidence = ledger_reads(conn, lots.facts(), lots.existing)
        problems = resolve_origins(planned, *shares)
        if problems:
            raise InputRejected(problems)
        warnings = check_warnings(planned, evidence, earlier)
        if warnings and accept_reason is None:
            raise _warned(warnings)
        if dry_run:
            return PostResult(0, [], sum(1 for p in planned if p.flags))
        heads = write_heads(conn, lots, user=user, source=source, sha256=sha256, accept_reason=accept_reason)
        origins = origin_rows(planned, heads)
        run(conn, writes(conn, planned, lots, heads, origins, accept_reason=accept_reason))
        if progress:
            progress(len(planned), len(planned))
        return finish(conn, heads, first_day=planned[0].draft.day, rows=len(planned),
                      flagged=sum(1 for p in planned if p.flags), user=user, source=source,
                      accept_reason=accept_reason, origins=origins_digest(origins))


def _warned(warnings: list[Problem]) -> InputRejected:
    return InputRejected(
        warnings,
        f"{len(warnings)} warning(s) (negative stock, over quota or a repeat); nothing was written. "
        "Accept them with a reason to record the movements flagged",
    )


def _post_then_check(
    db: Database, conn: Connection, lots: LotPlan, *, user: str, source: str, sha256: str | None,
    progress: Progress | None,
) -> PostResult:
    """A large batch with nothing accepted in advance: its movements are
    written a part at a time as they are planned, then their origins and
    checks are worked out, and the whole transaction is rolled back if those
    find anything. Every row written this way carries no flag, which is
    right exactly when nothing is found. Written as planned, a part's
    statements are gone before the next is made (at 200,000 rows the import
    holds 60 MB less than planning them all first), and the progress counts
    rows in the ledger's transaction, not rows thought about."""
    heads = write_heads(conn, lots, user=user, source=source, sha256=sha256, accept_reason=None)
    total = len(lots.resolved)
    planned = []
    judge_lots(lots)
    if lots.problems:
        raise InputRejected(lots.problems)
    run(conn, insert_statements(conn, lot_table, LOT_COLUMNS, heads.new_lots))
    for start in range(0, total, PROGRESS_STEP):
        part = plan_rows(lots, start, start + PROGRESS_STEP)
        planned.extend(part)
        run(conn, unflagged_statements(conn, part, heads, start))
        if progress:
            progress(min(start + PROGRESS_STEP, total), total)
    # What the ledger held before this posting, read on a second
    # connection: it sees none of this transaction's rows, and no other
    # posting can commit while this one holds the write lock.
    with db.read() as before:
        shares, evidence = ledger_reads(before, lots.facts(), lots.existing)
    problems = resolve_origins(planned, *shares)
    if problems:
        raise InputRejected(problems)
    origins = origin_rows(planned, heads)
    run(conn, insert_statements(conn, movement_origin_table, ORIGIN_COLUMNS, origins))
    run(conn, update_statements(conn, lot_table, "id", ("origin",), lot_origin_changes(planned, lots.existing, heads)))
    warnings = check_warnings(planned, evidence)
    if warnings:
        raise _warned(warnings)
    first_day = planned[0].draft.day  # the batch is sorted by day
    del planned  # a few hundred thousand objects, not needed by what follows
    return finish(conn, heads, first_day=first_day, rows=total, flagged=0, user=user, source=source,
                  accept_reason=None, origins=origins_digest(origins))


def imported_file_warnings(db: Database, sha256: str) -> list[Problem]:
    """The warnings of a file whose content was imported before, on their
    own: what a preview shows of a file whose rows are not posted even dry."""
    with db.read() as conn:
        return [file_problem(head) for head in imported_before(conn, sha256)]


def row_problems(db: Database, drafts: Sequence[MovementDraft]) -> list[Problem]:
    """The problems each row has on its own against the ledger (unknown
    material, closed month): what the import adds to the field problems of a
    file so the user sees every bad row in one run."""
    with db.read() as conn:
        return resolve_materials(conn, list(drafts))[1]
