"""A year's quota allocations, batch by batch."""
from __future__ import annotations

from ree_desk.gui import quota_names as names
from ree_desk.gui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("AllocationsModel", "Quota"),
    QT_TRANSLATE_NOOP("AllocationsModel", "Origin scope"),
    QT_TRANSLATE_NOOP("AllocationsModel", "Batch"),
    QT_TRANSLATE_NOOP("AllocationsModel", "Tonnes REO"),
    QT_TRANSLATE_NOOP("AllocationsModel", "Document"),
    QT_TRANSLATE_NOOP("AllocationsModel", "Entered by"),
    QT_TRANSLATE_NOOP("AllocationsModel", "Entered at"),
)


class AllocationsModel(QAbstractTableModel):
    """Rows are ``quotas.allocations`` dicts; the allocation id is the UserRole."""

    KIND, SCOPE, BATCH, TONNES, DOCUMENT, BY, AT = range(7)
    _RIGHT = (BATCH, TONNES)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def allocation(self, row: int) -> dict:
        return self._rows[row]

    def row_of(self, allocation_id: int) -> int | None:
        for i, r in enumerate(self._rows):
            if r["id"] == allocation_id:
                return i
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AllocationsModel", HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self._RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.KIND:
                return names.kind_name(r["kind"])
            if col == self.SCOPE:
                return names.scope_name(r["scope"])
            if col == self.BATCH:
                return str(r["batch"])
            if col == self.TONNES:
                return names.tonnes(r["reo_g"])
            if col == self.DOCUMENT:
                return r["document"] or ""
            if col == self.BY:
                return r["created_by"]
            at = r["created_at"]
            return at.strftime("%Y-%m-%d %H:%M") if at else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self._RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.DOCUMENT:
            return r["document"] or None
        if role == Qt.ItemDataRole.UserRole:
            return r["id"]
        return None

