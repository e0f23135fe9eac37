"""Hostile movement files: each kind in tests/hostile is refused by the
real command line, row by row where it has rows, whole where it cannot be
read, with exit status 1, one line per problem, no traceback, nothing
written; the bombs and the million-row files in bounded time and memory."""
from __future__ import annotations

import csv
import re
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from conftest import CREDIT_CODE, ENTERPRISE, raw_sql
from hostile.build import FILE_KINDS, KINDS, ROW_KINDS, build
from hostile.files import Case, Raw, csv_bytes, good, raw_xlsx, sheet_xml, with_
from ree_desk.cli.main import main
from ree_desk.services.setup import init_database

MEASURE = Path(__file__).parent / "hostile" / "measure.py"
SECONDS = 20
PEAK_MB = 500
TABLES = ("movement", "movement_origin", "posting", "lot", "run", "closing_balance")
PROBLEM = re.compile(r"^ree-desk: (?:line (?P<line>\d+)(?:, column (?P<column>[a-z_]+))?: )?expected .*, found .*$")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Case]:
    folder = tmp_path_factory.mktemp("hostile")
    return {kind: build(kind, folder / kind) for kind in KINDS}


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "ledger.sqlite3"
    init_database(path, enterprise=ENTERPRISE, credit_code=CREDIT_CODE, user="tester").close()
    return path


def fresh_ledger(template: Path, folder: Path) -> Path:
    path = folder / "ledger.sqlite3"
    with sqlite3.connect(template) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    return path


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as con:
        return {table: con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in TABLES}


def run_import(case: Case, db: Path, capsys) -> tuple[int, list[str], float | None, float | None]:
    """(exit status, stderr lines, seconds, peak MB): a heavy file in a
    process of its own, measured; any other in this one."""
    argv = ["--db", str(db), "import", str(case.path)]
    if not case.heavy:
        code = main(argv)
        return code, capsys.readouterr().err.splitlines(), None, None
    done = subprocess.run([sys.executable, str(MEASURE), sys.executable, "-m", "ree_desk", *argv],
                          capture_output=True, text=True, timeout=120)
    lines = done.stderr.splitlines()
    _word, code, seconds, peak = lines.pop().split()
    return int(code), lines, float(seconds), float(peak)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_hostile_file_is_refused_and_nothing_is_written(kind, corpus, template, tmp_path, capsys):
    case = corpus[kind]
    db = fresh_ledger(template, tmp_path)
    before = counts(db)

    code, lines, seconds, peak = run_import(case, db, capsys)

    assert code == 1, lines
    assert lines and all(line.startswith("ree-desk: ") for line in lines), lines
    assert not any("Traceback" in line for line in lines)
    *problems, summary = lines
    found = [PROBLEM.match(line) for line in problems]
    assert None not in found, [line for line, m in zip(problems, found) if m is None]
    if case.refused is None:
        named = [(int(m["line"]), m["column"]) for m in found]
        assert len(named) == len(set(named)), "one line per problem"
        expected = {(line, column) for line, columns in case.bad.items() for column in columns}
        assert set(named) == expected
        assert len({line for line, _ in named}) == case.bad_rows
        assert summary == f"ree-desk: {len(problems)} problem(s); nothing was written"
    else:
        # the file's own problems (header, layout): no row is judged cell by cell
        assert not any(m["column"] and int(m["line"]) > 2 for m in found), problems
        assert any(re.search(case.refused, line.removeprefix("ree-desk: ")) for line in lines), lines
    assert counts(db) == before
    if case.heavy:
        assert seconds < SECONDS and peak < PEAK_MB, (seconds, peak)


def test_the_corpus_holds_twenty_kinds_and_three_hundred_bad_rows(corpus):
    rows = [corpus[make.__name__] for make in ROW_KINDS]
    assert len(corpus) >= 20 and len(ROW_KINDS) >= 15
    assert sum(case.bad_rows for case in rows) >= 300
    assert all(case.bad_rows >= 8 for case in rows)
    assert all(corpus[make.__name__].refused for make in FILE_KINDS)
    # bombs and million-row sheets are made at test time, not kept
    assert not any(Path(__file__).parent.joinpath("hostile").rglob("*.xlsx"))


