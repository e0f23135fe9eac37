"""The dashboard's short list of the latest movements."""
from __future__ import annotations

from typing import Callable

from ree_desk.gui import quota_names as names
from ree_desk.gui.qt import QAbstractTableModel, QCoreApplication, QFont, QModelIndex, QPersistentModelIndex, Qt
from ree_desk.services.dashboard import RecentMovement

Index = QModelIndex | QPersistentModelIndex


class LatestMovementsModel(QAbstractTableModel):
    DATE, TYPE, MATERIAL, LOT, MASS, ORIGIN = range(6)

    def __init__(self, mass: Callable[[int], str], unit: Callable[[], str], parent=None):
        super().__init__(parent)
        self._rows: list[RecentMovement] = []
        self._mass = mass
        self._unit = unit

    def set_rows(self, rows: list[RecentMovement]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> RecentMovement:
        return self._rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("LatestMovementsModel", "Date"),
                QCoreApplication.translate("LatestMovementsModel", "Type"),
                QCoreApplication.translate("LatestMovementsModel", "Material"),
                QCoreApplication.translate("LatestMovementsModel", "Lot"),
                QCoreApplication.translate("LatestMovementsModel", "Mass ({unit})").format(unit=self._unit()),
                QCoreApplication.translate("LatestMovementsModel", "Origin"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == self.MASS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.DATE:
                return r.day.isoformat()
            if col == self.TYPE:
                return names.type_name(r.type)
            if col == self.MATERIAL:
                return names.material_name(r.material_zh, r.material_en)
            if col == self.LOT:
                return r.lot
            if col == self.MASS:
                return self._mass(r.mass_g)
            return names.country_name(r.origin)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.MASS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"#{r.id} · {r.material}"
            if r.counterparty:
                tip += f" · {r.counterparty}"
            if r.reverses_id:
                tip += "\n" + QCoreApplication.translate(
                    "LatestMovementsModel", "Reverses movement #{id}").format(id=r.reverses_id)
            if r.flagged:
                tip += "\n" + QCoreApplication.translate(
                    "LatestMovementsModel", "Recorded with a warning (negative stock, over quota or a repeat)")
            return tip
        if role == Qt.ItemDataRole.FontRole and r.reverses_id:
            font = QFont()
            font.setItalic(True)
            return font
        return None
