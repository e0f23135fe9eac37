"""The entry screen driven as a clerk would: keyboard first, real widgets,
a real SQLite file."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from ree_desk.domain.drafts import draft_from_values
from ree_desk.domain.ledger.plan import OVER_QUOTA, REPEAT
from ree_desk.domain.movement_types import MovementType
from ree_desk.domain.problems import Problem
from ree_desk.gui.dialogs.accept_warnings import AcceptWarningsDialog
from ree_desk.gui.i18n import install_language, load_fonts
from ree_desk.gui.models.entry_grid_model import COLUMNS, PROBLEM_BACKGROUND, EntryGridModel
from ree_desk.gui.qt import QApplication, QDate, QDialog, QInputMethodEvent, Qt
from ree_desk.gui.screens.entry import EntryScreen
from ree_desk.gui.worker import wait_for_background
from ree_desk.services.posting import post_movements
from ree_desk.services.quotas import add_allocation
from ree_desk.services.stock import stock_as_of
from ree_desk.store.tables import movement_table, posting_table

Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def focused():
    return QApplication.focusWidget()


def movements(db) -> list:
    with db.read() as conn:
        t = movement_table
        return conn.execute(select(t).order_by(t.c.id)).all()


def count(db) -> int:
    with db.read() as conn:
        return conn.execute(select(func.count()).select_from(movement_table)).scalar()


def receipt_draft(lot, kg, grade="60", origin="CN", material="CONC-BAST", date="2026-06-01"):
    values = dict(date=date, type="RECEIPT", material=material, lot=lot, mass_kg=kg, grade_pct=grade,
                  origin=origin, counterparty="包头供应商")
    if origin != "CN":
        values["customs_no"] = f"C-{lot}"
    draft, problems = draft_from_values(None, values)
    assert not problems
    return draft


@pytest.fixture
def screen(qtbot, gui_session):
    widget = EntryScreen(gui_session)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    widget.activate()
    qtbot.waitUntil(lambda: bool(widget.entry_form.materials))
    yield widget
    wait_for_background()  # no preview may outlive the database


def type_text(qtbot, widget, text: str):
    """Keys for ASCII; Chinese arrives as an input method commits it."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)


def type_into_form(qtbot, form, date: QDate, **fields):
    form.form.dateEdit.setDate(date)
    for name, text in fields.items():
        type_text(qtbot, form.editors[name], text)


# --- the single form ------------------------------------------------------------------------

