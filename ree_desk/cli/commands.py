"""What each command does: parse, call the service layer, print."""
from __future__ import annotations

import argparse
import datetime as dt
import sys

from ree_desk.cli.common import (
    EXIT_OK,
    EXIT_REJECTED,
    UsageError,
    db_file_of,
    db_path_of,
    for_reading,
    for_writing,
    password_for,
    print_json,
    say_waiting,
    user_of,
)
from ree_desk.domain.problems import InputRejected, Problem
from ree_desk.domain.quantities import parse_grade_pct
from ree_desk.services.ledger_file import (
    DatabaseBusy,
    hold_for_writing,
    introduce_program,
    is_server_url,
    open_database,
)


def run(args: argparse.Namespace) -> int:
    words = [args.command] + [getattr(args, f"{args.command}_command", None) or ""]
    introduce_program(program=" ".join(["ree-desk", *filter(None, words)]), user=user_of(args))
    handler = {
        "init": cmd_init,
        "import": cmd_import,
        "quota": cmd_quota,
        "stock": cmd_stock,
        "reverse": cmd_reverse,
        "material": cmd_material,
        "demo": cmd_demo,
        "report": cmd_report,
        "status": cmd_status,
        "month": cmd_month,
        "screenshots": cmd_screenshots,
        "backup": cmd_backup,
        "verify": cmd_verify,
        "audit": cmd_audit,
        "account": cmd_account,
        "restore": cmd_restore,
        "migrate-to": cmd_migrate_to,
        "grant-workstations": cmd_grant_workstations,
    }[args.command]
    return handler(args)


# Each command imports the services it calls: reading the stock needs
# neither the import, the accounts nor the audit log, and their modules
# took a tenth of a second to load.

def sign_in(db, args) -> None:
    from ree_desk.cli.login import sign_in as signing_in

    signing_in(db, args)


def signed_in(args):
    """``login.signed_in``: the database held and signed in to, as a context."""
    from ree_desk.cli.login import signed_in as held

    return held(args)


def cmd_audit(args) -> int:
    from ree_desk.cli.audit import cmd_audit as audit

    return audit(args)


def _progress_printer(label: str):
    """Progress on stderr when a person is watching; silent in pipes."""
    if not sys.stderr.isatty():
        return None

    def show(stage: str, done: int, total: int) -> None:
        pct = 100 * done // total if total else 0
        sys.stderr.write(f"\r{label}: {stage} {done:,}/{total:,} ({pct}%)   ")
        if done >= total and stage == "write":
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def cmd_init(args) -> int:
    from ree_desk.services import setup

    db = setup.init_database(db_path_of(args), enterprise=args.enterprise, credit_code=args.credit_code,
                             user=user_of(args))
    db.close()
    print(f"created {db.location}")
    return EXIT_OK


def cmd_import(args) -> int:
    from ree_desk.services import importer

    if args.accept_warnings and not (args.reason or "").strip():
        raise InputRejected([Problem(None, "--reason", "a reason with --accept-warnings", "none")])
    if args.reason and not args.accept_warnings:
        raise InputRejected([Problem(None, "--accept-warnings", "--accept-warnings with --reason", "--reason alone")])
    with signed_in(args) as db:
        result = importer.import_file(
            db, args.file, user=user_of(args), accept_reason=args.reason if args.accept_warnings else None,
            dry_run=args.dry_run, progress=_progress_printer(f"import {args.file.name}"),
        )
    if args.json:
        print_json({"file": str(result.path), "rows": result.rows, "flagged": result.flagged,
                    "posting": result.posting_id or None, "dry_run": result.dry_run})
    else:
        verb = "checked (dry run, nothing written)" if result.dry_run else "imported"
        flagged = f", {result.flagged} flagged" if result.flagged else ""
        print(f"{verb} {result.rows} movements from {result.path.name}{flagged}")
    return EXIT_OK


