"""The sections of the PDF summary, top to bottom."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ree_desk.domain.catalogue import CATEGORY_NAMES_ZH, GROUP_NAMES_ZH
from ree_desk.domain.movement_types import TYPE_NAMES_ZH
from ree_desk.domain.quantities import format_grade
from ree_desk.report.model import (
    FLAG_NEGATIVE_STOCK,
    FLAG_OVER_QUOTA,
    FLAG_REPEAT,
    TYPE_ORDER,
    MonthReport,
    MovementLine,
    QuotaReportLine,
)
from ree_desk.report.pdf_chart import OVER_HEX, country_label, is_over, quota_chart, quota_label, used_pct_bp
from ree_desk.report.pdf_layout import (
    CATEGORY_NAMES_EN,
    FRAME_W,
    GROUP_NAMES_EN,
    INK,
    MUTED,
    RULE,
    TOTAL_BG,
    TYPE_EFFECT,
    TYPE_NAMES_EN,
    TYPE_SIGN,
    Styles,
    bilingual,
    grid_table,
    head_cell,
    kg,
    markup,
    section_title,
    tonnes,
)


def build_story(report: MonthReport, styles: Styles, font: str, period: str) -> list:
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


def _header(report: MonthReport, styles: Styles, font: str, period: str) -> list:
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
        return Paragraph(bilingual(zh, en), styles.label)

    def value(text: str) -> Paragraph:
        return Paragraph(text, styles.value)

    generated = report.generated_at.strftime("%Y-%m-%d %H:%M:%S")
    info = Table(
        [
            [label("企业名称", "Enterprise"), value(markup(report.enterprise)), "", ""],
            [label("统一社会信用代码", "Unified social credit code"), value(markup(report.credit_code)),
             label("报告期", "Period"), value(period)],
            [label("报送截止", "Report due by"), value(report.due_date.isoformat()),
             label("生成时间", "Generated at"), value(generated)],
            [label("程序版本", "Program version"), value(f"REE Desk {markup(report.program_version)}"),
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

def _quota_section(report: MonthReport, styles: Styles, font: str) -> list:
    heading = section_title(styles, 1, "配额执行情况", "Quota position (t REO, year to date)")
    if not report.quota:
        return [heading, Paragraph("本年无配额分配，也无计入配额的用量。No quota allocated and none used this year.",
                                   styles.body)]
    chart = quota_chart(report.quota, FRAME_W, font)
    header = [
        head_cell(styles, "配额（类别 · 来源）", "Quota (kind · scope)"),
        head_cell(styles, "分配量 t", "Allocated", "right"),
        head_cell(styles, "本月使用 t", "This month", "right"),
        head_cell(styles, "年累计使用 t", "Used YTD", "right"),
        head_cell(styles, "剩余 t", "Remaining", "right"),
        head_cell(styles, "使用率", "% used", "right"),
        head_cell(styles, "预计用完", "Runs out", "right"),
        head_cell(styles, "年累计按来源 t", "YTD by origin"),
    ]
    rows: list[list] = [header] + [_quota_row(line, styles) for line in report.quota]
    table = grid_table(rows, [40, 20, 18, 19, 20, 14, 17, 32], right=(1, 2, 3, 4, 5, 6), font=font)
    return [KeepTogether([heading, chart, Spacer(1, 2 * mm), table])]


def _quota_row(line: QuotaReportLine, styles: Styles) -> list:
    zh, en = quota_label(line.kind, line.scope)
    over = is_over(line)
    pct = used_pct_bp(line)
    if pct is None:
        pct_text = "无配额" if over else "—"
    else:
        pct_text = f"{format_grade(pct)} %"
    if over:
        remaining = Paragraph(f"0.000<br/><font size=6.5 color='{OVER_HEX}'>"
                              f"超出 over {tonnes(-line.remaining_g)}</font>", styles.cell_r)
        pct_cell = Paragraph(f"<font color='{OVER_HEX}'>{pct_text}</font>", styles.cell_r)
    else:
        remaining = tonnes(max(line.remaining_g, 0))
        pct_cell = pct_text
    origins = ", ".join(
        f"{escape(country_label(c))} {tonnes(g)}"
        for c, g in sorted(line.used_ytd_by_origin.items(), key=lambda kv: (kv[0] != "CN", kv[0]))
        if g
    ) or "—"
    return [
        Paragraph(bilingual(zh, en), styles.cell),
        tonnes(line.allocated_g),
        tonnes(line.used_month_g),
        tonnes(line.used_ytd_g),
        remaining,
        pct_cell,
        line.forecast_date.isoformat() if line.forecast_date else "—",
        Paragraph(origins, styles.cell),
    ]


# Month totals ----------------------------------------------------------------

def _totals_section(report: MonthReport, styles: Styles, font: str) -> list:
    heading = section_title(styles, 2, "本月各类流向合计", "Month totals by movement type")
    header = [
        head_cell(styles, "流向类型", "Movement type"),
        head_cell(styles, "库存方向", "Stock effect", "center"),
        head_cell(styles, "笔数", "Count", "right"),
        head_cell(styles, "数量 kg", "Mass", "right"),
        head_cell(styles, "稀土氧化物 kg", "REO", "right"),
    ]
    rows: list[list] = [header]
    count = net_mass = net_reo = 0
    for mtype in TYPE_ORDER:
        total = report.totals.get(mtype)
        n, mass, reo = (total.count, total.mass_g, total.reo_g) if total else (0, 0, 0)
        count += n
        net_mass += TYPE_SIGN[mtype] * mass
        net_reo += TYPE_SIGN[mtype] * reo
        rows.append([
            Paragraph(bilingual(TYPE_NAMES_ZH.get(mtype, mtype), f"{TYPE_NAMES_EN.get(mtype, mtype)} · {mtype}"),
                      styles.cell),
            TYPE_EFFECT[mtype], f"{n:,}", kg(mass), kg(reo),
        ])
    rows.append([
        Paragraph(bilingual("合计（库存净变动）", "Total (net change in stock)"), styles.cell),
        "", f"{count:,}", kg(net_mass), kg(net_reo),
    ])
    table = grid_table(rows, [62, 20, 20, 39, 39], right=(2, 3, 4), centre=(1,), total_rows=1, font=font)
    note = Paragraph("数量按录入口径：投料、出库为正数；合计 = 入库 + 开采 + 产出 − 投料 − 出库 ± 盘点调整。"
                     "Quantities as entered (feed and shipments positive); total = in − out ± adjustments.",
                     styles.note)
    return [KeepTogether([heading, table, Spacer(1, 1 * mm), note])]


# Stock -----------------------------------------------------------------------

def _stock_section(report: MonthReport, styles: Styles, font: str) -> list:
    heading = section_title(styles, 3, "月末库存（按物料类别）",
                       f"Stock at month end ({report.last_day.isoformat()}) by material group")
    header = [
        head_cell(styles, "物料类别", "Category"),
        head_cell(styles, "稀土组别", "Group"),
        head_cell(styles, "批次数", "Lots", "right"),
        head_cell(styles, "库存 kg", "Stock", "right"),
        head_cell(styles, "稀土氧化物 kg", "REO", "right"),
    ]
    rows: list[list] = [header]
    for g in report.stock_by_group:
        rows.append([
            Paragraph(bilingual(CATEGORY_NAMES_ZH.get(g.category, g.category),
                          CATEGORY_NAMES_EN.get(g.category, g.category)), styles.cell),
            Paragraph(bilingual(GROUP_NAMES_ZH.get(g.group, g.group), GROUP_NAMES_EN.get(g.group, g.group)), styles.cell),
            f"{g.lots:,}", kg(g.closing_g), kg(g.closing_reo_g),
        ])
    if not report.stock_by_group:
        rows.append([Paragraph("无库存 / no stock", styles.cell), "", "0", kg(0), kg(0)])
    rows.append([
        Paragraph(bilingual("合计", "Total"), styles.cell), "",
        f"{sum(g.lots for g in report.stock_by_group):,}",
        kg(sum(g.closing_g for g in report.stock_by_group)),
        kg(sum(g.closing_reo_g for g in report.stock_by_group)),
    ])
    table = grid_table(rows, [50, 32, 20, 39, 39], right=(2, 3, 4), total_rows=1, font=font)
    return [KeepTogether([heading, table])]


# Separation ------------------------------------------------------------------

def _separation_section(report: MonthReport, styles: Styles, font: str) -> list:
    heading = section_title(styles, 4, "冶炼分离稀土氧化物平衡", "REO mass balance of separation")
    recovery = report.recovery_bp
    recovery_text = f"{format_grade(recovery)} %" if recovery is not None else "—（本月无投料 no feed）"

    def figure(zh: str, en: str, text: str) -> list:
        return [Paragraph(bilingual(zh, en), styles.label), Paragraph(text, styles.value)]

    balance = Table(
        [figure("投入稀土氧化物", "REO fed", f"{kg(report.feed_reo_g)} kg")
         + figure("产出稀土氧化物", "REO produced", f"{kg(report.output_reo_g)} kg")
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
        head_cell(styles, "原产国", "Origin country"),
        head_cell(styles, "投料 kg", "Feed mass", "right"),
        head_cell(styles, "投料稀土氧化物 kg", "Feed REO", "right"),
        head_cell(styles, "产出 kg", "Output mass", "right"),
        head_cell(styles, "产出稀土氧化物 kg", "Output REO", "right"),
    ]
    rows: list[list] = [header]
    flows = report.separation_by_origin
    for f in flows:
        rows.append([escape(country_label(f.country)), kg(f.feed_mass_g), kg(f.feed_reo_g),
                     kg(f.output_mass_g), kg(f.output_reo_g)])
    if not flows:
        rows.append(["无 / none", kg(0), kg(0), kg(0), kg(0)])
    rows.append([
        Paragraph(bilingual("合计", "Total"), styles.cell),
        kg(sum(f.feed_mass_g for f in flows)), kg(sum(f.feed_reo_g for f in flows)),
        kg(sum(f.output_mass_g for f in flows)), kg(sum(f.output_reo_g for f in flows)),
    ])
    table = grid_table(rows, [40, 35, 35, 35, 35], right=(1, 2, 3, 4), total_rows=1, font=font)
    note = Paragraph("回收率 = 产出稀土氧化物 ÷ 投入稀土氧化物（全部投料）；投料按所投批次的原产国计，"
                     "产出按同一生产批次投料的来源份额分摊。Recovery = REO produced ÷ REO fed (all feed); feed "
                     "counts at the origin of the lot fed, output in the origin shares of its run's feed.",
                     styles.note)
    return [KeepTogether([heading, balance, Spacer(1, 2 * mm), table, Spacer(1, 1 * mm), note])]


# Exceptions --------------------------------------------------------------------

def _meaning(flags: int) -> str:
    parts = []
    if flags & FLAG_OVER_QUOTA:
        parts.append(bilingual("超配额", "Over quota"))
    if flags & FLAG_NEGATIVE_STOCK:
        parts.append(bilingual("负库存", "Negative stock"))
    if flags & FLAG_REPEAT:
        parts.append(bilingual("重复录入", "Repeat"))
    return "<br/>".join(parts) or "—"


def _exception_row(m: MovementLine, styles: Styles) -> list:
    type_zh = TYPE_NAMES_ZH.get(m.type, m.type).split("（")[0]
    reason = markup(m.accept_reason) if m.accept_reason else f"<font color='{MUTED}'>未填写 not given</font>"
    return [
        str(m.id),
        m.day.isoformat(),
        Paragraph(bilingual(type_zh, m.type, 6), styles.cell),
        Paragraph(bilingual(markup(m.material_name_zh), markup(m.material), 6), styles.cell),
        Paragraph(markup(m.lot), styles.cell),
        kg(m.quantity_g),
        Paragraph(f"<font color='{OVER_HEX}'>{_meaning(m.flags)}</font>", styles.cell),
        Paragraph(reason, styles.cell),
    ]


def _exceptions_section(report: MonthReport, styles: Styles, font: str) -> list:
    heading = section_title(styles, 5, "异常记录（已确认放行）", "Flagged exceptions, accepted with a reason")
    if not report.exceptions:
        return [KeepTogether([heading, Paragraph("无 / none", styles.body)])]
    header = [
        head_cell(styles, "编号", "ID", "right"),
        head_cell(styles, "日期", "Date"),
        head_cell(styles, "类型", "Type"),
        head_cell(styles, "物料", "Material"),
        head_cell(styles, "批号", "Lot"),
        head_cell(styles, "数量 kg", "Mass", "right"),
        head_cell(styles, "异常", "Exception"),
        head_cell(styles, "放行理由", "Reason accepted"),
    ]
    rows: list[list] = [header] + [_exception_row(m, styles) for m in report.exceptions]
    table = grid_table(rows, [11, 17, 19, 28, 20, 21, 19, 45], right=(0, 5), font=font)
    note = Paragraph(f"共 {len(report.exceptions):,} 笔 · {len(report.exceptions):,} flagged movement"
                     f"{'s' if len(report.exceptions) != 1 else ''}", styles.note)
    # Keep the heading with the first rows; a long list may run on.
    return [CondPageBreak(35 * mm), heading, table, Spacer(1, 1 * mm), note]


def _notes_section(report: MonthReport, styles: Styles) -> list:
    if not report.notes:
        return []
    out: list = [Paragraph(f"说明 <font size=8 color='{MUTED}'>Notes</font>", styles.h2)]
    out += [Paragraph(f"• {markup(n)}", styles.body) for n in report.notes]
    return out


# Signatures ----------------------------------------------------------------------

def _signature_section(report: MonthReport, styles: Styles, font: str) -> list:
    def cell(zh: str, en: str) -> Paragraph:
        return Paragraph(bilingual(zh, en), styles.label)

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
        f"本人确认本报表所列 {markup(report.month)} 月度数据与台账一致（账本校验和见页脚）。"
        f"<font color='{MUTED}'>We confirm the figures above agree with the ledger (checksum in the footer).</font>",
        styles.note)
    return [KeepTogether([Spacer(1, 4 * mm), section_title(styles, 6, "签字确认", "Signatures"), text, table])]


