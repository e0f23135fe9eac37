"""The import screen: a bad file shows each error on its row and column and
writes nothing; a good file imports and the ledger changes."""
from __future__ import annotations

import csv
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from ree_desk.gui.models.import_preview_model import (
    ERROR_BACKGROUND,
    WARNING_BACKGROUND,
    ImportPreviewModel,
    ProblemListModel,
)
from ree_desk.gui.qt import QFileDialog, QInputDialog, QMessageBox, Qt
from ree_desk.gui.screens.import_screen import ImportScreen
from ree_desk.services.import_preview import preview_file
from ree_desk.services.stock import stock_as_of


HEADER = ["date", "type", "material", "lot", "mass_kg", "grade_pct", "origin", "counterparty", "run"]


def write_csv(path: Path, rows: list[dict]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, HEADER)
        writer.writeheader()
        writer.writerows(rows)
    return path


def receipt(**over) -> dict:
    row = dict(date="2026-01-05", type="RECEIPT", material="CONC-BAST", lot="B1", mass_kg="100",
               grade_pct="60", origin="CN", counterparty="包头某矿业有限公司")
    row.update(over)
    return row


def movement_count(path) -> int:
    with sqlite3.connect(path) as con:
        return con.execute("SELECT COUNT(*) FROM movement").fetchone()[0]


# Work started by a test reports back while its widgets still exist.
pytestmark = pytest.mark.usefixtures("finish_background_work")


@pytest.fixture
def bad_csv(tmp_path):
    return write_csv(tmp_path / "bad.csv", [
        receipt(),                                           # line 2: good
        receipt(lot="B2", mass_kg="12.3456"),                # line 3: too many decimals
        receipt(lot="B3"),                                   # line 4: good
        receipt(lot="B4", origin="XX", grade_pct="abc"),     # line 5: two bad cells
    ])


@pytest.fixture
def screen(qtbot, gui_session):
    widget = ImportScreen(gui_session)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    return widget


@pytest.fixture
def no_boxes(monkeypatch):
    seen = []
    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda _parent, title, text, *a, _kind=kind, **k: seen.append((_kind, title, text))
            or QMessageBox.StandardButton.Yes))
    return seen


def choose(qtbot, screen, monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    qtbot.mouseClick(screen.form.chooseButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.busy and screen.preview is not None, timeout=30000)


def cell(model, line: int, column: str):
    row = [r.line for r in model.preview.rows].index(line)
    return model.index(row, model.preview.columns.index(column))


def test_the_preview_model_marks_cells_without_a_window(gui_session, bad_csv):
    model = ImportPreviewModel()
    model.set_preview(preview_file(gui_session.db, bad_csv, user="t"))
    assert model.rowCount() == 4 and model.headerData(1, Qt.Orientation.Vertical) == "3"
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Mass (kg)"
    bad = cell(model, 3, "mass_kg")
    assert bad.data() == "12.3456"
    assert bad.data(Qt.ItemDataRole.BackgroundRole) == ERROR_BACKGROUND
    assert "at most 3 decimals" in bad.data(Qt.ItemDataRole.ToolTipRole)
    assert cell(model, 3, "lot").data(Qt.ItemDataRole.BackgroundRole) is None
    assert cell(model, 5, "origin").data(Qt.ItemDataRole.BackgroundRole) == ERROR_BACKGROUND
    assert cell(model, 5, "grade_pct").data(Qt.ItemDataRole.BackgroundRole) == ERROR_BACKGROUND
    assert cell(model, 2, "mass_kg").data(Qt.ItemDataRole.BackgroundRole) is None
    problems = ProblemListModel()
    problems.set_problems(model.preview.problems)
    assert [(problems.index(r, 0).data(), problems.index(r, 1).data()) for r in range(3)] == [
        ("3", "Mass (kg)"), ("5", "Grade (%)"), ("5", "Origin")]
    assert problems.index(0, ProblemListModel.KIND).data() == "Error"


def test_a_bad_file_shows_its_errors_at_their_rows_and_columns_and_writes_nothing(
        qtbot, screen, gui_session, bad_csv, monkeypatch, no_boxes):
    choose(qtbot, screen, monkeypatch, bad_csv)
    f = screen.form
    assert f.fileEdit.text() == str(bad_csv)
    assert not f.importButton.isEnabled()
    assert "3 error(s)" in f.summaryLabel.text()
    assert f.problemsView.isVisible() and screen.problems.rowCount() == 3
    # The first problem is selected, and its cell with it.
    assert f.previewView.currentIndex() == cell(screen.model, 3, "mass_kg")
    # Clicking the last problem goes to its cell: line 5, origin.
    target = screen.problems.index(2, ProblemListModel.TEXT)
    rect = f.problemsView.visualRect(target)
    qtbot.mouseClick(f.problemsView.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert f.previewView.currentIndex() == cell(screen.model, 5, "origin")
    qtbot.mouseClick(f.importButton, Qt.MouseButton.LeftButton)
    assert movement_count(gui_session.path) == 0 and no_boxes == []


def test_a_good_file_imports_and_the_ledger_changes(qtbot, screen, gui_session, tmp_path, monkeypatch, no_boxes):
    path = write_csv(tmp_path / "good.csv", [receipt(), receipt(lot="B2", mass_kg="2,500.5", grade_pct="61.25")])
    changed = []
    gui_session.ledger_changed.connect(lambda: changed.append(True))
    choose(qtbot, screen, monkeypatch, path)
    f = screen.form
    assert f.importButton.isEnabled() and f.importButton.text() == "&Import 2 movements"
    assert not f.problemsView.isVisible()
    f.importButton.setFocus()
    qtbot.keyClick(f.importButton, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.imported is not None, timeout=30000)
    assert movement_count(gui_session.path) == 2 and changed
    lots = {s.lot: s.mass_g for s in stock_as_of(gui_session.db, dt.date(2026, 1, 31))}
    assert lots == {"B1": 100_000, "B2": 2_500_500}
    assert "Imported 2 movements from good.csv" in f.summaryLabel.text()
    assert not f.importButton.isEnabled(), "the same preview is not imported twice"

    # The same content again: a warning naming the first import, which needs a reason.
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: asked.append(a[2]) or ("", False)))
    qtbot.keyClick(screen, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not screen.busy and screen.imported is None, timeout=30000)
    [warning] = screen.preview.problems
    assert warning.warning and "imported as \"good.csv\"" in warning.found
    assert "1 warning(s)" in f.summaryLabel.text() and f.problemsView.isVisible()
    qtbot.mouseClick(f.importButton, Qt.MouseButton.LeftButton)
    assert asked and "already holds" in asked[0] and no_boxes == []
    assert movement_count(gui_session.path) == 2


