"""Plain-text tables for people reading a terminal."""
from __future__ import annotations

import datetime as dt
import unicodedata

from ree_desk.domain.catalogue import MaterialRow
from ree_desk.domain.ledger.quota import QuotaLine
from ree_desk.domain.quantities import format_grade, format_kg, format_tonnes
from ree_desk.services.stock import LotStock


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool = False) -> str:
    gap = " " * max(width - _width(text), 0)
    return gap + text if right else text + gap


def table(headers: list[str], rows: list[list[str]], right: set[int] = frozenset()) -> str:
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    lines = ["  ".join(_pad(h, w, i in right) for i, (h, w) in enumerate(zip(headers, widths)))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_pad(c, w, i in right) for i, (c, w) in enumerate(zip(r, widths))) for r in rows]
    return "\n".join(line.rstrip() for line in lines)


def print_quota(year: int, lines: list[QuotaLine]) -> None:
    if not lines:
        print(f"{year}: no quota allocations and no quota use (无配额与用量)")
        return
    rows = []
    for l in lines:
        pct = l.used_pct_bp
        rows.append([
            l.kind.value, l.scope.value, format_tonnes(l.allocated_g, grouping=True),
            format_tonnes(l.used_g, grouping=True), format_tonnes(l.remaining_g, grouping=True),
            "-" if pct is None else f"{pct / 100:.2f}%",
            l.forecast_date.isoformat() if l.forecast_date else "-",
            ", ".join(f"{c} {format_tonnes(g)}" for c, g in sorted(l.used_by_origin.items())) or "-",
        ])
    print(f"Quota {year} (t REO) 配额（吨稀土氧化物）")
    print(table(["kind 种类", "scope 范围", "allocated 配额", "used 已用", "remaining 剩余", "used% 使用率",
                 "runs out 预计用完", "used by origin 按来源"], rows, right={2, 3, 4, 5}))


def print_stock(as_of: dt.date, lots: list[LotStock]) -> None:
    rows = [[s.material, s.lot, s.origin, format_kg(s.mass_g, grouping=True), format_kg(s.reo_g, grouping=True)]
            for s in lots]
    rows.append(["total 合计", "", "", format_kg(sum(s.mass_g for s in lots), grouping=True),
                 format_kg(sum(s.reo_g for s in lots), grouping=True)])
    print(f"Stock as of {as_of.isoformat()} 库存（截至）")
    print(table(["material 物料", "lot 批号", "origin 原产国", "mass kg 净重", "REO kg 氧化物"], rows, right={3, 4}))


def print_materials(rows: list[MaterialRow]) -> None:
    print(table(
        ["code 代码", "名称", "name", "category 类别", "group 组", "grade% 品位", "HS"],
        [[r.code, r.name_zh, r.name_en, r.category, r.group, format_grade(r.default_grade_bp), r.hs_code]
         for r in rows],
        right={5},
    ))
