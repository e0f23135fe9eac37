"""Statements run in a second thread while the caller goes on computing.

The database does its share of a large posting (B-trees, indexes, foreign
keys, triggers) without holding Python's interpreter lock, so a thread that
feeds it statements overlaps that work with the Python work still to do
(origin shares, checks). The caller hands the connection over for the
writer's life and must not touch it until ``finish`` returns; statements run
in the order given, inside the caller's transaction.
"""
from __future__ import annotations

import queue
import sys
import threading
from typing import Callable, Iterable

from sqlalchemy import Connection

from ree_desk.store.bulk import Statement

_STOP = object()
# A thread back from the database waits for the interpreter lock until the
# computing thread gives it up, by default every 5 ms: with hundreds of
# statements that wait would eat the overlap.
_SWITCH_INTERVAL_S = 0.0001


class BackgroundWriter:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._error: BaseException | None = None
        self._abandoned = False
        self._thread = threading.Thread(target=self._run, name="ree-desk-writer", daemon=True)
        self._interval = sys.getswitchinterval()

    def __enter__(self) -> "BackgroundWriter":
        sys.setswitchinterval(min(self._interval, _SWITCH_INTERVAL_S))
        self._thread.start()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self._abandoned = True  # the transaction is about to be rolled back
        self._stop()

    def submit(self, statements: Iterable[Statement]) -> None:
        for statement in statements:
            self._queue.put(statement)

    def call(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` in the writing thread once the statements before it ran."""
        self._queue.put(fn)

    def finish(self) -> None:
        """Wait for every statement; raise what the database raised."""
        self._stop()
        if self._error is not None:
            raise self._error

    def _stop(self) -> None:
        if self._thread.is_alive():
            self._queue.put(_STOP)
            self._thread.join()
        sys.setswitchinterval(self._interval)

    def _run(self) -> None:
        execute = self._conn.exec_driver_sql
        while (item := self._queue.get()) is not _STOP:
            if self._abandoned or self._error is not None:
                continue
            try:
                if callable(item):
                    item()
                else:
                    execute(*item)
            except BaseException as exc:  # handed to the caller by finish()
                self._error = exc
