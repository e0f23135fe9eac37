"""The PDF summary of a month: one or two A4 pages a manager signs.

The figures come ready and checked in a ``MonthReport``; this module only
lays them out. Numbers are formatted exactly as in the xlsx (kg and tonnes
with three decimals, thousands grouped), so the same text can be found in
both files. Everything, the chart included, is set in the shipped CJK font,
which is embedded as a subset: no standard PDF font is referenced anywhere.

The file is written to a temporary name in the target folder and renamed
into place, so a failure never leaves a half-written PDF behind.
"""
from __future__ import annotations

import io
import os
import re
import secrets
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ree_desk.catalogue import CATEGORY_NAMES_ZH, GROUP_NAMES_ZH
from ree_desk.movement_types import TYPE_NAMES_ZH
from ree_desk.quantities import format_grade, format_kg, format_tonnes
from ree_desk.report.fonts import register_fonts
from ree_desk.report.model import (
    FLAG_NEGATIVE_STOCK,
    FLAG_OVER_QUOTA,
    TYPE_ORDER,
    MonthReport,
    MovementLine,
    QuotaReportLine,
)
from ree_desk.report.pdf_chart import (
    OVER_HEX,
    country_label,
    is_over,
    quota_chart,
    quota_label,
    used_pct_bp,
)

__all__ = ["write_report_pdf"]

PAGE_W, PAGE_H = A4
MARGIN_X = 15 * mm
MARGIN_TOP = 14 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_W = PAGE_W - 2 * MARGIN_X

TYPE_NAMES_EN = {
    "RECEIPT": "Receipt", "MINED": "Mined", "FEED": "Separation feed",
    "OUTPUT": "Product output", "SHIPMENT": "Shipment", "ADJUSTMENT": "Stock adjustment",
}
# Effect on stock of a total "as entered": FEED and SHIPMENT totals are positive outflows.
_TYPE_SIGN = {"RECEIPT": 1, "MINED": 1, "OUTPUT": 1, "FEED": -1, "SHIPMENT": -1, "ADJUSTMENT": 1}
_TYPE_EFFECT = {"RECEIPT": "+", "MINED": "+", "OUTPUT": "+", "FEED": "−", "SHIPMENT": "−", "ADJUSTMENT": "±"}
CATEGORY_NAMES_EN = {
    "ore": "Ore", "ore_product": "Ore product", "secondary": "Secondary",
    "product": "Separated product", "metal": "Metal", "magnet": "Magnet",
}
GROUP_NAMES_EN = {"light": "Light REE", "medium_heavy": "Medium/heavy REE"}

INK = colors.HexColor("#1F2A36")
MUTED = "#5F6B7A"
RULE = colors.HexColor("#9AA5B1")
HEAD_BG = colors.HexColor("#E8EEF5")
TOTAL_BG = colors.HexColor("#F3F4F6")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# --------------------------------------------------------------------------
# Entry point

def write_report_pdf(report: MonthReport, path: Path) -> None:
    """Write the month's PDF summary to ``path`` (replaced atomically)."""
    path = Path(path)
    data = render_report_pdf(report)
    folder = path.parent if str(path.parent) else Path(".")
    tmp = folder / f".{path.name}.{secrets.token_hex(6)}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink()
        except FileNotFoundError:
            pass
        raise


def render_report_pdf(report: MonthReport) -> bytes:
    """The PDF as bytes."""
    font = register_fonts()
    styles = _Styles(font)
    buffer = io.BytesIO()
    period = f"{report.first_day.isoformat()} — {report.last_day.isoformat()}"
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=f"月度稀土产品流向报表 Monthly rare-earth product-flow report {report.month}",
        author=_clean(report.enterprise),
        subject=f"{_clean(report.enterprise)} {report.credit_code} {period}",
        creator=f"REE Desk {report.program_version}",
        initialFontName=font,
        initialFontSize=8,
        lang="zh-CN",
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story = _story(report, styles, font, period)
    footer = _Footer(report, font, period)
    doc.build(story, canvasmaker=_numbered_canvas(footer))
    return buffer.getvalue()


# --------------------------------------------------------------------------
# Text helpers

def _clean(text: object) -> str:
    """User text made safe for a PDF string: no control characters."""
    return _CONTROL_CHARS.sub(" ", "" if text is None else str(text))


