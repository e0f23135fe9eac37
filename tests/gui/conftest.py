"""Fixtures for the desktop program's tests: real widgets, offscreen, a real
SQLite file, preferences in a temporary folder."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ree_desk.gui.preferences import Preferences
from ree_desk.gui.qt import QSettings
from ree_desk.gui.session import Session
from ree_desk.services.demo import DemoOptions, build_demo
from ree_desk.store.database import open_database

DEMO_END = dt.date(2026, 11, 27)


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def gui_session(db, preferences, qapp) -> Session:
    """A session on a fresh enterprise database (empty ledger, seeded catalogue)."""
    session = Session(db, preferences, user="测试员")
    yield session


@pytest.fixture(scope="session")
def demo_db_file(tmp_path_factory) -> Path:
    """A small demo database built once; tests copy it before changing it."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    build_demo(path, DemoOptions(movements=3000, seed=7, end=DEMO_END, user="demo"))
    return path


@pytest.fixture
def demo_session(demo_db_file, tmp_path, preferences, qapp) -> Session:
    import shutil

    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_db_file, path)
    session = Session(open_database(path), preferences, user="测试员")
    yield session
    session.close()
