"""Exact quantity parsing, formatting and arithmetic."""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from ree_desk.domain.quantities import (
    MAX_ABS_GRAMS,
    QuantityError,
    format_grade,
    format_kg,
    format_kgs,
    format_tonnes,
    grade_from_cell,
    mass_from_cell,
    normalize_number_text,
    parse_decimal,
    parse_grade_pct,
    parse_mass_kg,
    parse_tonnes,
    reo_grams,
    split_by_shares,
    split_by_weights,
    split_in_two,
)

grams = st.integers(min_value=-MAX_ABS_GRAMS, max_value=MAX_ABS_GRAMS)
grades = st.integers(min_value=0, max_value=10_000)


# --- normalize_number_text ------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("１２３４．５", "1234.5"),
        ("１，２３４", "1,234"),
        ("＋５", "+5"),
        ("－５", "-5"),
        ("\u22125", "-5"),
        ("\u3000 12 \u00a0", "12"),
        ("\ufeff7", "7"),
        ("65.5％", "65.5%"),
    ],
)
def test_normalize_number_text(text: str, expected: str) -> None:
    assert normalize_number_text(text) == expected


# --- parse_mass_kg --------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1234.5", 1_234_500),
        ("1,234.5", 1_234_500),
        ("1,234,567.891", 1_234_567_891),
        ("1 234.5", 1_234_500),
        ("1\u00a0234.5", 1_234_500),
        ("1\u202f234.5", 1_234_500),
        ("1\u2009234\u2009567", 1_234_567_000),
        ("１２３４．５", 1_234_500),
        ("１，２３４．５６７", 1_234_567),
        (".5", 500),
        ("5.", 5000),
        ("+5", 5000),
        ("0", 0),
        ("0.000", 0),
        ("0.001", 1),
        ("007", 7000),
        ("  42  ", 42_000),
        ("\u300042\u3000", 42_000),
        ("999", 999_000),
        ("123,456", 123_456_000),
        ("999999999999.999", MAX_ABS_GRAMS),
    ],
)
def test_parse_mass_kg_accepts(text: str, expected: int) -> None:
    assert parse_mass_kg(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("-5", -5000), ("+5", 5000), ("－1,234.5", -1_234_500), ("\u22120.001", -1), ("-0", 0)],
)
def test_parse_mass_kg_signed(text: str, expected: int) -> None:
    assert parse_mass_kg(text, signed=True) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1.2345", 'expected a mass in kg with at most 3 decimals, found "1.2345"'),
        ("0.0005", 'expected a mass in kg with at most 3 decimals, found "0.0005"'),
        ("", "expected a mass in kg, found empty text"),
        ("   ", "expected a mass in kg, found empty text"),
        ("-5", 'a negative mass makes no sense here: expected a mass in kg of zero or more, found "-5"'),
        ("\u22125", 'a negative mass makes no sense here: expected a mass in kg of zero or more, found "\u22125"'),
        ("NaN", 'expected a mass in kg, found "NaN", which is not a number'),
        ("inf", 'expected a mass in kg, found "inf", which is not a number'),
        ("-Infinity", 'expected a mass in kg, found "-Infinity", which is not a number'),
        ("1e3", 'expected a mass in kg written without an exponent, found "1e3"'),
        ("1.5E-3", 'expected a mass in kg written without an exponent, found "1.5E-3"'),
        ("abc", 'expected a mass in kg written in digits (such as "1234.5"), found "abc"'),
        ("12kg", 'expected a mass in kg written in digits (such as "1234.5"), found "12kg"'),
        ("1_000", 'expected a mass in kg written in digits (such as "1234.5"), found "1_000"'),
        (".", 'expected a mass in kg written in digits (such as "1234.5"), found "."'),
        ("+", 'expected a mass in kg written in digits (such as "1234.5"), found "+"'),
        ("1.234,5", 'expected a mass in kg with "." as the decimal point, found "1.234,5"'),
        ("12,5", 'expected a mass in kg with "." as the decimal point, found "12,5"'),
        ("0,123", 'expected a mass in kg with "." as the decimal point, found "0,123"'),
        ("1.2.3", 'expected a mass in kg with at most one decimal point, found "1.2.3"'),
        (
            "1,23,4",
            'expected a mass in kg with thousands separators every 3 digits '
            '(such as "1,234,567.5"), found "1,23,4"',
        ),
        (
            "1234,567",
            'expected a mass in kg with thousands separators every 3 digits '
            '(such as "1,234,567.5"), found "1234,567"',
        ),
        ("1,234 567", 'expected a mass in kg with one kind of thousands separator, found "1,234 567"'),
        ("1000000000000", 'expected a mass in kg below one billion tonnes, found "1000000000000"'),
    ],
)
def test_parse_mass_kg_rejects(text: str, message: str) -> None:
    with pytest.raises(QuantityError) as caught:
        parse_mass_kg(text)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    "text",
    ["nan", "NAN", "Inf", "INFINITY", "+inf", "-nan", "1,234.5,6", "1 234,567", "1,,234", ",123", "1,234,"],
)
def test_parse_mass_kg_rejects_more(text: str) -> None:
    with pytest.raises(QuantityError):
        parse_mass_kg(text, signed=True)


def test_quantity_error_is_value_error() -> None:
    with pytest.raises(ValueError):
        parse_mass_kg("x")


def test_huge_digit_strings_are_rejected_quickly() -> None:
    with pytest.raises(QuantityError, match="sensible size"):
        parse_mass_kg("9" * 10_000)


def test_parse_decimal_core() -> None:
    assert parse_decimal("12.5", max_decimals=4, signed=False, what="a ratio") == 125_000
    assert parse_decimal("-0.0001", max_decimals=4, signed=True, what="a ratio") == -1
    with pytest.raises(QuantityError, match='^expected a ratio with at most 1 decimal, found "0.25"$'):
        parse_decimal("0.25", max_decimals=1, signed=False, what="a ratio")


@given(grams)
@example(0)
@example(-1)
@example(MAX_ABS_GRAMS)
def test_format_then_parse_round_trips(value: int) -> None:
    assert parse_mass_kg(format_kg(value), signed=True) == value
    assert parse_mass_kg(format_kg(value, grouping=True), signed=True) == value


@given(st.integers(min_value=0, max_value=MAX_ABS_GRAMS))
def test_grouped_with_spaces_round_trips(value: int) -> None:
    spaced = format_kg(value, grouping=True).replace(",", "\u00a0")
    assert parse_mass_kg(spaced) == value


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=1, max_value=3))
def test_parse_matches_exact_fraction(whole: int, decimals: int) -> None:
    fraction = whole % 10**decimals
    text = f"{whole // 10**decimals}.{fraction:0{decimals}d}"
    expected = Fraction(text) * 1000
    assert expected.denominator == 1
    if expected <= MAX_ABS_GRAMS:
        assert parse_mass_kg(text) == int(expected)


# --- parse_tonnes ---------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [("1", 1_000_000), ("2,500.5", 2_500_500_000), ("0.000001", 1), ("１２", 12_000_000), (".25", 250_000)],
)
def test_parse_tonnes(text: str, expected: int) -> None:
    assert parse_tonnes(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0.0000001", 'expected a mass in tonnes with at most 6 decimals, found "0.0000001"'),
        ("-1", 'a negative mass makes no sense here: expected a mass in tonnes of zero or more, found "-1"'),
        ("1e2", 'expected a mass in tonnes written without an exponent, found "1e2"'),
    ],
)
def test_parse_tonnes_rejects(text: str, message: str) -> None:
    with pytest.raises(QuantityError) as caught:
        parse_tonnes(text)
    assert str(caught.value) == message


# --- parse_grade_pct ------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("65.5", 6550),
        ("65.50", 6550),
        ("65", 6500),
        ("0", 0),
        ("100", 10_000),
        ("100.00", 10_000),
        ("92.35%", 9235),
        ("92.35 %", 9235),
        ("９２．３５％", 9235),
        (".5", 50),
        ("+7", 700),
    ],
)
def test_parse_grade_pct(text: str, expected: int) -> None:
    assert parse_grade_pct(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("65.555", 'expected a grade in % with at most 2 decimals, found "65.555"'),
        ("100.01", 'expected a grade in % between 0 and 100, found "100.01"'),
        ("-1", 'expected a grade in % between 0 and 100, found "-1"'),
        ("%", "expected a grade in %, found empty text"),
        ("nan", 'expected a grade in %, found "nan", which is not a number'),
        ("6.5e1", 'expected a grade in % written without an exponent, found "6.5e1"'),
        ("high", 'expected a grade in % written in digits (such as "1234.5"), found "high"'),
    ],
)
def test_parse_grade_pct_rejects(text: str, message: str) -> None:
    with pytest.raises(QuantityError) as caught:
        parse_grade_pct(text)
    assert str(caught.value) == message


