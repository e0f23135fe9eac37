"""Page geometry, colours, paragraph styles and table helpers of the PDF summary."""
from __future__ import annotations

import re
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from ree_desk.domain.quantities import format_kg, format_tonnes

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
TYPE_SIGN = {"RECEIPT": 1, "MINED": 1, "OUTPUT": 1, "FEED": -1, "SHIPMENT": -1, "ADJUSTMENT": 1}
TYPE_EFFECT = {"RECEIPT": "+", "MINED": "+", "OUTPUT": "+", "FEED": "−", "SHIPMENT": "−", "ADJUSTMENT": "±"}
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
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(text: object) -> str:
    """User text made safe for a PDF string: no control characters."""
    return CONTROL_CHARS.sub(" ", "" if text is None else str(text))


def markup(text: object) -> str:
    """User text escaped for Paragraph markup."""
    return escape(clean_text(text))


def kg(grams: int) -> str:
    return format_kg(grams, grouping=True)


def tonnes(grams: int) -> str:
    return format_tonnes(grams, grouping=True)


class Styles:
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


def bilingual(zh: str, en: str, size: float = 6.5) -> str:
    """Chinese with the English beneath, as Paragraph markup (both already safe)."""
    return f"{zh}<br/><font size={size} color='{MUTED}'>{en}</font>"


def head_cell(styles: Styles, zh: str, en: str, align: str = "left") -> Paragraph:
    style = {"left": styles.head, "right": styles.head_r, "center": styles.head_c}[align]
    return Paragraph(bilingual(zh, en), style)


def section_title(styles: Styles, number: int, zh: str, en: str) -> Paragraph:
    return Paragraph(f"{number}　{zh}　<font size=8.5 color='{MUTED}'>{en}</font>", styles.h2)


def grid_table(rows: list[list], widths_mm: Sequence[float], *, right: Sequence[int] = (),
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


