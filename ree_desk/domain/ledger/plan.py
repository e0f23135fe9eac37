"""A batch of drafts resolved against the ledger, ready to be checked and written."""
from __future__ import annotations

from dataclasses import dataclass, field

from ree_desk.domain.drafts import MovementDraft
from ree_desk.domain.movement_types import MovementType, QuotaKind

LotKey = tuple[int, str]  # (material id, lot number)


@dataclass(slots=True)
class Planned:
    draft: MovementDraft
    material_id: int
    lot_key: LotKey
    lot_source: str  # "declared" (received or mined) or "run" (made by production)
    lot_origin: str | None  # the country of a declared lot
    reo_g: int
    quota_kind: QuotaKind | None
    # country -> (mass_g, reo_g), filled in by origin resolution
    split: dict[str, tuple[int, int]] = field(default_factory=dict)
    flags: int = 0

    @property
    def type(self) -> MovementType:
        return self.draft.type

    @property
    def line(self) -> int | None:
        return self.draft.line

    @property
    def quota_use_by_country(self) -> dict[str, int]:
        """REO this movement takes from its quota, per origin (mining adds
        stock, feeding removes it: both use quota)."""
        sign = -1 if self.type is MovementType.FEED else 1
        return {c: sign * reo for c, (_m, reo) in self.split.items()}


NEGATIVE_STOCK = 1
OVER_QUOTA = 2
REPEAT = 4  # repeats a movement the ledger already holds, or a file imported before
