"""Importing a movement file: every bad row reported in one run, all or nothing."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ree_desk.domain.accounts.roles import Permission
from ree_desk.domain.drafts import DraftReader, MovementDraft
from ree_desk.domain.problems import InputRejected, Problem
from ree_desk.importing.csv_columns import read_csv_columns
from ree_desk.importing.draft_columns import ColumnDraftReader
from ree_desk.importing.reader import FileUnreadable, read_movement_file
from ree_desk.services.accounts import require
from ree_desk.services.collector import collector_paused
from ree_desk.services.posting import post_movements, row_problems
from ree_desk.store.database import Database

# (stage, done, total): stages are "read", "check", "write"
ImportProgress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class ImportResult:
    path: Path
    rows: int
    flagged: int
    posting_id: int
    dry_run: bool


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_drafts(path: Path, db: Database | None = None) -> list[MovementDraft]:
    """Every row of the file as a draft, or ``InputRejected`` listing every
    problem of every row (a file that cannot be read at all says why)."""
    table = read_csv_columns(path)
    drafts, problems = ColumnDraftReader().read(table) if table is not None else _read_rows(path)
    if problems and db is not None:
        problems.extend(row_problems(db, drafts))
    if problems:
        raise InputRejected(problems)
    return drafts


def _read_rows(path: Path) -> tuple[list[MovementDraft], list[Problem]]:
    """The drafts and problems of any movement file, row by row; rows are
    judged only under a sound header, or a missing column would mark them all."""
    try:
        table = read_movement_file(path)
    except FileUnreadable as exc:
        raise InputRejected([Problem(None, None, "a readable CSV or xlsx movement file", str(exc))],
                            str(exc)) from None
    problems: list[Problem] = list(table.problems)
    drafts: list[MovementDraft] = []
    if not problems:
        reader = DraftReader()
        for row in table.rows:
            draft, field_problems = reader.draft(row.line, row.values, row.percent_columns)
            if draft is not None:
                drafts.append(draft)
            problems.extend(field_problems)
        if not table.rows:
            problems.append(Problem(None, None, "at least one movement row", "an empty file"))
    return drafts, problems


def import_file(
    db: Database, path: Path, *, user: str, accept_reason: str | None = None,
    dry_run: bool = False, progress: ImportProgress | None = None,
) -> ImportResult:
    user = require(db, Permission.POST, user, accepting=accept_reason is not None)  # before the file is read
    path = Path(path)
    if progress:
        progress("read", 0, 1)
    with collector_paused():
        drafts = read_drafts(path, db)
        if progress:
            progress("check", 0, len(drafts))
        result = post_movements(
            db, drafts, user=user, source=path.name, sha256=sha256_of(path), accept_reason=accept_reason,
            dry_run=dry_run, progress=(lambda done, total: progress("write", done, total)) if progress else None,
        )
        rows = len(drafts)
        del drafts  # freed before the collector resumes, which would otherwise walk them all once more
    return ImportResult(path, rows, result.flagged, result.posting_id, dry_run)
