"""Where each movement's material came from, country by country.

A received or mined lot has one origin. A lot made by a production run takes
the REO shares of the run's FEED; feeding or shipping such a lot splits the
movement by the lot's shares. Within a batch a run's OUTPUT waits until all
the batch's FEED of that run is known, and a FEED from a made lot waits for
the batch's OUTPUT into that lot, so the order of rows in a file never
changes the result.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from ree_desk.domain.ledger.plan import LotKey, Planned
from ree_desk.domain.movement_types import MovementType
from ree_desk.domain.problems import Problem
from ree_desk.domain.quantities import split_by_weights, split_in_two


def dominant_origin(shares: Mapping[str, int]) -> str:
    """The country that names a mixed lot or movement: the largest share by
    size (a FEED's shares are negative), ties settled alphabetically; with no
    share above zero, the first country listed."""
    sizes = [(country, abs(grams)) for country, grams in shares.items() if grams]
    if not sizes:
        return next(iter(shares), "")
    return min(sizes, key=lambda kv: (-kv[1], kv[0]))[0]


class _Weights:
    """The positive REO shares a split follows, sorted by country, summed
    once; where one country holds them all, ``_weights`` gives just it.

    Within a batch a run's shares stop changing once all its FEED is known,
    and a made lot's once all its OUTPUT is; from then on every movement of
    the run or lot splits by the same weights, so they are prepared once.
    """

    __slots__ = ("countries", "weights", "total")

    def __init__(self, shares: Mapping[str, int]) -> None:
        countries = sorted([c for c, w in shares.items() if w > 0])
        self.countries = countries
        self.weights = [shares[c] for c in countries]
        self.total = sum(self.weights)

    def split(self, mass_g: int, reo_g: int) -> dict[str, tuple[int, int]]:
        countries = self.countries  # two or more: with none the total is 0 and nothing is split
        if len(countries) == 2:
            (a, b), (wa, wb), total = countries, self.weights, self.total
            ma, mb = split_in_two(mass_g, wa, wb, total)
            ra, rb = split_in_two(reo_g, wa, wb, total)
            return {a: (ma, ra), b: (mb, rb)}
        masses = split_by_weights(mass_g, self.countries, self.weights, self.total)
        reos = split_by_weights(reo_g, self.countries, self.weights, self.total)
        return {c: (m, r) for c, m, r in zip(self.countries, masses, reos)}


def _weights(shares: Mapping[str, int] | None) -> _Weights | str:
    """The weights a split follows; just the country when only one holds REO,
    as most lots and runs do, and every split then takes the whole."""
    if shares:
        if len(shares) == 1:
            for country, weight in shares.items():
                if weight > 0:
                    return country
        else:
            positive = [c for c, w in shares.items() if w > 0]
            if len(positive) == 1:
                return positive[0]
    return _Weights(shares or {})


def resolve_origins(
    batch: list[Planned],
    run_shares: dict[str, Counter],
    lot_shares: dict[LotKey, Counter],
) -> list[Problem]:
    """Fill ``split`` of every planned movement. ``run_shares`` and
    ``lot_shares`` hold what the ledger already knows (REO by country of a
    run's FEED, of a made lot's OUTPUT); they are not changed."""
    OUTPUT, FEED = MovementType.OUTPUT, MovementType.FEED
    problems: list[Problem] = []
    feeds_waiting: dict[str, int] = Counter([p.draft.run for p in batch if p.draft.type is FEED and p.draft.run])
    outputs_waiting: dict[LotKey, int] = Counter([p.lot_key for p in batch if p.draft.type is OUTPUT])
    # Plain dictionaries while working: a Counter costs far more to make.
    fed_into: dict[str, dict[str, int]] = {run: dict(c) for run, c in run_shares.items()}
    made_into: dict[LotKey, dict[str, int]] = {key: dict(c) for key, c in lot_shares.items()}
    run_weights: dict[str, _Weights | str] = {}
    lot_weights: dict[LotKey, _Weights | str] = {}

    pending = batch
    while pending:
        still: list[Planned] = []
        for p in pending:
            d = p.draft
            mtype = d.type
            if p.lot_source == "declared":
                country = p.lot_origin
                p.split = {country: (d.mass_g, p.reo_g)}  # type: ignore[dict-item]
                if mtype is FEED and d.run:
                    fed = fed_into.get(d.run)
                    if fed is None:
                        fed = fed_into[d.run] = {}
                    fed[country] = fed.get(country, 0) - p.reo_g  # type: ignore[index]
                    feeds_waiting[d.run] -= 1
                continue
            key = p.lot_key
            if mtype is OUTPUT:
                run = d.run
                if feeds_waiting.get(run, 0):
                    still.append(p)
                    continue
                weights = run_weights.get(run)  # type: ignore[arg-type]
                if weights is None:
                    weights = run_weights[run] = _weights(fed_into.get(run))  # type: ignore[index]
                made = made_into.get(key)
                if made is None:
                    made = made_into[key] = {}
                outputs_waiting[key] -= 1
                if weights.__class__ is str:
                    p.split = {weights: (d.mass_g, p.reo_g)}  # type: ignore[dict-item]
                    made[weights] = made.get(weights, 0) + p.reo_g  # type: ignore[index]
                elif weights.total <= 0:
                    problems.append(Problem(
                        d.line, "run",
                        f"a production run with FEED containing REO before its OUTPUT (run {d.run})",
                        "no FEED of that run",
                    ))
                    p.split = {}
                else:
                    p.split = weights.split(d.mass_g, p.reo_g)
                    for c, (_m, reo) in p.split.items():
                        made[c] = made.get(c, 0) + reo
                continue
            if outputs_waiting.get(key, 0):
                still.append(p)
                continue
            weights = lot_weights.get(key)
            if weights is None:
                weights = lot_weights[key] = _weights(made_into.get(key))
            if weights.__class__ is str:
                split = p.split = {weights: (d.mass_g, p.reo_g)}  # type: ignore[dict-item]
            elif weights.total <= 0:
                problems.append(Problem(
                    d.line, "lot",
                    "a lot with a known origin", f'lot "{d.lot}" whose origin is unknown',
                ))
                split = p.split = {}
            else:
                split = p.split = weights.split(d.mass_g, p.reo_g)
            if mtype is FEED and d.run:
                fed = fed_into.get(d.run)
                if fed is None:
                    fed = fed_into[d.run] = {}
                for c, (_m, reo) in split.items():
                    fed[c] = fed.get(c, 0) - reo  # a FEED's REO is negative stock
                feeds_waiting[d.run] -= 1
        if len(still) == len(pending):
            for p in still:
                problems.append(Problem(
                    p.line, "run",
                    "production runs that do not feed their own output back in",
                    f'run "{p.draft.run}" and lot "{p.draft.lot}" wait on each other',
                ))
            break
        pending = still
    return problems