def _x(text: object) -> str:
    """User text escaped for Paragraph markup."""
    return escape(_clean(text))


def _kg(grams: int) -> str:
    return format_kg(grams, grouping=True)


def _t(grams: int) -> str:
    return format_tonnes(grams, grouping=True)


class _Styles:
    def __init__(self, font: str):
        self.font = font
        base = dict(fontName=font, textColor=INK)
        self.title = ParagraphStyle("title", fontSize=17, leading=21, **base)
        self.subtitle = ParagraphStyle("subtitle", fontSize=10, leading=13, textColor=colors.HexColor(MUTED),
                                       fontName=font)
        self.h2 = ParagraphStyle("h2", fontSize=10.5, leading=13, spaceBefore=7, spaceAfter=3, **base)
        self.body = ParagraphStyle("body", fontSize=8, leading=10.5, **base)
        self.note = ParagraphStyle("note", fontSize=7, leading=9, textColor=colors.HexColor(MUTED), fontName=font)
        self.cell = ParagraphStyle("cell", fontSize=7.5, leading=9.2, **base)
        self.cell_r = ParagraphStyle("cell_r", parent=self.cell, alignment=TA_RIGHT)
        self.cell_c = ParagraphStyle("cell_c", parent=self.cell, alignment=TA_CENTER)
        self.head = ParagraphStyle("head", fontSize=7.5, leading=9, **base)
        self.head_r = ParagraphStyle("head_r", parent=self.head, alignment=TA_RIGHT)
        self.head_c = ParagraphStyle("head_c", parent=self.head, alignment=TA_CENTER)
        self.label = ParagraphStyle("label", fontSize=7.5, leading=9, alignment=TA_LEFT, **base)
        self.value = ParagraphStyle("value", fontSize=9, leading=11, **base)


def _bi(zh: str, en: str, size: float = 6.5) -> str:
    """Chinese with the English beneath, as Paragraph markup (both already safe)."""
    return f"{zh}<br/><font size={size} color='{MUTED}'>{en}</font>"


def _head(styles: _Styles, zh: str, en: str, align: str = "left") -> Paragraph:
    style = {"left": styles.head, "right": styles.head_r, "center": styles.head_c}[align]
    return Paragraph(_bi(zh, en), style)


def _section(styles: _Styles, number: int, zh: str, en: str) -> Paragraph:
    return Paragraph(f"{number}　{zh}　<font size=8.5 color='{MUTED}'>{en}</font>", styles.h2)


def _grid_table(rows: list[list], widths_mm: Sequence[float], *, right: Sequence[int] = (),
                centre: Sequence[int] = (), total_rows: int = 0, font: str) -> Table:
    """A table with a header row, thin rules and optional total rows at the end."""
    table = Table(rows, colWidths=[w * mm for w in widths_mm], repeatRows=1, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), font, 7.5, 9.2),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#D5DAE0")),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, RULE),
    ]
    for col in right:
        style.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    for col in centre:
        style.append(("ALIGN", (col, 0), (col, -1), "CENTER"))
    if total_rows:
        style += [
            ("BACKGROUND", (0, -total_rows), (-1, -1), TOTAL_BG),
            ("LINEABOVE", (0, -total_rows), (-1, -total_rows), 0.6, RULE),
        ]
    table.setStyle(TableStyle(style))
    return table


# --------------------------------------------------------------------------
# The story

def _story(report: MonthReport, styles: _Styles, font: str, period: str) -> list:
    story: list = []
    story += _header(report, styles, font, period)
    story += _quota_section(report, styles, font)
    story += _totals_section(report, styles, font)
    story += _stock_section(report, styles, font)
    story += _separation_section(report, styles, font)
    story += _exceptions_section(report, styles, font)
    story += _notes_section(report, styles)
    story += _signature_section(report, styles, font)
    return story


