"""The audit screen and its lazy model: events newest first, filters, the
selected event in full, export; and the words for events in Chinese."""
from __future__ import annotations

import ast
import csv
import re
import string
from pathlib import Path

import openpyxl
import pytest

from audit_trail import FORMULA_COUNTERPARTY, FORMULA_USER, build_trail
from ree_desk.gui import audit_words
from ree_desk.gui.audit_words import TEMPLATES, event_text
from ree_desk.gui.i18n import install_language
from ree_desk.gui.models.audit_model import CACHE_PAGES, COLUMN_OF, PAGE, AuditModel, EntryRole
from ree_desk.gui.qt import QCoreApplication, QDate, QFileDialog, QMessageBox, Qt
from ree_desk.gui.screens.audit import AuditScreen
from ree_desk.services.audit_log import GROUPS, AuditFilter
from ree_desk.services.posting_rows import audit

Role = Qt.ItemDataRole
SERVICE_TEXT = Path(__file__).resolve().parents[2] / "ree_desk" / "services" / "audit_text.py"
CJK = re.compile(r"[\u4e00-\u9fff]")
NOTES = 450  # with the trail, more events than two pages


@pytest.fixture
def trail_session(gui_session, db, monkeypatch, finish_background_work):
    trail = build_trail(db, monkeypatch)
    with db.write() as conn:
        for n in range(NOTES):
            audit(conn, "记录员", "note", {"n": n})
    gui_session.trail = trail
    yield gui_session
    install_language(QCoreApplication.instance(), "en")


def all_ids(session) -> list[int]:
    with session.db.read() as conn:
        return [r[0] for r in conn.exec_driver_sql("SELECT id FROM audit_event ORDER BY id DESC")]


def cell(model, row, key, role=Role.DisplayRole):
    return model.data(model.index(row, COLUMN_OF[key]), role)


# -- the words -----------------------------------------------------------------

