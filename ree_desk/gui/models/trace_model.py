"""The trace of a lot as a tree: "came from" and "went to", each step a row
with its date, quantities, origins and the parties and documents involved."""
from __future__ import annotations

from ree_desk.gui.models.stock_model import (
    MUTED,
    RIGHT,
    bold_font,
    chinese,
    country_name,
    origin_text,
    origin_tooltip,
)
from ree_desk.gui.qt import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from ree_desk.gui.session import Session
from ree_desk.services.trace import LotKey, LotTrace, Step, TraceNode

Index = QModelIndex | QPersistentModelIndex


class _Item:
    """A row of the tree; the two section rows have no node."""

    __slots__ = ("node", "section", "parent", "children", "row")

    def __init__(self, node: TraceNode | None, parent: "_Item | None", row: int, section: str = ""):
        self.node = node
        self.section = section
        self.parent = parent
        self.row = row
        self.children: list[_Item] = []


def _items(nodes: list[TraceNode], parent: _Item) -> list[_Item]:
    out = []
    for row, node in enumerate(nodes):
        item = _Item(node, parent, row)
        item.children = _items(node.children, item)
        out.append(item)
    return out


class TraceModel(QAbstractItemModel):
    STEP, DATE, MASS, REO, ORIGIN, PARTY, CUSTOMS, DETAILS = range(8)
    COLUMNS = 8
    CAME_FROM, WENT_TO = "came_from", "went_to"

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self._bold = bold_font()
        self.trace: LotTrace | None = None
        self._roots: list[_Item] = []

    def set_trace(self, trace: LotTrace | None) -> None:
        self.beginResetModel()
        self.trace = trace
        self._roots = []
        if trace is not None:
            for row, (section, nodes) in enumerate(((self.CAME_FROM, trace.came_from),
                                                     (self.WENT_TO, trace.went_to))):
                root = _Item(None, None, row, section)
                root.children = _items(nodes, root)
                self._roots.append(root)
        self.endResetModel()

    def refresh(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        self.layoutChanged.emit()

    def section_index(self, section: str) -> QModelIndex:
        for item in self._roots:
            if item.section == section:
                return self.createIndex(item.row, 0, item)
        return QModelIndex()

    def node_at(self, index: Index) -> TraceNode | None:
        return self._item(index).node if index.isValid() else None

    def lot_at(self, index: Index) -> LotKey | None:
        """The lot a row names (a lot fed or made), which can be traced in turn."""
        node = self.node_at(index)
        return node.lot.key if node is not None and node.lot is not None else None

    def find(self, predicate) -> QModelIndex:
        """The first row (depth first) whose node satisfies ``predicate``."""
        stack = list(reversed(self._roots))
        while stack:
            item = stack.pop()
            if item.node is not None and predicate(item.node):
                return self.createIndex(item.row, 0, item)
            stack.extend(reversed(item.children))
        return QModelIndex()

    # -- Qt tree ------------------------------------------------------------

    def _item(self, index: Index) -> _Item:
        return index.internalPointer()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        siblings = self._item(parent).children if parent.isValid() else self._roots
        if 0 <= row < len(siblings) and 0 <= column < self.COLUMNS:
            return self.createIndex(row, column, siblings[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self._item(index).parent
        return QModelIndex() if parent is None else self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._roots)
        if parent.column() != 0:
            return 0
        return len(self._item(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            unit = self.session.unit_label()
            return (self.tr("Step"), self.tr("Date"), self.tr("Mass ({unit})").format(unit=unit),
                    self.tr("REO ({unit})").format(unit=unit), self.tr("Origin"),
                    self.tr("Supplier / customer → destination"), self.tr("Customs declaration"),
                    self.tr("Details"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (self.MASS, self.REO):
            return RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._item(index)
        col = index.column()
        node = item.node
        if node is None:
            if role == Qt.ItemDataRole.DisplayRole and col == self.STEP:
                return self._section_text(item)
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(node, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.MASS, self.REO):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and (node.repeated or node.cut):
            return MUTED
        if role == Qt.ItemDataRole.FontRole and col == self.STEP and node.lot is not None:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.ORIGIN:
                return origin_tooltip(node.origins, self._with_unit)
            if col == self.STEP and node.lot is not None:
                return self.tr("{material} / {lot} ({name}): double-click to trace this lot").format(
                    material=node.lot.material, lot=node.lot.lot,
                    name=node.lot.material_name_zh if chinese() else node.lot.material_name_en)
            if col == self.PARTY:
                return self._party_tooltip(node)
        return None

    def _party_tooltip(self, node: TraceNode) -> str | None:
        lines = [node.counterparty] if node.counterparty else []
        if node.credit_code:
            lines.append(self.tr("Unified social credit code: {code}").format(code=node.credit_code))
        if node.destination:
            lines.append(self.tr("Destination: {code} {name}").format(
                code=node.destination, name=country_name(node.destination)))
        return "\n".join(lines) or None

    def _with_unit(self, grams: int) -> str:
        return f"{self.session.mass(grams)} {self.session.unit_label()}"

    def _section_text(self, item: _Item) -> str:
        n = len(item.children)
        if item.section == self.CAME_FROM:
            return self.tr("Came from ({n})").format(n=n) if n else self.tr("Came from: nothing recorded")
        return self.tr("Went to ({n})").format(n=n) if n else self.tr("Went to: nothing yet")

    def _text(self, node: TraceNode, col: int) -> str:
        if col == self.STEP:
            return self.step_text(node)
        if col == self.DATE:
            return node.day.isoformat()
        if col == self.MASS:
            return self.session.mass(node.mass_g)
        if col == self.REO:
            return self.session.mass(node.reo_g)
        if col == self.ORIGIN:
            single = node.lot.origin if node.lot is not None else ""
            return origin_text(single, node.origins)
        if col == self.PARTY:
            if node.destination:
                return f"{node.counterparty or ''} → {node.destination}".strip()
            return node.counterparty or ""
        if col == self.CUSTOMS:
            return node.customs_no or ""
        if col == self.DETAILS:
            return self._details(node)
        return ""

    def step_text(self, node: TraceNode) -> str:
        step = node.step
        if step in (Step.FEED, Step.OUTPUT):
            lot = node.lot.lot
            text = (self.tr("Fed lot {lot}") if step is Step.FEED else self.tr("Made lot {lot}")).format(lot=lot)
            if node.repeated:
                text += self.tr(" (already above)")
            return text
        if step is Step.MADE_BY_RUN:
            return self.tr("Made by run {run}").format(run=node.run)
        if step is Step.FED_INTO_RUN:
            return self.tr("Fed into run {run}").format(run=node.run)
        return {
            Step.RECEIPT: self.tr("Receipt"),
            Step.MINED: self.tr("Mining output"),
            Step.FOUND: self.tr("Stocktake gain"),
            Step.LOST: self.tr("Stocktake loss"),
            Step.SHIPMENT: self.tr("Shipment"),
        }[step]

    def _details(self, node: TraceNode) -> str:
        parts = []
        if node.lot is not None:
            lot = node.lot
            parts.append(f"{lot.material} {lot.material_name_zh if chinese() else lot.material_name_en}")
        if node.origin_detail:
            parts.append(node.origin_detail)
        elif node.lot is not None and node.lot.origin_detail and node.step is Step.FEED:
            parts.append(node.lot.origin_detail)
        if node.invoice_no:
            parts.append(self.tr("invoice {no}").format(no=node.invoice_no))
        if node.note:
            parts.append(node.note)
        if node.cut:
            parts.append(self.tr("not traced further here: double-click to trace it"))
        return " · ".join(parts)