def _header(report: MonthReport, styles: _Styles, font: str, period: str) -> list:
    title = Table(
        [[Paragraph("月度稀土产品流向报表", styles.title),
          Paragraph(f"<font size=8 color='{MUTED}'>报告月份 Month</font><br/>"
                    f"<font size=15>{report.month}</font>", ParagraphStyle("m", parent=styles.title,
                                                                           alignment=TA_RIGHT, fontSize=15,
                                                                           leading=15))],
         [Paragraph("Monthly rare-earth product-flow report", styles.subtitle), ""]],
        colWidths=[FRAME_W - 40 * mm, 40 * mm],
        style=TableStyle([
            ("FONT", (0, 0), (-1, -1), font, 8),
            ("SPAN", (1, 0), (1, 1)),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("LINEBELOW", (0, -1), (-1, -1), 1.2, INK),
        ]),
    )

    def label(zh: str, en: str) -> Paragraph:
        return Paragraph(_bi(zh, en), styles.label)

    def value(text: str) -> Paragraph:
        return Paragraph(text, styles.value)

    generated = report.generated_at.strftime("%Y-%m-%d %H:%M:%S")
    info = Table(
        [
            [label("企业名称", "Enterprise"), value(_x(report.enterprise)), "", ""],
            [label("统一社会信用代码", "Unified social credit code"), value(_x(report.credit_code)),
             label("报告期", "Period"), value(period)],
            [label("报送截止", "Report due by"), value(report.due_date.isoformat()),
             label("生成时间", "Generated at"), value(generated)],
            [label("程序版本", "Program version"), value(f"REE Desk {_x(report.program_version)}"),
             label("本月流水", "Movements this month"), value(f"{report.movement_count:,} 笔")],
        ],
        colWidths=[36 * mm, 62 * mm, 30 * mm, FRAME_W - 128 * mm],
        style=TableStyle([
            ("FONT", (0, 0), (-1, -1), font, 8),
            ("SPAN", (1, 0), (3, 0)),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.HexColor("#D5DAE0")),
            ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
        ]),
    )
    return [title, Spacer(1, 3 * mm), info, Spacer(1, 1 * mm)]


# Quota -------------------------------------------------------------------

def _quota_section(report: MonthReport, styles: _Styles, font: str) -> list:
    heading = _section(styles, 1, "配额执行情况", "Quota position (t REO, year to date)")
    if not report.quota:
        return [heading, Paragraph("本年无配额分配，也无计入配额的用量。No quota allocated and none used this year.",
                                   styles.body)]
    chart = quota_chart(report.quota, FRAME_W, font)
    header = [
        _head(styles, "配额（类别 · 来源）", "Quota (kind · scope)"),
        _head(styles, "分配量 t", "Allocated", "right"),
        _head(styles, "本月使用 t", "This month", "right"),
        _head(styles, "年累计使用 t", "Used YTD", "right"),
        _head(styles, "剩余 t", "Remaining", "right"),
        _head(styles, "使用率", "% used", "right"),
        _head(styles, "预计用完", "Runs out", "right"),
        _head(styles, "年累计按来源 t", "YTD by origin"),
    ]
    rows: list[list] = [header] + [_quota_row(line, styles) for line in report.quota]
    table = _grid_table(rows, [40, 20, 18, 19, 20, 14, 17, 32], right=(1, 2, 3, 4, 5, 6), font=font)
    return [KeepTogether([heading, chart, Spacer(1, 2 * mm), table])]


def _quota_row(line: QuotaReportLine, styles: _Styles) -> list:
    zh, en = quota_label(line.kind, line.scope)
    over = is_over(line)
    pct = used_pct_bp(line)
    if pct is None:
        pct_text = "无配额" if over else "—"
    else:
        pct_text = f"{format_grade(pct)} %"
    if over:
        remaining = Paragraph(f"0.000<br/><font size=6.5 color='{OVER_HEX}'>"
                              f"超出 over {_t(-line.remaining_g)}</font>", styles.cell_r)
        pct_cell = Paragraph(f"<font color='{OVER_HEX}'>{pct_text}</font>", styles.cell_r)
    else:
        remaining = _t(max(line.remaining_g, 0))
        pct_cell = pct_text
    origins = ", ".join(
        f"{escape(country_label(c))} {_t(g)}"
        for c, g in sorted(line.used_ytd_by_origin.items(), key=lambda kv: (kv[0] != "CN", kv[0]))
        if g
    ) or "—"
    return [
        Paragraph(_bi(zh, en), styles.cell),
        _t(line.allocated_g),
        _t(line.used_month_g),
        _t(line.used_ytd_g),
        remaining,
        pct_cell,
        line.forecast_date.isoformat() if line.forecast_date else "—",
        Paragraph(origins, styles.cell),
    ]


