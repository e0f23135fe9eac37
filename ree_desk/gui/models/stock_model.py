"""The tables of the stock screen and the stocktake: lots in stock, totals by
category and group, and lots with their books and what was counted."""
from __future__ import annotations

from typing import Iterable

from ree_desk.domain.countries import UnknownCountryError, get_country
from ree_desk.domain.quantities import QuantityError, format_kg, parse_mass_kg, parse_tonnes
from ree_desk.gui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QColor,
    QCoreApplication,
    QFont,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from ree_desk.gui.session import Session
from ree_desk.services.stock import LotStock
from ree_desk.services.stock_groups import GroupTotal, grand_total
from ree_desk.services.stocktake import BookLine, LotKey

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LOSS = QColor("#b3261e")
GAIN = QColor("#2e6b34")
MUTED = QColor("#6b7480")
Index = QModelIndex | QPersistentModelIndex

CATEGORY_NAMES = {
    "ore": QT_TRANSLATE_NOOP("StockModel", "Ore"),
    "ore_product": QT_TRANSLATE_NOOP("StockModel", "Ore product"),
    "secondary": QT_TRANSLATE_NOOP("StockModel", "Secondary"),
    "product": QT_TRANSLATE_NOOP("StockModel", "Separated product"),
    "metal": QT_TRANSLATE_NOOP("StockModel", "Metal"),
    "magnet": QT_TRANSLATE_NOOP("StockModel", "Magnet"),
}
GROUP_NAMES = {
    "light": QT_TRANSLATE_NOOP("StockModel", "Light"),
    "medium_heavy": QT_TRANSLATE_NOOP("StockModel", "Medium-heavy"),
}


def category_name(value: str) -> str:
    return QCoreApplication.translate("StockModel", CATEGORY_NAMES[value]) if value in CATEGORY_NAMES else value


def group_name(value: str) -> str:
    return QCoreApplication.translate("StockModel", GROUP_NAMES[value]) if value in GROUP_NAMES else value


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def country_name(code: str) -> str:
    try:
        country = get_country(code)
    except UnknownCountryError:
        return code
    return country.name_zh if chinese() else country.name_en


def origin_text(single: str, shares: dict[str, int]) -> str:
    """"CN" for one origin; "CN 62.5% · MM 37.5%" for a mix (shares of REO)."""
    weights = {c: g for c, g in shares.items() if g > 0}
    if len(weights) <= 1:
        return single or next(iter(weights), "")
    total = sum(weights.values())
    parts = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))
    return " · ".join(f"{c} {(1000 * g + total // 2) // total / 10:.1f}%" for c, g in parts)


def origin_tooltip(shares: dict[str, int], mass) -> str:
    """Each origin by name with its REO (``mass`` formats grams with the unit), one a line."""
    return "\n".join(f"{c} {country_name(c)}: REO {mass(g)}" for c, g in sorted(shares.items()) if g > 0)


