"""``ree-desk``: the program's command line (SPEC section 4).

Exit status: 0 success, 1 rejected input, 2 usage error. Every error is one
line on stderr; no user mistake ends in a traceback.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from ree_desk import __version__
from ree_desk.cli.common import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, UsageError
from ree_desk.domain.catalogue import MaterialError
from ree_desk.domain.countries import UnknownCountryError
from ree_desk.domain.credit_code import CreditCodeError
from ree_desk.domain.problems import InputRejected
from ree_desk.domain.quantities import QuantityError
from ree_desk.services.ledger_file import DatabaseBusy, StoreError, is_server_url

WAIT_S = 10.0
ROLES = ["clerk", "manager", "administrator", "admin"]
USER_ERRORS = (InputRejected, StoreError, MaterialError, CreditCodeError, QuantityError, UnknownCountryError)


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, as for every other error
        raise UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f'expected a date as YYYY-MM-DD, found "{text}"') from None


def _database(text: str) -> Path | str:
    return text if is_server_url(text) else Path(text)


def _db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=_database, default=argparse.SUPPRESS,
                   help="database file (default: the per-user data folder), or the plant's server database as "
                        "postgresql://USER@HOST[:PORT]/NAME (its password from PGPASSWORD, ~/.pgpass or a prompt)")
    p.add_argument("--user", default=argparse.SUPPRESS,
                   help="who does it: the account to sign in with, where the database has accounts (or "
                        "REE_DESK_USER; the password from a prompt or REE_DESK_PASSWORD); else the name "
                        "recorded (default: login name)")


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value < 10**7:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, 0 or more, found {text!r}")
    return value


def _wait_option(p: argparse.ArgumentParser) -> None:
    """On the commands that write: another program may be writing the same database."""
    p.add_argument("--wait", type=_seconds, default=WAIT_S, metavar="SECONDS",
                   help=f"wait this long for another program writing the database (default {WAIT_S:g})")


def build_parser() -> Parser:
    parser = Parser(prog="ree-desk", description="REE Desk: rare-earth product-flow ledger, quotas and reports. "
                    "Without a command it opens the desktop program. Commands print text, or JSON with --json.")
    parser.add_argument("--version", action="version", version=f"ree-desk {__version__}")
    _db_option(parser)
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")

    p = sub.add_parser("init", help="create a database for the enterprise with the seeded catalogue")
    _db_option(p)
    p.add_argument("--enterprise", required=True, help="enterprise name")
    p.add_argument("--credit-code", required=True, help="18-character unified social credit code")

    p = sub.add_parser("import", help="import a movement file (CSV or xlsx), all or nothing")
    _db_option(p)
    p.add_argument("file", type=Path)
    p.add_argument("--accept-warnings", action="store_true",
                   help="record rows that leave a lot negative or exceed a quota, flagged with --reason")
    p.add_argument("--reason", help="why the warnings are accepted (with --accept-warnings)")
    p.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    p.add_argument("--json", action="store_true")
    _wait_option(p)

    quota = sub.add_parser("quota", help="quota allocations and position")
    _db_option(quota)
    qsub = quota.add_subparsers(dest="quota_command", parser_class=Parser, metavar="ACTION", required=True)
    p = qsub.add_parser("add", help="record a quota batch (tonnes REO)")
    _db_option(p)
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--kind", required=True, choices=["mining_rock", "mining_ionic", "separation"])
    p.add_argument("--tonnes", required=True, help="tonnes of REO")
    p.add_argument("--batch", type=int)
    p.add_argument("--scope", default="any", choices=["any", "domestic", "imported"])
    p.add_argument("--doc", help="document reference of the allocation")
    _wait_option(p)
    p = qsub.add_parser("status", help="allocated, used by origin, remaining, forecast")
    _db_option(p)
    p.add_argument("--year", type=int, default=dt.date.today().year)
    p.add_argument("--as-of", type=_day, help="day the year-to-date rate is measured at (default today)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("stock", help="stock per material and lot as of a day")
    _db_option(p)
    p.add_argument("--as-of", type=_day, default=dt.date.today())
    p.add_argument("--material", help="only this material code")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("reverse", help="reverse a posted movement with a reason")
    _db_option(p)
    p.add_argument("movement", type=int, help="number of the movement to reverse")
    p.add_argument("--reason", required=True)
    p.add_argument("--date", type=_day, default=dt.date.today(), help="date of the reversal (an open month)")
    p.add_argument("--accept-warnings", action="store_true", help="record it even if the lot goes negative")
    _wait_option(p)

    mat = sub.add_parser("material", help="the material catalogue")
    _db_option(mat)
    msub = mat.add_subparsers(dest="material_command", parser_class=Parser, metavar="ACTION", required=True)
    p = msub.add_parser("list")
    _db_option(p)
    p.add_argument("--json", action="store_true")
    p = msub.add_parser("add")
    _db_option(p)
    p.add_argument("--code", required=True)
    p.add_argument("--name-zh", required=True)
    p.add_argument("--name-en", required=True)
    p.add_argument("--category", required=True,
                   choices=["ore", "ore_product", "secondary", "product", "metal", "magnet"])
    p.add_argument("--group", required=True, choices=["light", "medium_heavy"])
    p.add_argument("--grade", required=True, help="default TREO grade in percent")
    p.add_argument("--hs", required=True, help="HS code")
    _wait_option(p)

    p = sub.add_parser("report", help="the monthly report: xlsx file, PDF summary, JSON; close the month")
    _db_option(p)
    p.add_argument("--month", required=True, help="YYYY-MM")
    p.add_argument("--xlsx", type=Path, help="write the report file here")
    p.add_argument("--pdf", type=Path, help="write the PDF summary here")
    p.add_argument("--json", action="store_true", help="print the report's figures")
    p.add_argument("--close", action="store_true", help="close the month once the report is written and checked")
    p.add_argument("--today", type=_day, default=None, help=argparse.SUPPRESS)
    _wait_option(p)

    p = sub.add_parser("status", help="the next report due, days left, open months")
    _db_option(p)
    p.add_argument("--json", action="store_true")
    p.add_argument("--today", type=_day, default=None, help=argparse.SUPPRESS)

    mon = sub.add_parser("month", help="reopen a closed month")
    _db_option(mon)
    monsub = mon.add_subparsers(dest="month_command", parser_class=Parser, metavar="ACTION", required=True)
    p = monsub.add_parser("reopen", help="reopen a closed month, with a reason (a manager's decision)")
    _db_option(p)
    p.add_argument("--month", required=True)
    p.add_argument("--reason", required=True)
    _wait_option(p)

    p = sub.add_parser("backup", help="copy the database, checked, beside it (the newest copies are kept)")
    _db_option(p)
    p.add_argument("--dir", type=Path, default=None,
                   help="folder for the copies (default: NAME-backups beside the database)")
    p.add_argument("--keep", type=_positive, default=None, help="how many copies to keep (default 30)")
    p.add_argument("--list", action="store_true", help="list the copies (in both places) instead of making one")
    p.add_argument("--remember", action="store_true",
                   help="keep --dir as the second place for copies (a USB disk or network share): from now on "
                        "every copy goes beside the database and there too, whenever it can be reached")
    p.add_argument("--forget", action="store_true", help="stop making copies in the second place")
    p.add_argument("--json", action="store_true")
    _wait_option(p)

    p = sub.add_parser("migrate-to", help="copy the whole ledger into a new database (a file's ledger to the plant's "
                       "PostgreSQL server, or a server's to a file) and verify the copy before saying it is done")
    _db_option(p)
    p.add_argument("target", type=_database, help="an empty database on the server, postgresql://USER@HOST[:PORT]/"
                   "NAME (made by the server's administrator), or a file that does not exist yet")
    p.add_argument("--json", action="store_true")
    _wait_option(p)

    p = sub.add_parser("grant-workstations", help="on the plant's server: give the workstations' login role what "
                       "the program needs and no right to change or remove a posted row (run as the owner)")
    _db_option(p)
    p.add_argument("role", help="the login role the workstations use (made by the server's administrator)")
    _wait_option(p)

    p = sub.add_parser("restore", help="replace the database by a checked copy, keeping the replaced file")
    _db_option(p)
    p.add_argument("copy", type=Path, help="the copy to put back (a file made by backup, or any REE Desk database)")
    p.add_argument("--json", action="store_true")
    _wait_option(p)

    acc = sub.add_parser("account", help="accounts and their roles (clerk, manager, administrator)")
    _db_option(acc)
    asub = acc.add_subparsers(dest="account_command", parser_class=Parser, metavar="ACTION", required=True)
    p = asub.add_parser("add", help="add an account, its password from a prompt or REE_DESK_NEW_PASSWORD "
                                    "(the first account is an administrator)")
    _db_option(p)
    _wait_option(p)
    p.add_argument("--name", required=True, help="the user name to sign in with")
    p.add_argument("--role", choices=ROLES, help="clerk, manager or administrator")
    p.add_argument("--full-name", help="the person's full name")
    p = asub.add_parser("list", help="every account, its role and whether it is active")
    _db_option(p)
    p.add_argument("--json", action="store_true")
    p = asub.add_parser("edit", help="change an account's role, deactivate or activate it, reset its password")
    _db_option(p)
    _wait_option(p)
    p.add_argument("--name", required=True)
    p.add_argument("--role", choices=ROLES)
    p.add_argument("--full-name")
    active = p.add_mutually_exclusive_group()
    active.add_argument("--deactivate", action="store_true", help="the account can no longer sign in")
    active.add_argument("--activate", action="store_true")
    p.add_argument("--reset-password", action="store_true",
                   help="a new password, from a prompt or REE_DESK_NEW_PASSWORD")

    p = sub.add_parser("verify", help="check the database file, the hash chains and the stored closing balances")
    _db_option(p)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("audit", help="the audit trail, newest first: every posting, reversal, quota change, "
                       "month closed or reopened, report, setting, sign-in and backup")
    _db_option(p)
    p.add_argument("--from", dest="date_from", type=_day, help="first day (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", type=_day, help="last day (YYYY-MM-DD)")
    p.add_argument("--action", help="an action (post, reverse, quota_add, …) or a group: postings, flagged, "
                   "reversals, quotas, months, reports, settings, logins, backups, checks")
    p.add_argument("--by", help="only the events of this user")
    p.add_argument("--search", help="text anywhere in the events' detail; a number finds that event")
    p.add_argument("--limit", type=_positive, help="at most this many events")
    p.add_argument("--json", action="store_true")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--xlsx", type=Path, help="write the events to this xlsx file")
    out.add_argument("--csv", type=Path, help="write the events to this CSV file (UTF-8)")

    p = sub.add_parser("screenshots", help="write screenshots of every screen in Chinese and English")
    _db_option(p)
    p.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    p.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")

    p = sub.add_parser("demo", help="build a realistic demo database")
    _db_option(p)
    p.add_argument("--movements", type=int, default=20000, help="about how many movements (up to 1,000,000)")
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--end", type=_day, default=None, help="last day of the demo history (default yesterday)")
    p.add_argument("--years", type=int, default=None,
                   help="years of history, 1 to 10 (default: about 100,000 movements a year)")
    p.add_argument("--open-lots", action="store_true",
                   help="leave most lots partly used, as a history brought in from spreadsheets")
    p.add_argument("--no-close", dest="close", action="store_false", help="close no month")
    p.add_argument("--force", action="store_true", help="replace an existing demo database")
    p.add_argument("--json", action="store_true")
    _wait_option(p)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            if _no_display():
                print("ree-desk: no display to open the desktop program on (DISPLAY is not set); "
                      "run it in a desktop session, or use a command (ree-desk --help)", file=sys.stderr)
                return EXIT_REJECTED
            from ree_desk.gui.app import run as run_gui

            return run_gui(getattr(args, "db", None), user=getattr(args, "user", None))
        from ree_desk.cli import commands

        return commands.run(args)
    except DatabaseBusy as exc:
        more = ", or wait longer with --wait SECONDS" if getattr(args, "wait", None) is not None else ""
        print(f"ree-desk: {exc}{more}", file=sys.stderr)
        return EXIT_REJECTED
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    except InputRejected as exc:
        for problem in exc.problems:
            print(f"ree-desk: {problem}", file=sys.stderr)
        print(f"ree-desk: {exc.summary}", file=sys.stderr)
        return EXIT_REJECTED
    except USER_ERRORS as exc:
        print(f"ree-desk: {exc}", file=sys.stderr)
        return EXIT_REJECTED
    except BrokenPipeError:
        # The reader of our output went away (``| head``); nothing to report.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print("ree-desk: interrupted; nothing half-written was kept", file=sys.stderr)
        return 130
    except OSError as exc:
        import errno

        from ree_desk.services.ledger_file import storage_error

        # A full disk or a read-only file system, whatever was being written;
        # a permission refused may have been for reading, and is said as it is.
        plain = exc.filename and exc.errno not in (errno.EACCES, errno.EPERM)
        said = storage_error(exc, Path(exc.filename)) if plain else None
        print(f"ree-desk: {said}" if said else f"ree-desk: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
              file=sys.stderr)
        return EXIT_REJECTED


def _no_display() -> bool:
    """Qt would abort without a word a Python user can act on."""
    import os

    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, found {text!r}")
    return value
