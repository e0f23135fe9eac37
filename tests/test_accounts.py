"""Accounts on a real SQLite file: the first is an administrator, passwords
are stored as scrypt hashes only, signing in is recorded and slowed down
after failures, and every service that changes the database refuses a role
that may not, writing nothing."""
from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import statistics
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from conftest import CREDIT_CODE, ENTERPRISE, day, draft, raw_sql, write_csv
from ree_desk.domain.accounts import passwords
from ree_desk.domain.accounts.roles import NotAllowed, Role
from ree_desk.domain.problems import InputRejected
from ree_desk.services import accounts
from ree_desk.services.accounts import SignInRefused, add_account, edit_account, list_accounts, sign_in
from ree_desk.services.allocations import edit_allocation
from ree_desk.services.backups import make_backup
from ree_desk.services.enterprise import update_enterprise
from ree_desk.services.importer import import_file
from ree_desk.services.months import close_month, reopen_month
from ree_desk.services.posting import post_movements
from ree_desk.services.quotas import add_allocation
from ree_desk.services.report import make_report
from ree_desk.services.reversal import reversal_refusal, reverse_movement
from ree_desk.services.setup import add_material, init_database
from ree_desk.services.stocktake import post_stocktake
from ree_desk.store.database import open_database
from ree_desk.store.tables import account_table, audit_event_table, movement_table, posting_table

PASSWORDS = {"admin": "Admin-Passwort-91", "经理": "manager-secret-77", "张三": "clerk-secret-33",
             "李四": "clerk-secret-44"}
ROLES = {"admin": Role.ADMINISTRATOR, "经理": Role.MANAGER, "张三": Role.CLERK, "李四": Role.CLERK}
TODAY = day("2026-07-15")


def receipt(lot, kg="1000", date="2026-06-01", line=1):
    return draft(line, date=date, type="RECEIPT", material="CONC-BAST", lot=lot, mass_kg=kg, grade_pct="60",
                 origin="CN", counterparty="供应商")


def as_(db, name):
    accounts.sign_out(db)
    return sign_in(db, name, PASSWORDS[name], via="test")


def audit(db, action):
    with db.read() as conn:
        rows = conn.execute(select(audit_event_table.c.by, audit_event_table.c.detail).where(audit_event_table.c.action == action)
                            .order_by(audit_event_table.c.id)).all()
    return [(by, json.loads(detail)) for by, detail in rows]


def add_people(db):
    for name, role in ROLES.items():
        add_account(db, name=name, role=role.value, password=PASSWORDS[name], user="root")
        if name == "admin":
            as_(db, "admin")
    accounts.sign_out(db)


@pytest.fixture(scope="module")
def plant_file(tmp_path_factory) -> Path:
    """May (closed) and June of a plant whose movements were entered by 张三
    and 李四 before the accounts were made; then the four accounts. Built
    once; each test works on a copy."""
    path = tmp_path_factory.mktemp("plant") / "plant.sqlite3"
    db = init_database(path, enterprise=ENTERPRISE, credit_code=CREDIT_CODE, user="root")
    post_movements(db, [receipt("A", date="2026-05-10")], user="张三", source="may")
    post_movements(db, [receipt("B")], user="李四", source="june 李四")
    post_movements(db, [receipt("C")], user="张三", source="june 张三")
    add_allocation(db, year=2026, kind="separation", tonnes="100", user="经理")
    close_month(db, "2026-05", user="经理", today=TODAY)
    add_people(db)
    db.close()
    return path


@pytest.fixture
def plant(plant_file, tmp_path):
    path = tmp_path / "ledger.sqlite3"
    shutil.copyfile(plant_file, path)
    db = open_database(path)
    yield db
    db.close()


