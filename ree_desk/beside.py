"""Work done in a second process while this one goes on.

The monthly report writes two files from the same checked figures, and
openpyxl's cost per cell makes the xlsx most of its time: on a machine with
more than one core, a forked copy of the process writes the PDF, and
another half of the xlsx sheets, at the same time. Only the command line
asks for this: forking a process that runs Qt threads is not safe. Where
``os.fork`` does not exist (Windows) the work is simply done in turn.
"""
from __future__ import annotations

import os
import pickle
import sys
from typing import Callable, Generic, TypeVar

T = TypeVar("T")


class BesideFailed(Exception):
    """The work in the second process failed in a way that could not be carried back."""


class Beside(Generic[T]):
    """Work running in a forked child; ``wait`` returns what it returned
    (carried back pickled), or raises what it raised."""

    def __init__(self, work: Callable[[], T]):
        self._pid: int | None = None
        self._read_end: int | None = None
        self._work = work
        if not can_fork():
            return
        sys.stdout.flush()  # the child must not write out what the parent buffered
        sys.stderr.flush()
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            _run_child(work, write_end)
        os.close(write_end)
        self._pid, self._read_end = pid, read_end

    def wait(self) -> T | None:
        if self._pid is None:
            if self._work is not None:
                work, self._work = self._work, None
                return work()
            return None
        with os.fdopen(self._read_end, "rb") as pipe:
            message = pipe.read()
        _pid, status = os.waitpid(self._pid, 0)
        self._pid = None
        code = os.waitstatus_to_exitcode(status)
        try:
            done, value = pickle.loads(message) if message else (False, None)
        except Exception:  # noqa: BLE001 - an exception that does not unpickle
            done, value = False, None
        if done and code == 0:
            return value
        if isinstance(value, BaseException):
            raise value
        raise BesideFailed(f"the second process ended with status {code}")

    def wait_quietly(self) -> None:
        """Wait for the child without raising what it raised; work not yet
        started (no second process) is dropped."""
        if self._pid is None:
            self._work = None
            return
        try:
            self.wait()
        except BaseException:  # noqa: BLE001 - the caller is already failing for another reason
            pass


def can_fork() -> bool:
    """Whether work can go to a second process here."""
    return hasattr(os, "fork") and (os.cpu_count() or 1) > 1


def _run_child(work: Callable[[], None], write_end: int) -> None:
    """Never returns: the child leaves with ``os._exit`` so that nothing the
    parent owns (open databases, temporary files, buffered output) is closed
    or flushed twice."""
    code = 0
    try:
        data = pickle.dumps((True, work()), protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException as exc:  # noqa: BLE001 - carried to the parent
        code = 1
        try:
            data = pickle.dumps((False, exc))
        except Exception:  # noqa: BLE001
            data = pickle.dumps((False, BesideFailed(f"{type(exc).__name__}: {exc}")))
    try:
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(data)
    except OSError:
        pass
    finally:
        os._exit(code)
