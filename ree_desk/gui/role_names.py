"""The roles as the screens name them (录入员, 经理, 管理员), and what a
screen says where a role may not do something."""
from __future__ import annotations

from ree_desk.domain.accounts.roles import Actor, Role
from ree_desk.gui.qt import QT_TRANSLATE_NOOP, QCoreApplication

ROLE_NAMES = {
    Role.CLERK: QT_TRANSLATE_NOOP("Roles", "clerk"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Roles", "manager"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Roles", "administrator"),
}
UNKNOWN = QT_TRANSLATE_NOOP("Roles", "unknown role")
WHO = QT_TRANSLATE_NOOP("Roles", "{user} ({role})")
NO_QUOTA_YET = QT_TRANSLATE_NOOP("Roles", "Nothing allocated for this year yet; a manager adds the batches of "
                                          "the allocation notice.")
WARNINGS_NEED_MANAGER = QT_TRANSLATE_NOOP(
    "Roles", "{n} row(s) would leave stock negative or exceed a quota. Only a manager may accept them: ask a "
             "manager to import this file, or correct the rows.")


def said(text: str) -> str:
    """A text of this module in the user's language."""
    return QCoreApplication.translate("Roles", text)


def role_name(role: Role | None) -> str:
    return said(ROLE_NAMES[role] if role is not None else UNKNOWN)


def who(actor: Actor) -> str:
    """张三 (录入员)"""
    return said(WHO).format(user=actor.name, role=role_name(actor.role))
