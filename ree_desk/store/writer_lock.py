"""One writing program per database file.

Beside ``ledger.sqlite3`` a writing program holds ``ledger.sqlite3.lock``
with an advisory lock of the operating system for as long as it runs, and
writes into it who it is: user, host, process, since when, which program.
SQLite alone would let two programs take turns writing, each unaware of the
other; this lock lets the second be told who is there and wait or read.

The operating system drops the lock when its process ends, however it
ends, so a lock file whose lock can be taken is left over from a program
that crashed: it is simply taken over. Nothing has to be cleaned by hand.

Within one process the lock is shared: the desktop program's background
work and a test opening the same file twice are one writer, not two.
"""
from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import sys
import threading
import time
from pathlib import Path
from typing import Callable

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

POLL_S = 0.2
# On Windows a locked byte range cannot be read by others: the lock sits far
# past the holder's note so that the note stays readable.
_WINDOWS_LOCK_OFFSET = 1 << 20
_NOTE_BYTES = 4096
_NOTE_TRIES = 5  # a holder that has just taken the lock writes its note a moment later


_introduced: dict = {}


def introduce(*, program: str, user: str | None = None) -> None:
    """How this process names itself in the locks it takes (``ree-desk import``,
    the user given with ``--user``), unless a caller says otherwise."""
    _introduced.clear()
    _introduced.update({k: v for k, v in {"program": program, "user": user}.items() if v})


def lock_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".lock")


def login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers and services
        return "unknown"


def describe(holder: dict | None) -> str:
    """``张三 on host PLANT-PC (process 4711, ree-desk import) since 2026-06-03 10:02:11``."""
    if not holder or not holder.get("pid"):
        return "another program (who, could not be read)"
    program = f", {holder['program']}" if holder.get("program") else ""
    return (f"{holder.get('user') or 'unknown'} on host {holder.get('host') or 'unknown'} "
            f"(process {holder['pid']}{program}) since {holder.get('since') or 'unknown'}")


class WriterLock:
    """This process's hold on a database's lock; ``release`` once done."""

    def __init__(self, entry: _Entry):
        self._entry: _Entry | None = entry

    @property
    def holder(self) -> dict:
        return dict(self._entry.holder) if self._entry else {}

    @property
    def held(self) -> bool:
        return self._entry is not None

    def release(self) -> None:
        entry, self._entry = self._entry, None
        if entry is not None:
            _drop(entry)


class _Entry:
    def __init__(self, key: str, path: Path, fd: int, holder: dict):
        self.key, self.path, self.fd, self.holder = key, path, fd, holder
        self.count = 1


_held: dict[str, _Entry] = {}
_registry = threading.Lock()


