"""Writing the audit events a filter shows to an xlsx or CSV file.

As the ledger export: one reading of the trail, streamed; text is always
text (never a formula); the file is written beside its target and renamed
into place once complete; CSV is UTF-8 with a byte-order mark. Headers are
Chinese with the English key beside, whatever the user's language; the
sentence column is said by the caller (the desktop program passes its
translation), in English by default.
"""
from __future__ import annotations

import csv
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from ree_desk.report.xlsx_text import FORMULA_START, text_cell
from ree_desk.services.audit_log import BASE_COLUMNS, AuditEntry, AuditFilter, count_events, iter_events
from ree_desk.services.audit_text import summary
from ree_desk.services.ledger_export import export_format
from ree_desk.store.database import Database
from ree_desk.store.tables import audit_event_table

Progress = Callable[[int, int], None]
Describe = Callable[[AuditEntry], str]
A = audit_event_table

PROGRESS_STEP = 1000
SHEET = "审计 Audit"
# (key, Chinese header, width)
COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("id", "编号", 9),
    ("at", "时间", 20),
    ("by", "用户", 14),
    ("action", "动作", 16),
    ("summary", "说明", 70),
    ("detail", "内容", 60),
)
HEADERS = tuple(f"{zh} {key}" for key, zh, _width in COLUMNS)
EXTRA_WIDTH = 24
AT_FORMAT = "yyyy-mm-dd hh:mm:ss"
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


def export_audit(db: Database, path: Path, filt: AuditFilter, *, fmt: str | None = None,
                 describe: Describe = summary, progress: Progress | None = None) -> int:
    """Write the events of ``filt``, newest first, to ``path`` as ``fmt``
    ("xlsx" or "csv"; by default as its name ends); returns how many. An
    exception ``progress`` raises (a cancel) stops the export and leaves no
    file behind."""
    path = Path(path)
    fmt = fmt or export_format(path)
    if fmt not in ("xlsx", "csv"):
        raise ValueError(f"expected the format xlsx or csv, found {fmt!r}")
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        temporary.open("xb").close()  # fails early, and cleanly, in a folder we cannot write
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from None  # named as the user named it
    done = 0
    try:
        with db.read() as conn:
            total = count_events(conn, filt)
            writer = _XlsxWriter(temporary) if fmt == "xlsx" else _CsvWriter(temporary)
            with writer:
                for batch in iter_events(conn, filt):
                    for entry in batch:
                        writer.row(_values(entry, describe))
                        done += 1
                        if progress is not None and done % PROGRESS_STEP == 0:
                            progress(done, total)
        with temporary.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(done, done)
    return done


def extra_columns() -> list[str]:
    """Columns of the table beyond the five every version has (a chain
    hash, say): exported after them under their own names."""
    return [c.name for c in A.c if c.name not in BASE_COLUMNS]


def _values(entry: AuditEntry, describe: Describe) -> list[Any]:
    extra = [entry.extra.get(name) for name in extra_columns()]
    return [entry.id, entry.at, entry.by, entry.action, describe(entry), entry.raw] + [
        None if value is None else str(value) for value in extra]


def _headers() -> list[str]:
    return list(HEADERS) + extra_columns()


class _CsvWriter:
    def __init__(self, path: Path):
        self.path = path

    def __enter__(self) -> _CsvWriter:
        self.handle = self.path.open("w", encoding="utf-8-sig", newline="")
        self.out = csv.writer(self.handle)
        self.out.writerow(_headers())
        return self

    def __exit__(self, *exc) -> None:
        self.handle.close()

    def row(self, values: list[Any]) -> None:
        event_id, at, *texts = values
        # A spreadsheet opening the file would run text starting like a
        # formula; the apostrophe makes Excel read it as text.
        self.out.writerow([str(event_id), at.isoformat(sep=" ", timespec="seconds") if at else ""] + [
            "" if text is None else "'" + text if text.startswith(FORMULA_START) else text for text in texts])


class _XlsxWriter:
    """A write-only workbook: rows go to disk as they are appended."""

    def __init__(self, path: Path):
        self.path = path
        self.workbook = Workbook(write_only=True)

    def __enter__(self) -> _XlsxWriter:
        ws = self.ws = self.workbook.create_sheet(SHEET)
        widths = [width for _key, _zh, width in COLUMNS] + [EXTRA_WIDTH] * len(extra_columns())
        for index, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = "A2"
        header = []
        for text in _headers():
            cell = text_cell(ws, text, always_cell=True)
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
            header.append(cell)
        ws.append(header)
        # Styled cells reused row after row (write-only mode writes a row out
        # during append), as the ledger export does.
        self.id_cell = WriteOnlyCell(ws)
        self.id_cell.number_format = "0"
        self.at_cell = WriteOnlyCell(ws)
        self.at_cell.number_format = AT_FORMAT
        return self

    def __exit__(self, exc_type, *exc) -> None:
        if exc_type is None:
            self.workbook.save(self.path)
            return
        writer = getattr(self.ws, "_writer", None)
        if writer is not None:
            try:
                self.ws.close()
                writer.cleanup()
            except (OSError, ValueError):  # best effort: the original error is what matters
                pass

    def row(self, values: list[Any]) -> None:
        event_id, at, *texts = values
        self.id_cell.value, self.at_cell.value = event_id, at
        self.ws.append([self.id_cell, self.at_cell if at else None] + [
            text_cell(self.ws, text) if text else None for text in texts])
