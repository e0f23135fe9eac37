"""The demo enterprise's partners: who sells it feed, who buys its products."""
from __future__ import annotations

from dataclasses import dataclass

from ree_desk.domain.credit_code import check_character


def credit_code(first17: str) -> str:
    return first17 + check_character(first17)


ENTERPRISE_NAME = "华北示范稀土冶炼分离有限公司（演示）"
ENTERPRISE_CODE = credit_code("91150200MA0R4D3K1")


@dataclass(frozen=True)
class Supplier:
    name: str
    code: str | None  # unified social credit code of a Chinese supplier
    country: str
    detail: str
    materials: tuple[str, ...]
    weight: int  # how often it delivers


SUPPLIERS = (
    Supplier("包头示范稀土精矿有限公司", credit_code("91150200MA0N7K2L4"), "CN", "内蒙古包头",
             ("CONC-BAST", "CONC-MIXED"), 30),
    Supplier("冕宁示范矿业有限责任公司", credit_code("91513433MA62RW8H0"), "CN", "四川冕宁",
             ("CONC-BAST",), 12),
    Supplier("赣州示范稀土开发有限公司", credit_code("91360700MA35KF9G2"), "CN", "江西赣州",
             ("IONIC-MIX-OX", "IONIC-MIX-CARB"), 10),
    Supplier("Kachin Minerals Trading Co., Ltd.", None, "MM", "Kachin State", ("IONIC-MIX-CARB", "IONIC-MIX-OX"), 14),
    Supplier("Lao Rare Earth Resources Co., Ltd.", None, "LA", "Phongsaly", ("IONIC-MIX-CARB",), 5),
    Supplier("Mountain Pass Materials LLC", None, "US", "California", ("CONC-BAST",), 8),
    Supplier("Mount Weld Concentrates Pty Ltd", None, "AU", "Western Australia", ("CONC-MIXED",), 6),
    Supplier("Sud Madagascar Minerals SARL", None, "MG", "Anosy", ("CONC-MONAZITE",), 4),
    Supplier("Mineração Monazita do Brasil Ltda.", None, "BR", "Bahia", ("CONC-MONAZITE",), 3),
)


@dataclass(frozen=True)
class Customer:
    name: str
    code: str | None
    country: str
    wants: tuple[str, ...]  # product families it buys
    weight: int


CUSTOMERS = (
    Customer("宁波示范磁材科技有限公司", credit_code("91330200MA2H4Q6T3"), "CN", ("PRND", "DY", "TB"), 30),
    Customer("赣州示范新材料股份有限公司", credit_code("91360700MA39PL2C6"), "CN", ("PRND", "ND", "DY", "TB", "GD"), 18),
    Customer("淄博示范抛光材料有限公司", credit_code("91370300MA3C8N1E5"), "CN", ("CE", "LA"), 14),
    Customer("上海示范催化剂有限公司", credit_code("91310000MA1FL3X25"), "CN", ("LA", "CE", "Y"), 10),
    Customer("Tokyo Magnetics Trading K.K.", None, "JP", ("PRND", "DY", "TB"), 9),
    Customer("Hanbit Materials Co., Ltd.", None, "KR", ("PRND", "LA", "CE"), 6),
    Customer("Rheinland Seltene Erden GmbH", None, "DE", ("PRND", "SM", "GD"), 5),
    Customer("Great Lakes Phosphors Inc.", None, "US", ("EU", "Y", "TB"), 4),
    Customer("Rotterdam Metals Trading B.V.", None, "NL", ("LA", "CE", "SM"), 3),
)

# What separation recovers from light and from medium-heavy feed: product
# and its share of the fed REO (the rest of the REO is lost to tailings).
LIGHT_PRODUCTS = (("CE-OX", 4800), ("LA-OX", 2500), ("PRND-OX", 2050), ("SM-OX", 150), ("EU-OX", 20), ("GD-OX", 30))
IONIC_PRODUCTS = (("Y-OX", 5200), ("LA-OX", 1600), ("PRND-OX", 1500), ("GD-OX", 500), ("DY-OX", 500),
                  ("TB-OX", 90), ("ER-OX", 250), ("HO-OX", 110), ("LU-OX", 20))
FAMILY = {
    "CE-OX": "CE", "LA-OX": "LA", "PRND-OX": "PRND", "SM-OX": "SM", "EU-OX": "EU", "GD-OX": "GD",
    "Y-OX": "Y", "DY-OX": "DY", "TB-OX": "TB", "ER-OX": "Y", "HO-OX": "DY", "LU-OX": "Y",
}
