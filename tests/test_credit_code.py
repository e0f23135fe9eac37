"""Unified Social Credit Code validation (GB 32100-2015)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ree_desk.domain.credit_code import (
    CreditCodeError,
    check_character,
    is_valid_credit_code,
    normalize_credit_code,
    validate_credit_code,
)

# Written out from the standard independently of the module under test.
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def reference_check(first17: str) -> str:
    total = 0
    for i, char in enumerate(first17):
        total += ALPHABET.index(char) * (3**i % 31)  # the weights are 3^i mod 31
    return ALPHABET[(31 - total % 31) % 31]


def test_reference_weights_match_the_standard() -> None:
    assert [3**i % 31 for i in range(17)] == [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


# Codes published by the companies themselves on their business licences,
# plus the worked example of the standard.
REAL_CODES = [
    "91350100M000100Y43",  # GB 32100-2015 example
    "914403001922038216",  # Huawei Technologies Co., Ltd.
    "91440300708461136T",  # Shenzhen Tencent Computer Systems Co., Ltd.
    "91330100716105852F",  # Alibaba (China) Co., Ltd.
    "91110000710926094P",  # China Petroleum & Chemical Corporation
    "91110108551385082Q",  # Beijing Xiaomi Technology Co., Ltd.
]


@pytest.mark.parametrize("code", REAL_CODES)
def test_real_codes_are_valid(code: str) -> None:
    assert validate_credit_code(code) == code
    assert is_valid_credit_code(code)
    assert check_character(code[:17]) == code[17] == reference_check(code[:17])


@pytest.mark.parametrize(
    ("first17", "expected"),
    [("91350100M000100Y4", "3"), ("91440300708461136", "T"), ("91110000710926094", "P")],
)
def test_check_character(first17: str, expected: str) -> None:
    assert check_character(first17) == expected


def test_check_character_can_be_zero() -> None:
    # Find a body whose weighted sum is a multiple of 31 and make sure the
    # check character is "0", not a 32nd character.
    body = "9111000010000000"
    for last in ALPHABET:
        if reference_check(body + last) == "0":
            assert check_character(body + last) == "0"
            return
    pytest.fail("no body with check character 0 in this family")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  91350100m000100y43 ", "91350100M000100Y43"),
        ("９１３５０１００Ｍ０００１００Ｙ４３", "91350100M000100Y43"),
        ("\u300091350100M000100Y43\u3000", "91350100M000100Y43"),
    ],
)
def test_normalize_and_validate(text: str, expected: str) -> None:
    assert normalize_credit_code(text) == expected
    assert validate_credit_code(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("91350100M000100Y4", "expected 18 characters, found 17"),
        ("91350100M000100Y433", "expected 18 characters, found 19"),
        ("", "expected 18 characters, found 0"),
        ("91350100M000100Y44", "check character should be 3, found 4"),
        ("914403001922038217", "check character should be 6, found 7"),
        (
            "91350100MO00100Y43",
            'expected a digit or a capital letter other than I, O, Z, S and V, found "O" at position 10',
        ),
        (
            "I1350100M000100Y43",
            'expected a digit or a capital letter other than I, O, Z, S and V, found "I" at position 1',
        ),
        (
            "91350100M000100Y4-",
            'expected a digit or a capital letter other than I, O, Z, S and V, found "-" at position 18',
        ),
        (
            "9135A100M000100Y43",
            'expected a digit in positions 3 to 8 (the administrative-division code), found "A" at position 5',
        ),
        (
            "9135 100M000100Y43",
            'expected a digit in positions 3 to 8 (the administrative-division code), found " " at position 5',
        ),
    ],
)
def test_validate_rejects_with_reason(text: str, message: str) -> None:
    with pytest.raises(CreditCodeError) as caught:
        validate_credit_code(text)
    assert str(caught.value) == message
    assert not is_valid_credit_code(text)


def test_credit_code_error_is_value_error() -> None:
    assert issubclass(CreditCodeError, ValueError)


def test_non_text_is_rejected() -> None:
    assert not is_valid_credit_code(None)  # type: ignore[arg-type]


codes17 = st.builds(
    lambda head, division, tail: head + division + tail,
    st.text(alphabet=ALPHABET, min_size=2, max_size=2),
    st.text(alphabet="0123456789", min_size=6, max_size=6),
    st.text(alphabet=ALPHABET, min_size=9, max_size=9),
)


@given(codes17)
def test_check_character_matches_reference(first17: str) -> None:
    assert check_character(first17) == reference_check(first17)
    assert validate_credit_code(first17 + reference_check(first17)) == first17 + reference_check(first17)


@given(codes17, st.integers(min_value=0, max_value=16), st.sampled_from(ALPHABET))
def test_any_single_substitution_is_caught(first17: str, position: int, replacement: str) -> None:
    code = first17 + check_character(first17)
    if position in range(2, 8) and not replacement.isdigit():
        return  # would be caught as a bad division code, tested above
    altered = code[:position] + replacement + code[position + 1 :]
    # Weights are all non-zero mod the prime 31, so one changed character
    # always changes the check character.
    assert is_valid_credit_code(altered) == (altered == code)


@given(codes17, st.integers(min_value=0, max_value=15))
def test_adjacent_transposition_is_caught(first17: str, position: int) -> None:
    code = first17 + check_character(first17)
    swapped = code[:position] + code[position + 1] + code[position] + code[position + 2 :]
    assert is_valid_credit_code(swapped) == (swapped == code)
