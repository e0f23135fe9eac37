"""Where each movement's material came from, country by country.

A received or mined lot has one origin. A lot made by a production run takes
the REO shares of the run's FEED; feeding or shipping such a lot splits the
movement by the lot's shares. Within a batch a run's OUTPUT waits until all
the batch's FEED of that run is known, and a FEED from a made lot waits for
the batch's OUTPUT into that lot, so the order of rows in a file never
changes the result.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from ree_desk.ledger.plan import LotKey, Planned
from ree_desk.movement_types import MovementType
from ree_desk.problems import Problem
from ree_desk.quantities import split_by_shares


def _split(mass_g: int, reo_g: int, shares: Counter) -> dict[str, tuple[int, int]]:
    if len(shares) == 1:
        ((country, weight),) = shares.items()
        if weight > 0:
            return {country: (mass_g, reo_g)}
    weights = {c: w for c, w in sorted(shares.items()) if w > 0}
    masses = split_by_shares(mass_g, weights)
    reos = split_by_shares(reo_g, weights)
    return {c: (masses[c], reos[c]) for c in weights}


def resolve_origins(
    batch: list[Planned],
    run_shares: dict[str, Counter],
    lot_shares: dict[LotKey, Counter],
) -> list[Problem]:
    """Fill ``split`` of every planned movement. ``run_shares`` and
    ``lot_shares`` hold what the ledger already knows (REO by country of a
    run's FEED, of a made lot's OUTPUT) and are extended in place."""
    problems: list[Problem] = []
    feeds_waiting: dict[str, int] = Counter(
        p.draft.run for p in batch if p.type is MovementType.FEED and p.draft.run
    )
    outputs_waiting: dict[LotKey, int] = Counter(p.lot_key for p in batch if p.type is MovementType.OUTPUT)
    run_shares = defaultdict(Counter, run_shares)
    lot_shares_d = defaultdict(Counter, lot_shares)

    pending = list(batch)
    while pending:
        still: list[Planned] = []
        for p in pending:
            d = p.draft
            if p.lot_source == "declared":
                p.split = {p.lot_origin: (d.mass_g, p.reo_g)}  # type: ignore[dict-item]
            elif p.type is MovementType.OUTPUT:
                if feeds_waiting.get(d.run, 0):
                    still.append(p)
                    continue
                shares = run_shares.get(d.run) or Counter()
                if sum(w for w in shares.values() if w > 0) <= 0:
                    problems.append(Problem(
                        d.line, "run",
                        f"a production run with FEED containing REO before its OUTPUT (run {d.run})",
                        "no FEED of that run",
                    ))
                    p.split = {}
                else:
                    p.split = _split(d.mass_g, p.reo_g, shares)
                outputs_waiting[p.lot_key] -= 1
                for c, (_m, reo) in p.split.items():
                    lot_shares_d[p.lot_key][c] += reo
                continue
            else:
                if outputs_waiting.get(p.lot_key, 0):
                    still.append(p)
                    continue
                shares = lot_shares_d.get(p.lot_key) or Counter()
                if sum(w for w in shares.values() if w > 0) <= 0:
                    problems.append(Problem(
                        d.line, "lot",
                        "a lot with a known origin", f'lot "{d.lot}" whose origin is unknown',
                    ))
                    p.split = {}
                else:
                    p.split = _split(d.mass_g, p.reo_g, shares)
            if p.type is MovementType.FEED and d.run:
                for c, (_m, reo) in p.split.items():
                    run_shares[d.run][c] -= reo  # a FEED's REO is negative stock
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
    lot_shares.update(lot_shares_d)
    return problems
