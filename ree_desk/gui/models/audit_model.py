"""The audit trail as a table model: newest first, fetched a page at a time.

A ten-year ledger holds tens of thousands of events. The model loads, in
the background, the ids of the events passing the filter (one query, eight
bytes an event) with the first page; other pages are read by primary key
when the view first paints them, into a small cache, and their sentences
are made once per page.
"""
from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Sequence
from typing import NamedTuple

from ree_desk.gui.audit_words import action_name, event_text
from ree_desk.gui.problem_text import error_text
from ree_desk.gui.qt import (
    QAbstractTableModel,
    QApplication,
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
from ree_desk.services.audit_log import AuditEntry, AuditFilter, AuditHead, is_flagged, load_events, load_head

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole

PAGE = 100
CACHE_PAGES = 40
PLACEHOLDER = "…"
EntryRole = Role.UserRole + 1
CONTEXT = "AuditModel"


class Column(NamedTuple):
    key: str
    title: str  # English, translated in CONTEXT
    numeric: bool


COLUMNS = (
    Column("id", QT_TRANSLATE_NOOP("AuditModel", "No."), True),
    Column("at", QT_TRANSLATE_NOOP("AuditModel", "Time"), False),
    Column("by", QT_TRANSLATE_NOOP("AuditModel", "User"), False),
    Column("action", QT_TRANSLATE_NOOP("AuditModel", "Action"), False),
    Column("event", QT_TRANSLATE_NOOP("AuditModel", "Event"), False),
)
COLUMN_OF = {c.key: i for i, c in enumerate(COLUMNS)}
ACTION_COLUMN = COLUMN_OF["action"]


class _Page(NamedTuple):
    """Events read together; each row's texts are made when first shown
    (a jump through the table paints a few rows of each page it lands on)."""

    entries: list[AuditEntry | None]
    texts: list[tuple[str, ...] | None]


class AuditModel(QAbstractTableModel):
    """Events passing a filter, newest first. ``loaded`` follows each
    (re)load once every row can be reached; ``failed`` a query that failed."""

    loaded = Signal()
    failed = Signal(str)

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.filter = AuditFilter()
        self._generation = 0
        self._ids = array("q")
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self._loading = False
        self._warning_icon: QIcon | None = None

    # -- loading -----------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._loading

    def set_filter(self, filt: AuditFilter) -> None:
        if filt != self.filter:
            self.filter = filt
            self.reload()

    def reload(self) -> None:
        """Query again. What is shown stays until the answer is in."""
        self._generation += 1
        generation, db, filt = self._generation, self.session.db, self.filter
        self._loading = True
        run_in_background(lambda _progress: load_head(db, filt, PAGE), context=self,
                          on_done=lambda head: self._done(generation, head),
                          on_failed=lambda exc: self._failed(generation, exc))

    def _done(self, generation: int, head: AuditHead) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._ids = head.ids
        self._pages.clear()
        if head.events:
            self._pages[0] = self._page(head.events)
        self._loading = False
        self.endResetModel()
        self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self.failed.emit(error_text(exc))

    # -- rows --------------------------------------------------------------

    def event_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, event_id: int) -> int | None:
        try:
            return self._ids.index(event_id)
        except ValueError:
            return None

    def entry(self, row: int) -> AuditEntry | None:
        found = self._cached(row)
        return found[0].entries[found[1]] if found else None

    def invalidate(self) -> None:
        """Say the rows again (the language changed); the ids stay."""
        self._pages.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def _cached(self, row: int) -> tuple[_Page, int] | None:
        if not 0 <= row < len(self._ids):
            return None
        number, offset = divmod(row, PAGE)
        page = self._pages.get(number)
        if page is None:
            ids = self._ids[number * PAGE:(number + 1) * PAGE]
            # One query by primary key, a millisecond or two: cheap enough
            # to run while the view paints.
            by_id = {e.id: e for e in load_events(self.session.db, ids)}
            page = self._pages[number] = self._page([by_id.get(i) for i in ids])
            while len(self._pages) > CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        if page.entries[offset] is None:
            return None
        return page, offset

    @staticmethod
    def _page(entries: Sequence[AuditEntry | None]) -> _Page:
        return _Page(list(entries), [None] * len(entries))

    @staticmethod
    def _texts(page: _Page, offset: int) -> tuple[str, ...]:
        texts = page.texts[offset]
        if texts is None:
            e = page.entries[offset]
            texts = page.texts[offset] = (
                str(e.id), e.at.isoformat(sep=" ", timespec="seconds") if e.at else "", e.by, action_name(e.action),
                event_text(e).replace("\n", " "))
        return texts

    # -- Qt model ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Role.DisplayRole:
            return QCoreApplication.translate(CONTEXT, COLUMNS[section].title)
        if role == Role.TextAlignmentRole:
            return _alignment(COLUMNS[section].numeric)
        return None

    def data(self, index: Index, role: int = Role.DisplayRole):
        if role == Role.TextAlignmentRole:
            return _alignment(COLUMNS[index.column()].numeric)
        if role not in (Role.DisplayRole, Role.DecorationRole, Role.ToolTipRole, EntryRole):
            return None
        found = self._cached(index.row())
        if found is None:
            return PLACEHOLDER if role == Role.DisplayRole and index.column() == 0 else None
        page, offset = found
        entry = page.entries[offset]
        if role == Role.DisplayRole:
            return self._texts(page, offset)[index.column()]
        if role == EntryRole:
            return entry
        if role == Role.DecorationRole:
            return self._warning() if index.column() == ACTION_COLUMN and is_flagged(entry) else None
        # ToolTipRole: the whole sentence, which a narrow column cuts short.
        if COLUMNS[index.column()].key == "event":
            return self._texts(page, offset)[index.column()]
        if index.column() == ACTION_COLUMN and is_flagged(entry):
            return self.tr("Recorded with warnings accepted")
        return None

    def _warning(self) -> QIcon:
        if self._warning_icon is None:
            self._warning_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon


def _alignment(numeric: bool) -> int:
    horizontal = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
