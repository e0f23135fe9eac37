"""The JSON shapes of SPEC section 4. Masses are kg strings with 3 decimals."""
from __future__ import annotations

import datetime as dt

from ree_desk.ledger.quota import QuotaLine
from ree_desk.quantities import format_kg
from ree_desk.report.json_rows import Rows, quote
from ree_desk.services.stock import LotStock


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


def stock_lots(lots: list[LotStock]) -> Rows:
    # What a lot's material decides (its code, group and category), and a
    # country's share key, are quoted once for all the lots that share them.
    fronts: dict[tuple[str, str, str], tuple[str, str]] = {}
    keys: dict[str, str] = {}
    kg = format_kg

    def text(s: LotStock) -> str:
        kind = (s.material, s.material_group, s.category)
        front = fronts.get(kind)
        if front is None:
            front = fronts[kind] = ('{"material": %s, "lot": ' % quote(s.material),
                                    ', "group": %s, "category": %s, "origin_shares": {' % (quote(kind[1]),
                                                                                          quote(kind[2])))
        parts = []
        for country, grams in s.origin_shares.items():
            key = keys.get(country)
            if key is None:
                key = keys[country] = quote(country) + ': "'
            parts.append(key + kg(grams) + '"')
        origin = keys.get(s.origin)
        if origin is None:
            origin = keys[s.origin] = quote(s.origin) + ': "'
        return (front[0] + quote(s.lot) + ', "origin": ' + origin[:-3] + ', "mass_kg": "' + kg(s.mass_g)
                + '", "reo_kg": "' + kg(s.reo_g) + '"' + front[1] + ", ".join(parts) + "}}")

    return Rows(lots, stock_lot, text)


def stock(as_of: dt.date, lots: list[LotStock]) -> dict:
    return {
        "as_of": as_of.isoformat(),
        "lots": stock_lots(lots),
        "totals": {
            "mass_kg": format_kg(sum(s.mass_g for s in lots)),
            "reo_kg": format_kg(sum(s.reo_g for s in lots)),
        },
    }
