"""A full disk or a folder that cannot be written, said as such.

SQLite and the operating system report these as error numbers and terse
texts ("database or disk is full", "unable to open database file", errno
28); a clerk needs to read which disk or folder, and that nothing was
half-written. Every transaction rolls back whole, and every copy is written
under a temporary name, so the sentence can promise it.
"""
from __future__ import annotations

import errno
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import event
from sqlalchemy.engine import Engine

from ree_desk.store import sqlite
from ree_desk.store.errors import StoreError

_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}  # no quotas on Windows
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


class DiskFull(StoreError):
    """No room left on the disk (or the file may not grow further)."""


class FolderReadOnly(StoreError):
    """The folder, or the file in it, may not be written."""


def full(where: Path | str) -> DiskFull:
    return DiskFull(f"the disk holding {where} is full; nothing was written")


def read_only(folder: Path | str) -> FolderReadOnly:
    return FolderReadOnly(f"cannot write in {folder} (read-only); nothing was written")


def storage_error(exc: BaseException, path: Path, where: str | None = None) -> StoreError | None:
    """What ``exc``, raised while writing ``path`` (a file), means for the
    user if it is a full disk or a read-only folder (a failing disk too);
    otherwise None. ``where`` names the disk's place in the sentence
    (default: the file's name)."""
    if isinstance(exc, (DiskFull, FolderReadOnly)):
        return exc
    if isinstance(exc, sqlite3.Error):
        trouble = sqlite.storage_trouble(exc, path)
    elif isinstance(exc, OSError):
        trouble = "full" if exc.errno in _FULL else "read-only" if exc.errno in _READ_ONLY else None
    else:
        return None
    where = where or path.name
    if trouble == "full":
        return full(where)
    if trouble == "read-only":
        return read_only(path.parent)
    if trouble == "io":
        return StoreError(f"the disk holding {where} could not be written ({exc}); nothing was written")
    return None


@contextmanager
def writing(path: Path, where: str | None = None) -> Iterator[None]:
    """Within: a full disk or read-only folder met while writing ``path`` is
    raised as ``DiskFull`` or ``FolderReadOnly``."""
    try:
        yield
    except (OSError, sqlite3.Error) as exc:
        said = storage_error(exc, Path(path), where)
        if said is None:
            raise
        raise said from exc


def watch(engine: Engine, path: Path) -> None:
    """Every statement, commit and connection of ``engine`` (the database at
    ``path``) that fails for a full disk or a read-only folder raises
    ``DiskFull`` or ``FolderReadOnly`` instead."""

    @event.listens_for(engine, "handle_error")
    def _said_plainly(context):
        said = storage_error(context.original_exception, Path(path))
        if said is not None:
            raise said from context.original_exception
