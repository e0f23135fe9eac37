"""Ledger benchmark on a million-movement demo database.

    .venv/bin/python tests/benchmarks/bench_ledger.py [--movements 1000000] [--work DIR] [--reuse]

Measures, inside one process:
- building the demo database (``ree-desk demo``) of the given size;
- ``quota status`` and ``stock --as-of`` (service call plus JSON shaping),
  median and worst of several runs, for today and for a day years back;
- importing a 100,000-row CSV file into a fresh copy of that database, a
  few times: inside the process, and as the whole ``ree-desk import`` command
  (start-up, and the write-ahead log folded back into the file at the end);
  and the same rows as a spreadsheet saves them (a byte-order mark, CRLF,
  masses with thousands separators and so quoted, every 20th row with a
  note holding a comma, quotes, Chinese and a formula's look), the two
  files in turns;
- with ``--repeat-runs``, importing that file again into a copy that holds
  it (refused: one warning for the file), and a copy of it under another
  header (refused: every row named as a repeat), inside the process and as
  the whole command.
Targets: demo of 1,000,000 within 60 s; quota status and stock within
100 ms; import at 50,000 rows/s or better, the quoted file within 10 % of
the plain one; a repeat refused in seconds.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ree_desk.cli import shapes
from ree_desk.demo.generator import simulate
from ree_desk.domain.problems import InputRejected
from ree_desk.domain.quantities import format_grade, format_kg, parse_mass_kg
from ree_desk.report.json_rows import write_json
from ree_desk.services import importer, quotas, stock
from ree_desk.services.demo import DemoOptions, build_demo
from ree_desk.store.database import open_database

END = dt.date(2026, 11, 27)


def timed(fn, repeat: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), max(samples)


def write_import_file(path: Path, rows: int) -> int:
    """A month of a big plant's movements after the demo's history ends."""
    header = ["date", "type", "material", "lot", "mass_kg", "grade_pct", "origin", "origin_detail",
              "counterparty", "credit_code", "customs_no", "invoice_no", "run", "destination", "note"]
    written = 0
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(header)
        start = dt.date(END.year + 1, 1, 1)
        # Whole days only, so that every feed has its receipt: stop at the
        # first day end past the row count asked for.
        for _day, drafts in simulate(start, start + dt.timedelta(days=30), rows * 6 // 5, seed=99):
            if written >= rows:
                break
            for d in drafts:
                mass = -d.mass_g if d.type.value in ("FEED", "SHIPMENT") else d.mass_g
                out.writerow([d.day.isoformat(), d.type.value, d.material, "X" + d.lot, format_kg(mass),
                              format_grade(d.grade_bp), d.origin or "", d.origin_detail or "",
                              d.counterparty or "", d.credit_code or "", d.customs_no or "", d.invoice_no or "",
                              d.run and "X" + d.run or "", d.destination or "", d.note or ""])
                written += 1
    return written


def write_quoted_file(plain: Path, path: Path) -> None:
    """The rows of ``plain`` as a spreadsheet's "CSV UTF-8" saves them."""
    with open(plain, newline="", encoding="utf-8") as fh, open(path, "w", newline="", encoding="utf-8-sig") as out:
        rows, quoted = csv.reader(fh), csv.writer(out)  # CRLF line ends; quotes where a cell needs them
        header = next(rows)
        quoted.writerow(header)
        mass, note = header.index("mass_kg"), header.index("note")
        for n, row in enumerate(rows):
            row[mass] = format_kg(parse_mass_kg(row[mass], signed=True), grouping=True)
            if n % 20 == 7 and not row[note]:
                row[note] = '=HYPERLINK("x"), 司磅 "复核"'
            quoted.writerow(row)