# Month totals ----------------------------------------------------------------

def _totals_section(report: MonthReport, styles: _Styles, font: str) -> list:
    heading = _section(styles, 2, "本月各类流向合计", "Month totals by movement type")
    header = [
        _head(styles, "流向类型", "Movement type"),
        _head(styles, "库存方向", "Stock effect", "center"),
        _head(styles, "笔数", "Count", "right"),
        _head(styles, "数量 kg", "Mass", "right"),
        _head(styles, "稀土氧化物 kg", "REO", "right"),
    ]
    rows: list[list] = [header]
    count = net_mass = net_reo = 0
    for mtype in TYPE_ORDER:
        total = report.totals.get(mtype)
        n, mass, reo = (total.count, total.mass_g, total.reo_g) if total else (0, 0, 0)
        count += n
        net_mass += _TYPE_SIGN[mtype] * mass
        net_reo += _TYPE_SIGN[mtype] * reo
        rows.append([
            Paragraph(_bi(TYPE_NAMES_ZH.get(mtype, mtype), f"{TYPE_NAMES_EN.get(mtype, mtype)} · {mtype}"),
                      styles.cell),
            _TYPE_EFFECT[mtype], f"{n:,}", _kg(mass), _kg(reo),
        ])
    rows.append([
        Paragraph(_bi("合计（库存净变动）", "Total (net change in stock)"), styles.cell),
        "", f"{count:,}", _kg(net_mass), _kg(net_reo),
    ])
    table = _grid_table(rows, [62, 20, 20, 39, 39], right=(2, 3, 4), centre=(1,), total_rows=1, font=font)
    note = Paragraph("数量按录入口径：投料、出库为正数；合计 = 入库 + 开采 + 产出 − 投料 − 出库 ± 盘点调整。"
                     "Quantities as entered (feed and shipments positive); total = in − out ± adjustments.",
                     styles.note)
    return [KeepTogether([heading, table, Spacer(1, 1 * mm), note])]


# Stock -----------------------------------------------------------------------

def _stock_section(report: MonthReport, styles: _Styles, font: str) -> list:
    heading = _section(styles, 3, "月末库存（按物料类别）",
                       f"Stock at month end ({report.last_day.isoformat()}) by material group")
    header = [
        _head(styles, "物料类别", "Category"),
        _head(styles, "稀土组别", "Group"),
        _head(styles, "批次数", "Lots", "right"),
        _head(styles, "库存 kg", "Stock", "right"),
        _head(styles, "稀土氧化物 kg", "REO", "right"),
    ]
    rows: list[list] = [header]
    for g in report.stock_by_group:
        rows.append([
            Paragraph(_bi(CATEGORY_NAMES_ZH.get(g.category, g.category),
                          CATEGORY_NAMES_EN.get(g.category, g.category)), styles.cell),
            Paragraph(_bi(GROUP_NAMES_ZH.get(g.group, g.group), GROUP_NAMES_EN.get(g.group, g.group)), styles.cell),
            f"{g.lots:,}", _kg(g.closing_g), _kg(g.closing_reo_g),
        ])
    if not report.stock_by_group:
        rows.append([Paragraph("无库存 / no stock", styles.cell), "", "0", _kg(0), _kg(0)])
    rows.append([
        Paragraph(_bi("合计", "Total"), styles.cell), "",
        f"{sum(g.lots for g in report.stock_by_group):,}",
        _kg(sum(g.closing_g for g in report.stock_by_group)),
        _kg(sum(g.closing_reo_g for g in report.stock_by_group)),
    ])
    table = _grid_table(rows, [50, 32, 20, 39, 39], right=(2, 3, 4), total_rows=1, font=font)
    return [KeepTogether([heading, table])]


# Separation ------------------------------------------------------------------

