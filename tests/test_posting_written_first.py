"""A large batch written before its origins and checks are worked out ends
exactly as one written after them: the same rows, or the same refusal and
nothing written.

Both ways run on copies of one demo database; the batch is a month of the
demo plant's movements after that history, cut and bent at random so that
some batches name lots nobody made, leave stock negative or exceed a quota.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from ree_desk.demo.generator import simulate
from ree_desk.domain.problems import InputRejected
from ree_desk.services import posting, quotas
from ree_desk.services.demo import DemoOptions, build_demo
from ree_desk.store.database import open_database

NEXT = dt.date(2027, 1, 1)


@pytest.fixture(scope="module")
def history(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("written-first") / "history.sqlite3"
    build_demo(path, DemoOptions(3000, 5, dt.date(2026, 12, 31), "demo"))
    return path


@pytest.fixture(scope="module")
def month() -> list:
    drafts = [d for _day, ds in simulate(NEXT, NEXT + dt.timedelta(days=30), 2500, seed=11) for d in ds]
    return [d._replace(lot="X" + d.lot, run=d.run and "X" + d.run) for d in drafts]


def copy_of(source: Path, target: Path) -> Path:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    return target


def contents(path: Path) -> list:
    """Every row a posting writes, times left out."""
    conn = sqlite3.connect(path)
    try:
        return [conn.execute(q).fetchall() for q in (
            "select * from movement order by id",
            "select * from movement_origin order by movement_id, country",
            "select id, material_id, lot_no, source, origin, origin_detail, customs_no from lot order by id",
            "select * from run order by id",
            "select id, by, source, sha256, rows, accept_reason from posting order by id",
            "select * from closing_balance order by month, lot_id",
            "select id, by, action, detail from audit_event order by id",
        )]
    finally:
        conn.close()


def post(path: Path, drafts: list, way: str, monkeypatch, allocate: bool):
    monkeypatch.setattr(posting, "WRITTEN_FIRST_FROM", 10**9 if way == "after" else 1)
    db = open_database(path)
    try:
        if allocate:
            quotas.add_allocation(db, year=2027, kind="separation", tonnes="40", batch=1, user="t")
        try:
            result = posting.post_movements(db, drafts, user="clerk", source="m.csv", sha256="ab")
        except InputRejected as exc:
            return "rejected", [dataclasses.astuple(p) for p in exc.problems], str(exc)
        return "written", result.flagged, len(result.movement_ids)
    finally:
        db.engine.dispose()


def both_ways(history: Path, tmp_path: Path, drafts: list, monkeypatch, allocate: bool = False):
    """Posted after the checks and while they run: both outcomes, both databases."""
    outcomes, databases = [], []
    for way in ("after", "during"):
        path = copy_of(history, tmp_path / f"{way}.sqlite3")
        outcomes.append(post(path, drafts, way, monkeypatch, allocate))
        databases.append(contents(path))
    return outcomes[0], outcomes[1], databases[0], databases[1]


def test_a_clean_month_is_written_the_same_both_ways(history, month, tmp_path, monkeypatch):
    after, during, one, two = both_ways(history, tmp_path, month, monkeypatch)
    assert after == during == ("written", 0, len(month))
    assert one == two
    assert len(two[0]) > len(contents(history)[0])  # something was written
    assert any(row[4] is not None for row in two[2][-50:])  # made lots named their origin


def test_a_refused_month_leaves_the_database_as_it_was(history, month, tmp_path, monkeypatch):
    feed = next(i for i, d in enumerate(month) if d.type.value == "FEED")
    bent = list(month)
    bent[feed] = bent[feed]._replace(mass_g=bent[feed].mass_g * 1000)
    after, during, one, two = both_ways(history, tmp_path, bent, monkeypatch)
    assert after[0] == "rejected" and after == during
    assert one == two == contents(history)


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_any_bent_month_ends_the_same_both_ways(history, month, tmp_path_factory, monkeypatch, data):
    tmp_path = tmp_path_factory.mktemp("bent")
    drafts = list(month)
    for _ in range(data.draw(st.integers(0, 3), label="bends")):
        i = data.draw(st.integers(0, len(drafts) - 1), label="row")
        how = data.draw(st.sampled_from(["drop", "heavier", "earlier", "other run"]), label="how")
        d = drafts[i]
        if how == "drop":
            del drafts[i]
        elif how == "heavier":
            drafts[i] = d._replace(mass_g=d.mass_g * 50)
        elif how == "earlier":
            drafts[i] = d._replace(day=d.day - dt.timedelta(days=data.draw(st.integers(1, 20))))
        elif d.run:
            drafts[i] = d._replace(run="X-NEW-RUN")
    allocate = data.draw(st.booleans(), label="allocate")
    after, during, one, two = both_ways(history, tmp_path, drafts, monkeypatch, allocate)
    assert after == during
    assert one == two


def test_a_month_repeating_the_ledger_is_refused_the_same_both_ways(history, month, tmp_path, monkeypatch):
    """The first half of the month is in the ledger already (another file):
    its rows are named as repeats, both ways, and nothing is written."""
    base = copy_of(history, tmp_path / "base.sqlite3")
    half = month[: len(month) // 2]
    db = open_database(base)
    try:
        posting.post_movements(db, half, user="clerk", source="first-half.csv", sha256="cd")
    finally:
        db.engine.dispose()
    after, during, one, two = both_ways(base, tmp_path, month, monkeypatch)
    assert after[0] == "rejected" and after == during
    assert one == two == contents(base)
    repeats = [p for p in after[1] if p[3].startswith("a repeat of movement")]
    assert len(repeats) == len(half)
