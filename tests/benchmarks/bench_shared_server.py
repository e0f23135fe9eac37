"""Several workstations on one PostgreSQL database, and a large history there.

    .venv/bin/python tests/benchmarks/bench_shared_server.py [--url postgresql://USER@HOST:PORT/]
        [--seconds 60] [--clients 4] [--history open-1000000.sqlite3] [--runs 3]

Without ``--url`` it starts a throw-away cluster of its own (Debian's
``postgresql`` programs), as the tests do. On a fresh database it lets
``--clients`` workstations, each a process of its own, post single
movements as fast as they can (a receipt, then a feed of part of it) for
``--seconds``, while one more process imports files of 10,000 rows one
after the other. It then counts the ledger against what each process says it
posted (zero lost, zero duplicated), verifies the hash chain, and prints
throughput and the single postings' latencies (median, p95, worst).

With ``--history`` (a ledger file, e.g. the 1,000,000-movement history of
``bench_history.py``) it moves that ledger to the server with ``migrate-to``
and times ``report --month 2026-06 --xlsx --pdf --json`` and
``quota status --json`` there and on the file, taking turns.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/postgres_server.py

CLIENT = r"""
import json, sys, time, datetime as dt
from ree_desk.domain.drafts import draft_from_values
from ree_desk.domain.problems import InputRejected
from ree_desk.services.posting import post_movements
from ree_desk.store.database import open_database

url, name, until = sys.argv[1], sys.argv[2], float(sys.argv[3])
db = open_database(url)
posted, refused, latencies, n = [], 0, [], 0
day = dt.date(2026, 3, 1)
while time.time() < until:
    n += 1
    lot = f"{name}-{n}"
    values = dict(date=day.isoformat(), type="RECEIPT", material="CONC-BAST", lot=lot, mass_kg="1000",
                  grade_pct="60", origin="CN", counterparty="包头供应商")
    if n % 2 == 0:
        values = dict(date=day.isoformat(), type="FEED", material="CONC-BAST", lot=f"{name}-{n - 1}",
                      mass_kg="400", grade_pct="60", run=f"{name}-R")
    draft, problems = draft_from_values(2, values)
    start = time.perf_counter()
    try:
        post_movements(db, [draft], user=name, source="entry")
        posted.append(values["lot"] + ("/feed" if n % 2 == 0 else ""))
    except InputRejected:
        refused += 1
    latencies.append(time.perf_counter() - start)
db.close()
print(json.dumps({"name": name, "posted": posted, "refused": refused, "latencies": latencies}))
"""

IMPORTER = r"""
import csv, io, json, sys, tempfile, time
from pathlib import Path
from ree_desk.services.importer import import_file
from ree_desk.store.database import open_database

url, until, rows = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
db = open_database(url)
files, seconds, written = 0, [], 0
folder = Path(tempfile.mkdtemp())
while time.time() < until:
    files += 1
    path = folder / f"batch-{files}.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["date", "type", "material", "lot", "mass_kg", "grade_pct", "origin", "counterparty"])
        for i in range(rows):
            w.writerow(["2026-03-02", "RECEIPT", "CONC-BAST", f"IMP{files}-{i}", f"{100 + i % 900}.5", "55.25",
                        "CN", "赣州稀土"])
    start = time.perf_counter()
    result = import_file(db, path, user="importer")
    seconds.append(time.perf_counter() - start)
    written += result.rows
