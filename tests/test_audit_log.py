"""The audit trail read back: filters, order, pages, sentences, export, and
``ree-desk audit``."""
from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys

import openpyxl
import pytest

from audit_trail import FORMULA_COUNTERPARTY, FORMULA_USER, build_trail
from conftest import day, raw_sql
from ree_desk.services.audit_export import HEADERS, export_audit
from ree_desk.services.audit_log import (
    GROUPS,
    AuditEntry,
    AuditFilter,
    AuditFilterError,
    count_events,
    event_ids,
    fetch_events,
    is_flagged,
    list_events,
    load_head,
    users,
)
from ree_desk.services.audit_text import sentence, summary
from ree_desk.services.backups import copies_key
from ree_desk.services.posting_rows import audit


@pytest.fixture
def trail(db, monkeypatch):
    return build_trail(db, monkeypatch)


def ids_of(db, **filters) -> list[int]:
    return [e.id for e in list_events(db, AuditFilter(**filters))]


def all_ids(db) -> list[int]:
    with db.read() as conn:
        return [r[0] for r in conn.exec_driver_sql("SELECT id FROM audit_event ORDER BY id DESC")]


# -- reading and filtering -----------------------------------------------------

def test_every_event_is_listed_newest_first_with_its_detail(db, trail):
    events = list_events(db, AuditFilter())
    assert [e.id for e in events] == all_ids(db) and len(events) == 15
    post = next(e for e in events if e.id == trail.ids["post"])
    assert (post.by, post.action, post.at) == ("张三", "post", dt.datetime(2025, 6, 1, 9, 0))
    assert post.detail["source"] == "june.csv" and post.detail["rows"] == 2
    assert json.loads(post.raw) == post.detail
    # A column the table holds beyond the five every version has (the hash
    # chain) is read too.
    assert len(post.extra["chain"]) == 64


def test_the_date_range_takes_whole_days_at_both_ends(db, trail):
    assert ids_of(db, date_from=day("2025-06-02"), date_to=day("2025-06-04")) == [
        trail.ids["quota_add"], trail.ids["reverse"], trail.ids["flagged"]]
    assert ids_of(db, date_to=day("2025-06-01")) == [trail.ids["post"]]
    assert ids_of(db, date_from=day("2025-07-05"), date_to=day("2025-07-05")) == [
        trail.ids["hash"], trail.ids["unknown"], trail.ids["login"]]


@pytest.mark.parametrize("group, names", [
    ("postings", ["flagged", "post"]),
    ("flagged", ["flagged"]),
    ("reversals", ["reverse"]),
    ("quotas", ["quota_edit", "quota_add"]),
    ("months", ["month_reopen", "month_close"]),
    ("settings", ["material_add", "enterprise_edit", "init"]),
    ("logins", ["login"]),
    ("backups", ["backup", "backup_before_reopen"]),
    ("reports", []),
])
def test_each_group_holds_its_actions(db, trail, group, names):
    assert ids_of(db, group=group) == [trail.ids[n] for n in names]


def test_a_reversal_accepted_with_warnings_is_a_flagged_exception(db, trail):
    # Reversing the receipt the feed drew on leaves lot L1 negative.
    from ree_desk.services.reversal import reverse_movement

    reverse_movement(db, 1, day=day("2025-06-05"), reason="counted twice", user="经理",
                     accept_reason="stock counted again")
    [newest] = list_events(db, AuditFilter(group="flagged"), limit=1)
    assert newest.action == "reverse" and is_flagged(newest)
    assert summary(newest) == ("Reversed movement No. 1 by No. 5, reason: counted twice, 1 flagged, "
                               "accepted: stock counted again")
    assert not is_flagged(list_events(db, AuditFilter(group="reversals"))[-1])
    # Warnings accepted in advance where none arose flag nothing.
    reverse_movement(db, 3, day=day("2025-06-05"), reason="fed by mistake", user="经理", accept_reason="in case")
    [newest] = list_events(db, AuditFilter(group="reversals"), limit=1)
    assert not is_flagged(newest) and summary(newest) == "Reversed movement No. 3 by No. 6, reason: fed by mistake"
    assert ids_of(db, group="flagged")[:2] == [newest.id - 1, trail.ids["flagged"]]


def test_an_unknown_group_is_refused():
    with pytest.raises(AuditFilterError, match="expected a group of events"):
        AuditFilter(group="everything")


