"""Shared fixtures: a real SQLite file per test, headless Qt."""
from __future__ import annotations

import os

# Before anything imports Qt: no test may need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import csv
import datetime as dt
import sqlite3
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


# Tests that take ``db`` outside the desktop program's run once on each
# store: a file, and a database on a PostgreSQL server (skipped, saying how
# to run them, when no server can be had).
BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc):
    if "backend" not in metafunc.fixturenames:
        return
    in_gui = "qapp" in metafunc.fixturenames or "/tests/gui/" in str(metafunc.definition.path)
    file_only = metafunc.definition.get_closest_marker("file_only") is not None
    metafunc.parametrize("backend", ["sqlite"] if in_gui or file_only else BACKENDS, indirect=True)


@pytest.fixture(scope="session")
def postgres_server():
    import postgres_server as servers

    server = servers.start()
    if server is None:
        pytest.skip(servers.HOW_TO_RUN)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def server_template(postgres_server) -> str:
    """A database made as the ``db`` fixture makes one, copied for each test."""
    url = postgres_server.new_database()
    init_database(url, enterprise=ENTERPRISE, credit_code=CREDIT_CODE, user="tester").close()
    return url.rsplit("/", 1)[1]


@pytest.fixture
def backend(request) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db_target(backend, db_path, request):
    """Where the test's database lives: the file at ``db_path``, or a fresh
    database on the test server."""
    if backend == "sqlite":
        return db_path
    return request.getfixturevalue("postgres_server").new_database()


@pytest.fixture
def db(backend, db_path: Path, request) -> Database:
    if backend == "sqlite":
        database = init_database(db_path, enterprise=ENTERPRISE, credit_code=CREDIT_CODE, user="tester")
    else:
        from ree_desk.store.database import open_database

        server = request.getfixturevalue("postgres_server")
        database = open_database(server.new_database(request.getfixturevalue("server_template")))
    yield database
    database.close()


def raw_sql(db: Database):
    """A plain driver connection to ``db``'s database beside the program's:
    what a person with the database's password could do behind its back.
    ``with`` it commits at the end, as sqlite3's connections do."""
    return raw_sql_at(db.url if db.on_server else db.path)


def raw_sql_at(location: Path | str):
    """``raw_sql`` of a database named by its file or its server URL."""
    if isinstance(location, str) and location.startswith("postgresql://"):
        import psycopg

        return _QuestionMarks(psycopg.connect(location))
    return sqlite3.connect(location)


class _QuestionMarks:
    """A psycopg connection that takes SQLite's ``?`` placeholders, so one
    test's raw SQL runs on both stores."""

    def __init__(self, conn):
        self._conn = conn

    def execute(self, sql: str, params=()):
        return self._conn.execute(sql.replace("%", "%%").replace("?", "%s") if params else sql, params or None)

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, *_):
        if exc_type is None:
            self._conn.commit()
        else:
            self._conn.rollback()


def raw_errors() -> tuple[type[BaseException], ...]:
    """What either driver raises when the database refuses a statement."""
    import psycopg

    return sqlite3.DatabaseError, psycopg.Error


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
