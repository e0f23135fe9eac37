"""The roles' table, the refusal's words, passwords and the wait after
failed sign-ins: domain rules, without a database."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ree_desk.domain.accounts import passwords, throttle
from ree_desk.domain.accounts.roles import (
    GRANTS,
    Actor,
    NotAllowed,
    Permission,
    Role,
    least_role,
    may,
    parse_role,
    refusal,
)
from ree_desk.domain.problems import InputRejected

P = Permission
# The table of issue 10, written out rather than derived, so that a change
# to GRANTS has to be made here too.
TABLE = {
    Role.CLERK: {P.POST, P.REVERSE_OWN, P.REPORT, P.BACKUP, P.OWN_PASSWORD},
    Role.MANAGER: {P.POST, P.REVERSE_OWN, P.REPORT, P.BACKUP, P.OWN_PASSWORD, P.REVERSE_ANY,
                   P.ACCEPT_WARNINGS, P.QUOTA, P.CLOSE_MONTH, P.REOPEN_MONTH},
    Role.ADMINISTRATOR: set(Permission),
}


def test_each_role_may_do_exactly_its_part():
    assert {role: set(grants) for role, grants in GRANTS.items()} == TABLE
    for role, allowed in TABLE.items():
        for permission in Permission:
            assert may(role, permission) == (permission in allowed)
            assert Actor("x", role).may(permission) == (permission in allowed)


def test_each_role_may_do_what_the_one_below_may():
    assert TABLE[Role.CLERK] < TABLE[Role.MANAGER] < TABLE[Role.ADMINISTRATOR]


def test_no_role_may_do_nothing():
    assert all(not may(None, permission) for permission in Permission)


@pytest.mark.parametrize("permission, role", [
    (P.POST, Role.CLERK), (P.REVERSE_OWN, Role.CLERK), (P.REVERSE_ANY, Role.MANAGER),
    (P.ACCEPT_WARNINGS, Role.MANAGER), (P.QUOTA, Role.MANAGER), (P.CLOSE_MONTH, Role.MANAGER),
    (P.REOPEN_MONTH, Role.MANAGER), (P.ACCOUNTS, Role.ADMINISTRATOR), (P.SETTINGS, Role.ADMINISTRATOR),
])
def test_the_least_role_that_may(permission, role):
    assert least_role(permission) is role


@pytest.mark.parametrize("typed, role", [
    ("clerk", Role.CLERK), (" Manager ", Role.MANAGER), ("administrator", Role.ADMINISTRATOR),
    ("admin", Role.ADMINISTRATOR), ("录入员", Role.CLERK), ("经理", Role.MANAGER), ("管理员", Role.ADMINISTRATOR),
    ("boss", None), ("", None),
])
def test_roles_are_read_as_typed(typed, role):
    assert parse_role(typed) is role


def test_a_refusal_says_in_one_line_who_asked_and_who_may():
    refused = refusal("张三", Role.CLERK, P.CLOSE_MONTH)
    assert str(refused) == "张三 is a clerk; closing a month needs a manager"
    assert isinstance(refused, NotAllowed) and isinstance(refused, InputRejected)
    assert refused.problems == [] and not refused.only_warnings
    assert str(refusal("李四", Role.MANAGER, P.ACCOUNTS)) == "李四 is a manager; managing accounts needs an administrator"
    assert str(refusal(None, None, P.POST)) == "nobody is signed in; entering movements needs a clerk"
    assert str(refusal("王五", None, P.QUOTA)) == "王五 has no active account; changing quotas needs a manager"
    assert str(refusal("张三", Role.CLERK, P.REVERSE_ANY, "reversing a movement of a closed month")) == \
        "张三 is a clerk; reversing a movement of a closed month needs a manager"


def test_a_refusal_survives_the_trip_to_another_process():
    import pickle

    refused = pickle.loads(pickle.dumps(refusal("张三", Role.CLERK, P.QUOTA)))
    assert isinstance(refused, NotAllowed) and str(refused) == "张三 is a clerk; changing quotas needs a manager"


# ------------------------------------------------------------------ passwords


def test_a_password_is_stored_as_scrypt_with_its_parameters_and_a_random_salt():
    stored = passwords.hash_password("plant-password-1")
    assert re.fullmatch(r"scrypt\$16384\$8\$1\$[0-9a-f]{32}\$[0-9a-f]{64}", stored)
    again = passwords.hash_password("plant-password-1")
    assert again.split("$")[4] != stored.split("$")[4]  # salts differ, so do hashes
    assert again != stored
    assert "plant-password-1" not in stored


def test_the_right_password_verifies_and_nothing_else_does():
    stored = passwords.hash_password("正确的密码-2026")
    assert passwords.verify_password(stored, "正确的密码-2026")
    assert not passwords.verify_password(stored, "正确的密码-2025")
    assert not passwords.verify_password(stored, "")
    assert not passwords.verify_password("plain text", "plain text")
    assert not passwords.verify_password("scrypt$16384$8$1$zz$00", "x")
    assert not passwords.verify_password("bcrypt$1$2$3$00$00", "x")


def test_the_stand_in_for_an_unknown_name_costs_a_real_scrypt_and_verifies_nothing(monkeypatch):
    calls = []
    real = passwords._scrypt
    monkeypatch.setattr(passwords, "_scrypt", lambda *a: calls.append(a[2:]) or real(*a))
    assert not passwords.verify_password(passwords.DUMMY, "anything")
    assert not passwords.verify_password(passwords.DUMMY, "")
    assert calls == [(passwords.N, passwords.R, passwords.P, passwords.HASH_BYTES)] * 2


def test_short_passwords_are_refused():
    assert passwords.password_problem("1234567") == "7 characters"
    assert passwords.password_problem("12345678") is None


# --------------------------------------------------------------------- waits


def test_three_tries_are_free_then_each_waits_twice_as_long_up_to_a_minute():
    assert [throttle.wait_after(n) for n in range(11)] == [0, 0, 0, 2, 4, 8, 16, 32, 60, 60, 60]


def test_the_wait_counts_from_the_last_failure():
    failed = dt.datetime(2026, 6, 1, 8, 0, 0)
    assert throttle.seconds_left(2, failed, failed) == 0
    assert throttle.seconds_left(3, failed, failed) == 2
    assert throttle.seconds_left(3, failed, failed + dt.timedelta(seconds=1.2)) == 1
    assert throttle.seconds_left(3, failed, failed + dt.timedelta(seconds=2)) == 0
    assert throttle.seconds_left(5, failed, failed + dt.timedelta(seconds=3)) == 5
    assert throttle.seconds_left(5, None, failed) == 0


@given(st.integers(0, 50), st.integers(-10 ** 6, 10 ** 6))
def test_a_wait_is_never_longer_than_its_step_even_with_the_clock_set_back(failures, ms):
    failed = dt.datetime(2026, 6, 1, 8, 0, 0)
    left = throttle.seconds_left(failures, failed, failed + dt.timedelta(milliseconds=ms))
    assert 0 <= left <= throttle.wait_after(failures) <= throttle.LONGEST_WAIT
    if ms >= throttle.wait_after(failures) * 1000:
        assert left == 0
