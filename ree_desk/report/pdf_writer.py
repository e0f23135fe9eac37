"""The PDF summary of a month: one or two A4 pages a manager signs.

The figures come ready and checked in a ``MonthReport``; this module only
lays them out (``pdf_sections``, ``pdf_layout``). Numbers are formatted exactly
as in the xlsx (kg and tonnes with three decimals, thousands grouped), so the
same text can be found in both files. Everything, the chart included, is set
in the shipped CJK font, which is embedded as a subset: no standard PDF font
is referenced anywhere.

The file is written to a temporary name in the target folder and renamed
into place, so a failure never leaves a half-written PDF behind.
"""
from __future__ import annotations

import io
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from ree_desk.report.fonts import register_fonts
from ree_desk.report.model import MonthReport
from ree_desk.report.pdf_layout import (
    FRAME_W,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_H,
    PAGE_W,
    RULE,
    Styles,
    clean_text,
)
from ree_desk.report.pdf_sections import build_story

__all__ = ["write_report_pdf", "render_report_pdf"]

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
    styles = Styles(font)
    buffer = io.BytesIO()
    period = f"{report.first_day.isoformat()} — {report.last_day.isoformat()}"
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=f"月度稀土产品流向报表 Monthly rare-earth product-flow report {report.month}",
        author=clean_text(report.enterprise),
        subject=f"{clean_text(report.enterprise)} {report.credit_code} {period}",
        creator=f"REE Desk {report.program_version}",
        initialFontName=font,
        initialFontSize=8,
        lang="zh-CN",
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story = build_story(report, styles, font, period)
    footer = _Footer(report, font, period)
    doc.build(story, canvasmaker=_numbered_canvas(footer))
    return buffer.getvalue()


# --------------------------------------------------------------------------
# Footer and page numbers

class _Footer:
    def __init__(self, report: MonthReport, font: str, period: str):
        self.font = font
        self.period = period
        self.checksum = clean_text(report.checksum)
        self.chain = f"#{report.chain_head_id or 0} {report.chain_head}"
        suffix = f" · 月度稀土产品流向报表 Monthly report {report.month}"
        name = clean_text(report.enterprise)
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
        canvas.drawString(MARGIN_X, y - 6.6 * mm, f"哈希链头 Chain head (movement, SHA-256): {self.chain}")
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
