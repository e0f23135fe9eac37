"""A movement as entered, checked field by field before it meets the ledger.

The import, the entry form and the grid all turn what the user typed into
``MovementDraft`` here, so a field is judged the same way everywhere.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache
from decimal import Decimal
from typing import NamedTuple

from ree_desk.domain.countries import DOMESTIC, UnknownCountryError, lookup_country
from ree_desk.domain.credit_code import CreditCodeError, validate_credit_code
from ree_desk.domain.movement_types import (
    OUTFLOWS,
    MovementType,
    MovementTypeError,
    parse_movement_type,
)
from ree_desk.domain.problems import Problem, shown
from ree_desk.domain.quantities import QuantityError, grade_from_cell, mass_from_cell, plain_mass_g

MAX_TEXT = 200
MAX_CODE = 64

# ASCII or full-width digits only: \d would also take Arabic-Indic,
# Devanagari or mathematical digits, which no plant's file is written in.
_DATE = re.compile(r"^([0-9０-９]{4})\s*[-/.年]\s*([0-9０-９]{1,2})\s*[-/.月]\s*([0-9０-９]{1,2})\s*日?$")
# The years quotas are set for; a day outside them is a typing mistake
# (0001-01-01, 9999-12-31), which would sit in the ledger for good.
FIRST_DAY = dt.date(2000, 1, 1)
LAST_DAY = dt.date(2100, 12, 31)
_DAY_RANGE = f"a date between {FIRST_DAY.isoformat()} and {LAST_DAY.isoformat()}"
# A cell's text may not hold control characters (NUL, escape), invisible
# format marks (zero-width spaces, bidirectional overrides) or lone
# surrogates: a lot "L1" with a zero-width space is not the lot "L1" though
# no one can see the difference.
_UNSEEN_TEXT = frozenset({"Cc", "Cf", "Cs"})
CLEAN_TEXT = "text without control characters or invisible formatting marks"


class BadCell(NamedTuple):
    """A spreadsheet cell that holds no value of its own to judge (a formula
    never computed, an error value, part of merged cells): what the problem
    says instead, and what the cell shows in a preview of the file."""

    expected: str
    found: str
    shown: str = ""

    def __str__(self) -> str:
        return self.shown


class MovementDraft(NamedTuple):
    """``mass_g`` is the signed stock effect: negative for FEED, SHIPMENT and
    a stocktake loss.

    A named tuple rather than a frozen dataclass: as immutable, and a large
    import makes one per row, where a tuple costs a third as much to build.
    """

    line: int | None
    day: dt.date
    type: MovementType
    material: str
    lot: str
    mass_g: int
    grade_bp: int
    origin: str | None = None
    origin_detail: str | None = None
    counterparty: str | None = None
    credit_code: str | None = None
    customs_no: str | None = None
    invoice_no: str | None = None
    run: str | None = None
    destination: str | None = None
    note: str | None = None

    @property
    def month(self) -> str:
        return f"{self.day.year:04d}-{self.day.month:02d}"

    def with_line(self, line: int) -> "MovementDraft":
        return self._replace(line=line)


def parse_day(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        if not FIRST_DAY <= value <= LAST_DAY:
            raise ValueError(_DAY_RANGE)
        return value
    return _parse_day_text(str(value).strip())


@lru_cache(maxsize=4096)  # a month's file holds some thirty distinct dates
def _parse_day_text(text: str) -> dt.date:
    match = _DATE.match(text)
    if match:
        try:
            day = dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            pass
        else:
            if not FIRST_DAY <= day <= LAST_DAY:
                raise ValueError(_DAY_RANGE)
            return day
    raise ValueError("a date as YYYY-MM-DD")


def _text(value: object, limit: int = MAX_TEXT) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a lot or invoice number typed into a number cell
    elif isinstance(value, (float, Decimal)):
        value = format(Decimal(repr(value)) if isinstance(value, float) else value, "f")
    raw = str(value)
    text = " ".join(raw.split())
    if not text:
        return None
    if len(text) > limit:
        raise ValueError(f"at most {limit} characters")
    if not raw.isprintable() and _unseen(raw):
        raise ValueError(CLEAN_TEXT)
    return text


def _unseen(text: str) -> bool:
    """Whether ``text`` holds a character no one would see in a cell. Tabs
    and line ends are spaces between words; the other control characters
    are not, though Python splits words at some of them."""
    return any(unicodedata.category(c) in _UNSEEN_TEXT and c not in "\t\n\r" for c in text)


class _RowReader:
    """Collects every problem of one row instead of stopping at the first."""

    def __init__(self, line: int | None, values: dict[str, object], percent: frozenset[str]):
        self.line = line
        self.values = values
        self.percent = percent
        self.problems: list[Problem] = []
        self.said: frozenset[str] = frozenset()  # columns whose one problem is already told

    def fail(self, column: str, expected: str, found: object = "__value__") -> None:
        if column in self.said:
            return
        if found == "__value__":
            found = self.values.get(column)
        self.problems.append(Problem(self.line, column, expected, shown(found)))

    def bad_cells(self) -> None:
        """Each cell that holds no value of its own is told once, and the
        row is then judged as if it were blank."""
        bad = [(name, v) for name, v in self.values.items() if type(v) is BadCell]
        if not bad:
            return
        self.values = dict(self.values)
        for name, cell in bad:
            self.problems.append(Problem(self.line, name, cell.expected, cell.found))
            self.values[name] = None
        self.said = frozenset(name for name, _ in bad)

    def text(self, column: str, *, required: str | None = None, limit: int = MAX_TEXT) -> str | None:
        raw = self.values.get(column)
        if raw is None:
            if required:
                self.fail(column, required)
            return None
        if type(raw) is str and 0 < len(raw) <= limit and raw.isprintable() and "  " not in raw \
                and raw == raw.strip():
            return raw  # already clean: the common case, kept cheap for large imports
        try:
            value = _text(raw, limit)
        except ValueError as exc:
            self.fail(column, str(exc))
            return None
        if value is None and required:
            self.fail(column, required)
        return value

    def country(self, column: str, *, required: str | None = None) -> str | None:
        raw = self.text(column, required=required)
        if raw is None:
            return None
        try:
            return lookup_country(raw)
        except UnknownCountryError:
            self.fail(column, "an ISO 3166-1 country code such as CN or MM (or its name)")
            return None


def draft_from_values(
    line: int | None, values: dict[str, object], percent_columns: frozenset[str] = frozenset()
) -> tuple[MovementDraft | None, list[Problem]]:
    """Turn one row of raw cell values (keyed by the canonical column names)
    into a draft, or report everything wrong with it."""
    r = _RowReader(line, values, percent_columns)
    r.bad_cells()
    values = r.values

    day = None
    raw_day = values.get("date")
    if raw_day is None:
        r.fail("date", "a date as YYYY-MM-DD")
    else:
        try:
            day = parse_day(raw_day)
        except ValueError as exc:
            r.fail("date", str(exc))

    mtype = None
    raw_type = r.text("type", required="a movement type (RECEIPT, MINED, FEED, OUTPUT, SHIPMENT, ADJUSTMENT)")
    if raw_type is not None:
        try:
            mtype = parse_movement_type(raw_type)
        except MovementTypeError:
            r.fail("type", "one of RECEIPT, MINED, FEED, OUTPUT, SHIPMENT, ADJUSTMENT or its Chinese name")

    material = r.text("material", required="a material code such as CONC-BAST", limit=MAX_CODE)
    lot = r.text("lot", required="a lot number", limit=MAX_CODE)

    mass_g = None
    signed = mtype is MovementType.ADJUSTMENT
    raw_mass = values.get("mass_kg")
    if raw_mass is None:
        r.fail("mass_kg", "a net mass in kg")
    else:
        try:
            mass_g = mass_from_cell(raw_mass, signed=signed)
            if mass_g == 0:
                r.fail("mass_kg", "a mass other than zero")
                mass_g = None
        except QuantityError as exc:
            r.fail("mass_kg", _expected_of(exc, "a positive mass in kg with at most 3 decimals"))

    grade_bp = None
    raw_grade = values.get("grade_pct")
    if raw_grade is None:
        r.fail("grade_pct", "a TREO grade in percent (0-100, at most 2 decimals)")
    else:
        if "grade_pct" in percent_columns and isinstance(raw_grade, (int, float)) and not isinstance(raw_grade, bool):
            # A cell formatted as a percentage holds 0.655 for 65.5 %.
            raw_grade = Decimal(repr(raw_grade)) * 100
        try:
            grade_bp = grade_from_cell(raw_grade)
        except QuantityError as exc:
            r.fail("grade_pct", _expected_of(exc, "a TREO grade in percent (0-100, at most 2 decimals)"))

    needs_origin = mtype in (MovementType.RECEIPT, MovementType.MINED)
    origin = r.country("origin", required="the origin country for a receipt or mining output" if needs_origin else None)
    if mtype is MovementType.MINED and origin not in (None, DOMESTIC):
        r.fail("origin", "CN for mining output (the enterprise mines in China)")
    origin_detail = r.text("origin_detail")

    needs_party = mtype in (MovementType.RECEIPT, MovementType.SHIPMENT)
    counterparty = r.text(
        "counterparty", required="the supplier or customer name" if needs_party else None
    )
    credit_code = None
    raw_code = r.text("credit_code", limit=40)
    if raw_code is not None:
        try:
            credit_code = validate_credit_code(raw_code)
        except CreditCodeError as exc:
            r.fail("credit_code", f"a valid unified social credit code ({exc})")

    destination = r.country(
        "destination", required="the destination country of a shipment" if mtype is MovementType.SHIPMENT else None
    )
    if destination is not None and mtype not in (None, MovementType.SHIPMENT):
        r.fail("destination", "no destination except on a SHIPMENT")

    customs_no = r.text("customs_no", limit=MAX_CODE)
    if customs_no is None:
        if mtype is MovementType.RECEIPT and origin not in (None, DOMESTIC):
            r.fail("customs_no", f"the customs declaration number of an import from {origin}")
        if mtype is MovementType.SHIPMENT and destination not in (None, DOMESTIC):
            r.fail("customs_no", f"the customs declaration number of an export to {destination}")

    invoice_no = r.text("invoice_no", limit=MAX_CODE)
    needs_run = mtype in (MovementType.FEED, MovementType.OUTPUT)
    run = r.text("run", required="the production run of a FEED or OUTPUT" if needs_run else None, limit=MAX_CODE)
    if run is not None and mtype is not None and not needs_run:
        r.fail("run", "no production run except on FEED and OUTPUT")
    note = r.text(
        "note", required="the reason for a stocktake adjustment" if mtype is MovementType.ADJUSTMENT else None,
        limit=1000,
    )

    if r.problems:
        return None, r.problems
    assert day and mtype and material and lot and mass_g is not None and grade_bp is not None
    if mtype in OUTFLOWS:
        mass_g = -mass_g
    return (
        MovementDraft(
            line=line, day=day, type=mtype, material=material.upper(), lot=lot,
            mass_g=mass_g, grade_bp=grade_bp, origin=origin, origin_detail=origin_detail,
            counterparty=counterparty, credit_code=credit_code, customs_no=customs_no,
            invoice_no=invoice_no, run=run, destination=destination, note=note,
        ),
        [],
    )


_FAILED = object()
_NEEDS_ORIGIN = frozenset({MovementType.RECEIPT, MovementType.MINED})
_NEEDS_PARTY = frozenset({MovementType.RECEIPT, MovementType.SHIPMENT})
_NEEDS_RUN = frozenset({MovementType.FEED, MovementType.OUTPUT})


def fields_agree(key: tuple) -> bool:
    """The plain reading's rules between fields, for one combination of
    (type, origin, destination, no counterparty, no customs number, no run):
    False sends the row to ``draft_from_values``, which says what is wrong."""
    mtype, origin, destination, no_party, no_customs, no_run = key
    if mtype is _FAILED or mtype is MovementType.ADJUSTMENT:
        return False  # signed masses and their reasons: rare, left to the full reader
    if mtype in _NEEDS_ORIGIN and origin is None:
        return False
    if mtype is MovementType.MINED and origin != DOMESTIC:
        return False
    if mtype in _NEEDS_PARTY and no_party:
        return False
    if mtype is MovementType.SHIPMENT:
        if destination is None or (no_customs and destination != DOMESTIC):
            return False
    elif destination is not None:
        return False
    if no_customs and mtype is MovementType.RECEIPT and origin != DOMESTIC:
        return False
    return no_run is not (mtype in _NEEDS_RUN)


def _clean(raw: object, limit: int) -> bool:
    """The text as ``_RowReader.text`` would keep it unchanged."""
    return (type(raw) is str and 0 < len(raw) <= limit and raw.isprintable()  # type: ignore[arg-type]
            and "  " not in raw and raw == raw.strip())  # type: ignore[operator]


class _Memo(dict):
    """Distinct cell text -> converted value, or ``_FAILED``."""

    __slots__ = ("convert",)

    def __init__(self, convert) -> None:
        super().__init__()
        self.convert = convert

    def __missing__(self, raw: str) -> object:
        try:
            value = self.convert(raw)
        except ValueError:
            value = _FAILED
        self[raw] = value
        return value


def _clean_text_or_fail(limit: int):
    def convert(raw: str) -> str:
        if _clean(raw, limit):
            return raw
        raise ValueError("judged by the row reader")
    return convert


class DraftReader:
    """Turns the rows of one file into drafts, exactly as ``draft_from_values``
    does, but quickly for the rows a large import is made of.

    A file repeats its dates, types, materials, countries, grades and
    counterparties thousands of times. Each distinct text is judged once; a
    row whose every cell is plainly good becomes a draft directly, and any
    other row goes through ``draft_from_values`` for its problems.
    """

    def __init__(self) -> None:
        self._day = _Memo(parse_day)
        self._type = _Memo(lambda raw: parse_movement_type(_clean_text_or_fail(MAX_TEXT)(raw)))
        self._material = _Memo(lambda raw: _clean_text_or_fail(MAX_CODE)(raw).upper())
        self._grade = _Memo(grade_from_cell)
        self._country = _Memo(lambda raw: lookup_country(_clean_text_or_fail(MAX_TEXT)(raw)))
        self._credit_code = _Memo(lambda raw: validate_credit_code(_clean_text_or_fail(40)(raw)))
        self._text = _Memo(_clean_text_or_fail(MAX_TEXT))
        self._code = _Memo(_clean_text_or_fail(MAX_CODE))

    def draft(
        self, line: int | None, values: dict[str, object], percent_columns: frozenset[str] = frozenset()
    ) -> tuple[MovementDraft | None, list[Problem]]:
        if not percent_columns:
            draft = self._plain(line, values)
            if draft is not None:
                return draft, []
        return draft_from_values(line, values, percent_columns)

    def _plain(self, line: int | None, v: dict[str, object]) -> MovementDraft | None:
        """The draft of a row whose cells are all plainly good, else None."""
        get = v.get
        raw = get("date")
        if type(raw) is not str or (day := self._day[raw]) is _FAILED:
            return None
        raw = get("type")
        if type(raw) is not str or (mtype := self._type[raw]) is _FAILED:
            return None
        raw = get("material")
        if type(raw) is not str or (material := self._material[raw]) is _FAILED:
            return None
        lot = get("lot")
        if not _clean(lot, MAX_CODE):
            return None
        raw = get("mass_kg")
        if type(raw) is not str or not (mass_g := plain_mass_g(raw)):
            return None
        raw = get("grade_pct")
        if type(raw) is not str or (grade_bp := self._grade[raw]) is _FAILED:
            return None

        origin = self._optional(get("origin"), self._country)
        destination = self._optional(get("destination"), self._country)
        origin_detail = self._optional(get("origin_detail"), self._text)
        counterparty = self._optional(get("counterparty"), self._text)
        credit_code = self._optional(get("credit_code"), self._credit_code)
        run = self._optional(get("run"), self._code)
        if _FAILED in (origin, destination, origin_detail, counterparty, credit_code, run):
            return None
        customs_no = get("customs_no")
        invoice_no = get("invoice_no")
        note = get("note")
        if (customs_no is not None and not _clean(customs_no, MAX_CODE)) \
                or (invoice_no is not None and not _clean(invoice_no, MAX_CODE)) \
                or (note is not None and not _clean(note, 1000)):
            return None

        if not fields_agree((mtype, origin, destination, counterparty is None, customs_no is None, run is None)):
            return None
        return MovementDraft(
            line=line, day=day, type=mtype, material=material, lot=lot,
            mass_g=-mass_g if mtype in OUTFLOWS else mass_g, grade_bp=grade_bp, origin=origin,
            origin_detail=origin_detail, counterparty=counterparty, credit_code=credit_code,
            customs_no=customs_no, invoice_no=invoice_no, run=run, destination=destination, note=note,
        )

    @staticmethod
    def _optional(raw: object, memo: _Memo) -> object:
        if raw is None:
            return None
        if type(raw) is not str:
            return _FAILED
        return memo[raw]


def _expected_of(exc: QuantityError, fallback: str) -> str:
    """The quantity parser's sentence reads 'expected X, found Y'; keep X.
    One that gives a reason first ('R: expected X, found Y') keeps R, since
    the problem names what was found itself."""
    text = str(exc)
    if text.startswith("expected ") and ", found " in text:
        return text[len("expected "): text.rindex(", found ")]
    if ": expected " in text and ", found " in text:
        return f"{fallback} ({text[: text.index(': expected ')]})"
    return f"{fallback} ({text})"
