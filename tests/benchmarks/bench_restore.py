"""Restoring a large database from its copy.

    .venv/bin/python tests/benchmarks/bench_restore.py --db /tmp/bench4/demo-1000000.sqlite3

Copies the database into a scratch folder beside it, makes a checked copy
with ``backup``, then runs the whole ``ree-desk restore`` command from that
copy several times (each run replaces the database restored by the one
before), and prints each run's wall time, CPU time and peak memory, with
the time spent in each stage of one run measured in the process.
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


# What runs between two progress reports: a stage's report starts it, and it
# lasts until the next stage reports.
_SPANS = {"start": "reading the copy's facts, holding the database",
          "copy": "copying it beside the database, integrity check, reading it back",
          "movements": "verify: the movements' chain and postings",
          "balances": "verify: closing balances; swap; opening it and recording the restore"}


def stages(database: Path, copy: Path) -> dict[str, float]:
    """Seconds in each stage of one restore, in this process."""
    from ree_desk.services.restore import restore_database

    seen: dict[str, float] = {}
    start = time.perf_counter()
    last = ["start", start]

    def progress(stage: str, _done: int, _total: int) -> None:
        if stage != last[0]:
            now = time.perf_counter()
            seen[_SPANS[last[0]]] = round(now - last[1], 2)
            last[:] = [stage, now]

    restore_database(database, copy, user="bench", progress=progress)
    now = time.perf_counter()
    seen[_SPANS[last[0]]] = round(now - last[1], 2)
    seen["whole"] = round(now - start, 2)
    return seen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.db.parent) as scratch:
        database = Path(scratch) / "ledger.sqlite3"
        shutil.copyfile(args.db, database)
        subprocess.run([sys.executable, "-m", "ree_desk", "backup", "--db", str(database)], check=True,
                       capture_output=True)
        (copy,) = (Path(scratch) / "ledger-backups").iterdir()
        results = []
        for run in range(args.runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "ree_desk", "restore", str(copy), "--db", str(database)],
                           check=True, capture_output=True)
            elapsed = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
            results.append({"run": run + 1, "wall_s": round(elapsed, 2), "cpu_s": round(cpu, 2),
                            "peak_rss_mb": after.ru_maxrss // 1024})
            for old in Path(scratch).glob("ledger.replaced-*"):
                old.unlink()
        results.append({"stages_s": stages(database, copy), "bytes": copy.stat().st_size})
    json.dump(results, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