def _separation_section(report: MonthReport, styles: _Styles, font: str) -> list:
    heading = _section(styles, 4, "冶炼分离稀土氧化物平衡", "REO mass balance of separation")
    recovery = report.recovery_bp
    recovery_text = f"{format_grade(recovery)} %" if recovery is not None else "—（本月无投料 no feed）"

    def figure(zh: str, en: str, text: str) -> list:
        return [Paragraph(_bi(zh, en), styles.label), Paragraph(text, styles.value)]

    balance = Table(
        [figure("投入稀土氧化物", "REO fed", f"{_kg(report.feed_reo_g)} kg")
         + figure("产出稀土氧化物", "REO produced", f"{_kg(report.output_reo_g)} kg")
         + figure("回收率", "Recovery rate", recovery_text)],
        colWidths=[25 * mm, 35 * mm, 25 * mm, 35 * mm, 18 * mm, FRAME_W - 138 * mm],
        hAlign="LEFT",
        style=TableStyle([
            ("FONT", (0, 0), (-1, -1), font, 8),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("BACKGROUND", (0, 0), (-1, -1), TOTAL_BG),
        ]),
    )
    header = [
        _head(styles, "原产国", "Origin country"),
        _head(styles, "投料 kg", "Feed mass", "right"),
        _head(styles, "投料稀土氧化物 kg", "Feed REO", "right"),
        _head(styles, "产出 kg", "Output mass", "right"),
        _head(styles, "产出稀土氧化物 kg", "Output REO", "right"),
    ]
    rows: list[list] = [header]
    flows = report.separation_by_origin
    for f in flows:
        rows.append([escape(country_label(f.country)), _kg(f.feed_mass_g), _kg(f.feed_reo_g),
                     _kg(f.output_mass_g), _kg(f.output_reo_g)])
    if not flows:
        rows.append(["无 / none", _kg(0), _kg(0), _kg(0), _kg(0)])
    rows.append([
        Paragraph(_bi("合计", "Total"), styles.cell),
        _kg(sum(f.feed_mass_g for f in flows)), _kg(sum(f.feed_reo_g for f in flows)),
        _kg(sum(f.output_mass_g for f in flows)), _kg(sum(f.output_reo_g for f in flows)),
    ])
    table = _grid_table(rows, [40, 35, 35, 35, 35], right=(1, 2, 3, 4), total_rows=1, font=font)
    note = Paragraph("回收率 = 产出稀土氧化物 ÷ 投入稀土氧化物（全部投料）；投料按所投批次的原产国计，"
                     "产出按同一生产批次投料的来源份额分摊。Recovery = REO produced ÷ REO fed (all feed); feed "
                     "counts at the origin of the lot fed, output in the origin shares of its run's feed.",
                     styles.note)
    return [KeepTogether([heading, balance, Spacer(1, 2 * mm), table, Spacer(1, 1 * mm), note])]


# Exceptions --------------------------------------------------------------------

def _meaning(flags: int) -> str:
    parts = []
    if flags & FLAG_OVER_QUOTA:
        parts.append(_bi("超配额", "Over quota"))
    if flags & FLAG_NEGATIVE_STOCK:
        parts.append(_bi("负库存", "Negative stock"))
    return "<br/>".join(parts) or "—"


def _exception_row(m: MovementLine, styles: _Styles) -> list:
    type_zh = TYPE_NAMES_ZH.get(m.type, m.type).split("（")[0]
    reason = _x(m.accept_reason) if m.accept_reason else f"<font color='{MUTED}'>未填写 not given</font>"
    return [
        str(m.id),
        m.day.isoformat(),
        Paragraph(_bi(type_zh, m.type, 6), styles.cell),
        Paragraph(_bi(_x(m.material_name_zh), _x(m.material), 6), styles.cell),
        Paragraph(_x(m.lot), styles.cell),
        _kg(m.quantity_g),
        Paragraph(f"<font color='{OVER_HEX}'>{_meaning(m.flags)}</font>", styles.cell),
        Paragraph(reason, styles.cell),
    ]


def _exceptions_section(report: MonthReport, styles: _Styles, font: str) -> list:
    heading = _section(styles, 5, "异常记录（已确认放行）", "Flagged exceptions, accepted with a reason")
    if not report.exceptions:
        return [KeepTogether([heading, Paragraph("无 / none", styles.body)])]
    header = [
        _head(styles, "编号", "ID", "right"),
        _head(styles, "日期", "Date"),
        _head(styles, "类型", "Type"),
        _head(styles, "物料", "Material"),
        _head(styles, "批号", "Lot"),
        _head(styles, "数量 kg", "Mass", "right"),
        _head(styles, "异常", "Exception"),
        _head(styles, "放行理由", "Reason accepted"),
    ]
    rows: list[list] = [header] + [_exception_row(m, styles) for m in report.exceptions]
    table = _grid_table(rows, [11, 17, 19, 28, 20, 21, 19, 45], right=(0, 5), font=font)
    note = Paragraph(f"共 {len(report.exceptions):,} 笔 · {len(report.exceptions):,} flagged movement"
                     f"{'s' if len(report.exceptions) != 1 else ''}", styles.note)
    # Keep the heading with the first rows; a long list may run on.
    return [CondPageBreak(35 * mm), heading, table, Spacer(1, 1 * mm), note]


