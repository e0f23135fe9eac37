"""The entry screen's words: movement types and their hints, material
categories, and the previews of a movement's effect on quotas and stock.

The ledger's problems are said through ``ree_desk.gui.problem_text``, which
every screen shares; its names are offered here too for the entry widgets.
"""
from __future__ import annotations

from ree_desk.domain.movement_types import MovementType
from ree_desk.gui import problem_text as problems
from ree_desk.gui.problem_text import (
    FIELD_NAMES,
    KIND_NAMES,
    SCOPE_NAMES,
    expected_text,
    field_name,
    found_text,
    knows,
    problem_text,
)
from ree_desk.gui.qt import QT_TRANSLATE_NOOP, QCoreApplication
from ree_desk.gui.session import Session
from ree_desk.services.entry_preview import QuotaEffect, StockEffect

__all__ = [
    "CATEGORY_NAMES", "FIELD_NAMES", "GROUP_NAMES", "KIND_NAMES", "NOT_ACCEPTED", "NOT_POSTED", "SCOPE_NAMES",
    "TYPE_HINTS", "TYPE_NAMES", "expected_text", "field_name", "found_text", "knows", "problem_text",
    "quota_sentence", "stock_sentence", "translated", "type_name",
]

CONTEXT = "EntryMessages"


def translated(source: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("EntryMessages", …), in the user's language."""
    return QCoreApplication.translate(CONTEXT, source)


TYPE_NAMES = {
    MovementType.RECEIPT: QT_TRANSLATE_NOOP("EntryMessages", "Receipt"),
    MovementType.MINED: QT_TRANSLATE_NOOP("EntryMessages", "Mining output"),
    MovementType.FEED: QT_TRANSLATE_NOOP("EntryMessages", "Feed"),
    MovementType.OUTPUT: QT_TRANSLATE_NOOP("EntryMessages", "Output"),
    MovementType.SHIPMENT: QT_TRANSLATE_NOOP("EntryMessages", "Shipment"),
    MovementType.ADJUSTMENT: QT_TRANSLATE_NOOP("EntryMessages", "Adjustment"),
}
TYPE_HINTS = {
    MovementType.RECEIPT: QT_TRANSLATE_NOOP(
        "EntryMessages", "Purchase or import into a lot. An import needs its customs declaration number."),
    MovementType.MINED: QT_TRANSLATE_NOOP(
        "EntryMessages", "Ore the enterprise mined (origin CN). Counts against the mining quota: "
                         "rock type for light, ion-adsorption for medium-heavy ore."),
    MovementType.FEED: QT_TRANSLATE_NOOP(
        "EntryMessages", "Material fed into a production run. Ore products count against the "
                         "separation quota of their origin."),
    MovementType.OUTPUT: QT_TRANSLATE_NOOP(
        "EntryMessages", "Product made by a production run. Its origins follow the run's feed."),
    MovementType.SHIPMENT: QT_TRANSLATE_NOOP(
        "EntryMessages", "Sale or export out of a lot. An export needs its customs declaration number."),
    MovementType.ADJUSTMENT: QT_TRANSLATE_NOOP(
        "EntryMessages", "A stocktake difference: a negative mass for a loss. The reason is required."),
}
CATEGORY_NAMES = {
    "ore": QT_TRANSLATE_NOOP("EntryMessages", "crude ore"),
    "ore_product": QT_TRANSLATE_NOOP("EntryMessages", "ore product"),
    "secondary": QT_TRANSLATE_NOOP("EntryMessages", "secondary resource"),
    "product": QT_TRANSLATE_NOOP("EntryMessages", "separated product"),
    "metal": QT_TRANSLATE_NOOP("EntryMessages", "metal"),
    "magnet": QT_TRANSLATE_NOOP("EntryMessages", "magnet"),
}
GROUP_NAMES = {
    "light": QT_TRANSLATE_NOOP("EntryMessages", "light"),
    "medium_heavy": QT_TRANSLATE_NOOP("EntryMessages", "medium-heavy"),
}


def type_name(mtype: MovementType) -> str:
    return translated(TYPE_NAMES[mtype])


QUOTA_UNCONTROLLED = QT_TRANSLATE_NOOP(
    "EntryMessages", "Uses {uses} {unit} REO of the {year} {kind} quota; no allocation for {year} yet.")
QUOTA_OVER = QT_TRANSLATE_NOOP(
    "EntryMessages", "Uses {uses} {unit} REO of the {year} {kind} quota ({scope}): "
                     "{over} {unit} over the {allocated} {unit} allocated.")
QUOTA_LEFT = QT_TRANSLATE_NOOP(
    "EntryMessages", "Uses {uses} {unit} REO of the {year} {kind} quota ({scope}); "
                     "{remaining} {unit} of {allocated} {unit} left.")
STOCK_NEW = QT_TRANSLATE_NOOP("EntryMessages", "New lot {lot}: {after} {unit} after this entry.")
STOCK_CHANGE = QT_TRANSLATE_NOOP(
    "EntryMessages", "Lot {lot}: {before} {unit} → {after} {unit} at the end of the day.")
STOCK_NEGATIVE = QT_TRANSLATE_NOOP("EntryMessages", "Stock would go below zero on this day or later.")
NOT_ACCEPTED = QT_TRANSLATE_NOOP("EntryMessages", "Not posted: the warnings were not accepted.")
NOT_POSTED = QT_TRANSLATE_NOOP("EntryMessages", "Not posted: {0}")


def quota_sentence(effect: QuotaEffect, session: Session) -> str:
    values = dict(
        uses=session.mass(effect.uses_g), unit=session.unit_label(), year=effect.year,
        kind=problems.translated(KIND_NAMES[effect.kind]), scope=problems.translated(SCOPE_NAMES[effect.scope]),
        allocated=session.mass(effect.allocated_g), remaining=session.mass(effect.remaining_after_g),
        over=session.mass(-effect.remaining_after_g),
    )
    if not effect.controlled:
        return translated(QUOTA_UNCONTROLLED).format(**values)
    return translated(QUOTA_OVER if effect.over else QUOTA_LEFT).format(**values)


def stock_sentence(stock: StockEffect, session: Session) -> str:
    values = dict(lot=stock.lot, before=session.mass(stock.before_g or 0), after=session.mass(stock.after_g),
                  unit=session.unit_label())
    if stock.before_g is None:
        return translated(STOCK_NEW).format(**values)
    text = translated(STOCK_CHANGE).format(**values)
    if stock.goes_negative:
        text += " " + translated(STOCK_NEGATIVE)
    return text
