"""Making the monthly report and closing the month after it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ree_desk.domain.accounts.roles import Permission
from ree_desk.domain.problems import InputRejected, Problem
from ree_desk.report.checks import check_report
from ree_desk.report.figures import compute_report, ledger_checksum, month_bounds, month_movements
from ree_desk.report.model import MonthReport
from ree_desk.services.accounts import require
from ree_desk.services.backups import make_backup
from ree_desk.services.importer import sha256_of
from ree_desk.services.months import check_can_close, close_month_in, parse_month
from ree_desk.services.posting import audit
from ree_desk.store.database import Database

# (stage, done, total): "figures", "check", "xlsx", "pdf", "backup", "close"
ReportProgress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class ReportResult:
    report: MonthReport
    xlsx: Path | None
    pdf: Path | None
    closed: bool


def make_report(
    db: Database, month: str, *, user: str, xlsx: Path | None = None, pdf: Path | None = None,
    close: bool = False, today: dt.date | None = None, progress: ReportProgress | None = None,
) -> ReportResult:
    """Compute the month's figures, check them against the ledger, write the
    files asked for, and with ``close`` close the month.

    Nothing is written unless every check passes; the month is closed only
    after its report file was written and the ledger is still the one the
    report was made from.
    """
    user = require(db, Permission.CLOSE_MONTH if close else Permission.REPORT, user)
    month = parse_month(month)
    today = today or dt.date.today()
    _first, last = month_bounds(month)
    if close and xlsx is None:
        raise InputRejected([Problem(None, "--xlsx", "the report file to write before the month is closed", "none")])
    if close and last >= today:
        raise InputRejected([Problem(None, "month", "a month that has ended before it is closed", month)])
    step = progress or (lambda *_: None)

    step("figures", 0, 1)
    with db.read() as conn:  # one read transaction: figures and checks see the same ledger
        if close:
            check_can_close(conn, month, today)  # before any file is written
        report = compute_report(conn, month)
        step("check", 0, 1)
        check_report(conn, report)
    if xlsx is not None:
        from ree_desk.report.xlsx_writer import write_report_xlsx

        write_report_xlsx(report, Path(xlsx), progress=lambda done, total: step("xlsx", done, total))
    if pdf is not None:
        step("pdf", 0, 1)
        _write_pdf(report, Path(pdf))
    detail = {"month": month, "checksum": report.checksum, "movements": report.movement_count,
              "xlsx": str(xlsx) if xlsx else None, "xlsx_sha256": sha256_of(Path(xlsx)) if xlsx else None,
              "pdf": str(pdf) if pdf else None, "pdf_sha256": sha256_of(Path(pdf)) if pdf else None}
    if close:
        # The ledger as it stood when its report was filed; a copy that cannot
        # be made stops the close, not the other way round.
        step("backup", 0, 1)
        make_backup(db, user=user, reason=f"before closing {month}")
    with db.write() as conn:
        if close:
            step("close", 0, 1)
            first, last = month_bounds(month)
            now_sum = ledger_checksum(month_movements(conn, first, last))
            if now_sum != report.checksum:
                raise InputRejected([Problem(None, "month", "a ledger unchanged while the report was written",
                                             "movements posted meanwhile; make the report again")])
            close_month_in(conn, month, user=user, note=f"report {report.checksum[:12]}", today=today)
        audit(conn, user, "report_close" if close else "report", detail)
    step("done", 1, 1)
    return ReportResult(report, Path(xlsx) if xlsx else None, Path(pdf) if pdf else None, close)


def _write_pdf(report: MonthReport, path: Path) -> None:
    # Imported here: reportlab and the font take a moment to load.
    from ree_desk.report.pdf_writer import write_report_pdf

    write_report_pdf(report, path)
