"""The demo database the desktop program builds on first use."""
from __future__ import annotations

import datetime as dt

from ree_desk.services.demo_database import ensure_demo_database
from ree_desk.services.months import closed_months
from ree_desk.store.database import open_database


def test_built_once_then_reused(tmp_path, monkeypatch):
    import ree_desk.services.demo_database as module

    monkeypatch.setattr(module, "DEMO_MOVEMENTS", 600)
    path = tmp_path / "demo" / "ree-desk-demo.sqlite3"
    seen = []
    assert ensure_demo_database(path, user="demo", today=dt.date(2026, 11, 28),
                                progress=lambda done, total: seen.append((done, total))) == path
    assert seen and seen[-1][0] == seen[-1][1]
    assert not path.with_name(path.name + ".partial").exists()
    db = open_database(path)
    try:
        assert closed_months(db)[-1] == "2026-10"  # history ends yesterday, 27 November
    finally:
        db.close()
    stamp = path.stat().st_mtime_ns
    ensure_demo_database(path, user="demo", progress=lambda *_: seen.append("again"))
    assert path.stat().st_mtime_ns == stamp and "again" not in seen
