"""The whole ledger copied into a new database: a file's ledger moved to the
plant's PostgreSQL server, or a server's ledger kept as a file.

The copy is written in the one transaction that makes its schema and is
checked there before that transaction ends: the rows of every table, the
movements' totals by month, the quota used, both chain heads, and then the
copy's own hash chains recomputed (``verify``). A copy that differs in any
of these is not kept: no file is left, and a server's database is as empty
as it was found."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from sqlalchemy import Connection

from ree_desk.domain.accounts.roles import Permission
from ree_desk.services.accounts import require
from ree_desk.services.posting_rows import audit
from ree_desk.services.verify import verify_connection
from ree_desk.store import transfer
from ree_desk.store.database import Database, StoreError, create_database, open_database

# (stage, done, total): a table's name while its rows are copied, then
# "movements" and "balances" while the copy is verified.
Progress = Callable[[str, int, int], None]


class CopyRefused(StoreError):
    """The copy did not match the ledger it was made from and was not kept."""


@dataclass(frozen=True)
class LedgerCopy:
    location: str  # the file's path, or the server URL without its password
    name: str
    rows: dict[str, int]
    movements: int
    head: str | None


def copy_into(db: Database, target: Path | str, *, progress: Progress | None = None,
              password: str | None = None) -> LedgerCopy:
    """Copy ``db``'s ledger into a new database at ``target`` (a file that
    does not exist yet, or an empty database on a server) and check it; the
    new database is closed when this returns."""
    found: dict = {}

    def fill(dst: Connection) -> None:
        with db.read() as src:
            found["rows"] = transfer.copy_rows(src, dst, progress)
            ours, theirs = transfer.fingerprint(src), transfer.fingerprint(dst)
        differences = ours.differences(theirs)
        if differences:
            raise CopyRefused("the copy does not match the ledger, so it was not kept: " + "; ".join(differences))
        report = verify_connection(dst, progress)
        if not report.ok:
            first = report.problems[0]
            raise CopyRefused(f"the copy does not verify, so it was not kept: {first.as_json()}")
        found["head"], found["movements"] = theirs.movement_head, report.movements

    copy = create_database(target, fill=fill, password=password)
    try:
        return LedgerCopy(copy.location, copy.name, found["rows"], found["movements"], found["head"])
    finally:
        copy.close()


def move_to(db: Database, target: Path | str, *, user: str, progress: Progress | None = None,
            password: str | None = None) -> LedgerCopy:
    """The ledger of ``db`` moved to ``target``: copied, checked, and the
    copy's audit trail saying where it came from. ``db`` itself is left as it
    was, to be kept as the last state before the move."""
    user = require(db, Permission.SETTINGS, user, doing="move the ledger to another database")
    result = copy_into(db, target, progress=progress, password=password)
    moved = open_database(target, password=password)
    try:
        with moved.write() as conn:
            audit(conn, user, "copied_in", {"from": db.location, "movements": result.movements,
                                             "head": result.head, "rows": result.rows})
    finally:
        moved.close()
    return result
