"""Drafts of a whole file judged column by column.

``DraftReader`` judges each distinct cell once but still walks the file row
by row. Here every column is converted in one pass through the same judged
values, the rules that tie fields together are decided once per distinct
combination, and only the rows that are not plainly good go through
``draft_from_values``, which reports their problems. The drafts and problems
are the ones ``DraftReader.draft`` gives row by row.
"""
from __future__ import annotations

import re
from functools import partial
from itertools import compress
from operator import not_
from typing import Sequence

from ree_desk.domain.drafts import (
    _FAILED,
    MAX_CODE,
    DraftReader,
    MovementDraft,
    _clean_text_or_fail,
    _Memo,
    draft_from_values,
    fields_agree,
)
from ree_desk.domain.movement_types import OUTFLOWS
from ree_desk.domain.problems import Problem
from ree_desk.domain.quantities import FULL_WIDTH, MAX_ABS_GRAMS, parse_mass_kg, plain_mass_g
from ree_desk.importing.csv_columns import CsvColumns
from ree_desk.importing.reader import COLUMN_NAMES

_draft_of = partial(tuple.__new__, MovementDraft)


class _Stripped(dict):
    """Raw cell text -> the judged value of its stripped text (``None`` for
    a blank cell, or ``_FAILED`` when the column requires a value).
    ``failed`` tells whether any cell failed, so that a column of good
    cells is not searched for the bad ones."""

    __slots__ = ("judged", "blank", "failed")

    def __init__(self, judged: _Memo, required: bool) -> None:
        super().__init__()
        self.judged = judged
        self.blank = _FAILED if required else None
        self.failed = False

    def __missing__(self, raw: str) -> object:
        text = raw.strip()
        value = self.judged[text] if text else self.blank
        if value is _FAILED:
            self.failed = True
        self[raw] = value
        return value


def _mass_or_fail(text: str) -> int:
    """Grams of a mass as the row reader reads it for a row of any type but
    ADJUSTMENT (whose signed masses it judges itself)."""
    grams = plain_mass_g(text)
    if grams is None:
        grams = parse_mass_kg(text)  # thousands separators, full-width digits
    if not grams:
        raise ValueError("a mass other than zero")
    return grams


class _Agreement(dict):
    __slots__ = ()

    def __missing__(self, key: tuple) -> bool:
        value = self[key] = fields_agree(key)
        return value


# Columns of mostly distinct cells (lot and document numbers, masses) are
# judged whole, with the string methods working through the column at C
# speed; each shortcut gives what the cell-by-cell judging above gives. The
# document numbers' shortcut takes a column only where every cell is plainly
# good (else None: the column is judged cell by cell); the masses' shortcut
# judges on their own the cells it cannot take.

def _codes(cells: Sequence[str], _judged: _Stripped, required: bool = False) -> list[str | None] | None:
    """Cells kept as typed, as ``_clean`` keeps them (blank ones as None
    where the column may be blank)."""
    stripped = list(map(str.strip, cells))
    # Stripped cells joined end to end: no two spaces meet at a seam.
    joined = "".join(stripped)
    if not stripped or max(map(len, stripped)) > MAX_CODE or not joined.isprintable() or "  " in joined:
        return None
    if not all(stripped):
        return None if required else [text or None for text in stripped]
    return stripped


# Three decimals, the way spreadsheets and other programs export kilograms:
# plain, or with one kind of thousands separator (a comma, or spaces of any
# width), as ``parse_mass_kg`` reads them. Written as a cell's shape: each
# digit as 0, and a leading zero as # (no group of thousands begins with 0);
# at most 15 digits before the point, more than any mass in range.
_KG_SHAPE = re.compile(r"[#0]0{0,14}\.000|00{0,2}(?:,000){1,4}\.000|00{0,2}(?:[ \u00a0\u202f\u2009]000){1,4}\.000")
_SHAPE = str.maketrans("123456789", "000000000")
_SPACES = dict.fromkeys(map(ord, " \u00a0\u202f\u2009"))


