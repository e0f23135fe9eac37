"""The rows of a movement file as read, with every problem on its cell, and
the list of those problems beside it."""
from __future__ import annotations

import datetime as dt

from ree_desk.domain.problems import Problem
from ree_desk.gui.problem_text import expected_phrase, found_text
from ree_desk.gui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QColor,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from ree_desk.services.import_preview import ImportPreview

ERROR_BACKGROUND = QColor("#f9d6d5")
WARNING_BACKGROUND = QColor("#fdebc8")
ERROR_TEXT = QColor("#b3261e")
WARNING_TEXT = QColor("#8a5a00")

COLUMN_TITLES = {
    "date": QT_TRANSLATE_NOOP("ImportPreview", "Date"),
    "type": QT_TRANSLATE_NOOP("ImportPreview", "Type"),
    "material": QT_TRANSLATE_NOOP("ImportPreview", "Material"),
    "lot": QT_TRANSLATE_NOOP("ImportPreview", "Lot"),
    "mass_kg": QT_TRANSLATE_NOOP("ImportPreview", "Mass (kg)"),
    "grade_pct": QT_TRANSLATE_NOOP("ImportPreview", "Grade (%)"),
    "origin": QT_TRANSLATE_NOOP("ImportPreview", "Origin"),
    "origin_detail": QT_TRANSLATE_NOOP("ImportPreview", "Origin detail"),
    "counterparty": QT_TRANSLATE_NOOP("ImportPreview", "Counterparty"),
    "credit_code": QT_TRANSLATE_NOOP("ImportPreview", "Credit code"),
    "customs_no": QT_TRANSLATE_NOOP("ImportPreview", "Customs no."),
    "invoice_no": QT_TRANSLATE_NOOP("ImportPreview", "Invoice no."),
    "run": QT_TRANSLATE_NOOP("ImportPreview", "Run"),
    "destination": QT_TRANSLATE_NOOP("ImportPreview", "Destination"),
    "note": QT_TRANSLATE_NOOP("ImportPreview", "Note"),
}


def column_title(name: str | None) -> str:
    if not name:
        return ""
    title = COLUMN_TITLES.get(name)
    return QCoreApplication.translate("ImportPreview", title) if title else name


def problem_text(problem: Problem) -> str:
    """What the service found wrong, in a sentence (the column is shown beside it)."""
    if problem.warning:
        text = QCoreApplication.translate("ImportPreview", "Warning: expected {expected}; found {found}.")
    else:
        text = QCoreApplication.translate("ImportPreview", "Expected {expected}; found {found}.")
    return text.format(expected=expected_phrase(problem), found=found_text(problem))


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)[:-2] if value.is_integer() else repr(value)
    return str(value)


class ImportPreviewModel(QAbstractTableModel):
    """One row per data row of the file, its columns in the file's order.
    The vertical header shows the file's line numbers."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.preview: ImportPreview | None = None
        self._columns: list[str] = []
        self._cells: dict[tuple[int, int], list[Problem]] = {}
        self._rows: dict[int, list[Problem]] = {}  # problems of a row but of no shown column
        self._row_of_line: dict[int, int] = {}

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self.preview = preview
        self._columns = list(preview.columns) if preview else []
        self._cells, self._rows = {}, {}
        self._row_of_line = {r.line: i for i, r in enumerate(preview.rows)} if preview else {}
        if preview is not None:
            col_of = {name: i for i, name in enumerate(self._columns)}
            for problem in preview.problems:
                row = self._row_of_line.get(problem.line)
                if row is None:
                    continue  # a problem of the file or its header: only in the list
                col = col_of.get(problem.column)
                if col is None:
                    self._rows.setdefault(row, []).append(problem)
                else:
                    self._cells.setdefault((row, col), []).append(problem)
        self.endResetModel()

    def index_of(self, problem: Problem) -> QModelIndex:
        """The cell a problem is about (its row's first cell if it names no
        column of the file), or an invalid index for a problem of the file."""
        row = self._row_of_line.get(problem.line)
        if row is None:
            return QModelIndex()
        col = self._columns.index(problem.column) if problem.column in self._columns else 0
        return self.index(row, col)

    def problems_at(self, row: int, col: int) -> list[Problem]:
        return self._cells.get((row, col), [])

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.preview is None else len(self.preview.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return column_title(self._columns[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._columns[section]
            return None
        if self.preview is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.preview.rows[section].line)
        problems = self._rows.get(section)
        if problems:
            if role == Qt.ItemDataRole.ForegroundRole:
                return ERROR_TEXT if any(not p.warning for p in problems) else WARNING_TEXT
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(problem_text(p) for p in problems)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.preview is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(self.preview.rows[index.row()].values.get(self._columns[index.column()]))
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
            # A problem of the whole row (a repeat of the ledger) marks each of its cells.
            problems = self._cells.get((index.row(), index.column())) or self._rows.get(index.row())
            if not problems:
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(problem_text(p) for p in problems)
            return ERROR_BACKGROUND if any(not p.warning for p in problems) else WARNING_BACKGROUND
        return None

    def retranslate(self) -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)


class ProblemListModel(QAbstractTableModel):
    LINE, COLUMN, KIND, TEXT = range(4)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.problems: list[Problem] = []

    def set_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self.problems = list(problems)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Line"), self.tr("Column"), self.tr("Kind"), self.tr("Problem"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        problem = self.problems[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.LINE:
                return "" if problem.line is None else str(problem.line)
            if col == self.COLUMN:
                return column_title(problem.column)
            if col == self.KIND:
                return self.tr("Warning") if problem.warning else self.tr("Error")
            return problem_text(problem)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.KIND:
            return WARNING_TEXT if problem.warning else ERROR_TEXT
        if role == Qt.ItemDataRole.ToolTipRole and col == self.TEXT:
            return problem_text(problem)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        if self.problems:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.problems) - 1, 3))
