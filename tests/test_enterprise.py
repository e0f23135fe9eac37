"""Editing the enterprise profile: checked, stored, audited."""
from __future__ import annotations

import json

import pytest

from conftest import raw_sql
from ree_desk.domain.credit_code import check_character
from ree_desk.domain.problems import InputRejected
from ree_desk.services.enterprise import check_profile, update_enterprise
from ree_desk.services.setup import enterprise



def valid_code(first17: str) -> str:
    return first17 + check_character(first17)


def audit_rows(db, action):
    with raw_sql(db) as con:
        return [json.loads(d) for (d,) in con.execute(
            "SELECT detail FROM audit_event WHERE action = ? ORDER BY id", (action,))]


def test_a_new_name_and_code_are_stored_and_the_old_ones_audited(db, db_path):
    before = enterprise(db)
    code = valid_code("91150200MA0N00001")
    info = update_enterprise(db, name="  包头  稀土冶炼分离 有限公司 ", credit_code=code.lower(), user="经理")
    assert info.name == "包头 稀土冶炼分离 有限公司" and info.credit_code == code
    assert enterprise(db) == info
    [row] = audit_rows(db, "enterprise_edit")
    assert row == {"before": {"name": before.name, "credit_code": before.credit_code},
                   "after": {"name": info.name, "credit_code": code}}


def test_a_wrong_check_character_is_refused_and_nothing_changes(db, db_path):
    before = enterprise(db)
    bad = before.credit_code[:-1] + ("0" if before.credit_code[-1] != "0" else "1")
    with pytest.raises(InputRejected) as caught:
        update_enterprise(db, name="新名称", credit_code=bad, user="经理")
    [problem] = caught.value.problems
    assert problem.column == "credit_code" and "check character" in problem.expected
    assert enterprise(db) == before and audit_rows(db, "enterprise_edit") == []


def test_an_empty_name_is_refused(db):
    code = enterprise(db).credit_code
    _info, problems = check_profile("   ", code)
    assert [p.column for p in problems] == ["name"]
    with pytest.raises(InputRejected):
        update_enterprise(db, name=" ", credit_code=code, user="经理")


def test_saving_the_same_profile_writes_no_audit_row(db, db_path):
    before = enterprise(db)
    update_enterprise(db, name=before.name, credit_code=before.credit_code, user="经理")
    assert audit_rows(db, "enterprise_edit") == []
