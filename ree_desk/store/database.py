"""Opening a database: create, migrate on open (after a backup copy), refuse
one written by a newer program, and let one program write it at a time.

A database is a file (SQLite, the embedded default) or a database on the
plant's PostgreSQL server, named by a ``postgresql://`` URL, which several
workstations write at once."""
from __future__ import annotations

import datetime as dt
import re
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Callable, Iterator, Literal

from sqlalchemy import Connection, create_engine, text
from sqlalchemy.exc import InterfaceError, OperationalError, ProgrammingError

from ree_desk.paths import package_path
from ree_desk.store import disk, postgresql, sqlite, writer_lock
from ree_desk.store.errors import StoreError
from ree_desk.store.writer_lock import WriterLock, describe

MIGRATIONS = package_path("store", "migrations")


class DatabaseMissing(StoreError):
    pass


class DatabaseTooNew(StoreError):
    pass


class ServerLost(StoreError):
    """The server stopped answering during a transaction; it was rolled back."""


class DatabaseBusy(StoreError):
    """Another program is writing the database; ``holder`` says who (their
    lock note: user, host, pid, since, program; ``{}`` if unreadable)."""

    def __init__(self, path: Path, holder: dict):
        self.path, self.holder = Path(path), holder
        super().__init__(f"{self.path.name} is being written by {describe(holder)}; try again when it is done")


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
    """An open REE Desk database: a file, or a database on a server.

    A file opened for writing holds its writer lock until ``close``; opened
    for reading (``read_only``) every ``write`` is refused, naming who was
    writing it (``holder``) when it was opened. A server database has no
    ``path`` and no writer lock: its ``url`` names it, and every writer
    takes the ledger's lock on the server for one transaction at a time.
    """

    def __init__(self, path: Path | None, lock: WriterLock | None = None, *, holder: dict | None = None,
                 url: str | None = None, read_only: bool | None = None, password: str | None = None):
        self.path = None if path is None else Path(path)
        self.url = None if url is None else postgresql.without_password(url)
        self._lock = lock
        self.read_only = (lock is None) if read_only is None else read_only
        self.holder = holder
        # Who signed in (ree_desk.domain.accounts.roles.Actor); None: nobody, as
        # where there are no accounts. Every change checks it first.
        self.actor = None
        if url is None:
            self.engine = create_engine(sqlite.url_for(self.path))
            sqlite.configure_engine(self.engine)
            disk.watch(self.engine, self.path)
        else:
            try:
                import psycopg  # noqa: F401  the driver SQLAlchemy's postgresql+psycopg dialect loads
            except ImportError:
                raise StoreError("a database on a PostgreSQL server needs the psycopg driver: "
                                 "pip install 'ree-desk[server]'") from None
            arguments = {"password": password} if password is not None else {}
            self.engine = create_engine(postgresql.engine_url(url), pool_pre_ping=True, connect_args=arguments)
            postgresql.configure_engine(self.engine)

    @property
    def on_server(self) -> bool:
        return self.url is not None

    @property
    def name(self) -> str:
        """The file's name, or "ledger on db.plant.local": how messages name it."""
        return postgresql.describe(self.url) if self.on_server else self.path.name

    @property
    def location(self) -> str:
        """The file's path, or the server URL without its password."""
        return self.url if self.on_server else str(self.path)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self._reaching(), self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One all-or-nothing transaction holding the write lock from the start."""
        if self.read_only:
            name, who = self.name, describe(self.holder)
            raise StoreError(
                f"{name} is open for reading only: {who} was writing it when it was opened; nothing was written"
                if self.holder is not None else f"{name} is open for reading only; nothing was written")
        with self._reaching(written=True), self.engine.connect().execution_options(write=True) as conn, \
                conn.begin():
            yield conn

    @contextmanager
    def _reaching(self, written: bool = False) -> Iterator[None]:
        """A server that went away (network, restart) is said as such: the
        transaction was rolled back with the connection, so nothing of it
        was written. A file's own troubles are said by ``disk``."""
        if not self.on_server:
            yield
            return
        try:
            yield
        except (OperationalError, InterfaceError) as exc:
            if not (exc.connection_invalidated or "connection" in str(exc.orig or "").lower()):
                raise
            reason = (str(exc.orig or exc).strip().splitlines() or ["no answer"])[0]
            raise ServerLost(f"lost the connection to {self.name} ({reason})"
                             + ("; nothing was written" if written else "")) from exc

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            try:
                return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            except (OperationalError, ProgrammingError):  # no such table: not made by REE Desk
                return None

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()