def cmd_quota(args) -> int:
    from ree_desk.cli import shapes
    from ree_desk.cli.text import print_quota
    from ree_desk.services import quotas

    db = for_writing(args) if args.quota_command == "add" else for_reading(args)
    try:
        if args.quota_command == "add":
            sign_in(db, args)
            new_id = quotas.add_allocation(
                db, year=args.year, kind=args.kind, tonnes=args.tonnes, batch=args.batch,
                scope=args.scope, document=args.doc, user=user_of(args),
            )
            print(f"added quota allocation {new_id}: {args.year} {args.kind} ({args.scope}) {args.tonnes} t REO")
            return EXIT_OK
        as_of = args.as_of or dt.date.today()
        lines = quotas.quota_status(db, args.year, as_of=as_of)
    finally:
        db.close()
    if args.json:
        print_json(shapes.quota_status(args.year, as_of, lines))
    else:
        print_quota(args.year, lines)
    return EXIT_OK


def cmd_stock(args) -> int:
    from ree_desk.cli import shapes
    from ree_desk.services import stock

    db = for_reading(args)
    try:
        lots = stock.stock_as_of(db, args.as_of, material=args.material)
    finally:
        db.close()
    if args.json:
        print_json(shapes.stock(args.as_of, lots))
    else:
        from ree_desk.cli.text import print_stock

        print_stock(args.as_of, lots)
    return EXIT_OK


def cmd_reverse(args) -> int:
    from ree_desk.services import reversal

    with signed_in(args) as db:
        result = reversal.reverse_movement(
            db, args.movement, day=args.date, reason=args.reason, user=user_of(args),
            accept_reason=args.reason if args.accept_warnings else None,
        )
    print(f"movement {args.movement} reversed by movement {result.movement_ids[0]}")
    return EXIT_OK


def cmd_material(args) -> int:
    from ree_desk.cli.text import print_materials
    from ree_desk.services import setup

    db = for_writing(args) if args.material_command == "add" else for_reading(args)
    try:
        if args.material_command == "add":
            sign_in(db, args)
            row = setup.add_material(
                db, code=args.code, name_zh=args.name_zh, name_en=args.name_en, category=args.category,
                group=args.group, default_grade_bp=parse_grade_pct(args.grade), hs_code=args.hs,
                user=user_of(args),
            )
            print(f"added material {row.code}")
            return EXIT_OK
        rows = setup.list_materials(db)
    finally:
        db.close()
    if args.json:
        print_json([r.__dict__ for r in rows])
    else:
        print_materials(rows)
    return EXIT_OK


def cmd_report(args) -> int:
    from ree_desk.report.shape import report_json
    from ree_desk.services.report import make_report

    db = for_writing(args)
    printer = _progress_printer(f"report {args.month}")
    try:
        sign_in(db, args)
        result = make_report(
            db, args.month, user=user_of(args), xlsx=args.xlsx, pdf=args.pdf, close=args.close,
            today=args.today, progress=printer,
        )
    finally:
        db.close()
    if args.json:
        data = report_json(result.report)
        data["files"] = {"xlsx": str(result.xlsx) if result.xlsx else None,
                         "pdf": str(result.pdf) if result.pdf else None}
        data["closed"] = result.closed
        print_json(data)
    else:
        written = [str(p) for p in (result.xlsx, result.pdf) if p]
        print(f"report {result.report.month}: {result.report.movement_count} movements, checks passed, "
              f"checksum {result.report.checksum[:16]}…, chain head #{result.report.chain_head_id or 0} "
              f"{result.report.chain_head[:16]}…"
              + (f"; wrote {', '.join(written)}" if written else "")
              + ("; month closed" if result.closed else ""))
    return EXIT_OK


