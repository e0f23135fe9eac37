"""Stock as of any day, per material and lot, in mass and REO.

The cost follows the month, not the history: it starts from the closing
balances of the latest closed month before the day, or the ledger's own
checkpoint of the latest year's end when that is later
(``ree_desk.store.checkpoints``), and adds the movements after it.

A plant that leaves its lots partly used holds hundreds of thousands of
them, so the stock is kept as columns (``Stock``): the lots come from the
database driver in order, a column at a time (``driver_columns``), and a lot
of several origins has its shares worked out from what was made into it, as
kept beside the ledger (``made_share``).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import overload

from sqlalchemy import Connection, select

from ree_desk.domain.calendar import month_end, month_of
from ree_desk.domain.quantities import split_by_weights
from ree_desk.store import made_shares
from ree_desk.store.backend import code_point_order
from ree_desk.store.balances import balance_select
from ree_desk.store.balances import balances as stored_balances
from ree_desk.store.database import Database
from ree_desk.store.driver_columns import per_run, select_columns
from ree_desk.store.queries import made_lot_shares
from ree_desk.store.tables import lot_table, material_table

__all__ = ["LotStock", "Stock", "balances", "month_end", "month_of", "stock_as_of", "stock_in"]


@dataclass(slots=True)
class LotStock:
    material: str
    material_group: str
    category: str
    lot: str
    lot_id: int
    origin: str
    mass_g: int
    reo_g: int
    origin_shares: dict[str, int] = field(default_factory=dict)


class Stock(Sequence[LotStock]):
    """Every lot with stock on a day, by material code and lot number, as
    columns named after ``LotStock``'s fields. ``origin_shares`` holds None
    for a lot of one origin (all its REO is that origin's). Indexing or
    walking it gives ``LotStock``s, made as they are asked for."""

    __slots__ = ("material", "material_group", "category", "lot", "lot_id", "origin", "mass_g", "reo_g",
                 "origin_shares")

    def __init__(self, material: Sequence[str], material_group: Sequence[str], category: Sequence[str],
                 lot: Sequence[str], lot_id: Sequence[int], origin: Sequence[str], mass_g: Sequence[int],
                 reo_g: Sequence[int], origin_shares: Sequence[dict[str, int] | None]):
        self.material, self.material_group, self.category = material, material_group, category
        self.lot, self.lot_id, self.origin = lot, lot_id, origin
        self.mass_g, self.reo_g, self.origin_shares = mass_g, reo_g, origin_shares

    def __len__(self) -> int:
        return len(self.lot_id)

    @overload
    def __getitem__(self, index: int) -> LotStock: ...
    @overload
    def __getitem__(self, index: slice) -> list[LotStock]: ...

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[n] for n in range(*index.indices(len(self)))]
        shares = self.origin_shares[index]
        origin, reo = self.origin[index], self.reo_g[index]
        return LotStock(self.material[index], self.material_group[index], self.category[index], self.lot[index],
                        self.lot_id[index], origin, self.mass_g[index], reo,
                        {origin: reo} if shares is None else dict(shares))

    def __iter__(self):
        return (self[n] for n in range(len(self)))

    def __repr__(self) -> str:
        return f"Stock({len(self)} lots)"


def balances(conn: Connection, day: dt.date) -> dict[int, tuple[int, int]]:
    """lot id -> (mass_g, reo_g) at the end of ``day``; zero lots left out."""
    return stored_balances(conn, day)


def stock_as_of(db: Database, day: dt.date, *, material: str | None = None) -> Stock:
    with db.read() as conn:
        return stock_in(conn, day, material=material)


def stock_in(conn: Connection, day: dt.date, *, material: str | None = None) -> Stock:
    """Every lot with stock at the end of ``day``, by material code and lot
    number (of one material, given its code)."""
    lt, mat = lot_table, material_table
    material_id = None
    if material:
        # Its id goes into the statement, not the code as it was typed.
        material_id = conn.execute(select(mat.c.id).where(mat.c.code == material)).scalar()
        if material_id is None:
            return Stock([], [], [], [], [], [], [], [], [])

    def columns(lot_id, figures) -> list:
        return [lt.c.material_id.label("material_id"), mat.c.code.label("code"), lt.c.lot_no.label("lot_no"),
                lot_id.label("lot_id"), lt.c.origin.label("origin"), figures[0].label("mass_g"),
                figures[1].label("reo_g")]

    def joins(source):
        of_material = mat.c.id == lt.c.material_id
        if material_id is not None:
            of_material = of_material & (mat.c.id == material_id)
        return source.join(lt, lt.c.id == source.c.lot_id).join(mat, of_material)

    # Ordered outside the union, which can be ordered only by what it
    # selects: the material's code orders the lots, its id is what is read.
    lots = balance_select(conn, day, columns, joins).subquery()
    q = (select(lots.c.material_id, lots.c.lot_no, lots.c.lot_id, lots.c.origin, lots.c.mass_g, lots.c.reo_g)
         .order_by(code_point_order(lots.c.code), code_point_order(lots.c.lot_no)))
    kinds, lots_no, lot_ids, origins, mass, reo = select_columns(conn, q, 6)
    materials = {material_id: texts for material_id, *texts in conn.execute(
        select(mat.c.id, mat.c.code, mat.c.group, mat.c.category))}
    codes, groups, categories = ([*per_run(kinds, lambda k, n=n: materials[k][n])] for n in range(3))
    shares: list[dict[str, int] | None] = [None] * len(lot_ids)
    mixed = {lot_ids[n]: n for n, origin in enumerate(origins) if origin is None}
    for lot_id, made in _made_shares(conn, mixed, day).items():
        n = mixed[lot_id]
        countries = sorted(c for c, w in made.items() if w > 0)
        weights = [made[c] for c in countries]
        if len(countries) == 1:
            shares[n], origins[n] = {countries[0]: reo[n]}, countries[0]
        elif countries:
            # The lot's REO that day, split in the shares of what was made
            # into it; named after the largest (the first of equals).
            shares[n] = dict(zip(countries, split_by_weights(reo[n], countries, weights, sum(weights))))
            origins[n] = countries[weights.index(max(weights))]
        else:
            shares[n], origins[n] = {}, ""
    for n in mixed.values():
        if origins[n] is None:  # nothing made into it by that day
            shares[n], origins[n] = {}, ""
    return Stock(codes, groups, categories, lots_no, lot_ids, origins, mass, reo, shares)


def _made_shares(conn: Connection, lot_ids: dict[int, int], day: dt.date) -> dict[int, dict[str, int]]:
    """The REO made into each of ``lot_ids`` up to ``day``, by country: as
    kept beside the ledger, or from the movements for a lot made into after
    that day."""
    if not lot_ids:
        return {}
    kept, later = made_shares.kept_for(conn, lot_ids, day)
    unkept = later | (lot_ids.keys() - kept.keys())
    if unkept:
        kept.update({lot_id: dict(made) for lot_id, made in made_lot_shares(conn, unkept, until=day).items()})
    return kept
