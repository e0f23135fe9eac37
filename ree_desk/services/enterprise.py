"""The enterprise's own profile: its name and unified social credit code,
printed on every monthly report. Changes are checked and audited."""
from __future__ import annotations

from sqlalchemy import select, update

from ree_desk.domain.accounts.roles import PROFILE_EDIT, Permission
from ree_desk.domain.credit_code import CreditCodeError, validate_credit_code
from ree_desk.domain.problems import InputRejected, Problem, shown
from ree_desk.services.accounts import require
from ree_desk.services.posting import audit
from ree_desk.services.setup import EnterpriseInfo
from ree_desk.store.database import Database
from ree_desk.store.tables import enterprise_table


def check_profile(name: str, credit_code: str) -> tuple[EnterpriseInfo | None, list[Problem]]:
    """The profile as it would be stored (name with its spaces tidied, code
    normalised), or what is wrong with it."""
    problems = []
    clean_name = " ".join(name.split())
    if not clean_name:
        problems.append(Problem(None, "name", "the enterprise name", "nothing"))
    try:
        code = validate_credit_code(credit_code)
    except CreditCodeError as exc:
        problems.append(Problem(None, "credit_code", f"a valid unified social credit code ({exc})",
                                shown(credit_code)))
        code = ""
    return (None if problems else EnterpriseInfo(clean_name, code)), problems


def update_enterprise(db: Database, *, name: str, credit_code: str, user: str) -> EnterpriseInfo:
    """Store a new name and credit code; the audit log keeps the old ones.

    Reports already written keep the profile they were made with; the next
    report carries the new one."""
    user = require(db, Permission.SETTINGS, user, doing=PROFILE_EDIT)
    info, problems = check_profile(name, credit_code)
    if problems:
        raise InputRejected(problems)
    with db.write() as conn:
        ent = enterprise_table.c
        old = conn.execute(select(ent.id, ent.name, ent.credit_code)).first()
        if old is None:
            raise InputRejected([Problem(None, None, "an enterprise profile in the database", "none")])
        if (old.name, old.credit_code) != (info.name, info.credit_code):
            conn.execute(update(enterprise_table).where(enterprise_table.c.id == old.id)
                         .values(name=info.name, credit_code=info.credit_code))
            audit(conn, user, "enterprise_edit", {
                "before": {"name": old.name, "credit_code": old.credit_code},
                "after": {"name": info.name, "credit_code": info.credit_code},
            })
    return info
