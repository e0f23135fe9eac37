"""Writing the movements a ledger filter shows to an xlsx or CSV file.

The rows are streamed from one reading of the ledger, so a million of them
need no more memory than a few thousand. As in the monthly report, numbers
are numbers with number formats and text is always text (never a formula);
the file is written beside its target and renamed into place only once it is
complete. CSV is UTF-8 with a byte-order mark, which Excel needs to read
Chinese.

The caller names the columns and the movement types in the user's language;
this module only lays the values out.
"""
from __future__ import annotations

import csv
import os
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from ree_desk.domain.quantities import format_grade, format_kg
from ree_desk.report.xlsx_sheets import DATE, ID, KG, PCT, TEXT, TONNES
from ree_desk.report.xlsx_text import FORMULA_START, text_cell
from ree_desk.report.xlsx_writer import FORMATS
from ree_desk.services.ledger_query import LedgerFilter, LedgerRow, LedgerSort, count_movements, iter_rows
from ree_desk.store.database import Database

Progress = Callable[[int, int], None]

FORMATS_BY_SUFFIX = {".xlsx": "xlsx", ".csv": "csv"}
PROGRESS_STEP = 2000
# Excel's last row is 1,048,576: one header row, the rest data; more rows
# go on to a second sheet.
ROWS_PER_SHEET = 1_048_575
MASS = "mass"  # a kind standing for KG or TONNES, as the user chose

# (key, kind, width)
COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("id", ID, 9),
    ("day", DATE, 11),
    ("type", TEXT, 14),
    ("material", TEXT, 14),
    ("lot", TEXT, 20),
    ("mass", MASS, 15),
    ("grade", PCT, 9),
    ("reo", MASS, 15),
    ("origin", TEXT, 9),
    ("counterparty", TEXT, 28),
    ("credit_code", TEXT, 20),
    ("invoice_no", TEXT, 22),
    ("customs_no", TEXT, 20),
    ("run", TEXT, 16),
    ("destination", TEXT, 9),
    ("flags", TEXT, 16),
    ("accept_reason", TEXT, 24),
    ("reverses", ID, 9),
    ("reversed_by", ID, 9),
    ("note", TEXT, 30),
)
EXPORT_KEYS = tuple(key for key, _kind, _width in COLUMNS)


@dataclass(frozen=True)
class ExportLabels:
    """Texts in the user's language; anything missing shows its key or code."""

    sheet: str = "Ledger"
    headers: Mapping[str, str] = field(default_factory=dict)   # column key -> header
    types: Mapping[str, str] = field(default_factory=dict)     # movement type code -> name
    flags: Mapping[int, str] = field(default_factory=dict)     # flag bit -> name


class ExportFormatError(ValueError):
    pass


def export_format(path: Path) -> str:
    fmt = FORMATS_BY_SUFFIX.get(Path(path).suffix.lower())
    if fmt is None:
        raise ExportFormatError(f"expected a file name ending in .xlsx or .csv, found {Path(path).name!r}")
    return fmt


def export_ledger(
    db: Database, path: Path, filt: LedgerFilter, sort: LedgerSort, *, unit: str = "kg",
    labels: ExportLabels = ExportLabels(), progress: Progress | None = None,
) -> int:
    """Write the rows of ``filt`` in ``sort`` order to ``path`` (.xlsx or
    .csv, masses in ``unit``, "kg" or "t"); returns how many were written.

    ``progress`` is called as rows are written; an exception it raises (a
    cancel) stops the export and leaves no file behind."""
    path = Path(path)
    fmt = export_format(path)
    if unit not in ("kg", "t"):
        raise ValueError(f"expected the unit kg or t, found {unit!r}")
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    temporary.open("xb").close()  # fails early, and cleanly, in a folder we cannot write
    try:
        with db.read() as conn:
            total = count_movements(conn, filt)
            batches = iter_rows(conn, filt, sort)
            writer = _XlsxWriter(temporary, unit, labels) if fmt == "xlsx" else _CsvWriter(temporary, unit, labels)
            done = 0
            with writer:
                for batch in batches:
                    for row in batch:
                        writer.row(row)
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


def _values(row: LedgerRow, labels: ExportLabels) -> dict[str, Any]:
    flags = [name for bit, name in sorted(labels.flags.items()) if row.flags & bit]
    if not labels.flags and row.flags:
        flags = [str(row.flags)]
    return {
        "id": row.id, "day": row.day, "type": labels.types.get(row.type, row.type), "material": row.material,
        "lot": row.lot, "mass": row.mass_g, "grade": row.grade_bp, "reo": row.reo_g,
        "origin": " / ".join(row.origins) or None, "counterparty": row.counterparty,
        "credit_code": row.credit_code, "invoice_no": row.invoice_no, "customs_no": row.customs_no,
        "run": row.run, "destination": row.destination, "flags": ", ".join(flags) or None,
        "accept_reason": row.accept_reason, "reverses": row.reverses_id, "reversed_by": row.reversed_by_id,
        "note": row.note,
    }


