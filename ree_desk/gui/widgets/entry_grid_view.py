"""The day grid's table: typed into like a spreadsheet, with completers on
the code columns, and Tab past the last cell starting a new row."""
from __future__ import annotations

from typing import Callable

from ree_desk.gui.qt import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QModelIndex,
    QStyledItemDelegate,
    Qt,
    QTableView,
    QWidget,
)
from ree_desk.gui.widgets.entry_completers import CodeCompleter

ROW_HEIGHT = 28
POPUP_MIN_WIDTH = 360


class EntryGridDelegate(QStyledItemDelegate):
    """A plain line editor for every cell; the columns given entries (shown
    line, inserted code, extra) get a completer over them. A column whose
    choices depend on the row (the lots of the row's material) is given a
    function of the cell instead."""

    def __init__(self, columns: tuple[str, ...], parent=None):
        super().__init__(parent)
        self.columns = columns
        self.entries: dict[str, list] = {}
        self.entries_of: dict[str, Callable[[QModelIndex], list]] = {}

    def set_entries(self, column: str, entries: list) -> None:
        self.entries[column] = entries

    def set_entries_of(self, column: str, entries_of: Callable[[QModelIndex], list]) -> None:
        self.entries_of[column] = entries_of

    def createEditor(self, parent: QWidget, _option, index: QModelIndex) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setFrame(False)
        column = self.columns[index.column()]
        entries = self.entries.get(column)
        if column in self.entries_of:
            entries = self.entries_of[column](index)
        if entries:
            self.attach_completer(editor, entries)
        return editor

    @staticmethod
    def attach_completer(editor: QLineEdit, entries: list) -> None:
        completer = CodeCompleter(editor)
        completer.set_entries(entries)
        # A cell is narrower than "CONC-BAST · 氟碳铈矿精矿 · Bastnaesite
        # concentrate": the list may be wider than the cell it drops from.
        completer.popup().setMinimumWidth(POPUP_MIN_WIDTH)
        editor.setCompleter(completer)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QLineEdit):
            editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class EntryGridView(QTableView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setTabKeyNavigation(True)

    def moveCursor(self, action, modifiers):  # noqa: N802 - Qt's name
        current = self.currentIndex()
        model = self.model()
        at_end = (current.isValid() and current.row() == model.rowCount() - 1
                  and current.column() == model.columnCount() - 1)
        if action == QAbstractItemView.CursorAction.MoveNext and at_end and hasattr(model, "add_row"):
            row = model.add_row(current.row())
            return model.index(row, 0)
        return super().moveCursor(action, modifiers)
