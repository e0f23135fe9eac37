"""A day's movements typed as a grid: one row per movement, the movement
file's columns, each row checked as it is typed and the posting's problems
put back on the cells they belong to."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable

from ree_desk.domain.drafts import MovementDraft, draft_from_values
from ree_desk.domain.movement_types import MovementType, MovementTypeError, parse_movement_type
from ree_desk.domain.problems import Problem
from ree_desk.domain.quantities import format_kg, reo_grams
from ree_desk.gui.qt import QAbstractTableModel, QColor, QModelIndex, QPersistentModelIndex, Qt
from ree_desk.gui.widgets.entry_messages import field_name, problem_text, type_name
from ree_desk.services.entry_preview import FIELDS

COLUMNS = FIELDS[:6] + ("reo",) + FIELDS[6:]
REO_COLUMN = COLUMNS.index("reo")
NUMBER_COLUMNS = frozenset({"mass_kg", "grade_pct", "reo"})
# What a new row takes over from the row above: a day's entries share them.
CARRIED = ("date", "type")

PROBLEM_BACKGROUND = QColor("#fde8e8")
COMPUTED_BACKGROUND = QColor("#f1f5f9")
Index = QModelIndex | QPersistentModelIndex


@dataclass
class GridRow:
    values: dict[str, str] = field(default_factory=dict)
    draft: MovementDraft | None = None
    problems: dict[str, Problem] = field(default_factory=dict)  # the row's own fields
    ledger: dict[str, Problem] = field(default_factory=dict)    # what posting said about the row

    def blank(self) -> bool:
        return not any(v for k, v in self.values.items() if k not in CARRIED)

    def problem(self, column: str) -> Problem | None:
        return self.ledger.get(column) or self.problems.get(column)


class EntryGridModel(QAbstractTableModel):
    def __init__(self, mass_text: Callable[[int], str] | None = None, unit_label: Callable[[], str] | None = None,
                 parent=None):
        super().__init__(parent)
        self.mass_text = mass_text or (lambda grams: format_kg(grams, grouping=True))
        self.unit_label = unit_label or (lambda: "kg")
        self.rows: list[GridRow] = []
        self.reset(dt.date.today(), MovementType.RECEIPT)

    # --- Qt's model ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return row.values.get(column, "")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        problem = None if row.blank() else row.problem(column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if problem is not None:
                return PROBLEM_BACKGROUND
            return COMPUTED_BACKGROUND if column == "reo" else None
        if role == Qt.ItemDataRole.ToolTipRole and problem is not None:
            return problem_text(problem)
        return None

    def _shown(self, row: GridRow, column: str) -> str:
        if column == "reo":
            return self.mass_text(self.reo_of(row)) if row.draft else ""
        text = row.values.get(column, "")
        if column == "type" and text:
            try:
                return type_name(parse_movement_type(text))
            except MovementTypeError:
                return text
        return text

    @staticmethod
    def reo_of(row: GridRow) -> int:
        """The row's REO as entered: only an adjustment carries a sign."""
        if row.draft is None:
            return 0
        mass_g = row.draft.mass_g if row.draft.type is MovementType.ADJUSTMENT else abs(row.draft.mass_g)
        return reo_grams(mass_g, row.draft.grade_bp)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == REO_COLUMN:
            return False
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        text = " ".join(str(value or "").split())
        if row.values.get(column, "") == text:
            return False
        row.values[column] = text
        row.ledger.clear()  # what posting said was about the row as it was
        self._check(index.row())
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() != REO_COLUMN:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            name = field_name(COLUMNS[section])
            return f"{name} ({self.unit_label()})" if COLUMNS[section] == "reo" else name
        return str(section + 1)

    def refresh_shown(self) -> None:
        """Show again what depends on the user's unit and language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    # --- rows ------------------------------------------------------------------------

    def reset(self, day: dt.date, mtype: MovementType) -> None:
        """One empty row dated ``day`` of type ``mtype``."""
        self.beginResetModel()
        self.rows = [GridRow({"date": day.isoformat(), "type": mtype.value})]
        self.endResetModel()

    def add_row(self, after: int | None = None) -> int:
        """A new row below ``after`` (default: at the end) with its date and
        type; returns its number."""
        source = self.rows[after] if after is not None and 0 <= after < len(self.rows) else \
            (self.rows[-1] if self.rows else None)
        position = len(self.rows) if after is None else after + 1
        values = {k: source.values.get(k, "") for k in CARRIED} if source else {}
        self.beginInsertRows(QModelIndex(), position, position)
        self.rows.insert(position, GridRow(values))
        self.endInsertRows()
        self._check(position)
        return position

    def remove_row(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()
        for number in range(row, len(self.rows)):
            self._check(number)  # their line numbers moved up

    def set_row(self, row: int, values: dict[str, str]) -> None:
        """Fill several cells of a row at once (a paste)."""
        for column, value in values.items():
            self.setData(self.index(row, COLUMNS.index(column)), value)

    def _check(self, number: int) -> None:
        row = self.rows[number]
        cells = {k: (v or None) for k, v in row.values.items()}
        row.draft, problems = draft_from_values(number + 1, cells)
        row.problems = {}
        for problem in problems:
            row.problems.setdefault(problem.column or "", problem)
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(COLUMNS) - 1))

    # --- for posting -------------------------------------------------------------------

    def filled_rows(self) -> list[int]:
        return [i for i, row in enumerate(self.rows) if not row.blank()]

    def bad_rows(self) -> list[int]:
        return [i for i in self.filled_rows() if self.rows[i].problems or self.rows[i].ledger]

    def drafts(self) -> list[MovementDraft]:
        """The filled rows' drafts, line = row number; only when none is bad."""
        if self.bad_rows():
            return []
        return [self.rows[i].draft for i in self.filled_rows()]

    def apply_problems(self, problems: list[Problem]) -> list[Problem]:
        """Put the posting's problems on their rows and cells; returns those
        that belong to no cell."""
        loose = []
        for problem in problems:
            number = (problem.line or 0) - 1
            if 0 <= number < len(self.rows) and problem.column in COLUMNS:
                self.rows[number].ledger.setdefault(problem.column, problem)
            elif 0 <= number < len(self.rows):
                self.rows[number].ledger.setdefault("", problem)
                loose.append(problem)
            else:
                loose.append(problem)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))
        return loose

    def first_problem(self) -> tuple[int, int] | None:
        """(row, column) of the first cell with a problem."""
        for number in self.bad_rows():
            row = self.rows[number]
            for column_number, column in enumerate(COLUMNS):
                if row.problem(column):
                    return number, column_number
            return number, 0
        return None
