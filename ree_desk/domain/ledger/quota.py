"""Quota position: allocations against use, by kind, scope and origin.

Allocations of the same year, kind and scope add up. A tonne counts against
the narrowest scope that has an allocation (domestic or imported before any),
so no tonne is counted twice. A kind with no allocation at all for the year
is not under control yet: its use is shown, but nothing is refused for it.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ree_desk.domain.ledger.plan import OVER_QUOTA, Planned
from ree_desk.domain.movement_types import MovementType, QuotaKind, QuotaScope, scope_for_origin
from ree_desk.domain.problems import Problem
from ree_desk.domain.quantities import format_kg

KIND_ORDER = list(QuotaKind)
SCOPE_ORDER = list(QuotaScope)


@dataclass
class QuotaLine:
    year: int
    kind: QuotaKind
    scope: QuotaScope
    allocated_g: int
    used_g: int = 0
    used_this_month_g: int = 0
    used_by_origin: Counter = field(default_factory=Counter)
    used_this_month_by_origin: Counter = field(default_factory=Counter)
    batches: list[dict] = field(default_factory=list)
    controlled: bool = True
    forecast_date: dt.date | None = None

    @property
    def remaining_g(self) -> int:
        return self.allocated_g - self.used_g

    @property
    def used_pct_bp(self) -> int | None:
        """Use as hundredths of a percent of the allocation, rounded down."""
        if self.allocated_g <= 0:
            return None
        return self.used_g * 10000 // self.allocated_g


def scopes_by_kind(allocations: list[tuple[str, str, int]]) -> dict[QuotaKind, Counter]:
    """(kind, scope, grams) rows -> allocated grams per kind and scope."""
    out: dict[QuotaKind, Counter] = defaultdict(Counter)
    for kind, scope, grams in allocations:
        out[QuotaKind(kind)][QuotaScope(scope)] += grams
    return out


def build_lines(
    year: int,
    allocations: list[tuple[str, str, int]],
    use: list[tuple[str, str, int, int]],
) -> list[QuotaLine]:
    """``use``: (kind, country, year-to-date grams, this-month grams)."""
    allocated = scopes_by_kind(allocations)
    lines: dict[tuple[QuotaKind, QuotaScope], QuotaLine] = {}
    for kind, scopes in allocated.items():
        for scope, grams in scopes.items():
            lines[(kind, scope)] = QuotaLine(year, kind, scope, grams)
    for kind_text, country, ytd, month in use:
        kind = QuotaKind(kind_text)
        scopes = allocated.get(kind, Counter())
        scope = scope_for_origin(country, frozenset(scopes))
        line = lines.get((kind, scope))
        if line is None:
            line = lines[(kind, scope)] = QuotaLine(year, kind, scope, 0, controlled=bool(scopes))
        line.used_g += ytd
        line.used_this_month_g += month
        if ytd:
            line.used_by_origin[country] += ytd
        if month:
            line.used_this_month_by_origin[country] += month
    return sorted(lines.values(), key=lambda l: (KIND_ORDER.index(l.kind), SCOPE_ORDER.index(l.scope)))


def forecast_exhaustion(allocated_g: int, used_g: int, year: int, as_of: dt.date) -> dt.date | None:
    """The day the year-to-date daily rate uses up the allocation.

    The rate is use so far divided by the days elapsed (1 January to
    ``as_of`` inclusive). None when nothing is used yet or ``as_of`` lies
    before the year.
    """
    start = dt.date(year, 1, 1)
    if used_g <= 0 or as_of < start:
        return None
    end = min(as_of, dt.date(year, 12, 31))
    elapsed = (end - start).days + 1
    # smallest n with used/elapsed * n >= allocated, in integers
    days_needed = -(-max(allocated_g, 0) * elapsed // used_g)
    return start + dt.timedelta(days=max(days_needed, 1) - 1)


def check_over_quota(
    batch: list[Planned],
    allocations: dict[int, list[tuple[str, str, int]]],
    used_before: dict[int, list[tuple[str, str, int]]],
) -> list[Problem]:
    """Flag the batch rows after which a controlled quota is exceeded.

    ``allocations``: year -> (kind, scope, grams); ``used_before``: year ->
    (kind, country, grams) already in the ledger for that year.
    """
    problems: list[Problem] = []
    years = {p.draft.day.year for p in batch if p.quota_kind is not None}
    for year in years:
        allocated = scopes_by_kind(allocations.get(year, []))
        used: Counter = Counter()
        for kind, country, grams in used_before.get(year, []):
            kind = QuotaKind(kind)
            used[(kind, scope_for_origin(country, frozenset(allocated.get(kind, ()))))] += grams
        scope_of: dict[tuple[QuotaKind, str], QuotaScope] = {}
        for p in batch:
            kind = p.quota_kind
            if kind is None or p.draft.day.year != year:
                continue
            scopes = allocated.get(kind)
            if not scopes:
                continue
            # What Planned.quota_use_by_country gives, country by country in order.
            sign = -1 if p.draft.type is MovementType.FEED else 1
            split = p.split
            for country in (split if len(split) == 1 else sorted(split)):
                grams = sign * split[country][1]
                scope = scope_of.get((kind, country))
                if scope is None:
                    scope = scope_of[(kind, country)] = scope_for_origin(country, frozenset(scopes))
                key = (kind, scope)
                used[key] += grams
                limit = scopes.get(key[1], 0)
                if grams > 0 and used[key] > limit and not p.flags & OVER_QUOTA:
                    p.flags |= OVER_QUOTA
                    problems.append(Problem(
                        p.line, "mass_kg",
                        f"{year} {key[0].value} quota ({key[1].value}) of {format_kg(limit, grouping=True)} kg REO "
                        "not to be exceeded",
                        f"{format_kg(used[key], grouping=True)} kg REO used with this row",
                        warning=True,
                    ))
    return problems
