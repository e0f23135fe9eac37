"""Checks a report must pass before anything is written.

Each figure of the report is compared with the ledger computed another way
(aggregates in SQL, the stock service's balances). A failure names the
figure, both values and the difference; no file is written then.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from itertools import compress
from operator import add, sub

from sqlalchemy import Connection, Date, bindparam, case, func, select

from ree_desk.domain.calendar import month_end
from ree_desk.domain.quantities import format_kg
from ree_desk.report.model import TYPE_ORDER, Inventory, MonthReport
from ree_desk.store.balances import moved_balances, start_of
from ree_desk.store.queries import chunks
from ree_desk.store.tables import lot_table, material_table, movement_origin_table, movement_table


class ReportCheckFailed(Exception):
    """The report disagrees with the ledger; ``failures`` lists every figure."""

    def __init__(self, month: str, failures: list[str]):
        self.failures = failures
        super().__init__(
            f"the report for {month} was not written: {len(failures)} figure(s) disagree with the ledger: "
            + "; ".join(failures[:5]) + (" …" if len(failures) > 5 else "")
        )


class _Checker:
    def __init__(self):
        self.failures: list[str] = []

    def same(self, figure: str, report_g: int, ledger_g: int) -> None:
        if report_g != ledger_g:
            self.failures.append(
                f"{figure}: report {format_kg(report_g)} kg, ledger {format_kg(ledger_g)} kg, "
                f"difference {format_kg(report_g - ledger_g)} kg"
            )

    def same_count(self, figure: str, report_n: int, ledger_n: int) -> None:
        if report_n != ledger_n:
            self.failures.append(f"{figure}: report {report_n}, ledger {ledger_n}, difference {report_n - ledger_n}")


def check_report(conn: Connection, report: MonthReport) -> None:
    """Raise ``ReportCheckFailed`` unless every figure reconciles."""
    c = _Checker()
    first, last = report.first_day, report.last_day
    mt = movement_table
    ledger = {t: (0, 0, 0) for t in TYPE_ORDER}
    for mtype, n, mass, reo in conn.execute(
        select(mt.c.type, func.count(), func.sum(mt.c.mass_g), func.sum(mt.c.reo_g))
        .where(mt.c.day >= first, mt.c.day <= last).group_by(mt.c.type)
    ):
        sign = -1 if mtype in ("FEED", "SHIPMENT") else 1
        ledger[mtype] = (n, sign * int(mass), sign * int(reo))

    sheets = {"RECEIPT": report.receipts, "MINED": report.mined, "FEED": report.feed, "OUTPUT": report.output,
              "SHIPMENT": report.shipments}
    for mtype in TYPE_ORDER:
        n, mass, reo = ledger[mtype]
        total = report.totals[mtype]
        c.same_count(f"{mtype} count", total.count, n)
        c.same(f"{mtype} total mass", total.mass_g, mass)
        c.same(f"{mtype} total REO", total.reo_g, reo)
        rows = sheets.get(mtype)
        if rows is None:  # adjustments sheet: the ADJUSTMENT rows among it
            rows = [m for m in report.adjustments if m.type == "ADJUSTMENT"]
        c.same(f"{mtype} sheet mass", sum(m.quantity_g for m in rows), mass)
        c.same(f"{mtype} sheet REO", sum(m.quantity_reo_g for m in rows), reo)
    c.same_count("movement count", report.movement_count, sum(v[0] for v in ledger.values()))
    reversals = conn.execute(
        select(func.count()).where(mt.c.day >= first, mt.c.day <= last, mt.c.reverses_id.is_not(None))
    ).scalar()
    c.same_count("reversals on the adjustments sheet",
                 sum(1 for m in report.adjustments if m.reverses_id is not None), reversals)

    _check_inventory(conn, report, c)
    _check_quota(conn, report, c)
    if c.failures:
        raise ReportCheckFailed(report.month, c.failures)


def _check_inventory(conn: Connection, report: MonthReport, c: _Checker) -> None:
    """Every lot's line adds up; the closing of every lot moved since the
    balances the report started from is the stock service's balance of the
    month's last day, read for those lots alone; the lines' flows are the
    month's movements by type; and the opening and closing stock of all lots
    are the sums of every movement up to those days over the whole ledger,
    which holds even if the balances kept to start from were wrong. (A lot
    not moved since has one source for its line and its balance, that
    stored start; comparing the two would compare it with itself.) The lots
    that differ are named only when something does.

    The database reads the ledger's side in a second thread, on this
    connection, while this one adds up the lines (SQLite lets go of the
    interpreter while it steps through a statement); nothing else uses the
    connection meanwhile."""
    inventory = Inventory.of_lines(report.inventory)
    with ThreadPoolExecutor(1, thread_name_prefix="ree-desk-check") as pool:
        ledger_side = pool.submit(_ledger_stock, conn, report)
        columns = inventory.columns[6:16]  # opening, in, out, adjust, closing; then the same in REO
        sums = [sum(c) for c in columns]
        # Opening + in - out + adjusted against closing, a column at a time;
        # the lines are looked at one by one only when one does not add up.
        for figures, label in ((columns[:5], "mass"), (columns[5:], "REO")):
            o, i, x, a, closing_ = figures
            added = list(map(add, map(sub, map(add, o, i), x), a))
            if added != list(closing_):
                for n in (n for n, (got, want) in enumerate(zip(added, closing_)) if got != want):
                    line = inventory[n]
                    c.same(f"{line.material} {line.lot} {label} balance", added[n], closing_[n])
        expected, (opening_mass, opening_reo, closing_mass, closing_reo) = ledger_side.result()
    reported = dict.fromkeys(expected, (0, 0))
    closing, closing_r = columns[4], columns[9]
    lot_ids = inventory.column("lot_id")
    for n in compress(range(len(lot_ids)), map(reported.__contains__, lot_ids)):
        reported[lot_ids[n]] = (closing[n], closing_r[n])
    if expected != reported:
        _name_lot_differences(conn, c, "closing", reported, expected)
    c.same("opening stock of all lots", sums[0], opening_mass)
    c.same("opening stock of all lots, REO", sums[5], opening_reo)
    c.same("closing stock of all lots", sums[4], closing_mass)
    c.same("closing stock of all lots, REO", sums[9], closing_reo)
    flows = {"in": ("RECEIPT", "MINED", "OUTPUT"), "out": ("FEED", "SHIPMENT"), "adjust": ("ADJUSTMENT",)}
    for k, (column, types) in enumerate(flows.items(), 1):
        c.same(f"inventory {column} mass", sums[k], sum(report.totals[t].mass_g for t in types))
        c.same(f"inventory {column} REO", sums[k + 5], sum(report.totals[t].reo_g for t in types))


def _ledger_stock(conn: Connection, report: MonthReport) -> tuple[dict[int, tuple[int, int]], tuple[int, ...]]:
    """(the month-end balance of each lot moved since the balances kept to
    start from, (opening mass, opening REO, closing mass, closing REO) of
    all lots summed over the whole ledger)."""
    start = start_of(conn, report.first_day - dt.timedelta(days=1))
    since = month_end(start[0]) if start is not None else dt.date.min
    expected = moved_balances(conn, since, report.last_day)
    # Every movement summed, less those after the month, less the month's
    # own: a plain sum over the whole table reads it straight through, where
    # one that asks each row's day takes half as long again.
    mt = movement_table

    def summed(*when) -> tuple[int, int]:
        mass, reo = conn.execute(select(func.sum(mt.c.mass_g), func.sum(mt.c.reo_g)).where(*when)).one()
        return int(mass or 0), int(reo or 0)

    every, later = summed(), summed(mt.c.day > report.last_day)
    month = summed(mt.c.day >= report.first_day, mt.c.day <= report.last_day)
    closing_mass, closing_reo = every[0] - later[0], every[1] - later[1]
    return expected, (closing_mass - month[0], closing_reo - month[1], closing_mass, closing_reo)


def _name_lot_differences(conn: Connection, c: _Checker, label: str, reported: dict[int, tuple[int, int]],
                          expected: dict[int, tuple[int, int]]) -> None:
    lt, mat = lot_table, material_table
    differ = sorted(k for k in set(reported) | set(expected) if reported.get(k) != expected.get(k))
    key_of: dict[int, tuple[str, str]] = {}
    for part in chunks(differ):
        for lot_id, code, lot_no in conn.execute(
            select(lt.c.id, mat.c.code, lt.c.lot_no).select_from(lt.join(mat, mat.c.id == lt.c.material_id))
            .where(lt.c.id.in_(part))
        ):
            key_of[lot_id] = (code, lot_no)
    for lot_id in sorted(differ, key=lambda k: key_of.get(k, ("", str(k)))):
        code, lot_no = key_of.get(lot_id, ("?", f"lot record {lot_id}"))
        mass, reo = reported.get(lot_id, (0, 0))
        want_mass, want_reo = expected.get(lot_id, (0, 0))
        c.same(f"{code} {lot_no} {label} mass", mass, want_mass)
        c.same(f"{code} {lot_no} {label} REO", reo, want_reo)


def _check_quota(conn: Connection, report: MonthReport, c: _Checker) -> None:
    """Quota used equals the REO of the movements that count, month and year to date."""
    mt, ot = movement_table, movement_origin_table
    use = case((mt.c.type == "FEED", -ot.c.reo_g), else_=ot.c.reo_g)
    year_start = report.first_day.replace(month=1, day=1)
    ledger_month: Counter = Counter()
    ledger_ytd: Counter = Counter()
    # One named parameter in both places: PostgreSQL groups by an
    # expression only when it is the very one selected.
    this_month = mt.c.day >= bindparam("month_start", report.first_day, type_=Date)
    for kind, country, in_month, grams in conn.execute(
        select(mt.c.quota_kind, ot.c.country, this_month, func.sum(use))
        .select_from(mt.join(ot, ot.c.movement_id == mt.c.id))
        .where(mt.c.quota_kind.is_not(None), mt.c.day >= year_start, mt.c.day <= report.last_day)
        .group_by(mt.c.quota_kind, ot.c.country, this_month)
    ):
        ledger_ytd[(kind, country)] += int(grams)
        if in_month:
            ledger_month[(kind, country)] += int(grams)
    reported_month: Counter = Counter()
    reported_ytd: Counter = Counter()
    per_kind = defaultdict(lambda: [0, 0])
    for line in report.quota:
        for country, grams in line.used_month_by_origin.items():
            reported_month[(line.kind, country)] += grams
        for country, grams in line.used_ytd_by_origin.items():
            reported_ytd[(line.kind, country)] += grams
        per_kind[line.kind][0] += line.used_month_g
        per_kind[line.kind][1] += line.used_ytd_g
        c.same(f"{line.kind} ({line.scope}) remaining", line.remaining_g, line.allocated_g - line.used_ytd_g)
    for key in sorted(set(ledger_ytd) | set(reported_ytd)):
        c.same(f"{key[0]} used in {report.month} from {key[1]}", reported_month[key], ledger_month[key])
        c.same(f"{key[0]} used year to date from {key[1]}", reported_ytd[key], ledger_ytd[key])
    for kind, (month_g, ytd_g) in per_kind.items():
        c.same(f"{kind} used in {report.month}", month_g,
               sum(g for (k, _c), g in ledger_month.items() if k == kind))
        c.same(f"{kind} used year to date", ytd_g, sum(g for (k, _c), g in ledger_ytd.items() if k == kind))
