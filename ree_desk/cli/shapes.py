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


_LOT = ('{"material": %s, "lot": %s, "origin": %s, "mass_kg": "%s", "reo_kg": "%s", "group": %s, '
        '"category": %s, "origin_shares": {%s}}')


def stock_lots(lots: list[LotStock]) -> Rows:
    quoted: dict[str, str] = {}

    def q(text: str) -> str:  # materials, groups and countries repeat thousands of times
        found = quoted.get(text)
        if found is None:
            found = quoted[text] = quote(text)
        return found

    def text(s: LotStock) -> str:
        kg = format_kg
        shares = ", ".join([f'{q(c)}: "{kg(g)}"' for c, g in s.origin_shares.items()])
        return _LOT % (q(s.material), quote(s.lot), q(s.origin), kg(s.mass_g), kg(s.reo_g), q(s.material_group),
                       q(s.category), shares)

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
