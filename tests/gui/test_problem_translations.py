"""Every problem and error a service can put on a screen reads in Chinese.

The services are driven with bad input on a real database file; whatever
they refuse with must come out of the screens' translation in Chinese, with
the values it names (numbers, codes, lots, months, paths) kept. A service
sentence that is reworded, or a new one, fails here until it is translated.
"""
from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook

from ree_desk.domain.credit_code import CreditCodeError, check_character, validate_credit_code
from ree_desk.domain.problems import InputRejected, Problem
from ree_desk.domain.quantities import QuantityError, parse_grade_pct, parse_mass_kg, parse_tonnes
from ree_desk.gui.dialogs.allocation import AllocationDialog
from ree_desk.gui.i18n import install_language
from ree_desk.gui.problem_text import error_text, knows, problem_text, sentence_text
from ree_desk.gui.qt import QDialogButtonBox, Qt
from ree_desk.gui.screens.settings import SettingsScreen
from ree_desk.report.checks import ReportCheckFailed
from ree_desk.services.allocations import edit_allocation
from ree_desk.services.enterprise import update_enterprise
from ree_desk.services.import_preview import preview_file
from ree_desk.services.importer import import_file
from ree_desk.services.ledger_export import export_format
from ree_desk.services.months import close_month, reopen_month
from ree_desk.services.posting import post_movements
from ree_desk.services.quotas import add_allocation
from ree_desk.services.report import make_report
from ree_desk.services.reversal import reverse_movement
from ree_desk.services.setup import init_database
from ree_desk.services.stocktake import book_lines, post_stocktake
from ree_desk.services.trace import trace_lot
from ree_desk.store.database import StoreError, open_database
from conftest import CREDIT_CODE, draft

CJK = re.compile(r"[\u4e00-\u9fff]")
NUMBER = re.compile(r"\d+")
TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def chinese(qapp):
    install_language(qapp, "zh_CN")
    yield
    install_language(qapp, "en")


def rejected(call, *args, **kwargs) -> list[Problem]:
    with pytest.raises(InputRejected) as caught:
        call(*args, **kwargs)
    return caught.value.problems


def raised(kind: type[BaseException], call, *args, **kwargs) -> BaseException:
    with pytest.raises(kind) as caught:
        call(*args, **kwargs)
    return caught.value


def assert_chinese(problems: list[Problem], *keep: str) -> None:
    """Each problem translated, keeping the numbers it found and the values named."""
    assert problems
    texts = [problem_text(p) for p in problems]
    for problem, text in zip(problems, texts):
        assert CJK.search(text) and knows(problem.expected), f"not translated: {problem}"
        assert "expected" not in text and "found" not in text, text
        for number in NUMBER.findall(problem.found):
            assert number in text, (number, text)
    for value in keep:
        assert any(value in text for text in texts), (value, texts)


def assert_chinese_error(exc: BaseException, *keep: str) -> str:
    text = error_text(exc)
    assert CJK.search(text), f"not translated: {exc}"
    assert "expected" not in text, text
    for value in keep:
        assert value in text, (value, text)
    return text


def receipt(lot: str, kg: str, day: str = "2026-05-05"):
    return draft(date=day, type="RECEIPT", material="CONC-BAST", lot=lot, mass_kg=kg, grade_pct="60",
                 origin="CN", counterparty="包头供应商")


# ------------------------------------------------------------ quota allocations


def test_quota_allocation_problems_read_in_chinese(chinese, db):
    def add(**change):
        values = dict(year=2026, kind="separation", tonnes="10", user="t")
        return rejected(add_allocation, db, **{**values, **change})

    for tonnes in ("abc", "-5", "0", "1,5", "1.1234567", "1e3", "", "12..3", "1,2,3"):
        assert_chinese(add(tonnes=tonnes), tonnes)
    assert_chinese(add(kind="gold"), "gold")
    assert_chinese(add(scope="abroad"), "abroad")
    assert_chinese(add(year=1999), "1999")
    assert_chinese(add(batch=0))

    allocation_id = add_allocation(db, year=2026, kind="separation", tonnes="10", batch=1, user="t")
    edit = dict(tonnes="10", batch=1, scope="any", document=None, reason="通知更正", user="t")
    assert_chinese(rejected(edit_allocation, db, allocation_id, **{**edit, "reason": " "}))
    assert_chinese(rejected(edit_allocation, db, 999, **edit), "999")
    assert_chinese(rejected(edit_allocation, db, allocation_id, **edit))
    assert_chinese(rejected(edit_allocation, db, allocation_id, **{**edit, "tonnes": "-2"}), "-2")


