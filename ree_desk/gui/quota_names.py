"""What the dashboard and the quota screen call things: quota kinds and
scopes, warning levels, origin countries, material categories and groups,
movement types; and how they write tonnes and percentages.

Names are marked for Qt Linguist here and translated when shown, so a
language switch needs nothing but a repaint.
"""
from __future__ import annotations

from ree_desk.domain.countries import UnknownCountryError, get_country
from ree_desk.domain.quantities import format_tonnes
from ree_desk.gui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

CONTEXT = "QuotaNames"

KINDS = {
    "mining_rock": QT_TRANSLATE_NOOP("QuotaNames", "Mining, rock type"),
    "mining_ionic": QT_TRANSLATE_NOOP("QuotaNames", "Mining, ion-adsorption"),
    "separation": QT_TRANSLATE_NOOP("QuotaNames", "Smelting separation"),
}
SCOPES = {
    "any": QT_TRANSLATE_NOOP("QuotaNames", "any origin"),
    "domestic": QT_TRANSLATE_NOOP("QuotaNames", "domestic"),
    "imported": QT_TRANSLATE_NOOP("QuotaNames", "imported"),
}
LEVELS = {
    "ok": QT_TRANSLATE_NOOP("QuotaNames", "Within quota"),
    "high": QT_TRANSLATE_NOOP("QuotaNames", "80 % or more used"),
    "critical": QT_TRANSLATE_NOOP("QuotaNames", "95 % or more used"),
    "over": QT_TRANSLATE_NOOP("QuotaNames", "Quota exceeded"),
    "unallocated": QT_TRANSLATE_NOOP("QuotaNames", "No allocation this year"),
}
CATEGORIES = {
    "ore": QT_TRANSLATE_NOOP("QuotaNames", "Crude ore"),
    "ore_product": QT_TRANSLATE_NOOP("QuotaNames", "Ore products"),
    "secondary": QT_TRANSLATE_NOOP("QuotaNames", "Secondary (scrap)"),
    "product": QT_TRANSLATE_NOOP("QuotaNames", "Separated products"),
    "metal": QT_TRANSLATE_NOOP("QuotaNames", "Metals"),
    "magnet": QT_TRANSLATE_NOOP("QuotaNames", "Magnets"),
}
GROUPS = {
    "light": QT_TRANSLATE_NOOP("QuotaNames", "Light REE"),
    "medium_heavy": QT_TRANSLATE_NOOP("QuotaNames", "Medium-heavy REE"),
}
TYPES = {
    "RECEIPT": QT_TRANSLATE_NOOP("QuotaNames", "Receipt"),
    "MINED": QT_TRANSLATE_NOOP("QuotaNames", "Mining output"),
    "FEED": QT_TRANSLATE_NOOP("QuotaNames", "Separation feed"),
    "OUTPUT": QT_TRANSLATE_NOOP("QuotaNames", "Product output"),
    "SHIPMENT": QT_TRANSLATE_NOOP("QuotaNames", "Shipment"),
    "ADJUSTMENT": QT_TRANSLATE_NOOP("QuotaNames", "Stocktake adjustment"),
}


def _tr(table: dict[str, str], key: str) -> str:
    text = table.get(key)
    return QCoreApplication.translate(CONTEXT, text) if text else key


def kind_name(kind: str) -> str:
    return _tr(KINDS, kind)


def scope_name(scope: str) -> str:
    return _tr(SCOPES, scope)


def line_title(kind: str, scope: str) -> str:
    """A quota line: the kind, and the scope unless it is "any"."""
    if scope == "any":
        return kind_name(kind)
    text = QCoreApplication.translate("QuotaNames", "{kind} · {scope}")
    return text.format(kind=kind_name(kind), scope=scope_name(scope))


def level_text(level: str) -> str:
    return _tr(LEVELS, level)


def category_name(category: str) -> str:
    return _tr(CATEGORIES, category)


def group_name(group: str) -> str:
    return _tr(GROUPS, group)


def type_name(mtype: str) -> str:
    return _tr(TYPES, mtype)


def chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def country_name(code: str | None) -> str:
    """The country's short name in the language shown; lots mixed by
    production runs have no single origin."""
    if not code:
        return QCoreApplication.translate("QuotaNames", "mixed origins")
    try:
        country = get_country(code)
    except UnknownCountryError:
        return code
    return country.name_zh if chinese() else country.name_en


def material_name(name_zh: str, name_en: str) -> str:
    return name_zh if chinese() else name_en


def tonnes(grams: int) -> str:
    """Tonnes grouped, with the three decimals of the ledger unless they are
    zeros (allocations are mostly whole tonnes)."""
    text = format_tonnes(grams, grouping=True)
    return text[:-4] if text.endswith(".000") else text


def percent(bp: int | None) -> str:
    """Hundredths of a percent, shown to one decimal, never rounded up (99.96 %
    used must not read as 100 %)."""
    if bp is None:
        return "–"
    sign = "-" if bp < 0 else ""
    whole, rest = divmod(abs(bp), 100)
    # Chinese writes the sign against the figure.
    return f"{sign}{whole}.{rest // 10}{'%' if chinese() else ' %'}"
