"""Opening a database: create, migrate on open (after a backup copy), refuse
one written by a newer program."""
from __future__ import annotations

import datetime as dt
import re
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Iterator

from sqlalchemy import Connection, create_engine, text
from sqlalchemy.exc import OperationalError

from ree_desk.store import sqlite

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class StoreError(Exception):
    """A database that cannot be used as asked; the message says why."""


class DatabaseMissing(StoreError):
    pass


class DatabaseTooNew(StoreError):
    pass


def _alembic_config(url: str):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url)
    return cfg


_REVISION = re.compile(r'^(revision|down_revision)\s*=\s*(?:"([^"]*)"|None)', re.MULTILINE)


@cache
def known_revisions() -> dict[str, str | None]:
    """revision -> the one it follows, read from the migration files.

    Opening a database needs only this; Alembic itself (a noticeable part of
    start-up) is imported when a migration has to run.
    """
    out: dict[str, str | None] = {}
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = dict((key, value or None) for key, value in _REVISION.findall(path.read_text(encoding="utf-8")))
        if "revision" in found:
            out[found["revision"]] = found.get("down_revision")
    return out


def head_revision() -> str:
    revisions = known_revisions()
    followed = set(revisions.values())
    (head,) = [rev for rev in revisions if rev not in followed]
    return head


class Database:
    """An open REE Desk database file."""

    def __init__(self, path: Path):
        self.path = path
        self.engine = create_engine(sqlite.url_for(path))
        sqlite.configure_engine(self.engine)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One all-or-nothing transaction holding the write lock from the start."""
        with self.engine.connect().execution_options(write=True) as conn, conn.begin():
            yield conn

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            try:
                return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            except OperationalError:  # no such table: not made by REE Desk
                return None

    def close(self) -> None:
        self.engine.dispose()


def _upgrade(db: Database, target: str = "head") -> None:
    from alembic import command

    cfg = _alembic_config(sqlite.url_for(db.path))
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def create_database(path: Path, *, revision: str = "head") -> Database:
    """A new, empty database at the newest schema (or an older one, for tests)."""
    path = Path(path)
    if path.exists():
        raise StoreError(f"{path} already exists; choose another file or open it")
    path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(path)
    _upgrade(db, revision)
    return db


def open_database(path: Path, *, migrate: bool = True) -> Database:
    """Open an existing database, bringing its schema up to date.

    Before any migration the file is copied aside, so a failed or unwanted
    upgrade never costs the enterprise its ledger.
    """
    path = Path(path)
    if not path.exists():
        raise DatabaseMissing(f"no database at {path}; create one with: ree-desk init --db {path}")
    if not sqlite.is_database_file(path):
        raise StoreError(f"{path} is not a REE Desk database (not an SQLite file)")
    db = Database(path)
    current = db.revision()
    head = head_revision()
    known = set(known_revisions())
    if current is None:
        db.close()
        raise StoreError(f"{path} is not a REE Desk database (it has no schema version)")
    if current not in known:
        db.close()
        raise DatabaseTooNew(
            f"{path} was written by a newer REE Desk (schema {current}); this program knows "
            f"schemas up to {head}. Install the newer REE Desk to open it."
        )
    if current != head and migrate:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = path.with_name(f"{path.stem}.before-{head}-{stamp}{path.suffix}")
        sqlite.backup_copy(path, backup)
        _upgrade(db)
    return db
