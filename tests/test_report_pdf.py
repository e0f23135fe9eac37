"""The PDF summary: its text, its fonts, its pages and how it looks.

These tests use poppler-utils (pdftotext, pdffonts, pdfinfo, pdftoppm), which
CI installs: they run everywhere, never skipped.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import subprocess
from pathlib import Path

import pytest

from ree_desk.domain.quantities import format_kg, format_tonnes
from ree_desk.paths import resource_path
from ree_desk.report import pdf_writer
from ree_desk.report.fonts import FONT_NAME, font_path, register_fonts
from ree_desk.report.model import TYPE_ORDER, MonthReport, QuotaReportLine
from ree_desk.report.pdf_writer import write_report_pdf

from report_sample import line, sample_report

try:
    from PIL import Image, ImageChops
except ImportError:  # pragma: no cover - Pillow comes with reportlab
    Image = ImageChops = None


# --------------------------------------------------------------------------
# helpers

def run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return run("pdftotext", "-layout", *pages, str(path), "-")


def flat(text: str) -> str:
    """pdftotext's layout spacing varies; compare with runs of spaces folded."""
    return re.sub(r"[ \t]+", " ", text)


def page_count(path: Path) -> int:
    match = re.search(r"^Pages:\s+(\d+)", run("pdfinfo", str(path)), re.M)
    assert match, "pdfinfo gave no page count"
    return int(match.group(1))


def fonts(path: Path) -> list[dict]:
    """pdffonts rows as dicts (name, emb)."""
    lines = run("pdffonts", str(path)).splitlines()
    assert lines[1].startswith("---"), lines
    rows = []
    for row in lines[2:]:
        fields = row.split()
        # name ... emb sub uni object-id generation
        rows.append({"name": fields[0], "emb": fields[-5], "sub": fields[-4], "uni": fields[-3]})
    return rows


def render_png(path: Path, tmp: Path, page: int = 1, dpi: int = 60) -> Path:
    prefix = tmp / f"{path.stem}-p{page}"
    run("pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page), "-singlefile", str(path), str(prefix))
    png = prefix.with_suffix(".png")
    assert png.is_file()
    return png


def write(report: MonthReport, tmp: Path, name: str = "report.pdf") -> Path:
    path = tmp / name
    write_report_pdf(report, path)
    return path


def over_quota_report() -> MonthReport:
    base = sample_report()
    quota = [
        QuotaReportLine("separation", "domestic", 20_000_000, 12_240_000, 23_500_000, 20_000_000 - 23_500_000,
                        {"CN": 12_240_000}, {"CN": 23_500_000}, dt.date(2026, 5, 1), True),
        QuotaReportLine("separation", "imported", 5_000_000, 4_485_112, 30_485_112, 5_000_000 - 30_485_112,
                        {"MM": 4_485_112}, {"MM": 26_000_000, "LA": 4_485_112}, dt.date(2026, 1, 31), True),
        QuotaReportLine("mining_ionic", "any", 0, 500_000, 500_000, -500_000,
                        {"CN": 500_000}, {"CN": 500_000}, None, False),
    ]
    return dataclasses.replace(base, quota=quota)


def many_exceptions_report(n: int = 60) -> MonthReport:
    rows = [
        line(100 + i, 1 + i % 28, "FEED" if i % 2 else "SHIPMENT", "IONIC-MIX-CARB", "离子型混合碳酸稀土",
             f"MM-{i:04d}", -1_234_567 - i, 4485, -553_703, "MM", flags=2 if i % 2 else 1,
             accept_reason=f"理由{i:03d} 已报备" if i % 7 else None)
        for i in range(n)
    ]
    return dataclasses.replace(sample_report(), exceptions=rows)


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory) -> Path:
    return write(sample_report(), tmp_path_factory.mktemp("pdf"))


# --------------------------------------------------------------------------
# the font

def test_the_font_and_its_licence_ship_with_the_program():
    assert font_path() == resource_path("fonts", "wqy-microhei.ttc")
    assert font_path().stat().st_size > 1_000_000
    licence = resource_path("fonts", "wqy-microhei-LICENSE.txt").read_text(encoding="utf-8")
    assert "WenQuanYi" in licence and "Apache" in licence


