"""The ``ree-desk`` command line: exit codes, one-line errors, JSON shapes of SPEC section 4."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CREDIT_CODE, raw_sql_at, write_csv
from ree_desk import __version__
from ree_desk.cli.main import main
from ree_desk.domain.credit_code import check_character

KG = re.compile(r"^-?\d+\.\d{3}$")
ROOT = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------
# helpers


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """In-process call; returns (exit status, stdout, stderr)."""
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, *argv: str) -> dict:
    code, out, err = run(capsys, *argv)
    assert (code, err) == (0, "")
    return json.loads(out)


def env_for(tmp_path: Path) -> dict:
    env = dict(os.environ)
    # the default database lives in the user's data folder: keep it inside tmp_path
    env["HOME"] = str(tmp_path / "home")
    env["XDG_DATA_HOME"] = str(tmp_path / "home" / "data")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def sub(tmp_path: Path, *argv: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ree_desk", *[str(a) for a in argv]],
        capture_output=True, text=True, encoding="utf-8", cwd=tmp_path, env=env_for(tmp_path), timeout=300,
    )


def err_lines(err: str) -> list[str]:
    return err.splitlines()


def init_db(capsys, path: Path) -> Path:
    code, out, err = run(capsys, "init", "--enterprise", "测试稀土", "--credit-code", CREDIT_CODE, "--db", path)
    assert (code, out, err) == (0, f"created {path}\n", "")
    return path


def all_kg_strings(obj) -> list[str]:
    """Every value under a key ending in _kg, and every used_by_origin / origin_shares value."""
    found = []
    if isinstance(obj, dict):
        for key, value in obj.items():
            if key.endswith("_kg") and isinstance(value, str):
                found.append(value)
            elif key in ("used_by_origin", "origin_shares"):
                found.extend(value.values())
            else:
                found.extend(all_kg_strings(value))
    elif isinstance(obj, list):
        for item in obj:
            found.extend(all_kg_strings(item))
    return found


def kg(grams: int) -> str:
    """Grams as the kg string of SPEC section 4, computed independently of the program."""
    sign = "-" if grams < 0 else ""
    return f"{sign}{abs(grams) // 1000}.{abs(grams) % 1000:03d}"


# --------------------------------------------------------------------------
# a small ledger
#
# Hand computation, REO = round-half-up(mass_g * grade_bp / 10000):
#   line 2 RECEIPT CONC-MONAZITE MM-01  25000.5 kg @ 55.25 %: 25000500 g, 13812776.25 -> 13812776 (MM)
#   line 3 RECEIPT IONIC-MIX-OX CN-IX-1  1000 kg @ 92.01 %:   1000000 g, 920100 (CN)
#   line 4 FEED CONC-MONAZITE MM-01  10000.001 kg @ 55.25 %: -10000001 g, 5525000.5525 -> -5525001
#   line 5 FEED IONIC-MIX-OX CN-IX-1  300.003 kg @ 92.01 %:  -300003 g, 276032.7603 -> -276033
#   line 6 OUTPUT DY-OX DY-1  10 kg @ 99.99 %:  10000 g, 9999 (shares MM 5525001, CN 276033)
LEDGER = [
    dict(date="2026-02-02", type="RECEIPT", material="CONC-MONAZITE", lot="MM-01", mass_kg="25,000.5",
         grade_pct="55.25", origin="MM", counterparty="Myanmar Minerals Co.", customs_no="220120261000123456"),
    dict(date="2026-02-02", type="RECEIPT", material="IONIC-MIX-OX", lot="CN-IX-1", mass_kg="1000",
         grade_pct="92.01", origin="CN", origin_detail="江西", counterparty="赣州稀土", credit_code=CREDIT_CODE),
    dict(date="2026-02-10", type="FEED", material="CONC-MONAZITE", lot="MM-01", mass_kg="10000.001",
         grade_pct="55.25", run="R-0210"),
    dict(date="2026-02-10", type="FEED", material="IONIC-MIX-OX", lot="CN-IX-1", mass_kg="300.003",
         grade_pct="92.01", run="R-0210"),
    dict(date="2026-02-12", type="OUTPUT", material="DY-OX", lot="DY-1", mass_kg="10", grade_pct="99.99",
         run="R-0210"),
]


@pytest.fixture
def ledger(capsys, tmp_path, db_target) -> Path | str:
    """A database with quotas (separation: 10 t any, 0.5 t domestic) and LEDGER imported:
    a file, or a database on the test server."""
    path = init_db(capsys, db_target)
    code, out, err = run(capsys, "quota", "add", "--db", path, "--year", "2026", "--kind", "separation",
                         "--tonnes", "10")
    assert (code, out, err) == (0, "added quota allocation 1: 2026 separation (any) 10 t REO\n", "")
    code, out, err = run(capsys, "--db", path, "quota", "add", "--year", "2026", "--kind", "separation",
                         "--tonnes", "0.5", "--scope", "domestic", "--doc", "工信部联原〔2026〕1号")
    assert (code, err) == (0, "")
    csv_path = write_csv(tmp_path / "ledger.csv", LEDGER)
    code, out, err = run(capsys, "import", csv_path, "--db", path, "--user", "clerk")
    assert (code, out, err) == (0, "imported 5 movements from ledger.csv\n", "")
    return path


# --------------------------------------------------------------------------
# init


def test_init_creates_the_database(capsys, tmp_path):
    path = tmp_path / "new" / "desk.sqlite3"
    init_db(capsys, path)
    assert path.is_file()
    with raw_sql_at(path) as con:
        assert con.execute("SELECT name, credit_code FROM enterprise").fetchall() == [("测试稀土", CREDIT_CODE)]
        codes = {r[0] for r in con.execute("SELECT code FROM material")}
    assert {"ORE-ROCK", "CONC-BAST", "MIX-CARB", "SCRAP-NDFEB", "ND-OX", "DY-OX", "TB-MET", "MAG-NDFEB"} <= codes


def test_init_with_a_bad_check_character_names_the_expected_one(capsys, tmp_path):
    first17 = "91110108MA01ABCDE"
    right = check_character(first17)
    wrong = "0" if right != "0" else "1"
    path = tmp_path / "desk.sqlite3"
    code, out, err = run(capsys, "init", "--enterprise", "X", "--credit-code", first17 + wrong, "--db", path)
    assert code == 1
    assert out == ""
    assert err_lines(err) == [f"ree-desk: check character should be {right}, found {wrong}"]
    assert not path.exists()


def test_init_on_an_existing_file_is_refused(capsys, tmp_path):
    path = init_db(capsys, tmp_path / "desk.sqlite3")
    before = path.read_bytes()
    code, out, err = run(capsys, "init", "--enterprise", "Y", "--credit-code", CREDIT_CODE, "--db", path)
    assert code == 1
    assert out == ""
    assert err_lines(err) == [f"ree-desk: {path} already exists; choose another file or open it"]
    assert path.read_bytes() == before


def test_init_through_a_subprocess(tmp_path):
    good = sub(tmp_path, "init", "--enterprise", "测试", "--credit-code", CREDIT_CODE, "--db", "a.sqlite3")
    assert (good.returncode, good.stdout, good.stderr) == (0, "created a.sqlite3\n", "")
    assert (tmp_path / "a.sqlite3").is_file()

    again = sub(tmp_path, "--db", "a.sqlite3", "init", "--enterprise", "测试", "--credit-code", CREDIT_CODE)
    assert again.returncode == 1
    assert again.stdout == ""
    assert again.stderr == "ree-desk: a.sqlite3 already exists; choose another file or open it\n"

    bad = sub(tmp_path, "init", "--enterprise", "测试", "--credit-code", CREDIT_CODE[:-1] + "4", "--db", "b.sqlite3")
    assert bad.returncode == 1
    assert bad.stderr == "ree-desk: check character should be 3, found 4\n"
    assert "Traceback" not in bad.stderr
    assert not (tmp_path / "b.sqlite3").exists()


def test_init_with_a_short_credit_code_is_one_line(capsys, tmp_path):
    code, out, err = run(capsys, "init", "--enterprise", "X", "--credit-code", "9135", "--db", tmp_path / "d")
    assert (code, out) == (1, "")
    assert err_lines(err) == ["ree-desk: expected 18 characters, found 4"]


# --------------------------------------------------------------------------
# --db before and after the subcommand


def test_db_option_before_and_after_the_subcommand(capsys, tmp_path):
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    assert run(capsys, "--db", a, "init", "--enterprise", "A", "--credit-code", CREDIT_CODE)[0] == 0
    assert run(capsys, "init", "--enterprise", "B", "--credit-code", CREDIT_CODE, "--db", b)[0] == 0
    assert a.is_file() and b.is_file()

    # quota add: --db at the top, between "quota" and "add", and at the end
    assert run(capsys, "--db", a, "quota", "add", "--year", "2026", "--kind", "separation", "--tonnes", "1")[0] == 0
    assert run(capsys, "quota", "--db", a, "add", "--year", "2026", "--kind", "separation", "--tonnes", "2")[0] == 0
    assert run(capsys, "quota", "add", "--year", "2026", "--kind", "mining_rock", "--tonnes", "3", "--db", b)[0] == 0

    top = run_json(capsys, "--db", a, "quota", "status", "--year", "2026", "--as-of", "2026-06-30", "--json")
    end = run_json(capsys, "quota", "status", "--year", "2026", "--as-of", "2026-06-30", "--json", "--db", a)
    assert top == end
    assert [(q["kind"], q["allocated_kg"]) for q in top["quotas"]] == [("separation", "3000.000")]
    other = run_json(capsys, "quota", "status", "--year", "2026", "--as-of", "2026-06-30", "--json", "--db", b)
    assert [(q["kind"], q["allocated_kg"]) for q in other["quotas"]] == [("mining_rock", "3000.000")]

    assert run_json(capsys, "--db", a, "stock", "--as-of", "2026-06-30", "--json") == \
        run_json(capsys, "stock", "--as-of", "2026-06-30", "--json", "--db", a)


# --------------------------------------------------------------------------
# quota status and stock JSON


def test_quota_status_json_shape_and_values(capsys, ledger):
    data = run_json(capsys, "quota", "status", "--db", ledger, "--year", "2026", "--as-of", "2026-02-28", "--json")
    assert data["year"] == 2026
    assert isinstance(data["year"], int)
    assert [{k: q[k] for k in ("kind", "scope", "allocated_kg", "used_kg", "remaining_kg", "used_by_origin")}
            for q in data["quotas"]] == [
        {"kind": "separation", "scope": "any", "allocated_kg": "10000.000", "used_kg": kg(5525001),
         "remaining_kg": kg(10_000_000 - 5525001), "used_by_origin": {"MM": kg(5525001)}},
        {"kind": "separation", "scope": "domestic", "allocated_kg": "500.000", "used_kg": kg(276033),
         "remaining_kg": kg(500_000 - 276033), "used_by_origin": {"CN": kg(276033)}},
    ]
    assert kg(5525001) == "5525.001" and kg(276033) == "276.033" and kg(223967) == "223.967"
    strings = all_kg_strings(data)
    assert len(strings) == 8
    assert all(KG.match(s) for s in strings), strings


def test_quota_status_of_a_year_without_anything(capsys, ledger):
    data = run_json(capsys, "quota", "status", "--db", ledger, "--year", "2027", "--as-of", "2027-01-31", "--json")
    assert data["year"] == 2027
    assert data["quotas"] == []


def test_quota_add_adds_up_batches_of_the_same_scope(capsys, ledger):
    code, out, err = run(capsys, "quota", "add", "--db", ledger, "--year", "2026", "--kind", "separation",
                         "--tonnes", "0.000001", "--batch", "2")
    assert (code, err) == (0, "")
    data = run_json(capsys, "quota", "status", "--db", ledger, "--year", "2026", "--as-of", "2026-02-28", "--json")
    first = data["quotas"][0]
    # 10 t + 1 g
    assert (first["scope"], first["allocated_kg"], first["remaining_kg"]) == ("any", "10000.001", kg(4474999 + 1))


@pytest.mark.parametrize("tonnes", ["0", "-1", "1e3", "abc", "1.0000001"])
def test_quota_add_rejects_bad_tonnes(capsys, ledger, tonnes):
    code, out, err = run(capsys, "quota", "add", "--db", ledger, "--year", "2026", "--kind", "separation",
                         f"--tonnes={tonnes}")
    assert (code, out) == (1, "")
    lines = err_lines(err)
    assert lines[0].startswith("ree-desk: column tonnes: expected ")
    assert lines[-1] == "ree-desk: 1 problem(s); nothing was written"
    assert len(lines) == 2
    data = run_json(capsys, "quota", "status", "--db", ledger, "--year", "2026", "--as-of", "2026-02-28", "--json")
    assert [q["allocated_kg"] for q in data["quotas"]] == ["10000.000", "500.000"]


def test_stock_json_shape_and_values(capsys, ledger):
    data = run_json(capsys, "stock", "--db", ledger, "--as-of", "2026-02-28", "--json")
    assert data["as_of"] == "2026-02-28"
    assert [{k: lot[k] for k in ("material", "lot", "origin", "mass_kg", "reo_kg")} for lot in data["lots"]] == [
        {"material": "CONC-MONAZITE", "lot": "MM-01", "origin": "MM",
         "mass_kg": kg(25000500 - 10000001), "reo_kg": kg(13812776 - 5525001)},
        {"material": "DY-OX", "lot": "DY-1", "origin": "MM", "mass_kg": "10.000", "reo_kg": "9.999"},
        {"material": "IONIC-MIX-OX", "lot": "CN-IX-1", "origin": "CN",
         "mass_kg": kg(1000000 - 300003), "reo_kg": kg(920100 - 276033)},
    ]
    assert (kg(25000500 - 10000001), kg(13812776 - 5525001)) == ("15000.499", "8287.775")
    assert (kg(1000000 - 300003), kg(920100 - 276033)) == ("699.997", "644.067")
    assert all(KG.match(s) for s in all_kg_strings(data))


def test_stock_json_before_and_between_movements(capsys, ledger):
    assert run_json(capsys, "stock", "--db", ledger, "--as-of", "2026-02-01", "--json")["lots"] == []
    data = run_json(capsys, "stock", "--db", ledger, "--as-of", "2026-02-09", "--json")
    assert [(l["material"], l["lot"], l["origin"], l["mass_kg"], l["reo_kg"]) for l in data["lots"]] == [
        ("CONC-MONAZITE", "MM-01", "MM", "25000.500", "13812.776"),
        ("IONIC-MIX-OX", "CN-IX-1", "CN", "1000.000", "920.100"),
    ]


def test_stock_material_filter_and_text_output(capsys, ledger):
    data = run_json(capsys, "stock", "--db", ledger, "--as-of", "2026-02-28", "--material", "DY-OX", "--json")
    assert [(l["material"], l["mass_kg"]) for l in data["lots"]] == [("DY-OX", "10.000")]
    code, out, err = run(capsys, "stock", "--db", ledger, "--as-of", "2026-02-28")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Stock as of 2026-02-28 库存（截至）"
    assert any("MM-01" in l and "15,000.499" in l and "8,287.775" in l for l in lines)
    # total 合计: 15000.499 + 10 + 699.997 kg; 8287.775 + 9.999 + 644.067 kg REO
    assert lines[-1].split()[:2] == ["total", "合计"]
    assert lines[-1].split()[-2:] == ["15,710.496", "8,941.841"]


def test_stock_json_origin_of_a_made_lot_as_of_an_earlier_day(capsys, ledger, tmp_path):
    later = write_csv(tmp_path / "later.csv", [
        dict(date="2026-02-12", type="OUTPUT", material="DY-OX", lot="DY-2", mass_kg="1", grade_pct="99",
             run="R-0210"),                                     # 990 g from run R-0210: mostly MM
        dict(date="2026-03-02", type="FEED", material="IONIC-MIX-OX", lot="CN-IX-1", mass_kg="600",
             grade_pct="92.01", run="R-0302"),                  # 552,060 g CN
        dict(date="2026-03-03", type="OUTPUT", material="DY-OX", lot="DY-2", mass_kg="500", grade_pct="99",
             run="R-0302"),                                     # 495,000 g, all CN
    ])
    code, out, err = run(capsys, "import", later, "--db", ledger, "--accept-warnings", "--reason", "超配额")
    assert code == 0, err
    data = run_json(capsys, "stock", "--db", ledger, "--as-of", "2026-02-28", "--material", "DY-OX", "--json")
    assert [(l["lot"], l["origin"], l["mass_kg"]) for l in data["lots"]] == [
        ("DY-1", "MM", "10.000"), ("DY-2", "MM", "1.000"),
    ]


# --------------------------------------------------------------------------
# import


def test_import_with_bad_rows_exit_1_one_line_per_error(capsys, tmp_path, db_target):
    path = init_db(capsys, db_target)
    bad = write_csv(tmp_path / "bad.csv", [
        dict(LEDGER[0]),                                  # line 2: good
        dict(LEDGER[0], lot="X", date="2026-02-31"),      # line 3
        dict(LEDGER[0], lot="Y", grade_pct="55.255"),     # line 4
        dict(LEDGER[0], lot="Z", customs_no=""),          # line 5
    ])
    code, out, err = run(capsys, "import", bad, "--db", path)
    assert (code, out) == (1, "")
    assert err_lines(err) == [
        'ree-desk: line 3, column date: expected a date as YYYY-MM-DD, found "2026-02-31"',
        'ree-desk: line 4, column grade_pct: expected a grade in % with at most 2 decimals, found "55.255"',
        "ree-desk: line 5, column customs_no: expected the customs declaration number of an import from MM, "
        "found nothing",
        "ree-desk: 3 problem(s); nothing was written",
    ]
    with raw_sql_at(path) as con:
        assert con.execute("SELECT COUNT(*) FROM movement").fetchone() == (0,)


def test_import_bad_rows_through_a_subprocess(tmp_path):
    assert sub(tmp_path, "init", "--enterprise", "E", "--credit-code", CREDIT_CODE, "--db", "d.sqlite3"
               ).returncode == 0
    write_csv(tmp_path / "bad.csv", [
        dict(LEDGER[1], mass_kg="NaN"),
        dict(LEDGER[1], lot="B", type="盘点"),    # ADJUSTMENT without a reason
        dict(LEDGER[1], lot="C", origin="Atlantis"),
    ])
    result = sub(tmp_path, "import", "bad.csv", "--db", "d.sqlite3")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert [re.match(r"ree-desk: line (\d+), column (\w+): expected ", l).groups() for l in lines[:-1]] == [
        ("2", "mass_kg"), ("3", "note"), ("4", "origin"),
    ]
    assert lines[-1] == "ree-desk: 3 problem(s); nothing was written"


def test_import_json_output_and_user_recorded(capsys, tmp_path, db_target):
    path = init_db(capsys, db_target)
    csv_path = write_csv(tmp_path / "two.csv", LEDGER[:2])
    data = run_json(capsys, "import", csv_path, "--db", path, "--user", "王会计", "--json")
    assert data == {"file": str(csv_path), "rows": 2, "flagged": 0, "posting": 1, "dry_run": False}
    with raw_sql_at(path) as con:
        assert con.execute('SELECT "by", source, rows FROM posting').fetchall() == [("王会计", "two.csv", 2)]


def test_import_dry_run_writes_nothing(capsys, tmp_path, db_target):
    path = init_db(capsys, db_target)
    csv_path = write_csv(tmp_path / "led.csv", LEDGER)
    code, out, err = run(capsys, "import", csv_path, "--db", path, "--dry-run")
    assert (code, out, err) == (0, "checked (dry run, nothing written) 5 movements from led.csv\n", "")
    assert run_json(capsys, "stock", "--db", path, "--as-of", "2026-12-31", "--json")["lots"] == []


def _negative_file(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "neg.csv", [
        LEDGER[1],
        dict(LEDGER[3], material="IONIC-MIX-OX", lot="CN-IX-1", mass_kg="1000.001", grade_pct="92.01"),
    ])


def test_import_warnings_need_accept_and_reason(capsys, tmp_path, db_target):
    path = init_db(capsys, db_target)
    neg = _negative_file(tmp_path)

    code, out, err = run(capsys, "import", neg, "--db", path)
    assert (code, out) == (1, "")
    lines = err_lines(err)
    assert lines[0] == ('ree-desk: line 3, column mass_kg: warning: expected stock of lot "CN-IX-1" (IONIC-MIX-OX) '
                        "to stay at or above zero, found -0.001 kg at the end of 2026-02-10")
    assert len(lines) == 2
    assert lines[1].startswith("ree-desk: 1 warning(s) (negative stock, over quota or a repeat); nothing was written")

    code, out, err = run(capsys, "import", neg, "--db", path, "--accept-warnings")
    assert (code, out) == (1, "")
    assert err_lines(err) == [
        "ree-desk: column --reason: expected a reason with --accept-warnings, found none",
        "ree-desk: 1 problem(s); nothing was written",
    ]
    code, out, err = run(capsys, "import", neg, "--db", path, "--accept-warnings", "--reason", "   ")
    assert code == 1
    code, out, err = run(capsys, "import", neg, "--db", path, "--reason", "称重误差")
    assert code == 1
    assert err_lines(err)[0] == ("ree-desk: column --accept-warnings: expected --accept-warnings with --reason, "
                                 "found --reason alone")
    with raw_sql_at(path) as con:
        assert con.execute("SELECT COUNT(*) FROM movement").fetchone() == (0,)

    code, out, err = run(capsys, "import", neg, "--db", path, "--accept-warnings", "--reason", "称重误差")
    assert (code, out, err) == (0, "imported 2 movements from neg.csv, 1 flagged\n", "")
    with raw_sql_at(path) as con:
        assert con.execute("SELECT type, mass_g, reo_g, flags, accept_reason FROM movement ORDER BY id").fetchall() == [
            ("RECEIPT", 1000000, 920100, 0, None),
            ("FEED", -1000001, -920101, 1, "称重误差"),   # 920100.9201 -> 920101
        ]


def test_import_of_a_missing_or_wrong_file(capsys, tmp_path, db_target):
    path = init_db(capsys, db_target)
    code, out, err = run(capsys, "import", tmp_path / "nope.csv", "--db", path)
    assert (code, out) == (1, "")
    assert err_lines(err)[-1] == "ree-desk: nope.csv: file not found"
    (tmp_path / "movements.txt").write_text("hello", encoding="utf-8")
    code, out, err = run(capsys, "import", tmp_path / "movements.txt", "--db", path)
    assert code == 1
    assert err_lines(err)[-1] == "ree-desk: movements.txt: not a movement file; expected a .csv, .xlsx or .xlsm file"


def test_import_of_a_gbk_csv_says_so_in_one_line(tmp_path):
    assert sub(tmp_path, "init", "--enterprise", "E", "--credit-code", CREDIT_CODE, "--db", "d.sqlite3"
               ).returncode == 0
    (tmp_path / "gbk.csv").write_bytes(
        "日期,类型,物料代码,批号,净重(kg),品位(%),原产国,往来单位\n"
        "2026-02-02,入库,CONC-BAST,G1,10,60,CN,包头稀土\n".encode("gb18030"))
    result = sub(tmp_path, "import", "gbk.csv", "--db", "d.sqlite3")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("ree-desk: line 1: expected UTF-8 text")
    assert "GBK" in lines[0]
    assert lines[1] == "ree-desk: 1 problem(s); nothing was written"


# --------------------------------------------------------------------------
# usage errors, missing database, version


@pytest.mark.parametrize("argv, first_words", [
    (["stock", "--bogus"], "ree-desk: unrecognized arguments: --bogus"),
    (["frobnicate"], "ree-desk: argument COMMAND: invalid choice: 'frobnicate'"),
    (["init", "--enterprise", "X"], "ree-desk init: the following arguments are required: --credit-code"),
    (["quota", "add", "--year", "2026"], "ree-desk quota add: the following arguments are required: --kind, --tonnes"),
    (["quota"], "ree-desk quota: the following arguments are required: ACTION"),
    (["import"], "ree-desk import: the following arguments are required: file"),
    (["quota", "add", "--year", "2026", "--kind", "mining", "--tonnes", "1"],
     "ree-desk quota add: argument --kind: invalid choice: 'mining'"),
    (["stock", "--as-of", "2026-13-01"],
     'ree-desk stock: argument --as-of: expected a date as YYYY-MM-DD, found "2026-13-01"'),
    (["quota", "status", "--year", "twenty"], "ree-desk quota status: argument --year: invalid int value: 'twenty'"),
    (["--db"], "ree-desk: argument --db: expected one argument"),
])
def test_usage_errors_exit_2_with_one_line(capsys, argv, first_words):
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    lines = err_lines(err)
    assert len(lines) == 1, lines
    assert lines[0].startswith(first_words), lines[0]
    assert lines[0].endswith("--help)")


def test_usage_errors_through_a_subprocess(tmp_path):
    for argv, start in (
        (["stock", "--bogus"], "ree-desk: unrecognized arguments: --bogus"),
        (["init", "--enterprise", "X"], "ree-desk init: the following arguments are required: --credit-code"),
        (["frobnicate"], "ree-desk: argument COMMAND: invalid choice: 'frobnicate'"),
    ):
        result = sub(tmp_path, *argv)
        assert result.returncode == 2, (argv, result.stderr)
        assert result.stdout == ""
        assert "Traceback" not in result.stderr
        assert len(result.stderr.splitlines()) == 1
        assert result.stderr.startswith(start)


def test_missing_database_tells_to_run_init(capsys, tmp_path):
    missing = tmp_path / "none.sqlite3"
    for argv in (["stock", "--json"], ["quota", "status", "--year", "2026"],
                 ["quota", "add", "--year", "2026", "--kind", "separation", "--tonnes", "1"]):
        code, out, err = run(capsys, *argv, "--db", missing)
        assert (code, out) == (1, "")
        assert err_lines(err) == [f"ree-desk: no database at {missing}; create one with: ree-desk init --db {missing}"]
    assert not missing.exists()


def test_missing_default_database_through_a_subprocess(tmp_path):
    result = sub(tmp_path, "stock", "--json")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("ree-desk: no database at ")
    assert "ree-desk init" in lines[0]
    # the default lives in the user's data folder, not in the working directory
    assert str(tmp_path / "home") in lines[0]


def test_a_file_that_is_not_a_database(capsys, tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database", encoding="utf-8")
    code, out, err = run(capsys, "stock", "--db", junk)
    assert (code, out) == (1, "")
    assert err_lines(err) == [f"ree-desk: {junk} is not a REE Desk database (not an SQLite file)"]


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out == f"ree-desk {__version__}\n"


def test_version_through_a_subprocess(tmp_path):
    result = sub(tmp_path, "--version")
    assert (result.returncode, result.stdout, result.stderr) == (0, f"ree-desk {__version__}\n", "")
    assert __version__ == "0.1.0"


def test_the_desktop_program_without_a_display_says_so_in_one_line(tmp_path):
    env = {k: v for k, v in env_for(tmp_path).items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run([sys.executable, "-m", "ree_desk"], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "no display" in proc.stderr and "Traceback" not in proc.stderr
