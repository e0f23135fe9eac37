"""The first start: a database created with a checked credit code, or the demo."""
from __future__ import annotations

import pytest

from ree_desk import paths
from ree_desk.domain.credit_code import check_character
from ree_desk.gui.dialogs.first_run import FirstRunDialog, free_path
from ree_desk.gui.qt import QDialogButtonBox, QFileDialog, QPoint, Qt
from ree_desk.services import demo_database
from ree_desk.services.setup import enterprise
from ree_desk.store.database import open_database

FIRST17 = "91150200MA0N00001"
CODE = FIRST17 + check_character(FIRST17)
WRONG = FIRST17 + ("0" if CODE[-1] != "0" else "1")


# Work started by a test reports back while its widgets still exist.
pytestmark = pytest.mark.usefixtures("finish_background_work")


@pytest.fixture
def dialog(qtbot, preferences, tmp_path):
    widget = FirstRunDialog(preferences, suggested=tmp_path / "plant.sqlite3")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def finished(dialog) -> bool:
    return not dialog.busy and dialog.result() == FirstRunDialog.DialogCode.Accepted


def test_creates_a_database_with_a_valid_credit_code(qtbot, dialog, tmp_path):
    f = dialog.form
    assert f.pathEdit.text() == str(tmp_path / "plant.sqlite3")
    assert f.nameEdit.hasFocus() and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(f.nameEdit, "Baotou  Rare Earth Separation Co.")
    qtbot.keyClick(f.nameEdit, Qt.Key.Key_Tab)
    assert f.codeEdit.hasFocus()
    qtbot.keyClicks(f.codeEdit, CODE[:10].lower())
    assert "10 of 18" in f.codeStatusLabel.text() and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(f.codeEdit, CODE[10:].lower())
    assert f.codeStatusLabel.text() == "✓ Valid credit code"
    assert dialog.ok_button.isEnabled() and dialog.ok_button.text() == "Create the database"
    qtbot.keyClick(f.codeEdit, Qt.Key.Key_Return)  # Enter creates it
    qtbot.waitUntil(lambda: finished(dialog), timeout=30000)
    assert dialog.chosen_path == tmp_path / "plant.sqlite3"
    db = open_database(dialog.chosen_path)
    try:
        info = enterprise(db)
    finally:
        db.close()
    assert (info.name, info.credit_code) == ("Baotou Rare Earth Separation Co.", CODE)


def test_refuses_a_credit_code_with_a_wrong_check_character(qtbot, dialog, tmp_path):
    f = dialog.form
    qtbot.keyClicks(f.nameEdit, "Baotou Rare Earth")
    qtbot.keyClicks(f.codeEdit, WRONG)
    assert f.codeStatusLabel.text().startswith("✗ Not a valid credit code")
    assert "check character should be" in f.codeStatusLabel.text()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(f.codeEdit, Qt.Key.Key_Return)
    dialog.go()
    assert dialog.result() == 0 and dialog.chosen_path is None
    assert not (tmp_path / "plant.sqlite3").exists()
    qtbot.keyClick(f.codeEdit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(f.codeEdit, CODE[-1])
    assert dialog.ok_button.isEnabled()


def test_an_existing_file_is_never_overwritten(qtbot, dialog, tmp_path):
    (tmp_path / "plant.sqlite3").write_bytes(b"precious")
    qtbot.keyClicks(dialog.form.nameEdit, "X")
    qtbot.keyClicks(dialog.form.codeEdit, CODE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.form.errorLabel.isVisible() and "already exists" in dialog.form.errorLabel.text()
    assert (tmp_path / "plant.sqlite3").read_bytes() == b"precious" and dialog.result() == 0


def test_browse_chooses_the_file(qtbot, dialog, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "elsewhere" / "ledger"), "")))
    qtbot.mouseClick(dialog.form.browseButton, Qt.MouseButton.LeftButton)
    assert dialog.form.pathEdit.text() == str(tmp_path / "elsewhere" / "ledger.sqlite3")


def test_opens_the_demo_building_it_first(qtbot, dialog, tmp_path, monkeypatch):
    demo = tmp_path / "data" / "demo.sqlite3"
    monkeypatch.setattr(paths, "default_demo_db_path", lambda: demo)
    monkeypatch.setattr(demo_database, "DEMO_MOVEMENTS", 500)
    radio = dialog.form.demoRadio
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(10, radio.height() // 2))
    assert not dialog.form.createFields.isEnabled()
    assert dialog.ok_button.isEnabled() and dialog.ok_button.text() == "Open the demo"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.busy and dialog.form.progressBar.isVisible()
    assert not dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).isEnabled()
    qtbot.waitUntil(lambda: finished(dialog), timeout=60000)
    assert dialog.chosen_path == demo and demo.exists()


def test_free_path_never_picks_an_existing_file(tmp_path):
    (tmp_path / "ree-desk.sqlite3").touch()
    (tmp_path / "ree-desk-2.sqlite3").touch()
    assert free_path(tmp_path / "ree-desk.sqlite3") == tmp_path / "ree-desk-3.sqlite3"
    assert free_path(tmp_path / "new.sqlite3") == tmp_path / "new.sqlite3"