def cmd_status(args) -> int:
    from ree_desk.services.months import status

    db = for_reading(args)
    try:
        data = status(db, args.today or dt.date.today())
    finally:
        db.close()
    if args.json:
        print_json(data)
    else:
        due = data["next_due"]
        when = (f"overdue by {-due['days_left']} days" if due["overdue"]
                else f"{due['days_left']} days left")
        print(f"next report due: {due['month']} by {due['due_date']} ({when}) 下一期报表")
        print(f"open months 未结账月份: {', '.join(data['open_months']) or 'none'}")
    return EXIT_OK


def cmd_month(args) -> int:
    from ree_desk.services.months import reopen_month

    with signed_in(args) as db:
        reopen_month(db, args.month, user=user_of(args), reason=args.reason)
    print(f"month {args.month} reopened")
    return EXIT_OK


def cmd_backup(args) -> int:
    from ree_desk.cli.backup_text import print_backup, print_backups
    from ree_desk.services.backups import (
        KEEP,
        backup_folder,
        copies_key,
        make_backup,
        second_folder,
        set_second_folder,
    )

    if args.remember and args.dir is None:
        raise UsageError("ree-desk backup: --remember keeps the folder given with --dir (see ree-desk backup --help)")
    if args.remember and args.forget:
        raise UsageError("ree-desk backup: --remember and --forget exclude each other (see ree-desk backup --help)")
    # remembering or forgetting the second place writes a setting, even with --list
    listing = args.list and not (args.remember or args.forget)
    db = for_reading(args) if listing else for_writing(args)
    path = copies_key(db)
    try:
        if args.forget or args.remember or not args.list:
            sign_in(db, args)
        if args.forget:
            set_second_folder(db, None, user=user_of(args))
        folder = backup_folder(path) if args.remember else args.dir or backup_folder(path)
        if args.remember:
            set_second_folder(db, args.dir, user=user_of(args))
        second = second_folder(db)
        made = None if args.list else make_backup(db, user=user_of(args), reason="asked for", folder=folder,
                                                   keep=args.keep or KEEP)
    finally:
        db.close()
    if args.list:
        print_backups(path, folder, second, as_json=args.json)
    else:
        print_backup(path, made, folder, second, as_json=args.json)
    return EXIT_OK


def cmd_verify(args) -> int:
    """Exit 0 when everything holds, 1 naming the first row of each kind that breaks."""
    from ree_desk.services.verify import verify_ledger

    db = for_reading(args)
    progress = _progress_printer("verify")
    try:
        report = verify_ledger(db, progress=progress)
    finally:
        db.close()
    if progress:
        sys.stderr.write("\n")
    if args.json:
        print_json(report.as_json())
    elif report.ok:
        print(f"verified: {report.movements:,} movements, {report.audit_events:,} audit events, "
              f"{report.closed_months} closed months; chain head {report.head}")
    for problem in report.problems:
        print(f"ree-desk: {problem}", file=sys.stderr)
    if not report.ok:
        print(f"ree-desk: the ledger does not verify ({len(report.problems)} problem(s))", file=sys.stderr)
    return EXIT_OK if report.ok else EXIT_REJECTED


def cmd_account(args) -> int:
    from ree_desk.cli import account_commands

    return account_commands.run(args)


def cmd_migrate_to(args) -> int:
    """The source is held for writing throughout, so that no posting lands
    in it that the copy would miss."""
    from ree_desk.services.ledger_copy import move_to

    target = args.target
    if not is_server_url(target) and target.exists():
        raise InputRejected([Problem(None, "target", "a file that does not exist yet", str(target))])
    with signed_in(args) as db:
        result = move_to(db, target, user=user_of(args), progress=_progress_printer("migrate-to"),
                         password=password_for(target))
    if args.json:
        print_json({"from": db.location, "to": result.location, "rows": result.rows,
                    "movements": result.movements, "head": result.head, "verified": True})
        return EXIT_OK
    print(f"copied {db.location} to {result.location}: {result.movements:,} movements, "
          f"{sum(result.rows.values()):,} rows; counts, totals by month, quota use and both chains "
          f"checked; chain head {result.head}")
    print(f"{db.location} is left as it was; work on in {result.location}")
    return EXIT_OK


