"""A ledger whose audit trail holds one event of every kind the services
write, each at a known time, for the audit log's tests (service, command
line and screen)."""
from __future__ import annotations

import datetime as dt

from conftest import day, draft
from ree_desk.services import posting_rows
from ree_desk.services.allocations import edit_allocation
from ree_desk.services.backups import make_backup
from ree_desk.services.enterprise import update_enterprise
from ree_desk.services.months import close_month, reopen_month
from ree_desk.services.posting import post_movements
from ree_desk.services.posting_rows import audit
from ree_desk.services.quotas import add_allocation
from ree_desk.services.reversal import reverse_movement
from ree_desk.services.setup import add_material

FORMULA_USER = '=HYPERLINK("http://evil.example","x")'
FORMULA_COUNTERPARTY = '=HYPERLINK("http://evil.example","click")'


class Trail:
    """Event ids by name, as written."""

    def __init__(self):
        self.ids: dict[str, int] = {}


def _at(monkeypatch, when: str) -> None:
    moment = dt.datetime.fromisoformat(when)
    monkeypatch.setattr(posting_rows, "now", lambda: moment)


def _last_id(db) -> int:
    with db.read() as conn:
        return conn.exec_driver_sql("SELECT max(id) FROM audit_event").scalar()


def build_trail(db, monkeypatch) -> Trail:
    trail = Trail()
    trail.ids["init"] = _last_id(db)
    real_now = posting_rows.now

    def step(name: str, when: str, action) -> None:
        _at(monkeypatch, when)
        action()
        trail.ids[name] = _last_id(db)

    step("post", "2025-06-01 09:00:00", lambda: post_movements(db, [
        draft(2, date="2025-06-01", type="RECEIPT", material="CONC-BAST", lot="L1", mass_kg="100",
              grade_pct="60", origin="CN", counterparty="包头供应商"),
        draft(3, date="2025-06-01", type="RECEIPT", material="CONC-BAST", lot="L2", mass_kg="100",
              grade_pct="60", origin="CN", counterparty="包头供应商"),
    ], user="张三", source="june.csv"))
    step("flagged", "2025-06-02 10:30:00", lambda: post_movements(db, [
        draft(2, date="2025-06-02", type="FEED", material="CONC-BAST", lot="L1", mass_kg="150",
              grade_pct="60", run="R1"),
    ], user="张三", source="june-extra.csv", accept_reason="second quota batch"))
    step("reverse", "2025-06-03 11:00:00",
         lambda: reverse_movement(db, 2, day=day("2025-06-03"), reason='wrong "supplier"', user="经理"))
    allocation: list[int] = []
    step("quota_add", "2025-06-04 08:00:00", lambda: allocation.append(add_allocation(
        db, year=2025, kind="separation", tonnes="2300", batch=1, document="工信部联原〔2025〕1号", user="经理")))
    step("quota_edit", "2025-06-05 08:00:00", lambda: edit_allocation(
        db, allocation[0], tonnes="2400", batch=1, scope="any", document="工信部联原〔2025〕1号",
        reason="second batch notice", user="经理"))
    step("month_close", "2025-07-01 09:00:00",
         lambda: close_month(db, "2025-06", user="经理", today=day("2025-07-05")))
    step("month_reopen", "2025-07-02 09:00:00",
         lambda: reopen_month(db, "2025-06", user="经理", reason="customs number corrected"))
    trail.ids["backup_before_reopen"] = trail.ids["month_reopen"] - 1
    step("enterprise_edit", "2025-07-03 09:00:00", lambda: update_enterprise(
        db, name="测试稀土新材料有限公司", credit_code="91350100M000100Y43", user="管理员"))
    step("material_add", "2025-07-03 09:05:00", lambda: add_material(
        db, code="LA-CARB", name_zh="碳酸镧", name_en="Lanthanum carbonate", category="product", group="light",
        default_grade_bp=4500, hs_code="2846902900", user="管理员"))
    step("backup", "2025-07-04 18:00:00", lambda: make_backup(db, user="管理员", reason="daily"))

    def write(action: str, user: str, detail: dict):
        def go():
            with db.write() as conn:
                audit(conn, user, action, detail)
        return go

    # Actions other parts of the program write, and one no part knows yet.
    step("login", "2025-07-05 08:00:00", write("login", "张三", {"host": "pc-1"}))
    step("unknown", "2025-07-05 08:01:00",
         write("supplier_note", FORMULA_USER, {"counterparty": FORMULA_COUNTERPARTY, "value": 12345}))
    step("hash", "2025-07-05 08:02:00", write("supplier_note", "张三", {"hash": "ab12345cd"}))
    monkeypatch.setattr(posting_rows, "now", real_now)
    return trail
