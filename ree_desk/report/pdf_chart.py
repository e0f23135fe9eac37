"""The quota chart of the PDF summary, drawn with reportlab.graphics.

One horizontal bar per quota line (kind and scope). Allocations differ by
orders of magnitude between lines (50,000 t of separation quota beside 5 t
of imported ore), so every bar is drawn against its own allocation: the
axis is the share of the allocation used year to date, the allocation is the
mark at 100 %, the used part is split by origin country (one colour per
country, the same colour on every bar) and the remainder is light grey.
A line used beyond its allocation runs past the mark with a red outline; the
tonnes and the exact percentage stand at the right of each bar and in the
quota table under the chart.

Every string carries the embedded CJK font: a reportlab.graphics String left
at its default would bring in Helvetica, which is not embedded.
"""
from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from ree_desk.domain.countries import UnknownCountryError, get_country
from ree_desk.domain.movement_types import KIND_NAMES_ZH, SCOPE_NAMES_ZH
from ree_desk.domain.quantities import format_grade, format_tonnes
from ree_desk.report.model import QuotaReportLine

__all__ = [
    "KIND_NAMES_EN",
    "OVER_COLOUR",
    "OVER_HEX",
    "SCOPE_NAMES_EN",
    "country_colours",
    "country_label",
    "is_over",
    "quota_chart",
    "quota_label",
    "used_pct_bp",
]

KIND_NAMES_EN = {"mining_rock": "Mining (rock ore)", "mining_ionic": "Mining (ionic clay)",
                 "separation": "Separation"}
SCOPE_NAMES_EN = {"any": "any origin", "domestic": "domestic", "imported": "imported"}

# Qualitative palette without red: red is kept for "over quota".
_PALETTE = [colors.HexColor(c) for c in (
    "#4E79A7", "#F28E2B", "#59A14F", "#B07AA1", "#76B7B2", "#EDC948",
    "#9C755F", "#FF9DA7", "#5D6D7E", "#A0CBE8", "#8CD17D", "#D4A6C8",
)]
OVER_HEX = "#C0392B"
OVER_COLOUR = colors.HexColor(OVER_HEX)
REMAINING_COLOUR = colors.HexColor("#DCDCDC")
MARK_COLOUR = colors.HexColor("#222222")
GRID_COLOUR = colors.HexColor("#E4E4E4")
TEXT_COLOUR = colors.HexColor("#222222")
MUTED_COLOUR = colors.HexColor("#666666")
OTHER_COLOUR = colors.HexColor("#7F7F7F")

_LABEL_W = 118.0    # quota name at the left
_VALUE_W = 112.0    # percentage and tonnes at the right
_GAP = 8.0
_ROW_H = 30.0
_BAR_H = 12.0
_AXIS_H = 24.0
_LEGEND_LINE = 12.0


def quota_label(kind: str, scope: str) -> tuple[str, str]:
    """(Chinese, English) name of a quota line."""
    zh = f"{KIND_NAMES_ZH.get(kind, kind)} · {SCOPE_NAMES_ZH.get(scope, scope)}"
    en = f"{KIND_NAMES_EN.get(kind, kind)} · {SCOPE_NAMES_EN.get(scope, scope)}"
    return zh, en


def country_label(code: str) -> str:
    """"CN 中国": the code and the Chinese name, or the code alone if unknown."""
    try:
        return f"{code} {get_country(code).name_zh}"
    except UnknownCountryError:
        return code


def used_pct_bp(line: QuotaReportLine) -> int | None:
    """Year-to-date use in hundredths of a percent of the allocation, rounded
    down as everywhere else in the program; None without an allocation."""
    if line.allocated_g <= 0:
        return None
    return line.used_ytd_g * 10000 // line.allocated_g


def is_over(line: QuotaReportLine) -> bool:
    """Used beyond the allocation (a controlled line with no allocation counts
    as over as soon as anything is used against it)."""
    if line.allocated_g <= 0:
        return line.controlled and line.used_ytd_g > 0
    return line.used_ytd_g > line.allocated_g


def country_colours(lines: Sequence[QuotaReportLine]) -> dict[str, colors.Color]:
    """One colour per origin country, CN first, then by code."""
    codes = sorted({c for line in lines for c, g in line.used_ytd_by_origin.items() if g > 0},
                   key=lambda c: (c != "CN", c))
    return {code: _PALETTE[i % len(_PALETTE)] for i, code in enumerate(codes)}


def _axis_max(lines: Sequence[QuotaReportLine]) -> int:
    """The axis end in percent: 100, or the largest use rounded up to 25 %,
    at most 200 % (longer bars are cut with an arrow)."""
    top = 100.0
    for line in lines:
        if line.allocated_g > 0:
            top = max(top, 100.0 * line.used_ytd_g / line.allocated_g)
        elif is_over(line):
            top = max(top, 125.0)
    return int(min(200, 25 * math.ceil(top / 25 - 1e-9)))