def _headers(unit: str, labels: ExportLabels) -> list[str]:
    out = []
    for key, kind, _width in COLUMNS:
        text = labels.headers.get(key, key)
        out.append(f"{text} ({unit})" if kind == MASS else text)
    return out


class _CsvWriter:
    """Masses as exact decimals in the unit, dates as YYYY-MM-DD."""

    def __init__(self, path: Path, unit: str, labels: ExportLabels):
        self.path, self.unit, self.labels = path, unit, labels

    def __enter__(self) -> _CsvWriter:
        self.handle = self.path.open("w", encoding="utf-8-sig", newline="")
        self.out = csv.writer(self.handle)
        self.out.writerow(_headers(self.unit, self.labels))
        return self

    def __exit__(self, *exc) -> None:
        self.handle.close()

    def row(self, row: LedgerRow) -> None:
        values = _values(row, self.labels)
        self.out.writerow([self._cell(kind, values[key]) for key, kind, _width in COLUMNS])

    def _cell(self, kind: str, value: Any) -> str:
        if value is None:
            return ""
        if kind == MASS:
            return format_kg(value) if self.unit == "kg" else _exact_tonnes(value)
        if kind == PCT:
            return format_grade(value)
        if kind == DATE:
            return value.isoformat()
        if kind == TEXT:
            return _csv_text(value)
        return str(value)


def _exact_tonnes(grams: int) -> str:
    whole, fraction = divmod(abs(grams), 1_000_000)
    return f"{'-' if grams < 0 else ''}{whole}.{fraction:06d}"


def _csv_text(value: str) -> str:
    """A spreadsheet opening the file would run text starting like a formula;
    the apostrophe makes Excel read it as text."""
    return "'" + value if value.startswith(FORMULA_START) else value


HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


class _XlsxWriter:
    """A write-only workbook: rows go to disk as they are appended."""

    def __init__(self, path: Path, unit: str, labels: ExportLabels):
        self.path, self.unit, self.labels = path, unit, labels
        self.workbook = Workbook(write_only=True)
        self.sheet_rows = ROWS_PER_SHEET

    def __enter__(self) -> _XlsxWriter:
        return self

    def __exit__(self, exc_type, *exc) -> None:
        if exc_type is None:
            if not self.workbook.worksheets:
                self._new_sheet()
            self.workbook.save(self.path)
        else:
            for ws in self.workbook.worksheets:
                writer = getattr(ws, "_writer", None)
                if writer is not None:
                    try:
                        ws.close()
                        writer.cleanup()
                    except (OSError, ValueError):  # best effort: the original error is what matters
                        pass

    def _new_sheet(self) -> None:
        number = len(self.workbook.worksheets) + 1
        ws = self.workbook.create_sheet(self.labels.sheet + (f" {number}" if number > 1 else ""))
        for index, (_key, _kind, width) in enumerate(COLUMNS, 1):
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = "A2"
        header = []
        for text in _headers(self.unit, self.labels):
            cell = self._text(ws, text, always_cell=True)
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
            header.append(cell)
        ws.append(header)
        # One styled cell per number column, reused row after row (write-only
        # mode writes a row out during append), as the report writer does.
        self.number_cells = {
            key: self._styled(ws, self._kind(kind)) for key, kind, _width in COLUMNS if kind != TEXT
        }
        self.ws, self.sheet_rows = ws, 0

    def _kind(self, kind: str) -> str:
        if kind == MASS:
            return KG if self.unit == "kg" else TONNES
        return kind

    def row(self, row: LedgerRow) -> None:
        if self.sheet_rows >= ROWS_PER_SHEET:
            self._new_sheet()
        values = _values(row, self.labels)
        cells = []
        for key, kind, _width in COLUMNS:
            value = values[key]
            if value is None:
                cells.append(None)
            elif kind == TEXT:
                cells.append(self._text(self.ws, value))
            else:
                cell = self.number_cells[key]
                cell.value = self._number(self._kind(kind), value)
                cells.append(cell)
        self.ws.append(cells)
        self.sheet_rows += 1

    @staticmethod
    def _number(kind: str, value: Any) -> Any:
        scale = {KG: 1000, TONNES: 1_000_000, PCT: 100}.get(kind)
        return value if scale is None else value / scale

    @staticmethod
    def _styled(ws: Any, kind: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws)
        cell.number_format = FORMATS[kind]
        return cell

    @staticmethod
    def _text(ws: Any, value: str, always_cell: bool = False) -> Any:
        return text_cell(ws, value, always_cell=always_cell)
