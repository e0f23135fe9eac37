"""The report's JSON (SPEC section 4): the same figures as the files; the
inventory as ``Rows`` (``json_rows``), written a block of lots at a time."""
from __future__ import annotations

from collections.abc import Sequence
from itertools import compress
from operator import ne

from ree_desk.domain.quantities import format_kg, format_kgs
from ree_desk.report.json_rows import Made, Rows, quote
from ree_desk.report.model import TYPE_ORDER, Inventory, InventoryLine, MonthReport


_kg = format_kg
# An unmoved lot's line: no flows, and its closing is its opening. Its
# pieces between the lot number, the origin and the figures, joined by an
# f-string: filling one long template with ``%`` reads the template anew for
# every line, and took twice as long.
_STILL_HEAD = '{"material": %s, "lot": '
_STILL_ORIGIN = ', "origin": %s, "opening_kg": "'
_STILL_CLOSING = '", "in_kg": "0.000", "out_kg": "0.000", "adjust_kg": "0.000", "closing_kg": "'
_STILL_REO = '", "opening_reo_kg": "'
_STILL_REO_CLOSING = '", "in_reo_kg": "0.000", "out_reo_kg": "0.000", "adjust_reo_kg": "0.000", "closing_reo_kg": "'
_STILL_END = '"}'
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


def inventory_rows(lines: Sequence[InventoryLine]) -> Rows:
    """The inventory as ``Rows``, written from its columns a block at a
    time: most lots of a long history did not move in the month, and their
    line is a template of their material and origin filled with the lot
    number and two numbers."""
    inventory = Inventory.of_lines(lines)
    columns = inventory.columns
    quoted = Made(quote)  # materials and origins repeat thousands of times
    heads, origin_pieces = Made(lambda t: _STILL_HEAD % quote(t)), Made(lambda t: _STILL_ORIGIN % quote(t))

    def text(i: InventoryLine) -> str:
        return texts_of([[value] for value in i])[0]

    def texts(start: int, end: int) -> list[str]:
        return texts_of([column[start:end] for column in columns])

    def texts_of(cut: list[Sequence]) -> list[str]:
        materials, lots, origins = cut[0], list(map(quote, cut[4])), cut[5]
        openings, closings, opening_reos, closing_reos = cut[6], cut[10], cut[11], cut[15]
        flows = cut[7:10] + cut[12:15]
        mass, reo = format_kgs(openings), format_kgs(opening_reos)
        c, r_, rc, e = _STILL_CLOSING, _STILL_REO, _STILL_REO_CLOSING, _STILL_END
        out = [f"{head}{lot}{origin}{t}{c}{t}{r_}{r}{rc}{r}{e}" for head, lot, origin, t, r in zip(
            map(heads.__getitem__, materials), lots, map(origin_pieces.__getitem__, origins), mass, reo)]
        # The lots that moved, or whose closing is not their opening, are
        # written again in full.
        moved = map(any, zip(*flows, map(ne, openings, closings), map(ne, opening_reos, closing_reos)))
        for n in compress(range(len(out)), moved):
            out[n] = _MOVED % (quoted[materials[n]], lots[n], quoted[origins[n]], mass[n],
                               *(_kg(f[n]) for f in flows[:3]), _kg(closings[n]), reo[n],
                               *(_kg(f[n]) for f in flows[3:]), _kg(closing_reos[n]))
        return out

    return Rows(inventory, inventory_dict, text, texts)


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
