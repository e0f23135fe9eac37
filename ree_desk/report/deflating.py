"""Deflating a large part of the report file beside the making of its rows.

The inventory of a plant's history is a few hundred megabytes of XML.
zlib lets go of Python's interpreter lock while it deflates, so a second
thread that writes (deflates) the bytes made so far overlaps that work with
this thread making the next rows: on two cores the report at a million
movements is written a fifth faster. Bytes are handed over in pieces of a
few megabytes: each hand-over waits for the interpreter lock, and fewer,
larger pieces wait less.
"""
from __future__ import annotations

import queue
import threading
from typing import BinaryIO

PIECE = 4 << 20


class Deflating:
    """Writes into ``part`` (a file open in a zip package) from a second
    thread. Use as a context: leaving it waits for every byte handed over;
    leaving on an error drops what was not written yet."""

    def __init__(self, part: BinaryIO):
        self._part = part
        self._pending: list[bytes] = []
        self._size = 0
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._error: BaseException | None = None
        self._abandoned = False
        self._thread = threading.Thread(target=self._run, name="ree-desk-deflate", daemon=True)

    def __enter__(self) -> Deflating:
        self._thread.start()
        return self

    def write(self, data: bytes) -> None:
        if self._error is not None:
            raise self._error
        self._pending.append(data)
        self._size += len(data)
        if self._size >= PIECE:
            self._hand_over()

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self._hand_over()
        else:
            self._abandoned = True
        self._queue.put(None)
        self._thread.join()
        if exc_type is None and self._error is not None:
            raise self._error

    def _hand_over(self) -> None:
        if self._pending:
            self._queue.put(b"".join(self._pending))
            self._pending, self._size = [], 0

    def _run(self) -> None:
        while (data := self._queue.get()) is not None:
            if self._error is None and not self._abandoned:
                try:
                    self._part.write(data)
                except BaseException as error:  # raised in the making thread at its next write
                    self._error = error
