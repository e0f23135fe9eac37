"""What every command shares: the exit statuses, the usage error, who is
working, which database, opening it, and printing JSON."""
from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from ree_desk.domain.problems import InputRejected, Problem
from ree_desk.paths import default_db_path, default_demo_db_path
from ree_desk.report.json_rows import write_json
from ree_desk.services.ledger_file import (
    Database,
    ServerUnreachable,
    describe_holder,
    is_server_url,
    open_database,
    server_wants_password,
    without_password,
)

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


def user_of(args: argparse.Namespace) -> str:
    import os

    named = getattr(args, "user", None) or os.environ.get("REE_DESK_USER")
    if named:
        return named
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers and services
        return "unknown"


def db_path_of(args: argparse.Namespace, *, demo: bool = False) -> Path | str:
    """The database file, or the server database's URL."""
    if getattr(args, "db", None):
        return args.db if is_server_url(args.db) else Path(args.db)
    return default_demo_db_path() if demo else default_db_path()


def db_file_of(args: argparse.Namespace, doing: str, *, demo: bool = False) -> Path:
    """The database file, for what only a file allows; a server URL is refused."""
    where = db_path_of(args, demo=demo)
    if is_server_url(where):
        raise InputRejected([Problem(None, "--db", f"a database file to {doing}", without_password(where))])
    return where


def opened(location: Path | str, **options) -> Database:
    """``open_database``, asking at the terminal for the server's password
    when the server wants one that PGPASSWORD and ~/.pgpass did not give."""
    try:
        return open_database(location, **options)
    except ServerUnreachable as exc:
        if not (exc.needs_password and sys.stdin.isatty()):
            raise
    return open_database(location, password=_ask_password(location), **options)


def password_for(target: Path | str) -> str | None:
    """A password for a server about to be written (a copy's target), asked
    at the terminal only when PGPASSWORD and ~/.pgpass give none."""
    if not is_server_url(target) or not sys.stdin.isatty() or not server_wants_password(target):
        return None
    return _ask_password(target)


def _ask_password(location: Path | str) -> str:
    return getpass.getpass(f"password for {without_password(str(location))}: ")


def say_waiting(holder: dict | None) -> None:
    print(f"ree-desk: waiting for the database, held by {describe_holder(holder)}", file=sys.stderr)
    sys.stderr.flush()


def for_writing(args) -> Database:
    """Held for this command alone; another program writing it is waited for up to --wait seconds."""
    return opened(db_path_of(args), wait=args.wait, on_wait=say_waiting)


def for_reading(args) -> Database:
    """Never waits: a command that only reads shows the ledger as it stands,
    saying so when another program is writing it meanwhile."""
    db = opened(db_path_of(args), access="read")
    if db.holder is not None:
        print(f"ree-desk: {db.name} is being written by {describe_holder(db.holder)}; "
              "opened for reading only", file=sys.stderr)
    return db


def print_json(data: object) -> None:
    """Indented for a person at a terminal; one compact line for a program
    reading a pipe, which json writes many times faster, long arrays of lots
    a row at a time (``ree_desk.report.json_rows``)."""
    write_json(data, sys.stdout, indent=2 if sys.stdout.isatty() else None)
    sys.stdout.write("\n")
