"""The report's JSON (SPEC section 4): the same figures as the files; the
inventory as ``Rows`` (``json_rows``), written a lot at a time."""
from __future__ import annotations

from ree_desk.quantities import format_kg
from ree_desk.report.json_rows import Rows, quote
from ree_desk.report.model import TYPE_ORDER, InventoryLine, MonthReport


_kg = format_kg
# An unmoved lot's line: no flows, and its closing is its opening.
_STILL = ('{"material": %s, "lot": %s, "origin": %s, "opening_kg": "%s", "in_kg": "0.000", "out_kg": "0.000", '
          '"adjust_kg": "0.000", "closing_kg": "%s", "opening_reo_kg": "%s", "in_reo_kg": "0.000", '
          '"out_reo_kg": "0.000", "adjust_reo_kg": "0.000", "closing_reo_kg": "%s"}')
_MOVED = ('{"material": %s, "lot": %s, "origin": %s, "opening_kg": "%s", "in_kg": "%s", "out_kg": "%s", '
          '"adjust_kg": "%s", "closing_kg": "%s", "opening_reo_kg": "%s", "in_reo_kg": "%s", '
          '"out_reo_kg": "%s", "adjust_reo_kg": "%s", "closing_reo_kg": "%s"}')


def inventory_dict(i: InventoryLine) -> dict:
    return {
        "material": i.material, "lot": i.lot, "origin": i.origin,
        "opening_kg": _kg(i.opening_g), "in_kg": _kg(i.in_g), "out_kg": _kg(i.out_g),
        "adjust_kg": _kg(i.adjust_g), "closing_kg": _kg(i.closing_g),
        "opening_reo_kg": _kg(i.opening_reo_g), "in_reo_kg": _kg(i.in_reo_g),
        "out_reo_kg": _kg(i.out_reo_g), "adjust_reo_kg": _kg(i.adjust_reo_g),
        "closing_reo_kg": _kg(i.closing_reo_g),
    }


def inventory_rows(lines: list[InventoryLine]) -> Rows:
    """The inventory as ``Rows``: most lots of a long history did not move in
    the month, and their line is two numbers."""
    quoted: dict[str, str] = {}

    def q(text: str) -> str:  # materials and origins repeat thousands of times
        found = quoted.get(text)
        if found is None:
            found = quoted[text] = quote(text)
        return found

    def text(i: InventoryLine) -> str:
        if not (i.in_g or i.out_g or i.adjust_g or i.in_reo_g or i.out_reo_g or i.adjust_reo_g) \
                and i.closing_g == i.opening_g and i.closing_reo_g == i.opening_reo_g:
            mass, reo = _kg(i.opening_g), _kg(i.opening_reo_g)
            return _STILL % (q(i.material), quote(i.lot), q(i.origin), mass, mass, reo, reo)
        return _MOVED % (q(i.material), quote(i.lot), q(i.origin), _kg(i.opening_g), _kg(i.in_g), _kg(i.out_g),
                         _kg(i.adjust_g), _kg(i.closing_g), _kg(i.opening_reo_g), _kg(i.in_reo_g),
                         _kg(i.out_reo_g), _kg(i.adjust_reo_g), _kg(i.closing_reo_g))

    return Rows(lines, inventory_dict, text)


def report_json(report: MonthReport) -> dict:
    recovery = report.recovery_bp
    return {
        "month": report.month,
        "enterprise": report.enterprise,
        "credit_code": report.credit_code,
        "period": [report.first_day.isoformat(), report.last_day.isoformat()],
        "due_date": report.due_date.isoformat(),
        "generated_at": report.generated_at.isoformat(sep=" "),
        "program_version": report.program_version,
        "checksum": report.checksum,
        "chain_head": {"movement": report.chain_head_id, "hash": report.chain_head},
        "movement_count": report.movement_count,
        "totals": {
            t: {"count": report.totals[t].count, "mass_kg": _kg(report.totals[t].mass_g),
                "reo_kg": _kg(report.totals[t].reo_g)}
            for t in TYPE_ORDER
        },
        "inventory": inventory_rows(report.inventory),
        "quota": [
            {
                "kind": q.kind, "scope": q.scope, "allocated_kg": _kg(q.allocated_g), "used_kg": _kg(q.used_ytd_g),
                "remaining_kg": _kg(q.remaining_g),
                "used_by_origin": {c: _kg(g) for c, g in q.used_ytd_by_origin.items()},
                "used_this_month_kg": _kg(q.used_month_g),
                "used_this_month_by_origin": {c: _kg(g) for c, g in q.used_month_by_origin.items()},
                "controlled": q.controlled,
                "forecast_exhaustion": q.forecast_date.isoformat() if q.forecast_date else None,
            }
            for q in report.quota
        ],
        "separation_by_origin": [
            {"country": f.country, "feed_kg": _kg(f.feed_mass_g), "feed_reo_kg": _kg(f.feed_reo_g),
             "output_kg": _kg(f.output_mass_g), "output_reo_kg": _kg(f.output_reo_g)}
            for f in report.separation_by_origin
        ],
        "separation_reo": {
            "fed_kg": _kg(report.feed_reo_g), "produced_kg": _kg(report.output_reo_g),
            "recovery_pct": None if recovery is None else f"{recovery // 100}.{recovery % 100:02d}",
        },
        "stock_by_group": [
            {"category": g.category, "group": g.group, "lots": g.lots, "closing_kg": _kg(g.closing_g),
             "closing_reo_kg": _kg(g.closing_reo_g)}
            for g in report.stock_by_group
        ],
        "exceptions": [
            {"id": m.id, "date": m.day.isoformat(), "type": m.type, "material": m.material, "lot": m.lot,
             "mass_kg": _kg(m.quantity_g), "flags": m.flags, "reason": m.accept_reason}
            for m in report.exceptions
        ],
    }