def _masses(cells: Sequence[str], judged: _Stripped) -> list:
    """A column of masses, those with three decimals turned to grams in one
    pass (full-width digits, points and commas read as their ASCII forms):
    its thousands of cells come in a handful of shapes, each checked once.
    Any other cell (a stocktake's signed mass, a zero, a typing mistake) is
    judged on its own."""
    joined = "\n".join(map(str.strip, cells))
    if not joined.isascii():
        joined = joined.translate(FULL_WIDTH)
    leading = joined.replace("\n0", "\n#")
    if leading.startswith("0"):
        leading = "#" + leading[1:]
    shapes = leading.translate(_SHAPE).split("\n")
    if len(shapes) != len(cells):
        return list(map(judged.__getitem__, cells))  # a cell of two lines
    fitting = set(filter(_KG_SHAPE.fullmatch, set(shapes)))
    digits = joined.replace(".", "").replace(",", "")
    if not digits.isascii() or " " in digits:
        digits = digits.translate(_SPACES)
    parts = digits.split("\n")
    for i in compress(range(len(parts)), map(not_, map(fitting.__contains__, shapes))):
        parts[i] = "0"
    grams = list(map(int, parts))
    if max(grams) > MAX_ABS_GRAMS:
        grams = [0 if g > MAX_ABS_GRAMS else g for g in grams]
    if 0 in grams:  # a cell of another shape, a zero or a mass out of range
        for i in compress(range(len(grams)), map(not_, grams)):
            grams[i] = judged[cells[i]]
    return grams


_SHORTCUTS = {"lot": partial(_codes, required=True), "customs_no": _codes, "invoice_no": _codes, "run": _codes,
              "mass_kg": _masses}


class ColumnDraftReader(DraftReader):
    def __init__(self) -> None:
        super().__init__()
        self._mass = _Memo(_mass_or_fail)
        self._note = _Memo(_clean_text_or_fail(1000))
        self._agreement = _Agreement()
        required = {"date", "type", "material", "lot", "mass_kg", "grade_pct"}
        judged = {
            "date": self._day, "type": self._type, "material": self._material, "lot": self._code,
            "mass_kg": self._mass, "grade_pct": self._grade, "origin": self._country,
            "origin_detail": self._text, "counterparty": self._text, "credit_code": self._credit_code,
            "customs_no": self._code, "invoice_no": self._code, "run": self._code,
            "destination": self._country, "note": self._note,
        }
        self._columns = {name: _Stripped(judged[name], name in required) for name in COLUMN_NAMES}

    def read(self, table: CsvColumns) -> tuple[list[MovementDraft], list[Problem]]:
        """Every row's draft, and every problem of the rows that have one."""
        n = table.count
        blank = (None,) * n
        values: dict[str, Sequence] = {}
        failing = []  # the columns where some cell failed
        for name in COLUMN_NAMES:
            raw = table.cells.get(name)
            judged = self._columns[name]
            if raw is None:
                values[name] = blank  # a column the file does not have (the header holds every required one)
                continue
            shortcut = _SHORTCUTS.get(name)
            found = shortcut(raw, judged) if shortcut is not None else None
            if found is None:
                found = list(map(judged.__getitem__, raw))
            if judged.failed:
                failing.append(found)
            values[name] = found

        agree = list(map(self._agreement.__getitem__, zip(
            values["type"], values["origin"], values["destination"],
            [v is None for v in values["counterparty"]], [v is None for v in values["customs_no"]],
            [v is None for v in values["run"]],
        )))
        bad = set()
        if False in agree:
            bad.update(compress(range(n), map(not_, agree)))
        for column in failing:
            bad.update(i for i, v in enumerate(column) if v is _FAILED)

        masses = values["mass_kg"]
        for i in bad:
            masses[i] = 0
        values["mass_kg"] = [-m if t in OUTFLOWS else m for m, t in zip(masses, values["type"])]
        drafts = list(map(_draft_of, zip(table.lines, *(values[name] for name in _DRAFT_FIELDS))))
        if not bad:
            return drafts, []

        problems: list[Problem] = []
        keep = [True] * n
        lines = table.lines
        for i in sorted(bad):
            row = {name: (cells[i].strip() or None) if (cells := table.cells.get(name)) else None
                   for name in COLUMN_NAMES}
            if not any(row.values()):
                keep[i] = False  # a record of empty cells between rows, which the row reader skips too
                continue
            draft, found = draft_from_values(lines[i], row)
            problems.extend(found)
            if draft is None:
                keep[i] = False
            else:
                drafts[i] = draft
        return list(compress(drafts, keep)), problems


# The draft's fields after its line, in its order, by their column names.
_DRAFT_FIELDS = ("date", "type", "material", "lot", "mass_kg", "grade_pct", "origin", "origin_detail",
                 "counterparty", "credit_code", "customs_no", "invoice_no", "run", "destination", "note")
assert MovementDraft._fields[1:] == ("day", "type", "material", "lot", "mass_g", "grade_bp") + _DRAFT_FIELDS[6:]