def _key(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def try_acquire(db_path: Path, holder: dict | None = None) -> WriterLock | None:
    """The lock if no other process holds it (taking over a stale one), else None.

    ``holder`` names the program (``{"program": "ree-desk import", "user": …}``);
    host, process and time are filled in.
    """
    path = lock_path(db_path)
    key = _key(path)
    with _registry:
        entry = _held.get(key)
        if entry is not None:
            entry.count += 1
            return WriterLock(entry)
        fd = _lock_file(path)
        if fd is None:
            return None
        note = {"user": login_name(), "host": socket.gethostname(), "pid": os.getpid(),
                "since": dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S"), "program": "ree-desk"}
        note.update(_introduced)
        note.update({k: v for k, v in (holder or {}).items() if v})
        _write_note(fd, note)
        entry = _held[key] = _Entry(key, path, fd, note)
        return WriterLock(entry)


def acquire(db_path: Path, holder: dict | None = None, *, wait: float = 0.0,
            on_wait: Callable[[dict | None], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> tuple[WriterLock | None, dict | None]:
    """(the lock, None), or after ``wait`` seconds (None, who holds it).

    ``on_wait(holder)`` is called once, when waiting starts; ``cancelled()``
    is asked between tries and ends the wait early when it says so.
    """
    deadline = time.monotonic() + max(wait, 0.0)
    told = False
    free_tries = 3  # refused, yet free when asked who: a reader looked at that instant
    while True:
        lock = try_acquire(db_path, holder)
        if lock is not None:
            return lock, None
        remaining = deadline - time.monotonic()
        if remaining <= 0 or (cancelled is not None and cancelled()):
            found = holder_of(db_path)
            if found is None and free_tries > 0:
                free_tries -= 1
                continue
            return None, found or {}
        if on_wait is not None and not told:
            told = True
            on_wait(holder_of(db_path))
        time.sleep(min(POLL_S, remaining))


def holder_of(db_path: Path) -> dict | None:
    """Who holds the lock now (their note, ``{}`` if it cannot be read), or None."""
    path = lock_path(db_path)
    with _registry:
        entry = _held.get(_key(path))
        if entry is not None:
            return dict(entry.holder)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return None
    except OSError:  # present but unreadable: someone else's, and held
        return {}
    try:
        if _probe_free(fd):
            return None
        for attempt in range(_NOTE_TRIES):
            note = _read_note(fd)
            if note or attempt == _NOTE_TRIES - 1:
                return note
            time.sleep(0.02)
        return {}
    finally:
        os.close(fd)


def _drop(entry: _Entry) -> None:
    with _registry:
        entry.count -= 1
        if entry.count > 0 or entry.fd < 0:
            return
        if _held.get(entry.key) is entry:
            del _held[entry.key]
        _unlock_file(entry.path, entry.fd)


def _forget_in_child() -> None:
    """A forked child shares its parent's lock until it lets go of its copy:
    let go at once, so the lock still ends with the parent, even one killed
    while the child works. The program itself no longer forks; whatever
    runs it (a script, a test harness) might."""
    global _registry
    _registry = threading.Lock()  # another thread may have held it at the fork
    for entry in _held.values():
        try:
            os.close(entry.fd)
        except OSError:
            pass
        entry.fd = -1
    _held.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_in_child)


def _write_note(fd: int, note: dict) -> None:
    data = json.dumps(note, ensure_ascii=False).encode("utf-8")
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)
    # Cut what a longer stale note left after ours; cutting to nothing first
    # would make some file systems flush the file when it is closed.
    os.ftruncate(fd, len(data))


def _read_note(fd: int) -> dict:
    """The holder's note; ``{}`` while it is empty or half-written."""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = os.read(fd, _NOTE_BYTES)
        note = json.loads(data.decode("utf-8"))
    except (OSError, ValueError):
        return {}
    return note if isinstance(note, dict) else {}


# ----------------------------------------------------------------------- POSIX

def _open_for_lock(path: Path) -> tuple[int, bool]:
    """(descriptor, writable); a stale file another user left may be read-only to us."""
    flags = getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | flags, 0o666), True
    except PermissionError as refused:
        try:
            return os.open(path, os.O_RDONLY | flags), False
        except FileNotFoundError:  # a folder we may not write in: that is what to say
            raise refused from None


def _same_file(path: Path, fd: int) -> bool:
    """Whether ``path`` still names the file locked through ``fd`` (a leaving
    holder removes its file; a lock on the removed file would be worth nothing)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    fst = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (fst.st_dev, fst.st_ino)


def _lock_file(path: Path) -> int | None:
    while True:
        fd, writable = _open_for_lock(path)
        if not _try_lock(fd):
            os.close(fd)
            return None
        if not _same_file(path, fd):
            os.close(fd)
            continue
        if not writable:  # stale and not ours to write: make a new one
            os.unlink(path)
            os.close(fd)
            continue
        return fd


if sys.platform == "win32":
    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _probe_free(fd: int) -> bool:
        if not _try_lock(fd):
            return False
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return True

    def _unlock_file(path: Path, fd: int) -> None:
        # Windows cannot remove an open file: unlock, close, then remove it
        # unless another program opened it meanwhile (then it stays, harmless).
        try:
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        os.close(fd)
        try:
            os.unlink(path)
        except OSError:
            pass
else:
    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # EWOULDBLOCK: held by another open file
            return False
        return True

    def _probe_free(fd: int) -> bool:
        # A shared lock: probes never stand in each other's way, and stand
        # in a writer's only for the instant between these two calls.
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            return False
        fcntl.flock(fd, fcntl.LOCK_UN)
        return True

    def _unlock_file(path: Path, fd: int) -> None:
        # Removed while still locked, so whoever waits on this file finds it
        # gone once they get it, and tries the new one.
        try:
            if _same_file(path, fd):
                os.unlink(path)
        except OSError:
            pass
        os.close(fd)
