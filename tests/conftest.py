"""Shared fixtures: a real SQLite file per test, headless Qt."""
from __future__ import annotations

import os

# Before anything imports Qt: no test may need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import csv
import datetime as dt
from pathlib import Path

import pytest

from ree_desk.domain.drafts import MovementDraft, draft_from_values
from ree_desk.services.setup import init_database
from ree_desk.store.database import Database

ENTERPRISE = "测试稀土冶炼分离有限公司"
CREDIT_CODE = "91350100M000100Y43"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ledger.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Database:
    database = init_database(db_path, enterprise=ENTERPRISE, credit_code=CREDIT_CODE, user="tester")
    yield database
    database.close()


def draft(line: int | None = None, **values) -> MovementDraft:
    """A draft built the way the import builds one, from cell values."""
    result, problems = draft_from_values(line, {k: v for k, v in values.items()})
    assert not problems, [str(p) for p in problems]
    return result


HEADER = ["date", "type", "material", "lot", "mass_kg", "grade_pct", "origin", "origin_detail",
          "counterparty", "credit_code", "customs_no", "invoice_no", "run", "destination", "note"]


def write_csv(path: Path, rows: list[dict], header: list[str] = HEADER, bom: bool = False) -> Path:
    with open(path, "w", newline="", encoding="utf-8-sig" if bom else "utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for row in rows:
            writer.writerow([row.get(h, "") for h in header])
    return path


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


# The desktop program's fixtures: real widgets offscreen, a real SQLite file,
# preferences in a temporary folder. Qt is imported only when a test asks.
DEMO_END = dt.date(2026, 11, 27)


@pytest.fixture
def preferences(tmp_path: Path):
    from ree_desk.gui.preferences import Preferences
    from ree_desk.gui.qt import QSettings

    return Preferences(QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def finish_background_work(qtbot):
    """Work a GUI test started reports back while its widgets still exist."""
    from ree_desk.gui.worker import wait_for_background

    yield
    wait_for_background()
    qtbot.wait(10)


@pytest.fixture
def gui_session(db, preferences, qapp):
    """A session on a fresh enterprise database (empty ledger, seeded catalogue)."""
    from ree_desk.gui.session import Session

    yield Session(db, preferences, user="测试员")


@pytest.fixture(scope="session")
def demo_db_file(tmp_path_factory) -> Path:
    """A small demo database built once; tests copy it before changing it."""
    from ree_desk.services.demo import DemoOptions, build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    build_demo(path, DemoOptions(movements=3000, seed=7, end=DEMO_END, user="demo"))
    return path


@pytest.fixture
def demo_session(demo_db_file, tmp_path, preferences, qapp):
    import shutil

    from ree_desk.gui.session import Session
    from ree_desk.store.database import open_database

    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_db_file, path)
    session = Session(open_database(path), preferences, user="测试员")
    yield session
    session.close()


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(request):
    """Tests with Qt collect reference cycles on the GUI thread, as the
    program does (``ree_desk.gui.collection``): a Qt object freed by a
    collection started in a background thread can deadlock that thread
    with the GUI thread."""
    import gc

    if "qapp" not in request.fixturenames:
        yield
        return
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    gc.collect()  # set up first, so torn down after the test's background work has ended
    if was_enabled:
        gc.enable()
