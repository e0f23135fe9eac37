"""The accounts, one row each, for the Settings screen."""
from __future__ import annotations

from ree_desk.gui.qt import QT_TRANSLATE_NOOP, QAbstractTableModel, QColor, QCoreApplication, QModelIndex, \
    QPersistentModelIndex, Qt
from ree_desk.gui.role_names import role_name
from ree_desk.services.accounts import AccountView

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("AccountsModel", "User name"),
    QT_TRANSLATE_NOOP("AccountsModel", "Full name"),
    QT_TRANSLATE_NOOP("AccountsModel", "Role"),
    QT_TRANSLATE_NOOP("AccountsModel", "State"),
    QT_TRANSLATE_NOOP("AccountsModel", "Added"),
)
ACTIVE = QT_TRANSLATE_NOOP("AccountsModel", "active")
INACTIVE = QT_TRANSLATE_NOOP("AccountsModel", "deactivated")
ADDED = QT_TRANSLATE_NOOP("AccountsModel", "{when} by {user}")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AccountsModel", text)


class AccountsModel(QAbstractTableModel):
    NAME, FULL_NAME, ROLE, STATE, ADDED = range(5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[AccountView] = []

    def set_rows(self, rows: list[AccountView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def account(self, row: int) -> AccountView:
        return self._rows[row]

    def row_of(self, name: str) -> int | None:
        return next((i for i, a in enumerate(self._rows) if a.name == name), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return a.name
            if col == self.FULL_NAME:
                return a.full_name or ""
            if col == self.ROLE:
                return role_name(a.role)
            if col == self.STATE:
                return _tr(ACTIVE if a.active else INACTIVE)
            return _tr(ADDED).format(when=a.created_at.strftime("%Y-%m-%d"), user=a.created_by)
        if role == Qt.ItemDataRole.ForegroundRole and not a.active:
            return QColor("#8a94a0")
        return None

    def retranslate(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
