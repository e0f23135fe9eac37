"""The login role the plant's workstations use on the shared server: it may
add to the ledger and keep what the program maintains, but the server
itself refuses it any change or removal of a posted row."""
from __future__ import annotations

import re

from sqlalchemy import inspect

from ree_desk.domain.accounts.roles import Permission
from ree_desk.domain.problems import InputRejected, Problem
from ree_desk.services.accounts import require
from ree_desk.services.posting_rows import audit
from ree_desk.store import postgresql
from ree_desk.store.database import Database, StoreError

_ROLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")


def grant_workstations(db: Database, role: str, *, user: str) -> list[str]:
    """Give ``role`` (made beforehand by the server's administrator) the
    rights a workstation needs and no more; the statements run."""
    if not db.on_server:
        raise StoreError(f"{db.name} is a file: its rights are the file's; roles are for a server's database")
    if not _ROLE.fullmatch(role or ""):
        raise InputRejected([Problem(None, "role", "a role name of letters, digits and _", repr(role))])
    user = require(db, Permission.ACCOUNTS, user, doing="set the workstations' rights on the server")
    with db.write() as conn:
        statements = postgresql.workstation_grants(role, inspect(conn).get_table_names())
        for sql in statements:
            conn.exec_driver_sql(sql)
        audit(conn, user, "setting", {"key": "server.workstation_role", "value": role})
    return statements