def fresh_copy(source: Path, target: Path) -> None:
    """A copy of the demo database as it was built (SQLite's backup: the
    source may still have a write-ahead log beside it)."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def time_repeats(db_path: Path, copy: Path, csv_path: Path, again: Path, runs: int) -> dict[str, object]:
    """The import refused for repeating the ledger: the same file, and the
    same rows in a file of another content (Chinese headers)."""
    header, rest = csv_path.read_text(encoding="utf-8").split("\n", 1)
    again.write_text(header.replace("date,type,", "日期,类型,", 1) + "\n" + rest, encoding="utf-8")
    fresh_copy(db_path, copy)
    target = open_database(copy)
    importer.import_file(target, csv_path, user="bench")
    target.close()
    out: dict[str, list] = {}
    for _ in range(runs):
        for name, path in (("repeat_file", csv_path), ("repeat_rows", again)):
            # Each timed on its own: an open database holds the writer's
            # lock, which the command would wait for.
            target = open_database(copy)
            os.sync()
            start = time.perf_counter()
            try:
                importer.import_file(target, path, user="bench")
            except InputRejected as exc:
                warnings = len(exc.problems)
            else:
                raise SystemExit(f"{path.name} was imported again")
            out.setdefault(f"{name}_s", []).append(round(time.perf_counter() - start, 2))
            out[f"{name}_warnings"] = warnings
            target.close()
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "ree_desk", "--db", str(copy), "import", str(path)],
                                  capture_output=True, text=True)
            out.setdefault(f"{name}_command_s", []).append(round(time.perf_counter() - start, 2))
            if done.returncode != 1 or "warning(s)" not in done.stderr.splitlines()[-1]:
                raise SystemExit(f"{path.name}: {done.stderr[-500:]}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--movements", type=int, default=1_000_000)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "ree-desk-bench")
    parser.add_argument("--reuse", action="store_true", help="reuse a demo database built before")
    parser.add_argument("--import-rows", type=int, default=100_000)
    parser.add_argument("--import-runs", type=int, default=5, help="imports timed, each into a fresh copy")
    parser.add_argument("--repeat-runs", type=int, default=0,
                        help="repeated imports timed (the same file, the same rows under another header)")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    db_path = args.work / f"demo-{args.movements}.sqlite3"
    results: dict[str, object] = {"movements_asked": args.movements}

    if not (args.reuse and db_path.exists()):
        for suffix in ("", "-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        start = time.perf_counter()
        summary = build_demo(db_path, DemoOptions(args.movements, 2026, END, "bench"))
        results["demo_s"] = round(time.perf_counter() - start, 1)
        results["demo_movements"] = summary["movements"]
    results["db_mb"] = round(db_path.stat().st_size / 2**20)

    db = open_database(db_path)
    for label, day in (("today", END), ("years_back", dt.date(END.year - 3, 6, 15))):
        results[f"quota_status_{label}_ms"] = [round(x, 1) for x in timed(
            lambda: json.dumps(shapes.quota_status(day.year, day, quotas.quota_status(db, day.year, as_of=day))), 7)]
        lots = stock.stock_as_of(db, day)
        results[f"stock_{label}_lots"] = len(lots)
        results[f"stock_{label}_ms"] = [round(x, 1) for x in timed(
            lambda: write_json(shapes.stock(day, stock.stock_as_of(db, day)), io.StringIO()), 7)]
    db.close()

    csv_path = args.work / "import.csv"
    rows = write_import_file(csv_path, args.import_rows)
    results["import_rows"] = rows
    quoted_path = args.work / "import-quoted.csv"
    write_quoted_file(csv_path, quoted_path)
    copy = args.work / "import-target.sqlite3"
    files = {"import": csv_path, "import_quoted": quoted_path}
    in_process: dict[str, list[float]] = {name: [] for name in files}
    whole: dict[str, list[float]] = {name: [] for name in files}
    # Each run starts with the disk quiet: otherwise the kernel is still
    # writing the last copy (218 MB) and checkpoint out while it is timed.
    for _run in range(args.import_runs):
        for name, path in files.items():
            fresh_copy(db_path, copy)
            target = open_database(copy)
            os.sync()
            start = time.perf_counter()
            importer.import_file(target, path, user="bench")
            in_process[name].append(time.perf_counter() - start)
            target.close()
            fresh_copy(db_path, copy)
            os.sync()
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "ree_desk", "--db", str(copy), "import", str(path)],
                           check=True, capture_output=True)
            whole[name].append(time.perf_counter() - start)
    for name in files:
        times = in_process[name]
        results[f"{name}_s"] = [round(x, 2) for x in times]
        results[f"{name}_rows_per_s_best_median"] = [round(rows / min(times)), round(rows / statistics.median(times))]
        results[f"{name}_command_s"] = [round(x, 2) for x in whole[name]]
    if args.repeat_runs:
        results.update(time_repeats(db_path, copy, csv_path, args.work / "import-again.csv", args.repeat_runs))
    json.dump(results, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
