"""Simulates a mine-and-separation plant day by day and yields its movements.

The simulation keeps every lot's stock, so what it produces posts cleanly:
feed and shipments only take what a lot holds, outputs follow the REO fed
into their run, and a month ends with a stocktake of a few lots.

Two shapes of plant: a tidy one that empties its lots (the demo), and one
whose lots are mostly left partly used (``open_lots``), as a history brought
in from years of spreadsheets looks: ore lots fed in part and never touched
again, product lots shipped once in part or kept whole, so that most lots
ever made still hold stock at the end.
"""
from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field
from typing import Iterator

from ree_desk.demo import world
from ree_desk.domain.drafts import MovementDraft
from ree_desk.domain.movement_types import MovementType as T
from ree_desk.domain.quantities import reo_grams

# One separation run with its feed, output, receipts and shipments comes to
# about this many movements; the run rate follows from the size asked for.
MOVEMENTS_PER_RUN = 19.0
OPEN_MOVEMENTS_PER_RUN = 17.0
# The open-lots plant: chances that a fed lot is left with its remainder,
# that a product lot is kept whole, and that a shipment takes only part.
LEAVE_FED_REMAINDER = 0.35
KEEP_PRODUCT_WHOLE = 0.15
SHIP_PART = 0.85
DEFAULT_GRADE = {
    "CONC-BAST": 6000, "CONC-MIXED": 5000, "CONC-MONAZITE": 5600, "IONIC-MIX-OX": 9200,
    "IONIC-MIX-CARB": 4500, "ORE-ROCK": 600, "ORE-IONIC": 12,
}
IONIC_FEED = ("IONIC-MIX-OX", "IONIC-MIX-CARB")


@dataclass
class LotState:
    material: str
    lot: str
    mass_g: int
    grade_bp: int
    family: str = ""


@dataclass
class Plant:
    rng: random.Random
    runs_per_day: float
    feed_pool: list[LotState] = field(default_factory=list)      # ore products waiting for separation
    product_pool: list[LotState] = field(default_factory=list)   # separated products waiting for customers
    ore_pool: list[LotState] = field(default_factory=list)       # mined ore waiting for the concentrator
    pending: list[MovementDraft] = field(default_factory=list)    # receipts made while a run needed feed
    seq: int = 0
    run_credit: float = 0.0
    open_lots: bool = False

    def next_no(self) -> int:
        self.seq += 1
        return self.seq


def exact_step(grade_bp: int) -> int:
    """The smallest mass (g) whose REO at this grade is a whole number of grams.

    Part-loads in such steps leave no rounding crumbs: when a lot is emptied
    its REO comes to exactly zero, as a careful weighbridge clerk would make it.
    """
    return 10000 // math.gcd(grade_bp, 10000)


