"""Would a batch leave a lot below zero on any day?

Stock is judged at the end of each day, so a receipt and the feed it makes
possible may share a date whatever their order in the file.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from ree_desk.domain.ledger.plan import NEGATIVE_STOCK, LotKey, Planned
from ree_desk.domain.problems import Problem
from ree_desk.domain.quantities import format_kg


def check_negative_stock(
    batch: list[Planned],
    opening: dict[LotKey, int],
    later: dict[LotKey, list[tuple[dt.date, int]]],
) -> list[Problem]:
    """``opening``: each lot's mass before the batch's first day on it;
    ``later``: the ledger's movements of the lot from that day on.
    Flags the rows to blame and returns a warning for each."""
    suspects = _may_go_negative(batch, opening, later)
    if suspects is not None and not suspects:
        return []
    taken_from = {p.lot_key for p in batch if p.draft.mass_g <= 0}  # adding stock never makes it negative
    if suspects is not None:
        taken_from &= suspects
    by_lot: dict[LotKey, list[Planned]] = defaultdict(list)
    for p in batch:
        if p.lot_key in taken_from:
            by_lot[p.lot_key].append(p)
    problems: list[Problem] = []
    for key, rows in by_lot.items():
        per_day: dict[dt.date, int] = defaultdict(int)
        for day, mass in later.get(key, ()):
            per_day[day] += mass
        for p in rows:
            per_day[p.draft.day] += p.draft.mass_g
        if not _goes_negative(opening.get(key, 0), per_day):
            continue
        balance = opening.get(key, 0)
        outflows_so_far: list[Planned] = []
        blamed = False
        for day in sorted(per_day):
            balance += per_day[day]
            todays = [p for p in rows if p.draft.day == day and p.draft.mass_g < 0]
            outflows_so_far.extend(todays)
            if balance >= 0:
                continue
            culprits = todays or ([] if blamed else outflows_so_far[-1:])
            for p in culprits:
                if p.flags & NEGATIVE_STOCK:
                    continue
                p.flags |= NEGATIVE_STOCK
                blamed = True
                problems.append(Problem(
                    p.line, "mass_kg",
                    f'stock of lot "{p.draft.lot}" ({p.draft.material}) to stay at or above zero',
                    f"{format_kg(balance)} kg at the end of {day.isoformat()}",
                    warning=True,
                ))
    return problems


def _goes_negative(balance: int, per_day: dict[dt.date, int]) -> bool:
    for day in sorted(per_day):
        balance += per_day[day]
        if balance < 0:
            return True
    return False


def _may_go_negative(batch: list[Planned], opening: dict[LotKey, int],
                     later: dict[LotKey, list[tuple[dt.date, int]]]) -> set[LotKey] | None:
    """The lots that could end a day below zero, found in one pass over a
    batch sorted by day (None for a batch that is not): a large import
    holds tens of thousands of lots, nearly all of them plainly fine. Lots
    the ledger moves again later are always suspects."""
    suspects = set(later)
    balance = dict(opening)
    touched: list[LotKey] = []
    today = None
    for p in batch:
        d = p.draft
        if d.day != today:
            if today is not None and d.day < today:
                return None
            suspects.update(key for key in touched if balance[key] < 0)
            touched = []
            today = d.day
        key = p.lot_key
        balance[key] = balance.get(key, 0) + d.mass_g
        touched.append(key)
    suspects.update(key for key in touched if balance[key] < 0)
    return suspects
