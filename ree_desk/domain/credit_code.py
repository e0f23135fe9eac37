"""Unified Social Credit Code (统一社会信用代码), GB 32100-2015.

Every Chinese enterprise has one; the monthly report carries the filer's own
and the counterparties'.  A typo in a code filed with the authorities is hard
to trace afterwards, so the check character is verified on entry.

Layout of the 18 characters (1-based positions):
  1     registration authority
  2     organisation type
  3–8   administrative-division code (digits)
  9–17  organisation identifier
  18    check character
"""
from __future__ import annotations

from functools import lru_cache

__all__ = [
    "CHARSET",
    "CreditCodeError",
    "check_character",
    "is_valid_credit_code",
    "normalize_credit_code",
    "validate_credit_code",
]

# The standard leaves out I, O, Z, S and V: they are too easily misread as
# 1, 0, 2, 5 and U.
CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_VALUE = {char: value for value, char in enumerate(CHARSET)}
_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_LENGTH = 18
_DIVISION_CODE = range(2, 8)  # 0-based indexes of positions 3–8


class CreditCodeError(ValueError):
    """A credit code that cannot be right; the message says which part is wrong."""


def _bad_character_message(char: str, index: int) -> str:
    position = index + 1
    if index in _DIVISION_CODE:
        return (
            "expected a digit in positions 3 to 8 (the administrative-division code), "
            f'found "{char}" at position {position}'
        )
    return (
        "expected a digit or a capital letter other than I, O, Z, S and V, "
        f'found "{char}" at position {position}'
    )


def check_character(first17: str) -> str:
    """The check character that completes the first 17 characters."""
    if len(first17) != _LENGTH - 1:
        raise CreditCodeError(
            f"expected the first {_LENGTH - 1} characters of a credit code, "
            f"found {len(first17)} characters"
        )
    total = 0
    for index, (char, weight) in enumerate(zip(first17, _WEIGHTS)):
        if char not in _VALUE:
            raise CreditCodeError(_bad_character_message(char, index))
        total += _VALUE[char] * weight
    return CHARSET[(31 - total % 31) % 31]


def normalize_credit_code(text: str) -> str:
    """Strip, upper-case, and fold full-width characters typed by a Chinese IME."""
    folded = "".join(
        chr(ord(char) - 0xFEE0) if "\uff01" <= char <= "\uff5e" else char for char in text
    )
    return folded.strip().upper()


@lru_cache(maxsize=4096)  # the same partners recur on every page of a ledger
def validate_credit_code(text: str) -> str:
    """Return the normalised code, or raise CreditCodeError saying what is wrong."""
    if not isinstance(text, str):
        raise CreditCodeError(
            f"expected a credit code as text, found a value of type {type(text).__name__}"
        )
    code = normalize_credit_code(text)
    if len(code) != _LENGTH:
        raise CreditCodeError(f"expected {_LENGTH} characters, found {len(code)}")
    for index, char in enumerate(code):
        if char not in _VALUE or (index in _DIVISION_CODE and not char.isdigit()):
            raise CreditCodeError(_bad_character_message(char, index))
    expected = check_character(code[:-1])
    if code[-1] != expected:
        raise CreditCodeError(f"check character should be {expected}, found {code[-1]}")
    return code


def is_valid_credit_code(text: str) -> bool:
    try:
        validate_credit_code(text)
    except CreditCodeError:
        return False
    return True
