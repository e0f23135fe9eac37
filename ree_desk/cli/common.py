"""What every command shares: the exit statuses, the usage error, who is
working, which database, opening it, and printing JSON."""
from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from ree_desk.paths import default_db_path, default_demo_db_path
from ree_desk.report.json_rows import write_json
from ree_desk.services.ledger_file import Database, describe_holder, open_database

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


def db_path_of(args: argparse.Namespace, *, demo: bool = False) -> Path:
    if getattr(args, "db", None):
        return Path(args.db)
    return default_demo_db_path() if demo else default_db_path()


def say_waiting(holder: dict | None) -> None:
    print(f"ree-desk: waiting for the database, held by {describe_holder(holder)}", file=sys.stderr)
    sys.stderr.flush()


def for_writing(args) -> Database:
    """Held for this command alone; another program writing it is waited for up to --wait seconds."""
    return open_database(db_path_of(args), wait=args.wait, on_wait=say_waiting)


def for_reading(args) -> Database:
    """Never waits: a command that only reads shows the ledger as it stands,
    saying so when another program is writing it meanwhile."""
    db = open_database(db_path_of(args), access="read")
    if db.holder is not None:
        print(f"ree-desk: {db.path.name} is being written by {describe_holder(db.holder)}; "
              "opened for reading only", file=sys.stderr)
    return db


def print_json(data: object) -> None:
    """Indented for a person at a terminal; one compact line for a program
    reading a pipe, which json writes many times faster, long arrays of lots
    a row at a time (``ree_desk.report.json_rows``)."""
    write_json(data, sys.stdout, indent=2 if sys.stdout.isatty() else None)
    sys.stdout.write("\n")