def _legend_items(colour_of: dict[str, colors.Color], has_other: bool, any_over: bool):
    items = [("swatch", colour, country_label(code)) for code, colour in colour_of.items()]
    if has_other:
        items.append(("swatch", OTHER_COLOUR, "其他 Other"))
    items.append(("swatch", REMAINING_COLOUR, "剩余 Remaining"))
    items.append(("mark", MARK_COLOUR, "配额 Allocation (100 %)"))
    if any_over:
        items.append(("over", OVER_COLOUR, "超出配额 Over quota"))
    return items


def _layout_legend(items, width: float, font: str, size: float) -> list[list[tuple[float, tuple]]]:
    """Place legend items left to right, wrapping to new lines."""
    rows: list[list[tuple[float, tuple]]] = [[]]
    x = 0.0
    for item in items:
        w = 14 + stringWidth(item[2], font, size) + 14
        if x + w > width and rows[-1]:
            rows.append([])
            x = 0.0
        rows[-1].append((x, item))
        x += w
    return rows


def quota_chart(lines: Sequence[QuotaReportLine], width: float, font: str) -> Drawing:
    """The quota chart as a Drawing ``width`` points wide."""
    colour_of = country_colours(lines)
    has_other = any(
        line.used_ytd_g - sum(max(g, 0) for g in line.used_ytd_by_origin.values()) > 0 for line in lines
    )
    any_over = any(is_over(line) for line in lines)
    legend_rows = _layout_legend(_legend_items(colour_of, has_other, any_over), width - _LABEL_W - _GAP, font, 7)
    legend_h = len(legend_rows) * _LEGEND_LINE + 6
    height = legend_h + len(lines) * _ROW_H + _AXIS_H
    d = Drawing(width, height)
    # The renderer's starting state would otherwise select Helvetica.
    d.initialFontName = font
    d.initialFontSize = 8

    bar_x0 = _LABEL_W + _GAP
    bar_w = width - _LABEL_W - _VALUE_W - 2 * _GAP
    axis_max = _axis_max(lines)

    def x_at(pct: float) -> float:
        return bar_x0 + bar_w * min(max(pct, 0.0), axis_max) / axis_max

    # Legend at the top, aligned with the bars.
    y = height - _LEGEND_LINE + 3
    for row in legend_rows:
        for x, (kind, colour, text) in row:
            x += bar_x0
            if kind == "swatch":
                d.add(Rect(x, y - 1, 9, 7, fillColor=colour, strokeColor=None))
            elif kind == "mark":
                d.add(Line(x + 4.5, y - 2.5, x + 4.5, y + 7.5, strokeColor=colour, strokeWidth=1.6))
            else:
                d.add(Rect(x, y - 1, 9, 7, fillColor=None, strokeColor=colour, strokeWidth=1))
            d.add(String(x + 13, y, text, fontName=font, fontSize=7, fillColor=TEXT_COLOUR))
        y -= _LEGEND_LINE

    rows_top = height - legend_h
    rows_bottom = rows_top - len(lines) * _ROW_H

    # Grid and tick labels.
    step = 25 if axis_max <= 150 else 50
    for pct in range(0, axis_max + 1, step):
        x = x_at(pct)
        d.add(Line(x, rows_bottom, x, rows_top, strokeColor=GRID_COLOUR, strokeWidth=0.5))
        d.add(Line(x, rows_bottom, x, rows_bottom - 3, strokeColor=MUTED_COLOUR, strokeWidth=0.5))
        d.add(String(x, rows_bottom - 11, f"{pct} %", fontName=font, fontSize=6.5,
                     fillColor=MUTED_COLOUR, textAnchor="middle"))
    d.add(Line(bar_x0, rows_bottom, bar_x0 + bar_w, rows_bottom, strokeColor=MUTED_COLOUR, strokeWidth=0.5))
    d.add(String(bar_x0 + bar_w / 2, rows_bottom - 21, "年累计使用占配额 % of allocation used, year to date",
                 fontName=font, fontSize=6.5, fillColor=MUTED_COLOUR, textAnchor="middle"))

    for i, line in enumerate(lines):
        top = rows_top - i * _ROW_H
        bar_y = top - (_ROW_H + _BAR_H) / 2
        _draw_row(d, line, font, bar_y, bar_x0, bar_w, x_at, axis_max, colour_of, width)
    return d


