"""Signing in on the command line.

A command that changes a database with accounts signs in first: the name
from ``--user`` or ``REE_DESK_USER``, the password from ``REE_DESK_PASSWORD``
or, at a terminal, typed without echo. Commands that only read sign in to
nothing: a password cannot keep a reader out of a file they can copy, and
the roles are about who changes the ledger.
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from ree_desk.cli.common import for_writing
from ree_desk.domain.problems import InputRejected
from ree_desk.services import accounts
from ree_desk.services.ledger_file import Database

USER_ENV = "REE_DESK_USER"
PASSWORD_ENV = "REE_DESK_PASSWORD"
NEW_PASSWORD_ENV = "REE_DESK_NEW_PASSWORD"


def _at_terminal() -> bool:
    return sys.stdin.isatty()


@contextmanager
def signed_in(args: argparse.Namespace) -> Iterator[Database]:
    """The database held for this command (``for_writing``) and signed in
    to; closed when the command is done with it."""
    db = for_writing(args)
    try:
        sign_in(db, args)
        yield db
    finally:
        db.close()


def sign_in(db: Database, args: argparse.Namespace) -> None:
    """Sign in to ``db`` if it has accounts; raises ``InputRejected`` (exit 1) if that fails."""
    if not accounts.has_accounts(db):
        return
    name = getattr(args, "user", None) or os.environ.get(USER_ENV)
    if not name and _at_terminal():
        name = input("user name 用户名: ").strip()
    if not name:
        raise InputRejected([], f"{db.name} has accounts: name yours with --user NAME or {USER_ENV}")
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not _at_terminal():
            raise InputRejected([], f"a password is needed for {name}: type it at a terminal or set {PASSWORD_ENV}")
        password = getpass.getpass(f"password for {name} 密码: ")
    accounts.sign_in(db, name, password, via="command line")


def new_password(name: str) -> str:
    """A new password for ``name``: from ``REE_DESK_NEW_PASSWORD``, or typed twice at a terminal."""
    password = os.environ.get(NEW_PASSWORD_ENV)
    if password is not None:
        return password
    if not _at_terminal():
        raise InputRejected([], f"a new password is needed for {name}: type it at a terminal or set "
                                f"{NEW_PASSWORD_ENV}")
    first = getpass.getpass(f"new password for {name} 新密码: ")
    if getpass.getpass("once more 再输入一次: ") != first:
        raise InputRejected([], "the two passwords differ; nothing was written")
    return first
