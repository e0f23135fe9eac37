"""ISO 3166-1 countries, for lot origins and shipment destinations.

Origins decide which quota an ore product counts against (domestic or
imported), so a country must be a real ISO code, never free text.  Clerks
type codes, English names or Chinese names; all of them resolve to the code.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from ree_desk.paths import resource_path

__all__ = [
    "DOMESTIC",
    "Country",
    "UnknownCountryError",
    "all_countries",
    "get_country",
    "is_domestic",
    "lookup_country",
]

# Hong Kong, Macao and Taiwan are separate customs territories with their own
# ISO codes; material from there passes customs, so only CN is domestic.
DOMESTIC = "CN"

_CODE_EXAMPLE = "an ISO 3166-1 alpha-2 code such as CN or MM"

# Names people actually write in shipping papers that differ from the ISO
# short names in the CSV.  Each must point at one country only.
_ALIASES = {
    "Bolivia": "BO",
    "Brunei": "BN",
    "Burma": "MM",
    "Cape Verde": "CV",
    "Czech Republic": "CZ",
    "Democratic Republic of the Congo": "CD",
    "DR Congo": "CD",
    "Republic of the Congo": "CG",
    "Great Britain": "GB",
    "UK": "GB",
    "United Kingdom of Great Britain and Northern Ireland": "GB",
    "Iran": "IR",
    "Ivory Coast": "CI",
    "Laos": "LA",
    "Macau": "MO",
    "Micronesia": "FM",
    "Moldova": "MD",
    "North Korea": "KP",
    "South Korea": "KR",
    "Palestine": "PS",
    "Russia": "RU",
    "Swaziland": "SZ",
    "Syria": "SY",
    "Taiwan": "TW",
    "Tanzania": "TZ",
    "Turkey": "TR",
    "USA": "US",
    "United States of America": "US",
    "Vatican": "VA",
    "Venezuela": "VE",
    "Vietnam": "VN",
    "中华人民共和国": "CN",
    "香港": "HK",
    "澳门": "MO",
    "台湾": "TW",
    "刚果民主共和国": "CD",
    "刚果共和国": "CG",
    "大韩民国": "KR",
    "朝鲜民主主义人民共和国": "KP",
    "俄罗斯联邦": "RU",
    "美利坚合众国": "US",
    "老挝人民民主共和国": "LA",
    "越南社会主义共和国": "VN",
    "缅甸联邦共和国": "MM",
    "孟加拉": "BD",
}


class UnknownCountryError(ValueError):
    """Text that names no ISO 3166-1 country."""


@dataclass(frozen=True)
class Country:
    code: str
    name_zh: str
    name_en: str


@dataclass(frozen=True)
class _Table:
    countries: tuple[Country, ...]
    by_code: dict[str, Country]
    by_name: dict[str, str]


def _name_key(text: str) -> str:
    """Fold the differences a typist should not be punished for.

    Width (（ vs (), case, accents (Côte / Cote), curly apostrophes and runs
    of spaces.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).strip()


@cache
def _table() -> _Table:
    path = resource_path("countries.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [Country(row["code"], row["name_zh"], row["name_en"]) for row in csv.DictReader(handle)]
    countries = tuple(sorted(rows, key=lambda country: country.code))
    by_code = {country.code: country for country in countries}
    by_name: dict[str, str] = {}
    for country in countries:
        by_name[_name_key(country.name_en)] = country.code
        by_name[_name_key(country.name_zh)] = country.code
    for alias, code in _ALIASES.items():
        by_name.setdefault(_name_key(alias), code)
    return _Table(countries, by_code, by_name)


def all_countries() -> tuple[Country, ...]:
    """Every assigned ISO 3166-1 country, sorted by code."""
    return _table().countries


def get_country(code: str) -> Country:
    """The country with this alpha-2 code (any case)."""
    country = _table().by_code.get(code.strip().upper()) if isinstance(code, str) else None
    if country is None:
        raise UnknownCountryError(f'unknown country "{code}": expected {_CODE_EXAMPLE}')
    return country


@lru_cache(maxsize=4096)  # a file names the same few countries on every row
def lookup_country(text: str) -> str:
    """Resolve a code, English name or Chinese name to the alpha-2 code."""
    if isinstance(text, str):
        table = _table()
        candidate = unicodedata.normalize("NFKC", text).strip()
        if candidate.upper() in table.by_code:
            return candidate.upper()
        code = table.by_name.get(_name_key(candidate))
        if code is not None:
            return code
    raise UnknownCountryError(
        f'unknown country "{text}": expected {_CODE_EXAMPLE}, '
        "or a country name in English or Chinese"
    )


def is_domestic(code: str) -> bool:
    return code.strip().upper() == DOMESTIC
