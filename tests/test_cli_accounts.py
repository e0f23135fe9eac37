"""Accounts on the command line, in real processes: signing in with
``--user`` and ``REE_DESK_PASSWORD``, the role obeyed as in the desktop
program, the wait after failures held across processes."""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import CREDIT_CODE, ENTERPRISE, draft, write_csv
from ree_desk.cli.main import main
from ree_desk.services.accounts import add_account, sign_in
from ree_desk.services.months import close_month
from ree_desk.services.posting import post_movements
from ree_desk.services.quotas import add_allocation
from ree_desk.services.setup import init_database

ROOT = Path(__file__).resolve().parent.parent
PASSWORDS = {"admin": "Admin-Passwort-91", "经理": "manager-secret-77", "张三": "clerk-secret-33",
             "李四": "clerk-secret-44"}


def ree(tmp_path: Path, *argv: str, user: str | None = None, password: str | None = None,
        new_password: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REE_DESK_")}
    env.update(HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "home" / "data"),
               PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""))
    if password is not None:
        env["REE_DESK_PASSWORD"] = password
    if new_password is not None:
        env["REE_DESK_NEW_PASSWORD"] = new_password
    args = [str(a) for a in argv] + ["--db", str(tmp_path / "ledger.sqlite3")] + (["--user", user] if user else [])
    return subprocess.run([sys.executable, "-m", "ree_desk", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=tmp_path, env=env, stdin=subprocess.DEVNULL, timeout=300)


def as_(tmp_path, name, *argv):
    return ree(tmp_path, *argv, user=name, password=PASSWORDS[name])


def ok(result: subprocess.CompletedProcess) -> str:
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    return result.stdout


def refused(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 1 and result.stdout == "", (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines  # one line, no traceback
    return lines[0]


def receipt(lot, date):
    return draft(1, date=date, type="RECEIPT", material="CONC-BAST", lot=lot, mass_kg="1000", grade_pct="60",
                 origin="CN", counterparty="供应商")


def cli(capsys, monkeypatch, tmp_path, *argv, user=None, password=None, new_password=None) -> tuple[int, str, str]:
    """In the process, for what needs no second process."""
    for name, value in (("REE_DESK_PASSWORD", password), ("REE_DESK_NEW_PASSWORD", new_password)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    monkeypatch.delenv("REE_DESK_USER", raising=False)
    code = main([*map(str, argv), "--db", str(tmp_path / "ledger.sqlite3"), *(["--user", user] if user else [])])
    out, err = capsys.readouterr()
    return code, out, err


def movements_by(tmp_path) -> dict[int, str]:
    with sqlite3.connect(tmp_path / "ledger.sqlite3") as raw:
        return dict(raw.execute("SELECT m.id, p.by FROM movement m JOIN posting p ON p.id = m.posting_id"))


@pytest.fixture(scope="module")
def plant_dir(tmp_path_factory) -> Path:
    """June's receipts of 张三 and 李四, May closed, a quota; then the accounts."""
    tmp = tmp_path_factory.mktemp("cli-plant")
    db = init_database(tmp / "ledger.sqlite3", enterprise=ENTERPRISE, credit_code=CREDIT_CODE, user="root")
    post_movements(db, [receipt("A", "2026-05-10")], user="张三", source="may")
    post_movements(db, [receipt("B", "2026-06-01")], user="李四", source="june")
    post_movements(db, [receipt("C", "2026-06-01")], user="张三", source="june")
    add_allocation(db, year=2026, kind="separation", tonnes="100", user="经理")
    close_month(db, "2026-05", user="经理", today=dt.date(2026, 7, 15))
    for name, role in (("admin", "administrator"), ("经理", "manager"), ("张三", "clerk"), ("李四", "clerk")):
        add_account(db, name=name, role=role, password=PASSWORDS[name], user="admin")
        if name == "admin":
            sign_in(db, name, PASSWORDS[name], via="test")
    db.close()
    return tmp


@pytest.fixture
def plant(plant_dir, tmp_path) -> Path:
    for path in plant_dir.iterdir():
        if path.is_file():
            (tmp_path / path.name).write_bytes(path.read_bytes())
    return tmp_path


def overdraw_csv(tmp_path) -> Path:
    return write_csv(tmp_path / "feed.csv", [{"date": "2026-06-20", "type": "FEED", "material": "CONC-BAST",
                                               "lot": "B", "mass_kg": "5000", "grade_pct": "60", "run": "R9"}])


def test_the_first_account_is_made_an_administrator_and_says_so(tmp_path, capsys, monkeypatch):
    init_database(tmp_path / "ledger.sqlite3", enterprise=ENTERPRISE, credit_code=CREDIT_CODE, user="root").close()
    code, out, err = cli(capsys, monkeypatch, tmp_path, "account", "add", "--name", "张三", "--role", "clerk",
                         new_password="first-password")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "added account 张三 (administrator 管理员)",
        "张三 is an administrator (not clerk, as asked): the first account always is, so that someone can manage "
        "the others. From now on every change asks for a user and password (--user NAME, REE_DESK_PASSWORD).",
    ]
    code, out, err = cli(capsys, monkeypatch, tmp_path, "account", "add", "--name", "李四", "--role", "clerk",
                         new_password="second-password")
    assert (code, err) == (1, "ree-desk: ledger.sqlite3 has accounts: name yours with --user NAME or REE_DESK_USER\n")


def test_accounts_are_listed_with_their_roles(plant, capsys, monkeypatch):
    code, out, _err = cli(capsys, monkeypatch, plant, "account", "list", "--json")
    assert [(a["name"], a["role"], a["active"], a["created_by"]) for a in json.loads(out)] == [
        ("admin", "administrator", True, "admin"), ("张三", "clerk", True, "admin"),
        ("李四", "clerk", True, "admin"), ("经理", "manager", True, "admin")]
    code, out, _err = cli(capsys, monkeypatch, plant, "account", "list")
    assert code == 0 and "张三" in out and "manager 经理" in out


QUOTA_ADD = ("quota", "add", "--year", "2026", "--kind", "separation", "--tonnes", "1")


def test_a_change_without_a_user_or_password_is_refused(plant, capsys, monkeypatch):
    assert cli(capsys, monkeypatch, plant, *QUOTA_ADD) == (
        1, "", "ree-desk: ledger.sqlite3 has accounts: name yours with --user NAME or REE_DESK_USER\n")
    assert cli(capsys, monkeypatch, plant, *QUOTA_ADD, user="经理") == (
        1, "", "ree-desk: a password is needed for 经理: type it at a terminal or set REE_DESK_PASSWORD\n")
    monkeypatch.setenv("REE_DESK_USER", "经理")
    monkeypatch.setenv("REE_DESK_PASSWORD", PASSWORDS["经理"])
    code = main([*QUOTA_ADD, "--db", str(plant / "ledger.sqlite3")])
    assert code == 0 and capsys.readouterr().out.startswith("added quota allocation")


def test_reading_needs_no_sign_in(plant, capsys, monkeypatch):
    code, out, err = cli(capsys, monkeypatch, plant, "quota", "status", "--year", "2026", "--json")
    assert (code, err, json.loads(out)["year"]) == (0, "", 2026)


def test_a_wrong_password_or_name_is_refused_in_one_line(plant, capsys, monkeypatch):
    for user in ("经理", "nobody"):
        assert cli(capsys, monkeypatch, plant, *QUOTA_ADD, user=user, password="guess") == (
            1, "", "ree-desk: wrong user name or password\n")


@pytest.mark.parametrize("argv, doing", [
    (("quota", "add", "--year", "2026", "--kind", "separation", "--tonnes", "5"), "changing quotas"),
    (("month", "reopen", "--month", "2026-05", "--reason", "customs number corrected"), "reopening a month"),
    (("report", "--month", "2026-06", "--xlsx", "june.xlsx", "--close", "--today", "2026-07-15"),
     "closing a month"),
    (("reverse", "MOVEMENT-OF-李四", "--reason", "typo", "--date", "2026-06-30"),
     "reversing another user's movement"),
    (("import", "FEED-FILE", "--accept-warnings", "--reason", "the scale was wrong"), "accepting warnings"),
])
def test_a_clerk_is_refused_what_a_manager_may_do(plant, argv, doing):
    others = [mid for mid, by in movements_by(plant).items() if by == "李四"]
    argv = [str(others[0]) if a == "MOVEMENT-OF-李四" else str(overdraw_csv(plant)) if a == "FEED-FILE" else a
            for a in argv]
    assert refused(as_(plant, "张三", *argv)) == f"ree-desk: 张三 is a clerk; {doing} needs a manager"
    assert not (plant / "june.xlsx").exists()
    with sqlite3.connect(plant / "ledger.sqlite3") as raw:
        changes = raw.execute("SELECT action FROM audit_event WHERE action NOT IN ('login', 'login_failed') "
                              "ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert changes == "account_add"  # the last change is still the fixture's: nothing was done
    assert ok(as_(plant, "经理", *argv))
    with sqlite3.connect(plant / "ledger.sqlite3") as raw:
        by = raw.execute("SELECT by FROM audit_event WHERE action NOT IN ('login', 'login_failed') "
                         "ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert by == "经理"


def test_a_clerk_enters_movements_and_reverses_their_own(plant, capsys, monkeypatch):
    june = write_csv(plant / "d.csv", [{"date": "2026-06-21", "type": "RECEIPT", "material": "CONC-BAST",
                                        "lot": "D", "mass_kg": "10", "grade_pct": "60", "origin": "CN",
                                        "counterparty": "供应商"}])
    code, out, _err = cli(capsys, monkeypatch, plant, "import", june, user="张三", password=PASSWORDS["张三"])
    assert (code, out) == (0, "imported 1 movements from d.csv\n")
    own = max(mid for mid, by in movements_by(plant).items() if by == "张三")
    code, _out, err = cli(capsys, monkeypatch, plant, "reverse", own, "--reason", "typo", "--date", "2026-06-30",
                          user="张三", password=PASSWORDS["张三"])
    assert (code, err) == (0, "")
    assert movements_by(plant)[own + 1] == "张三"


def test_the_administrator_manages_accounts_and_the_catalogue(plant, capsys, monkeypatch):
    def as_(name, *argv, **env):
        return cli(capsys, monkeypatch, plant, *argv, user=name, password=PASSWORDS[name], **env)

    material = ("material", "add", "--code", "LA-CARB", "--name-zh", "碳酸镧", "--name-en", "Lanthanum carbonate",
                "--category", "product", "--group", "light", "--grade", "45", "--hs", "2846902900")
    assert as_("经理", *material) == (1, "", "ree-desk: 经理 is a manager; adding a material needs an administrator\n")
    assert as_("admin", *material) == (0, "added material LA-CARB\n", "")
    assert as_("经理", "account", "edit", "--name", "李四", "--role", "manager") == (
        1, "", "ree-desk: 经理 is a manager; managing accounts needs an administrator\n")
    assert as_("admin", "account", "edit", "--name", "李四", "--deactivate") == (
        0, "account 李四: clerk 录入员, deactivated\n", "")
    assert as_("李四", *QUOTA_ADD)[2] == "ree-desk: wrong user name or password\n"
    # A clerk changes their own password, and no one else's.
    assert as_("张三", "account", "edit", "--name", "经理", "--reset-password", new_password="x-password-1") == (
        1, "", "ree-desk: 张三 is a clerk; managing accounts needs an administrator\n")
    assert as_("张三", "account", "edit", "--name", "张三", "--reset-password", new_password="张三-new-password") \
        == (0, "account 张三: clerk 录入员, active; password reset\n", "")
    assert cli(capsys, monkeypatch, plant, *QUOTA_ADD, user="张三", password="张三-new-password")[2] == \
        "ree-desk: 张三 is a clerk; changing quotas needs a manager\n"
    data = b"".join(p.read_bytes() for p in plant.glob("ledger.sqlite3*"))
    assert all(secret.encode() not in data for secret in [*PASSWORDS.values(), "张三-new-password"])


def test_the_wait_after_three_failures_holds_across_processes(plant):
    def quota_add(password):
        return ree(plant, *QUOTA_ADD, user="经理", password=password)

    for _ in range(3):
        assert refused(quota_add("guess")) == "ree-desk: wrong user name or password"
    failed_at = time.monotonic()
    # The right password in a fourth process, within the wait: refused unchecked.
    assert refused(quota_add(PASSWORDS["经理"])) in (
        "ree-desk: too many failed sign-ins for 经理; try again in 2 s",
        "ree-desk: too many failed sign-ins for 经理; try again in 1 s")
    time.sleep(max(0.0, 2.1 - (time.monotonic() - failed_at)))
    assert ok(quota_add(PASSWORDS["经理"])).startswith("added quota allocation")
    with sqlite3.connect(plant / "ledger.sqlite3") as raw:
        assert raw.execute("SELECT failed_logins, failed_at FROM account WHERE name = '经理'").fetchone() == (0, None)
        reasons = [json.loads(d)["reason"] for (d,) in raw.execute(
            "SELECT detail FROM audit_event WHERE action = 'login_failed' AND by = '经理' ORDER BY id")]
    assert reasons == ["wrong password"] * 3 + ["waiting"]
