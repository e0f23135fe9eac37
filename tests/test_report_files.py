"""The report files made from a real ledger: read back, they show the ledger's figures."""
from __future__ import annotations

import subprocess
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from conftest import day, draft, raw_sql
from ree_desk.domain.quantities import format_kg
from ree_desk.services.posting import post_movements
from ree_desk.services.report import make_report

HOSTILE = ["=cmd|' /C calc'!A0", "+86 138 0000 0000", "-rework", "@SUM(A1:A9)", "=1+1"]


@pytest.fixture
def ledger(db):
    post_movements(db, [
        draft(2, date="2026-06-01", type="RECEIPT", material="CONC-BAST", lot=HOSTILE[2], mass_kg="1000.5",
              grade_pct="60.25", origin="CN", counterparty=HOSTILE[0], invoice_no=HOSTILE[3]),
        draft(3, date="2026-06-02", type="RECEIPT", material="IONIC-MIX-OX", lot="MM-7", mass_kg="500",
              grade_pct="91.5", origin="MM", counterparty="Kachin", customs_no=HOSTILE[1]),
        draft(4, date="2026-06-03", type="FEED", material="CONC-BAST", lot=HOSTILE[2], mass_kg="800",
              grade_pct="60.25", run="@R1"),
        draft(5, date="2026-06-03", type="FEED", material="IONIC-MIX-OX", lot="MM-7", mass_kg="200",
              grade_pct="91.5", run="@R1"),
        draft(6, date="2026-06-04", type="OUTPUT", material="PRND-OX", lot="P-1", mass_kg="300.25",
              grade_pct="99.5", run="@R1"),
        draft(7, date="2026-06-10", type="SHIPMENT", material="PRND-OX", lot="P-1", mass_kg="100",
              grade_pct="99.5", counterparty="Tokyo", destination="JP", customs_no="220120260000000001"),
        draft(8, date="2026-06-30", type="ADJUSTMENT", material="CONC-BAST", lot=HOSTILE[2], mass_kg="-0.5",
              grade_pct="60.25", note=HOSTILE[4]),
    ], user="t", source="test")
    return db


def ledger_totals(ledger) -> dict[str, tuple[Decimal, Decimal]]:
    """Month totals straight from the SQLite file, as entered (FEED positive)."""
    raw = raw_sql(ledger)
    rows = raw.execute("SELECT type, sum(mass_g), sum(reo_g) FROM movement WHERE day BETWEEN '2026-06-01' "
                       "AND '2026-06-30' GROUP BY type").fetchall()
    raw.close()
    out = {}
    for mtype, mass, reo in rows:
        sign = -1 if mtype in ("FEED", "SHIPMENT") else 1
        out[mtype] = (Decimal(sign * mass) / 1000, Decimal(sign * reo) / 1000)
    return out


def kg(value) -> Decimal:
    return Decimal(repr(value)).quantize(Decimal("0.001"))


def sheet_rows(ws):
    return [row for row in ws.iter_rows(values_only=True) if any(v is not None for v in row)]


def test_xlsx_totals_equal_the_ledger(ledger, db_path, tmp_path):
    make_report(ledger, "2026-06", user="t", xlsx=tmp_path / "r.xlsx", today=day("2026-07-01"))
    wb = load_workbook(tmp_path / "r.xlsx")
    expected = ledger_totals(ledger)
    sheet_of = {"RECEIPT": "入库 Receipts", "FEED": "冶炼分离投料 Feed", "OUTPUT": "产品产出 Output",
                "SHIPMENT": "出库 Shipments"}
    for mtype, title in sheet_of.items():
        ws = wb[title]
        keys = [c.value for c in ws[2]]
        total = sheet_rows(ws)[-1]
        assert total[0] == "合计 Total"
        got = (kg(total[keys.index("mass_kg")]), kg(total[keys.index("reo_kg")]))
        assert got == expected[mtype], mtype
    summary = {row[1]: row for row in sheet_rows(wb["汇总 Summary"]) if row[1] in sheet_of or row[1] == "ADJUSTMENT"}
    for mtype, (mass, reo) in expected.items():
        assert (kg(summary[mtype][3]), kg(summary[mtype][4])) == (mass, reo)
    inventory = sheet_rows(wb["库存 Inventory"])
    keys = list(inventory[1])
    closing = sum(kg(r[keys.index("closing_kg")]) for r in inventory[2:-1])
    assert closing == kg(inventory[-1][keys.index("closing_kg")])
    raw = raw_sql(ledger)
    assert closing == Decimal(raw.execute("SELECT sum(mass_g) FROM movement").fetchone()[0]) / 1000
    raw.close()


def test_text_that_looks_like_a_formula_comes_back_as_the_same_text(ledger, tmp_path):
    make_report(ledger, "2026-06", user="t", xlsx=tmp_path / "r.xlsx", today=day("2026-07-01"))
    wb = load_workbook(tmp_path / "r.xlsx")
    texts = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value in HOSTILE + ["@R1"]:
                    assert cell.data_type == "s", (ws.title, cell.coordinate, cell.value)
                    texts[cell.value] = True
    assert set(texts) == set(HOSTILE) | {"@R1"}
    import zipfile

    with zipfile.ZipFile(tmp_path / "r.xlsx") as archive:
        sheets = [archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
    assert sheets and not any(b"<f>" in s or b"<f " in s for s in sheets)


def test_pdf_shows_the_same_totals_with_embedded_fonts(ledger, db_path, tmp_path):
    make_report(ledger, "2026-06", user="t", pdf=tmp_path / "r.pdf", today=day("2026-07-01"))
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    for mtype, (mass, reo) in ledger_totals(ledger).items():
        for value in (mass, reo):
            grams = int(value * 1000)
            assert format_kg(grams, grouping=True) in text, (mtype, value)
    assert "测试稀土冶炼分离有限公司" in text and "91350100M000100Y43" in text
    fonts = subprocess.run(["pdffonts", str(tmp_path / "r.pdf")], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # the "emb" column


def test_a_pdf_that_cannot_be_written_fails_the_report(ledger, tmp_path):
    from ree_desk.domain.problems import InputRejected

    with pytest.raises((InputRejected, OSError)):
        make_report(ledger, "2026-06", user="t", xlsx=tmp_path / "a.xlsx", pdf=tmp_path / "no" / "such" / "a.pdf",
                    today=day("2026-07-01"))
    assert not list((tmp_path).glob("**/*.pdf"))


def test_both_files_print_the_chain_head_the_ledger_holds(ledger, db_path, tmp_path):
    """The filed report pins the ledger: the newest movement's chain value,
    which anyone can later compare with the ledger's."""
    raw = raw_sql(ledger)
    head_id, head = raw.execute("SELECT id, chain FROM movement ORDER BY id DESC LIMIT 1").fetchone()
    raw.close()
    result = make_report(ledger, "2026-06", user="t", xlsx=tmp_path / "r.xlsx", pdf=tmp_path / "r.pdf")
    assert (result.report.chain_head_id, result.report.chain_head) == (head_id, head)
    summary = load_workbook(tmp_path / "r.xlsx", read_only=True).worksheets[0]
    values = {row[1]: row[2] for row in summary.iter_rows(values_only=True) if row and len(row) > 2}
    assert values["chain_head_sha256"] == head and values["chain_head_movement"] == head_id
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "r.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert f"#{head_id} {head}" in text
