"""``ree-desk account``: adding, listing and changing accounts."""
from __future__ import annotations

import argparse

from ree_desk.cli.common import EXIT_OK, for_reading, print_json, user_of
from ree_desk.cli.login import new_password, signed_in
from ree_desk.domain.accounts.roles import ROLE_NAMES_ZH, Permission, Role
from ree_desk.domain.problems import InputRejected, Problem
from ree_desk.services import accounts


def role_text(role: Role | None) -> str:
    return f"{role.value} {ROLE_NAMES_ZH[role]}" if role is not None else "unknown role"


def run(args: argparse.Namespace) -> int:
    return {"add": cmd_add, "list": cmd_list, "edit": cmd_edit}[args.account_command](args)


def cmd_add(args) -> int:
    with signed_in(args) as db:
        accounts.require(db, Permission.ACCOUNTS, user_of(args))  # before a new password is asked for
        added = accounts.add_account(db, name=args.name, role=args.role, password=new_password(args.name),
                                     full_name=args.full_name, user=user_of(args))
    account = added.account
    print(f"added account {account.name} ({role_text(account.role)})")
    if added.first:
        asked = f" (not {added.asked.value}, as asked)" if added.asked not in (None, Role.ADMINISTRATOR) else ""
        print(f"{account.name} is an administrator{asked}: the first account always is, so that someone can "
              "manage the others. From now on every change asks for a user and password "
              "(--user NAME, REE_DESK_PASSWORD).")
    return EXIT_OK


def cmd_list(args) -> int:
    db = for_reading(args)
    try:
        rows = accounts.list_accounts(db)
    finally:
        db.close()
    if args.json:
        print_json([{"name": a.name, "full_name": a.full_name, "role": a.role.value if a.role else None,
                     "active": a.active, "created_at": a.created_at.isoformat(sep=" "),
                     "created_by": a.created_by} for a in rows])
        return EXIT_OK
    if not rows:
        print("no accounts: everyone who opens the database may do everything (add one with: ree-desk account add)")
    for a in rows:
        state = "" if a.active else "  (deactivated 已停用)"
        full = f"  {a.full_name}" if a.full_name else ""
        print(f"{a.name:<16} {role_text(a.role):<20}{full}{state}")
    return EXIT_OK


def cmd_edit(args) -> int:
    active = True if args.activate else False if args.deactivate else None
    if active is None and not (args.role or args.reset_password or args.full_name is not None):
        raise InputRejected([Problem(None, None, "--role, --full-name, --deactivate, --activate or --reset-password",
                                     "none of them")])
    with signed_in(args) as db:
        own = accounts.is_own_password(db, args.name, active is None and not args.role and args.full_name is None)
        accounts.require(db, Permission.OWN_PASSWORD if own else Permission.ACCOUNTS, user_of(args))
        changes = {"full_name": args.full_name} if args.full_name is not None else {}
        account = accounts.edit_account(
            db, args.name, role=args.role, active=active, user=user_of(args),
            password=new_password(args.name) if args.reset_password else None, **changes)
    state = "active" if account.active else "deactivated"
    print(f"account {account.name}: {role_text(account.role)}, {state}"
          + ("; password reset" if args.reset_password else ""))
    return EXIT_OK