def _part(mass_g: int, grade_bp: int) -> int:
    step = exact_step(grade_bp)
    return max(step, mass_g // step * step)


def _grade(rng: random.Random, base_bp: int, spread_bp: int) -> int:
    return max(1, min(10000, base_bp + rng.randint(-spread_bp, spread_bp)))


def _customs(rng: random.Random, day: dt.date) -> str:
    return f"{rng.choice(('0201', '0401', '5101', '7201', '2249'))}{day.year}{rng.randint(0, 10**10 - 1):010d}"


def _invoice(rng: random.Random) -> str:
    return f"{rng.randint(10**19, 10**20 - 1)}"


def _draft(day, mtype, material, lot, mass_g, grade_bp, **kw) -> MovementDraft:
    return MovementDraft(line=None, day=day, type=mtype, material=material, lot=lot,
                         mass_g=mass_g, grade_bp=grade_bp, **kw)


def simulate_day(plant: Plant, day: dt.date) -> list[MovementDraft]:
    rng = plant.rng
    out: list[MovementDraft] = []
    tag = day.strftime("%y%m%d")
    plant.run_credit += plant.runs_per_day
    runs_today = int(plant.run_credit)
    plant.run_credit -= runs_today

    # Mining: the rock-type pit works every day, the ionic leach field most days.
    mined = [("ORE-ROCK", rng.randint(80, 160) * 1_000_000, "内蒙古白云鄂博采场")]
    if rng.random() < 0.6:
        mined.append(("ORE-IONIC", rng.randint(300, 900) * 1_000_000, "江西龙南采区"))
    for material, mass, detail in mined:
        lot = LotState(material, f"M{tag}-{plant.next_no():05d}", mass, _grade(rng, DEFAULT_GRADE[material], 8))
        plant.ore_pool.append(lot)
        out.append(_draft(day, T.MINED, material, lot.lot, mass, lot.grade_bp, origin="CN", origin_detail=detail))

    # Once a week the concentrator turns the week's ore into ore products.
    if day.weekday() == 6 and plant.ore_pool:
        run = f"B{day.isocalendar()[0]}-W{day.isocalendar()[1]:02d}"
        fed_reo = {"light": 0, "medium_heavy": 0}
        for lot in plant.ore_pool:
            take = lot.mass_g
            if plant.open_lots:  # a heap never quite cleared
                take = _part(lot.mass_g * rng.randint(80, 97) // 100, lot.grade_bp)
            out.append(_draft(day, T.FEED, lot.material, lot.lot, -take, lot.grade_bp, run=run))
            fed_reo["medium_heavy" if lot.material == "ORE-IONIC" else "light"] += reo_grams(take, lot.grade_bp)
        plant.ore_pool.clear()
        for group, material in (("light", "CONC-MIXED"), ("medium_heavy", "IONIC-MIX-CARB")):
            if fed_reo[group] <= 0:
                continue
            grade = _grade(rng, DEFAULT_GRADE[material], 150)
            mass = fed_reo[group] * 9000 // grade  # 90 % recovery
            lot = LotState(material, f"C{run}-{material}", mass, grade)
            plant.feed_pool.append(lot)
            out.append(_draft(day, T.OUTPUT, material, lot.lot, mass, grade, run=run))

    for r in range(runs_today):
        out.extend(_separation_run(plant, day, f"S{tag}-{r + 1:02d}"))

    # Customers collect products, oldest first, so that about ten days of
    # production wait in the warehouse; a lot leaves in one or two loads.
    keep = max(6, int(plant.runs_per_day * 75))
    while len(plant.product_pool) > keep:
        lot = plant.product_pool[rng.randrange(min(len(plant.product_pool), 8))]
        customer = _customer_for(rng, lot.family)
        if plant.open_lots:
            part = rng.random() < SHIP_PART and lot.mass_g > 2 * exact_step(lot.grade_bp)
            mass = _part(lot.mass_g * rng.randint(30, 90) // 100, lot.grade_bp) if part else lot.mass_g
        else:
            mass = lot.mass_g if lot.mass_g < 1_000_000 or rng.random() < 0.6 else _part(lot.mass_g // 2, lot.grade_bp)
        lot.mass_g -= mass
        export = customer.country != "CN"
        out.append(_draft(
            day, T.SHIPMENT, lot.material, lot.lot, -mass, lot.grade_bp, counterparty=customer.name,
            credit_code=customer.code, destination=customer.country, invoice_no=_invoice(rng),
            customs_no=_customs(rng, day) if export else None,
        ))
        if lot.mass_g == 0 or plant.open_lots:
            plant.product_pool.remove(lot)  # the open plant leaves the rest where it lies

    if (day + dt.timedelta(days=1)).month != day.month:
        out.extend(_stocktake(plant, day))
    return out


def _receive(plant: Plant, day: dt.date, want_ionic: bool) -> LotState:
    rng = plant.rng
    candidates = [s for s in world.SUPPLIERS if any((m in IONIC_FEED) == want_ionic for m in s.materials)]
    supplier = rng.choices(candidates, weights=[s.weight for s in candidates])[0]
    material = rng.choice([m for m in supplier.materials if (m in IONIC_FEED) == want_ionic])
    mass = rng.randint(18_000, 34_000) * 1000 + rng.randint(0, 999)  # a truck, weighed to the gram
    lot = LotState(material, f"R{day.strftime('%y%m%d')}-{plant.next_no():05d}", mass,
                   _grade(rng, DEFAULT_GRADE[material], 250))
    imported = supplier.country != "CN"
    plant.feed_pool.append(lot)
    plant.pending.append(_draft(
        day, T.RECEIPT, material, lot.lot, mass, lot.grade_bp, origin=supplier.country,
        origin_detail=supplier.detail, counterparty=supplier.name, credit_code=supplier.code,
        customs_no=_customs(rng, day) if imported else None, invoice_no=_invoice(rng),
    ))
    return lot


def _separation_run(plant: Plant, day: dt.date, run: str) -> list[MovementDraft]:
    rng = plant.rng
    plant.pending = []
    ionic = rng.random() < 0.3
    target = rng.randint(10, 20) * 1_000_000  # grams of feed per run
    fed_reo = 0
    out: list[MovementDraft] = []
    while target > 0:
        pool = [l for l in plant.feed_pool if (l.material in IONIC_FEED) == ionic and l.mass_g > 0]
        lot = pool[0] if pool and rng.random() < 0.8 else (pool[-1] if pool else _receive(plant, day, ionic))
        take = min(lot.mass_g, _part(min(target, rng.randint(3, 8) * 1_000_000 + rng.randint(0, 999_999)),
                                     lot.grade_bp))
        lot.mass_g -= take
        target -= take
        fed_reo += reo_grams(take, lot.grade_bp)
        out.append(_draft(day, T.FEED, lot.material, lot.lot, -take, lot.grade_bp, run=run))
        if lot.mass_g == 0 or (plant.open_lots and rng.random() < LEAVE_FED_REMAINDER):
            plant.feed_pool.remove(lot)
    recovery = rng.randint(9400, 9700)
    for material, share in (world.IONIC_PRODUCTS if ionic else world.LIGHT_PRODUCTS):
        reo = fed_reo * share // 10000 * recovery // 10000
        if reo < 1000:
            continue
        grade = _grade(rng, 9950, 45)
        mass = reo * 10000 // grade
        lot = LotState(material, f"P{run[1:]}-{material}", mass, grade, world.FAMILY[material])
        if not (plant.open_lots and rng.random() < KEEP_PRODUCT_WHOLE):
            plant.product_pool.append(lot)
        out.append(_draft(day, T.OUTPUT, material, lot.lot, mass, grade, run=run))
    return plant.pending + out


def _customer_for(rng: random.Random, family: str) -> world.Customer:
    fits = [c for c in world.CUSTOMERS if family in c.wants] or list(world.CUSTOMERS)
    return rng.choices(fits, weights=[c.weight for c in fits])[0]


def _stocktake(plant: Plant, day: dt.date) -> list[MovementDraft]:
    rng = plant.rng
    out = []
    for lot in rng.sample(plant.product_pool, min(3, len(plant.product_pool))):
        step = exact_step(lot.grade_bp)  # weighing differences of a few kilograms
        delta = (rng.randint(-2000, 1500) // step or 1) * step
        if lot.mass_g + delta <= 0:
            continue
        lot.mass_g += delta
        out.append(_draft(day, T.ADJUSTMENT, lot.material, lot.lot, delta, lot.grade_bp,
                          note="月末盘点差异 month-end stocktake difference"))
    return out


def simulate(start: dt.date, end: dt.date, movements: int, seed: int, *,
             open_lots: bool = False) -> Iterator[tuple[dt.date, list[MovementDraft]]]:
    """Yields (day, drafts) from ``start`` to ``end``."""
    days = (end - start).days + 1
    per_run = OPEN_MOVEMENTS_PER_RUN if open_lots else MOVEMENTS_PER_RUN
    plant = Plant(random.Random(seed), runs_per_day=max((movements / days - 3.2) / per_run, 0.05),
                  open_lots=open_lots)
    day = start
    while day <= end:
        yield day, simulate_day(plant, day)
        day += dt.timedelta(days=1)
