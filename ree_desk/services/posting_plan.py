"""A sorted batch resolved against the ledger, before anything is written.

First each row's material, month and lot are found (``locate_lots``): that
is all the writing of a batch needs. Then each row is judged against its lot
and every problem of the batch gathered (``judge_lots``; both together are
``resolve_lots``). Each row then becomes a ``Planned`` movement
(``plan_rows``), whose origin shares and checks follow from what the ledger
already holds (``origin_shares``, ``check_evidence``).
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

from sqlalchemy import Connection

from ree_desk.domain.catalogue import Category, Group
from ree_desk.domain.drafts import MovementDraft
from ree_desk.domain.ledger.origins import resolve_origins
from ree_desk.domain.ledger.plan import LotKey, Planned
from ree_desk.domain.ledger.quota import check_over_quota
from ree_desk.domain.ledger.repeats import Posted, PostingHead, check_file_repeat, check_repeats
from ree_desk.domain.ledger.stock_check import check_negative_stock
from ree_desk.domain.movement_types import MovementType, QuotaKind, quota_kind_for
from ree_desk.domain.problems import Problem, shown
from ree_desk.domain.quantities import reo_grams
from ree_desk.store import queries

CREATES_DECLARED = (MovementType.RECEIPT, MovementType.MINED)
MINEABLE = (Category.ORE.value, Category.ORE_PRODUCT.value)
_UNSEEN = object()

# What the ledger reads of a batch need of each row: its draft, lot,
# lot source ("declared" or "run") and quota.
Fact = tuple[MovementDraft, LotKey, str, QuotaKind | None]


def closed_month_problem(line: int | None, month: str) -> Problem:
    return Problem(
        line, "date",
        f"a date in an open month (month {month} is closed; post a correction dated in an open "
        "month that references the original)",
        month,
    )


def resolve_materials(
    conn: Connection, drafts: list[MovementDraft]
) -> tuple[list[tuple[MovementDraft, queries.MaterialRow]], list[Problem]]:
    """Each draft with its material, and the problems of rows on their own
    (unknown material, closed month, mining a material that is not ore)."""
    problems: list[Problem] = []
    catalogue = queries.materials(conn)
    by_name = {}
    for m in catalogue.values():
        by_name[m.name_zh] = by_name[m.name_en.upper()] = m
    closed = queries.closed_months(conn)
    resolved: list[tuple[MovementDraft, queries.MaterialRow]] = []
    # A batch names a few materials and days many times: each is judged once.
    material_of: dict[str, queries.MaterialRow | None] = {}
    closed_on: dict[dt.date, bool] = {}
    mined = MovementType.MINED
    for d in drafts:
        mat = material_of.get(d.material, _UNSEEN)
        if mat is _UNSEEN:
            mat = material_of[d.material] = catalogue.get(d.material) or by_name.get(d.material.upper())
        if mat is None:
            problems.append(Problem(d.line, "material", "a material code from the catalogue", shown(d.material)))
            continue
        shut = closed_on.get(d.day)
        if shut is None:
            shut = closed_on[d.day] = d.month in closed
        if shut:
            problems.append(closed_month_problem(d.line, d.month))
        if d.type is mined and mat.category not in MINEABLE:
            problems.append(Problem(d.line, "material", "an ore or ore product for mining output", mat.code))
        resolved.append((d, mat))
    return resolved, problems


@dataclass
class LotPlan:
    """A sorted batch with each row's material and lot settled."""

    resolved: list[tuple[MovementDraft, queries.MaterialRow]]
    keys: list[LotKey]  # each resolved row's lot
    sources: list[str | None]  # and that lot's source ("declared", "run"; None: no such lot), once judged
    kinds: list[QuotaKind | None]  # and its quota, once judged
    existing: dict[LotKey, queries.LotRow]  # the lots the ledger already has
    lot_info: dict[LotKey, tuple[str, str | None]]  # every known lot's source and declared origin
    problems: list[Problem]
    all_known: bool  # every row's lot exists or is made by the batch

    def facts(self) -> Iterator[Fact]:
        """Each row's draft, lot, lot source and quota."""
        return zip([d for d, _m in self.resolved], self.keys, self.sources, self.kinds)


def resolve_lots(conn: Connection, drafts: list[MovementDraft]) -> LotPlan:
    """Each row's material and lot, every problem of the batch gathered."""
    lots = locate_lots(conn, drafts)
    judge_lots(lots)
    return lots


