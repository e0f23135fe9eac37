"""The report's xlsx: cells per second against openpyxl and against the bare deflate.

    .venv/bin/python tests/benchmarks/bench_xlsx.py [--lots 84000] [--movements 1863] [--runs 3]

Builds a report of a month (``MonthReport``, no database) with ``--lots``
lots in the inventory sheet and ``--movements`` movements of the month, and
writes its workbook, each time in a fresh process:
- ``ours``: the program's writer (``write_report_xlsx``);
- ``openpyxl``: openpyxl's write-only mode, a cell object per cell, as the
  program wrote it before (``tests/report_openpyxl.py``);
- ``rows``: making our rows' XML only, nothing deflated or written;
- ``deflate-N``: the physical limit, deflating the same XML parts, already
  in memory, at level N and writing the zip file.
Prints, per writer, the best and median seconds of the runs, the least CPU
seconds (steadier than the wall clock on a shared machine), cells per second
(of the best run), the file's size, and the process's memory before writing
and at its peak.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS.parent))

from ree_desk.domain.catalogue import SEED  # noqa: E402
from ree_desk.report.model import InventoryLine, MonthReport, TypeTotal  # noqa: E402
from tests.report_sample import line, sample_report  # noqa: E402

LEVELS = (0, 1, 3, 6, 9)
WRITERS = ("ours", "openpyxl", "rows") + tuple(f"deflate-{level}" for level in LEVELS)
_TYPES = (("RECEIPT", "receipts", 1), ("FEED", "feed", -1), ("OUTPUT", "output", 1),
          ("SHIPMENT", "shipments", -1), ("ADJUSTMENT", "adjustments", -1))


def build_report(lots: int, movements: int, seed: int = 11) -> MonthReport:
    """A month shaped like a plant's: most lots partly consumed and still
    held, a few thousand movements of every type."""
    rnd = random.Random(seed)
    inventory = []
    for i in range(lots):
        m = SEED[i % len(SEED)]
        grade = m.default_grade_bp
        opening = rnd.randrange(1, 50_000_000_000)
        out = rnd.randrange(0, opening) if i % 3 == 0 else 0
        adjust = -rnd.randrange(0, 5_000) if i % 50 == 0 else 0
        closing = opening - out + adjust
        reo = [v * grade // 10_000 for v in (opening, 0, out, adjust, closing)]
        inventory.append(InventoryLine(m.code, m.name_zh, m.category.value, m.group.value,
                                       f"{m.code[:4]}-{2017 + i % 10}{i:07d}", rnd.choice("CN CN CN MM US AU".split()),
                                       opening, 0, out, adjust, closing, *reo))
    lines: dict[str, list] = {attr: [] for _, attr, _ in _TYPES}
    totals: dict[str, TypeTotal] = {}
    for i in range(movements):
        mtype, attr, sign = _TYPES[i % len(_TYPES)]
        lot = inventory[rnd.randrange(lots)] if lots else None
        mass = rnd.randrange(1, 40_000_000)
        grade = rnd.randrange(100, 9_999)
        m = line(100_000 + i, 1 + i % 30, mtype, lot.material if lot else "CONC-BAST",
                 lot.material_name_zh if lot else "氟碳铈矿精矿", lot.lot if lot else f"L{i}", sign * mass, grade,
                 sign * mass * grade // 10_000, "CN", run=f"S2606-{i % 40:02d}" if attr in ("feed", "output") else None,
                 counterparty="包头示范稀土精矿有限公司" if attr in ("receipts", "shipments") else None,
                 invoice_no=f"2601200000{i:010d}", note="月末盘点 磅差" if attr == "adjustments" else None)
        lines[attr].append(m)
        t = totals.get(mtype, TypeTotal(mtype, 0, 0, 0))
        totals[mtype] = TypeTotal(mtype, t.count + 1, t.mass_g + m.quantity_g, t.reo_g + m.quantity_reo_g)
    return dataclasses.replace(sample_report(), inventory=inventory, totals=totals, movement_count=movements,
                               exceptions=[], **lines)


def _xml_parts(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as package:
        return [(name, package.read(name)) for name in package.namelist()]


def _cells(parts: list[tuple[str, bytes]]) -> int:
    # A cell with no reference and the default style opens as "<c>".
    return sum(data.count(b"<c ") + data.count(b"<c>") for name, data in parts if name.startswith("xl/worksheets/"))


def measure(writer: str, lots: int, movements: int, folder: Path) -> dict:
    """One writer, once, in this process."""
    from ree_desk.report.xlsx_package import make_package
    from ree_desk.report.xlsx_rows import RowCounter, sheet_rows
    from ree_desk.report.xlsx_shared import SharedStrings
    from ree_desk.report.xlsx_sheets import report_sheets
    from ree_desk.report.xlsx_writer import write_report_xlsx
    from tests.report_openpyxl import write_with_openpyxl

    report = build_report(lots, movements)
    reference = folder / "reference.xlsx"
    parts = _xml_parts(reference) if writer.startswith("deflate") else None
    target = folder / f"{writer}.xlsx"
    before = _status_mb("VmRSS")
    started, cpu = time.perf_counter(), time.process_time()
    if writer == "ours":
        write_report_xlsx(report, target)
    elif writer == "openpyxl":
        write_with_openpyxl(report_sheets(report), target)
    elif writer == "rows":
        sheets = report_sheets(report)
        package = make_package(sheets)
        counter = RowCounter(0, None, 1000)
        shared = SharedStrings()
        size = sum(len(rows.encode()) for sheet in sheets
                   for rows in sheet_rows(sheet, package.styles, counter, shared))
    else:
        level = int(writer.split("-")[1])
        method = zipfile.ZIP_STORED if level == 0 else zipfile.ZIP_DEFLATED
        with zipfile.ZipFile(target, "w", method, compresslevel=level or None) as out:
            for name, data in parts:
                out.writestr(name, data)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    result = {"writer": writer, "seconds": seconds, "cpu_seconds": cpu, "rss_before_mb": before, "peak_rss_mb": _status_mb("VmHWM")}
    if writer != "rows":
        result["file_mb"] = round(target.stat().st_size / 2**20, 1)
    else:
        result["xml_mb"] = round(size / 2**20, 1)
    return result


def _status_mb(key: str) -> int:
    """This process's resident memory (VmRSS) or its peak (VmHWM). The peak
    the kernel reports in getrusage() would count the parent's memory at the
    fork before this program started."""
    with open("/proc/self/status") as status:
        for text in status:
            if text.startswith(f"{key}:"):
                return round(int(text.split()[1]) / 1024)
    return 0


def run(writer: str, args: argparse.Namespace) -> dict:
    command = [sys.executable, __file__, "--only", writer, "--lots", str(args.lots),
               "--movements", str(args.movements), "--work", str(args.work)]
    return json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lots", type=int, default=84_000)
    parser.add_argument("--movements", type=int, default=1_863)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--openpyxl-runs", type=int, default=1, help="openpyxl is slow: fewer runs of it")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "ree-desk-bench-xlsx")
    parser.add_argument("--only", choices=WRITERS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    if args.only:
        json.dump(measure(args.only, args.lots, args.movements, args.work), sys.stdout)
        return 0
    from ree_desk.report.xlsx_writer import write_report_xlsx

    write_report_xlsx(build_report(args.lots, args.movements), args.work / "reference.xlsx")
    cells = _cells(_xml_parts(args.work / "reference.xlsx"))
    print(f"{args.lots:,} lots, {args.movements:,} movements: {cells:,} cells, "
          f"{sum(len(d) for _, d in _xml_parts(args.work / 'reference.xlsx')) / 2**20:.1f} MB of XML")
    print(f"{'writer':<10} {'best s':>7} {'median s':>9} {'CPU s':>6} {'cells/s':>11} {'file MB':>8} "
          f"{'RSS before':>11} {'peak':>7}")
    for writer in WRITERS:
        runs = [run(writer, args) for _ in range(args.openpyxl_runs if writer == "openpyxl" else args.runs)]
        best = min(r["seconds"] for r in runs)
        median = statistics.median(r["seconds"] for r in runs)
        cpu = min(r["cpu_seconds"] for r in runs)
        size = runs[0].get("file_mb", "-")
        print(f"{writer:<10} {best:7.2f} {median:9.2f} {cpu:6.2f} {cells / best:11,.0f} {size!s:>8} "
              f"{runs[0]['rss_before_mb']:>8} MB {max(r['peak_rss_mb'] for r in runs):>4} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