db.close()
print(json.dumps({"files": files, "rows": written, "seconds": seconds}))
"""


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def contention(url: str, clients: int, seconds: float, import_rows: int) -> dict:
    from ree_desk.services.quotas import add_allocation
    from ree_desk.services.setup import init_database
    from ree_desk.services.verify import verify_ledger
    from ree_desk.store.database import open_database

    init_database(url, enterprise="基准稀土有限公司", credit_code="91350100M000100Y43", user="bench").close()
    db = open_database(url)
    add_allocation(db, year=2026, kind="separation", tonnes="100000", user="bench")
    db.close()
    until = time.time() + 2 + seconds  # two seconds for every process to start
    procs = [subprocess.Popen([sys.executable, "-c", CLIENT, url, f"ws{n}", str(until)], stdout=subprocess.PIPE,
                              text=True) for n in range(clients)]
    importer = subprocess.Popen([sys.executable, "-c", IMPORTER, url, str(until), str(import_rows)],
                                stdout=subprocess.PIPE, text=True)
    results = [json.loads(p.communicate()[0]) for p in procs]
    imported = json.loads(importer.communicate()[0])
    db = open_database(url)
    try:
        with db.read() as conn:
            ledger_rows = conn.exec_driver_sql("SELECT count(*) FROM movement").scalar()
            distinct_chain = conn.exec_driver_sql("SELECT count(DISTINCT chain) FROM movement").scalar()
            receipts = {r[0] for r in conn.exec_driver_sql(
                "SELECT l.lot_no FROM movement m JOIN lot l ON l.id = m.lot_id WHERE m.type = 'RECEIPT'")}
        report = verify_ledger(db)
    finally:
        db.close()
    said = sum(len(r["posted"]) for r in results) + imported["rows"]
    said_receipts = {lot for r in results for lot in r["posted"] if not lot.endswith("/feed")}
    latencies = [x for r in results for x in r["latencies"]]
    return {
        "clients": clients, "seconds": seconds,
        "single_postings": sum(len(r["posted"]) for r in results),
        "refused": sum(r["refused"] for r in results),
        "postings_per_s": round(sum(len(r["posted"]) for r in results) / seconds, 1),
        "latency_ms": {"median": round(statistics.median(latencies) * 1000, 1),
                       "p95": round(percentile(latencies, 95) * 1000, 1),
                       "worst": round(max(latencies) * 1000, 1)},
        "imports": imported["files"], "imported_rows": imported["rows"],
        "import_s": [round(s, 2) for s in imported["seconds"]],
        "ledger_movements": ledger_rows, "said_posted": said,
        "lost": said - ledger_rows if said > ledger_rows else 0,
        "duplicated": ledger_rows - said if ledger_rows > said else 0,
        "receipts_missing": len(said_receipts - receipts), "distinct_chain_values": distinct_chain,
        "verified": report.ok,
    }


def timed(argv: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return time.perf_counter() - start


def history(url: str, source: Path, runs: int, work: Path) -> dict:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "ree_desk", "--db", str(source), "migrate-to", url],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    moved_s = time.perf_counter() - start
    out: dict = {"migrate_to_s": round(moved_s, 1)}
    for name, args in (("report", ["report", "--month", "2026-06", "--json", "--xlsx", str(work / "r.xlsx"),
                                   "--pdf", str(work / "r.pdf")]),
                       ("quota_status", ["quota", "status", "--json"])):
        times: dict[str, list[float]] = {"sqlite": [], "postgresql": []}
        for _ in range(runs):
            for store, where in (("sqlite", str(source)), ("postgresql", url)):
                times[store].append(round(timed([sys.executable, "-m", "ree_desk", *args[:1], "--db", where,
                                                 *args[1:]]), 2))
        out[name] = times
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a server URL ending in /, whose user may create databases")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--import-rows", type=int, default=10_000)
    parser.add_argument("--history", type=Path, help="a ledger file to move to the server and report on")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    import postgres_server

    server = postgres_server.Server(args.url) if args.url else postgres_server.start()
    if server is None:
        raise SystemExit(postgres_server.HOW_TO_RUN)
    try:
        result = {"contention": contention(server.new_database(), args.clients, args.seconds, args.import_rows)}
        if args.history:
            # The report of a month writes its audit event: a copy keeps the history file as it was.
            with tempfile.TemporaryDirectory() as work:
                copy = Path(work) / "history.sqlite3"
                subprocess.run(["cp", str(args.history), str(copy)], check=True)
                result["history"] = history(server.new_database(), copy, args.runs, Path(work))
        print(json.dumps(result, indent=2))
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
