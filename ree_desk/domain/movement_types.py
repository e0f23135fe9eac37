"""The six kinds of movement and what each does to stock and quota."""
from __future__ import annotations

from enum import StrEnum
from functools import lru_cache

from ree_desk.domain.catalogue import Category, Group


class MovementType(StrEnum):
    RECEIPT = "RECEIPT"
    MINED = "MINED"
    FEED = "FEED"
    OUTPUT = "OUTPUT"
    SHIPMENT = "SHIPMENT"
    ADJUSTMENT = "ADJUSTMENT"


class QuotaKind(StrEnum):
    MINING_ROCK = "mining_rock"
    MINING_IONIC = "mining_ionic"
    SEPARATION = "separation"


class QuotaScope(StrEnum):
    ANY = "any"
    DOMESTIC = "domestic"
    IMPORTED = "imported"


TYPE_NAMES_ZH = {
    MovementType.RECEIPT: "入库（采购/进口）",
    MovementType.MINED: "开采产出",
    MovementType.FEED: "冶炼分离投料",
    MovementType.OUTPUT: "产品产出",
    MovementType.SHIPMENT: "出库（销售/出口）",
    MovementType.ADJUSTMENT: "盘点调整",
}
# What clerks type: the full name, the name without the parenthesis, or the
# short everyday word.
_TYPE_ALIASES = {
    "入库": MovementType.RECEIPT,
    "采购": MovementType.RECEIPT,
    "进口": MovementType.RECEIPT,
    "开采": MovementType.MINED,
    "投料": MovementType.FEED,
    "产出": MovementType.OUTPUT,
    "出库": MovementType.SHIPMENT,
    "销售": MovementType.SHIPMENT,
    "出口": MovementType.SHIPMENT,
    "盘点": MovementType.ADJUSTMENT,
    "调整": MovementType.ADJUSTMENT,
}
KIND_NAMES_ZH = {
    QuotaKind.MINING_ROCK: "开采（岩矿型）",
    QuotaKind.MINING_IONIC: "开采（离子型）",
    QuotaKind.SEPARATION: "冶炼分离",
}
SCOPE_NAMES_ZH = {QuotaScope.ANY: "不限来源", QuotaScope.DOMESTIC: "国内", QuotaScope.IMPORTED: "进口"}

# Stock direction of the movement as entered (positive mass in the file).
# ADJUSTMENT carries its own sign.
INFLOWS = frozenset({MovementType.RECEIPT, MovementType.MINED, MovementType.OUTPUT})
OUTFLOWS = frozenset({MovementType.FEED, MovementType.SHIPMENT})

# Within one day stock is judged at the end of the day; sorting a batch this
# way lets a receipt and the feed it makes possible share a date.
DAY_ORDER = {
    MovementType.RECEIPT: 0,
    MovementType.MINED: 1,
    MovementType.ADJUSTMENT: 2,
    MovementType.FEED: 3,
    MovementType.OUTPUT: 4,
    MovementType.SHIPMENT: 5,
}


class MovementTypeError(ValueError):
    pass


@lru_cache(maxsize=256)
def parse_movement_type(text: str) -> MovementType:
    """The English code or the Chinese name of SPEC section 3."""
    cleaned = "".join(text.split())
    upper = cleaned.upper()
    if upper in MovementType.__members__:
        return MovementType(upper)
    normal = cleaned.replace("(", "（").replace(")", "）")
    for mtype, name in TYPE_NAMES_ZH.items():
        if normal == name or normal == name.split("（")[0]:
            return mtype
    if cleaned in _TYPE_ALIASES:
        return _TYPE_ALIASES[cleaned]
    raise MovementTypeError(
        f'expected one of RECEIPT, MINED, FEED, OUTPUT, SHIPMENT, ADJUSTMENT '
        f'(or 入库, 开采产出, 冶炼分离投料, 产品产出, 出库, 盘点调整), found "{text}"'
    )


def quota_kind_for(mtype: MovementType, category: Category, group: Group) -> QuotaKind | None:
    """The quota a movement of this type and material counts against, if any."""
    if mtype is MovementType.MINED:
        return QuotaKind.MINING_IONIC if group is Group.MEDIUM_HEAVY else QuotaKind.MINING_ROCK
    if mtype is MovementType.FEED and category is Category.ORE_PRODUCT:
        return QuotaKind.SEPARATION
    return None


def scope_for_origin(country: str, scopes: set[QuotaScope] | frozenset[QuotaScope]) -> QuotaScope:
    """The narrowest allocated scope a tonne of this origin counts against.

    With no matching allocation the tonne still lands in the scope that fits
    it best, where it shows as used against nothing.
    """
    natural = QuotaScope.DOMESTIC if country == "CN" else QuotaScope.IMPORTED
    if natural in scopes:
        return natural
    if QuotaScope.ANY in scopes or not scopes:
        return QuotaScope.ANY
    return natural
