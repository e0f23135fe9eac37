"""Desktop program start-up on a large database.

    .venv/bin/python tests/benchmarks/bench_gui_start.py --db /tmp/bench4/demo-1000000.sqlite3

Starts a fresh process that opens the database, builds the main window and
waits until the dashboard has loaded its figures (no background work left),
then prints how long that took from the process start and its peak memory.
Target: a usable dashboard within 1.5 s, memory under 300 MB.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

CHILD = r"""
import os, sys, time, resource
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from ree_desk.gui.app import make_application
from ree_desk.gui.main_window import MainWindow
from ree_desk.gui.preferences import Preferences
from ree_desk.gui.qt import QSettings
from ree_desk.gui.session import Session
from ree_desk.gui.worker import wait_for_background
from ree_desk.store.database import open_database
app = make_application()
prefs = Preferences(QSettings(sys.argv[2], QSettings.Format.IniFormat))
session = Session(open_database(Path(sys.argv[1])), prefs, user="bench")
window = MainWindow(session)
window.show()
for _ in range(5):
    app.processEvents()
    wait_for_background(20000)
app.processEvents()
print("ready", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, flush=True)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    results = []
    for run in range(args.runs):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", CHILD, args.db, f"/tmp/bench-gui-prefs-{os.getpid()}.ini"],
                             capture_output=True, text=True, check=True).stdout
        elapsed = time.perf_counter() - start
        rss = int(out.split()[-1])
        results.append({"run": run + 1, "to_dashboard_s": round(elapsed, 2), "peak_rss_mb": rss})
    json.dump(results, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
