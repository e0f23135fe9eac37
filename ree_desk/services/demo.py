"""Building the demo database through the same services a plant uses.

Every demo movement is posted by ``post_movements`` with all its checks, a
year's quota is allocated before its movements, and each past month is
closed as a plant that files on time would have done.

``open_lots`` and ``close=False`` build the other shape a plant brings:
years of history just taken in, no month closed yet, most lots partly used.
"""
from __future__ import annotations

import datetime as dt
import random
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ree_desk.demo import world
from ree_desk.demo.generator import simulate
from ree_desk.domain.catalogue import SEED, Category
from ree_desk.domain.drafts import MovementDraft
from ree_desk.domain.movement_types import MovementType, QuotaKind
from ree_desk.domain.quantities import reo_grams
from ree_desk.services import quotas
from ree_desk.services.months import close_month_in
from ree_desk.services.posting import post_movements
from ree_desk.services.setup import init_database
from ree_desk.store.database import Database

CATEGORY = {m.code: m.category for m in SEED}
GROUP = {m.code: m.group.value for m in SEED}
CLOSE_NOTE = "演示历史数据 demo history"


@dataclass(frozen=True)
class DemoOptions:
    movements: int
    seed: int
    end: dt.date
    user: str
    years: int | None = None      # None: about 100,000 movements a year
    open_lots: bool = False
    close: bool = True


def demo_span(movements: int, end: dt.date, years: int | None = None) -> dt.date:
    """The first day: ``years`` before ``end``'s month, or by default about
    100,000 movements a year, from one year up to ten."""
    if years is None:
        years = min(10, max(1, round(movements / 100_000)))
    return dt.date(end.year - years, end.month, 1)


def _year_use(drafts: list[MovementDraft], lot_origin: dict[tuple[str, str], str]) -> Counter:
    """Quota use the year's drafts will make, per (kind, scope)."""
    use: Counter = Counter()
    for d in drafts:
        if d.type is MovementType.MINED:
            kind = QuotaKind.MINING_IONIC if GROUP[d.material] == "medium_heavy" else QuotaKind.MINING_ROCK
            use[(kind, "any")] += reo_grams(d.mass_g, d.grade_bp)
        elif d.type is MovementType.FEED and CATEGORY[d.material] is Category.ORE_PRODUCT:
            scope = "domestic" if lot_origin[(d.material, d.lot)] == "CN" else "imported"
            use[(QuotaKind.SEPARATION, scope)] -= reo_grams(d.mass_g, d.grade_bp)
    return use


def _allocate(db: Database, year: int, use: Counter, fraction_of_year: float, rng: random.Random, user: str) -> None:
    """Allocations a little above the year's use, in two batches, like MIIT's."""
    for (kind, scope), grams in sorted(use.items()):
        if grams <= 0:
            continue
        share_used = rng.uniform(0.90, 0.98) if fraction_of_year >= 1 else rng.uniform(0.84, 0.93)
        tonnes = -(-int(grams / fraction_of_year / share_used) // 1_000_000)
        first = tonnes * 55 // 100
        for batch, amount in ((1, first), (2, tonnes - first)):
            quotas.add_allocation(
                db, year=year, kind=kind.value, tonnes=str(amount), batch=batch, scope=scope, user=user,
                document=f"工信部联原〔{year}〕{10 + batch * 37 + len(kind.value)}号 第{batch}批",
            )


def build_demo(path: Path, options: DemoOptions, progress: Callable[[int, int], None] | None = None) -> dict:
    start = demo_span(options.movements, options.end, options.years)
    db = init_database(path, enterprise=world.ENTERPRISE_NAME, credit_code=world.ENTERPRISE_CODE, user=options.user)
    rng = random.Random(options.seed)
    by_year: dict[int, list[tuple[dt.date, list[MovementDraft]]]] = defaultdict(list)
    for day, drafts in simulate(start, options.end, options.movements, options.seed, open_lots=options.open_lots):
        by_year[day.year].append((day, drafts))

    total = sum(len(d) for days in by_year.values() for _, d in days)
    done = closed = 0
    lot_origin: dict[tuple[str, str], str] = {}
    this_month = f"{options.end.year:04d}-{options.end.month:02d}"
    try:
        for year in sorted(by_year):
            days = by_year[year]
            year_drafts = [d for _, ds in days for d in ds]
            for d in year_drafts:
                if d.origin:
                    lot_origin[(d.material, d.lot)] = d.origin
                elif d.type is MovementType.OUTPUT and d.material in ("CONC-MIXED", "IONIC-MIX-CARB"):
                    lot_origin[(d.material, d.lot)] = "CN"  # made from the enterprise's own ore
            year_days = 366 if year % 4 == 0 else 365
            fraction = 1.0 if year < options.end.year else (days[-1][0].timetuple().tm_yday / year_days)
            _allocate(db, year, _year_use(year_drafts, lot_origin), fraction, rng, options.user)
            by_month: dict[str, list[MovementDraft]] = defaultdict(list)
            for day, ds in days:
                by_month[f"{day.year:04d}-{day.month:02d}"].extend(ds)
            for month, drafts in sorted(by_month.items()):
                post_movements(db, drafts, user=options.user, source=f"demo {month}")
                done += len(drafts)
                if options.close and month < this_month:
                    with db.write() as conn:
                        close_month_in(conn, month, user=options.user, note=CLOSE_NOTE, today=options.end)
                    closed += 1
                if progress:
                    progress(done, total)
    finally:
        db.close()
    first_day = min(by_year[min(by_year)])[0]
    return {"path": str(path), "movements": total, "first_day": first_day.isoformat(),
            "last_day": options.end.isoformat(), "closed_months": closed}