def _notes_section(report: MonthReport, styles: _Styles) -> list:
    if not report.notes:
        return []
    out: list = [Paragraph(f"说明 <font size=8 color='{MUTED}'>Notes</font>", styles.h2)]
    out += [Paragraph(f"• {_x(n)}", styles.body) for n in report.notes]
    return out


# Signatures ----------------------------------------------------------------------

def _signature_section(report: MonthReport, styles: _Styles, font: str) -> list:
    def cell(zh: str, en: str) -> Paragraph:
        return Paragraph(_bi(zh, en), styles.label)

    rows = [
        [cell("编制人", "Prepared by"), "", cell("日期", "Date"), "", "", cell("审核人", "Approved by"), "",
         cell("日期", "Date"), ""],
    ]
    table = Table(
        rows,
        colWidths=[18 * mm, 37 * mm, 10 * mm, 23 * mm, 4 * mm, 18 * mm, 37 * mm, 10 * mm, 23 * mm],
        rowHeights=[13 * mm],
        hAlign="LEFT",
        style=TableStyle([
            ("FONT", (0, 0), (-1, -1), font, 8),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("LINEBELOW", (1, 0), (1, 0), 0.6, INK),
            ("LINEBELOW", (3, 0), (3, 0), 0.6, INK),
            ("LINEBELOW", (6, 0), (6, 0), 0.6, INK),
            ("LINEBELOW", (8, 0), (8, 0), 0.6, INK),
        ]),
    )
    text = Paragraph(
        f"本人确认本报表所列 {_x(report.month)} 月度数据与台账一致（账本校验和见页脚）。"
        f"<font color='{MUTED}'>We confirm the figures above agree with the ledger (checksum in the footer).</font>",
        styles.note)
    return [KeepTogether([Spacer(1, 4 * mm), _section(styles, 6, "签字确认", "Signatures"), text, table])]


# --------------------------------------------------------------------------
# Footer and page numbers

class _Footer:
    def __init__(self, report: MonthReport, font: str, period: str):
        self.font = font
        self.period = period
        self.checksum = _clean(report.checksum)
        suffix = f" · 月度稀土产品流向报表 Monthly report {report.month}"
        name = _clean(report.enterprise)
        while name and stringWidth(name + suffix, font, 7) > FRAME_W:
            name = name[:-2] + "…"
        self.running = name + suffix

    def __call__(self, canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        y = MARGIN_BOTTOM - 7 * mm
        canvas.line(MARGIN_X, y + 3.5 * mm, PAGE_W - MARGIN_X, y + 3.5 * mm)
        canvas.setFillColor(INK)
        canvas.setFont(self.font, 7.5)
        canvas.drawString(MARGIN_X, y, f"报告期 Period {self.period}")
        canvas.drawRightString(PAGE_W - MARGIN_X, y, f"第 {page} 页 共 {pages} 页   Page {page} of {pages}")
        canvas.setFont(self.font, 6.5)
        canvas.setFillColor(colors.HexColor(MUTED))
        canvas.drawString(MARGIN_X, y - 3.6 * mm, f"账本校验和 Ledger checksum (SHA-256): {self.checksum}")
        if page > 1:
            canvas.setFont(self.font, 7)
            top = PAGE_H - MARGIN_TOP + 4 * mm
            canvas.drawString(MARGIN_X, top, self.running)
            canvas.line(MARGIN_X, top - 1.5 * mm, PAGE_W - MARGIN_X, top - 1.5 * mm)
        canvas.restoreState()


def _numbered_canvas(footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas class that holds pages back until the end, so each footer
    can say how many pages there are."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []

        def showPage(self):  # noqa: N802 (reportlab's name)
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                footer(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas
