"""The ledger as a table model that stays quick on a million movements.

As in Anki's browser, the model holds only the ordered ids of the movements
that pass the filter (eight bytes a row) and fetches the rows it is asked to
show a page at a time, by primary key, into a small LRU cache. Loading runs
in two background queries, one after the other: the count and the first
page (shown at once, so the scroll bar is right from the start), then the
full id list (after which any row can be reached). Until the ids arrive,
rows past the first page show a placeholder.
"""
from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Sequence
from typing import NamedTuple

from ree_desk.domain.ledger.plan import NEGATIVE_STOCK, OVER_QUOTA, REPEAT
from ree_desk.domain.movement_types import MovementType
from ree_desk.domain.quantities import format_grade
from ree_desk.gui.problem_text import error_text
from ree_desk.gui.qt import (
    QAbstractTableModel,
    QApplication,
    QColor,
    QCoreApplication,
    QIcon,
    QModelIndex,
    QPersistentModelIndex,
    QStyle,
    Qt,
    QT_TRANSLATE_NOOP,
    Signal,
)
from ree_desk.gui.session import Session
from ree_desk.gui.worker import run_in_background
from ree_desk.services.ledger_query import (
    LedgerFilter,
    LedgerHead,
    LedgerRow,
    LedgerSort,
    load_head,
    load_ids,
    load_rows,
)

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole

PAGE = 200
CACHE_PAGES = 50  # 10,000 rows: several screens either way of where the user is
PLACEHOLDER = "…"
MovementIdRole = Role.UserRole + 1
RowRole = Role.UserRole + 2
_DISPLAY, _ALIGNMENT, _FOREGROUND, _DECORATION, _TOOLTIP = (
    int(r) for r in (Role.DisplayRole, Role.TextAlignmentRole, Role.ForegroundRole, Role.DecorationRole,
                     Role.ToolTipRole))
_ROW_ROLES = frozenset((_FOREGROUND, _DECORATION, _TOOLTIP, MovementIdRole, RowRole))

CONTEXT = "LedgerModel"


class Column(NamedTuple):
    key: str      # the sort key of ree_desk.services.ledger_query
    title: str    # English, translated in CONTEXT; {unit} is the mass unit
    numeric: bool


COLUMNS = (
    Column("id", QT_TRANSLATE_NOOP("LedgerModel", "No."), True),
    Column("day", QT_TRANSLATE_NOOP("LedgerModel", "Date"), False),
    Column("type", QT_TRANSLATE_NOOP("LedgerModel", "Type"), False),
    Column("material", QT_TRANSLATE_NOOP("LedgerModel", "Material"), False),
    Column("lot", QT_TRANSLATE_NOOP("LedgerModel", "Lot"), False),
    Column("mass", QT_TRANSLATE_NOOP("LedgerModel", "Mass ({unit})"), True),
    Column("grade", QT_TRANSLATE_NOOP("LedgerModel", "Grade %"), True),
    Column("reo", QT_TRANSLATE_NOOP("LedgerModel", "REO ({unit})"), True),
    Column("origin", QT_TRANSLATE_NOOP("LedgerModel", "Origin"), False),
    Column("counterparty", QT_TRANSLATE_NOOP("LedgerModel", "Counterparty"), False),
    Column("run", QT_TRANSLATE_NOOP("LedgerModel", "Run"), False),
    Column("customs_no", QT_TRANSLATE_NOOP("LedgerModel", "Customs no."), False),
    Column("flags", QT_TRANSLATE_NOOP("LedgerModel", "Flags"), False),
    Column("link", QT_TRANSLATE_NOOP("LedgerModel", "Reversal"), False),
    Column("note", QT_TRANSLATE_NOOP("LedgerModel", "Note"), False),
)
COLUMN_OF = {c.key: i for i, c in enumerate(COLUMNS)}
NCOLUMNS = len(COLUMNS)
MASS_COLUMNS = (COLUMN_OF["mass"], COLUMN_OF["reo"])
FLAGS_COLUMN = COLUMN_OF["flags"]

TYPE_NAMES = {
    MovementType.RECEIPT: QT_TRANSLATE_NOOP("LedgerModel", "Receipt"),
    MovementType.MINED: QT_TRANSLATE_NOOP("LedgerModel", "Mining output"),
    MovementType.FEED: QT_TRANSLATE_NOOP("LedgerModel", "Feed"),
    MovementType.OUTPUT: QT_TRANSLATE_NOOP("LedgerModel", "Production output"),
    MovementType.SHIPMENT: QT_TRANSLATE_NOOP("LedgerModel", "Shipment"),
    MovementType.ADJUSTMENT: QT_TRANSLATE_NOOP("LedgerModel", "Adjustment"),
}
FLAG_NAMES = {
    NEGATIVE_STOCK: QT_TRANSLATE_NOOP("LedgerModel", "Negative stock"),
    OVER_QUOTA: QT_TRANSLATE_NOOP("LedgerModel", "Over quota"),
    REPEAT: QT_TRANSLATE_NOOP("LedgerModel", "Repeat"),
}
MUTED = QColor("#767676")      # reversed movements and their reversals
NEGATIVE = QColor("#a61b1b")   # negative as entered: stocktake losses, reversed inflows


def tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP in CONTEXT, translated."""
    return QCoreApplication.translate(CONTEXT, text)


def type_name(code: str) -> str:
    """A movement type in the user's language."""
    try:
        return tr(TYPE_NAMES[MovementType(code)])
    except ValueError:
        return code


def flag_name(bit: int) -> str:
    return tr(FLAG_NAMES[bit])


def flag_names(flags: int) -> list[str]:
    return [tr(name) for bit, name in FLAG_NAMES.items() if flags & bit]


def link_text(row: LedgerRow) -> str:
    if row.reverses_id is not None:
        return QCoreApplication.translate("LedgerModel", "Reverses No. {id}").format(id=row.reverses_id)
    if row.reversed_by_id is not None:
        return QCoreApplication.translate("LedgerModel", "Reversed by No. {id}").format(id=row.reversed_by_id)
    return ""


class _Superseded(Exception):
    pass


# How a row is drawn, worked out once per page (bits of _Page.looks).
_MUTED, _NEGATIVE, _FLAGGED = 1, 2, 4


class _Page(NamedTuple):
    """A page of rows, formatted once when fetched. Texts sit in one flat
    list, row by row, and rows are kept as plain tuples, which Python's
    garbage collector stops tracking: a full collection walks every object
    the program holds, and ten thousand cached rows would lengthen it."""

    rows: list[tuple | None]
    texts: list[str]
    looks: bytearray


