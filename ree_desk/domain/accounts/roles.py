"""The three roles and what each may do.

A plant without accounts is one person's: everyone may do everything. Once
accounts exist, whoever signed in acts in their role, and a service refuses
what the role does not allow with ``NotAllowed``, whose one line says who
may do it.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ree_desk.domain.problems import InputRejected


class Role(StrEnum):
    CLERK = "clerk"                  # 录入员
    MANAGER = "manager"              # 经理
    ADMINISTRATOR = "administrator"  # 管理员


class Permission(StrEnum):
    POST = "post"                        # entry form, day grid, import, stocktake
    REVERSE_OWN = "reverse_own"          # one's own movement of a month still open
    REVERSE_ANY = "reverse_any"          # anyone's, and of a closed month
    ACCEPT_WARNINGS = "accept_warnings"  # negative stock, over quota, repeats, with a reason
    QUOTA = "quota"                      # add and correct allocations
    CLOSE_MONTH = "close_month"
    REOPEN_MONTH = "reopen_month"
    REPORT = "report"                    # make a month's report (recorded in the audit trail)
    BACKUP = "backup"
    OWN_PASSWORD = "own_password"
    ACCOUNTS = "accounts"                # add, change role, deactivate, reset password
    SETTINGS = "settings"                # enterprise profile, catalogue additions, backup folder


_CLERK = frozenset({Permission.POST, Permission.REVERSE_OWN, Permission.REPORT, Permission.BACKUP,
                    Permission.OWN_PASSWORD})
_MANAGER = _CLERK | {Permission.REVERSE_ANY, Permission.ACCEPT_WARNINGS, Permission.QUOTA,
                     Permission.CLOSE_MONTH, Permission.REOPEN_MONTH}
_ADMINISTRATOR = _MANAGER | {Permission.ACCOUNTS, Permission.SETTINGS}

GRANTS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: _CLERK,
    Role.MANAGER: _MANAGER,
    Role.ADMINISTRATOR: _ADMINISTRATOR,
}
ROLE_ORDER = (Role.CLERK, Role.MANAGER, Role.ADMINISTRATOR)
ROLE_NAMES_ZH = {Role.CLERK: "录入员", Role.MANAGER: "经理", Role.ADMINISTRATOR: "管理员"}

# What a refusal says is being done, by permission.
DOING = {
    Permission.POST: "entering movements",
    Permission.REVERSE_OWN: "reversing a movement",
    Permission.REVERSE_ANY: "reversing another user's movement",
    Permission.ACCEPT_WARNINGS: "accepting warnings",
    Permission.QUOTA: "changing quotas",
    Permission.CLOSE_MONTH: "closing a month",
    Permission.REOPEN_MONTH: "reopening a month",
    Permission.REPORT: "making a report",
    Permission.BACKUP: "making a backup",
    Permission.OWN_PASSWORD: "changing one's own password",
    Permission.ACCOUNTS: "managing accounts",
    Permission.SETTINGS: "changing settings",
}
# The same permission asked for something narrower, said so.
CLOSED_MONTH_REVERSAL = "reversing a movement of a closed month"
PROFILE_EDIT = "changing the enterprise profile"
MATERIAL_ADD = "adding a material"
RESTORE = "restoring the database from a copy"
SECOND_PLACE = "choosing the second place for copies"


def parse_role(text: str) -> Role | None:
    """A role as typed: its name in English or Chinese, or ``admin``."""
    value = (text or "").strip().lower()
    value = {"admin": "administrator", "录入员": "clerk", "经理": "manager", "管理员": "administrator"}.get(
        value, value)
    try:
        return Role(value)
    except ValueError:
        return None


def may(role: Role | None, permission: Permission) -> bool:
    return role is not None and permission in GRANTS[role]


def least_role(permission: Permission) -> Role:
    return next(role for role in ROLE_ORDER if permission in GRANTS[role])


@dataclass(frozen=True)
class Actor:
    """Who signed in, in the role they had then. The services read the role
    again from the database at every change, so a role changed or an account
    deactivated meanwhile counts at once."""

    name: str
    role: Role

    def may(self, permission: Permission) -> bool:
        return may(self.role, permission)


def a_role(role: Role) -> str:
    return f"an {role.value}" if role.value[0] in "aeiou" else f"a {role.value}"


class NotAllowed(InputRejected):
    """A change the one asking may not make; nothing was written."""

    def __init__(self, message: str):
        super().__init__([], message)

    def __reduce__(self):
        return (type(self), (self.summary,))

    @property
    def only_warnings(self) -> bool:
        return False  # not something a reason can accept


def refusal(name: str | None, role: Role | None, permission: Permission, doing: str | None = None) -> NotAllowed:
    """``name`` in ``role`` (None: no active account; no name: nobody signed in)
    may not do what ``permission`` covers; ``doing`` says it more narrowly."""
    doing = doing or DOING[permission]
    needed = a_role(least_role(permission))
    if name is None:
        return NotAllowed(f"nobody is signed in; {doing} needs {needed}")
    if role is None:
        return NotAllowed(f"{name} has no active account; {doing} needs {needed}")
    return NotAllowed(f"{name} is {a_role(role)}; {doing} needs {needed}")
