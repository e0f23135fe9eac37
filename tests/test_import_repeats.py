"""Importing what the ledger already holds, through the real command line on
real SQLite files: a file imported before (under any name) and rows that
repeat posted movements are warnings; nothing is written unless accepted."""
from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CREDIT_CODE, write_csv
from ree_desk.domain.ledger.plan import REPEAT

ROOT = Path(__file__).resolve().parent.parent
ROWS = 2500  # enough for the import to write while it checks
FILE_WARNING = re.compile(
    r'ree-desk: warning: expected a file not imported before, found the same content imported as "june\.csv" '
    r"on \d{4}-\d\d-\d\d \d\d:\d\d by 张三 \(posting 1, 2,500 movements\)")
SUMMARY = ("ree-desk: {n} warning(s) (negative stock, over quota or a repeat); nothing was written. "
           "Accept them with a reason to record the movements flagged")


def ree_desk(tmp_path: Path, *argv: object, user: str = "张三") -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
               HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "home" / "data"))
    return subprocess.run(
        [sys.executable, "-m", "ree_desk", "--db", str(tmp_path / "ledger.sqlite3"), "--user", user,
         *[str(a) for a in argv]],
        capture_output=True, text=True, encoding="utf-8", cwd=tmp_path, env=env, timeout=300)


def receipt(n: int, day: str = "2026-06-01", **over) -> dict:
    row = dict(date=day, type="RECEIPT", material="CONC-BAST", lot=f"B{n:04d}", mass_kg=f"{100 + n}.5",
               grade_pct="60", origin="CN", counterparty="包头某矿业有限公司", invoice_no=f"INV-{n:04d}")
    row.update(over)
    return row


def feed(n: int, day: str = "2026-06-02", **over) -> dict:
    row = dict(date=day, type="FEED", material="CONC-BAST", lot=f"B{n:04d}", mass_kg="10", grade_pct="60",
               run=f"R{n % 7}")
    row.update(over)
    return row


