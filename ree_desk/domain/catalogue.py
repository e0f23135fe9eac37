"""The material catalogue: categories, groups and the seed of SPEC section 3."""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Category(StrEnum):
    ORE = "ore"                  # crude ore, mining output
    ORE_PRODUCT = "ore_product"  # concentrates and mixed compounds: separation feed that counts
    SECONDARY = "secondary"      # recycled scrap: fed without counting against a quota
    PRODUCT = "product"          # separated oxides and salts
    METAL = "metal"
    MAGNET = "magnet"


class Group(StrEnum):
    LIGHT = "light"
    MEDIUM_HEAVY = "medium_heavy"


CATEGORY_NAMES_ZH = {
    Category.ORE: "原矿",
    Category.ORE_PRODUCT: "矿产品",
    Category.SECONDARY: "二次资源",
    Category.PRODUCT: "冶炼分离产品",
    Category.METAL: "金属",
    Category.MAGNET: "磁材",
}
GROUP_NAMES_ZH = {Group.LIGHT: "轻稀土", Group.MEDIUM_HEAVY: "中重稀土"}

_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{1,31}$")


class MaterialError(ValueError):
    pass


@dataclass(frozen=True)
class MaterialSpec:
    code: str
    name_zh: str
    name_en: str
    category: Category
    group: Group
    default_grade_bp: int
    hs_code: str


@dataclass(frozen=True)
class MaterialRow:
    """A material of the enterprise's catalogue as the ledger holds it."""

    id: int
    code: str
    name_zh: str
    name_en: str
    category: str
    group: str
    default_grade_bp: int
    hs_code: str


def validate_material_code(code: str) -> str:
    code = code.strip().upper()
    if not _CODE.match(code):
        raise MaterialError(
            f'expected a material code of 2-32 letters, digits, "-" or "_", found "{code}"'
        )
    return code


def _m(code, zh, en, cat, grp, grade_pct, hs):
    return MaterialSpec(code, zh, en, Category(cat), Group(grp), round(grade_pct * 100), hs)


# Grades are typical TREO contents. HS codes are indicative defaults for the
# customs declaration; the enterprise confirms them with its customs broker
# and can change them per material.
SEED: tuple[MaterialSpec, ...] = (
    _m("ORE-ROCK", "稀土原矿（岩矿）", "Rare-earth crude ore (rock type)", "ore", "light", 6.0, "2530902000"),
    _m("ORE-IONIC", "离子型稀土原矿", "Ion-adsorption rare-earth ore", "ore", "medium_heavy", 0.1, "2530902000"),
    _m("CONC-BAST", "氟碳铈矿精矿", "Bastnaesite concentrate", "ore_product", "light", 60.0, "2612900000"),
    _m("CONC-MIXED", "混合型稀土精矿", "Mixed rare-earth concentrate", "ore_product", "light", 50.0, "2530902000"),
    _m("CONC-MONAZITE", "独居石精矿", "Monazite concentrate", "ore_product", "light", 55.0, "2612200000"),
    _m("MIX-CARB", "混合碳酸稀土", "Mixed rare-earth carbonate", "ore_product", "light", 45.0, "2846901500"),
    _m("MIX-CHLOR", "混合氯化稀土", "Mixed rare-earth chloride", "ore_product", "light", 45.0, "2846902900"),
    _m("IONIC-MIX-OX", "离子型混合稀土氧化物", "Ionic mixed rare-earth oxide", "ore_product", "medium_heavy", 92.0, "2846901100"),
    _m("IONIC-MIX-CARB", "离子型混合碳酸稀土", "Ionic mixed rare-earth carbonate", "ore_product", "medium_heavy", 45.0, "2846901500"),
    _m("SCRAP-NDFEB", "钕铁硼废料", "NdFeB scrap", "secondary", "light", 30.0, "8505119000"),
    _m("LA-OX", "氧化镧", "Lanthanum oxide", "product", "light", 99.0, "2846902100"),
    _m("CE-OX", "氧化铈", "Cerium oxide", "product", "light", 99.0, "2846101000"),
    _m("PR-OX", "氧化镨", "Praseodymium oxide", "product", "light", 99.0, "2846901990"),
    _m("ND-OX", "氧化钕", "Neodymium oxide", "product", "light", 99.0, "2846901920"),
    _m("PRND-OX", "氧化镨钕", "Praseodymium-neodymium oxide", "product", "light", 99.0, "2846901990"),
    _m("SM-OX", "氧化钐", "Samarium oxide", "product", "light", 99.0, "2846901990"),
    _m("EU-OX", "氧化铕", "Europium oxide", "product", "light", 99.0, "2846901940"),
    _m("GD-OX", "氧化钆", "Gadolinium oxide", "product", "light", 99.0, "2846901990"),
    _m("TB-OX", "氧化铽", "Terbium oxide", "product", "medium_heavy", 99.0, "2846901960"),
    _m("DY-OX", "氧化镝", "Dysprosium oxide", "product", "medium_heavy", 99.0, "2846901950"),
    _m("HO-OX", "氧化钬", "Holmium oxide", "product", "medium_heavy", 99.0, "2846901990"),
    _m("ER-OX", "氧化铒", "Erbium oxide", "product", "medium_heavy", 99.0, "2846901990"),
    _m("Y-OX", "氧化钇", "Yttrium oxide", "product", "medium_heavy", 99.0, "2846901930"),
    _m("LU-OX", "氧化镥", "Lutetium oxide", "product", "medium_heavy", 99.0, "2846901990"),
    _m("CE-CARB", "碳酸铈", "Cerium carbonate", "product", "light", 45.0, "2846109000"),
    _m("PRND-MET", "镨钕金属", "Praseodymium-neodymium metal", "metal", "light", 99.0, "2805301990"),
    _m("ND-MET", "钕金属", "Neodymium metal", "metal", "light", 99.0, "2805301500"),
    _m("DY-MET", "镝金属", "Dysprosium metal", "metal", "medium_heavy", 99.0, "2805301600"),
    _m("TB-MET", "铽金属", "Terbium metal", "metal", "medium_heavy", 99.0, "2805301700"),
    _m("MAG-NDFEB", "钕铁硼磁体", "NdFeB magnet", "magnet", "light", 30.0, "8505111000"),
)
