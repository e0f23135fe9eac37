"""The JSON shapes of SPEC section 4. Masses are kg strings with 3 decimals."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ree_desk.domain.quantities import format_kg, format_kgs
from ree_desk.report.json_rows import Made, Rows, quote
from ree_desk.services.stock import LotStock, Stock

if TYPE_CHECKING:  # the stock's shapes are made without the quota's planning code
    from ree_desk.domain.ledger.quota import QuotaLine


def quota_line(line: QuotaLine) -> dict:
    pct = line.used_pct_bp
    return {
        "kind": line.kind.value,
        "scope": line.scope.value,
        "allocated_kg": format_kg(line.allocated_g),
        "used_kg": format_kg(line.used_g),
        "remaining_kg": format_kg(line.remaining_g),
        "used_by_origin": {c: format_kg(g) for c, g in sorted(line.used_by_origin.items())},
        "used_pct": None if pct is None else f"{pct // 100}.{pct % 100:02d}",
        "controlled": line.controlled,
        "forecast_exhaustion": line.forecast_date.isoformat() if line.forecast_date else None,
        "batches": line.batches,
    }


def quota_status(year: int, as_of: dt.date, lines: list[QuotaLine]) -> dict:
    return {"year": year, "as_of": as_of.isoformat(), "quotas": [quota_line(l) for l in lines]}


def stock_lot(s: LotStock) -> dict:
    return {
        "material": s.material,
        "lot": s.lot,
        "origin": s.origin,
        "mass_kg": format_kg(s.mass_g),
        "reo_kg": format_kg(s.reo_g),
        "group": s.material_group,
        "category": s.category,
        "origin_shares": {c: format_kg(g) for c, g in s.origin_shares.items()},
    }


def stock_lots(lots: Sequence[LotStock]) -> Rows:
    """Every lot as ``Rows``, written from the stock's columns a block at a
    time."""
    stock = as_stock(lots)
    texts = _Texts(stock)
    return Rows(stock, stock_lot, lambda s: _Texts(as_stock([s]))(0, 1)[0], texts)


class _Texts:
    """The compact JSON of a stock's lots ``start`` to ``end``, a column at a
    time. Most lots are of one origin: their line is the pieces made once
    for each material and origin, joined around the lot number and the two
    masses by one f-string (filling one long template with ``%`` reads it
    anew for every line, and took longer). What a lot's material decides
    (its code, group and category), and a country's share key, are quoted
    once for all the lots that share them."""

    def __init__(self, stock: Stock):
        self.stock = stock
        # The memos refer to each other, not to self: the stock is freed
        # with this object, not left to the cycle collector.
        keys = self.keys = Made(lambda country: quote(country) + ': "')  # '"CN": "'
        # (material, group, category) -> what comes before the lot number and after the masses
        front = self.front = Made(lambda kind: (
            '{"material": %s, "lot": ' % quote(kind[0]),
            ', "group": %s, "category": %s, "origin_shares": {' % (quote(kind[1]), quote(kind[2]))))
        self.heads = Made(lambda kind: front[kind][0])
        self.origins = Made(lambda origin: ', "origin": ' + keys[origin][:-3] + ', "mass_kg": "')
        self.tails = Made(lambda kind: '"' + front[kind[:3]][1] + keys[kind[3]])

    def __call__(self, start: int, end: int) -> list[str]:
        s, keys = self.stock, self.keys
        cut = slice(start, end)
        lots = list(map(quote, s.lot[cut]))
        masses, reos = format_kgs(s.mass_g[cut]), format_kgs(s.reo_g[cut])
        materials = list(zip(s.material[cut], s.material_group[cut], s.category[cut]))
        reo_key, end_ = '", "reo_kg": "', '"}}'
        # Each lot as a lot of one origin; those of several are written again below.
        out = [f"{head}{lot}{origin}{mass}{reo_key}{reo}{tail}{reo}{end_}" for head, lot, origin, mass, reo, tail in zip(
            map(self.heads.__getitem__, materials), lots, map(self.origins.__getitem__, s.origin[cut]), masses, reos,
            map(self.tails.__getitem__, zip(s.material[cut], s.material_group[cut], s.category[cut], s.origin[cut])))]
        for n, shares in enumerate(s.origin_shares[cut]):
            if shares is None:
                continue
            head, tail = self.front[materials[n]]
            parts = ", ".join([keys[c] + _kg(g) + '"' for c, g in shares.items()])
            out[n] = (head + lots[n] + ', "origin": ' + keys[s.origin[start + n]][:-3] + ', "mass_kg": "' + masses[n]
                      + '", "reo_kg": "' + reos[n] + '"' + tail + parts + "}}")
        return out


def _kg(grams: int) -> str:
    return "%d.%03d" % divmod(grams, 1000) if grams >= 0 else format_kg(grams)


def as_stock(lots: Sequence[LotStock]) -> Stock:
    """``lots`` as a ``Stock``, as they are when the stock service gave them."""
    if isinstance(lots, Stock):
        return lots
    return Stock(*([getattr(s, name) for s in lots] for name in Stock.__slots__[:-1]),
                 [dict(s.origin_shares) for s in lots])


def stock(as_of: dt.date, lots: Sequence[LotStock]) -> dict:
    held = as_stock(lots)
    return {
        "as_of": as_of.isoformat(),
        "lots": stock_lots(held),
        "totals": {"mass_kg": format_kg(sum(held.mass_g)), "reo_kg": format_kg(sum(held.reo_g))},
    }