# ------------------------------------------------------ the enterprise profile

WRONG_CHECK = CREDIT_CODE[:-1] + ("0" if CREDIT_CODE[-1] != "0" else "1")


@pytest.mark.parametrize("code, keep", [
    ("123", ("3",)),
    (WRONG_CHECK, (CREDIT_CODE[-1], WRONG_CHECK[-1])),
    ("91A50100M000100Y43", ("A", "3")),
    ("91350100M00010OY43", ("O", "15")),
])
def test_enterprise_profile_problems_read_in_chinese(chinese, db, code, keep):
    assert_chinese(rejected(update_enterprise, db, name="  ", credit_code=code, user="t"), code, *keep)
    assert_chinese_error(raised(CreditCodeError, validate_credit_code, code), *keep)


def test_a_new_database_refused_says_why_in_chinese(chinese, db, db_path, tmp_path):
    assert_chinese_error(raised(ValueError, init_database, tmp_path / "new.sqlite3", enterprise=" ",
                                credit_code=CREDIT_CODE, user="t"))
    assert_chinese_error(raised(CreditCodeError, init_database, tmp_path / "new.sqlite3", enterprise="甲",
                                credit_code="123", user="t"), "3")
    assert_chinese_error(raised(StoreError, init_database, db_path, enterprise="甲", credit_code=CREDIT_CODE,
                                user="t"), str(db_path))


# --------------------------------------------------------- opening a database


def test_a_database_that_cannot_be_opened_says_why_in_chinese(chinese, db, db_path, tmp_path):
    db.close()
    with sqlite3.connect(db_path) as con:
        con.execute("UPDATE alembic_version SET version_num = 'f00d2031'")
    newer = assert_chinese_error(raised(StoreError, open_database, db_path), str(db_path), "f00d2031")
    assert "REE Desk" in newer

    text_file = tmp_path / "notes.sqlite3"
    text_file.write_text("not a database", encoding="utf-8")
    assert_chinese_error(raised(StoreError, open_database, text_file), str(text_file))

    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as con:
        con.execute("CREATE TABLE t (x)")
    assert_chinese_error(raised(StoreError, open_database, foreign), str(foreign))

    missing = tmp_path / "gone.sqlite3"
    assert_chinese_error(raised(StoreError, open_database, missing), str(missing))


# -------------------------------------------- stocktake, trace, months, reversal


def test_stocktake_and_trace_problems_read_in_chinese(chinese, db):
    post_movements(db, [receipt("L1", "100")], user="t", source="test")
    day = dt.date(2026, 6, 1)
    assert_chinese(rejected(post_stocktake, db, day, {}, reason=" ", user="t"))
    assert_chinese(rejected(post_stocktake, db, day, {("CONC-BAST", "L1"): -5000}, reason="盘点", user="t"),
                   "L1", "CONC-BAST", "-5000")
    assert_chinese(rejected(post_stocktake, db, day, {("CONC-BAST", "L9"): 5000}, reason="盘点", user="t"),
                   "L9", "CONC-BAST")
    assert_chinese(rejected(book_lines, db, day, [("NOPE", "L1")]), "NOPE")
    assert_chinese(rejected(trace_lot, db, "CONC-BAST", "L7"), "CONC-BAST", "L7")


