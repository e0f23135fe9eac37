"""What one movement would do before it is posted: the fields its type
uses, the quota it counts against and what is left after it, whether it
would leave its lot below zero, and whether it repeats a movement the
ledger holds.

The figures come from the same planning and checks as posting (the planner
resolves material, lot and origins; the checks are the repeat, over-quota
and negative-stock rules), run in a read transaction that writes nothing,
so the preview and the posting can never disagree.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from ree_desk.domain.countries import DOMESTIC, UnknownCountryError, lookup_country
from ree_desk.domain.drafts import MovementDraft
from ree_desk.domain.ledger.plan import NEGATIVE_STOCK
from ree_desk.domain.ledger.quota import scopes_by_kind
from ree_desk.domain.movement_types import MovementType, QuotaKind, QuotaScope, scope_for_origin
from ree_desk.domain.problems import Problem
from ree_desk.domain.quantities import reo_grams
from ree_desk.services.posting import check_batch, plan_batch
from ree_desk.store import queries
from ree_desk.store.database import Database

# The movement file's columns (SPEC section 4), in the order a form shows them.
FIELDS = (
    "date", "type", "material", "lot", "mass_kg", "grade_pct", "origin", "origin_detail",
    "counterparty", "credit_code", "customs_no", "invoice_no", "run", "destination", "note",
)
_ALWAYS = ("date", "type", "material", "lot", "mass_kg", "grade_pct", "note")
_USED = {
    MovementType.RECEIPT: ("origin", "origin_detail", "counterparty", "credit_code", "customs_no", "invoice_no"),
    MovementType.MINED: ("origin", "origin_detail"),
    MovementType.FEED: ("run",),
    MovementType.OUTPUT: ("run",),
    MovementType.SHIPMENT: ("counterparty", "credit_code", "destination", "customs_no", "invoice_no"),
    # A lot found at stocktake that the ledger does not know needs its origin.
    MovementType.ADJUSTMENT: ("origin", "origin_detail"),
}
_REQUIRED = {
    MovementType.RECEIPT: ("origin", "counterparty"),
    MovementType.MINED: ("origin",),
    MovementType.FEED: ("run",),
    MovementType.OUTPUT: ("run",),
    MovementType.SHIPMENT: ("counterparty", "destination"),
    MovementType.ADJUSTMENT: ("note",),
}
# Mining is in China by law; the origin of mining output can only be CN.
_DEFAULTS = {MovementType.MINED: {"origin": DOMESTIC}}


@dataclass(frozen=True)
class FieldUse:
    name: str
    required: bool


def form_fields(mtype: MovementType, *, origin: str | None = None, destination: str | None = None) -> list[FieldUse]:
    """The fields a movement of ``mtype`` uses, in form order, with the ones it
    cannot be posted without marked. ``origin``/``destination`` as typed: an
    import or export also needs its customs declaration number."""
    used = set(_ALWAYS) | set(_USED[mtype])
    required = {"date", "type", "material", "lot", "mass_kg", "grade_pct", *_REQUIRED[mtype]}
    crossing = origin if mtype is MovementType.RECEIPT else destination if mtype is MovementType.SHIPMENT else None
    if crossing and _foreign(crossing):
        required.add("customs_no")
    return [FieldUse(name, name in required) for name in FIELDS if name in used]


def field_defaults(mtype: MovementType) -> dict[str, str]:
    """Values a form may fill in for a type because nothing else is allowed."""
    return dict(_DEFAULTS.get(mtype, {}))


def _foreign(text: str) -> bool:
    try:
        return lookup_country(text) != DOMESTIC
    except UnknownCountryError:
        return False


@dataclass(frozen=True)
class QuotaEffect:
    """The movement's use of one quota line (kind and scope) of its year.

    ``controlled`` is False when the kind has no allocation for the year:
    the use is recorded, but nothing is measured against it."""

    year: int
    kind: QuotaKind
    scope: QuotaScope
    uses_g: int
    allocated_g: int
    used_before_g: int
    controlled: bool

    @property
    def remaining_after_g(self) -> int:
        return self.allocated_g - self.used_before_g - self.uses_g

    @property
    def over(self) -> bool:
        return self.controlled and self.uses_g > 0 and self.remaining_after_g < 0


@dataclass(frozen=True)
class StockEffect:
    """The lot's mass at the end of the movement's day, before and after it
    (``before_g`` is None for a lot this movement creates)."""

    material: str
    lot: str
    before_g: int | None
    after_g: int
    goes_negative: bool


@dataclass(frozen=True)
class EntryPreview:
    reo_g: int
    quota: list[QuotaEffect] = field(default_factory=list)
    stock: StockEffect | None = None
    problems: list[Problem] = field(default_factory=list)  # must be fixed before posting
    warnings: list[Problem] = field(default_factory=list)  # may be accepted with a reason

    @property
    def counts_against_quota(self) -> bool:
        return bool(self.quota)

    @property
    def needs_reason(self) -> bool:
        return not self.problems and bool(self.warnings)


def preview_entry(db: Database, draft: MovementDraft) -> EntryPreview:
    """Everything posting ``draft`` alone would do, without writing it."""
    reo = reo_grams(draft.mass_g, draft.grade_bp)
    with db.read() as conn:
        planned, problems, lots = plan_batch(conn, [draft])
        if problems or not planned:
            return EntryPreview(abs(reo), problems=problems)
        warnings = check_batch(conn, planned, lots)
        p = planned[0]
        quota = _quota_effects(conn, p.draft.day.year, p.quota_kind, p.quota_use_by_country) if p.quota_kind else []
        lot = lots.get(p.lot_key)
        before = None
        if lot is not None:
            end_of_day = p.draft.day + dt.timedelta(days=1)
            before = queries.lot_mass_before(conn, {lot.id: end_of_day}).get(lot.id, 0)
    stock = StockEffect(draft.material, draft.lot, before, (before or 0) + draft.mass_g,
                        bool(p.flags & NEGATIVE_STOCK))
    return EntryPreview(abs(p.reo_g), quota, stock, [], warnings)


def _quota_effects(conn, year: int, kind: QuotaKind, use_by_country: dict[str, int]) -> list[QuotaEffect]:
    allocated = scopes_by_kind(queries.allocations_for_year(conn, year)).get(kind, Counter())
    scopes = frozenset(allocated)
    used_before: Counter = Counter()
    for k, country, grams, _month in queries.quota_use(conn, year):
        if k == kind.value:
            used_before[scope_for_origin(country, scopes)] += grams
    uses: Counter = Counter()
    for country, grams in use_by_country.items():
        uses[scope_for_origin(country, scopes)] += grams
    return [
        QuotaEffect(year, kind, scope, grams, allocated.get(scope, 0), used_before[scope], bool(allocated))
        for scope, grams in sorted(uses.items(), key=lambda kv: list(QuotaScope).index(kv[0]))
    ]
