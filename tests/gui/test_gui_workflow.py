"""A clerk's day across the screens: what is typed in Entry shows in the
ledger, the stock and the quota chart."""
from __future__ import annotations

import datetime as dt

from ree_desk.domain.movement_types import MovementType
from ree_desk.gui.main_window import MainWindow
from ree_desk.gui.qt import QApplication, Qt
from ree_desk.gui.worker import wait_for_background
from ree_desk.services.quotas import add_allocation

Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier


def focused():
    return QApplication.focusWidget()


def type_entry(qtbot, form, type_key, texts) -> None:
    """From the date field: Tab to each field in turn, type, then Enter posts."""
    qtbot.keyClick(focused(), type_key, ALT)
    form.form.dateEdit.setFocus()
    for text in texts:
        qtbot.keyClick(focused(), Key.Key_Tab)
        if text:
            qtbot.keyClicks(focused(), text)
    qtbot.keyClick(focused(), Key.Key_Return)


def test_typed_receipt_and_feed_show_in_ledger_stock_and_quota_chart(qtbot, gui_session):
    today = dt.date.today()
    add_allocation(gui_session.db, year=today.year, kind="separation", tonnes="10", user="manager")
    window = MainWindow(gui_session)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()

    entry = window.show_screen("entry")
    form = entry.entry_form
    qtbot.waitUntil(lambda: bool(form.materials))
    # A receipt: material, lot, mass, grade, origin, origin detail, supplier.
    type_entry(qtbot, form, Key.Key_1, ["CONC-BAST", "L-900", "2,000", "60", "CN", "", "Baotou Supply"])
    qtbot.waitUntil(lambda: "Posted" in form.form.statusLabel.text())
    # A feed of 500 kg of it into run S-1: material, lot, mass, grade, run.
    type_entry(qtbot, form, Key.Key_3, ["CONC-BAST", "L-900", "500", "60", "S-1"])
    qtbot.waitUntil(lambda: form.mtype is MovementType.FEED and form.form.statusLabel.text().count("Posted") == 1
                    and form.editors["lot"].text() == "")
    wait_for_background()

    ledger = window.show_screen("ledger")
    qtbot.waitUntil(lambda: ledger.model.rowCount() == 2, timeout=5000)

    stock = window.show_screen("stock")
    qtbot.waitUntil(lambda: stock.model.rowCount() == 1, timeout=5000)
    lot = stock.model.stock_at(0)
    assert (lot.material, lot.lot, lot.mass_g, lot.reo_g) == ("CONC-BAST", "L-900", 1_500_000, 900_000)

    dashboard = window.show_screen("dashboard")
    # The dashboard was drawn on the empty ledger at start; it reloads when shown again.
    shown = lambda: [c for c in dashboard.quota_cards if getattr(c, "headroom", None) is not None]  # noqa: E731
    qtbot.waitUntil(lambda: len(shown()) == 1 and shown()[0].headroom.used_g > 0, timeout=5000)
    (card,) = shown()
    # 500 kg at 60 % = 300 kg REO of the 10 t separation quota: 3.00 %.
    assert (card.headroom.used_g, card.headroom.allocated_g, card.headroom.used_pct_bp) == (
        300_000, 10_000_000, 300)
    wait_for_background()
