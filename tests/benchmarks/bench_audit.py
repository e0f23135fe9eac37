"""The audit log on a trail of tens of thousands of events.

    .venv/bin/python tests/benchmarks/bench_audit.py --events 60000

Builds a fresh database whose trail holds ``--events`` events in the mix a
plant's ten years make (postings, a few flagged, reversals, sign-ins,
backups, quota changes, month closes), each written through the services'
own ``audit`` (so chained). Measures, in one process:
- the service: every matching id plus the first page, for no filter, a
  group, the flagged exceptions, a user, a text and a number; one page of
  200 events read by id from the middle; the export of every event to
  xlsx and to CSV;
- the screen, with a real (offscreen) table: from activation to the first
  page shown, and scrolling (to the bottom, then thumb drags through the
  table), every step painted; the worst step is the worst stall.
Targets: a filter's answer within 300 ms, no stall over 50 ms.
Prints JSON.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ree_desk.services.audit_export import export_audit  # noqa: E402
from ree_desk.services.audit_log import AuditFilter, load_events, load_head  # noqa: E402
from ree_desk.services.posting_rows import audit  # noqa: E402
from ree_desk.services.setup import init_database  # noqa: E402
from ree_desk.store.database import open_database  # noqa: E402

USERS = ("张三", "李四", "王五", "经理", "管理员")


def fill(db, events: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    first = 1
    with db.write() as conn:
        for n in range(events):
            user = rnd.choice(USERS)
            roll = rnd.random()
            if roll < 0.55:
                rows = rnd.randint(1, 400)
                flagged = rnd.randint(1, 5) if rnd.random() < 0.03 else 0
                detail = {"posting": n, "source": rnd.choice(("entry", "entry grid", f"day-{n}.csv")), "rows": rows,
                          "flagged": flagged, "accept_reason": "second quota batch" if flagged else None,
                          "movements": [first, first + rows - 1], "head": f"{rnd.getrandbits(256):064x}",
                          "origins": f"{rnd.getrandbits(256):064x}"}
                first += rows
                audit(conn, user, "post", detail)
            elif roll < 0.62:
                audit(conn, user, "reverse", {"movement": rnd.randint(1, first), "reversal": first,
                                              "reason": "fed twice by mistake", "flagged": 0, "accept_reason": None})
                first += 1
            elif roll < 0.85:
                audit(conn, user, "login", {"host": f"pc-{rnd.randint(1, 9)}"})
            elif roll < 0.95:
                audit(conn, user, "backup", {"file": f"/data/ree-desk-backups/ledger-{n}.sqlite3", "reason": "daily"})
            elif roll < 0.98:
                audit(conn, user, "quota_add", {"id": n, "year": 2026, "kind": "separation", "scope": "any",
                                                "batch": 1, "tonnes": "2300", "document": "工信部联原〔2026〕1号"})
            else:
                audit(conn, user, "month_close", {"month": f"20{n % 10 + 16}-{n % 12 + 1:02d}", "lots": 200,
                                                  "note": None})


def timed(fn, repeat: int = 5) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        began = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - began) * 1000)
    return round(statistics.median(times), 1), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=60000)
    parser.add_argument("--jumps", type=int, default=100, help="thumb drags through the table")
    parser.add_argument("--db", type=Path, help="a database this benchmark built before (not filled again)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-audit-"))
    fill_s = 0.0
    if args.db:
        db = open_database(args.db)
    else:
        db = init_database(work / "audit.sqlite3", enterprise="基准稀土有限公司",
                           credit_code="91350100M000100Y43", user="bench")
        began = time.perf_counter()
        fill(db, args.events)
        fill_s = time.perf_counter() - began

    filters = {
        "all": AuditFilter(), "postings": AuditFilter(group="postings"), "flagged": AuditFilter(group="flagged"),
        "user": AuditFilter(user="经理"), "text": AuditFilter(text="fed twice"), "number": AuditFilter(text="4242"),
    }
    service = {}
    for name, filt in filters.items():
        ms, head = timed(lambda f=filt: load_head(db, f, 200))
        service[name] = {"ms": ms, "events": len(head.ids)}
    head = load_head(db, AuditFilter(), 200)
    middle = head.ids[len(head.ids) // 2:len(head.ids) // 2 + 200]
    page_ms, _ = timed(lambda: load_events(db, middle), repeat=20)
    exports = {}
    for suffix in ("xlsx", "csv"):
        began = time.perf_counter()
        count = export_audit(db, work / f"audit.{suffix}", AuditFilter())
        exports[suffix] = {"s": round(time.perf_counter() - began, 2), "events": count,
                           "mb": round((work / f"audit.{suffix}").stat().st_size / 1e6, 1)}

    from ree_desk.gui.app import make_application
    from ree_desk.gui.preferences import Preferences
    from ree_desk.gui.qt import QSettings, QThreadPool
    from ree_desk.gui.screens.audit import AuditScreen
    from ree_desk.gui.session import Session

    app = make_application()
    preferences = Preferences(QSettings(str(work / "preferences.ini"), QSettings.Format.IniFormat))
    session = Session(db, preferences, user="bench")
    pool = QThreadPool.globalInstance()
    screen = AuditScreen(session)
    screen.resize(1100, 720)
    screen.show()
    began = time.perf_counter()
    screen.activate()
    while screen.model.rowCount() == 0:
        pool.waitForDone(1)
        app.processEvents()
    table = screen.form.table
    table.viewport().repaint()
    first_page_ms = (time.perf_counter() - began) * 1000
    pool.waitForDone(10000)
    app.processEvents()

    steps = []

    def step(action) -> None:
        began = time.perf_counter()
        action()
        app.processEvents()
        steps.append((time.perf_counter() - began) * 1000)

    bar = table.verticalScrollBar()
    step(table.scrollToBottom)
    for jump in range(args.jumps + 1):
        step(lambda target=bar.maximum() * jump // args.jumps: bar.setValue(target))

    worst = sorted(range(len(steps)), key=steps.__getitem__)[-3:]
    print(json.dumps({
        "database": str(db.path), "events": len(head.ids), "fill_s": round(fill_s, 1),
        "load_head_ms": service, "page_of_200_by_id_ms": page_ms, "export": exports,
        "screen_first_page_ms": round(first_page_ms, 1), "scroll_steps": len(steps),
        "scroll_step_median_ms": round(statistics.median(steps), 2), "worst_stall_ms": round(max(steps), 1),
        "worst_steps": [f"{steps[i]:.1f} ms at step {i}" for i in worst],
    }, indent=2, ensure_ascii=False))
    session.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