def cmd_grant_workstations(args) -> int:
    from ree_desk.services.server_roles import grant_workstations

    with signed_in(args) as db:
        statements = grant_workstations(db, args.role, user=user_of(args))
    for sql in statements:
        print(f"{sql};")
    print(f"{args.role} may now read the ledger and post to it on {db.name}; posted rows it may not change")
    return EXIT_OK


def cmd_restore(args) -> int:
    from ree_desk.services.restore import restore_database

    path = db_file_of(args, "restore a copy into (a server's database is restored with migrate-to from a copy)")
    result = restore_database(path, args.copy, user=user_of(args),
                              progress=_progress_printer(f"restore {args.copy.name}"), wait=args.wait,
                              on_wait=say_waiting, sign_in=lambda db: sign_in(db, args))
    copy = result.copy
    if args.json:
        print_json({"database": str(result.database), "copy": copy.as_json(),
                    "replaced": str(result.replaced) if result.replaced else None, "migrated": result.migrated})
        return EXIT_OK
    checks = f"chain head {copy.head}; checked and verified" if copy.chained else "no chain yet; checked"
    print(f"restored {result.database} from {copy.path} (made {copy.made_at:%Y-%m-%d %H:%M:%S}, {copy.enterprise}, "
          f"{copy.movements:,} movements, {checks})")
    if result.replaced:
        print(f"the database it replaced is kept as {result.replaced}")
    return EXIT_OK


def cmd_screenshots(args) -> int:
    from ree_desk.gui.screenshots import write_screenshots

    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        raise InputRejected([Problem(None, "--size", "a size as WIDTHxHEIGHT, such as 1280x800", args.size)])
    files = write_screenshots(db_file_of(args, "show", demo=True), args.out, size=(width, height), user=user_of(args))
    for path in files:
        print(path)
    return EXIT_OK


def cmd_demo(args) -> int:
    from ree_desk.cli.text import print_quota
    from ree_desk.services import quotas
    from ree_desk.services.demo import DemoOptions, build_demo

    path = db_file_of(args, "build the demo in", demo=True)
    if args.movements < 100 or args.movements > 1_000_000:
        raise InputRejected([Problem(None, "--movements", "a size from 100 to 1,000,000", str(args.movements))])
    if args.years is not None and not 1 <= args.years <= 10:
        raise InputRejected([Problem(None, "--years", "a number of years from 1 to 10", str(args.years))])
    if path.exists() and not args.force:
        raise InputRejected([Problem(None, "--db", "a file that does not exist yet (or --force to replace it)",
                                     str(path))])
    end = args.end or dt.date.today() - dt.timedelta(days=1)
    progress = _progress_printer("demo")
    # Held from before the old file is removed until the new one is built:
    # a program still writing the old demo is waited for, not pulled from under.
    path.parent.mkdir(parents=True, exist_ok=True)
    lock, holder = hold_for_writing(path, wait=args.wait, on_wait=say_waiting)
    if lock is None:
        raise DatabaseBusy(path, holder or {})
    try:
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        summary = build_demo(
            path, DemoOptions(movements=args.movements, seed=args.seed, end=end, user=user_of(args),
                              years=args.years, open_lots=args.open_lots, close=args.close),
            progress=(lambda done, total: progress("write", done, total)) if progress else None,
        )
    finally:
        lock.release()
    if args.json:
        print_json(summary)
        return EXIT_OK
    print(f"demo database {path}: {summary['movements']:,} movements from {summary['first_day']} "
          f"to {summary['last_day']}, {summary['closed_months']} months closed")
    print(f"try: ree-desk stock --db \"{path}\" --as-of {end.isoformat()}\n")
    db = open_database(path, access="read")
    try:
        print_quota(end.year, quotas.quota_status(db, end.year, as_of=end))
    finally:
        db.close()
    return EXIT_OK
