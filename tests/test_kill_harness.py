"""Killed at any moment, the ledger keeps every acknowledged movement, no
posting half-written, and a chain that verifies.

A child process posts single movements and imports files without pause;
the parent kills it (SIGKILL) at a random moment, then checks the database
as the next program to open it would find it. The default run does 20
rounds; ``pytest -m soak tests/test_kill_harness.py`` runs 500.
"""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import CREDIT_CODE, ENTERPRISE
from ree_desk.services.setup import init_database
from ree_desk.services.verify import verify_ledger
from ree_desk.store.database import open_database

# The database file itself: its copies, its lock, its disk.
pytestmark = pytest.mark.file_only

CHILD = Path(__file__).resolve().parent / "kill" / "child.py"


def _round(db_path: Path, acks: Path, seed: int, rng: random.Random) -> None:
    child = subprocess.Popen([sys.executable, str(CHILD), str(db_path), str(acks), str(seed)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        time.sleep(rng.uniform(0.0, 1.0))
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    stderr = child.stderr.read()
    assert "Traceback" not in stderr, stderr


def _check(db_path: Path, acks: Path) -> tuple[int, int, bool]:
    """Every acknowledged movement is there, every posting whole, the chain
    verifies. Returns (movements, acknowledged postings, whether the kill
    cut an import short)."""
    db = open_database(db_path)
    try:
        report = verify_ledger(db)
        assert report.ok, [str(p) for p in report.problems]
    finally:
        db.close()
    raw = sqlite3.connect(db_path)
    try:
        lots = {row[0] for row in raw.execute("SELECT lot_no FROM lot")}
        lines = acks.read_text(encoding="utf-8").splitlines() if acks.exists() else []
        for line in lines:
            kind, *rest = line.split()
            if kind in ("begin", "killed"):
                continue
            if kind == "single":
                assert rest[0] in lots, line
            else:
                name, rows, prefix = rest
                assert sum(1 for i in range(int(rows)) if f"{prefix}{i}" in lots) == int(rows), line
        half = raw.execute(
            "SELECT p.id FROM posting p LEFT JOIN movement m ON m.posting_id = p.id "
            "GROUP BY p.id HAVING count(m.id) != p.rows").fetchall()
        assert half == []
        orphans = raw.execute(
            "SELECT count(*) FROM movement m WHERE NOT EXISTS "
            "(SELECT 1 FROM movement_origin o WHERE o.movement_id = m.id)").fetchone()[0]
        assert orphans == 0
        done = [line for line in lines if line.startswith(("single", "import"))]
        cut_short = bool(lines) and lines[-1].startswith("begin")
        return raw.execute("SELECT count(*) FROM movement").fetchone()[0], len(done), cut_short
    finally:
        raw.close()


def run_rounds(tmp_path: Path, rounds: int, seed: int, per_database: int = 25) -> tuple[int, int, int]:
    """``rounds`` kills, a fresh database every ``per_database`` rounds so
    that a long run checks many young ledgers rather than one huge one.
    Returns (movements at the end, acknowledged postings, imports cut short)."""
    rng = random.Random(seed)
    acknowledged = imports_cut = movements = 0
    for n in range(rounds):
        if n % per_database == 0:
            folder = tmp_path / f"db{n // per_database}"
            folder.mkdir()
            db_path, acks = folder / "ledger.sqlite3", folder / "acks.txt"
            init_database(db_path, enterprise=ENTERPRISE, credit_code=CREDIT_CODE, user="kill").close()
            before = 0
        _round(db_path, acks, seed * 1000 + n, rng)
        movements, done, cut_short = _check(db_path, acks)
        acknowledged += done - before
        before = done
        imports_cut += cut_short
        if cut_short:  # the next round starts from a finished line
            with acks.open("a", encoding="utf-8") as fh:
                fh.write("killed\n")
        for leftover in folder.glob("import-*.csv"):
            leftover.unlink()
    return movements, acknowledged, imports_cut


@pytest.mark.slow
def test_twenty_kills_keep_every_acknowledged_movement(tmp_path):
    movements, acknowledged, _cut = run_rounds(tmp_path, 20, seed=1)
    assert acknowledged > 0 and movements > 0


@pytest.mark.soak
def test_five_hundred_kills_keep_every_acknowledged_movement(tmp_path):
    rounds = int(os.environ.get("REE_DESK_KILL_ROUNDS", "500"))
    movements, acknowledged, cut = run_rounds(tmp_path, rounds, seed=2)
    print(f"{rounds} rounds survived; {acknowledged} postings acknowledged; {cut} imports cut short; "
          f"{movements} movements")