def test_a_large_file_is_written_before_its_checks_with_progress(qtbot, screen, gui_session, tmp_path,
                                                                 monkeypatch, no_boxes):
    """A batch this large is written part by part before its origins and
    checks are worked out; the progress of each part reaches the screen from
    the thread doing the work."""
    from ree_desk.services import posting

    monkeypatch.setattr(posting, "WRITTEN_FIRST_FROM", 20)
    monkeypatch.setattr(posting, "PROGRESS_STEP", 10)
    rows = [receipt(lot=f"L{n:03d}", mass_kg=f"{n + 1}.5") for n in range(45)]
    path = write_csv(tmp_path / "large.csv", rows)
    seen = []
    real_progress = screen._progress
    monkeypatch.setattr(screen, "_progress", lambda done, total, stage: (seen.append((stage, done, total)),
                                                                          real_progress(done, total, stage)))
    choose(qtbot, screen, monkeypatch, path)
    qtbot.mouseClick(screen.form.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.imported is not None, timeout=30000)
    assert movement_count(gui_session.path) == 45
    assert [s for s in seen if s[0] == "write"] == [("write", n, 45) for n in (10, 20, 30, 40, 45)]
    lots = {s.lot: s.mass_g for s in stock_as_of(gui_session.db, dt.date(2026, 1, 31))}
    assert len(lots) == 45 and lots["L044"] == 45_500


def test_warnings_are_imported_flagged_with_the_reason_asked(qtbot, screen, gui_session, tmp_path, monkeypatch,
                                                             no_boxes):
    path = write_csv(tmp_path / "short.csv", [
        receipt(mass_kg="10"),
        dict(date="2026-01-06", type="FEED", material="CONC-BAST", lot="B1", mass_kg="15", grade_pct="60",
             run="R1"),
    ])
    choose(qtbot, screen, monkeypatch, path)
    assert cell(screen.model, 3, "mass_kg").data(Qt.ItemDataRole.BackgroundRole) == WARNING_BACKGROUND
    assert screen.form.importButton.isEnabled()
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: asked.append(a[2]) or ("", False)))
    qtbot.mouseClick(screen.form.importButton, Qt.MouseButton.LeftButton)
    assert asked and movement_count(gui_session.path) == 0, "cancelled: nothing written"
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Weighbridge error, to recheck", True)))
    qtbot.mouseClick(screen.form.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.imported is not None, timeout=30000)
    with sqlite3.connect(gui_session.path) as con:
        flagged = con.execute("SELECT type, accept_reason FROM movement WHERE flags != 0").fetchall()
    assert flagged == [("FEED", "Weighbridge error, to recheck")]
    assert "1 flagged" in screen.form.summaryLabel.text()


def test_rows_repeating_the_ledger_are_marked_on_their_rows_and_imported_flagged(
        qtbot, screen, gui_session, tmp_path, monkeypatch, no_boxes):
    from ree_desk.gui.models.import_preview_model import WARNING_TEXT
    from ree_desk.services.importer import import_file

    import_file(gui_session.db, write_csv(tmp_path / "first.csv", [receipt(), receipt(lot="B2")]), user="张三")
    path = write_csv(tmp_path / "second.csv", [receipt(lot="B3"), receipt(lot="B2"), receipt(lot="B4")])
    choose(qtbot, screen, monkeypatch, path)
    [warning] = screen.preview.problems
    assert (warning.line, warning.column, warning.warning) == (3, None, True)
    model = screen.model
    assert model.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.ForegroundRole) == WARNING_TEXT
    tip = model.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Warning: expected a movement not in the ledger yet; found a repeat of movement 2 "
                          "(posted ") and "by 张三 in posting 1" in tip
    assert model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) is None
    # Every cell of the repeated row is marked, and says why; the others are not.
    assert all(cell(model, 3, c).data(Qt.ItemDataRole.BackgroundRole) == WARNING_BACKGROUND for c in HEADER)
    assert cell(model, 3, "mass_kg").data(Qt.ItemDataRole.ToolTipRole) == tip
    assert [cell(model, line, "lot").data(Qt.ItemDataRole.BackgroundRole) for line in (2, 4)] == [None, None]
    assert screen.problems.index(0, ProblemListModel.KIND).data() == "Warning"
    assert "1 warning(s)" in screen.form.summaryLabel.text() and screen.form.importButton.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("第二车，同批号", True)))
    qtbot.mouseClick(screen.form.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.imported is not None, timeout=30000)
    with sqlite3.connect(gui_session.path) as con:
        flagged = con.execute("SELECT lot_no, flags, m.accept_reason FROM movement m JOIN lot ON lot.id = lot_id "
                              "WHERE flags != 0").fetchall()
    assert flagged == [("B2", 4, "第二车，同批号")] and no_boxes == []
