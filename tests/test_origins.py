"""Naming the origin of a mixed lot or movement, one rule for stock and report."""
from __future__ import annotations

from collections import Counter

from ree_desk.domain.ledger.origins import dominant_origin


def test_the_largest_share_names_it_whatever_its_sign():
    assert dominant_origin({"CN": 300, "MM": 700}) == "MM"
    assert dominant_origin({"CN": -300, "MM": -700}) == "MM"  # a FEED's shares are negative


def test_ties_go_to_the_first_country_alphabetically():
    assert dominant_origin({"MM": 500, "LA": 500, "CN": 100}) == "LA"
    assert dominant_origin(Counter({"VN": 1, "AU": 1})) == "AU"


def test_zero_shares_are_passed_over_and_none_at_all_names_the_first_listed():
    assert dominant_origin({"AU": 0, "CN": 5}) == "CN"
    assert dominant_origin({"MM": 0, "CN": 0}) == "MM"
    assert dominant_origin({}) == ""