def locate_lots(conn: Connection, drafts: list[MovementDraft]) -> LotPlan:
    """``resolve_lots`` before the rows are judged against their lots:
    enough to name and write the lots when ``all_known``."""
    resolved, problems = resolve_materials(conn, drafts)
    keys = [(mat.id, d.lot) for d, mat in resolved]
    distinct = set(keys)
    existing = queries.lots_by_key(conn, distinct)
    lot_info: dict[LotKey, tuple[str, str | None]] = {k: (v.source, v.origin) for k, v in existing.items()}
    OUTPUT, ADJUSTMENT = MovementType.OUTPUT, MovementType.ADJUSTMENT
    # A new lot takes its kind and origin from the first row that creates it.
    for (d, _mat), key in zip(resolved, keys):
        if key in lot_info:
            continue
        if d.type in CREATES_DECLARED or (d.type is ADJUSTMENT and d.mass_g > 0 and d.origin):
            lot_info[key] = ("declared", d.origin)
        elif d.type is OUTPUT:
            lot_info[key] = ("run", None)
    return LotPlan(resolved, keys, [], [], existing, lot_info, problems, len(lot_info) == len(distinct))


def judge_lots(lots: LotPlan) -> None:
    """Each row's lot source and quota, and the problems of rows with their
    lots (a lot nobody made, a receipt into a made lot, another origin)."""
    resolved, keys, lot_info, problems = lots.resolved, lots.keys, lots.lot_info, lots.problems
    OUTPUT, ADJUSTMENT = MovementType.OUTPUT, MovementType.ADJUSTMENT
    quota_of: dict[tuple[MovementType, int], QuotaKind | None] = {}
    kinds: list[QuotaKind | None] = []
    sources: list[str | None] = []
    for (d, mat), key in zip(resolved, keys):
        mtype = d.type
        kind = quota_of.get((mtype, mat.id), _UNSEEN)
        if kind is _UNSEEN:
            kind = quota_of[(mtype, mat.id)] = quota_kind_for(mtype, Category(mat.category), Group(mat.group))
        kinds.append(kind)  # type: ignore[arg-type]
        info = lot_info.get(key)
        if info is None:
            sources.append(None)
            expected = (
                "the origin of a new lot found at stocktake"
                if mtype is ADJUSTMENT and d.mass_g > 0
                else "a lot that a receipt, mining output or production output created"
            )
            problems.append(Problem(d.line, "lot", expected, f'lot "{d.lot}" of {mat.code} does not exist'))
            continue
        source, origin = info
        sources.append(source)
        if source == "declared":
            if mtype is OUTPUT:
                problems.append(Problem(d.line, "lot", "a lot of its own for production output",
                                        f'lot "{d.lot}" was received or mined'))
            elif d.origin and d.origin != origin:
                problems.append(Problem(d.line, "origin", f'origin {origin} of lot "{d.lot}"', d.origin))
        elif mtype in CREATES_DECLARED:
            problems.append(Problem(d.line, "lot", "a lot of its own for a receipt or mining output",
                                    f'lot "{d.lot}" was made by a production run'))
    lots.sources, lots.kinds = sources, kinds


def plan_rows(lots: LotPlan, start: int = 0, stop: int | None = None) -> list[Planned]:
    """The planned movements of rows ``start`` to ``stop`` (rows whose lot
    is unknown are left out: they are among the plan's problems)."""
    info = lots.lot_info
    planned: list[Planned] = []
    rows = zip(lots.resolved[start:stop], lots.keys[start:stop], lots.sources[start:stop], lots.kinds[start:stop])
    for (d, mat), key, source, kind in rows:
        if source is not None:
            planned.append(Planned(d, mat.id, key, source, info[key][1], reo_grams(d.mass_g, d.grade_bp), kind))
    return planned


def plan_batch(
    conn: Connection, drafts: list[MovementDraft]
) -> tuple[list[Planned], list[Problem], dict[LotKey, queries.LotRow]]:
    """Resolve sorted drafts against the ledger: materials, lots, runs and
    origin shares. Returns the plan, its problems, and the lots that exist."""
    lots = resolve_lots(conn, drafts)
    planned, problems = plan_rows(lots), lots.problems
    if not problems:
        problems.extend(resolve_origins(planned, *origin_shares(conn, facts_of(planned), lots.existing)))
    return planned, problems, lots.existing


def facts_of(planned: Iterable[Planned]) -> Iterator[Fact]:
    return ((p.draft, p.lot_key, p.lot_source, p.quota_kind) for p in planned)


@dataclass
class _Questions:
    """What a plan asks of the ledger, gathered in one pass over its rows."""

    run_codes: set[str]
    made_ids: dict[int, LotKey]  # made lots the ledger has, by id
    first_outflow: dict[int, dt.date]  # lots the ledger has that the batch takes from, by id
    years: set[int]  # years whose quotas the batch uses
    days: set[dt.date]  # days on which the batch moves lots the ledger has (and may repeat it)


def _questions(facts: Iterable[Fact], existing: dict[LotKey, queries.LotRow]) -> _Questions:
    asked = _Questions(set(), {}, {}, set(), set())
    first, days = asked.first_outflow, asked.days
    for d, key, source, kind in facts:
        if d.run:
            asked.run_codes.add(d.run)
        lot = existing.get(key)
        if lot is not None:
            days.add(d.day)
            if source == "run":
                asked.made_ids[lot.id] = key
            if d.mass_g < 0 and (lot.id not in first or d.day < first[lot.id]):
                first[lot.id] = d.day
        if kind is not None:
            asked.years.add(d.day.year)
    return asked


