"""Completers that find a code by anything the clerk remembers of it (the
code, the Chinese name, the English name) and put just the code in."""
from __future__ import annotations

from typing import Iterable

from ree_desk.domain.catalogue import MaterialRow
from ree_desk.domain.countries import all_countries
from ree_desk.gui.qt import QCompleter, QModelIndex, QObject, QStandardItem, QStandardItemModel, Qt
from ree_desk.services.entry_choices import CounterpartyChoice, LotChoice

INSERT_ROLE = Qt.ItemDataRole.UserRole
EXTRA_ROLE = Qt.ItemDataRole.UserRole + 1


class CodeCompleter(QCompleter):
    """Matches anywhere in the shown line ("CONC-BAST · 氟碳铈矿精矿 · …"),
    inserts the code alone."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setModel(QStandardItemModel(self))
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)

    def pathFromIndex(self, index: QModelIndex) -> str:  # noqa: N802 - Qt's name
        return index.data(INSERT_ROLE) or ""

    def set_entries(self, entries: Iterable[tuple[str, str, object]]) -> None:
        """(shown line, inserted text, extra data) for each choice."""
        model: QStandardItemModel = self.model()
        model.clear()
        for shown, inserted, extra in entries:
            item = QStandardItem(shown)
            item.setData(inserted, INSERT_ROLE)
            item.setData(extra, EXTRA_ROLE)
            model.appendRow(item)


def material_entries(materials: Iterable[MaterialRow]):
    return [(f"{m.code} · {m.name_zh} · {m.name_en}", m.code, m.code) for m in materials]


def country_entries():
    return [(f"{c.code} · {c.name_zh} · {c.name_en}", c.code, c.code) for c in all_countries()]


def lot_entries(lots: Iterable[LotChoice], unit_mass):
    """``unit_mass(grams)`` formats the mass on hand in the user's unit."""
    return [(" · ".join(filter(None, (c.lot, c.origin, unit_mass(c.mass_g)))), c.lot, c.lot) for c in lots]


def counterparty_entries(parties: Iterable[CounterpartyChoice]):
    return [(f"{p.name} · {p.credit_code}" if p.credit_code else p.name, p.name, p.credit_code) for p in parties]

