"""Writing a month's report as an xlsx workbook.

The figures arrive computed and checked (``MonthReport``); the sheets are
laid out as ``xlsx_sheets`` declares them. openpyxl makes the package without
its rows (``xlsx_package``: the workbook, the style table, each sheet's
set-up), and the rows are written into it from cell templates
(``xlsx_rows``), a few at a time, so memory stays flat whatever the size of
the month, and deflated by a second thread meanwhile (``deflating``). openpyxl building and styling a cell object for each of a large
month's million cells was most of the report's time.

The package goes into a temporary file beside the target that is renamed
into place only once it is complete and on disk: a failure never leaves a
half-written report where the real one belongs.

Numbers are written as numbers with number formats, totals as values summed
from the integer grams, and text is always text: a lot number or a note that
starts like a formula is stored as a string cell, never as a formula.
"""
from __future__ import annotations

import os
import secrets
import zipfile
from collections.abc import Callable
from pathlib import Path

from ree_desk.report.deflating import Deflating
from ree_desk.report.model import MonthReport
from ree_desk.report.xlsx_package import FORMATS, around_rows, make_package
from ree_desk.report.xlsx_rows import RowCounter, sheet_rows
from ree_desk.report.xlsx_shared import CONTENT_TYPES, PART, WORKBOOK_RELATIONSHIPS, SharedStrings
from ree_desk.report.xlsx_sheets import report_sheets

__all__ = ["FORMATS", "write_report_xlsx"]

Progress = Callable[[int, int], None]

PROGRESS_STEP = 1000
# Deflate level 1: a report of 84,000 inventory rows (60 MB of XML) is
# deflated in 0.24 s into 9.6 MB, where level 6 (zipfile's default) takes
# 0.78 s for 7.0 MB and level 3 0.38 s for 8.3 MB; making the rows takes
# 0.9 s (tests/benchmarks/bench_xlsx.py). A third more disk for a report
# filed monthly is cheaper than the time.
COMPRESSION_LEVEL = 1


def write_report_xlsx(report: MonthReport, path: Path, *, progress: Progress | None = None) -> None:
    """Write the month's report to ``path``, replacing any file there only
    once the new one is complete."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    temporary.open("xb").close()  # fails early, and cleanly, in a folder we cannot write
    try:
        sheets = report_sheets(report)
        package = make_package(sheets)
        counter = RowCounter(sum(len(t.rows) for s in sheets for t in s.tables), progress, PROGRESS_STEP)
        sheet_of = dict(zip(package.sheet_parts, sheets))
        shared = SharedStrings()
        told = (WORKBOOK_RELATIONSHIPS, CONTENT_TYPES)  # of the shared strings, once the sheets are written
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESSION_LEVEL) as out:
            for name, data in package.parts:
                sheet = sheet_of.get(name)
                if name in told:
                    continue
                if sheet is None:
                    out.writestr(name, data)
                    continue
                head, tail = around_rows(data)
                with out.open(name, "w") as part, Deflating(part) as deflating:
                    deflating.write(head)
                    for rows in sheet_rows(sheet, package.styles, counter, shared):
                        deflating.write(rows.encode())
                    deflating.write(tail)
            if len(shared):
                out.writestr(PART, shared.part())
            for name, data in package.parts:
                if name in told:
                    out.writestr(name, shared.amended(name, data) if len(shared) else data)
        counter.finish()
        _flush_to_disk(temporary)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _flush_to_disk(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())
