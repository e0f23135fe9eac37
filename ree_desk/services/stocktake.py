"""A stocktake: what was counted against what the books say, and the
differences posted as stocktake adjustments (盘点调整).

The books are each lot's stock at the end of the stocktake day. A lot counted
equal to its books produces nothing; every other lot one ADJUSTMENT of the
difference, all posted together through ``post_movements`` (all or nothing,
the reason as the note), so the usual checks apply: a loss that leaves the lot
negative on a later day is a warning the caller may accept with a reason.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Mapping

from sqlalchemy import Connection, func, select

from ree_desk.domain.accounts.roles import Permission
from ree_desk.domain.drafts import MovementDraft
from ree_desk.domain.movement_types import MovementType
from ree_desk.domain.problems import InputRejected, Problem, shown
from ree_desk.domain.quantities import GRADE_MAX_BP, reo_grams
from ree_desk.services.accounts import require
from ree_desk.services.posting import PostResult, post_movements
from ree_desk.services.stock import stock_as_of
from ree_desk.store import queries
from ree_desk.store.database import Database
from ree_desk.store.tables import movement_table

LotKey = tuple[str, str]  # (material code, lot number)


@dataclass(frozen=True)
class BookLine:
    """A lot as the books have it at the end of the stocktake day.

    ``grade_bp`` is the grade a difference is valued at: the lot's average
    grade in the books (its REO over its mass), or, for a lot the books hold
    none of, the grade of its latest movement."""

    material: str
    lot: str
    lot_id: int
    book_g: int
    book_reo_g: int
    grade_bp: int

    @property
    def key(self) -> LotKey:
        return (self.material, self.lot)

    def difference_g(self, counted_g: int) -> int:
        return counted_g - self.book_g

    def difference_reo_g(self, counted_g: int) -> int:
        return reo_grams(self.difference_g(counted_g), self.grade_bp)


@dataclass(frozen=True)
class CountSummary:
    counted: int            # lots with a count
    differing: int          # of them, lots whose count differs from the books
    difference_g: int       # net of the differences
    difference_reo_g: int


def summarize(counted: Iterable[tuple[BookLine, int]]) -> CountSummary:
    """What a stocktake so far would post: (book line, grams counted) pairs."""
    counted = list(counted)
    diffs = [(line.difference_g(g), line.difference_reo_g(g)) for line, g in counted]
    diffs = [(m, r) for m, r in diffs if m]
    return CountSummary(len(counted), len(diffs), sum(m for m, _ in diffs), sum(r for _, r in diffs))


@dataclass(frozen=True)
class StocktakeResult:
    adjusted: list[BookLine]          # the lots that got an adjustment
    posting: PostResult | None        # None when every count matched the books

    @property
    def movement_ids(self) -> list[int]:
        return self.posting.movement_ids if self.posting else []


def book_lines(
    db: Database, day: dt.date, lots: Iterable[LotKey] = (), *, material: str | None = None
) -> list[BookLine]:
    """The books of the given lots (any stock, zero included), or of every lot
    of ``material`` that holds stock at the end of ``day``.

    Raises ``InputRejected`` naming every lot that does not exist."""
    keys = list(dict.fromkeys((m.strip().upper(), l.strip()) for m, l in lots))
    if material:
        keys.extend(k for k in ((s.material, s.lot) for s in stock_as_of(db, day, material=material.upper()))
                    if k not in keys)
    with db.read() as conn:
        return _book_lines(conn, day, keys)


def _book_lines(conn: Connection, day: dt.date, keys: list[LotKey]) -> list[BookLine]:
    catalogue = queries.materials(conn)
    problems: list[Problem] = []
    wanted: list[tuple[int, str]] = []
    for i, (code, lot_no) in enumerate(keys, start=1):
        if code not in catalogue:
            problems.append(Problem(i, "material", "a material code from the catalogue", shown(code)))
        else:
            wanted.append((catalogue[code].id, lot_no))
    found = queries.lots_by_key(conn, wanted)
    code_of = {m.id: m.code for m in catalogue.values()}
    for i, (code, lot_no) in enumerate(keys, start=1):
        if code in catalogue and (catalogue[code].id, lot_no) not in found:
            problems.append(Problem(i, "lot", f"a lot of {code} in the ledger", shown(lot_no)))
    if problems:
        raise InputRejected(problems)

    ids = [found[(catalogue[c].id, l)].id for c, l in keys]
    books = _balances(conn, ids, day)
    latest = _latest_grades(conn, [i for i in ids if books.get(i, (0, 0))[0] <= 0], day)
    default = {m.id: m.default_grade_bp for m in catalogue.values()}
    out = []
    for code, lot_no in keys:
        row = found[(catalogue[code].id, lot_no)]
        mass, reo = books.get(row.id, (0, 0))
        if mass > 0:
            grade = min(GRADE_MAX_BP, max(0, (2 * reo * GRADE_MAX_BP + mass) // (2 * mass)))
        else:
            grade = latest.get(row.id, default[row.material_id])
        out.append(BookLine(code_of[row.material_id], lot_no, row.id, mass, reo, grade))
    return out


def _balances(conn: Connection, lot_ids: list[int], day: dt.date) -> dict[int, tuple[int, int]]:
    mt = movement_table
    out: dict[int, tuple[int, int]] = {}
    for part in queries.chunks(sorted(set(lot_ids))):
        rows = conn.execute(
            select(mt.c.lot_id, func.sum(mt.c.mass_g), func.sum(mt.c.reo_g))
            .where(mt.c.lot_id.in_(part), mt.c.day <= day)
            .group_by(mt.c.lot_id)
        )
        out.update({lot_id: (int(mass), int(reo)) for lot_id, mass, reo in rows})
    return out


def _latest_grades(conn: Connection, lot_ids: list[int], day: dt.date) -> dict[int, int]:
    mt = movement_table
    out: dict[int, int] = {}
    for lot_id in sorted(set(lot_ids)):
        grade = conn.execute(
            select(mt.c.grade_bp).where(mt.c.lot_id == lot_id, mt.c.day <= day)
            .order_by(mt.c.day.desc(), mt.c.id.desc()).limit(1)
        ).scalar()
        if grade is not None:
            out[lot_id] = grade
    return out


def adjustment_drafts(lines: Iterable[BookLine], counts: Mapping[LotKey, int], day: dt.date,
                      reason: str) -> list[MovementDraft]:
    """One ADJUSTMENT per lot whose count differs from its books."""
    drafts = []
    for line in lines:
        diff = line.difference_g(counts[line.key])
        if diff:
            drafts.append(MovementDraft(
                line=len(drafts) + 1, day=day, type=MovementType.ADJUSTMENT, material=line.material,
                lot=line.lot, mass_g=diff, grade_bp=line.grade_bp, note=reason,
            ))
    return drafts


def post_stocktake(
    db: Database,
    day: dt.date,
    counts: Mapping[LotKey, int],
    *,
    reason: str,
    user: str,
    accept_reason: str | None = None,
) -> StocktakeResult:
    """Post the differences between ``counts`` (grams counted per lot) and the
    books at the end of ``day``, or raise ``InputRejected`` and post nothing."""
    user = require(db, Permission.POST, user, accepting=accept_reason is not None)
    reason = " ".join((reason or "").split())
    problems = []
    if not reason:
        problems.append(Problem(None, "note", "the reason for the stocktake adjustments", "an empty reason"))
    if not counts:
        problems.append(Problem(None, "lot", "at least one counted lot", "none"))
    for i, ((code, lot_no), grams) in enumerate(counts.items(), start=1):
        if grams < 0:
            problems.append(Problem(i, "mass_kg", f'a counted mass of zero or more for lot "{lot_no}" ({code})',
                                    f"{grams} g"))
    if problems:
        raise InputRejected(problems)
    lines = book_lines(db, day, counts)
    counted = {(m.strip().upper(), l.strip()): g for (m, l), g in counts.items()}
    drafts = adjustment_drafts(lines, counted, day, reason)
    adjusted = [line for line in lines if line.difference_g(counted[line.key])]
    if not drafts:
        return StocktakeResult([], None)
    posting = post_movements(db, drafts, user=user, source=f"stocktake {day.isoformat()}",
                             accept_reason=accept_reason)
    return StocktakeResult(adjusted, posting)
