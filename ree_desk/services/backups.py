"""Copies of the ledger kept beside it.

A copy is made when asked for, on the first start of the program each day,
and before a month is closed. Each is a complete database file, read back
and checked before it takes its name, so a backup that exists is one that
opens: to restore, open the copy (or copy it over the database file while
the program is closed). The newest ``KEEP`` copies are kept.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ree_desk.accounts.roles import Permission
from ree_desk.services.accounts import require
from ree_desk.services.posting import audit
from ree_desk.store import sqlite
from ree_desk.store.database import Database, StoreError

KEEP = 30
DAILY = dt.timedelta(hours=20)  # "once a day" for a plant that starts the program each morning
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: dt.datetime
    size: int


def backup_folder(db_path: Path) -> Path:
    """Beside the database: ``ledger.sqlite3`` keeps its copies in ``ledger-backups/``."""
    return db_path.with_name(f"{db_path.stem}-backups")


def list_backups(db_path: Path, folder: Path | None = None) -> list[Backup]:
    """The copies of this database in ``folder``, newest first."""
    folder = folder or backup_folder(db_path)
    pattern = re.compile(rf"{re.escape(db_path.stem)}-(\d{{8}}-\d{{6}})(?:-(\d+))?\.sqlite3")
    found = []
    for path in folder.glob(f"{db_path.stem}-*.sqlite3") if folder.is_dir() else ():
        match = pattern.fullmatch(path.name)
        if match:
            made_at = dt.datetime.strptime(match[1], _STAMP)
            found.append((made_at, int(match[2] or 1), Backup(path, made_at, path.stat().st_size)))
    return [backup for *_key, backup in sorted(found, key=lambda f: f[:2], reverse=True)]


def backup_due(db_path: Path, now: dt.datetime | None = None, folder: Path | None = None) -> bool:
    backups = list_backups(db_path, folder)
    now = now or dt.datetime.now()
    return not backups or now - backups[0].made_at >= DAILY


def make_backup(db: Database, *, user: str, reason: str, folder: Path | None = None, keep: int = KEEP,
                now: dt.datetime | None = None) -> Backup:
    """Copy the database (a consistent snapshot, even while it is in use),
    check the copy, keep the newest ``keep`` and record it in the audit log."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    user = require(db, Permission.BACKUP, user)
    folder = folder or backup_folder(db.path)
    now = (now or dt.datetime.now()).replace(microsecond=0)
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, f"{db.path.stem}-{now.strftime(_STAMP)}")
    partial = folder / f".{target.name}.part"
    try:
        sqlite.backup_copy(db.path, partial)
        problem = sqlite.check_copy(partial)
        if problem is not None:
            raise StoreError(f"the copy of {db.path.name} did not read back as a sound database ({problem})")
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    for old in list_backups(db.path, folder)[keep:]:
        old.path.unlink(missing_ok=True)
    with db.write() as conn:
        audit(conn, user, "backup", {"file": str(target), "reason": reason})
    return Backup(target, now, target.stat().st_size)


def _free_name(folder: Path, stem: str) -> Path:
    target = folder / f"{stem}.sqlite3"
    number = 2
    while target.exists():  # two copies within a second
        target = folder / f"{stem}-{number}.sqlite3"
        number += 1
    return target