def _service_templates() -> set[str]:
    """Every template audit_text can say, read from its source."""
    found = set()

    def constants(node):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.IfExp):
            return constants(node.body) + constants(node.orelse)
        return []

    for node in ast.walk(ast.parse(SERVICE_TEXT.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("Clause", "_named") and node.args:
            found.update(constants(node.args[0]))
        if isinstance(node, ast.Tuple) and len(node.elts) == 2 and isinstance(node.elts[0], ast.Constant) \
                and str(node.elts[0].value).startswith("before "):  # the backup sentences' table
            found.update(constants(node.elts[1]))
    return found


def _fields(text: str) -> set[str]:
    return {name for _literal, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_every_sentence_the_service_says_has_its_words(qapp):
    said = _service_templates()
    assert len(said) > 40
    assert said - set(TEMPLATES) == set()
    install_language(qapp, "zh_CN")
    try:
        for template in TEMPLATES:
            chinese = audit_words.tr(template)
            assert _fields(chinese) == _fields(template), template
            assert chinese != template or not re.search(r"[A-Za-z]", template.replace("{", "").split("}")[-1]), \
                template
        for key, name in {**audit_words.ACTION_NAMES, **audit_words.GROUP_NAMES}.items():
            assert CJK.search(audit_words.tr(name)), key
        assert set(audit_words.GROUP_NAMES) == set(GROUPS)
    finally:
        install_language(qapp, "en")


def test_an_event_is_said_in_chinese_with_its_values_kept(trail_session, qapp):
    from ree_desk.services.audit_log import list_events

    events = {e.id: e for e in list_events(trail_session.db, AuditFilter())}
    ids = trail_session.trail.ids
    install_language(qapp, "zh_CN")
    assert event_text(events[ids["flagged"]]) == "从 june-extra.csv 过账 1 笔流水，1 笔已标记，确认原因：second quota batch"
    assert event_text(events[ids["quota_add"]]) == (
        "新增配额：2025 年冶炼分离，不限来源，第 1 批，2300.000 吨 REO，下达文件 工信部联原〔2025〕1号")
    assert event_text(events[ids["unknown"]]).startswith("supplier_note，counterparty: =HYPERLINK")
    install_language(qapp, "en")
    assert event_text(events[ids["flagged"]]) == (
        "Posted one movement from june-extra.csv, 1 flagged, accepted: second quota batch")


# -- the model, without a window -----------------------------------------------

@pytest.fixture
def model(qtbot, trail_session):
    m = AuditModel(trail_session)
    with qtbot.waitSignal(m.loaded, timeout=30000):
        m.reload()
    return m


def test_the_model_holds_every_event_newest_first_and_reads_pages_as_shown(model, trail_session):
    ids = all_ids(trail_session)
    assert model.rowCount() == len(ids) > 2 * PAGE and model.columnCount() == 5
    assert len(model._pages) == 1  # the first page came with the ids
    rows = (0, PAGE - 1, PAGE, 2 * PAGE + 3, len(ids) - 1)
    for row in rows:
        assert cell(model, row, "id") == str(ids[row])
        assert model.event_id(row) == ids[row] and cell(model, row, "id", EntryRole).id == ids[row]
    assert len(model._pages) == len({row // PAGE for row in rows}) <= CACHE_PAGES
    assert cell(model, 0, "action") == "note" and cell(model, 0, "by") == "记录员"
    oldest = len(ids) - 1
    assert (cell(model, oldest, "action"), cell(model, oldest, "event")) == (
        "Database created", "Database created for 测试稀土冶炼分离有限公司 (91350100M000100Y43), "
                            "30 materials in the catalogue")
    assert cell(model, 0, "id", Role.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_a_flagged_posting_carries_a_warning(model, trail_session):
    row = model.row_of(trail_session.trail.ids["flagged"])
    assert cell(model, row, "at") == "2025-06-02 10:30:00"
    assert cell(model, row, "action", Role.DecorationRole) is not None
    assert cell(model, row, "action", Role.ToolTipRole) == "Recorded with warnings accepted"
    plain = model.row_of(trail_session.trail.ids["post"])
    assert cell(model, plain, "action", Role.DecorationRole) is None


def test_the_model_filters_and_says_its_rows_again_in_another_language(model, trail_session, qtbot, qapp):
    with qtbot.waitSignal(model.loaded, timeout=30000):
        model.set_filter(AuditFilter(group="quotas"))
    assert model.rowCount() == 2 and cell(model, 1, "action") == "Quota added"
    install_language(qapp, "zh_CN")
    model.invalidate()
    assert cell(model, 1, "action") == "新增配额" and cell(model, 1, "event").startswith("新增配额：2025 年冶炼分离")
    assert model.headerData(COLUMN_OF["event"], Qt.Orientation.Horizontal) == "事件"


# -- the screen ----------------------------------------------------------------

@pytest.fixture
def screen(qtbot, trail_session):
    s = AuditScreen(trail_session)
    qtbot.addWidget(s)
    s.resize(1200, 800)
    s.show()
    with qtbot.waitSignal(s.model.loaded, timeout=30000):
        s.activate()
    qtbot.waitUntil(lambda: s.form.userCombo.count() > 1, timeout=10000)
    return s


def wait_filtered(qtbot, screen, action) -> None:
    with qtbot.waitSignal(screen.model.loaded, timeout=30000):
        action()


def test_the_screen_opens_on_the_newest_event_in_full(screen, trail_session):
    f = screen.form
    total = len(all_ids(trail_session))
    assert f.countLabel.text() == f"Events: {total:,}"
    assert screen.selected_id() == all_ids(trail_session)[0]
    assert f.detailEdit.toPlainText().splitlines()[:2] == [
        f"No. {screen.selected_id()} · " + screen.selected_entry().at.strftime("%Y-%m-%d %H:%M:%S")
        + " · 记录员 · note (note)", f"note, n: {NOTES - 1}"]
    assert [f.userCombo.itemText(i) for i in range(f.userCombo.count())] == [
        "All users", FORMULA_USER, "tester", "张三", "管理员", "经理", "记录员"]
    header = f.table.verticalHeader()
    assert header.sectionResizeMode(0) == header.ResizeMode.Fixed


def test_the_group_and_user_filters_narrow_the_events(screen, qtbot, trail_session):
    f = screen.form
    ids = trail_session.trail.ids
    wait_filtered(qtbot, screen, lambda: f.groupCombo.setCurrentIndex(f.groupCombo.findData("flagged")))
    assert screen.model.rowCount() == 1 and screen.selected_id() == ids["flagged"]
    assert f.countLabel.text() == "Events: 1 · filtered"
    detail = f.detailEdit.toPlainText()
    assert "Posted one movement from june-extra.csv, 1 flagged, accepted: second quota batch" in detail
    assert "  source: june-extra.csv" in detail and "  accept_reason: second quota batch" in detail
    assert re.search(r"  chain: [0-9a-f]{64}", detail)
    wait_filtered(qtbot, screen, lambda: f.groupCombo.setCurrentIndex(f.groupCombo.findData("postings")))
    assert screen.model.rowCount() == 2
    wait_filtered(qtbot, screen, lambda: f.userCombo.setCurrentIndex(f.userCombo.findData("经理")))
    assert screen.model.rowCount() == 0 and f.detailEdit.toPlainText() == ""
    wait_filtered(qtbot, screen, screen.clear_filters)
    assert screen.model.rowCount() == len(all_ids(trail_session)) and f.groupCombo.currentIndex() == 0


def test_search_text_and_dates_filter_as_typed(screen, qtbot, trail_session):
    f = screen.form
    ids = trail_session.trail.ids
    with qtbot.waitSignal(screen.model.loaded, timeout=30000):
        qtbot.keyClicks(f.searchEdit, "customs number")   # applied once the typing pauses
    assert [screen.model.event_id(r) for r in range(screen.model.rowCount())] == [ids["month_reopen"]]
    wait_filtered(qtbot, screen, f.searchEdit.clear)
    wait_filtered(qtbot, screen, lambda: f.periodCombo.setCurrentIndex(f.periodCombo.findData("custom")))
    assert f.fromDate.isEnabled()
    f.fromDate.setDate(QDate(2025, 6, 2))
    wait_filtered(qtbot, screen, lambda: f.toDate.setDate(QDate(2025, 6, 3)))
    assert [screen.model.event_id(r) for r in range(screen.model.rowCount())] == [ids["reverse"], ids["flagged"]]


def test_export_writes_the_filtered_events_in_the_users_language(screen, qtbot, trail_session, tmp_path,
                                                                 monkeypatch, qapp):
    f = screen.form
    target = tmp_path / "审计"
    chosen = {}

    def pick(*args, **kwargs):
        chosen["suggested"] = args[2]
        return str(target), "Excel workbook (*.xlsx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(pick))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: pytest.fail(str(a))))
    install_language(qapp, "zh_CN")
    wait_filtered(qtbot, screen, lambda: f.groupCombo.setCurrentIndex(f.groupCombo.findData("postings")))
    qtbot.mouseClick(f.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: f.exportButton.isEnabled(), timeout=30000)
    assert chosen["suggested"].endswith(".xlsx") and "audit-" in chosen["suggested"]
    written = target.with_name("审计.xlsx")
    assert f.statusLabel.text() == f"已导出 2 条事件到 {written}"
    rows = list(openpyxl.load_workbook(written).active.iter_rows(values_only=True))
    assert rows[0][:5] == ("编号 id", "时间 at", "用户 by", "动作 action", "说明 summary")
    ids = trail_session.trail.ids
    assert [r[0] for r in rows[1:]] == [ids["flagged"], ids["post"]]
    assert rows[1][4] == "从 june-extra.csv 过账 1 笔流水，1 笔已标记，确认原因：second quota batch"


def test_export_to_csv_keeps_formula_text_harmless(screen, qtbot, tmp_path, monkeypatch):
    f = screen.form
    target = tmp_path / "audit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    wait_filtered(qtbot, screen, lambda: f.userCombo.setCurrentIndex(f.userCombo.findData(FORMULA_USER)))
    screen.export()
    qtbot.waitUntil(lambda: f.exportButton.isEnabled() and target.exists(), timeout=30000)
    _header, row = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert row[2] == "'" + FORMULA_USER and FORMULA_COUNTERPARTY in row[4]


def test_a_new_event_shows_when_the_screen_is_shown_again(screen, qtbot, trail_session):
    before = screen.model.rowCount()
    with trail_session.db.write() as conn:
        audit(conn, "张三", "login", {"host": "pc-2"})
    screen.hide()
    screen.show()
    with qtbot.waitSignal(screen.model.loaded, timeout=30000):
        screen.activate()
    assert screen.model.rowCount() == before + 1
    assert cell(screen.model, 0, "event") == "Signed in, host: pc-2"


def test_the_screen_speaks_chinese(screen, qapp, qtbot):
    install_language(qapp, "zh_CN")
    qapp.processEvents()
    f = screen.form
    assert f.titleLabel.text() == "审计日志" and f.countLabel.text().startswith("共 ")
    assert f.groupCombo.itemText(0) == "全部事件" and f.groupCombo.findText("带标记的例外") > 0
    assert screen.title() == "审计"
