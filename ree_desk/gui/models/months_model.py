"""The months of the reports screen: one row per month, newest first."""
from __future__ import annotations

from ree_desk.gui.qt import QAbstractTableModel, QColor, QLocale, QModelIndex, QPersistentModelIndex, Qt
from ree_desk.services.months_overview import MonthOverview

OVERDUE = QColor("#b3261e")
CLOSED = QColor("#2e6b34")
MUTED = QColor("#6b7480")


class MonthsModel(QAbstractTableModel):
    MONTH, STATE, DUE, DAYS, MOVEMENTS, CLOSED_ON, REPORT = range(7)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[MonthOverview] = []

    def set_rows(self, rows: list[MonthOverview]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> MonthOverview | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, month: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.month == month), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Month"), self.tr("State"), self.tr("Due"), self.tr("Days left"),
                self.tr("Movements"), self.tr("Closed on"), self.tr("Report files"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue and col in (self.STATE, self.DUE, self.DAYS):
                return OVERDUE
            if row.closed and col == self.STATE:
                return CLOSED
            if col == self.REPORT and row.report is None:
                return MUTED
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.MOVEMENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.REPORT and row.report is not None:
            return "\n".join(str(p) for p in (row.report.xlsx, row.report.pdf) if p)
        return None

    def _text(self, row: MonthOverview, col: int) -> str:
        if col == self.MONTH:
            return row.month
        if col == self.STATE:
            if row.closed:
                return self.tr("Closed")
            return self.tr("Open, overdue") if row.overdue else self.tr("Open")
        if col == self.DUE:
            return row.due.isoformat()
        if col == self.DAYS:
            return "" if row.closed else self.days_text(row.days_left)
        if col == self.MOVEMENTS:
            return QLocale().toString(row.movements)
        if col == self.CLOSED_ON:
            if not row.closed:
                return ""
            return self.tr("{day} by {user}").format(day=row.closed_at.date().isoformat(), user=row.closed_by)
        if col == self.REPORT:
            report = row.report
            if report is None:
                return self.tr("none yet")
            kinds = " + ".join(k for k, p in (("xlsx", report.xlsx), ("PDF", report.pdf)) if p)
            return self.tr("{kinds}, {when}").format(kinds=kinds, when=report.at.strftime("%Y-%m-%d %H:%M"))
        return ""

    def days_text(self, days: int) -> str:
        if days == 0:
            return self.tr("due today")
        if days < 0:
            return self.tr("1 day overdue") if days == -1 else self.tr("{n} days overdue").format(n=-days)
        return self.tr("1 day left") if days == 1 else self.tr("{n} days left").format(n=days)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 6))