def june(path: Path) -> Path:
    """Receipts into lots, and a feed from every tenth of them (the feeds use quota)."""
    receipts = [receipt(n) for n in range(ROWS - ROWS // 10)]
    return write_csv(path, receipts + [feed(n) for n in range(0, len(receipts), 9)][: ROWS // 10])


def counts(tmp_path: Path) -> tuple[int, int]:
    with sqlite3.connect(tmp_path / "ledger.sqlite3") as con:
        return con.execute("SELECT (SELECT COUNT(*) FROM movement), (SELECT COUNT(*) FROM posting)").fetchone()


def separation_used(tmp_path: Path) -> str:
    done = ree_desk(tmp_path, "quota", "status", "--year", "2026", "--json")
    assert done.returncode == 0, done.stderr
    [line] = [q for q in json.loads(done.stdout)["quotas"] if q["kind"] == "separation"]
    return line["used_kg"]


@pytest.fixture
def ledger(tmp_path) -> Path:
    done = ree_desk(tmp_path, "init", "--enterprise", "测试稀土", "--credit-code", CREDIT_CODE)
    assert done.returncode == 0, done.stderr
    return tmp_path


def test_the_same_file_again_under_any_name_is_refused_naming_the_first_import(ledger):
    path = june(ledger / "june.csv")
    first = ree_desk(ledger, "import", path)
    assert (first.returncode, first.stdout, first.stderr) == (0, f"imported {ROWS} movements from june.csv\n", "")
    before, used = counts(ledger), separation_used(ledger)
    assert before == (ROWS, 1) and used != "0.000"

    copy = ledger / "june (1).csv"
    copy.write_bytes(path.read_bytes())
    for again in (path, copy):
        for extra in ((), ("--dry-run",)):
            done = ree_desk(ledger, "import", again, *extra, user="李四")
            assert (done.returncode, done.stdout) == (1, "")
            # One warning for the file, not one for each of its rows.
            lines = done.stderr.splitlines()
            assert len(lines) == 2 and FILE_WARNING.fullmatch(lines[0]), lines
            assert lines[1] == SUMMARY.format(n=1)
    assert counts(ledger) == before and separation_used(ledger) == used


def test_the_same_file_accepted_with_a_reason_is_written_flagged(ledger):
    path = june(ledger / "june.csv")
    assert ree_desk(ledger, "import", path).returncode == 0
    copy = ledger / "june-again.csv"
    copy.write_bytes(path.read_bytes())
    done = ree_desk(ledger, "import", copy, "--accept-warnings", "--reason", "两车同批号，经主管核实")
    assert (done.returncode, done.stdout, done.stderr) == (
        0, f"imported {ROWS} movements from june-again.csv, {ROWS} flagged\n", "")
    with sqlite3.connect(ledger / "ledger.sqlite3") as con:
        by_posting = con.execute(
            "SELECT posting_id, flags, accept_reason, COUNT(*) FROM movement GROUP BY 1, 2, 3 ORDER BY 1").fetchall()
        [(reason, sha)] = con.execute("SELECT accept_reason, sha256 FROM posting WHERE id = 2").fetchall()
    assert by_posting == [(1, 0, None, ROWS), (2, REPEAT, "两车同批号，经主管核实", ROWS)]
    assert reason == "两车同批号，经主管核实" and sha is not None
    # A third time names both earlier imports.
    third = ree_desk(ledger, "import", path)
    assert third.returncode == 1
    assert [line.split(" found ")[1].split(" on ")[0] for line in third.stderr.splitlines()[:2]] == [
        'the same content imported as "june.csv"', 'the same content imported as "june-again.csv"']


def test_a_new_file_names_each_row_that_repeats_the_ledger(ledger):
    assert ree_desk(ledger, "import", write_csv(ledger / "june.csv", [receipt(n) for n in range(60)] +
                                                [feed(n) for n in range(20)])).returncode == 0
    # Movement 31 is reversed: the same receipt posted again is the correction, not a repeat.
    assert ree_desk(ledger, "reverse", "31", "--reason", "wrong invoice", "--date", "2026-06-30").returncode == 0
    rows = [receipt(n, lot=f"N{n:03d}") for n in range(96)]
    rows[6] = receipt(10)                                  # line 8: receipt 10 again (movement 11)
    rows[40] = receipt(3, invoice_no="ｉｎｖ-0003")          # line 42: receipt 3, its invoice typed otherwise
    rows[41] = receipt(4, mass_kg="104.6")                 # line 43: another mass, so a new receipt
    rows[50] = receipt(30)                                 # line 52: receipt 30 again (movement 31 is reversed)
    rows += [feed(7), feed(7), feed(7, run="R-OTHER"), feed(8, mass_kg="9")]
    # lines 98, 99, 100: feed 7 three times, the ledger holds it once (movement 68): its first row
    # repeats it, the others are new; line 101 feeds another mass
    new = write_csv(ledger / "june-more.csv", rows)
    before = counts(ledger)
    done = ree_desk(ledger, "import", new)
    assert (done.returncode, done.stdout) == (1, "")
    named = [re.match(r"ree-desk: line (\d+): warning: expected a movement not in the ledger yet, found a repeat "
                      r"of movement (\d+) \(posted \S+ \S+ by 张三 in posting 1\): same day, type, material, lot, "
                      r"mass and documents$", line) for line in done.stderr.splitlines()[:-1]]
    assert all(named), done.stderr
    assert len(rows) == 100 and [(int(m[1]), int(m[2])) for m in named] == [(8, 11), (42, 4), (98, 68)]
    assert done.stderr.splitlines()[-1] == SUMMARY.format(n=3)
    assert counts(ledger) == before

    accepted = ree_desk(ledger, "import", new, "--accept-warnings", "--reason", "second delivery on the same day")
    assert accepted.returncode == 0 and accepted.stdout.endswith(", 3 flagged\n")
    with sqlite3.connect(ledger / "ledger.sqlite3") as con:
        flagged = con.execute("SELECT source_line, flags, accept_reason FROM movement WHERE flags != 0 "
                              "ORDER BY source_line").fetchall()
    assert flagged == [(8, REPEAT, "second delivery on the same day"), (42, REPEAT, "second delivery on the same day"),
                       (98, REPEAT, "second delivery on the same day")]


def test_a_known_file_is_refused_at_once_and_a_dry_run_checks_it_whole(db, tmp_path):
    from ree_desk.domain.problems import InputRejected
    from ree_desk.services.importer import import_file

    path = write_csv(tmp_path / "short.csv", [receipt(1, mass_kg="10"), feed(1, mass_kg="15")])
    import_file(db, path, user="张三", accept_reason="称重误差")  # the feed leaves the lot below zero
    for dry_run, found in ((False, [(None, None)]), (True, [(None, None), (3, "mass_kg")])):
        with pytest.raises(InputRejected) as refused:
            import_file(db, path, user="t", dry_run=dry_run)
        assert [(p.line, p.column) for p in refused.value.problems] == found
        assert all(p.warning for p in refused.value.problems)