@given(grades)
def test_grade_format_parse_round_trip(bp: int) -> None:
    assert parse_grade_pct(format_grade(bp)) == bp


# --- mass_from_cell -------------------------------------------------------

@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1234, 1_234_000),
        (0, 0),
        (1234.5, 1_234_500),
        (0.1, 100),
        (1.0005, 1001),  # binary 1.0005 is just below; repr() says 1.0005, half up
        (2.0004999, 2000),
        (0.0005, 1),
        (0.0004, 0),
        (-0.0, 0),
        (1234.5678, 1_234_568),
        (Decimal("1234.567"), 1_234_567),
        (Decimal("1234.5670"), 1_234_567),
        (Decimal("1E+3"), 1_000_000),
        ("1,234.5", 1_234_500),
        ("１２", 12_000),
        (5e-324, 0),
    ],
)
def test_mass_from_cell(value: object, expected: int) -> None:
    assert mass_from_cell(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [(-1.0005, -1001), (-3, -3000), ("-2.5", -2500), (Decimal("-0.001"), -1)],
)
def test_mass_from_cell_signed(value: object, expected: int) -> None:
    assert mass_from_cell(value, signed=True) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (True, "expected a mass in kg, found the true/false value True"),
        (None, "expected a mass in kg, found an empty cell"),
        (float("nan"), 'expected a mass in kg, found "nan", which is not a number'),
        (float("inf"), 'expected a mass in kg, found "inf", which is not a number'),
        (Decimal("NaN"), 'expected a mass in kg, found "NaN", which is not a number'),
        (-1.5, 'a negative mass makes no sense here: expected a mass in kg of zero or more, found "-1.5"'),
        (-0.0001, 'a negative mass makes no sense here: expected a mass in kg of zero or more, found "-0.0001"'),
        (Decimal("1.0001"), 'expected a mass in kg with at most 3 decimals, found "1.0001"'),
        ("1.0001", 'expected a mass in kg with at most 3 decimals, found "1.0001"'),
        (1e15, 'expected a mass in kg below one billion tonnes, found "1000000000000000.0"'),
        (Decimal("9E+999999"), 'expected a mass in kg below one billion tonnes, found "9E+999999"'),
        ([1], "expected a mass in kg, found a value of type list"),
    ],
)
def test_mass_from_cell_rejects(value: object, message: str) -> None:
    with pytest.raises(QuantityError) as caught:
        mass_from_cell(value)
    assert str(caught.value) == message


def test_mass_from_cell_tiny_decimal_is_fast_and_refused() -> None:
    with pytest.raises(QuantityError, match="at most 3 decimals"):
        mass_from_cell(Decimal("1E-999999"))


@given(st.floats(min_value=-1e11, max_value=1e11, allow_nan=False))
def test_mass_from_cell_float_matches_decimal_rounding(value: float) -> None:
    from decimal import ROUND_HALF_UP

    expected = int(Decimal(repr(value)).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP) * 1000)
    assert mass_from_cell(value, signed=True) == expected


@given(st.integers(min_value=0, max_value=10**12))
def test_mass_from_cell_float_of_formatted_kg(value: int) -> None:
    # What a spreadsheet holds after a clerk typed format_kg(value).
    assert mass_from_cell(float(format_kg(value))) == value


# --- grade_from_cell ------------------------------------------------------

@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (65.5, 6550),
        (65, 6500),
        (100, 10_000),
        (0.0, 0),
        (65.12000000000001, 6512),
        (65.11999999999999, 6512),
        (0.07, 7),
        (0.1 + 0.2, 30),
        (Decimal("65.50"), 6550),
        ("65.5%", 6550),
    ],
)
def test_grade_from_cell(value: object, expected: int) -> None:
    assert grade_from_cell(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (65.125, 'expected a grade in % with at most 2 decimals, found "65.125"'),
        (65.1200001, 'expected a grade in % with at most 2 decimals, found "65.1200001"'),
        (Decimal("65.12000000000001"), 'expected a grade in % with at most 2 decimals, found "65.12000000000001"'),
        (100.5, 'expected a grade in % between 0 and 100, found "100.5"'),
        (-0.5, 'expected a grade in % between 0 and 100, found "-0.5"'),
        (101, 'expected a grade in % between 0 and 100, found "101"'),
        (False, "expected a grade in %, found the true/false value False"),
        (float("-inf"), 'expected a grade in %, found "-inf", which is not a number'),
        ("65.555", 'expected a grade in % with at most 2 decimals, found "65.555"'),
    ],
)
def test_grade_from_cell_rejects(value: object, message: str) -> None:
    with pytest.raises(QuantityError) as caught:
        grade_from_cell(value)
    assert str(caught.value) == message