def test_action_and_user_match_exactly(db, trail):
    assert ids_of(db, action="supplier_note") == [trail.ids["hash"], trail.ids["unknown"]]
    assert ids_of(db, action="post") == [trail.ids["flagged"], trail.ids["post"]]
    assert ids_of(db, user="张三", group="postings") == [trail.ids["flagged"], trail.ids["post"]]
    assert ids_of(db, user="张") == []
    assert users(db) == sorted([FORMULA_USER, "tester", "张三", "管理员", "经理"])


def test_text_is_found_in_the_detail_and_the_action(db, trail):
    assert ids_of(db, text='wrong "supplier') == [trail.ids["reverse"]]  # stored as JSON, quote escaped
    assert ids_of(db, text="工信部联原") == [trail.ids["quota_edit"], trail.ids["quota_add"]]
    assert ids_of(db, text="JUNE-EXTRA") == [trail.ids["flagged"]]     # any case
    assert ids_of(db, text="reopen") == [trail.ids["month_reopen"], trail.ids["backup_before_reopen"]]
    assert ids_of(db, text="100%") == []                                # % is a character, not a wildcard


def test_a_number_finds_its_event_and_the_events_naming_it_not_a_hash_holding_its_digits(db, trail):
    assert ids_of(db, text="12345") == [trail.ids["unknown"]]
    assert ids_of(db, text=f"#{trail.ids['login']}") == [trail.ids["login"]]
    # Movement 2 is named by the posting that wrote it and by its reversal.
    found = ids_of(db, text="2")
    assert trail.ids["reverse"] in found and trail.ids["post"] in found and 2 in found


def test_filters_combine(db, trail):
    assert ids_of(db, group="backups", user="管理员", date_from=day("2025-07-04")) == [trail.ids["backup"]]
    assert ids_of(db, group="flagged", text="june.csv") == []


def test_pages_are_read_by_id_in_the_order_asked(db, trail):
    with db.read() as conn:
        ids = event_ids(conn, AuditFilter())
        assert list(ids) == all_ids(db)
        page = fetch_events(conn, [ids[3], ids[0], 999_999, ids[1]])
        assert [e.id for e in page] == [ids[3], ids[0], ids[1]]
        assert count_events(conn, AuditFilter(group="postings")) == 2
    head = load_head(db, AuditFilter(), 5)
    assert list(head.ids) == all_ids(db) and [e.id for e in head.events] == all_ids(db)[:5]


# -- sentences -----------------------------------------------------------------

def said(db, trail, name: str) -> str:
    [entry] = fetch_events_of(db, trail.ids[name])
    return summary(entry)


def fetch_events_of(db, *ids):
    with db.read() as conn:
        return fetch_events(conn, ids)


def test_each_known_event_is_said_in_a_sentence(db, trail):
    assert said(db, trail, "init").startswith("Database created for 测试稀土冶炼分离有限公司 (91350100M000100Y43)")
    assert said(db, trail, "post") == "Posted 2 movements from june.csv"
    assert said(db, trail, "flagged") == (
        "Posted one movement from june-extra.csv, 1 flagged, accepted: second quota batch")
    assert said(db, trail, "reverse") == 'Reversed movement No. 2 by No. 4, reason: wrong "supplier"'
    assert said(db, trail, "quota_add") == ("Quota added: 2025 smelting separation, any origin, batch 1, "
                                            "2300.000 t REO, document 工信部联原〔2025〕1号")
    assert said(db, trail, "quota_edit") == ("Quota allocation No. 1 (2025 smelting separation) corrected, "
                                             "2300.000 → 2400.000 t REO, reason: second batch notice")
    assert said(db, trail, "month_close") == "Closed 2025-06, one lot balance stored"
    assert said(db, trail, "month_reopen") == "Reopened 2025-06, reason: customs number corrected"
    stem = copies_key(db).stem
    assert said(db, trail, "backup_before_reopen").startswith(f"Copy of the database before reopening 2025-06: {stem}-")
    assert said(db, trail, "backup").startswith(f"Daily copy of the database: {stem}-")
    assert said(db, trail, "enterprise_edit") == (
        "Enterprise profile changed from 测试稀土冶炼分离有限公司 (91350100M000100Y43) "
        "to 测试稀土新材料有限公司 (91350100M000100Y43)")
    assert said(db, trail, "material_add") == "Material added: LA-CARB 碳酸镧 / Lanthanum carbonate"
    assert said(db, trail, "login") == "Signed in, host: pc-1"


