"""The figures of one month's report, as plain data.

Everything here is computed once from the ledger (``figures.py``), checked
against the ledger (``checks.py``) and only then written, so the xlsx, the
PDF and the JSON all show the same numbers. Masses and REO are integer
grams, grades integer hundredths of a percent.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, overload

# The order of movement types on the summary and in the JSON.
TYPE_ORDER = ("RECEIPT", "MINED", "FEED", "OUTPUT", "SHIPMENT", "ADJUSTMENT")

FLAG_NEGATIVE_STOCK = 1
FLAG_OVER_QUOTA = 2
FLAG_REPEAT = 4


@dataclass(frozen=True)
class MovementLine:
    """One ledger row as the report shows it."""

    id: int
    day: dt.date
    type: str
    material: str
    material_name_zh: str
    lot: str
    mass_g: int              # signed stock effect: FEED and SHIPMENT are negative
    grade_bp: int
    reo_g: int               # signed like mass_g
    origin: str              # the lot's origin (largest share for a mixed lot)
    origin_shares: dict[str, int]  # this row's REO by origin country (signed like reo_g)
    counterparty: str | None
    credit_code: str | None
    invoice_no: str | None
    customs_no: str | None
    run: str | None
    destination: str | None
    note: str | None
    reverses_id: int | None  # set on a reversal: the movement it reverses
    flags: int               # FLAG_NEGATIVE_STOCK | FLAG_OVER_QUOTA | FLAG_REPEAT
    accept_reason: str | None
    entered_by: str
    entered_at: dt.datetime
    origin_mass_shares: dict[str, int] = field(default_factory=dict)  # mass by origin, signed like mass_g

    @property
    def quantity_g(self) -> int:
        """Mass as the clerk entered it: positive for a FEED or SHIPMENT, the
        sign of a stocktake for an ADJUSTMENT, negated for a reversal."""
        return -self.mass_g if self.type in ("FEED", "SHIPMENT") else self.mass_g

    @property
    def quantity_reo_g(self) -> int:
        return -self.reo_g if self.type in ("FEED", "SHIPMENT") else self.reo_g


@dataclass(frozen=True)
class TypeTotal:
    """Month total of one movement type, reversals included, as entered
    (a FEED total is positive)."""

    type: str
    count: int
    mass_g: int
    reo_g: int


class InventoryLine(NamedTuple):
    """One lot's month: opening + in - out + adjustments = closing, in mass and
    in REO. ``in`` holds RECEIPT, MINED and OUTPUT; ``out`` FEED and SHIPMENT
    (positive); reversals count with the type they reverse. A tuple: a plant
    that leaves its lots partly used has hundreds of thousands of lines."""

    material: str
    material_name_zh: str
    category: str
    group: str
    lot: str
    origin: str
    opening_g: int
    in_g: int
    out_g: int
    adjust_g: int
    closing_g: int
    opening_reo_g: int
    in_reo_g: int
    out_reo_g: int
    adjust_reo_g: int
    closing_reo_g: int
    lot_id: int = 0  # the ledger's own key, for checking the line against it


class Inventory(Sequence[InventoryLine]):
    """The month's inventory held as columns, one per field of
    ``InventoryLine`` in its order, all of one length.

    A plant that leaves its lots partly used has hundreds of thousands of
    lines, most of them a lot that did not move: as columns, an unmoved lot
    costs a few references into lists the report already holds (its in, out
    and adjusted are one shared zero), and the writers, the check and the
    group totals read a column at a time. Indexing or walking it gives
    ``InventoryLine``s, made as they are asked for.

    Each column is a tuple. A tuple of numbers and texts alone is set aside
    by Python's cycle collector once it has looked at it, where a list is
    walked, element by element, each time the collector looks at everything
    the program holds: three or four times in a report at 1M movements, a
    few million elements each time."""

    __slots__ = ("columns",)

    def __init__(self, columns: Sequence[Sequence]):
        if len(columns) != len(InventoryLine._fields):
            raise ValueError(f"an inventory has {len(InventoryLine._fields)} columns, not {len(columns)}")
        if len({len(c) for c in columns}) > 1:
            raise ValueError("the inventory's columns differ in length")
        self.columns = tuple(map(tuple, columns))

    @classmethod
    def of_lines(cls, lines: Sequence[InventoryLine]) -> Inventory:
        if isinstance(lines, Inventory):
            return lines
        if not lines:
            return cls([()] * len(InventoryLine._fields))
        return cls(list(zip(*lines)))

    def column(self, name: str) -> Sequence:
        return self.columns[InventoryLine._fields.index(name)]

    def __len__(self) -> int:
        return len(self.columns[0])

    @overload
    def __getitem__(self, index: int) -> InventoryLine: ...
    @overload
    def __getitem__(self, index: slice) -> list[InventoryLine]: ...

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [InventoryLine._make(values) for values in zip(*(c[index] for c in self.columns))]
        return InventoryLine._make(c[index] for c in self.columns)

    def __iter__(self):
        return map(InventoryLine._make, zip(*self.columns))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Inventory):
            return all(list(a) == list(b) for a, b in zip(self.columns, other.columns))
        return NotImplemented

    def __repr__(self) -> str:
        return f"Inventory({len(self)} lots)"


@dataclass(frozen=True)
class QuotaReportLine:
    kind: str
    scope: str
    allocated_g: int
    used_month_g: int
    used_ytd_g: int          # 1 January to the end of the month
    remaining_g: int         # allocated - used_ytd
    used_month_by_origin: dict[str, int]
    used_ytd_by_origin: dict[str, int]
    forecast_date: dt.date | None  # at the year-to-date rate measured at the month's end
    controlled: bool


@dataclass(frozen=True)
class OriginFlow:
    """Separation input and output of the month for one origin country:
    every FEED by the origin of the lot fed, every OUTPUT by its shares."""

    country: str
    feed_mass_g: int
    feed_reo_g: int
    output_mass_g: int
    output_reo_g: int


@dataclass(frozen=True)
class GroupStock:
    """Closing stock of a material category and group."""

    category: str
    group: str
    lots: int
    closing_g: int
    closing_reo_g: int


@dataclass(frozen=True)
class MonthReport:
    month: str                   # "2026-06"
    first_day: dt.date
    last_day: dt.date
    due_date: dt.date            # the 10th of the next month
    enterprise: str
    credit_code: str
    generated_at: dt.datetime
    program_version: str
    checksum: str                # sha256 of the month's ledger rows, hex
    movement_count: int
    receipts: list[MovementLine]
    mined: list[MovementLine]
    feed: list[MovementLine]
    output: list[MovementLine]
    shipments: list[MovementLine]
    adjustments: list[MovementLine]   # every ADJUSTMENT and every reversal of the month
    totals: dict[str, TypeTotal]      # by type, every type of TYPE_ORDER present
    inventory: Sequence[InventoryLine]  # an Inventory as computed; tests may give lines
    quota: list[QuotaReportLine]
    separation_by_origin: list[OriginFlow]
    stock_by_group: list[GroupStock]
    exceptions: list[MovementLine]    # flagged rows of the month (over quota, negative stock)
    feed_reo_g: int = 0          # REO fed into separation runs (all FEED)
    output_reo_g: int = 0        # REO produced by OUTPUT
    notes: list[str] = field(default_factory=list)
    # The movement chain's head when the report was made: the newest
    # movement and its chain value, which vouch for the whole ledger before it.
    chain_head_id: int | None = None
    chain_head: str = "0" * 64

    @property
    def recovery_bp(self) -> int | None:
        """REO produced as hundredths of a percent of REO fed, rounded down."""
        return None if self.feed_reo_g <= 0 else self.output_reo_g * 10000 // self.feed_reo_g
