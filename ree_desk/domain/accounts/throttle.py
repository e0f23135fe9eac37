"""Repeated failed sign-ins slow down further tries.

Three tries are free. After the third failure in a row each further try
waits, counted from the last failure: 2 s, then 4, 8, 16, 32 and at most
60 s. A success starts the count again. The count and the time of the last
failure are stored with the account, so the wait holds for every program
that opens the database.
"""
from __future__ import annotations

import datetime as dt
import math

FREE_TRIES = 3
LONGEST_WAIT = 60


def wait_after(failures: int) -> int:
    """Seconds a try must wait after the last of ``failures`` failures in a row."""
    if failures < FREE_TRIES:
        return 0
    return min(LONGEST_WAIT, 2 ** (failures - FREE_TRIES + 1))


def seconds_left(failures: int, failed_at: dt.datetime | None, now: dt.datetime) -> int:
    """Whole seconds still to wait before the next try (0: it may go ahead)."""
    if failed_at is None:
        return 0
    left = (failed_at + dt.timedelta(seconds=wait_after(failures)) - now).total_seconds()
    # A clock set back would otherwise make the wait last for ever.
    return max(0, min(math.ceil(left), wait_after(failures)))
