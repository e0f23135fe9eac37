"""Stock summed by material category and group (轻稀土 / 中重稀土), the way
a manager reads the warehouse: how much ore product, how much separated
product, light and medium-heavy apart."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ree_desk.domain.catalogue import Category, Group
from ree_desk.services.stock import LotStock

_CATEGORY_ORDER = {c.value: i for i, c in enumerate(Category)}
_GROUP_ORDER = {g.value: i for i, g in enumerate(Group)}


@dataclass(frozen=True)
class GroupTotal:
    category: str   # "" in the grand total
    group: str      # "" in the grand total
    lots: int
    mass_g: int
    reo_g: int


def group_totals(lots: Iterable[LotStock]) -> list[GroupTotal]:
    """One total per (category, group) that holds any of ``lots``, in
    catalogue order."""
    sums: dict[tuple[str, str], list[int]] = {}
    for s in lots:
        total = sums.setdefault((s.category, s.material_group), [0, 0, 0])
        total[0] += 1
        total[1] += s.mass_g
        total[2] += s.reo_g
    keys = sorted(sums, key=lambda k: (_CATEGORY_ORDER.get(k[0], len(_CATEGORY_ORDER)), k[0],
                                       _GROUP_ORDER.get(k[1], len(_GROUP_ORDER)), k[1]))
    return [GroupTotal(c, g, *sums[(c, g)]) for c, g in keys]


def ordered(totals: Iterable[GroupTotal]) -> list[GroupTotal]:
    """``totals`` in catalogue order."""
    return sorted(totals, key=lambda t: (_CATEGORY_ORDER.get(t.category, len(_CATEGORY_ORDER)), t.category,
                                         _GROUP_ORDER.get(t.group, len(_GROUP_ORDER)), t.group))


def grand_total(totals: Iterable[GroupTotal]) -> GroupTotal:
    totals = list(totals)
    return GroupTotal("", "", sum(t.lots for t in totals), sum(t.mass_g for t in totals),
                      sum(t.reo_g for t in totals))