def test_month_report_and_reversal_problems_read_in_chinese(chinese, db, tmp_path):
    ids = post_movements(db, [receipt("L1", "100", "2026-04-05"), receipt("L2", "50", "2026-05-05")],
                         user="t", source="test").movement_ids
    assert_chinese(rejected(close_month, db, "May 2026", user="t", today=TODAY), "May 2026")
    assert_chinese(rejected(close_month, db, "2026-12", user="t", today=TODAY), "2026-12")
    assert_chinese(rejected(close_month, db, "2026-05", user="t", today=TODAY), "2026-05", "2026-04")
    close_month(db, "2026-04", user="t", today=TODAY)
    close_month(db, "2026-05", user="t", today=TODAY)
    assert_chinese(rejected(close_month, db, "2026-05", user="t", today=TODAY), "2026-05")
    assert_chinese(rejected(reopen_month, db, "2026-04", user="t", reason=" "))
    assert_chinese(rejected(reopen_month, db, "2026-04", user="t", reason="更正"), "2026-04", "2026-05")
    assert_chinese(rejected(reopen_month, db, "2026-06", user="t", reason="更正"), "2026-06")
    assert_chinese(rejected(make_report, db, "2026-06", user="t", close=True, today=TODAY))
    assert_chinese(rejected(make_report, db, "2026-11", user="t", close=True, xlsx=tmp_path / "r.xlsx",
                            today=TODAY), "2026-11")

    reverse = dict(day=dt.date(2026, 6, 2), reason="录错", user="t")
    assert_chinese(rejected(reverse_movement, db, ids[0], **{**reverse, "reason": ""}))
    assert_chinese(rejected(reverse_movement, db, 999, **reverse), "999")
    assert_chinese(rejected(reverse_movement, db, ids[0], **{**reverse, "day": dt.date(2026, 5, 20)}), "2026-05")
    reopen_month(db, "2026-05", user="t", reason="更正")
    reversal = reverse_movement(db, ids[1], **reverse).movement_ids[0]
    assert_chinese(rejected(reverse_movement, db, ids[1], **reverse), str(ids[1]), str(reversal))
    assert_chinese(rejected(reverse_movement, db, reversal, **reverse), str(reversal))
    assert_chinese(rejected(post_movements, db, [], user="t", source="test"))
    assert_chinese(rejected(post_movements, db, [receipt("L3", "1", "2026-06-01")], user="t", source="test",
                            accept_reason=" "))


# ------------------------------------------------------------ movement files


HEADER = "date,type,material,lot,mass_kg,grade_pct,origin,counterparty\n"
ROW = "2026-06-01,RECEIPT,CONC-BAST,L1,10,60,CN,甲\n"


def file_problems(db, path: Path) -> list[Problem]:
    preview = preview_file(db, path, user="t")
    return preview.problems


@pytest.mark.parametrize("name, body, keep", [
    ("moves.txt", ROW, ()),
    ("moves.xls", ROW, ()),
    ("zipped.csv", b"PK\x03\x04rest", ()),
    ("old.csv", b"\xd0\xcf\x11\xe0rest", ()),
    ("gbk.csv", (HEADER + ROW).encode("gbk"), ("1",)),
    ("latin.csv", HEADER.encode() + b"\xff\xfe\xfa\n", ()),
    ("empty.csv", b"", ()),
    ("header-only.csv", HEADER, ()),
    ("unknown.csv", HEADER.replace("counterparty", "colour") + ROW, ("colour",)),
    ("twice.csv", HEADER.replace("counterparty", "lot") + ROW, ("lot",)),
    ("missing.csv", HEADER.replace(",grade_pct", "") + ROW.replace(",60", ""), ("grade_pct", "品位")),
    ("wide.csv", HEADER + ROW.strip() + ",x,y\n", ("8", "10")),
    ("unnamed.csv", HEADER.replace(",origin", ",,origin") + ROW.replace(",CN", ",x,CN"), ("x", "7")),
    ("broken.csv", HEADER + '2026-06-01,"RECEIPT\n', ()),
])
def test_a_movement_file_that_cannot_be_read_says_why_in_chinese(chinese, db, tmp_path, name, body, keep):
    path = tmp_path / name
    path.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    assert_chinese(file_problems(db, path), *keep)


def test_movement_files_of_other_kinds_say_why_in_chinese(chinese, db, tmp_path):
    assert_chinese(file_problems(db, tmp_path / "gone.csv"))
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    assert_chinese(file_problems(db, folder))
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(b"PK\x03\x04 not really a workbook")
    assert_chinese(file_problems(db, damaged))
    empty = tmp_path / "empty.xlsx"
    Workbook().save(empty)
    assert_chinese(file_problems(db, empty))
    # The importer names the file before the reason it could not be read.
    text = assert_chinese_error(raised(InputRejected, import_file, db, tmp_path / "gone.csv", user="t"),
                                "gone.csv")
    assert "gone.csv：" in text