class StockModel(QAbstractTableModel):
    """Lots in stock, filtered and sorted in place: a stock list runs to a
    few thousand lots, so every row's search text is made once."""

    MATERIAL, NAME, LOT, CATEGORY, GROUP, ORIGIN, MASS, REO = range(8)
    COLUMNS = 8

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self._all: list[LotStock] = []
        self._names: dict[str, tuple[str, str]] = {}
        self._haystack: list[str] = []
        self._origin: list[str] = []
        self._rows: list[int] = []      # indexes into _all, as shown
        self._filter: tuple[str | None, str | None, str, bool] = (None, None, "", False)
        self._sort: tuple[int, Qt.SortOrder] = (self.MATERIAL, Qt.SortOrder.AscendingOrder)

    # -- contents -----------------------------------------------------------

    def set_stock(self, stocks: list[LotStock], names: dict[str, tuple[str, str]]) -> None:
        """``names``: material code -> (Chinese name, English name)."""
        self.beginResetModel()
        self._all = list(stocks)
        self._names = dict(names)
        self._origin = [origin_text(s.origin, s.origin_shares) for s in self._all]
        self._haystack = [
            " ".join((s.material, *self._names.get(s.material, ("", "")), s.lot, self._origin[i],
                      *s.origin_shares)).casefold()
            for i, s in enumerate(self._all)
        ]
        self._apply()
        self.endResetModel()

    def set_filter(self, material: str | None = None, group: str | None = None, text: str = "",
                   hide_empty: bool = False) -> None:
        self.beginResetModel()
        self._filter = (material or None, group or None, text.strip().casefold(), hide_empty)
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        material, group, text, hide_empty = self._filter
        words = text.split()
        self._rows = [
            i for i, s in enumerate(self._all)
            if (not hide_empty or s.mass_g != 0)
            and (material is None or s.material == material)
            and (group is None or s.material_group == group)
            and all(w in self._haystack[i] for w in words)
        ]
        self._sort_rows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows()
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column, order = self._sort
        key = {
            self.MATERIAL: lambda s: (s.material, s.lot),
            self.NAME: lambda s: (self.material_name(s.material), s.lot),
            self.LOT: lambda s: (s.lot, s.material),
            self.CATEGORY: lambda s: (category_name(s.category), s.material, s.lot),
            self.GROUP: lambda s: (group_name(s.material_group), s.material, s.lot),
            self.ORIGIN: lambda s: (s.origin, s.material, s.lot),
            self.MASS: lambda s: (s.mass_g, s.material, s.lot),
            self.REO: lambda s: (s.reo_g, s.material, s.lot),
        }[column]
        self._rows.sort(key=lambda i: key(self._all[i]), reverse=order == Qt.SortOrder.DescendingOrder)

    def refresh(self) -> None:
        """Texts change with the language or the unit."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMNS - 1))

    def visible(self) -> list[LotStock]:
        return [self._all[i] for i in self._rows]

    def stock_at(self, row: int) -> LotStock | None:
        return self._all[self._rows[row]] if 0 <= row < len(self._rows) else None

    def materials(self) -> list[str]:
        return sorted({s.material for s in self._all})

    def material_name(self, code: str) -> str:
        zh, en = self._names.get(code, ("", ""))
        return zh if chinese() else en

    # -- Qt -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            unit = self.session.unit_label()
            return (self.tr("Material"), self.tr("Name"), self.tr("Lot"), self.tr("Category"), self.tr("Group"),
                    self.tr("Origin"), self.tr("Mass ({unit})").format(unit=unit),
                    self.tr("REO ({unit})").format(unit=unit))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (self.MASS, self.REO):
            return RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        i = self._rows[index.row()]
        s = self._all[i]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.MATERIAL:
                return s.material
            if col == self.NAME:
                return self.material_name(s.material)
            if col == self.LOT:
                return s.lot
            if col == self.CATEGORY:
                return category_name(s.category)
            if col == self.GROUP:
                return group_name(s.material_group)
            if col == self.ORIGIN:
                return self._origin[i]
            if col == self.MASS:
                return self.session.mass(s.mass_g)
            if col == self.REO:
                return self.session.mass(s.reo_g)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.MASS, self.REO):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and col in (self.MASS, self.REO) and s.mass_g < 0:
            return LOSS
        if role == Qt.ItemDataRole.ToolTipRole and col == self.ORIGIN:
            return origin_tooltip(s.origin_shares, lambda g: f"{self.session.mass(g)} {self.session.unit_label()}")
        return None


class GroupTotalsModel(QAbstractTableModel):
    """Totals by category and group, with the grand total last."""

    CATEGORY, GROUP, LOTS, MASS, REO = range(5)

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self._bold = bold_font()
        self._rows: list[GroupTotal] = []

    def set_totals(self, totals: list[GroupTotal]) -> None:
        self.beginResetModel()
        self._rows = list(totals) + ([grand_total(totals)] if totals else [])
        self.endResetModel()

    def totals(self) -> list[GroupTotal]:
        return self._rows[:-1]

    def grand(self) -> GroupTotal | None:
        return self._rows[-1] if self._rows else None

    def refresh(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 4))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            unit = self.session.unit_label()
            return (self.tr("Category"), self.tr("Group"), self.tr("Lots"),
                    self.tr("Mass ({unit})").format(unit=unit), self.tr("REO ({unit})").format(unit=unit))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= self.LOTS:
            return RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        t = self._rows[index.row()]
        col = index.column()
        is_grand = index.row() == len(self._rows) - 1
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.CATEGORY:
                return self.tr("All stock shown") if is_grand else category_name(t.category)
            if col == self.GROUP:
                return "" if is_grand else group_name(t.group)
            if col == self.LOTS:
                return QLocale().toString(t.lots)
            return self.session.mass(t.mass_g if col == self.MASS else t.reo_g)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= self.LOTS:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and is_grand:
            return self._bold
        return None


class StocktakeModel(QAbstractTableModel):
    """Lots being counted: their books and the count typed in the user's
    unit. Only the count column is editable; an unreadable count is refused
    with the reason in ``rejected``."""

    MATERIAL, LOT, BOOK, COUNTED, DIFFERENCE, DIFFERENCE_REO = range(6)
    COLUMNS = 6
    rejected = Signal(str)
    counts_changed = Signal()

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self._bold = bold_font()
        self._lines: list[BookLine] = []
        self._counted: dict[LotKey, int] = {}

    def set_lines(self, lines: Iterable[BookLine]) -> None:
        """New books for the lots (after a change of day), counts kept."""
        self.beginResetModel()
        self._lines = list(lines)
        keys = {line.key for line in self._lines}
        self._counted = {k: g for k, g in self._counted.items() if k in keys}
        self.endResetModel()
        self.counts_changed.emit()

    def add_lines(self, lines: list[BookLine]) -> int:
        """Adds the lots not in the table yet; returns the row of the first lot given."""
        rows = {line.key: i for i, line in enumerate(self._lines)}
        new = []
        for line in lines:
            if line.key not in rows:
                rows[line.key] = len(self._lines) + len(new)
                new.append(line)
        if new:
            start = len(self._lines)
            self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
            self._lines.extend(new)
            self.endInsertRows()
            self.counts_changed.emit()
        return rows[lines[0].key] if lines else -1

    def remove_rows(self, rows: Iterable[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._lines):
                self.beginRemoveRows(QModelIndex(), row, row)
                line = self._lines.pop(row)
                self._counted.pop(line.key, None)
                self.endRemoveRows()
        self.counts_changed.emit()

    def keys(self) -> list[LotKey]:
        return [line.key for line in self._lines]

    def lines(self) -> list[BookLine]:
        return list(self._lines)

    def counts(self) -> dict[LotKey, int]:
        """Grams counted, for the lots that were counted, in table order."""
        return {line.key: self._counted[line.key] for line in self._lines if line.key in self._counted}

    def counted_lines(self) -> list[tuple[BookLine, int]]:
        return [(line, self._counted[line.key]) for line in self._lines if line.key in self._counted]

    def set_count(self, row: int, text: str) -> bool:
        return self.setData(self.index(row, self.COUNTED), text)

    def refresh(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, self.COLUMNS - 1))

    def _parse(self, text: str) -> int:
        return parse_tonnes(text) if self.session.unit == "t" else parse_mass_kg(text)

    def _plain(self, grams: int) -> str:
        """A count as the user would type it again: the unit, no grouping."""
        if self.session.unit == "t":
            whole, rest = divmod(grams, 1_000_000)
            return f"{whole}.{rest:06d}".rstrip("0").rstrip(".")
        return format_kg(grams)

    # -- Qt -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.COUNTED:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            unit = self.session.unit_label()
            return (self.tr("Material"), self.tr("Lot"), self.tr("Books ({unit})").format(unit=unit),
                    self.tr("Counted ({unit})").format(unit=unit), self.tr("Difference ({unit})").format(unit=unit),
                    self.tr("Difference REO ({unit})").format(unit=unit))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= self.BOOK:
            return RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        counted = self._counted.get(line.key)
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.MATERIAL:
                return line.material
            if col == self.LOT:
                return line.lot
            if col == self.BOOK:
                return self.session.mass(line.book_g)
            if counted is None:
                return ""
            if col == self.COUNTED:
                return self.session.mass(counted)
            diff = line.difference_g(counted) if col == self.DIFFERENCE else line.difference_reo_g(counted)
            return signed_text(self.session.mass(diff), diff)
        if role == Qt.ItemDataRole.EditRole and col == self.COUNTED:
            return "" if counted is None else self._plain(counted)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= self.BOOK:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and counted is not None and col >= self.DIFFERENCE:
            diff = line.difference_g(counted)
            return LOSS if diff < 0 else GAIN if diff > 0 else MUTED
        if role == Qt.ItemDataRole.FontRole and col == self.COUNTED:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COUNTED:
            return self.tr("Type the counted mass in {unit} and press Enter").format(unit=self.session.unit_label())
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.COUNTED or role != Qt.ItemDataRole.EditRole:
            return False
        line = self._lines[index.row()]
        text = str(value if value is not None else "").strip()
        if not text:
            self._counted.pop(line.key, None)
        else:
            try:
                self._counted[line.key] = self._parse(text)
            except QuantityError:
                self.rejected.emit(self.tr('"{text}" is not a mass in {unit}: give a number of zero or more '
                                           'with at most {places} decimals.').format(
                    text=text, unit=self.session.unit_label(), places=6 if self.session.unit == "t" else 3))
                return False
        self.dataChanged.emit(self.index(index.row(), self.COUNTED), self.index(index.row(), self.COLUMNS - 1))
        self.counts_changed.emit()
        return True


def signed_text(text: str, value: int) -> str:
    """A difference shows its sign either way."""
    return f"+{text}" if value > 0 else text
