"""What importing a movement file would do, shown before anything is written.

The preview reads the file as the import does and gathers every problem in
one pass: the file's own (header, layout), each field of each row, each row
against the ledger (unknown material, closed month) and, when all rows are
well-formed, the ledger-level checks of a dry-run posting (lots, origins,
repeats, negative stock, quotas). A file imported before is always said.
Warnings may then be accepted with a reason; errors must be fixed in the
file.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ree_desk.domain.drafts import DraftReader, MovementDraft
from ree_desk.domain.problems import InputRejected, Problem
from ree_desk.importing.reader import FileUnreadable, RawRow, read_movement_file
from ree_desk.services.collector import collector_paused
from ree_desk.services.importer import sha256_of
from ree_desk.services.posting import imported_file_warnings, post_movements, row_problems
from ree_desk.store.database import Database

# (stage, done, total): stages are "read", "check", "ledger"
PreviewProgress = Callable[[str, int, int], None]
_STEP = 2000  # rows between progress reports


@dataclass(frozen=True)
class ImportPreview:
    path: Path
    columns: list[str]        # canonical column names, in the file's order
    rows: list[RawRow]        # the data rows as read, blanks skipped
    problems: list[Problem]   # every problem, sorted by line and column

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.warning]

    @property
    def can_import(self) -> bool:
        """True when nothing but warnings (which need a reason) stands in the way."""
        return bool(self.rows) and not self.errors


def preview_file(db: Database, path: Path, *, user: str,
                 progress: PreviewProgress | None = None) -> ImportPreview:
    with collector_paused():  # as during an import: many objects, no cycles
        return _preview(db, Path(path), user, progress or (lambda *_: None))


def _preview(db: Database, path: Path, user: str, step: PreviewProgress) -> ImportPreview:
    step("read", 0, 1)
    try:
        table = read_movement_file(path)
    except FileUnreadable as exc:
        problem = Problem(None, None, "a readable CSV or xlsx movement file", exc.reason)
        return ImportPreview(path, [], [], [problem])
    problems: list[Problem] = list(table.problems)
    drafts: list[MovementDraft] = []
    total = len(table.rows)
    # As the import does: rows are judged only under a sound header, or a
    # missing column would mark every row of the file.
    reader = DraftReader()
    for i, row in enumerate(table.rows if not problems else ()):
        if i % _STEP == 0:
            step("check", i, total)
        draft, field_problems = reader.draft(row.line, row.values, row.percent_columns)
        if draft is not None:
            drafts.append(draft)
        problems.extend(field_problems)
    if not table.rows and not problems:
        problems.append(Problem(None, None, "at least one movement row", "an empty file"))
    digest = sha256_of(path)
    if drafts:
        step("ledger", 0, 1)
        problems.extend(row_problems(db, drafts))
        if not problems:
            try:
                post_movements(db, drafts, user=user, source=path.name, sha256=digest, dry_run=True)
            except InputRejected as exc:
                problems.extend(exc.problems)
    # Said also of a file whose rows are wrong (the dry run then says nothing).
    problems.extend([w for w in imported_file_warnings(db, digest) if w not in problems])
    return ImportPreview(path, table.columns, table.rows,
                         sorted(problems, key=lambda p: (p.line or 0, p.column or "")))