def test_an_unknown_action_is_shown_with_its_detail_as_written(db, trail):
    assert said(db, trail, "unknown") == f"supplier_note, counterparty: {FORMULA_COUNTERPARTY}, value: 12345"


def entry(action: str, detail: dict) -> AuditEntry:
    return AuditEntry(1, dt.datetime(2026, 6, 30, 17, 0), "张三", action, detail, json.dumps(detail), {})


def test_the_sentences_of_large_postings_reports_and_other_backups():
    assert summary(entry("post", {"source": "june.csv", "rows": 20000, "flagged": 3,
                                  "accept_reason": "second quota batch"})) == (
        "Posted 20,000 movements from june.csv, 3 flagged, accepted: second quota batch")
    assert summary(entry("post", {"source": "entry", "rows": 1, "flagged": 0})) == "Entered one movement by hand"
    assert summary(entry("post", {"source": "entry grid", "rows": 12})) == "Posted 12 movements from the entry grid"
    assert summary(entry("post", {"source": "stocktake 2026-06-30", "rows": 4})) == (
        "Posted the stocktake of 2026-06-30: 4 adjustments")
    assert summary(entry("report_close", {"month": "2026-06", "movements": 10481, "checksum": "ab" * 32,
                                          "xlsx": "/r/2026-06.xlsx", "pdf": "/r/2026-06.pdf"})) == (
        "Made the report for 2026-06 and closed the month: 10,481 movements, checksum abababababab, "
        "files: 2026-06.xlsx 2026-06.pdf")
    assert summary(entry("backup", {"file": "/b/x.sqlite3", "reason": "before closing 2026-06"})) == (
        "Copy of the database before closing 2026-06: x.sqlite3")
    assert summary(entry("backup", {"file": "/b/x.sqlite3", "reason": "moving office"})) == (
        "Copy of the database: x.sqlite3, reason: moving office")


def test_a_detail_of_another_shape_than_expected_is_shown_as_written():
    # A posting event without its row count: nothing is lost, nothing raised.
    assert summary(entry("post", {"source": "june.csv"})) == "post, source: june.csv"
    assert summary(entry("month_close", {"month": "2026-06", "lots": "many"})) == (
        "month_close, month: 2026-06, lots: many")
    assert [c.template for c in sentence(entry("restore", {}))] == ["Database restored from a copy"]


# -- export --------------------------------------------------------------------

def test_xlsx_keeps_every_event_with_text_as_text(db, trail, tmp_path):
    path = tmp_path / "audit.xlsx"
    assert export_audit(db, path, AuditFilter()) == 15
    ws = openpyxl.load_workbook(path).active
    rows = list(ws.iter_rows())
    assert [c.value for c in rows[0]] == list(HEADERS) + ["chain"]
    assert HEADERS[:4] == ("编号 id", "时间 at", "用户 by", "动作 action")
    by_id = {r[0].value: r for r in rows[1:]}
    assert list(by_id) == all_ids(db)
    post = by_id[trail.ids["post"]]
    assert post[1].value == dt.datetime(2025, 6, 1, 9, 0) and post[1].number_format == "yyyy-mm-dd hh:mm:ss"
    assert post[4].value == "Posted 2 movements from june.csv"
    assert json.loads(post[5].value)["source"] == "june.csv" and len(post[6].value) == 64
    unknown = by_id[trail.ids["unknown"]]
    assert unknown[2].value == FORMULA_USER and unknown[2].data_type == "s"   # text, not a formula
    assert FORMULA_COUNTERPARTY in unknown[4].value and FORMULA_COUNTERPARTY in json.loads(unknown[5].value).values()


def test_a_sentence_starting_like_a_formula_stays_text(db, trail, tmp_path):
    path = tmp_path / "audit.xlsx"
    export_audit(db, path, AuditFilter(action="supplier_note"),
                 describe=lambda e: e.detail.get("counterparty") or summary(e))
    ws = openpyxl.load_workbook(path).active
    cell = ws.cell(row=3, column=5)
    assert ws.cell(row=3, column=1).value == trail.ids["unknown"]
    assert (cell.value, cell.data_type, cell.quotePrefix) == (FORMULA_COUNTERPARTY, "s", True)


