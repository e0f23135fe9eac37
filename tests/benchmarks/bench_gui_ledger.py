"""The ledger screen on a million movements.

    .venv/bin/python tests/benchmarks/bench_gui_ledger.py --db /tmp/bench4/demo-1000000.sqlite3

Works on a copy of the database (opening may migrate it). Measures, in one
process with a real (offscreen) table view:
- from creating the screen to its first page painted, and to the whole id
  list loaded (after which any row can be reached);
- scrolling: scrollToBottom, then thumb drags to evenly spaced places all
  through the table and page-downs from each, every step painted; the worst
  single step is the worst stall;
- the event loop's longest gap while the list loads and while a filter and
  a sort run in the background (the window must never freeze);
- resident memory at the end and at its peak.
Targets: first page within 300 ms, no stall over 50 ms, memory under 300 MB.
Prints JSON.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ree_desk.gui.app import make_application  # noqa: E402
from ree_desk.gui.models.ledger_model import COLUMN_OF  # noqa: E402
from ree_desk.gui.preferences import Preferences  # noqa: E402
from ree_desk.gui.qt import (  # noqa: E402
    QApplication, QElapsedTimer, QEvent, QKeyEvent, QSettings, Qt, QThreadPool, QTimer,
)
from ree_desk.gui.session import Session  # noqa: E402
from ree_desk.store.database import open_database  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


class Heartbeat:
    """A timer that should fire every few milliseconds; the longest gap
    between two firings is how long the event loop was blocked."""

    def __init__(self, interval_ms: int = 5):
        self.interval = interval_ms
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._beat)
        self.worst = 0.0

    def _beat(self) -> None:
        elapsed = self.clock.nsecsElapsed() / 1e6
        self.worst = max(self.worst, elapsed)
        self.clock.restart()

    def start(self) -> None:
        self.worst = 0.0
        self.clock.start()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return round(max(self.worst - self.interval, 0.0), 1)


def page_down(view) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(view, QKeyEvent(kind, Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--jumps", type=int, default=200, help="thumb drags through the table")
    parser.add_argument("--pages", type=int, default=5, help="page-downs after each drag")
    parser.add_argument("--gc-freeze", action="store_true",
                        help="move the objects made at start-up out of the garbage collector's way first, "
                             "as a program can with gc.freeze() once it has started")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-ledger-"))
    db_path = work / args.db.name
    shutil.copyfile(args.db, db_path)
    app = make_application()
    preferences = Preferences(QSettings(str(work / "preferences.ini"), QSettings.Format.IniFormat))
    session = Session(open_database(db_path), preferences, user="bench")
    from ree_desk.gui.screens.ledger import LedgerScreen

    pool = QThreadPool.globalInstance()

    def wait(condition, timeout_s: float = 60.0) -> None:
        deadline = time.perf_counter() + timeout_s
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError("the ledger did not load in time")
            pool.waitForDone(1)  # a millisecond's sleep that wakes when the background work ends
            app.processEvents()

    if args.gc_freeze:
        gc.collect()
        gc.freeze()
    rss_before = rss_mb()
    heartbeat = Heartbeat()
    start = time.perf_counter()
    screen = LedgerScreen(session)
    screen.resize(1100, 720)
    screen.show()
    screen.activate()
    model, table = screen.model, screen.form.table
    wait(lambda: model.rowCount() > 0)
    table.viewport().repaint()
    first_page_ms = (time.perf_counter() - start) * 1000
    heartbeat.start()
    wait(lambda: model.all_ids_loaded)
    all_ids_ms = (time.perf_counter() - start) * 1000
    load_gap = heartbeat.stop()
    rows = model.rowCount()
    pool.waitForDone(60000)  # the filter lists load last
    app.processEvents()
    rss_loaded = rss_mb()

    steps: list[float] = []
    gc_steps: list[float] = []  # steps during which Python collected its oldest generation
    collections = []
    gc.callbacks.append(lambda phase, info: collections.append(info["generation"]) if phase == "stop" else None)

    labels: list[str] = []

    def step(action, label: str) -> float:
        labels.append(label)
        collections.clear()
        began = time.perf_counter()
        action()
        app.processEvents()  # paints what the action changed
        took = (time.perf_counter() - began) * 1000
        steps.append(took)
        if 2 in collections:
            gc_steps.append(took)
        return took

    bar = table.verticalScrollBar()
    bottom_ms = step(table.scrollToBottom, "scrollToBottom")
    assert model.movement_id(rows - 1) is not None
    for jump in range(args.jumps + 1):
        target = bar.maximum() * jump // args.jumps
        step(lambda: bar.setValue(target), f"drag to row {target:,}")
        table.setCurrentIndex(table.indexAt(table.viewport().rect().topLeft()))
        for _ in range(args.pages):
            step(lambda: page_down(table), "page down")

    rss_scrolled = rss_mb()

    # Filters and sorts run in the background: the window keeps answering.
    heartbeat.start()
    began = time.perf_counter()
    screen.form.typeCombo.setCurrentIndex(screen.form.typeCombo.findData("FEED"))
    wait(lambda: model.all_ids_loaded)
    filter_ms = (time.perf_counter() - began) * 1000
    began = time.perf_counter()
    table.sortByColumn(COLUMN_OF["mass"], Qt.SortOrder.AscendingOrder)
    wait(lambda: model.all_ids_loaded)
    sort_ms = (time.perf_counter() - began) * 1000
    began = time.perf_counter()
    screen.clear_filters()
    table.sortByColumn(COLUMN_OF["day"], Qt.SortOrder.DescendingOrder)
    wait(lambda: model.all_ids_loaded)
    reset_ms = (time.perf_counter() - began) * 1000
    background_gap = heartbeat.stop()

    result = {
        "database": str(args.db),
        "gc_freeze": args.gc_freeze,
        "movements": rows,
        "first_page_ms": round(first_page_ms, 1),
        "all_ids_loaded_ms": round(all_ids_ms, 1),
        "scroll_to_bottom_ms": round(bottom_ms, 1),
        "scroll_steps": len(steps),
        "scroll_step_median_ms": round(statistics.median(steps), 2),
        "scroll_step_p99_ms": round(statistics.quantiles(steps, n=100)[98], 1),
        "worst_stall_ms": round(max(steps), 1),
        "worst_steps": [f"{steps[i]:.1f} ms {labels[i]}"
                        for i in sorted(range(len(steps)), key=steps.__getitem__)[-3:]],
        "steps_with_a_full_garbage_collection": len(gc_steps),
        "worst_stall_without_a_full_garbage_collection_ms": round(
            max(sorted(steps)[:len(steps) - len(gc_steps)] or [0.0]), 1),
        "event_loop_worst_gap_while_ids_load_ms": load_gap,
        "filter_feed_ms": round(filter_ms, 1),
        "sort_by_mass_ms": round(sort_ms, 1),
        "clear_and_sort_by_date_ms": round(reset_ms, 1),
        "event_loop_worst_gap_during_filter_and_sort_ms": background_gap,
        "rss_before_screen_mb": round(rss_before, 1),
        "rss_loaded_mb": round(rss_loaded, 1),
        "rss_after_scrolling_mb": round(rss_scrolled, 1),
        "rss_mb": round(rss_mb(), 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "targets": {"first_page_ms": 300, "worst_stall_ms": 50, "rss_mb": 300},
    }
    pool.waitForDone(60000)
    screen.close()
    session.close()
    shutil.rmtree(work, ignore_errors=True)
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
