"""Time and peak memory of the import refusing each hostile file.

    .venv/bin/python tests/benchmarks/bench_hostile.py [--work DIR] [--runs 3] [KIND ...]

Builds the files of ``tests/hostile`` and runs ``ree-desk import`` on each,
on a fresh copy of a new database, as a process of its own measured from a
small one (``tests/hostile/measure.py``). Prints one line per kind: its bad
rows (or "whole" for a file refused as a whole), the problems reported, the
median seconds and the largest peak memory of the runs, start-up included.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))

from hostile.build import KINDS, build  # noqa: E402
from ree_desk.services.setup import init_database  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kinds", nargs="*", default=list(KINDS))
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "ree-desk-hostile")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    template = args.work / "template.sqlite3"
    init_database(template, enterprise="测试稀土冶炼分离有限公司", credit_code="91350100M000100Y43", user="bench").close()
    results = []
    for kind in args.kinds:
        case = build(kind, args.work / kind)
        seconds, peaks, problems, codes = [], [], 0, set()
        for _ in range(args.runs):
            db = args.work / kind / "ledger.sqlite3"
            with sqlite3.connect(template) as src, sqlite3.connect(db) as dst:
                src.backup(dst)
            done = subprocess.run([sys.executable, str(TESTS / "hostile" / "measure.py"), sys.executable, "-m",
                                   "ree_desk", "--db", str(db), "import", str(case.path)],
                                  capture_output=True, text=True)
            lines = done.stderr.splitlines()
            _word, code, run_seconds, peak = lines.pop().split()
            codes.add(int(code))
            seconds.append(float(run_seconds))
            peaks.append(float(peak))
            problems = len(lines) - 1
        result = {"kind": kind, "bad_rows": case.bad_rows if case.refused is None else "whole",
                  "problems": problems, "exit": sorted(codes), "seconds": round(statistics.median(seconds), 2),
                  "peak_mb": max(peaks), "file_mb": round(case.path.stat().st_size / 2**20, 2)}
        results.append(result)
        if not args.json:
            print(f"{kind:30} {str(result['bad_rows']):>5} {problems:>5} exit {result['exit']} "
                  f"{result['seconds']:6.2f} s {result['peak_mb']:5.0f} MB  ({result['file_mb']} MB file)",
                  flush=True)
    if args.json:
        json.dump(results, sys.stdout, indent=2)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
