"""The desktop program on the plant's server: connecting from the first
start, by keyboard alone, and seeing what other workstations post."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from conftest import CREDIT_CODE, ENTERPRISE, draft
from ree_desk.gui.dialogs.first_run import FirstRunDialog
from ree_desk.gui.dialogs.server_connect import ServerConnectDialog, server_url
from ree_desk.gui.qt import QTimer, Qt
from ree_desk.gui.session import Session
from ree_desk.services.posting import post_movements
from ree_desk.services.setup import init_database
from ree_desk.store.database import open_database

pytestmark = pytest.mark.usefixtures("finish_background_work")


@pytest.fixture
def server_ledger(postgres_server):
    url = postgres_server.new_database()
    init_database(url, enterprise=ENTERPRISE, credit_code=CREDIT_CODE, user="tester").close()
    return url


def test_the_address_is_made_from_the_fields_without_a_password():
    assert server_url(" db.plant.local ", 5433, "ree_desk", "张三") == (
        "postgresql://%E5%BC%A0%E4%B8%89@db.plant.local:5433/ree_desk")
    assert server_url("fe80::1", 5432, "ledger", "clerk") == "postgresql://clerk@[fe80::1]:5432/ledger"


def test_the_first_start_connects_to_the_server_by_keyboard(qtbot, preferences, server_ledger, tmp_path):
    first = FirstRunDialog(preferences, suggested=tmp_path / "plant.sqlite3")
    qtbot.addWidget(first)
    first.show()
    first.form.serverRadio.setFocus()
    qtbot.keyClick(first.form.serverRadio, Qt.Key.Key_Space)
    assert first.form.serverRadio.isChecked() and first.ok_button.text() == "Connect…"
    parts = urlsplit(server_ledger)

    def fill_in():
        dialog = next(w for w in first.findChildren(ServerConnectDialog) if w.isVisible())
        f = dialog.form
        assert f.hostEdit.hasFocus() and not dialog.connect_button.isEnabled()
        qtbot.keyClicks(f.hostEdit, parts.hostname)
        qtbot.keyClick(f.hostEdit, Qt.Key.Key_Tab)
        f.portSpin.selectAll()
        qtbot.keyClicks(f.portSpin, str(parts.port))
        qtbot.keyClick(f.portSpin, Qt.Key.Key_Tab)
        qtbot.keyClicks(f.databaseEdit, parts.path.lstrip("/"))
        qtbot.keyClick(f.databaseEdit, Qt.Key.Key_Tab)
        qtbot.keyClicks(f.userEdit, parts.username)
        qtbot.keyClick(f.userEdit, Qt.Key.Key_Return)

    QTimer.singleShot(200, fill_in)
    qtbot.keyClick(first.form.serverRadio, Qt.Key.Key_Return)  # opens the server dialog, modal
    assert first.result() == FirstRunDialog.DialogCode.Accepted
    assert first.chosen_path == server_ledger
    db = first.chosen_database
    try:
        assert db.on_server and db.location == server_ledger
        preferences.last_database = db.location
        assert preferences.last_database == server_ledger
    finally:
        db.close()


def test_a_server_that_cannot_be_reached_is_said_in_the_dialog(qtbot, server_ledger):
    dialog = ServerConnectDialog(server_ledger.rsplit("/", 1)[0] + "/no_such_ledger")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.form.errorLabel.isVisible(), timeout=15000)
    assert "no_such_ledger" in dialog.form.errorLabel.text()
    assert dialog.database is None and dialog.connect_button.text() == "Connect"


def test_what_another_workstation_posts_reaches_the_screens(qtbot, preferences, server_ledger, monkeypatch):
    monkeypatch.setattr(Session, "WATCH_MS", 100)
    session = Session(open_database(server_ledger), preferences, user="经理")
    other = open_database(server_ledger)
    try:
        with qtbot.waitSignal(session.ledger_changed, timeout=5000):
            post_movements(other, [draft(2, date="2026-03-02", type="RECEIPT", material="CONC-BAST", lot="WS2",
                                         mass_kg="10", grade_pct="60", origin="CN", counterparty="x")],
                           user="clerk", source="entry")
        # Nothing new: no refresh for nothing.
        with qtbot.assertNotEmitted(session.ledger_changed, wait=400):
            pass
    finally:
        other.close()
        session.close()