def test_csv_is_utf8_with_bom_and_formulas_defused(db, trail, tmp_path):
    path = tmp_path / "audit.csv"
    assert export_audit(db, path, AuditFilter(user=FORMULA_USER)) == 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header, row = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert header == list(HEADERS) + ["chain"]
    assert row[:4] == [str(trail.ids["unknown"]), "2025-07-05 08:01:00", "'" + FORMULA_USER, "supplier_note"]
    assert json.loads(row[5])["counterparty"] == FORMULA_COUNTERPARTY


def test_a_cancelled_export_leaves_no_file(db, tmp_path):
    with db.write() as conn:
        for n in range(1200):
            audit(conn, "tester", "note", {"n": n})

    def cancel(done, total):
        raise KeyboardInterrupt

    for name in ("audit.xlsx", "audit.csv"):
        with pytest.raises(KeyboardInterrupt):
            export_audit(db, tmp_path / name, AuditFilter(), progress=cancel)
    assert sorted(p.name for p in tmp_path.iterdir() if "audit" in p.name) == []


# -- the command line ----------------------------------------------------------

def cli(db, *args):
    return subprocess.run([sys.executable, "-m", "ree_desk", "audit", "--db", db.location, *args],
                          capture_output=True, text=True, timeout=120)


def test_the_command_line_filters_prints_and_writes_files(db, db_path, trail, tmp_path):
    done = cli(db, "--action", "flagged", "--json")
    assert done.returncode == 0, done.stderr
    [event] = json.loads(done.stdout)["events"]
    assert (event["id"], event["action"], event["group"], event["flagged"]) == (
        trail.ids["flagged"], "post", "postings", True)
    assert event["summary"] == "Posted one movement from june-extra.csv, 1 flagged, accepted: second quota batch"
    assert event["detail"]["accept_reason"] == "second quota batch" and len(event["chain"]) == 64

    done = cli(db, "--from", "2025-07-01", "--to", "2025-07-02", "--by", "经理")
    lines = done.stdout.splitlines()
    assert done.returncode == 0 and len(lines) == 2 + 3
    assert "Reopened 2025-06, reason: customs number corrected" in lines[2]
    assert lines[-1].split()[4] == "month_close"

    done = cli(db, "--action", "quota_edit", "--csv", str(tmp_path / "quota.txt"))
    assert done.returncode == 0 and done.stdout == f"exported 1 events to {tmp_path / 'quota.txt'}\n"
    rows = list(csv.reader((tmp_path / "quota.txt").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[1][0] == str(trail.ids["quota_edit"])

    done = cli(db, "--search", "no such thing")
    assert done.returncode == 0 and "no audit events match" in done.stdout


def test_the_command_line_refuses_what_it_cannot_do_in_one_line(db, db_path, tmp_path):
    done = cli(db, "--from", "2025-07-02", "--to", "2025-07-01")
    assert done.returncode == 1 and "expected a day on or after --from (2025-07-02), found 2025-07-01" in done.stderr
    done = cli(db, "--csv", str(tmp_path / "a.csv"), "--xlsx", str(tmp_path / "a.xlsx"))
    assert done.returncode == 2 and len(done.stderr.splitlines()) == 1
    done = cli(db, "--xlsx", str(tmp_path / "missing" / "a.xlsx"))
    assert done.returncode == 1 and done.stderr.strip().endswith(str(tmp_path / "missing" / "a.xlsx"))
    assert "Traceback" not in done.stderr


def test_every_group_is_offered_on_the_command_line():
    from ree_desk.cli.main import build_parser

    audit_parser = build_parser()._subparsers._group_actions[0].choices["audit"]
    help_text = next(a.help for a in audit_parser._actions if a.dest == "action")
    assert all(group in help_text for group in GROUPS)


def test_a_detail_that_is_not_json_is_still_listed_filtered_and_shown(db, db_path, trail):
    raw = raw_sql(db)
    raw.execute("INSERT INTO audit_event (at, \"by\", action, detail) VALUES ('2025-07-06 00:00:00', 'x', 'post', "
                "'written by hand {')")
    raw.commit()
    raw.close()
    newest = list_events(db, AuditFilter(), limit=1)[0]
    assert (newest.action, newest.detail) == ("post", {"value": "written by hand {"})
    assert summary(newest) == "post, value: written by hand {"
    assert ids_of(db, group="flagged") == [trail.ids["flagged"]]
    assert ids_of(db, text="by hand") == [newest.id]