def test_the_bombs_are_what_they_claim(corpus):
    """The zip bomb really unpacks to 2 GiB (its directory does not lie),
    the XML bombs declare nine levels of entities, the million-row sheet
    runs to row 1,048,576."""
    with zipfile.ZipFile(corpus["zip_bomb_xlsx"].path) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
        assert info.file_size == 2 * 2**30 and info.compress_size < 8 * 2**20
        with z.open(info) as part:
            assert part.read(2**20).startswith(b'<row r="1">')
    with zipfile.ZipFile(corpus["xml_bomb_sheet_xlsx"].path) as z:
        assert b'<!ENTITY lol9 "&lol8;&lol8;' in z.read("xl/worksheets/sheet1.xml")
    with zipfile.ZipFile(corpus["million_empty_rows_xlsx"].path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml")
        assert b'<dimension ref="A1:O1048576"/>' in sheet and sheet.count(b"<row ") == 1_048_576
    assert len(corpus["long_lines_csv"].path.read_bytes().splitlines()[1]) >= 99_000


# --------------------------------------------------------------------------
# Text that looks like a formula is taken as text and stays text


INJECTIONS = ['=HYPERLINK("http://example.com/x","点击")', "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
              "-2+3+cmd|' /C calc'!A0", "=1+1"]


def injection_rows() -> list[list[str]]:
    return [with_(2 + i, counterparty=text, note=text, origin_detail=text, invoice_no=f"INV{text}"[:64])
            for i, text in enumerate(INJECTIONS)]


def test_formula_text_in_a_csv_is_stored_as_text_and_exported_as_text(db, db_path, tmp_path, capsys):
    from ree_desk.services import ledger_export as ex
    from ree_desk.services.ledger_query import LedgerFilter, LedgerSort

    db.close()
    path = tmp_path / "injection.csv"
    path.write_bytes(csv_bytes(injection_rows()))
    assert main(["--db", db.location, "import", str(path)]) == 0, capsys.readouterr().err
    with raw_sql(db) as con:
        stored = [r[0] for r in con.execute("SELECT counterparty FROM movement ORDER BY id")]
    assert stored == INJECTIONS

    report = tmp_path / "report.xlsx"
    assert main(["--db", db.location, "report", "--month", "2026-01", "--xlsx", str(report)]) == 0
    exported = tmp_path / "ledger.xlsx"
    from ree_desk.store.database import open_database

    ledger = open_database(db.location)
    try:
        ex.export_ledger(ledger, exported, LedgerFilter(), LedgerSort("id"))
        ex.export_ledger(ledger, tmp_path / "ledger.csv", LedgerFilter(), LedgerSort("id"))
    finally:
        ledger.close()

    for workbook_path in (report, exported):
        with zipfile.ZipFile(workbook_path) as z:
            for name in z.namelist():
                if name.startswith("xl/worksheets/"):
                    assert b"<f>" not in z.read(name) and b"<f " not in z.read(name), (workbook_path.name, name)
        wb = openpyxl.load_workbook(workbook_path)
        cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value in INJECTIONS]
        assert {c.value for c in cells} == set(INJECTIONS), workbook_path.name
        assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    with open(tmp_path / "ledger.csv", encoding="utf-8-sig", newline="") as fh:
        cells = {cell for row in csv.reader(fh) for cell in row}
    assert {f"'{value}" for value in INJECTIONS} <= cells
    assert not cells & set(INJECTIONS)


def test_an_xlsx_computed_by_excel_gives_its_values_and_text_cells_stay_text(db, db_path, tmp_path, capsys):
    """Formulas with the values Excel saved beside them are taken for those
    values; an empty text result is a blank cell; a text cell holding
    "=..." is text."""
    db.close()
    rows = [
        with_(2, mass_kg=Raw('<c r="@"><f>100+0.5</f><v>100.5</v></c>'),
              counterparty=Raw('<c r="@" t="str"><f>"包头"&amp;"公司"</f><v>包头公司</v></c>'),
              note=Raw('<c r="@" t="str"><f>""</f><v></v></c>')),
        with_(3, counterparty=Raw('<c r="@" t="inlineStr"><is><t>=HYPERLINK("http://x")</t></is></c>')),
    ]
    path = raw_xlsx(tmp_path / "computed.xlsx", sheet_xml(rows))
    assert main(["--db", db.location, "import", str(path)]) == 0, capsys.readouterr().err
    with raw_sql(db) as con:
        stored = con.execute("SELECT mass_g, counterparty, note FROM movement ORDER BY id").fetchall()
    assert stored == [(100_500, "包头公司", None), (103_500, '=HYPERLINK("http://x")', None)]


