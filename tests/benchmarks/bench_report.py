"""Monthly report benchmark: the cost follows the month, not the history.

    .venv/bin/python tests/benchmarks/bench_report.py [--work DIR] [--month 2026-10]

Builds (or reuses) two demo databases with months of the same size, over
10,000 movements each: ten years of history (1,200,000 movements) and one
year (120,000).
For each it runs ``ree-desk report --month M --xlsx --pdf --json`` as a
separate process and reports wall time and peak memory (maximum resident
set size) of that process. Target: within 3 s and 200 MB on the big one,
and about the same on both.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ree_desk.services.demo import DemoOptions, build_demo

END = dt.date(2026, 11, 27)


def ensure_demo(path: Path, movements: int) -> None:
    if not path.exists():
        build_demo(path, DemoOptions(movements, 2026, END, "bench"))


def run_report(db: Path, month: str, out: Path) -> dict:
    xlsx, pdf = out / f"{db.stem}-{month}.xlsx", out / f"{db.stem}-{month}.pdf"
    command = [sys.executable, "-m", "ree_desk", "report", "--db", str(db), "--month", month,
               "--xlsx", str(xlsx), "--pdf", str(pdf), "--json"]
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    stdout = proc.stdout.read()
    _pid, status, usage = os.wait4(proc.pid, 0)  # this child's own peak memory
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"report failed on {db}")
    data = json.loads(stdout)
    return {"db": db.name, "month_movements": data["movement_count"], "inventory_lots": len(data["inventory"]),
            "seconds": round(seconds, 2), "peak_rss_mb": round(usage.ru_maxrss / 1024),
            "xlsx_kb": round(xlsx.stat().st_size / 1024)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "ree-desk-bench")
    parser.add_argument("--month", default="2026-10")
    parser.add_argument("--movements", type=int, default=1_200_000,
                        help="size of the ten-year database; the one-year one gets a tenth")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    big, small = (args.work / f"demo-{n}.sqlite3" for n in (args.movements, args.movements // 10))
    ensure_demo(big, args.movements)
    ensure_demo(small, args.movements // 10)
    results = []
    for db in (small, big):
        for _ in range(2):  # the second run sees a warm file cache, as a user's does
            results.append(run_report(db, args.month, args.work))
    json.dump(results, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