def test_the_font_is_registered_once():
    assert register_fonts() == FONT_NAME
    assert register_fonts() == FONT_NAME


# --------------------------------------------------------------------------
# the sample report

def test_text_holds_the_header_and_the_footer(sample_pdf):
    report = sample_report()
    text = flat(pdf_text(sample_pdf))
    assert "月度稀土产品流向报表" in text
    assert "Monthly rare-earth product-flow report" in text
    assert report.enterprise in text
    assert report.credit_code in text
    assert "2026-06-01 — 2026-06-30" in text
    assert "报送截止" in text and "2026-07-10" in text
    assert "2026-07-02 09:30:15" in text
    assert "REE Desk 0.1.0" in text
    assert report.checksum in text
    assert "编制人" in text and "Prepared by" in text
    assert "审核人" in text and "Approved by" in text


def test_every_page_has_its_number_and_the_checksum(sample_pdf):
    pages = page_count(sample_pdf)
    assert pages in (1, 2)
    for page in range(1, pages + 1):
        text = flat(pdf_text(sample_pdf, page))
        assert f"第 {page} 页 共 {pages} 页" in text
        assert f"Page {page} of {pages}" in text
        assert sample_report().checksum in text
        assert "2026-06-01 — 2026-06-30" in text


def test_every_type_total_is_there_as_the_xlsx_formats_it(sample_pdf):
    report = sample_report()
    text = pdf_text(sample_pdf)
    for total in report.totals.values():
        assert format_kg(total.mass_g, grouping=True) in text, total
        assert format_kg(total.reo_g, grouping=True) in text, total
    # the net stock change equals the closing stock of the month
    assert format_kg(sum(i.closing_g for i in report.inventory), grouping=True) in text
    for mtype in TYPE_ORDER:
        assert mtype in text


def test_quota_figures_are_there(sample_pdf):
    report = sample_report()
    text = flat(pdf_text(sample_pdf))
    for q in report.quota:
        for grams in (q.allocated_g, q.used_month_g, q.used_ytd_g, q.remaining_g):
            assert format_tonnes(grams, grouping=True) in text, (q.kind, q.scope, grams)
    assert "50,000.000" in text
    assert "89.70 %" in text and "0.02 %" in text
    assert "冶炼分离 · 进口" in text


def test_stock_separation_and_exception_are_there(sample_pdf):
    report = sample_report()
    text = flat(pdf_text(sample_pdf))
    for g in report.stock_by_group:
        assert format_kg(g.closing_g, grouping=True) in text
        assert format_kg(g.closing_reo_g, grouping=True) in text
    assert format_kg(report.feed_reo_g, grouping=True) in text
    assert format_kg(report.output_reo_g, grouping=True) in text
    assert "18.14 %" in text  # 3,034.750 / 16,725.112, rounded down
    for f in report.separation_by_origin:
        assert format_kg(f.feed_reo_g, grouping=True) in text
        assert format_kg(f.output_reo_g, grouping=True) in text
    assert "缅甸" in text
    exception = report.exceptions[0]
    assert exception.accept_reason in text
    assert "超配额" in text
    assert format_kg(exception.quantity_g, grouping=True) in text


def test_only_embedded_fonts(sample_pdf):
    rows = fonts(sample_pdf)
    assert rows
    for row in rows:
        assert row["emb"] == "yes", row
        assert row["uni"] == "yes", row
        assert not re.search(r"Helvetica|Times|Courier|Symbol|Zapf|STSong", row["name"]), row
        assert "WenQuanYi" in row["name"], row


