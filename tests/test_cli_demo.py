"""The demo command and what the other commands make of its database."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from test_cli import KG, all_kg_strings, err_lines, kg, run, run_json, sub  # the CLI tests' helpers

# --------------------------------------------------------------------------
# demo


def _sql_stock(path: Path, day: str) -> list[tuple]:
    """Stock per lot straight from the movement table, independent of the program's snapshots."""
    with sqlite3.connect(path) as con:
        return con.execute(
            "SELECT mat.code, l.lot_no, SUM(m.mass_g), SUM(m.reo_g) FROM movement m "
            "JOIN lot l ON l.id = m.lot_id JOIN material mat ON mat.id = l.material_id "
            "WHERE m.day <= ? GROUP BY m.lot_id HAVING SUM(m.mass_g) != 0 OR SUM(m.reo_g) != 0 "
            "ORDER BY mat.code, l.lot_no", (day,),
        ).fetchall()


def _sql_quota(path: Path, year: int) -> dict[tuple[str, str], dict]:
    """Quota position computed from the tables: (kind, scope) -> allocated, used by origin."""
    with sqlite3.connect(path) as con:
        alloc: dict[tuple[str, str], int] = {}
        for kind, scope, grams in con.execute(
                "SELECT kind, scope, SUM(reo_g) FROM quota_allocation WHERE year = ? GROUP BY kind, scope", (year,)):
            alloc[(kind, scope)] = grams
        use = con.execute(
            "SELECT m.quota_kind, o.country, SUM(CASE WHEN m.type = 'FEED' THEN -o.reo_g ELSE o.reo_g END) "
            "FROM movement m JOIN movement_origin o ON o.movement_id = m.id "
            "WHERE m.quota_kind IS NOT NULL AND m.day BETWEEN ? AND ? GROUP BY m.quota_kind, o.country",
            (f"{year}-01-01", f"{year}-12-31"),
        ).fetchall()
    out = {key: {"allocated": grams, "used": {}} for key, grams in alloc.items()}
    for kind, country, grams in use:
        scopes = {s for (k, s) in alloc if k == kind}
        natural = "domestic" if country == "CN" else "imported"
        scope = natural if natural in scopes else "any"
        line = out.setdefault((kind, scope), {"allocated": 0, "used": {}})
        if grams:
            line["used"][country] = line["used"].get(country, 0) + grams
    return out


@pytest.mark.slow
def test_demo_then_quota_and_stock(capsys, tmp_path):
    path = tmp_path / "demo.sqlite3"
    code, out, err = run(capsys, "demo", "--movements", "2000", "--db", path, "--end", "2026-03-31")
    assert (code, err) == (0, "")
    assert out.startswith(f"demo database {path}: ")
    first_line, tour, _blank, *quota_table = out.splitlines()
    assert first_line.endswith(" to 2026-03-31, 12 months closed")
    assert tour == f'try: ree-desk stock --db "{path}" --as-of 2026-03-31'
    assert quota_table[0].startswith("Quota 2026 (t REO)")
    kinds = [row.split()[0] for row in quota_table[3:]]
    assert kinds[:3] == ["mining_rock", "mining_ionic", "separation"] and set(kinds[3:]) <= {"separation"}

    quota = run_json(capsys, "quota", "status", "--db", path, "--year", "2026", "--as-of", "2026-03-31", "--json")
    assert quota["year"] == 2026
    expected = _sql_quota(path, 2026)
    assert expected, "the demo allocates quotas"
    got = {}
    for q in quota["quotas"]:
        assert set(q) >= {"kind", "scope", "allocated_kg", "used_kg", "remaining_kg", "used_by_origin"}
        got[(q["kind"], q["scope"])] = q
    assert set(got) == set(expected)
    for key, line in expected.items():
        used = sum(line["used"].values())
        q = got[key]
        assert q["allocated_kg"] == kg(line["allocated"]), key
        assert q["used_kg"] == kg(used), key
        assert q["remaining_kg"] == kg(line["allocated"] - used), key
        assert q["used_by_origin"] == {c: kg(g) for c, g in sorted(line["used"].items())}, key
    assert all(KG.match(s) for s in all_kg_strings(quota))

    stock = run_json(capsys, "stock", "--db", path, "--as-of", "2026-03-31", "--json")
    assert stock["as_of"] == "2026-03-31"
    assert stock["lots"], "the demo leaves stock"
    assert [(l["material"], l["lot"], l["mass_kg"], l["reo_kg"]) for l in stock["lots"]] == \
        [(m, lot, kg(mass), kg(reo)) for m, lot, mass, reo in _sql_stock(path, "2026-03-31")]
    assert all(KG.match(s) for s in all_kg_strings(stock))
    assert all(len(l["origin"]) == 2 for l in stock["lots"])

    # mid-month, with closed months behind it: the snapshots agree with the raw ledger
    mid = run_json(capsys, "stock", "--db", path, "--as-of", "2025-11-15", "--json")
    assert [(l["material"], l["lot"], l["mass_kg"], l["reo_kg"]) for l in mid["lots"]] == \
        [(m, lot, kg(mass), kg(reo)) for m, lot, mass, reo in _sql_stock(path, "2025-11-15")]


def test_demo_refuses_to_overwrite_without_force(capsys, tmp_path):
    path = tmp_path / "demo.sqlite3"
    path.write_bytes(b"precious")
    code, out, err = run(capsys, "demo", "--movements", "2000", "--db", path, "--end", "2026-03-31")
    assert (code, out) == (1, "")
    assert err_lines(err) == [
        f"ree-desk: column --db: expected a file that does not exist yet (or --force to replace it), found {path}",
        "ree-desk: 1 problem(s); nothing was written",
    ]
    assert path.read_bytes() == b"precious"


def test_demo_through_a_subprocess_and_force(tmp_path):
    first = sub(tmp_path, "demo", "--movements", "2000", "--db", "demo.sqlite3", "--end", "2026-03-31", "--json")
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    assert (summary["last_day"], summary["closed_months"]) == ("2026-03-31", 12)

    again = sub(tmp_path, "demo", "--movements", "2000", "--db", "demo.sqlite3", "--end", "2026-03-31")
    assert again.returncode == 1
    assert "Traceback" not in again.stderr
    assert "--force" in again.stderr.splitlines()[0]

    forced = sub(tmp_path, "demo", "--movements", "2000", "--db", "demo.sqlite3", "--end", "2026-03-31",
                 "--seed", "7", "--force", "--json")
    assert forced.returncode == 0, forced.stderr
    assert json.loads(forced.stdout)["last_day"] == "2026-03-31"

    status = sub(tmp_path, "quota", "status", "--year", "2026", "--as-of", "2026-03-31", "--json",
                 "--db", "demo.sqlite3")
    assert status.returncode == 0
    assert json.loads(status.stdout)["year"] == 2026
    stock = sub(tmp_path, "--db", "demo.sqlite3", "stock", "--as-of", "2026-03-31", "--json")
    assert stock.returncode == 0
    assert json.loads(stock.stdout)["as_of"] == "2026-03-31"


def test_demo_size_out_of_range(capsys, tmp_path):
    code, out, err = run(capsys, "demo", "--movements", "50", "--db", tmp_path / "d.sqlite3")
    assert (code, out) == (1, "")
    assert err_lines(err)[0] == 'ree-desk: column --movements: expected a size from 100 to 1,000,000, found 50'
    assert not (tmp_path / "d.sqlite3").exists()