def counts(db) -> dict[str, int]:
    """Rows of every table, with the sign-ins' own audit events left out."""
    with sqlite3.connect(db.path) as raw:
        tables = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        out = {t: raw.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        out["audit_event"] = raw.execute(
            "SELECT count(*) FROM audit_event WHERE action NOT IN ('login', 'login_failed')").fetchone()[0]
        out["profile"] = raw.execute("SELECT name || credit_code FROM enterprise").fetchone()[0]
        out["roles"] = raw.execute("SELECT group_concat(name || role || active) FROM account").fetchone()[0]
        out["quota"] = raw.execute("SELECT group_concat(reo_g) FROM quota_allocation").fetchone()[0]
    return out


def rejected(call) -> str:
    """What a refused call said, its problems one a line."""
    with pytest.raises(InputRejected) as refused:
        call()
    return "\n".join(str(p) for p in refused.value.problems)


def movement_of(db, source):
    with db.read() as conn:
        return conn.execute(select(movement_table.c.id).join(posting_table, posting_table.c.id == movement_table.c.posting_id)
                            .where(posting_table.c.source == source)).scalar()


# ------------------------------------------------------------ no accounts


def test_without_accounts_everyone_may_do_everything_under_their_own_name(db):
    assert not accounts.has_accounts(db)
    result = post_movements(db, [receipt("A")], user="plant-pc", source="t")
    add_allocation(db, year=2026, kind="separation", tonnes="10", user="plant-pc")
    reverse_movement(db, result.movement_ids[0], day=day("2026-06-02"), reason="typo", user="someone-else")
    with db.read() as conn:
        assert set(conn.execute(select(posting_table.c.by)).scalars()) == {"plant-pc", "someone-else"}


def test_the_first_account_is_an_administrator_whatever_was_asked(db):
    added = add_account(db, name="张三", role="clerk", password="first-password", full_name="张 三", user="root")
    assert added.first and added.asked is Role.CLERK and added.account.role is Role.ADMINISTRATOR
    assert added.account.full_name == "张 三" and added.account.created_by == "root"
    assert audit(db, "account_add") == [("root", {"name": "张三", "full_name": "张 三", "role": "administrator",
                                                  "first": True})]
    as_actor = sign_in(db, "张三", "first-password", via="test")
    second = add_account(db, name="李四", role="clerk", password="second-password", user="ignored")
    assert not second.first and second.account.role is Role.CLERK
    assert second.account.created_by == as_actor.name == "张三"


def test_once_an_account_exists_nobody_signed_in_may_change_anything(db):
    add_account(db, name="admin", role=None, password="admin-password", user="root")
    with pytest.raises(NotAllowed, match="^nobody is signed in; entering movements needs a clerk$"):
        post_movements(db, [receipt("A")], user="root", source="t")


# ---------------------------------------------------------------- storage


def test_no_password_is_kept_in_clear_anywhere_in_the_database(db):
    add_account(db, name="admin", role="administrator", password="Unique-Admin-Pass-4711", user="root")
    sign_in(db, "admin", "Unique-Admin-Pass-4711", via="test")
    add_account(db, name="张三", role="clerk", password="密码-独一无二-0815", user="admin")
    edit_account(db, "张三", password="Reset-Clerk-Pass-2626", user="admin")
    with pytest.raises(SignInRefused):
        sign_in(db, "张三", "Tried-Wrong-Pass-9999", via="test")
    db.close()
    if db.on_server:  # every table dumped as text stands in for the server's files
        with raw_sql(db) as raw:
            tables = [r[0] for r in raw.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
            data = "".join(str(raw.execute(f'SELECT * FROM "{t}"').fetchall()) for t in tables).encode()
    else:
        data = b"".join(p.read_bytes() for p in db.path.parent.glob(db.path.name + "*"))
    for secret in ("Unique-Admin-Pass-4711", "密码-独一无二-0815", "Reset-Clerk-Pass-2626", "Tried-Wrong-Pass-9999"):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert secret.encode(encoding) not in data
    with raw_sql(db) as raw:
        stored = dict(raw.execute("SELECT name, password FROM account").fetchall())
    assert all(passwords.verify_password(stored[n], p) for n, p in
               (("admin", "Unique-Admin-Pass-4711"), ("张三", "Reset-Clerk-Pass-2626")))
    assert all(s.startswith("scrypt$16384$8$1$") for s in stored.values())


def test_a_new_account_needs_a_name_a_role_and_a_password_of_eight_characters(db):
    add_account(db, name="admin", role=None, password="admin-password", user="root")
    sign_in(db, "admin", "admin-password", via="test")
    with pytest.raises(InputRejected) as refused:
        add_account(db, name="zhang san", role="boss", password="short", user="admin")
    assert sorted(str(p) for p in refused.value.problems) == [
        'column password: expected a password of at least 8 characters, found 5 characters',
        'column role: expected clerk, manager or administrator, found "boss"',
        'column user_name: expected a user name of 1 to 64 characters without spaces, found "zhang san"',
    ]
    assert rejected(lambda: add_account(db, name="admin", role="clerk", password="another-password", user="admin")) \
        == 'column user_name: expected a user name not taken yet, found "admin", which has an account'
    assert rejected(lambda: add_account(db, name="nobody", role=None, password="another-password", user="admin")) \
        == "column role: expected clerk, manager or administrator, found nothing"
    assert [a.name for a in list_accounts(db)] == ["admin"]


# ---------------------------------------------------------------- signing in


def test_signing_in_is_recorded_and_the_database_acts_for_the_account(plant):
    actor = sign_in(plant, "张三", PASSWORDS["张三"], via="test")
    assert (actor.name, actor.role) == ("张三", Role.CLERK) and plant.actor == actor
    result = post_movements(plant, [receipt("D")], user="whoever-the-front-end-says", source="t")
    with plant.read() as conn:
        assert conn.execute(select(posting_table.c.by).where(posting_table.c.id == result.posting_id)).scalar() == "张三"
    assert audit(plant, "login")[-1] == ("张三", {"via": "test", "role": "clerk"})


@pytest.mark.parametrize("name, password, reason", [
    ("张三", "not-the-password", "wrong password"),
    ("王二麻子", "clerk-secret-33", "unknown name"),
])
def test_a_wrong_password_and_an_unknown_name_are_told_alike(plant, name, password, reason):
    with pytest.raises(SignInRefused) as refused:
        sign_in(plant, name, password, via="test")
    assert str(refused.value) == "wrong user name or password" and refused.value.wait == 0
    assert plant.actor is None
    by, detail = audit(plant, "login_failed")[-1]
    assert by == name and detail["reason"] == reason


def test_a_deactivated_account_cannot_sign_in_with_its_right_password(plant):
    as_(plant, "admin")
    edit_account(plant, "李四", active=False, user="admin")
    accounts.sign_out(plant)
    with pytest.raises(SignInRefused, match="^wrong user name or password$"):
        sign_in(plant, "李四", PASSWORDS["李四"], via="test")
    assert audit(plant, "login_failed")[-1][1]["reason"] == "deactivated"


def test_after_three_failures_each_try_waits_and_a_success_resets(plant, monkeypatch):
    start = dt.datetime(2026, 7, 1, 9, 0, 0)
    waits = []
    for n in range(3):
        with pytest.raises(SignInRefused) as refused:
            sign_in(plant, "张三", "guess", via="test", at=start + dt.timedelta(seconds=n))
        waits.append(refused.value.wait)
    assert waits == [0, 0, 2]
    third = start + dt.timedelta(seconds=2)
    # During the wait even the right password is refused, unchecked and not counted.
    real = passwords._scrypt
    monkeypatch.setattr(passwords, "_scrypt", lambda *a: pytest.fail("checked a password during the wait"))
    with pytest.raises(SignInRefused) as refused:
        sign_in(plant, "张三", PASSWORDS["张三"], via="test", at=third + dt.timedelta(seconds=1))
    monkeypatch.setattr(passwords, "_scrypt", real)
    assert str(refused.value) == "too many failed sign-ins for 张三; try again in 1 s"
    assert audit(plant, "login_failed")[-1][1] == {"via": "test", "reason": "waiting", "wait_s": 1}
    with pytest.raises(SignInRefused) as refused:
        sign_in(plant, "张三", "guess", via="test", at=third + dt.timedelta(seconds=2))
    assert refused.value.wait == 4
    with pytest.raises(SignInRefused, match="try again in 3 s"):
        sign_in(plant, "张三", PASSWORDS["张三"], via="test", at=third + dt.timedelta(seconds=3))
    sign_in(plant, "张三", PASSWORDS["张三"], via="test", at=third + dt.timedelta(seconds=6))
    with plant.read() as conn:
        row = conn.execute(select(account_table.c.failed_logins, account_table.c.failed_at).where(account_table.c.name == "张三")).one()
    assert tuple(row) == (0, None)
    # Another account was never slowed down.
    as_(plant, "李四")


def test_the_wait_holds_for_another_program_opening_the_database(plant):
    for _ in range(3):
        with pytest.raises(SignInRefused):
            sign_in(plant, "张三", "guess", via="test")
    other = open_database(plant.path)
    try:
        with pytest.raises(SignInRefused, match=r"try again in [12] s"):
            sign_in(other, "张三", PASSWORDS["张三"], via="other program")
    finally:
        other.close()


def test_an_unknown_name_costs_the_same_scrypt_as_a_known_one(plant, monkeypatch):
    calls = []
    real = passwords._scrypt
    monkeypatch.setattr(passwords, "_scrypt", lambda *a: calls.append(a[2:]) or real(*a))
    for name in ("张三", "nobody-of-that-name"):
        with pytest.raises(SignInRefused):
            sign_in(plant, name, "wrong-password", via="test")
    assert len(calls) == 2 and calls[0] == calls[1]


def test_an_unknown_name_takes_as_long_as_a_known_one(plant):
    def median_ms(name):
        times = []
        for _ in range(5):
            started = time.perf_counter()
            with pytest.raises(SignInRefused):
                sign_in(plant, name, "wrong-password", via="test")
            times.append(time.perf_counter() - started)
            # keep the known name under its free tries
            with plant.write() as conn:
                conn.execute(account_table.update().values(failed_logins=0, failed_at=None))
        return statistics.median(times) * 1000

    known, unknown = median_ms("李四"), median_ms("nobody-of-that-name")
    assert 0.6 < unknown / known < 1.6, (known, unknown)


# ------------------------------------------------- what each role may change


def _ok_file(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "overdraw.csv", [
        {"date": "2026-06-20", "type": "FEED", "material": "CONC-BAST", "lot": "B", "mass_kg": "5000",
         "grade_pct": "60", "run": "R9"}])


# (what, the least role that may, the call as ``name``, what a refusal says is being done)
CASES = [
    ("post", Role.CLERK, lambda db, tmp: post_movements(db, [receipt("D")], user="x", source="t"), None),
    ("post accepting warnings", Role.MANAGER,
     lambda db, tmp: post_movements(db, [draft(1, date="2026-06-20", type="FEED", material="CONC-BAST", lot="B",
                                               mass_kg="5000", grade_pct="60", run="R9")],
                                    user="x", source="t", accept_reason="the scale was wrong"),
     "accepting warnings"),
    ("import accepting warnings", Role.MANAGER,
     lambda db, tmp: import_file(db, _ok_file(tmp), user="x", accept_reason="the scale was wrong"),
     "accepting warnings"),
    ("stocktake", Role.CLERK,
     lambda db, tmp: post_stocktake(db, day("2026-06-30"), {("CONC-BAST", "B"): 990_000}, reason="count",
                                    user="x"), None),
    ("stocktake accepting warnings", Role.MANAGER,
     lambda db, tmp: post_stocktake(db, day("2026-06-30"), {("CONC-BAST", "B"): 990_000}, reason="count",
                                    user="x", accept_reason="counted twice"), "accepting warnings"),
    ("reverse one's own of an open month", Role.CLERK,
     lambda db, tmp: reverse_movement(db, movement_of(db, "june 张三"), day=day("2026-06-30"), reason="typo",
                                      user="x"), None),
    ("reverse another's", Role.MANAGER,
     lambda db, tmp: reverse_movement(db, movement_of(db, "june 李四"), day=day("2026-06-30"), reason="typo",
                                      user="x"), "reversing another user's movement"),
    ("reverse one's own of a closed month", Role.MANAGER,
     lambda db, tmp: reverse_movement(db, movement_of(db, "may"), day=day("2026-06-30"), reason="typo", user="x"),
     "reversing a movement of a closed month"),
    ("quota add", Role.MANAGER,
     lambda db, tmp: add_allocation(db, year=2026, kind="separation", tonnes="5", user="x"), "changing quotas"),
    ("quota edit", Role.MANAGER,
     lambda db, tmp: edit_allocation(db, 1, tonnes="120", batch=1, scope="any", document=None, reason="notice 2",
                                     user="x"), "changing quotas"),
    ("month close", Role.MANAGER, lambda db, tmp: close_month(db, "2026-06", user="x", today=TODAY),
     "closing a month"),
    ("month reopen", Role.MANAGER,
     lambda db, tmp: reopen_month(db, "2026-05", user="x", reason="customs number corrected"), "reopening a month"),
    ("report", Role.CLERK, lambda db, tmp: make_report(db, "2026-06", user="x", today=TODAY), None),
    ("report and close", Role.MANAGER,
     lambda db, tmp: make_report(db, "2026-06", user="x", xlsx=tmp / "2026-06.xlsx", close=True, today=TODAY),
     "closing a month"),
    ("backup", Role.CLERK, lambda db, tmp: make_backup(db, user="x", reason="asked for"), None),
    ("enterprise profile", Role.ADMINISTRATOR,
     lambda db, tmp: update_enterprise(db, name="新名称稀土有限公司", credit_code="91350100M000100Y43", user="x"),
     "changing the enterprise profile"),
    ("material add", Role.ADMINISTRATOR,
     lambda db, tmp: add_material(db, code="LA-CARB", name_zh="碳酸镧", name_en="Lanthanum carbonate",
                                  category="product", group="light", default_grade_bp=4500, hs_code="2846902900",
                                  user="x"), "adding a material"),
    ("account add", Role.ADMINISTRATOR,
     lambda db, tmp: add_account(db, name="王五", role="clerk", password="wang-wu-password", user="x"),
     "managing accounts"),
    ("account role", Role.ADMINISTRATOR, lambda db, tmp: edit_account(db, "李四", role="manager", user="x"),
     "managing accounts"),
    ("another's password", Role.ADMINISTRATOR,
     lambda db, tmp: edit_account(db, "李四", password="new-password-1", user="x"), "managing accounts"),
    ("one's own password", Role.CLERK,
     lambda db, tmp: edit_account(db, db.actor.name if db.actor else "张三", password="new-password-1", user="x"),
     None),
]
BELOW = {Role.CLERK: [], Role.MANAGER: ["张三"], Role.ADMINISTRATOR: ["张三", "经理"]}
AT = {Role.CLERK: "张三", Role.MANAGER: "经理", Role.ADMINISTRATOR: "admin"}


@pytest.mark.parametrize("what, least, call, doing", CASES, ids=[c[0] for c in CASES])
def test_every_change_refuses_a_role_below_the_one_it_needs_and_writes_nothing(plant, tmp_path, what, least, call,
                                                                               doing):
    for name in BELOW[least]:
        as_(plant, name)
        before = counts(plant)
        with pytest.raises(NotAllowed) as refused:
            call(plant, tmp_path)
        role = "a clerk" if ROLES[name] is Role.CLERK else "a manager"
        needed = "a manager" if least is Role.MANAGER else "an administrator"
        assert str(refused.value) == f"{name} is {role}; {doing} needs {needed}"
        assert counts(plant) == before
        assert not list(tmp_path.glob("*.xlsx"))
    accounts.sign_out(plant)
    before = counts(plant)
    with pytest.raises(NotAllowed, match="^nobody is signed in; "):
        call(plant, tmp_path)
    assert counts(plant) == before
    actor = as_(plant, AT[least])
    call(plant, tmp_path)
    with plant.read() as conn:
        last = conn.execute(select(audit_event_table.c.by).where(audit_event_table.c.action.notin_(["login", "login_failed"]))
                            .order_by(audit_event_table.c.id.desc())).scalars().first()
    assert last == actor.name  # recorded under the account, not the "x" the caller passed


def test_a_role_changed_meanwhile_counts_at_the_next_change(plant):
    as_(plant, "经理")
    add_allocation(plant, year=2026, kind="separation", tonnes="1", user="x")
    admin = open_database(plant.path)
    try:
        as_(admin, "admin")
        edit_account(admin, "经理", role="clerk", user="admin")
        with pytest.raises(NotAllowed, match="^经理 is a clerk; changing quotas needs a manager$"):
            add_allocation(plant, year=2026, kind="separation", tonnes="1", user="x")
        edit_account(admin, "经理", active=False, user="admin")
        with pytest.raises(NotAllowed, match="^经理 has no active account; entering movements needs a clerk$"):
            post_movements(plant, [receipt("E")], user="x", source="t")
    finally:
        admin.close()


def test_the_last_active_administrator_stays_one(plant):
    as_(plant, "admin")
    for change in ({"role": "manager"}, {"active": False}):
        assert rejected(lambda: edit_account(plant, "admin", user="admin", **change)) == \
            "column role: expected an active administrator left after the change, found admin is the last one"
    edit_account(plant, "经理", role="administrator", user="admin")
    edit_account(plant, "admin", role="manager", user="admin")
    assert {a.name: a.role for a in list_accounts(plant)}["admin"] is Role.MANAGER


def test_an_edit_that_changes_nothing_is_refused(plant):
    as_(plant, "admin")
    assert rejected(lambda: edit_account(plant, "李四", role="clerk", user="admin")) == \
        "expected a change to the account, found the same"


def test_account_changes_are_audited_without_the_password(plant):
    as_(plant, "admin")
    edit_account(plant, "李四", role="manager", full_name="李 四", user="admin")
    edit_account(plant, "李四", password="李四的新密码-2026", user="admin")
    sign_in(plant, "李四", "李四的新密码-2026", via="test")
    edit_account(plant, "李四", password="李四自己的密码-1", user="李四")
    assert audit(plant, "account_edit") == [
        ("admin", {"name": "李四", "before": {"role": "clerk", "full_name": None},
                   "after": {"role": "manager", "full_name": "李 四"}}),
        ("admin", {"name": "李四", "before": {"password": "unchanged"}, "after": {"password": "reset"}}),
        ("李四", {"name": "李四", "before": {"password": "unchanged"}, "after": {"password": "changed"}}),
    ]


def test_a_new_password_ends_the_wait(plant):
    for _ in range(4):
        with pytest.raises(SignInRefused):
            sign_in(plant, "张三", "guess", via="test")
    as_(plant, "admin")
    edit_account(plant, "张三", password="fresh-password-1", user="admin")
    sign_in(plant, "张三", "fresh-password-1", via="test")


def test_the_ledger_asks_whose_movement_a_clerk_may_reverse(plant):
    as_(plant, "张三")
    assert reversal_refusal(plant, movement_of(plant, "june 张三")) is None
    assert str(reversal_refusal(plant, movement_of(plant, "june 李四"))) == \
        "张三 is a clerk; reversing another user's movement needs a manager"
    assert "closed month" in str(reversal_refusal(plant, movement_of(plant, "may")))
    as_(plant, "经理")
    assert reversal_refusal(plant, movement_of(plant, "june 李四")) is None