def test_rows_after_a_million_empty_ones_are_still_read(tmp_path, template, capsys):
    """The parse stops at the last value, not at the first empty row: a row
    far below a million empty ones is judged."""
    empty = b"".join(b'<row r="%d" s="1" customFormat="1"/>' % r for r in range(3, 1_000_000))
    tail = ('<row r="1000000"><c r="A1000000" t="inlineStr"><is><t>2026-02-30</t></is></c>'
            + "".join(f'<c r="{chr(66 + i)}1000000" t="inlineStr"><is><t>{v}</t></is></c>'
                      for i, v in enumerate(good(3)[1:]) if v) + "</row>").encode()
    path = raw_xlsx(tmp_path / "far_below.xlsx", sheet_xml([good(2)], extra_rows=empty + tail))
    db = fresh_ledger(template, tmp_path)
    assert main(["--db", str(db), "import", str(path)]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        'ree-desk: line 1000000, column date: expected a date as YYYY-MM-DD, found "2026-02-30"')



# --------------------------------------------------------------------------
# The import screen shows the same


def test_the_import_screen_shows_a_hostile_workbooks_errors_and_writes_nothing(
        qtbot, gui_session, corpus, monkeypatch, finish_background_work, tmp_path):
    from ree_desk.gui.models.import_preview_model import ERROR_BACKGROUND
    from ree_desk.gui.qt import QFileDialog, QMessageBox, Qt
    from ree_desk.gui.screens.import_screen import ImportScreen

    boxes = []
    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(lambda *a, **k: boxes.append(a) or
                                                            QMessageBox.StandardButton.Yes))
    screen = ImportScreen(gui_session)
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    screen.show()

    def choose(path: Path) -> None:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
        qtbot.mouseClick(screen.form.chooseButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not screen.busy and screen.preview is not None
                        and screen.preview.path == path, timeout=30000)

    case = corpus["formulas_uncomputed_xlsx"]
    choose(case.path)
    f = screen.form
    assert not f.importButton.isEnabled()
    assert "15 error(s)" in f.summaryLabel.text() and screen.problems.rowCount() == 15
    preview = screen.model.preview
    row = [r.line for r in preview.rows].index(2)
    mass = screen.model.index(row, preview.columns.index("mass_kg"))
    assert mass.data() == "=E2*2" and mass.data(Qt.ItemDataRole.BackgroundRole) == ERROR_BACKGROUND
    assert "the formula =E2*2 with no value" in mass.data(Qt.ItemDataRole.ToolTipRole)
    screen.grab().save(str(tmp_path / "formulas.png"))

    choose(corpus["xml_bomb_sheet_xlsx"].path)
    assert not f.importButton.isEnabled() and screen.problems.rowCount() == 1
    assert "XML bomb" in screen.problems.index(0, screen.problems.TEXT).data()
    qtbot.mouseClick(f.importButton, Qt.MouseButton.LeftButton)
    assert counts(gui_session.path) == dict.fromkeys(TABLES, 0) and boxes == []


def test_every_problem_of_the_corpus_reads_in_chinese(corpus, db, qapp):
    from ree_desk.gui.i18n import install_language
    from ree_desk.gui.problem_text import expected_phrase, found_text, knows
    from ree_desk.services.import_preview import preview_file

    cjk = re.compile(r"[\u4e00-\u9fff]")
    install_language(qapp, "zh_CN")
    try:
        untranslated = []
        for kind, case in sorted(corpus.items()):
            for problem in preview_file(db, case.path, user="t").problems:
                a_value = problem.found.startswith('"') or re.fullmatch(r"[\d,.]+", problem.found)
                if not (knows(problem.expected) and cjk.search(expected_phrase(problem))
                        and (a_value or cjk.search(found_text(problem)))):
                    untranslated.append((kind, str(problem)))
    finally:
        install_language(qapp, "en")
    assert untranslated == []
