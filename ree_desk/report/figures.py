"""Computing a month's report from the ledger.

Reads the month's movements once, the opening balances from the closing
balances of the month before (or the ledger when it is not closed), and the
quota position at the month's end. The cost follows the month, not the
length of history.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from itertools import groupby
from operator import or_

from sqlalchemy import Connection, select

from ree_desk import __version__
from ree_desk.domain.calendar import due_date, month_end
from ree_desk.domain.ledger.origins import dominant_origin
from ree_desk.domain.ledger.quota import build_lines, forecast_exhaustion
from ree_desk.domain.movement_types import INFLOWS, OUTFLOWS, MovementType
from ree_desk.report.model import (
    TYPE_ORDER,
    GroupStock,
    Inventory,
    MonthReport,
    MovementLine,
    OriginFlow,
    QuotaReportLine,
    TypeTotal,
)
from ree_desk.store import queries
from ree_desk.store.month_lots import month_lot_columns
from ree_desk.store.tables import (
    enterprise_table,
    lot_table,
    material_table,
    movement_origin_table,
    movement_table,
    posting_table,
    run_table,
)

INFLOW_TYPES = {t.value for t in INFLOWS}
OUTFLOW_TYPES = {t.value for t in OUTFLOWS}


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    first = dt.date(int(month[:4]), int(month[5:]), 1)
    return first, month_end(month)


def month_movements(conn: Connection, first: dt.date, last: dt.date) -> list[MovementLine]:
    mt, ot, lt, mat, rt, pt = (movement_table, movement_origin_table, lot_table, material_table,
                               run_table, posting_table)
    shares: dict[int, dict[str, int]] = defaultdict(dict)
    mass_shares: dict[int, dict[str, int]] = defaultdict(dict)
    rows = conn.execute(
        select(ot.c.movement_id, ot.c.country, ot.c.mass_g, ot.c.reo_g)
        .select_from(ot.join(mt, mt.c.id == ot.c.movement_id))
        .where(mt.c.day >= first, mt.c.day <= last)
    )
    for mid, country, mass, reo in rows:
        shares[mid][country] = reo
        mass_shares[mid][country] = mass
    q = (
        select(mt.c.id, mt.c.day, mt.c.type, mat.c.code, mat.c.name_zh, lt.c.lot_no, mt.c.mass_g, mt.c.grade_bp,
               mt.c.reo_g, lt.c.origin, mt.c.counterparty, mt.c.credit_code, mt.c.invoice_no, mt.c.customs_no,
               rt.c.code, mt.c.destination, mt.c.note, mt.c.reverses_id, mt.c.flags, mt.c.accept_reason, pt.c.by,
               pt.c.at)
        .select_from(mt.join(mat, mat.c.id == mt.c.material_id).join(lt, lt.c.id == mt.c.lot_id)
                     .outerjoin(rt, rt.c.id == mt.c.run_id).join(pt, pt.c.id == mt.c.posting_id))
        .where(mt.c.day >= first, mt.c.day <= last)
        .order_by(mt.c.day, mt.c.id)
    )
    out = []
    # Unpacked, in the order selected: a month of a large plant has
    # thousands of rows, and reading each value by name cost twice as much.
    for (mid, day, type_, code, name_zh, lot_no, mass, grade, reo, lot_origin, counterparty, credit_code,
         invoice_no, customs_no, run_code, destination, note, reverses_id, flags, accept_reason, by,
         at) in conn.execute(q):
        own = shares.get(mid, {})
        out.append(MovementLine(
            mid, day, type_, code, name_zh, lot_no, mass, grade, reo, lot_origin or dominant_origin(own),
            dict(sorted(own.items())), counterparty, credit_code, invoice_no, customs_no, run_code, destination,
            note, reverses_id, flags, accept_reason, by, at, dict(sorted(mass_shares.get(mid, {}).items())),
        ))
    return out


def ledger_checksum(lines: list[MovementLine]) -> str:
    """sha256 over the month's rows in id order: a changed, added or missing
    row changes it, so a signed PDF can be matched to its ledger."""
    digest = hashlib.sha256()
    for m in sorted(lines, key=lambda m: m.id):
        digest.update(
            f"{m.id}|{m.day.isoformat()}|{m.type}|{m.material}|{m.lot}|{m.mass_g}|{m.grade_bp}|{m.reo_g}|"
            f"{m.reverses_id or ''}|{m.flags}\n".encode()
        )
    return digest.hexdigest()


def _totals(lines: list[MovementLine]) -> dict[str, TypeTotal]:
    acc: dict[str, list[int]] = {t: [0, 0, 0] for t in TYPE_ORDER}
    for m in lines:
        a = acc[m.type]
        a[0] += 1
        a[1] += m.quantity_g
        a[2] += m.quantity_reo_g
    return {t: TypeTotal(t, *acc[t]) for t in TYPE_ORDER}


def _inventory(conn: Connection, first: dt.date, last: dt.date) -> Inventory:
    columns = list(month_lot_columns(conn, first, last, INFLOW_TYPES, OUTFLOW_TYPES))
    origins, lot_ids = columns[5], columns[16]
    unnamed = {lot_ids[n]: n for n, origin in enumerate(origins) if origin is None}
    if unnamed:
        shares = queries.made_lot_shares(conn, unnamed, until=last)
        named = columns[5] = list(origins)
        for lot_id, n in unnamed.items():
            named[n] = dominant_origin(dict(shares.get(lot_id, {})))
    return Inventory(columns)


def _quota(conn: Connection, month: str, last: dt.date) -> list[QuotaReportLine]:
    year, mon = int(month[:4]), int(month[5:])
    lines = build_lines(year, queries.allocations_for_year(conn, year),
                        queries.quota_use(conn, year, until=last, month=mon))
    return [
        QuotaReportLine(
            kind=l.kind.value, scope=l.scope.value, allocated_g=l.allocated_g, used_month_g=l.used_this_month_g,
            used_ytd_g=l.used_g, remaining_g=l.remaining_g,
            used_month_by_origin=dict(sorted(l.used_this_month_by_origin.items())),
            used_ytd_by_origin=dict(sorted(l.used_by_origin.items())),
            forecast_date=forecast_exhaustion(l.allocated_g, l.used_g, year, last) if l.allocated_g > 0 else None,
            controlled=l.controlled,
        )
        for l in lines
    ]


def _separation(lines: list[MovementLine]) -> list[OriginFlow]:
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for m in lines:
        if m.type not in (MovementType.FEED, MovementType.OUTPUT):
            continue
        for country, reo in m.origin_shares.items():
            mass = m.origin_mass_shares.get(country, 0)
            a = acc[country]
            if m.type == MovementType.FEED:
                a[0] -= mass
                a[1] -= reo
            else:
                a[2] += mass
                a[3] += reo
    return [OriginFlow(c, *v) for c, v in sorted(acc.items())]


def _groups(inventory: Inventory) -> list[GroupStock]:
    """Lots with stock and their closing stock by category and group, summed
    over each run of lots of one material (they come by material code): a
    slice each, not a step per lot."""
    acc: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    category, group = inventory.column("category"), inventory.column("group")
    closing, closing_reo = inventory.column("closing_g"), inventory.column("closing_reo_g")
    start = 0
    for _code, run in groupby(inventory.column("material")):
        end = start + len(list(run))
        mass, reo = closing[start:end], closing_reo[start:end]
        a = acc[(category[start], group[start])]
        a[0] += end - start - list(map(or_, mass, reo)).count(0)  # a lot emptied has neither
        a[1] += sum(mass)
        a[2] += sum(reo)
        start = end
    return [GroupStock(c, g, *v) for (c, g), v in sorted(acc.items()) if v[0]]


def compute_report(conn: Connection, month: str, *, generated_at: dt.datetime | None = None) -> MonthReport:
    first, last = month_bounds(month)
    name, code = conn.execute(select(enterprise_table.c.name, enterprise_table.c.credit_code)).one()
    lines = month_movements(conn, first, last)
    by_type: dict[str, list[MovementLine]] = defaultdict(list)
    for m in lines:
        by_type[m.type].append(m)
    reversals = [m for m in lines if m.reverses_id is not None]
    adjustments = sorted(by_type["ADJUSTMENT"] + [m for m in reversals if m.type != "ADJUSTMENT"],
                         key=lambda m: (m.day, m.id))
    inventory = _inventory(conn, first, last)
    totals = _totals(lines)
    head_id, head = queries.newest_chain(conn)
    return MonthReport(
        month=month, first_day=first, last_day=last, due_date=due_date(month), enterprise=name, credit_code=code,
        generated_at=generated_at or dt.datetime.now().replace(microsecond=0), program_version=__version__,
        checksum=ledger_checksum(lines), movement_count=len(lines),
        receipts=by_type["RECEIPT"], mined=by_type["MINED"], feed=by_type["FEED"], output=by_type["OUTPUT"],
        shipments=by_type["SHIPMENT"], adjustments=adjustments, totals=totals, inventory=inventory,
        quota=_quota(conn, month, last), separation_by_origin=_separation(lines), stock_by_group=_groups(inventory),
        exceptions=[m for m in lines if m.flags],
        feed_reo_g=totals["FEED"].reo_g, output_reo_g=totals["OUTPUT"].reo_g,
        chain_head_id=head_id, chain_head=head or "0" * 64,
    )