def _upgrade(db: Database, target: str = "head", then: Callable[[Connection], None] | None = None) -> None:
    from alembic import command

    cfg = _alembic_config(db.engine.url.render_as_string(hide_password=True))
    # On the server the whole upgrade is one transaction (PostgreSQL's DDL is
    # transactional) under the ledger's writer lock: a workstation starting
    # at the same moment waits, then finds the schema already up to date.
    conn = db.engine.connect()
    if db.on_server:
        conn = conn.execution_options(write=True)
    with conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
        if then is not None:
            then(conn)


def _take_lock(path: Path, holder: dict | None, wait: float, on_wait, cancelled) -> WriterLock:
    # The lock file is the first thing a writing program writes beside the database.
    with disk.writing(writer_lock.lock_path(path), where=Path(path).name):
        lock, held_by = writer_lock.acquire(path, holder, wait=wait, on_wait=on_wait, cancelled=cancelled)
    if lock is None:
        raise DatabaseBusy(path, held_by or {})
    return lock


def create_database(path: Path | str, *, revision: str = "head", holder: dict | None = None,
                    password: str | None = None, fill: Callable[[Connection], None] | None = None) -> Database:
    """A new, empty database at the newest schema (or an older one, for tests),
    held for writing by this program. On a server, the database named by the
    URL must exist (the server's administrator makes it) and hold no tables.

    ``fill(connection)`` writes the first rows in the transaction that makes
    the schema: if it fails, no file is left, and a server's database is left
    as empty as it was found."""
    if postgresql.is_url(path):
        return _create_on_server(path, revision, password, fill)
    path = Path(path)
    if path.exists():
        raise StoreError(f"{path} already exists; choose another file or open it")
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = _take_lock(path, holder, 0.0, None, None)
    try:
        if path.exists():  # made by another program in the meantime
            raise StoreError(f"{path} already exists; choose another file or open it")
        db = Database(path, lock)
        try:
            _upgrade(db, revision, fill)
        except BaseException:
            db.engine.dispose()
            path.unlink(missing_ok=True)
            for suffix in ("-wal", "-shm", "-journal"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
            raise
    except BaseException:
        lock.release()
        raise
    return db


def open_database(
    path: Path | str, *, migrate: bool = True, access: Literal["write", "read"] = "write", wait: float = 0.0,
    holder: dict | None = None, on_wait: Callable[[dict | None], None] | None = None,
    cancelled: Callable[[], bool] | None = None, password: str | None = None,
) -> Database:
    """Open an existing database, bringing its schema up to date.

    ``access="write"`` takes the writer lock, waiting up to ``wait`` seconds
    for another program to finish (``on_wait(holder)`` is called once when
    waiting starts, ``cancelled()`` may end the wait early), and raises
    ``DatabaseBusy`` if it is still held. ``access="read"`` never waits: the
    database is read-only and ``Database.holder`` says who, if anyone, was
    writing it. ``holder`` names this program in the lock
    (``{"program": "ree-desk import", "user": …}``).

    Before any migration the file is copied aside, so a failed or unwanted
    upgrade never costs the enterprise its ledger.
    """
    if access not in ("write", "read"):
        raise ValueError(f"access is 'write' or 'read', not {access!r}")
    if postgresql.is_url(path):
        return _open_on_server(path, migrate, access == "read", holder, password)
    path = Path(path)
    if not path.exists():
        raise DatabaseMissing(f"no database at {path}; create one with: ree-desk init --db {path}")
    if not sqlite.is_database_file(path):
        raise StoreError(f"{path} is not a REE Desk database (not an SQLite file)")
    if access == "write":
        db = Database(path, _take_lock(path, holder, wait, on_wait, cancelled))
    else:
        db = Database(path, holder=writer_lock.holder_of(path))
    return _revision_checked(db, migrate, holder)


def _revision_checked(db: Database, migrate: bool, holder: dict | None) -> Database:
    """``db``, its schema known and current (brought up to date with
    ``migrate``); closed when it is not."""
    try:
        _check_revision(db, migrate, holder)
    except BaseException:
        db.close()
        raise
    return db


def _check_revision(db: Database, migrate: bool, holder: dict | None) -> None:
    path = db.path or db.name
    current = db.revision()
    head = head_revision()
    if current is None:
        raise StoreError(f"{path} is not a REE Desk database (it has no schema version)")
    if current not in known_revisions():
        raise DatabaseTooNew(
            f"{path} was written by a newer REE Desk (schema {current}); this program knows "
            f"schemas up to {head}. Install the newer REE Desk to open it."
        )
    if current == head or not migrate:
        return
    if db.on_server:
        # No copy aside: the upgrade is one transaction, so a failed one
        # leaves the schema as it was; the server's own backups cover the rest.
        _upgrade(db)
        return
    lock = None
    if db.read_only:  # reading an old file: it is brought up to date if no one is writing it
        lock = writer_lock.try_acquire(path, holder)
        if lock is None:
            name, who = path.name, describe(writer_lock.holder_of(path))
            raise StoreError(
                f"{name} needs its schema brought up to date ({current} to {head}), which cannot be done "
                f"while {who} is writing it; try again when it is done")
    try:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = path.with_name(f"{path.stem}.before-{head}-{stamp}{path.suffix}")
        sqlite.backup_copy(path, backup)
        _upgrade(db)
    finally:
        if lock is not None:
            lock.release()


def _reach(db: Database) -> None:
    """Connect once, so that a server that cannot be reached or refuses the
    sign-in is said plainly, before anything else is tried."""
    try:
        with db.engine.connect():
            pass
    except OperationalError as exc:
        db.close()
        raise ServerUnreachable(db, exc.orig) from exc


class ServerUnreachable(StoreError):
    """The server did not let the program in; ``needs_password`` when a
    password would have been the way."""

    def __init__(self, db: Database, cause: BaseException | None):
        reason = str(cause or "").strip().splitlines()
        self.needs_password = any("password" in line for line in reason)
        detail = reason[-1] if reason else "no answer"
        super().__init__(f"cannot open {db.name}: {detail}")


def _open_on_server(url: str, migrate: bool, read_only: bool, holder: dict | None, password: str | None) -> Database:
    db = Database(None, url=url, read_only=read_only, password=password)
    _reach(db)
    return _revision_checked(db, migrate, holder)


def _create_on_server(url: str, revision: str, password: str | None,
                      fill: Callable[[Connection], None] | None) -> Database:
    from sqlalchemy import inspect

    db = Database(None, url=url, read_only=False, password=password)
    _reach(db)
    try:
        with db.engine.connect() as conn:
            tables = inspect(conn).get_table_names()
        if "alembic_version" in tables:
            raise StoreError(f"{db.name} already holds a REE Desk ledger; open it instead")
        if tables:
            raise StoreError(f"{db.name} already holds other tables ({', '.join(sorted(tables)[:3])}); "
                             "give REE Desk a database of its own")
        _upgrade(db, revision, fill)
    except BaseException:
        db.close()
        raise
    return db


def server_wants_password(url: str) -> bool:
    """Whether the server refuses ``url`` for want of a password (none in
    PGPASSWORD or ~/.pgpass): the one case worth asking a person for one."""
    db = Database(None, url=url, read_only=True)
    try:
        _reach(db)
    except ServerUnreachable as exc:
        return exc.needs_password
    finally:
        db.close()
    return False
