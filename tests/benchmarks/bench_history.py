"""A plant's real history: ten years brought in at once, no month closed,
most lots left partly used.

    .venv/bin/python tests/benchmarks/bench_history.py [--work DIR] [--sizes 200000 1000000] [--runs 2]

For each size, builds (or reuses) ``ree-desk demo --open-lots --no-close
--years 10`` ending 2026-06-30, then times whole commands, each a separate
process, with its own peak memory (maximum resident set size):

- ``report --month 2026-06 --xlsx --pdf --json``, ``report --json`` and
  ``report --pdf``;
- ``stock --as-of 2026-06-30 --json`` (every lot) and three years back;
- ``quota status --json``.

For the first size it also writes the same history as two movement files,
a plain CSV and one as plants send them (a BOM, CRLF, masses quoted with
thousands separators like ``"53,249.125"``, counterparties with commas and
quotes, a note running over two lines), and times ``import`` of each into
an empty database.

Targets: the full report within 3 s at 200,000 movements and 80,000 lots in
stock, within 5 s at 1,000,000 and 300,000; stock within 1 s; the quoted
file as fast as the plain one; every command under 500 MB.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ree_desk.demo.generator import simulate
from ree_desk.domain.quantities import format_grade, format_kg
from ree_desk.services.demo import demo_span

END = dt.date(2026, 6, 30)
MONTH = "2026-06"
HEADER = ["date", "type", "material", "lot", "mass_kg", "grade_pct", "origin", "origin_detail",
          "counterparty", "credit_code", "customs_no", "invoice_no", "run", "destination", "note"]


def command(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "ree_desk", "--db", str(db), *args]


def measured(argv: list[str]) -> tuple[float, int, str]:
    """(seconds, peak MB, stdout) of one whole command. The peak is measured
    by GNU time where there is one: a child forked from this process starts
    with this process's pages, and its high-water mark would count them."""
    timer = shutil.which("time") or "/usr/bin/time"
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        wrapped = [timer, "-f", "%M", "-o", rss.name, *argv] if os.path.exists(timer) else argv
        start = time.perf_counter()
        done = subprocess.run(wrapped, capture_output=True)
        seconds = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(argv[3:])} failed: {done.stderr.decode()[-800:]}")
        text = rss.read().strip()
    peak = round(int(text.splitlines()[-1]) / 1024) if text else 0
    return seconds, peak, done.stdout.decode()


def ensure_history(path: Path, movements: int) -> None:
    if path.exists():
        return
    subprocess.run(command(path, "demo", "--movements", str(movements), "--years", "10", "--open-lots",
                           "--no-close", "--end", END.isoformat()), check=True, stdout=subprocess.DEVNULL)


def write_history_files(plain: Path, quoted: Path, movements: int) -> int:
    """The open-lots history as two movement files with the same rows."""
    rows = []
    for _day, drafts in simulate(demo_span(movements, END, 10), END, movements, 2026, open_lots=True):
        for d in drafts:
            mass = -d.mass_g if d.type.value in ("FEED", "SHIPMENT") else d.mass_g
            rows.append([d.day.isoformat(), d.type.value, d.material, d.lot, mass, format_grade(d.grade_bp),
                         d.origin or "", d.origin_detail or "", d.counterparty or "", d.credit_code or "",
                         d.customs_no or "", d.invoice_no or "", d.run or "", d.destination or "", d.note or ""])
    with open(plain, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(HEADER)
        out.writerows([*r[:4], format_kg(r[4]), *r[5:]] for r in rows)
    with open(quoted, "w", newline="", encoding="utf-8-sig") as fh:
        out = csv.writer(fh, quoting=csv.QUOTE_MINIMAL)  # CRLF, as spreadsheet programs write
        out.writerow(HEADER)
        for n, r in enumerate(rows):
            r = [*r[:4], format_kg(r[4], grouping=True), *r[5:]]
            if r[8] and n % 7 == 0:
                r[8] = f'{r[8]}, 销售部 "华东"'
            if r[1] == "ADJUSTMENT":
                r[14] = r[14] + "\n复核：仓库"
            out.writerow(r)
    return len(rows)


def time_imports(work: Path, plain: Path, quoted: Path, runs: int) -> dict:
    out: dict[str, list] = {}
    for _ in range(runs):
        for name, path in (("plain", plain), ("quoted", quoted)):  # in turns, so load falls on both
            target = work / f"import-{name}.sqlite3"
            for suffix in ("", "-wal", "-shm"):
                Path(str(target) + suffix).unlink(missing_ok=True)
            subprocess.run(command(target, "init", "--enterprise", "历史导入测试", "--credit-code",
                                   "91350100M000100Y43"), check=True, stdout=subprocess.DEVNULL)
            seconds, peak, _ = measured(command(target, "import", str(path), "--json"))
            out.setdefault(f"import_{name}_s", []).append(round(seconds, 2))
            out[f"import_{name}_peak_mb"] = max(out.get(f"import_{name}_peak_mb", 0), peak)
    return out


def time_commands(db: Path, work: Path, runs: int) -> dict:
    xlsx, pdf = work / f"{db.stem}-{MONTH}.xlsx", work / f"{db.stem}-{MONTH}.pdf"
    cases = {
        "report_full": command(db, "report", "--month", MONTH, "--xlsx", str(xlsx), "--pdf", str(pdf), "--json"),
        "report_json": command(db, "report", "--month", MONTH, "--json"),
        "report_pdf": command(db, "report", "--month", MONTH, "--pdf", str(pdf)),
        "stock_month_end": command(db, "stock", "--as-of", END.isoformat(), "--json"),
        "stock_three_years_back": command(db, "stock", "--as-of", "2023-06-30", "--json"),
        "quota_status": command(db, "quota", "status", "--year", "2026", "--json"),
    }
    result: dict[str, object] = {}
    for name, argv in cases.items():
        samples, peaks = [], []
        for _ in range(runs):
            seconds, peak, stdout = measured(argv)
            samples.append(round(seconds, 2))
            peaks.append(peak)
        result[f"{name}_s"] = samples
        result[f"{name}_peak_mb"] = max(peaks)
        if name == "report_full":
            data = json.loads(stdout)
            result["month_movements"] = data["movement_count"]
            result["inventory_lots"] = len(data["inventory"])
            result["xlsx_mb"] = round(xlsx.stat().st_size / 2**20, 1)
        if name == "stock_month_end":
            result["lots_in_stock"] = len(json.loads(stdout)["lots"])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "ree-desk-history")
    parser.add_argument("--sizes", type=int, nargs="+", default=[200_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--skip-import", action="store_true")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    results = []
    for size in args.sizes:
        db = args.work / f"open-{size}.sqlite3"
        start = time.perf_counter()
        built = not db.exists()
        ensure_history(db, size)
        entry: dict[str, object] = {"movements_asked": size}
        if built:
            entry["demo_s"] = round(time.perf_counter() - start, 1)
        entry.update(time_commands(db, args.work, args.runs))
        results.append(entry)
    if not args.skip_import:
        plain, quoted = args.work / "history-plain.csv", args.work / "history-quoted.csv"
        rows = write_history_files(plain, quoted, args.sizes[0])
        imports = time_imports(args.work, plain, quoted, args.runs)
        imports["rows"] = rows
        for name in ("plain", "quoted"):
            imports[f"import_{name}_rows_per_s"] = round(rows / statistics.median(imports[f"import_{name}_s"]))
        results.append(imports)
    print(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