def _draw_row(d: Drawing, line: QuotaReportLine, font: str, bar_y: float, bar_x0: float, bar_w: float,
              x_at, axis_max: int, colour_of: dict[str, colors.Color], width: float) -> None:
    zh, en = quota_label(line.kind, line.scope)
    mid = bar_y + _BAR_H / 2
    d.add(String(0, mid + 1.5, zh, fontName=font, fontSize=_fit(zh, font, 8, _LABEL_W), fillColor=TEXT_COLOUR))
    d.add(String(0, mid - 7.5, en, fontName=font, fontSize=_fit(en, font, 6.5, _LABEL_W), fillColor=MUTED_COLOUR))

    over = is_over(line)
    value_x = width
    used_t = format_tonnes(line.used_ytd_g, grouping=True)
    if line.allocated_g <= 0 and not line.controlled:
        text = "无配额分配，不受控 No allocation, not controlled"
        d.add(Rect(bar_x0 + 0.5, bar_y, stringWidth(text, font, 7) + 6, _BAR_H, fillColor=colors.white,
                   strokeColor=None))
        d.add(String(bar_x0 + 3, mid - 2.5, text, fontName=font, fontSize=7, fillColor=MUTED_COLOUR))
        d.add(String(value_x, mid + 1.5, "—", fontName=font, fontSize=9, fillColor=TEXT_COLOUR, textAnchor="end"))
        d.add(String(value_x, mid - 7.5, f"已用 used {used_t} t", fontName=font, fontSize=6.5,
                     fillColor=MUTED_COLOUR, textAnchor="end"))
        return

    # Segments in percent of the allocation (or, with no allocation at all,
    # spread over the whole axis so the over-use shows).
    parts: list[tuple[colors.Color, int]] = [
        (colour_of[c], g) for c, g in sorted(line.used_ytd_by_origin.items(), key=lambda kv: (kv[0] != "CN", kv[0]))
        if g > 0 and c in colour_of
    ]
    residual = line.used_ytd_g - sum(g for _, g in parts)
    if residual > 0:
        parts.append((OTHER_COLOUR, residual))
    if line.allocated_g > 0:
        scale = 100.0 / line.allocated_g
    else:
        scale = axis_max / max(line.used_ytd_g, 1)

    # Remaining first (under the used part), then the used segments.
    used_pct = line.used_ytd_g * scale if line.used_ytd_g > 0 else 0.0
    if line.allocated_g > 0 and used_pct < 100:
        d.add(Rect(x_at(used_pct), bar_y, x_at(100) - x_at(used_pct), _BAR_H,
                   fillColor=REMAINING_COLOUR, strokeColor=None))
    pos = 0.0
    x_pos = bar_x0
    for colour, grams in parts:
        end = pos + grams * scale
        x_end = max(x_at(end), x_pos + 1.0)  # a sliver of use stays visible
        x_end = min(x_end, bar_x0 + bar_w)
        if x_end > x_pos:
            d.add(Rect(x_pos, bar_y, x_end - x_pos, _BAR_H, fillColor=colour, strokeColor=None))
        x_pos = x_end
        pos = end
    if over:
        over_from = x_at(100) if line.allocated_g > 0 else bar_x0
        d.add(Rect(over_from, bar_y, x_at(used_pct) - over_from, _BAR_H, fillColor=None,
                   strokeColor=OVER_COLOUR, strokeWidth=1.2))
        if used_pct > axis_max:  # cut: an arrow says the bar goes on
            x = bar_x0 + bar_w
            d.add(Polygon([x + 1, bar_y - 1, x + 7, mid, x + 1, bar_y + _BAR_H + 1],
                          fillColor=OVER_COLOUR, strokeColor=None))
    if line.allocated_g > 0:
        x100 = x_at(100)
        d.add(Line(x100, bar_y - 4, x100, bar_y + _BAR_H + 4, strokeColor=MARK_COLOUR, strokeWidth=1.6))

    pct = used_pct_bp(line)
    if pct is None:
        headline = "无配额 No allocation"
    else:
        headline = f"{format_grade(pct)} %" + (" 超配额 over" if over else "")
    d.add(String(value_x, mid + 1.5, headline, fontName=font, fontSize=9,
                 fillColor=OVER_COLOUR if over else TEXT_COLOUR, textAnchor="end"))
    detail = f"{used_t} / {format_tonnes(line.allocated_g, grouping=True)} t"
    d.add(String(value_x, mid - 7.5, detail, fontName=font, fontSize=_fit(detail, font, 6.5, _VALUE_W),
                 fillColor=MUTED_COLOUR, textAnchor="end"))


def _fit(text: str, font: str, size: float, width: float, smallest: float = 4.5) -> float:
    """The font size, at most ``size``, at which ``text`` fits ``width``."""
    while stringWidth(text, font, size) > width and size > smallest:
        size -= 0.25
    return size