@given(grades)
def test_grade_from_cell_float_round_trip(bp: int) -> None:
    assert grade_from_cell(bp / 100) == bp


# --- reo_grams ------------------------------------------------------------

@pytest.mark.parametrize(
    ("mass", "grade", "expected"),
    [
        (1_000_000, 6550, 655_000),
        (1, 5000, 1),  # 0.5 g rounds up
        (1, 4999, 0),
        (3, 5000, 2),  # 1.5 g rounds up
        (-3, 5000, -2),  # and its reversal nets to zero
        (-1, 5000, -1),
        (12_345, 9235, 11_401),  # 11400.6075
        (0, 10_000, 0),
        (7, 0, 0),
        (7, 10_000, 7),
    ],
)
def test_reo_grams(mass: int, grade: int, expected: int) -> None:
    assert reo_grams(mass, grade) == expected


@given(grams, grades)
def test_reo_grams_reversal_nets_to_zero(mass: int, grade: int) -> None:
    assert reo_grams(mass, grade) + reo_grams(-mass, grade) == 0


@given(st.integers(min_value=0, max_value=MAX_ABS_GRAMS), grades)
def test_reo_grams_is_round_half_up(mass: int, grade: int) -> None:
    exact = Fraction(mass * grade, 10_000)
    result = reo_grams(mass, grade)
    assert exact - Fraction(1, 2) < result <= exact + Fraction(1, 2)
    assert 0 <= result <= mass


@pytest.mark.parametrize("grade", [-1, 10_001])
def test_reo_grams_rejects_impossible_grades(grade: int) -> None:
    with pytest.raises(ValueError):
        reo_grams(1000, grade)


# --- formatting -----------------------------------------------------------

@pytest.mark.parametrize(
    ("value", "plain", "grouped"),
    [
        (12_345_678, "12345.678", "12,345.678"),
        (-5, "-0.005", "-0.005"),
        (0, "0.000", "0.000"),
        (1, "0.001", "0.001"),
        (1_000, "1.000", "1.000"),
        (-1_234_567_890, "-1234567.890", "-1,234,567.890"),
        (999_999, "999.999", "999.999"),
    ],
)
def test_format_kg(value: int, plain: str, grouped: str) -> None:
    assert format_kg(value) == plain
    assert format_kg(value, grouping=True) == grouped


@pytest.mark.parametrize(
    ("value", "plain", "grouped"),
    [
        (1_234_567_890, "1234.568", "1,234.568"),
        (1_234_567_490, "1234.567", "1,234.567"),
        (500, "0.001", "0.001"),
        (499, "0.000", "0.000"),
        (-500, "-0.001", "-0.001"),
        (-499, "0.000", "0.000"),
        (0, "0.000", "0.000"),
        (2_500_500_000, "2500.500", "2,500.500"),
    ],
)
def test_format_tonnes(value: int, plain: str, grouped: str) -> None:
    assert format_tonnes(value) == plain
    assert format_tonnes(value, grouping=True) == grouped


@given(grams)
def test_format_tonnes_is_kg_rounded(value: int) -> None:
    text = format_tonnes(value)
    kilograms = parse_mass_kg(text, signed=True)  # tonnes with 3 decimals: same digits as kg
    assert abs(kilograms - Fraction(value, 1000)) <= Fraction(1, 2)
    negated = format_tonnes(-value)
    if text == "0.000":
        assert negated == text
    else:
        assert negated == (text[1:] if text.startswith("-") else "-" + text)


@pytest.mark.parametrize(
    ("bp", "text"),
    [(6550, "65.50"), (0, "0.00"), (10_000, "100.00"), (7, "0.07"), (9235, "92.35")],
)
def test_format_grade(bp: int, text: str) -> None:
    assert format_grade(bp) == text


# --- split_by_shares ------------------------------------------------------

