"""The demo database the desktop program offers, built the first time it is
asked for with the same defaults as ``ree-desk demo``."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Callable

from ree_desk.services.demo import DemoOptions, build_demo

DEMO_MOVEMENTS = 20_000
DEMO_SEED = 2026


def ensure_demo_database(path: Path, *, user: str, today: dt.date | None = None,
                         progress: Callable[[int, int], None] | None = None) -> Path:
    """``path`` if it exists; otherwise the demo is built there first, its
    history ending yesterday.

    The build goes to a side file renamed at the end, so an interrupted
    build never leaves a half-made demo to be opened next time."""
    path = Path(path)
    if path.exists():
        return path
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, partial.with_name(partial.name + "-wal"), partial.with_name(partial.name + "-shm")):
        leftover.unlink(missing_ok=True)
    end = (today or dt.date.today()) - dt.timedelta(days=1)
    build_demo(partial, DemoOptions(movements=DEMO_MOVEMENTS, seed=DEMO_SEED, end=end, user=user), progress)
    os.replace(partial, path)
    return path
