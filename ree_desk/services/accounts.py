"""Accounts: adding and changing them, signing in, and the check every
service that changes the database makes first (``require``).

Who signed in is kept on the open database (``db.actor``), so the command
line and the desktop program are held to the same rules by the same code.
With no accounts at all nobody signs in and everyone may do everything, as
in a one-person plant; the first account is always an administrator.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, func, insert, select, update

from ree_desk.domain.accounts import passwords, throttle
from ree_desk.domain.accounts.roles import Actor, Permission, Role, may, parse_role, refusal
from ree_desk.domain.problems import InputRejected, Problem, shown
from ree_desk.services.posting_rows import audit, now
from ree_desk.store.database import Database
from ree_desk.store.tables import account_table

NAME_LENGTH = 64
ROLES_EXPECTED = "clerk, manager or administrator"


class SignInRefused(InputRejected):
    """A sign-in that did not succeed. ``wait`` is how many seconds the next
    try for that name must wait (0: none)."""

    def __init__(self, message: str, wait: int = 0):
        super().__init__([], message)
        self.wait = wait

    def __reduce__(self):
        return (type(self), (self.summary, self.wait))

    @property
    def only_warnings(self) -> bool:
        return False


@dataclass(frozen=True)
class AccountView:
    name: str
    full_name: str | None
    role: Role | None  # None: a role this program does not know
    active: bool
    created_at: dt.datetime
    created_by: str
    failed_logins: int


@dataclass(frozen=True)
class Added:
    account: AccountView
    first: bool          # the first account: an administrator whatever was asked
    asked: Role | None   # the role asked for


# ------------------------------------------------------------------ the check


def actor_of(db: Database) -> Actor | None:
    return db.actor


def require_in(conn: Connection, actor: Actor | None, permission: Permission, user: str, *,
               accepting: bool = False, doing: str | None = None) -> str:
    """Refuse (``NotAllowed``) unless ``actor`` may do what ``permission``
    covers (and accept warnings, with ``accepting``), in the role the
    database holds for them now. Returns the name to record: the account's,
    or ``user`` when there are no accounts."""
    wanted = [permission] + ([Permission.ACCEPT_WARNINGS] if accepting else [])
    if actor is None:
        if conn.execute(select(account_table.c.id).limit(1)).first() is None:
            return user
        raise refusal(None, None, permission, doing)
    accounts = account_table.c
    row = conn.execute(select(accounts.role, accounts.active).where(accounts.name == actor.name)).first()
    role = parse_role(row.role) if row is not None and row.active else None
    for needed in wanted:
        if not may(role, needed):
            raise refusal(actor.name, role, needed, doing if needed is permission else None)
    return actor.name


def require(db: Database, permission: Permission, user: str, *, accepting: bool = False,
            doing: str | None = None) -> str:
    """``require_in`` in a read of its own: the first line of a service that changes the database."""
    with db.read() as conn:
        return require_in(conn, actor_of(db), permission, user, accepting=accepting, doing=doing)


def has_accounts(db: Database) -> bool:
    with db.read() as conn:
        return conn.execute(select(account_table.c.id).limit(1)).first() is not None


# ---------------------------------------------------------------- signing in


def sign_in(db: Database, name: str, password: str, *, via: str, at: dt.datetime | None = None) -> Actor:
    """Check ``name`` and ``password``; on success the database acts for the
    account from now on (``db.actor``). Every try is recorded in the audit
    trail. Raises ``SignInRefused``: the same words for an unknown name, a
    wrong password and a deactivated account; a try while a wait after
    repeated failures lasts is refused without checking the password."""
    name = (name or "").strip()[:NAME_LENGTH]
    at = at or dt.datetime.now()
    refused: SignInRefused | None = None
    actor: Actor | None = None
    with db.write() as conn:
        row = conn.execute(select(account_table).where(account_table.c.name == name)).first()
        left = throttle.seconds_left(row.failed_logins, row.failed_at, at) if row is not None else 0
        if left:
            audit(conn, name, "login_failed", {"via": via, "reason": "waiting", "wait_s": left})
            refused = SignInRefused(f"too many failed sign-ins for {name}; try again in {left} s", left)
        else:
            # An unknown name costs the same scrypt as a known one.
            right = passwords.verify_password(row.password if row is not None else passwords.DUMMY, password)
            role = parse_role(row.role) if row is not None else None
            if right and row.active and role is not None:
                conn.execute(update(account_table).where(account_table.c.id == row.id)
                             .values(failed_logins=0, failed_at=None))
                audit(conn, name, "login", {"via": via, "role": role.value})
                actor = Actor(name, role)
            else:
                failures = 0
                if row is not None:
                    failures = row.failed_logins + 1
                    conn.execute(update(account_table).where(account_table.c.id == row.id)
                                 .values(failed_logins=failures, failed_at=at))
                reason = ("unknown name" if row is None else "wrong password" if not right
                          else "deactivated" if not row.active else "unknown role")
                audit(conn, name, "login_failed", {"via": via, "reason": reason, "failures": failures})
                refused = SignInRefused("wrong user name or password", throttle.wait_after(failures))
    if actor is None:
        raise refused  # once the failure is recorded
    db.actor = actor  # once the sign-in is
    return actor


def sign_out(db: Database) -> None:
    db.actor = None


# ------------------------------------------------------------------ accounts


def _view(row) -> AccountView:
    return AccountView(row.name, row.full_name, parse_role(row.role), bool(row.active), row.created_at,
                       row.created_by, row.failed_logins)


def list_accounts(db: Database) -> list[AccountView]:
    with db.read() as conn:
        return [_view(r) for r in conn.execute(select(account_table).order_by(account_table.c.name))]


def name_problem(name: str) -> Problem | None:
    if not name or len(name) > NAME_LENGTH or any(c.isspace() or not c.isprintable() for c in name):
        return Problem(None, "user_name", "a user name of 1 to 64 characters without spaces", shown(name))
    return None


def _password_problem(password: str) -> Problem | None:
    found = passwords.password_problem(password or "")
    if found is not None:
        return Problem(None, "password", f"a password of at least {passwords.MIN_LENGTH} characters", found)
    return None


def add_account(db: Database, *, name: str, role: str | None, password: str, full_name: str | None = None,
                user: str) -> Added:
    """A new account. The first one is an administrator, whatever ``role``
    says (``Added.first``), so that someone can always manage the others."""
    user = require(db, Permission.ACCOUNTS, user)
    name = (name or "").strip()
    full_name = " ".join((full_name or "").split()) or None
    asked = parse_role(role) if role else None
    problems = [p for p in (name_problem(name), _password_problem(password)) if p is not None]
    if role and asked is None:
        problems.append(Problem(None, "role", ROLES_EXPECTED, shown(role)))
    if problems:
        raise InputRejected(problems)
    hashed = passwords.hash_password(password)  # before the write lock is taken: it takes a while
    with db.write() as conn:
        user = require_in(conn, actor_of(db), Permission.ACCOUNTS, user)
        first = conn.execute(select(account_table.c.id).limit(1)).first() is None
        if conn.execute(select(account_table.c.id).where(account_table.c.name == name)).first() is not None:
            raise InputRejected([Problem(None, "user_name", "a user name not taken yet",
                                         f'"{name}", which has an account')])
        chosen = Role.ADMINISTRATOR if first else asked
        if chosen is None:
            raise InputRejected([Problem(None, "role", ROLES_EXPECTED, "nothing")])
        conn.execute(insert(account_table).values(
            name=name, full_name=full_name, role=chosen.value, password=hashed, active=True, created_at=now(),
            created_by=user, failed_logins=0, failed_at=None))
        audit(conn, user, "account_add", {"name": name, "full_name": full_name, "role": chosen.value,
                                          "first": first})
        row = conn.execute(select(account_table).where(account_table.c.name == name)).one()
    return Added(_view(row), first, asked)


UNCHANGED = object()


def is_own_password(db: Database, name: str, password_only: bool) -> bool:
    """Whether an edit is the one signed in changing their own password,
    which every role may do."""
    actor = actor_of(db)
    return password_only and actor is not None and actor.name == name


def edit_account(db: Database, name: str, *, role: str | None = None, active: bool | None = None,
                 full_name: object = UNCHANGED, password: str | None = None, user: str) -> AccountView:
    """Change an account's role, full name or password, or (de)activate it.

    Anyone signed in may change their own password; everything else is an
    administrator's. At least one active administrator always remains, so
    the accounts can never lock everyone out. A new password ends the wait
    after failed sign-ins."""
    own_password = is_own_password(db, name, role is None and active is None and full_name is UNCHANGED)
    user = require(db, Permission.OWN_PASSWORD if own_password else Permission.ACCOUNTS, user)
    problems = []
    new_role = parse_role(role) if role else None
    if role and new_role is None:
        problems.append(Problem(None, "role", ROLES_EXPECTED, shown(role)))
    if password is not None:
        problems.extend(p for p in (_password_problem(password),) if p is not None)
    if problems:
        raise InputRejected(problems)
    hashed = passwords.hash_password(password) if password is not None else None
    with db.write() as conn:
        row = conn.execute(select(account_table).where(account_table.c.name == name)).first()
        if row is None:
            raise InputRejected([Problem(None, "user_name", "the name of an account", shown(name))])
        after = {}
        if new_role is not None and new_role.value != row.role:
            after["role"] = new_role.value
        if active is not None and active != bool(row.active):
            after["active"] = active
        if full_name is not UNCHANGED:
            clean = " ".join(str(full_name or "").split()) or None
            if clean != row.full_name:
                after["full_name"] = clean
        if not after and hashed is None:
            raise InputRejected([Problem(None, None, "a change to the account", "the same")])
        still_admin = after.get("role", row.role) == Role.ADMINISTRATOR.value and after.get("active", row.active)
        if row.role == Role.ADMINISTRATOR.value and row.active and not still_admin:
            others = conn.execute(select(func.count()).select_from(account_table).where(
                account_table.c.role == Role.ADMINISTRATOR.value, account_table.c.active.is_(True),
                account_table.c.id != row.id)).scalar()
            if not others:
                raise InputRejected([Problem(None, "role", "an active administrator left after the change",
                                             f"{name} is the last one")])
        before = {key: getattr(row, key) for key in after}
        values = dict(after)
        if hashed is not None:
            values.update(password=hashed, failed_logins=0, failed_at=None)
            before["password"], after["password"] = "unchanged", "changed" if own_password else "reset"
        conn.execute(update(account_table).where(account_table.c.id == row.id).values(**values))
        audit(conn, user, "account_edit", {"name": name, "before": before, "after": after})
        row = conn.execute(select(account_table).where(account_table.c.id == row.id)).one()
    return _view(row)