def origin_shares(
    conn: Connection, facts: Iterable[Fact], existing: dict[LotKey, queries.LotRow]
) -> tuple[dict[str, Counter], dict[LotKey, Counter]]:
    """What the ledger knows of the origins a plan's runs and made lots hold:
    the arguments ``resolve_origins`` takes after the plan."""
    return _shares(conn, _questions(facts, existing))


def ledger_reads(conn: Connection, facts: Iterable[Fact], existing: dict[LotKey, queries.LotRow]
                 ) -> tuple[tuple[dict[str, Counter], dict[LotKey, Counter]], Evidence]:
    """``origin_shares`` and ``check_evidence`` together, the rows read once."""
    asked = _questions(facts, existing)
    return _shares(conn, asked), _evidence(conn, asked, existing)


def _shares(conn: Connection, asked: _Questions) -> tuple[dict[str, Counter], dict[LotKey, Counter]]:
    run_ids = queries.runs_by_code(conn, asked.run_codes)
    code_of = {rid: code for code, rid in run_ids.items()}
    run_shares = {code_of[rid]: c for rid, c in queries.run_feed_shares(conn, run_ids.values()).items()}
    made_ids = asked.made_ids
    lot_shares: dict[LotKey, Counter] = {made_ids[i]: c for i, c in queries.made_lot_shares(conn, made_ids).items()}
    return run_shares, lot_shares


@dataclass(frozen=True)
class Evidence:
    """What the ledger holds that a plan's checks weigh it against."""

    opening: dict[LotKey, int]  # each lot's mass before the batch's first outflow from it
    later: dict[LotKey, list[tuple[dt.date, int]]]  # and the ledger's movements of it from then on
    allocations: dict[int, list[tuple[str, str, int]]]  # year -> (kind, scope, grams)
    used: dict[int, list[tuple[str, str, int]]]  # year -> (kind, country, grams used)
    posted: list[Posted]  # the ledger's movements of the batch's lots on the batch's days
    postings: dict[int, PostingHead]  # and the postings they went into


def check_evidence(conn: Connection, facts: Iterable[Fact], existing: dict[LotKey, queries.LotRow]) -> Evidence:
    return _evidence(conn, _questions(facts, existing), existing)


def _evidence(conn: Connection, asked: _Questions, existing: dict[LotKey, queries.LotRow]) -> Evidence:
    opening_by_id = queries.lot_mass_before(conn, asked.first_outflow)
    later_by_id = queries.lot_movements_from(conn, asked.first_outflow)
    key_of = {lot.id: key for key, lot in existing.items()}
    posted = _posted_on(conn, asked.days, key_of)
    return Evidence(
        {key_of[i]: m for i, m in opening_by_id.items()},
        {key_of[i]: rows for i, rows in later_by_id.items()},
        {y: queries.allocations_for_year(conn, y) for y in asked.years},
        {y: [(k, c, g) for k, c, g, _ in queries.quota_use(conn, y)] for y in asked.years},
        posted,
        {h[0]: PostingHead(*h) for h in queries.posting_heads(conn, {m.posting_id for m in posted})},
    )


def _posted_on(conn: Connection, days: set[dt.date], key_of: dict[int, LotKey]) -> list[Posted]:
    """The movements a batch could repeat: of its lots, on its days. A
    batch of new days (the usual import of a new month) reads nothing."""
    if not days:
        return []
    return [Posted(mid, day, mtype, key_of[lot_id], mass, invoice, customs, posting, reverses, bool(reversed_))
            for mid, day, mtype, lot_id, mass, invoice, customs, posting, reverses, reversed_
            in queries.movements_on_days(conn, days) if lot_id in key_of]


def imported_before(conn: Connection, sha256: str | None) -> list[PostingHead]:
    """The postings of earlier imports of a file with this content."""
    return [PostingHead(*h) for h in queries.postings_with_digest(conn, sha256)] if sha256 else []


def check_warnings(planned: list[Planned], evidence: Evidence, earlier: Sequence[PostingHead] = ()) -> list[Problem]:
    """The warnings of a plan whose origins are resolved (a file imported
    before, rows repeating the ledger, negative stock, over quota); flags
    the rows they blame. ``earlier``: the postings of the same file."""
    warnings = check_file_repeat(planned, earlier)
    warnings.extend(check_repeats(planned, evidence.posted, evidence.postings, told={h.id for h in earlier}))
    warnings.extend(check_negative_stock(planned, evidence.opening, evidence.later))
    warnings.extend(check_over_quota(planned, evidence.allocations, evidence.used))
    return warnings


def check_batch(conn: Connection, planned: list[Planned], existing: dict[LotKey, queries.LotRow]) -> list[Problem]:
    """The warnings a plan raises (repeats, negative stock, over quota); flags its rows."""
    return check_warnings(planned, check_evidence(conn, facts_of(planned), existing))
