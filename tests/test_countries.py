"""The ISO 3166-1 country list and name lookup."""
from __future__ import annotations

import csv
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ree_desk.domain.countries import (
    DOMESTIC,
    Country,
    UnknownCountryError,
    all_countries,
    get_country,
    is_domestic,
    lookup_country,
)
from ree_desk.paths import resource_path


def test_csv_has_the_documented_header_and_249_rows() -> None:
    with resource_path("countries.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["code", "name_zh", "name_en"]
    assert len(rows) == 1 + 249
    assert all(len(row) == 3 and all(cell.strip() == cell and cell for cell in row) for row in rows)


def test_all_countries_are_sorted_unique_alpha2_codes() -> None:
    countries = all_countries()
    codes = [country.code for country in countries]
    assert len(countries) == 249
    assert codes == sorted(codes)
    assert len(set(codes)) == 249
    assert all(len(code) == 2 and set(code) <= set(string.ascii_uppercase) for code in codes)
    assert len({country.name_zh for country in countries}) == 249
    assert len({country.name_en.casefold() for country in countries}) == 249


def test_list_is_loaded_once() -> None:
    assert all_countries() is all_countries()


@pytest.mark.parametrize(
    ("code", "name_zh"),
    [
        ("CN", "中国"),
        ("US", "美国"),
        ("MM", "缅甸"),
        ("LA", "老挝"),
        ("VN", "越南"),
        ("MY", "马来西亚"),
        ("AU", "澳大利亚"),
        ("MG", "马达加斯加"),
        ("BR", "巴西"),
        ("RU", "俄罗斯"),
        ("KZ", "哈萨克斯坦"),
        ("IN", "印度"),
        ("GL", "格陵兰"),
        ("TZ", "坦桑尼亚"),
        ("BI", "布隆迪"),
        ("ZA", "南非"),
        ("CA", "加拿大"),
        ("JP", "日本"),
        ("KR", "韩国"),
        ("DE", "德国"),
        ("NL", "荷兰"),
        ("TH", "泰国"),
        ("KH", "柬埔寨"),
        ("HK", "中国香港"),
        ("MO", "中国澳门"),
        ("TW", "中国台湾"),
    ],
)
def test_chinese_names(code: str, name_zh: str) -> None:
    assert get_country(code).name_zh == name_zh


def test_english_names_keep_their_commas() -> None:
    assert get_country("KR").name_en == "Korea, Republic of"
    assert get_country("VE").name_en == "Venezuela, Bolivarian Republic of"
    assert get_country("MM") == Country("MM", "缅甸", "Myanmar")


def test_territories_iso_lists_are_present() -> None:
    for code in ["AQ", "AX", "BQ", "CW", "EH", "GG", "IM", "JE", "PS", "SS", "SX", "UM", "BV"]:
        get_country(code)


def test_unassigned_or_withdrawn_codes_are_absent() -> None:
    for code in ["XK", "AN", "YU", "CS", "UK", "EU", "ZZ"]:
        with pytest.raises(UnknownCountryError):
            get_country(code)


def test_get_country_error_message() -> None:
    with pytest.raises(UnknownCountryError) as caught:
        get_country("XX")
    assert str(caught.value) == 'unknown country "XX": expected an ISO 3166-1 alpha-2 code such as CN or MM'
    assert isinstance(caught.value, ValueError)


def test_get_country_accepts_any_case() -> None:
    assert get_country(" mm ").code == "MM"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("CN", "CN"),
        ("cn", "CN"),
        (" Mm ", "MM"),
        ("ＭＭ", "MM"),
        ("Myanmar", "MM"),
        ("myanmar", "MM"),
        ("缅甸", "MM"),
        ("Burma", "MM"),
        ("korea, republic of", "KR"),
        ("South Korea", "KR"),
        ("韩国", "KR"),
        ("Viet Nam", "VN"),
        ("Vietnam", "VN"),
        ("Russian Federation", "RU"),
        ("Russia", "RU"),
        ("Lao People's Democratic Republic", "LA"),
        ("Lao People\u2019s Democratic Republic", "LA"),
        ("Cote d'Ivoire", "CI"),
        ("Côte d'Ivoire", "CI"),
        ("CÔTE D'IVOIRE", "CI"),
        ("United  States", "US"),
        ("USA", "US"),
        ("UK", "GB"),
        ("刚果（金）", "CD"),
        ("刚果(金)", "CD"),
        ("刚果（布）", "CG"),
        ("香港", "HK"),
        ("中国香港", "HK"),
        ("中国", "CN"),
        ("中华人民共和国", "CN"),
        ("Greenland", "GL"),
        ("Madagascar", "MG"),
    ],
)
def test_lookup_country(text: str, code: str) -> None:
    assert lookup_country(text) == code


@pytest.mark.parametrize("text", ["", "XX", "Atlantis", "C", "CHN", "Korea", "中", "缅"])
def test_lookup_country_rejects(text: str) -> None:
    with pytest.raises(UnknownCountryError) as caught:
        lookup_country(text)
    assert str(caught.value) == (
        f'unknown country "{text}": expected an ISO 3166-1 alpha-2 code such as CN or MM, '
        "or a country name in English or Chinese"
    )


def test_every_country_is_found_by_each_of_its_names() -> None:
    for country in all_countries():
        assert lookup_country(country.code) == country.code
        assert lookup_country(country.code.lower()) == country.code
        assert lookup_country(country.name_en) == country.code
        assert lookup_country(country.name_en.upper()) == country.code
        assert lookup_country(country.name_zh) == country.code


@given(st.sampled_from([c.code for c in all_countries()]), st.sampled_from(["", " ", "\u3000", "\t"]))
def test_lookup_ignores_surrounding_space(code: str, space: str) -> None:
    country = get_country(code)
    assert lookup_country(f"{space}{country.name_en}{space}") == code
    assert lookup_country(f"{space}{country.name_zh}{space}") == code


def test_only_mainland_china_is_domestic() -> None:
    assert DOMESTIC == "CN"
    assert is_domestic("CN")
    assert is_domestic("cn")
    for code in ["HK", "MO", "TW", "MM", "US"]:
        assert not is_domestic(code)


def test_aliases_never_shadow_an_official_name() -> None:
    from ree_desk.domain.countries import _ALIASES

    for alias, code in _ALIASES.items():
        get_country(code)
        assert lookup_country(alias) == code, alias
