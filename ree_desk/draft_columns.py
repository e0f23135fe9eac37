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

from ree_desk.drafts import (
    _FAILED,
    MAX_CODE,
    DraftReader,
    MovementDraft,
    _clean_text_or_fail,
    _Memo,
    draft_from_values,
    fields_agree,
)
from ree_desk.beside import Beside, can_fork
from ree_desk.importing.csv_columns import CsvColumns, PlainCsv
from ree_desk.importing.reader import COLUMN_NAMES
from ree_desk.movement_types import OUTFLOWS
from ree_desk.problems import Problem
from ree_desk.quantities import MAX_ABS_GRAMS, plain_mass_g

_draft_of = partial(tuple.__new__, MovementDraft)


class _Stripped(dict):
    """Raw cell text -> the judged value of its stripped text (``None`` for
    a blank cell, or ``_FAILED`` when the column requires a value)."""

    __slots__ = ("judged", "blank")

    def __init__(self, judged: _Memo, required: bool) -> None:
        super().__init__()
        self.judged = judged
        self.blank = _FAILED if required else None

    def __missing__(self, raw: str) -> object:
        text = raw.strip()
        value = self.judged[text] if text else self.blank
        self[raw] = value
        return value


def _plain_mass_or_fail(raw: str) -> int:
    grams = plain_mass_g(raw)
    if not grams:
        raise ValueError("judged by the row reader")
    return grams


class _Agreement(dict):
    __slots__ = ()

    def __missing__(self, key: tuple) -> bool:
        value = self[key] = fields_agree(key)
        return value


# Columns of mostly distinct cells (lot and document numbers, masses) are
# judged whole where every cell is plainly good, with the string methods
# working through the column at C speed; any other column is judged cell by
# cell as above. Each shortcut returns what the cell-by-cell judging gives,
# or None.

def _codes(cells: tuple[str, ...], required: bool = False) -> list[str | None] | None:
    """Cells kept as typed, as ``_clean`` keeps them (blank ones as None
    where the column may be blank)."""
    stripped = list(map(str.strip, cells))
    if not stripped or max(map(len, stripped)) > MAX_CODE or not all(map(str.isprintable, stripped)) \
            or "  " in "\n".join(stripped):
        return None
    if "" in stripped:
        return None if required else [text or None for text in stripped]
    return stripped


_PLAIN_KG = re.compile(r"(?:[0-9]{1,15}\.[0-9]{3}\n)*[0-9]{1,15}\.[0-9]{3}")


def _masses(cells: tuple[str, ...]) -> list[int] | None:
    """Masses written with exactly three decimals, the way spreadsheets and
    other programs export kilograms, turned to grams in one pass."""
    joined = "\n".join(map(str.strip, cells))
    if not _PLAIN_KG.fullmatch(joined):
        return None
    grams = list(map(int, joined.replace(".", "").split("\n")))
    return grams if 0 not in grams and max(grams) <= MAX_ABS_GRAMS else None


_SHORTCUTS = {"lot": partial(_codes, required=True), "customs_no": _codes, "invoice_no": _codes, "run": _codes,
              "mass_kg": _masses}


class ColumnDraftReader(DraftReader):
    def __init__(self) -> None:
        super().__init__()
        self._mass = _Memo(_plain_mass_or_fail)
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
        values: dict[str, list | tuple] = {}
        for name in COLUMN_NAMES:
            raw = table.cells.get(name)
            if raw is None:
                values[name] = (_FAILED,) * n if self._columns[name].blank is _FAILED else blank
                continue
            shortcut = _SHORTCUTS.get(name)
            found = shortcut(raw) if shortcut is not None else None
            values[name] = found if found is not None else list(map(self._columns[name].__getitem__, raw))

        agree = list(map(self._agreement.__getitem__, zip(
            values["type"], values["origin"], values["destination"],
            [v is None for v in values["counterparty"]], [v is None for v in values["customs_no"]],
            [v is None for v in values["run"]],
        )))
        bad = set()
        if False in agree:
            bad.update(i for i, ok in enumerate(agree) if not ok)
        for column in values.values():
            if _FAILED in column:
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
        first = table.first_line
        for i in sorted(bad):
            row = {name: (cells[i].strip() or None) if (cells := table.cells.get(name)) else None
                   for name in COLUMN_NAMES}
            if not any(row.values()):
                keep[i] = False  # a record of empty cells between rows, which the row reader skips too
                continue
            draft, found = draft_from_values(first + i, row)
            problems.extend(found)
            if draft is None:
                keep[i] = False
            else:
                drafts[i] = draft
        return list(compress(drafts, keep)), problems


# A file this large (in characters) is read in two processes when allowed.
TWO_PROCESSES_FROM = 2_000_000


def read_plain_drafts(plain: PlainCsv, *, parallel: bool = False) -> tuple[list[MovementDraft], list[Problem]] | None:
    """Every row's draft and every problem, as ``ColumnDraftReader.read``
    gives them for the whole file, or None when the file is not plain after
    all. With ``parallel`` a large file's second half is read in a forked
    process (the command line only: forking a process that runs Qt threads
    is not safe)."""
    halves = plain.parts(2)
    if not (parallel and can_fork() and len(plain.text) >= TWO_PROCESSES_FROM and len(halves) == 2):
        table = plain.columns()
        return ColumnDraftReader().read(table) if table is not None else None
    (start, middle), (_middle, end) = halves
    second = Beside(lambda: _packed(plain, middle, end))
    table = plain.columns(start, middle)
    first = ColumnDraftReader().read(table) if table is not None else None
    packed = second.wait()
    if first is None or packed is None:
        return None
    columns, problems = packed
    return first[0] + list(map(_draft_of, zip(*columns))), first[1] + problems


def _packed(plain: PlainCsv, start: int, end: int) -> tuple[list[tuple], list[Problem]] | None:
    """A part's drafts column by column, which pickles in a fraction of the
    time the drafts take: each column repeats a few dates, types and names."""
    table = plain.columns(start, end)
    if table is None:
        return None
    drafts, problems = ColumnDraftReader().read(table)
    return list(zip(*drafts)), problems


# The draft's fields after its line, in its order, by their column names.
_DRAFT_FIELDS = ("date", "type", "material", "lot", "mass_kg", "grade_pct", "origin", "origin_detail",
                 "counterparty", "credit_code", "customs_no", "invoice_no", "run", "destination", "note")
assert MovementDraft._fields[1:] == ("day", "type", "material", "lot", "mass_g", "grade_bp") + _DRAFT_FIELDS[6:]