def test_a_receipt_typed_with_the_keyboard_alone_is_posted_and_the_form_is_ready_for_the_next(
        qtbot, screen, gui_session):
    form = screen.entry_form
    assert focused() is form.form.materialEdit
    qtbot.keyClick(focused(), Key.Key_3, ALT)           # Feed first, to see the shortcut switch back
    assert form.mtype is MovementType.FEED
    qtbot.keyClick(focused(), Key.Key_1, ALT)           # Receipt
    assert form.mtype is MovementType.RECEIPT and form.type_buttons[MovementType.RECEIPT].isChecked()

    qtbot.keyClick(focused(), Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is form.form.dateEdit
    qtbot.keyClick(focused(), Key.Key_Home)
    qtbot.keyClicks(focused(), "2026-06-01")
    for text in ("CONC-BAST", "IMP-0601", "1,000.5", "65.5", "MM", "Kachin", "Lynas Trading",
                 "", "531020260601", "INV-88"):
        qtbot.keyClick(focused(), Key.Key_Tab)
        qtbot.keyClicks(focused(), text)
    assert focused() is form.form.invoiceEdit
    assert form.form.reoValue.text() == "655.328 kg"     # 1,000.5 kg × 65.5 % rounded half up
    qtbot.keyClick(focused(), Key.Key_Return)

    qtbot.waitUntil(lambda: count(gui_session.db) == 1)
    (row,) = movements(gui_session.db)
    assert (row.type, row.day, row.mass_g, row.grade_bp,
            row.reo_g) == ("RECEIPT", dt.date(2026, 6, 1), 1_000_500, 6550, 655_328)
    assert (row.counterparty, row.customs_no, row.invoice_no) == \
        ("Lynas Trading", "531020260601", "INV-88")
    (lot,) = stock_as_of(gui_session.db, dt.date(2026, 6, 30))
    assert (lot.material, lot.lot, lot.origin, lot.mass_g) == ("CONC-BAST", "IMP-0601", "MM", 1_000_500)

    # Ready for the next one: date and type kept, everything else empty, cursor on the material.
    qtbot.waitUntil(lambda: "Posted" in form.form.statusLabel.text())
    assert form.form.dateEdit.date() == QDate(2026, 6, 1)
    assert form.mtype is MovementType.RECEIPT
    assert all(form.editors[n].text() == "" for n in ("material", "lot", "mass_kg", "grade_pct", "origin",
                                                        "counterparty", "customs_no", "invoice_no"))
    assert focused() is form.form.materialEdit
    assert not form.can_post()
    assert all(label.text() == "" for label in form.problem_labels.values())  # no red on a fresh form


def test_tab_runs_top_to_bottom_through_the_fields_of_the_type(qtbot, screen):
    form = screen.entry_form
    qtbot.keyClick(focused(), Key.Key_3, ALT)  # Feed: no origin, counterparty or customs fields
    form.form.dateEdit.setFocus()
    order = [focused().objectName()]
    for _ in range(7):
        qtbot.keyClick(focused(), Key.Key_Tab)
        order.append(focused().objectName())
    # Post is off (and skipped) while the entry is incomplete.
    assert order == ["dateEdit", "materialEdit", "lotEdit", "massEdit", "gradeEdit", "runEdit", "noteEdit",
                     "clearButton"]
    qtbot.keyClick(focused(), Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is form.form.noteEdit


def test_each_type_shows_its_own_fields_and_marks_the_required_ones(qtbot, screen):
    form = screen.entry_form
    shown = lambda: {n for n, e in form.editors.items() if e.isVisible()}  # noqa: E731
    qtbot.keyClick(focused(), Key.Key_5, ALT)  # Shipment
    assert {"counterparty", "destination", "customs_no"} <= shown() and not {"run", "origin"} & shown()
    assert form.labels["destination"].text().endswith("*</span>")
    assert not form.labels["customs_no"].text().endswith("*</span>")
    qtbot.keyClicks(form.form.destinationEdit, "Japan")  # an export needs its customs number
    assert form.labels["customs_no"].text().endswith("*</span>")
    qtbot.keyClick(focused(), Key.Key_6, ALT)  # Adjustment: the note is the required reason
    assert "note" in shown() and "destination" not in shown()
    assert form.labels["note"].text().startswith("Reason")
    qtbot.keyClick(focused(), Key.Key_2, ALT)  # Mining output: origin can only be CN and is filled in
    assert form.form.originEdit.text() == "CN"


def test_an_invalid_grade_shows_an_inline_error_and_post_is_disabled(qtbot, screen, gui_session):
    form = screen.entry_form
    type_into_form(qtbot, form, QDate(2026, 6, 1), material="CONC-BAST", lot="L1", mass_kg="100",
                   grade_pct="65.125", origin="CN", counterparty="包头供应商")
    assert "at most 2 decimals" in form.problem_labels["grade_pct"].text()
    assert not form.form.postButton.isEnabled()
    qtbot.keyClick(form.form.gradeEdit, Key.Key_Return)
    qtbot.wait(50)
    assert count(gui_session.db) == 0
    assert "fix the marked fields" in form.form.statusLabel.text()

    qtbot.keyClick(form.form.gradeEdit, Key.Key_Backspace)
    assert form.problem_labels["grade_pct"].text() == ""
    assert form.form.postButton.isEnabled()


def test_the_ledger_problem_of_an_unknown_lot_is_shown_beside_the_lot(qtbot, screen):
    form = screen.entry_form
    qtbot.keyClick(focused(), Key.Key_3, ALT)
    type_into_form(qtbot, form, QDate(2026, 6, 2), material="CONC-BAST", lot="NO-SUCH", mass_kg="5",
                   grade_pct="60", run="R1")
    qtbot.waitUntil(lambda: form.problem_labels["lot"].text() != "")
    assert "existing lot" in form.problem_labels["lot"].text()
    assert not form.can_post()


def test_the_quota_effect_is_shown_before_posting(qtbot, screen, gui_session):
    add_allocation(gui_session.db, year=2026, kind="separation", tonnes="2300", user="t")
    post_movements(gui_session.db, [receipt_draft("L1", "100000")], user="t", source="test")
    gui_session.set_unit("t")
    form = screen.entry_form
    qtbot.keyClick(focused(), Key.Key_3, ALT)
    type_into_form(qtbot, form, QDate(2026, 6, 2), material="CONC-BAST", lot="L1", mass_kg="20583.333",
                   grade_pct="60", run="R1")
    assert form.form.reoValue.text() == "12.350 t"
    qtbot.waitUntil(lambda: "left" in form.form.quotaText.text())
    assert form.form.quotaText.text() == ("Uses 12.350 t REO of the 2026 smelting separation quota (any origin); "
                                          "2,287.650 t of 2,300.000 t left.")
    assert form.form.stockText.text() == "Lot L1: 100.000 t → 79.417 t at the end of the day."
    assert form.form.previewWarning.text() == ""


def test_an_over_quota_feed_asks_for_a_reason_and_posts_flagged(qtbot, screen, gui_session, monkeypatch):
    add_allocation(gui_session.db, year=2026, kind="separation", tonnes="10", user="t")
    post_movements(gui_session.db, [receipt_draft("L1", "100000")], user="t", source="test")
    shown = []

    def manager_confirms(dialog):
        shown.append([dialog.form.warningList.item(i).text() for i in range(dialog.form.warningList.count())])
        assert not dialog.ok_button.isEnabled()  # no reason, no posting
        type_text(qtbot, dialog.form.reasonEdit, "第三批配额已下达")
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(AcceptWarningsDialog, "exec", manager_confirms)
    form = screen.entry_form
    qtbot.keyClick(focused(), Key.Key_3, ALT)
    type_into_form(qtbot, form, QDate(2026, 6, 2), material="CONC-BAST", lot="L1", mass_kg="20000",
                   grade_pct="60", run="R1")
    qtbot.waitUntil(lambda: "over" in form.form.quotaText.text())
    assert "manager's reason" in form.form.previewWarning.text()
    qtbot.keyClick(form.form.runEdit, Key.Key_Return)

    qtbot.waitUntil(lambda: count(gui_session.db) == 2)
    feed = movements(gui_session.db)[-1]
    assert feed.type == "FEED" and feed.flags & OVER_QUOTA and feed.accept_reason == "第三批配额已下达"
    assert len(shown) == 1 and "smelting separation quota" in shown[0][0]
    qtbot.waitUntil(lambda: "flagged" in form.form.statusLabel.text())


def test_declining_the_warnings_posts_nothing(qtbot, screen, gui_session, monkeypatch):
    post_movements(gui_session.db, [receipt_draft("L1", "10")], user="t", source="test")
    monkeypatch.setattr(AcceptWarningsDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    form = screen.entry_form
    qtbot.keyClick(focused(), Key.Key_3, ALT)
    type_into_form(qtbot, form, QDate(2026, 6, 2), material="CONC-BAST", lot="L1", mass_kg="11",
                   grade_pct="60", run="R1")  # more than the lot holds
    qtbot.waitUntil(lambda: "below zero" in form.form.stockText.text())
    qtbot.keyClick(form.form.runEdit, Key.Key_Return)
    qtbot.waitUntil(lambda: "not accepted" in form.form.statusLabel.text())
    assert count(gui_session.db) == 1
    assert form.form.lotEdit.text() == "L1"  # the entry is still there to correct


def test_the_form_speaks_chinese(qtbot, screen, qapp):
    load_fonts(qapp)
    try:
        install_language(qapp, "zh_CN")
        qtbot.waitUntil(lambda: screen.entry_form.type_buttons[MovementType.RECEIPT].text().startswith("入库"))
        assert screen.form.titleLabel.text() == "流水录入"
        assert screen.entry_form.labels["lot"].text().startswith("批号")
    finally:
        install_language(qapp, "en")
    qtbot.waitUntil(lambda: screen.entry_form.type_buttons[MovementType.RECEIPT].text().startswith("Receipt"))


# --- the day grid ---------------------------------------------------------------------------

def type_cell(qtbot, text: str):
    """Type into the grid's current cell and Tab on, as on a keyboard."""
    if text:
        qtbot.keyClick(focused(), text[0])  # the first key opens the editor
        qtbot.keyClicks(focused(), text[1:])
    qtbot.keyClick(focused(), Key.Key_Tab)


def type_row(qtbot, grid, values: dict[str, str]):
    """From the row's material cell, type each column up to the last one given."""
    last = max(COLUMNS.index(c) for c in values)
    for column in COLUMNS[COLUMNS.index("material"): last + 1]:
        if column != "reo":
            type_cell(qtbot, values.get(column, ""))
        else:
            qtbot.keyClick(focused(), Key.Key_Tab)


def test_the_grid_posts_three_rows_at_once(qtbot, screen, gui_session):
    qtbot.keyClick(focused(), Key.Key_G, CTRL)
    grid = screen.grid
    assert screen.grid_mode and focused() is grid.form.table
    grid.model.set_row(0, {"date": "2026-06-03", "type": "RECEIPT"})
    grid.form.table.setCurrentIndex(grid.model.index(0, COLUMNS.index("material")))
    type_row(qtbot, grid, {"material": "CONC-BAST", "lot": "G1", "mass_kg": "1000", "grade_pct": "60",
                           "origin": "CN", "counterparty": "Baotou Supply"})
    qtbot.keyClick(focused(), Key.Key_N, CTRL)
    type_row(qtbot, grid, {"material": "CONC-BAST", "lot": "G2", "mass_kg": "500", "grade_pct": "55",
                           "origin": "CN", "counterparty": "Baotou Supply"})
    qtbot.keyClick(focused(), Key.Key_N, CTRL)
    grid.model.set_row(2, {"type": "FEED"})
    type_row(qtbot, grid, {"material": "CONC-BAST", "lot": "G1", "mass_kg": "400", "grade_pct": "60",
                           "run": "R7"})
    assert grid.model.filled_rows() == [0, 1, 2] and grid.model.bad_rows() == []
    assert grid.model.data(grid.model.index(0, COLUMNS.index("reo"))) == "600.000"

    qtbot.keyClick(focused(), Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: count(gui_session.db) == 3)
    rows = movements(gui_session.db)
    assert len({r.posting_id for r in rows}) == 1
    assert sorted((r.type, r.mass_g) for r in rows) == [("FEED", -400_000), ("RECEIPT", 500_000),
                                                        ("RECEIPT", 1_000_000)]
    with gui_session.db.read() as conn:
        assert conn.execute(select(posting_table.c.source)).scalar() == "entry grid"
    qtbot.waitUntil(lambda: grid.model.rowCount() == 1 and not grid.model.filled_rows())
    assert grid.model.rows[0].values["date"] == "2026-06-03"  # the day is kept for the next rows


def test_the_grid_offers_the_lots_of_the_rows_material(qtbot, screen, gui_session):
    post_movements(gui_session.db, [receipt_draft("BT-77", "1200"), receipt_draft("MM-5", "300", origin="MM"),
                                    receipt_draft("OX-1", "10", material="PRND-OX")], user="t", source="t")
    screen.reload()
    wait_for_background()
    grid = screen.grid
    screen.set_grid_mode(True)
    table = grid.form.table
    grid.model.set_row(0, {"material": "conc-bast"})  # the lots load as soon as a material is typed
    wait_for_background()
    qtbot.waitUntil(lambda: len(grid.lots.get("CONC-BAST", [])) == 2)
    table.setCurrentIndex(grid.model.index(0, COLUMNS.index("lot")))
    table.edit(table.currentIndex())
    editor = table.indexWidget(table.currentIndex())
    shown = editor.completer().model()
    lines = [shown.index(i, 0).data() for i in range(shown.rowCount())]
    assert len(lines) == 2 and any("BT-77" in line and "1,200.000" in line for line in lines), lines
    assert not any("OX-1" in line for line in lines)  # another material's lot
    qtbot.keyClick(editor, Key.Key_Escape)


def test_the_grid_posts_nothing_while_a_row_has_a_bad_cell(qtbot, screen, gui_session):
    grid = screen.grid
    screen.set_grid_mode(True)
    model = grid.model
    model.set_row(0, {"date": "2026-06-03", "type": "RECEIPT", "material": "CONC-BAST", "lot": "G1",
                      "mass_kg": "1000", "grade_pct": "60", "origin": "CN", "counterparty": "甲"})
    model.set_row(model.add_row(0), {"material": "CONC-BAST", "lot": "G2", "mass_kg": "10",
                                     "grade_pct": "abc", "origin": "CN", "counterparty": "甲"})
    model.set_row(model.add_row(1), {"material": "CONC-BAST", "lot": "G3", "mass_kg": "10",
                                     "grade_pct": "60", "origin": "CN", "counterparty": "甲"})
    assert model.bad_rows() == [1] and not grid.form.postAllButton.isEnabled()
    assert model.data(model.index(1, COLUMNS.index("grade_pct")), Qt.ItemDataRole.BackgroundRole) == \
        PROBLEM_BACKGROUND
    grid.form.table.setFocus()
    qtbot.keyClick(grid.form.table, Key.Key_Return, CTRL)
    qtbot.wait(100)
    assert count(gui_session.db) == 0
    assert "1 row(s) have marked cells" in grid.form.statusLabel.text()
    assert grid.form.table.currentIndex().row() == 1  # taken to the cell to fix
    assert "Row 2" in grid.form.problemsLabel.text()


def test_the_ledgers_refusal_is_put_back_on_the_row_and_cell(qtbot, screen, gui_session):
    grid = screen.grid
    screen.set_grid_mode(True)
    model = grid.model
    model.set_row(0, {"date": "2026-06-03", "type": "RECEIPT", "material": "CONC-BAST", "lot": "G1",
                      "mass_kg": "1000", "grade_pct": "60", "origin": "CN", "counterparty": "甲"})
    model.set_row(model.add_row(0), {"material": "CONC-BAST", "lot": "G2", "mass_kg": "10", "grade_pct": "60",
                                     "origin": "CN", "counterparty": "甲"})
    model.set_row(model.add_row(1), {"type": "FEED", "material": "CONC-BAST", "lot": "NO-SUCH", "mass_kg": "5",
                                     "grade_pct": "60", "run": "R1"})
    assert model.bad_rows() == []
    grid.post_all()
    qtbot.waitUntil(lambda: "Nothing posted" in grid.form.statusLabel.text())
    assert count(gui_session.db) == 0
    assert model.bad_rows() == [2] and set(model.rows[2].ledger) == {"lot"}
    assert model.data(model.index(2, COLUMNS.index("lot")), Qt.ItemDataRole.BackgroundRole) == PROBLEM_BACKGROUND
    assert "existing lot" in model.data(model.index(2, COLUMNS.index("lot")), Qt.ItemDataRole.ToolTipRole)

    model.setData(model.index(2, COLUMNS.index("lot")), "G1")  # corrected: the mark goes, posting works
    assert model.bad_rows() == []
    grid.post_all()
    qtbot.waitUntil(lambda: count(gui_session.db) == 3)



def test_an_entry_repeating_a_posted_movement_says_so_and_posts_only_with_a_reason(
        qtbot, screen, gui_session, monkeypatch):
    first = post_movements(gui_session.db, [receipt_draft("L1", "100"), receipt_draft("L2", "7.5")],
                           user="张三", source="test")
    shown = []

    def manager_confirms(dialog):
        shown.append([dialog.form.warningList.item(i).text() for i in range(dialog.form.warningList.count())])
        type_text(qtbot, dialog.form.reasonEdit, "同日第二车")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(AcceptWarningsDialog, "exec", manager_confirms)
    form = screen.entry_form
    type_into_form(qtbot, form, QDate(2026, 6, 1), material="CONC-BAST", lot="L2", mass_kg="7.5", grade_pct="61",
                   origin="CN", counterparty="另一家供应商")  # grade and counterparty do not make it new
    qtbot.waitUntil(lambda: "repeat of movement" in form.form.previewWarning.text())
    text = form.form.previewWarning.text()
    assert "manager's reason" in text and f"a repeat of movement {first.movement_ids[1]} (posted " in text
    assert f"by 张三 in posting {first.posting_id})" in text
    qtbot.keyClick(form.form.counterpartyEdit, Key.Key_Return)
    qtbot.waitUntil(lambda: count(gui_session.db) == 3)
    row = movements(gui_session.db)[-1]
    assert (row.flags, row.accept_reason) == (REPEAT, "同日第二车")
    assert len(shown) == 1 and "repeat of movement" in shown[0][0]


def test_the_grid_asks_for_a_reason_for_a_row_repeating_the_ledger(qtbot, screen, gui_session, monkeypatch):
    post_movements(gui_session.db, [receipt_draft("G1", "1000", date="2026-06-03")], user="张三", source="test")
    shown = []

    def manager_confirms(dialog):
        shown.append([dialog.form.warningList.item(i).text() for i in range(dialog.form.warningList.count())])
        type_text(qtbot, dialog.form.reasonEdit, "second truck")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(AcceptWarningsDialog, "exec", manager_confirms)
    grid = screen.grid
    screen.set_grid_mode(True)
    model = grid.model
    model.set_row(0, {"date": "2026-06-03", "type": "RECEIPT", "material": "CONC-BAST", "lot": "G2",
                      "mass_kg": "10", "grade_pct": "60", "origin": "CN", "counterparty": "甲"})
    model.set_row(model.add_row(0), {"material": "CONC-BAST", "lot": "G1", "mass_kg": "1,000", "grade_pct": "60",
                                     "origin": "CN", "counterparty": "甲"})
    grid.post_all()
    qtbot.waitUntil(lambda: count(gui_session.db) == 3)
    assert len(shown) == 1 and len(shown[0]) == 1 and shown[0][0].startswith("Row 2: ")
    assert "a repeat of movement 1 (posted " in shown[0][0]
    assert [r.flags for r in movements(gui_session.db)] == [0, 0, REPEAT]


# --- the grid's model, without a window ----------------------------------------------------------

def test_grid_model_checks_each_row_and_carries_date_and_type(qapp):
    model = EntryGridModel()
    model.reset(dt.date(2026, 6, 3), MovementType.FEED)
    assert model.filled_rows() == [] and model.drafts() == []  # a row with only date and type is blank
    model.set_row(0, {"material": "conc-bast", "lot": "L1", "mass_kg": "1,000", "grade_pct": "60", "run": "R1"})
    assert model.bad_rows() == []
    (draft,) = model.drafts()
    assert (draft.line, draft.type, draft.material, draft.mass_g) == (1, MovementType.FEED, "CONC-BAST", -1_000_000)
    assert model.data(model.index(0, COLUMNS.index("reo"))) == "600.000"
    assert model.data(model.index(0, COLUMNS.index("type"))) == "Feed"
    assert model.data(model.index(0, COLUMNS.index("type")), Qt.ItemDataRole.EditRole) == "FEED"
    assert not model.flags(model.index(0, COLUMNS.index("reo"))) & Qt.ItemFlag.ItemIsEditable

    row = model.add_row(0)
    assert model.rows[row].values == {"date": "2026-06-03", "type": "FEED"}
    model.set_row(row, {"material": "CONC-BAST", "lot": "L1", "mass_kg": "-5", "grade_pct": "60", "run": "R1"})
    assert model.bad_rows() == [1] and model.drafts() == []
    assert set(model.rows[1].problems) == {"mass_kg"}
    assert model.first_problem() == (1, COLUMNS.index("mass_kg"))

    model.remove_row(0)
    assert model.rowCount() == 1 and model.rows[0].problems["mass_kg"].line == 1  # renumbered


def test_grid_model_maps_posting_problems_to_rows_and_cells(qapp):
    model = EntryGridModel()
    model.reset(dt.date(2026, 6, 3), MovementType.RECEIPT)
    for number in range(3):
        if number:
            model.add_row()
        model.set_row(number, {"material": "CONC-BAST", "lot": f"L{number}", "mass_kg": "1", "grade_pct": "60",
                               "origin": "CN", "counterparty": "甲"})
    loose = model.apply_problems([
        Problem(2, "lot", "a lot", "x"),
        Problem(3, None, "something about the row", "y"),
        Problem(None, None, "at least one movement", "none"),
    ])
    assert [p.line for p in loose] == [3, None]
    assert model.bad_rows() == [1, 2]
    assert model.data(model.index(1, COLUMNS.index("lot")), Qt.ItemDataRole.BackgroundRole) == PROBLEM_BACKGROUND
    assert model.data(model.index(0, COLUMNS.index("lot")), Qt.ItemDataRole.BackgroundRole) is None
    model.setData(model.index(1, COLUMNS.index("lot")), "L9")
    assert model.bad_rows() == [2]



def test_material_is_found_by_its_chinese_name_and_enter_picks_it_without_posting(qtbot, screen, gui_session):
    form = screen.entry_form
    type_text(qtbot, focused(), "氟碳")
    popup = form.material_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Key.Key_Down)
    qtbot.keyClick(popup, Key.Key_Return)
    assert form.form.materialEdit.text() == "CONC-BAST"
    qtbot.waitUntil(lambda: focused() is form.form.lotEdit)
    assert form.form.statusLabel.text() == "" and count(gui_session.db) == 0
    assert "Bastnaesite concentrate" in form.form.materialInfo.text()


def test_lots_of_the_chosen_material_and_names_used_before_are_offered(qtbot, screen, gui_session):
    known, _ = draft_from_values(None, dict(date="2026-06-01", type="RECEIPT", material="MIX-CARB", lot="M-1",
                                            mass_kg="5", grade_pct="45", origin="CN", counterparty="甲稀土公司",
                                            credit_code="91350100M000100Y43"))
    post_movements(gui_session.db, [receipt_draft("L-77", "10"), known], user="t", source="test")
    gui_session.notify_changed()  # as posting does: the screen fetches its choices again
    form = screen.entry_form
    qtbot.waitUntil(lambda: form.party_completer.model().rowCount() == 2)
    qtbot.keyClicks(form.form.materialEdit, "CONC-BAST")
    qtbot.waitUntil(lambda: form.lot_completer.model().rowCount() == 1)
    assert form.lot_completer.model().item(0).text().startswith("L-77 · CN · 10.000")

    qtbot.keyClick(focused(), Key.Key_5, ALT)  # a shipment: the customer is picked from the names used
    form.form.counterpartyEdit.setFocus()
    type_text(qtbot, form.form.counterpartyEdit, "甲")
    popup = form.party_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Key.Key_Down)
    qtbot.keyClick(popup, Key.Key_Return)
    assert form.form.counterpartyEdit.text() == "甲稀土公司"
    assert form.form.creditCodeEdit.text() == "91350100M000100Y43"  # the code it was used with


def test_tab_past_the_last_cell_starts_a_new_row(qtbot, screen):
    screen.set_grid_mode(True)
    table, model = screen.grid.form.table, screen.grid.model
    table.setCurrentIndex(model.index(0, len(COLUMNS) - 1))
    qtbot.keyClick(table, Key.Key_Tab)
    assert model.rowCount() == 2 and table.currentIndex().row() == 1 and table.currentIndex().column() == 0
    assert model.rows[1].values["type"] == model.rows[0].values["type"]


def test_every_problem_the_entry_can_meet_has_its_words(qapp, gui_session):
    """The ledger's sentences are matched to be translated; a changed
    sentence must not silently fall back to English."""
    from ree_desk.gui.widgets.entry_messages import knows
    from ree_desk.services.entry_preview import preview_entry
    from ree_desk.services.months import close_month

    base = dict(date="2026-06-01", type="RECEIPT", material="CONC-BAST", lot="L1", mass_kg="10", grade_pct="60",
                origin="CN", counterparty="甲")
    variants = [
        {"date": "June"}, {"type": "GIFT"}, {"material": None}, {"lot": None}, {"mass_kg": None},
        {"mass_kg": "0"}, {"mass_kg": "-5"}, {"mass_kg": "abc"}, {"mass_kg": "1.2345"}, {"mass_kg": "1e3"},
        {"mass_kg": "12..3"}, {"mass_kg": "1,2,3"}, {"mass_kg": "0,5"}, {"mass_kg": "1,234 567"},
        {"mass_kg": "inf"}, {"mass_kg": "9" * 30}, {"mass_kg": "9" * 15}, {"grade_pct": None},
        {"grade_pct": "120"}, {"grade_pct": "65.125"}, {"grade_pct": "x"}, {"origin": None}, {"origin": "XX"},
        {"type": "MINED", "origin": "US"}, {"counterparty": None}, {"credit_code": "123"},
        {"credit_code": "91350100M000100Y44"}, {"credit_code": "91A50100M000100Y43"},
        {"credit_code": "91350100M00010OY43"}, {"origin": "US"}, {"destination": "JP"}, {"run": "R1"},
        {"lot": "L" * 80},
        {"type": "SHIPMENT", "origin": None, "destination": None},
        {"type": "SHIPMENT", "origin": None, "destination": "JP"},
        {"type": "FEED", "origin": None, "counterparty": None}, {"type": "ADJUSTMENT"},
    ]
    problems = []
    for change in variants:
        values = {k: v for k, v in {**base, **change}.items() if v is not None}
        problems += draft_from_values(1, values)[1]
    post_movements(gui_session.db, [receipt_draft("L1", "10", date="2026-05-05")], user="t", source="test")
    add_allocation(gui_session.db, year=2026, kind="separation", tonnes="1", user="t")
    ledger_cases = [
        dict(base, type="FEED", lot="NOPE", origin=None, counterparty=None, run="R1"),
        dict(base, material="NOPE"),
        dict(base, type="MINED", counterparty=None),
        dict(base, type="OUTPUT", origin=None, counterparty=None, run="R9"),
        dict(base, type="FEED", origin=None, counterparty=None, run="R1", mass_kg="5000"),
        dict(base, type="ADJUSTMENT", lot="FOUND", origin=None, counterparty=None, note="盘盈"),
        dict(base, origin="US", customs_no="C1"),
    ]
    for values in ledger_cases:
        draft, field_problems = draft_from_values(1, {k: v for k, v in values.items() if v is not None})
        assert not field_problems, field_problems
        preview = preview_entry(gui_session.db, draft)
        problems += preview.problems + preview.warnings
    close_month(gui_session.db, "2026-05", user="t")
    closed, _ = draft_from_values(1, dict(base, date="2026-05-20"))
    problems += preview_entry(gui_session.db, closed).problems
    unknown = sorted({p.expected for p in problems if not knows(p.expected)})
    assert unknown == []
    assert len({p.expected for p in problems}) > 35