def test_page_one_is_not_blank(sample_pdf, tmp_path):
    png = render_png(sample_pdf, tmp_path, 1)
    if Image is None:  # pragma: no cover
        assert png.stat().st_size > 20_000
        return
    with Image.open(png) as image:
        grey = image.convert("L")
        width, height = grey.size
        assert 480 < width < 520 and 680 < height < 720  # A4 at 60 dpi
        histogram = grey.histogram()
        assert sum(histogram[:128]) > 2000  # dark text
        assert sum(histogram[:250]) > 0.04 * width * height  # not a white page
        assert sum(1 for n in histogram if n) > 30  # text, rules, chart colours
        # the title (Chinese glyphs) is ink, not an empty strip
        title = grey.crop((0, 0, width, height // 12))
        assert sum(title.histogram()[:128]) > 200


def test_write_is_atomic(tmp_path, monkeypatch):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"previous")

    def broken_fsync(fd):
        raise OSError("disk full")

    monkeypatch.setattr(pdf_writer.os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        write_report_pdf(sample_report(), path)
    assert path.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]

    monkeypatch.undo()
    write_report_pdf(sample_report(), path)
    assert path.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_failed_render_writes_nothing(tmp_path):
    broken = dataclasses.replace(sample_report(), first_day=None)
    with pytest.raises(AttributeError):
        write_report_pdf(broken, tmp_path / "report.pdf")
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------
# other months

def test_over_quota_is_visible(tmp_path):
    report = over_quota_report()
    path = write(report, tmp_path)
    assert page_count(path) in (1, 2)
    text = flat(pdf_text(path))
    assert "117.50 %" in text and "609.70 %" in text
    assert "超配额" in text
    assert "超出 over 3.500" in text and "超出 over 25.485" in text
    assert "不受控" in text  # the line with no allocation at all
    for q in report.quota:
        assert format_tonnes(q.used_ytd_g, grouping=True) in text
    assert all(row["emb"] == "yes" for row in fonts(path))
    if Image is not None:
        with Image.open(render_png(path, tmp_path, 1)) as image:
            r, g, b = image.convert("RGB").split()
            mask = ImageChops.multiply(
                ImageChops.multiply(r.point(lambda v: 255 if v > 150 else 0), g.point(lambda v: 255 if v < 90 else 0)),
                b.point(lambda v: 255 if v < 80 else 0),
            )
            red = mask.histogram()[255]
        assert red > 30, "over-quota marks are drawn in red"


def test_many_exceptions_run_on_with_right_page_numbers(tmp_path):
    report = many_exceptions_report(60)
    path = write(report, tmp_path)
    pages = page_count(path)
    assert pages >= 2
    whole = flat(pdf_text(path))
    for page in range(1, pages + 1):
        assert f"第 {page} 页 共 {pages} 页" in flat(pdf_text(path, page))
    for m in report.exceptions:
        assert format_kg(m.quantity_g, grouping=True) in whole
        if m.accept_reason:
            assert m.accept_reason in whole
    assert "共 60 笔" in whole
    assert all(row["emb"] == "yes" for row in fonts(path))


def test_an_empty_month_says_none(tmp_path):
    report = dataclasses.replace(sample_report(), exceptions=[], quota=[], separation_by_origin=[],
                                 stock_by_group=[], totals={}, feed_reo_g=0, output_reo_g=0)
    path = write(report, tmp_path)
    assert page_count(path) in (1, 2)
    text = flat(pdf_text(path))
    assert "无 / none" in text
    assert "No quota allocated" in text


def test_user_text_is_escaped(tmp_path):
    base = sample_report()
    hostile = dataclasses.replace(base.exceptions[0], accept_reason="<b>领导</b> & <批准> =1+1")
    report = dataclasses.replace(base, enterprise="A&B <稀土> 有限公司", exceptions=[hostile],
                                 notes=["<font size=40>大</font> & 说明\x07"])
    path = write(report, tmp_path)
    text = flat(pdf_text(path))
    assert "A&B <稀土> 有限公司" in text
    assert "<b>领导</b> & <批准> =1+1" in text
    assert "<font size=40>大</font> & 说明" in text


def test_write_accepts_a_str_path_and_replaces_a_file(tmp_path):
    target = tmp_path / "out.pdf"
    write_report_pdf(sample_report(), str(target))
    write_report_pdf(over_quota_report(), target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert "117.50 %" in flat(pdf_text(target))
    assert os.listdir(tmp_path) == ["out.pdf"]