def test_a_file_imported_before_and_its_repeated_rows_read_in_chinese(chinese, db, tmp_path):
    first = tmp_path / "june.csv"
    first.write_text(HEADER + ROW, encoding="utf-8")
    import_file(db, first, user="张三")
    again = tmp_path / "june-again.csv"
    again.write_bytes(first.read_bytes())
    [file_warning] = rejected(import_file, db, again, user="t")
    assert_chinese([file_warning], "june.csv", "张三", "1")
    assert "内容相同的文件" in problem_text(file_warning)
    more = tmp_path / "more.csv"
    more.write_text(HEADER + ROW.replace("L1", "L2") + ROW, encoding="utf-8")
    problems = rejected(import_file, db, more, user="t")
    assert [p.line for p in problems] == [3]
    assert_chinese(problems, "张三")
    assert "与流水 1 重复" in problem_text(problems[0])
    summary = raised(InputRejected, import_file, db, more, user="t").summary
    assert sentence_text(summary).startswith("1 条警告（库存为负、超配额或重复录入）")


# --------------------------------------------------- domain errors said whole


@pytest.mark.parametrize("parse, text", [
    (parse_tonnes, "abc"), (parse_tonnes, "-5"), (parse_tonnes, "1.1234567"), (parse_tonnes, "1e3"),
    (parse_tonnes, ""), (parse_tonnes, "nan"), (parse_mass_kg, "0,5"), (parse_mass_kg, "1,234 567"),
    (parse_mass_kg, "9" * 16), (parse_grade_pct, "120"), (parse_grade_pct, "65.125"),
])
def test_a_quantity_that_is_no_number_says_why_in_chinese(chinese, parse, text):
    exc = raised(QuantityError, parse, text)
    assert_chinese_error(exc, *NUMBER.findall(text))


def test_other_domain_errors_read_in_chinese(chinese, tmp_path):
    assert_chinese_error(raised(ValueError, export_format, tmp_path / "ledger.pdf"), "ledger.pdf")
    failed = ReportCheckFailed("2026-05", ["closing stock CONC-BAST: report 10, ledger 12, difference -2"])
    assert_chinese_error(failed, "2026-05", "CONC-BAST")
    assert_chinese_error(raised(CreditCodeError, check_character, "123"), "3")


def test_a_sentence_not_known_is_shown_as_written(chinese):
    assert sentence_text("the moon is made of cheese") == "the moon is made of cheese"
    assert problem_text(Problem(None, None, "something new", "x")) == "应为：something new；实际：x"


def test_in_english_the_services_sentences_stay_as_written(qapp, db):
    install_language(qapp, "en")
    problems = rejected(add_allocation, db, year=2026, kind="separation", tonnes="-5", user="t")
    assert problem_text(problems[0]) == 'Tonnes REO: expected tonnes of REO of zero or more, found "-5"'
    code = raised(CreditCodeError, validate_credit_code, WRONG_CHECK)
    assert sentence_text(str(code)) == str(code)


# ------------------------------------------------------------ on the screens


def test_the_allocation_dialog_shows_a_bad_figure_in_chinese(qtbot, chinese, gui_session):
    dialog = AllocationDialog(gui_session, year=2026)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.tonnesEdit.setText("12,5")
    qtbot.mouseClick(dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.form.problemLabel.isVisible()
    assert dialog.form.problemLabel.text() == "REO 吨数：应为：吨数，以“.”作小数点；实际：\"12,5\""


def test_the_settings_screen_says_why_a_credit_code_is_wrong_in_chinese(qtbot, chinese, gui_session):
    screen = SettingsScreen(gui_session)
    qtbot.addWidget(screen)
    screen.show()
    screen.activate()
    screen.form.codeEdit.setText(WRONG_CHECK)
    label = screen.form.codeStatusLabel.text()
    assert label == f"✗ 统一社会信用代码无效：校验位应为 {CREDIT_CODE[-1]}，而不是 {WRONG_CHECK[-1]}"
    assert not screen.form.saveProfileButton.isEnabled()