@pytest.mark.parametrize(
    ("total", "shares", "expected"),
    [
        (100, {"CN": 1, "MM": 1}, {"CN": 50, "MM": 50}),
        (101, {"CN": 1, "MM": 1}, {"CN": 51, "MM": 50}),
        (101, {"MM": 1, "CN": 1}, {"CN": 51, "MM": 50}),  # ties by key, not by insertion
        (-101, {"CN": 1, "MM": 1}, {"CN": -51, "MM": -50}),
        (10, {"A": 1, "B": 1, "C": 1}, {"A": 4, "B": 3, "C": 3}),
        (100, {"A": 2, "B": 1}, {"A": 67, "B": 33}),  # 66.67 / 33.33
        (5, {"A": 0, "B": 3}, {"A": 0, "B": 5}),
        (0, {"A": 5, "B": 3}, {"A": 0, "B": 0}),
        (7, {"A": 1}, {"A": 7}),
        (1, {"A": 1, "B": 1, "C": 1}, {"A": 1, "B": 0, "C": 0}),
        (2, {"A": 10, "B": 45, "C": 45}, {"A": 0, "B": 1, "C": 1}),
    ],
)
def test_split_by_shares(total: int, shares: dict[str, int], expected: dict[str, int]) -> None:
    assert split_by_shares(total, shares) == expected


@pytest.mark.parametrize("shares", [{}, {"A": 0, "B": 0}])
def test_split_by_shares_needs_a_positive_weight(shares: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        split_by_shares(100, shares)


def test_split_by_shares_rejects_negative_weights() -> None:
    with pytest.raises(ValueError):
        split_by_shares(100, {"A": 2, "B": -1})


share_maps = st.dictionaries(
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2),
    st.integers(min_value=0, max_value=10**12),
    min_size=1,
    max_size=8,
).filter(lambda shares: sum(shares.values()) > 0)


@given(st.integers(min_value=-(10**15), max_value=10**15), share_maps)
def test_split_by_shares_is_exact_and_fair(total: int, shares: dict[str, int]) -> None:
    result = split_by_shares(total, shares)
    assert set(result) == set(shares)
    assert sum(result.values()) == total
    weight_sum = sum(shares.values())
    for key, weight in shares.items():
        exact = Fraction(total * weight, weight_sum)
        assert abs(result[key] - exact) < 1
        if weight == 0:
            assert result[key] == 0


@given(st.integers(min_value=0, max_value=10**15), share_maps)
def test_split_by_shares_negation_is_symmetric(total: int, shares: dict[str, int]) -> None:
    positive = split_by_shares(total, shares)
    negative = split_by_shares(-total, shares)
    assert negative == {key: -value for key, value in positive.items()}


def largest_remainders(total: int, keys: list[str], weights: list[int]) -> list[int]:
    """The split written out in full: each part's floor, then a unit each
    to the largest remainders, the first key of equals first."""
    weight_sum, magnitude = sum(weights), abs(total)
    floors = [magnitude * w // weight_sum for w in weights]
    remainders = [magnitude * w - f * weight_sum for w, f in zip(weights, floors)]
    for i in sorted(range(len(keys)), key=lambda i: (-remainders[i], keys[i]))[:magnitude - sum(floors)]:
        floors[i] += 1
    return [-f for f in floors] if total < 0 else floors


@settings(max_examples=500)
@given(st.integers(-10**15, 10**15), share_maps)
def test_the_split_is_the_largest_remainders_written_out(total, shares):
    keys = list(shares)
    weights = [shares[k] for k in keys]
    assert split_by_weights(total, keys, weights, sum(weights)) == largest_remainders(total, keys, weights)


@settings(max_examples=300)
@given(share_maps, st.booleans())
def test_the_whole_of_the_weights_splits_into_the_weights(shares, negative):
    keys = list(shares)
    weights = [shares[k] for k in keys]
    total = -sum(weights) if negative else sum(weights)
    assert split_by_weights(total, keys, weights, sum(weights)) == largest_remainders(total, keys, weights)


@settings(max_examples=500)
@given(st.integers(-10**15, 10**15), st.integers(0, 10**12), st.integers(0, 10**12), st.booleans())
def test_a_split_between_two_origins_is_the_general_split(total, wa, wb, swapped):
    assume(wa + wb > 0)
    keys = ["CN", "AU"] if swapped else ["AU", "CN"]
    assert split_by_weights(total, keys, [wa, wb], wa + wb) == largest_remainders(total, keys, [wa, wb])
    assert list(split_in_two(total, wa, wb, wa + wb)) == largest_remainders(total, ["AU", "CN"], [wa, wb])


@given(st.lists(st.integers(-(10**18), 10**18), max_size=20))
def test_kilograms_of_a_column_are_each_as_format_kg_writes_them(grams):
    assert format_kgs(grams) == [format_kg(g) for g in grams]
