"""Exact quantities: masses in grams, grades in hundredths of a percent.

The ledger must reconcile to the gram in every report, so nothing here ever
goes through binary floating point.  Text is parsed digit by digit; values
that arrive as floats from a spreadsheet are converted through their shortest
decimal representation (``repr``) and rounded explicitly, so the stored
integer is the number the clerk saw in the cell.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from fractions import Fraction

__all__ = [
    "GRADE_MAX_BP",
    "MAX_ABS_GRAMS",
    "QuantityError",
    "format_grade",
    "format_kg",
    "format_tonnes",
    "grade_from_cell",
    "mass_from_cell",
    "normalize_number_text",
    "parse_decimal",
    "parse_grade_pct",
    "parse_mass_kg",
    "parse_tonnes",
    "reo_grams",
    "split_by_shares",
]

GRAMS_PER_KG = 1000
GRADE_MAX_BP = 10_000  # 100.00 %

# A billion tonnes is far beyond any enterprise's yearly flow, yet sums of
# many such values still fit the signed 64-bit integers SQLite stores.
MAX_ABS_GRAMS = 10**15 - 1
_MAX_KG = Decimal(MAX_ABS_GRAMS).scaleb(-3)

_MASS_KG = "a mass in kg"
_MASS_T = "a mass in tonnes"
_GRADE = "a grade in %"


class QuantityError(ValueError):
    """Input that cannot be taken as an exact quantity; the message says why."""


def _quote(text: str) -> str:
    # JSON quoting shows control characters visibly and keeps CJK readable.
    return json.dumps(text, ensure_ascii=False)


# --------------------------------------------------------------------------
# Text normalisation

FULL_WIDTH = {0xFF10 + i: ord("0") + i for i in range(10)}
FULL_WIDTH.update(
    {
        ord("．"): ".",
        ord("，"): ",",
        ord("＋"): "+",
        ord("－"): "-",
        ord("％"): "%",
        0x2212: "-",  # MINUS SIGN, which word processors like to insert
        0xFE63: "-",  # SMALL HYPHEN-MINUS
    }
)
# str.strip() already covers NBSP, U+3000 and the other Unicode spaces; these
# invisible marks are not whitespace to Python but do arrive in pasted text.
_INVISIBLE = "\ufeff\u200b"


def normalize_number_text(text: str) -> str:
    """Map the characters a Chinese input method produces onto ASCII.

    Only characters with an unambiguous meaning in a number are mapped;
    anything else is left for the parser to reject with a clear message.
    """
    return text.translate(FULL_WIDTH).strip().strip(_INVISIBLE).strip()


# --------------------------------------------------------------------------
# Parsing

# Characters people use between groups of thousands.  All the space-like ones
# count as one kind, since they look the same on screen.
_SPACE_SEPARATORS = " \u00a0\u202f\u2009"
_SEPARATOR_CLASS = {",": ","} | {c: " " for c in _SPACE_SEPARATORS}

_PLAIN = re.compile(r"(?P<int>[0-9]*)(?:\.(?P<frac>[0-9]*))?")
_GROUPED = re.compile(
    r"(?P<int>[1-9][0-9]{0,2}(?:[,\u0020\u00a0\u202f\u2009][0-9]{3})+)"
    r"(?:\.(?P<frac>[0-9]*))?"
)
_EXPONENT = re.compile(r"[0-9.,]*[0-9][0-9.,]*[eE][+-]?[0-9]+")
_NOT_NUMBERS = {"nan", "inf", "infinity", "snan"}

_FAST_PLAIN = re.compile(r"([0-9]{1,18})(?:\.([0-9]*))?")

# Longest digit string worth converting; anything longer is out of range
# anyway, and this keeps int() away from its size limit.
_MAX_DIGITS = 40


def parse_decimal(text: str, *, max_decimals: int, signed: bool, what: str) -> int:
    """Parse decimal text exactly into an integer count of 10**-max_decimals.

    ``what`` names the quantity for messages ("a mass in kg").  Extra decimals
    are an error rather than rounded: a clerk who typed them meant them, and
    silently dropping them would change the ledger.
    """
    if not isinstance(text, str):
        raise QuantityError(
            f"expected {what} as text, found a value of type {type(text).__name__}"
        )
    plain = _FAST_PLAIN.fullmatch(text)
    if plain is not None:  # "1234.5": by far the most common, and cheap to take directly
        fraction = plain[2] or ""
        if len(fraction) <= max_decimals:
            return int(plain[1] + fraction.ljust(max_decimals, "0"))
    return _parse_units(normalize_number_text(text), text, max_decimals, signed, what)


def _parse_units(body: str, original: str, max_decimals: int, signed: bool, what: str) -> int:
    found = _quote(original)
    if not body:
        raise QuantityError(f"expected {what}, found empty text")
    sign = 1
    if body[0] in "+-":
        sign = -1 if body[0] == "-" else 1
        body = body[1:]
    if body.casefold() in _NOT_NUMBERS:
        raise QuantityError(f"expected {what}, found {found}, which is not a number")
    if _EXPONENT.fullmatch(body):
        raise QuantityError(f"expected {what} written without an exponent, found {found}")

    int_digits, frac_digits = _split_digits(body, original, what)
    if sign < 0 and not signed:
        raise QuantityError(
            f"a negative {_noun(what)} makes no sense here: expected {what} "
            f"of zero or more, found {found}"
        )
    if len(frac_digits) > max_decimals:
        places = "decimal" if max_decimals == 1 else "decimals"
        raise QuantityError(f"expected {what} with at most {max_decimals} {places}, found {found}")
    if len(int_digits) + max_decimals > _MAX_DIGITS:
        raise QuantityError(f"expected {what} of a sensible size, found {found}")
    return sign * int((int_digits or "0") + frac_digits.ljust(max_decimals, "0"))


def _noun(what: str) -> str:
    # "a mass in kg" -> "mass": lets one message template serve every quantity.
    return what.removeprefix("a ").split(" ")[0]


def _split_digits(body: str, original: str, what: str) -> tuple[str, str]:
    """Return (integer digits, fraction digits) with thousands separators removed."""
    plain = _PLAIN.fullmatch(body)
    if plain and (plain["int"] or plain["frac"]):
        return plain["int"], plain["frac"] or ""
    grouped = _GROUPED.fullmatch(body)
    if grouped:
        separators = {_SEPARATOR_CLASS[c] for c in grouped["int"] if not c.isdigit()}
        if len(separators) > 1:
            raise QuantityError(
                f"expected {what} with one kind of thousands separator, found {_quote(original)}"
            )
        return re.sub(r"[^0-9]", "", grouped["int"]), grouped["frac"] or ""
    raise QuantityError(_explain_bad_number(body, original, what))


def _explain_bad_number(body: str, original: str, what: str) -> str:
    found = _quote(original)
    looks_numeric = re.fullmatch(r"[0-9.,\u0020\u00a0\u202f\u2009]+", body)
    if not (looks_numeric and any(c.isdigit() for c in body)):
        return f'expected {what} written in digits (such as "1234.5"), found {found}'
    point = body.find(".")
    if point >= 0 and "," in body[point:]:
        return f'expected {what} with "." as the decimal point, found {found}'
    if body.count(".") > 1:
        return f"expected {what} with at most one decimal point, found {found}"
    if re.fullmatch(r"0,[0-9]+|[0-9]+,(?:[0-9]{1,2}|[0-9]{4,})", body):
        # "0,5" or "12,5": a decimal comma, not a thousands separator.
        return f'expected {what} with "." as the decimal point, found {found}'
    if "," in body and any(c in body for c in _SPACE_SEPARATORS):
        return f"expected {what} with one kind of thousands separator, found {found}"
    return (
        f"expected {what} with thousands separators every 3 digits "
        f'(such as "1,234,567.5"), found {found}'
    )


def _check_mass_range(grams: int, what: str, found: str) -> int:
    if abs(grams) > MAX_ABS_GRAMS:
        raise QuantityError(
            f"expected {what} below one billion tonnes, found {_quote(found)}"
        )
    return grams


def parse_mass_kg(text: str, *, signed: bool = False) -> int:
    """Kilograms as typed by a clerk, to grams."""
    grams = parse_decimal(text, max_decimals=3, signed=signed, what=_MASS_KG)
    return _check_mass_range(grams, _MASS_KG, text)


def plain_mass_g(text: str) -> int | None:
    """Grams of a mass typed plainly ("1234.5": digits, at most 3 decimals,
    in range), or None when ``parse_mass_kg`` must judge it. What it returns
    is always what ``parse_mass_kg`` returns."""
    plain = _FAST_PLAIN.fullmatch(text)
    if plain is None:
        return None
    fraction = plain[2] or ""
    if len(fraction) > 3:
        return None
    grams = int(plain[1] + fraction.ljust(3, "0"))
    return grams if grams <= MAX_ABS_GRAMS else None


def parse_tonnes(text: str) -> int:
    """Tonnes (quota documents use them) to grams; 6 decimals reach the gram."""
    grams = parse_decimal(text, max_decimals=6, signed=False, what=_MASS_T)
    return _check_mass_range(grams, _MASS_T, text)


def parse_grade_pct(text: str) -> int:
    """A TREO grade in percent, to hundredths of a percent (basis points)."""
    if not isinstance(text, str):
        raise QuantityError(
            f"expected {_GRADE} as text, found a value of type {type(text).__name__}"
        )
    plain = _FAST_PLAIN.fullmatch(text)
    if plain is not None and len(plain[2] or "") <= 2:
        return _check_grade_range(int(plain[1] + (plain[2] or "").ljust(2, "0")), text)
    body = normalize_number_text(text)
    if body.endswith("%"):
        body = body[:-1].rstrip()
    bp = _parse_units(body, text, 2, True, _GRADE)
    return _check_grade_range(bp, text)


def _check_grade_range(bp: int, found: str) -> int:
    if not 0 <= bp <= GRADE_MAX_BP:
        raise QuantityError(f"expected {_GRADE} between 0 and 100, found {_quote(found)}")
    return bp


# --------------------------------------------------------------------------
# Spreadsheet cells

def _cell_decimal(value: object, what: str) -> Decimal | None:
    """A numeric cell as an exact Decimal, or None when the cell holds text.

    Floats go through repr(): it yields the shortest text that reads back as
    the same float, which is what the spreadsheet displayed.  Decimal(float)
    would instead expose the binary expansion (0.1 -> 0.1000000000000000055…).
    """
    if value is None:
        raise QuantityError(f"expected {what}, found an empty cell")
    if isinstance(value, bool):
        raise QuantityError(f"expected {what}, found the true/false value {value}")
    if isinstance(value, str):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        number = Decimal(repr(value))
    elif isinstance(value, Decimal):
        number = value
    else:
        raise QuantityError(f"expected {what}, found a value of type {type(value).__name__}")
    if not number.is_finite():
        raise QuantityError(
            f"expected {what}, found {_quote(_cell_text(value))}, which is not a number"
        )
    return number


def _scaled(number: Decimal, places: int) -> Fraction:
    """``number`` × 10**places as an exact fraction."""
    floor_exponent = -(places + 40)
    if number and number.adjusted() < floor_exponent:
        # Digits this far below the last kept decimal cannot change the
        # result, but an exact Fraction of them could take unbounded time.
        number = Decimal((number.is_signed(), (1,), floor_exponent))
    return Fraction(number) * 10**places


def _round_half_up(value: Fraction) -> int:
    magnitude = math.floor(abs(value) + Fraction(1, 2))
    return -magnitude if value < 0 else magnitude


def _cell_text(value: object) -> str:
    return repr(value) if isinstance(value, float) else str(value)


def mass_from_cell(value: object, *, signed: bool = False) -> int:
    """A spreadsheet cell holding kilograms, to grams.

    Numeric cells are rounded half up to the gram, because a spreadsheet
    formula often leaves noise past the third decimal; typed text and exact
    Decimals must already be at gram precision.
    """
    number = _cell_decimal(value, _MASS_KG)
    if number is None:
        return parse_mass_kg(value, signed=signed)  # type: ignore[arg-type]
    found = _quote(_cell_text(value))
    if number < 0 and not signed:
        raise QuantityError(
            f"a negative mass makes no sense here: expected {_MASS_KG} "
            f"of zero or more, found {found}"
        )
    if abs(number) > _MAX_KG:
        raise QuantityError(f"expected {_MASS_KG} below one billion tonnes, found {found}")
    grams = _scaled(number, 3)
    if isinstance(value, Decimal) and grams.denominator != 1:
        raise QuantityError(f"expected {_MASS_KG} with at most 3 decimals, found {found}")
    return _round_half_up(grams)


# A formula such as =A1*0.8 can yield 65.12000000000001: that is 65.12, and
# refusing it would only annoy.  A genuine third decimal (65.125) is refused.
_GRADE_FLOAT_TOLERANCE_BP = Fraction(1, 10**7)  # 1e-9 percent


def grade_from_cell(value: object) -> int:
    """A spreadsheet cell holding a grade in percent, to basis points."""
    number = _cell_decimal(value, _GRADE)
    if number is None:
        return parse_grade_pct(value)  # type: ignore[arg-type]
    found = _quote(_cell_text(value))
    if not 0 <= number <= 100:
        raise QuantityError(f"expected {_GRADE} between 0 and 100, found {found}")
    exact_bp = _scaled(number, 2)
    bp = _round_half_up(exact_bp)
    if exact_bp != bp:
        near_hundredth = abs(exact_bp - bp) <= _GRADE_FLOAT_TOLERANCE_BP
        if not (isinstance(value, float) and near_hundredth):
            raise QuantityError(f"expected {_GRADE} with at most 2 decimals, found {found}")
    return bp


# --------------------------------------------------------------------------
# Arithmetic

def reo_grams(mass_g: int, grade_bp: int) -> int:
    """REO content of a mass at a grade, rounded half up to the gram.

    Rounding the magnitude and re-applying the sign makes a reversal net to
    exactly zero, which a plain floor division would not do for odd halves.
    """
    if not 0 <= grade_bp <= GRADE_MAX_BP:
        raise ValueError(
            f"expected a grade between 0 and {GRADE_MAX_BP} hundredths of a percent, "
            f"found {grade_bp}"
        )
    # Half up: floor(x / 10000 + 1/2) is floor((2x + 10000) / 20000).
    quotient = (2 * abs(mass_g) * grade_bp + GRADE_MAX_BP) // (2 * GRADE_MAX_BP)
    return -quotient if mass_g < 0 else quotient


def split_by_shares(total: int, shares: Mapping[str, int]) -> dict[str, int]:
    """Split an integer total in proportion to integer weights, losing nothing.

    Largest-remainder method: everyone gets the floor of their exact share and
    the units left over go to the largest remainders.  Equal remainders are
    settled by sorted key, so the same inputs always give the same split no
    matter in which order the dictionary was built.
    """
    if len(shares) == 1:  # the usual case: a lot of one origin
        ((key, weight),) = shares.items()
        if weight > 0:
            return {key: total}
    if any(weight < 0 for weight in shares.values()):
        raise ValueError("expected weights of zero or more, found a negative weight")
    weight_sum = sum(shares.values())
    if weight_sum == 0:
        raise ValueError("expected at least one positive weight to split by, found none")

    keys = list(shares)
    split = split_by_weights(total, keys, [shares[k] for k in keys], weight_sum)
    return dict(zip(keys, split))


def split_by_weights(total: int, keys: Sequence[str], weights: Sequence[int], weight_sum: int) -> list[int]:
    """``split_by_shares`` for weights already checked and summed (all zero
    or more, ``weight_sum`` positive): the parts in the order of ``keys``."""
    if len(weights) == 2:  # the usual lot of two origins, without the general ranking
        if keys[0] <= keys[1]:
            return list(split_in_two(total, weights[0], weights[1], weight_sum))
        second, first = split_in_two(total, weights[1], weights[0], weight_sum)
        return [first, second]
    magnitude = abs(total)
    if magnitude == weight_sum:  # the whole of what the weights add up to: a lot nothing was taken from
        floors = list(weights)
    else:
        products = [magnitude * weight for weight in weights]
        floors = [product // weight_sum for product in products]
        leftover = magnitude - sum(floors)
        if leftover:
            ranked = sorted(zip([floor * weight_sum - product for product, floor in zip(products, floors)],
                                keys, range(len(keys))))
            for _r, _key, i in ranked[:leftover]:
                floors[i] += 1
    if total < 0:
        return [-value for value in floors]
    return floors



def split_in_two(total: int, first: int, second: int, weight_sum: int) -> tuple[int, int]:
    """``split_by_weights`` between two keys in sorted order: the unit left
    over goes to the larger remainder, the first key on a tie."""
    magnitude = abs(total)
    pa, pb = magnitude * first, magnitude * second
    fa, fb = pa // weight_sum, pb // weight_sum
    if fa + fb < magnitude:
        if pb - fb * weight_sum > pa - fa * weight_sum:
            fb += 1
        else:
            fa += 1
    return (-fa, -fb) if total < 0 else (fa, fb)

# --------------------------------------------------------------------------
# Formatting

def _format_thousandths(units: int, grouping: bool) -> str:
    whole, fraction = divmod(abs(units), 1000)
    sign = "-" if units < 0 else ""
    whole_text = f"{whole:,}" if grouping else str(whole)
    return f"{sign}{whole_text}.{fraction:03d}"


def format_kg(grams: int, *, grouping: bool = False) -> str:
    """Kilograms with exactly three decimals, the ledger's display and JSON form."""
    if grams >= 0 and not grouping:  # most of a report's hundreds of thousands of figures
        return "%d.%03d" % divmod(grams, 1000)
    return _format_thousandths(grams, grouping)


# "000" … "999": the grams of a kilogram as ``format_kg`` writes them.
_THOUSANDTHS = ["%03d" % n for n in range(1000)]


def format_kgs(grams: Sequence[int]) -> list[str]:
    """``format_kg`` of each of ``grams``, in one pass: a report or a stock
    of a long history writes a few million figures."""
    return [f"{g // 1000}.{_THOUSANDTHS[g % 1000]}" if g >= 0 else _format_thousandths(g, False) for g in grams]


def format_tonnes(grams: int, *, grouping: bool = False) -> str:
    """Tonnes with three decimals, i.e. rounded half up (away from zero) to the kg."""
    kilograms = (abs(grams) + GRAMS_PER_KG // 2) // GRAMS_PER_KG
    return _format_thousandths(-kilograms if grams < 0 else kilograms, grouping)


def format_grade(bp: int) -> str:
    """A grade in percent with two decimals: 6550 -> "65.50"."""
    whole, fraction = divmod(abs(bp), 100)
    sign = "-" if bp < 0 else ""
    return f"{sign}{whole}.{fraction:02d}"