class LedgerModel(QAbstractTableModel):
    """Movements passing a filter, in a sort order, fetched a page at a time.

    ``head_loaded`` follows a (re)load once the count and the first page are
    in; ``ids_loaded`` once every row can be reached (``row_of`` works);
    ``progress`` reports the id list loading; ``failed`` a query that failed.
    """

    head_loaded = Signal()
    ids_loaded = Signal()
    progress = Signal(int, int)
    failed = Signal(str)

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.filter = LedgerFilter()
        self.sort_order = LedgerSort("day", descending=True)
        self._generation = 0
        self._count = 0
        self._ids: array | None = None
        self._head_ids: list[int] = []
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self._last_number, self._last_page = -1, None
        self._loading = False
        self._warning_icon: QIcon | None = None

    # -- loading -----------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def all_ids_loaded(self) -> bool:
        return self._ids is not None and not self._loading

    def set_filter(self, filt: LedgerFilter) -> None:
        if filt != self.filter:
            self.filter = filt
            self.reload()

    def set_sort(self, sort: LedgerSort) -> None:
        if sort != self.sort_order:
            self.sort_order = sort
            self.reload()

    def reload(self) -> None:
        """Query again for the current filter and sort. What is shown stays
        until the new first page is in, so the table never blanks out."""
        self._generation += 1
        generation, db, filt, sort = self._generation, self.session.db, self.filter, self.sort_order
        self._loading = True
        run_in_background(
            lambda _progress: load_head(db, filt, sort, PAGE),
            context=self, on_done=lambda head: self._head_done(generation, head),
            on_failed=lambda exc: self._failed(generation, exc),
        )

    def _head_done(self, generation: int, head: LedgerHead) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._count = head.count
        self._ids = None
        self._head_ids = [r.id for r in head.rows]
        self._forget_pages()
        if head.rows:
            self._pages[0] = self._page(head.rows)
        self.endResetModel()
        self.head_loaded.emit()
        if head.count <= len(head.rows):
            self._ids_done(generation, array("q", self._head_ids))
            return
        # The whole list after the first page, on one connection: a second
        # one running beside it would only hold a second page cache.
        db, filt, sort, total = self.session.db, self.filter, self.sort_order, head.count

        def all_ids(progress):
            def report(done: int, of: int) -> None:
                if generation != self._generation:
                    raise _Superseded()  # a newer filter or sort is loading: stop reading
                progress(done, of, "")
            return load_ids(db, filt, sort, report, total=total)

        run_in_background(
            all_ids,
            context=self, on_done=lambda result: self._ids_done(generation, result),
            on_failed=lambda exc: self._failed(generation, exc),
            on_progress=lambda done, of, _stage: self._progress(generation, done, of),
        )

    def _ids_done(self, generation: int, ids: array) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if len(ids) == self._count and list(ids[:PAGE]) == self._head_ids:
            self._ids = ids
            if self._count > PAGE:
                # Rows past the first page change from placeholders to rows.
                self.dataChanged.emit(self.index(PAGE, 0), self.index(self._count - 1, len(COLUMNS) - 1))
        else:
            # The ledger changed between the two queries.
            self.beginResetModel()
            self._ids = ids
            self._count = len(ids)
            self._head_ids = list(ids[:PAGE])
            self._forget_pages()
            self.endResetModel()
        self.ids_loaded.emit()

    def _progress(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation:
            self.progress.emit(done, total)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self.failed.emit(error_text(exc))

    # -- rows --------------------------------------------------------------

    def movement_id(self, row: int) -> int | None:
        if self._ids is not None:
            return self._ids[row] if 0 <= row < len(self._ids) else None
        return self._head_ids[row] if 0 <= row < len(self._head_ids) else None

    def row_of(self, movement_id: int) -> int | None:
        """The row showing ``movement_id``, once the id list is loaded."""
        if self._ids is None:
            return None
        try:
            return self._ids.index(movement_id)
        except ValueError:
            return None

    def movement(self, row: int) -> LedgerRow | None:
        found = self._cached(row)
        return LedgerRow._make(found[0].rows[found[1]]) if found is not None else None

    def invalidate(self) -> None:
        """Format the rows again (language or unit changed); the ids stay."""
        self._forget_pages()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))

    def _forget_pages(self) -> None:
        self._pages.clear()
        self._last_number, self._last_page = -1, None

    def _page_ids(self, number: int) -> Sequence[int] | None:
        if self._ids is not None:
            return self._ids[number * PAGE:(number + 1) * PAGE]
        return self._head_ids if number == 0 else None

    def _cached(self, row: int) -> tuple[_Page, int] | None:
        """The page holding ``row`` and the row's place in it, fetched if
        need be; None while its id is not known yet."""
        number, offset = divmod(row, PAGE)
        if number == self._last_number:  # most calls: the page being painted
            page = self._last_page
        else:
            page = self._pages.get(number)
            if page is None:
                ids = self._page_ids(number)
                if not ids:
                    return None
                # One query by primary key: a few milliseconds, cheap enough
                # to run while the view paints.
                by_id = {r.id: r for r in load_rows(self.session.db, ids)}
                page = self._pages[number] = self._page([by_id.get(i) for i in ids])
                while len(self._pages) > CACHE_PAGES:
                    self._pages.popitem(last=False)
            else:
                self._pages.move_to_end(number)
            self._last_number, self._last_page = number, page
        if offset >= len(page.rows) or page.rows[offset] is None:
            return None
        return page, offset

    def _page(self, rows: list[LedgerRow | None]) -> _Page:
        mass = self.session.mass
        texts: list[str] = []
        looks = bytearray(len(rows))
        for i, r in enumerate(rows):
            if r is None:  # not in the ledger (any more): shown as a placeholder
                texts += [PLACEHOLDER] + [""] * (len(COLUMNS) - 1)
                continue
            looks[i] = ((_MUTED if r.reverses_id is not None or r.reversed_by_id is not None else 0)
                        | (_NEGATIVE if r.mass_g < 0 else 0) | (_FLAGGED if r.flags else 0))
            texts += (
                str(r.id), r.day.isoformat(), type_name(r.type), r.material, r.lot, mass(r.mass_g),
                format_grade(r.grade_bp), mass(r.reo_g), " / ".join(r.origins), r.counterparty or "", r.run or "",
                r.customs_no or "", "、".join(flag_names(r.flags)) if r.flags else "", link_text(r),
                (r.note or "").replace("\n", " "),
            )
        return _Page([tuple(r) if r is not None else None for r in rows], texts, looks)

    # -- Qt model ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Role.DisplayRole:
            return tr(column.title).format(unit=self.session.unit_label())
        if role == Role.TextAlignmentRole:
            return ALIGNMENTS[section]
        return None

    def data(self, index: Index, role: int = Role.DisplayRole):
        # Called several times for every cell painted: plain int roles, the
        # display text first, nothing computed that a page fetch did not.
        if role == _DISPLAY:
            found = self._cached(index.row())
            if found is None:
                return PLACEHOLDER if index.column() == 0 else None
            page, offset = found
            return page.texts[offset * NCOLUMNS + index.column()]
        if role == _ALIGNMENT:
            return ALIGNMENTS[index.column()]
        if role not in _ROW_ROLES:
            return None
        found = self._cached(index.row())
        if found is None:
            return None
        page, offset = found
        look, column = page.looks[offset], index.column()
        if role == _FOREGROUND:
            if look & _MUTED:
                return MUTED
            return NEGATIVE if look & _NEGATIVE and column in MASS_COLUMNS else None
        if role == _DECORATION:
            return self._warning() if look & _FLAGGED and column == FLAGS_COLUMN else None
        row = LedgerRow._make(page.rows[offset])
        if role == _TOOLTIP:
            return self._tooltip(row, column)
        if role == MovementIdRole:
            return row.id
        return row  # RowRole

    def _tooltip(self, row: LedgerRow, column: int) -> str | None:
        key = COLUMNS[column].key
        if key == "flags" and row.flags:
            return self.tr("Accepted with the reason: {reason}").format(reason=row.accept_reason or "—")
        if key == "counterparty" and row.counterparty:
            invoice = self.tr("Invoice {no}").format(no=row.invoice_no) if row.invoice_no else None
            return "\n".join(p for p in (row.counterparty, row.credit_code, invoice) if p)
        if key == "note" and row.note:
            return row.note
        if key == "link":
            return link_text(row) or None
        return None

    def _warning(self) -> QIcon:
        if self._warning_icon is None:
            self._warning_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.set_sort(LedgerSort(COLUMNS[column].key, order == Qt.SortOrder.DescendingOrder))


def _alignment(numeric: bool) -> int:
    horizontal = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)


ALIGNMENTS = tuple(_alignment(c.numeric) for c in COLUMNS)
