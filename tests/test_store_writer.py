"""The background writer runs statements in order inside the caller's
transaction, hands back the database's error, and stops at the first one."""
from __future__ import annotations

import sys

import pytest
from sqlalchemy.exc import IntegrityError

from ree_desk.store.writer import BackgroundWriter


@pytest.fixture
def conn(db):
    with db.engine.connect() as conn:
        conn.exec_driver_sql("CREATE TEMP TABLE t (n INTEGER PRIMARY KEY)")
        yield conn


def insert(conn) -> str:
    """The insert in the driver's own placeholders, as the store compiles its statements."""
    return "INSERT INTO t VALUES (?)" if conn.dialect.name == "sqlite" else "INSERT INTO t VALUES (%s)"


def numbers(conn) -> list[int]:
    return [n for (n,) in conn.exec_driver_sql("SELECT n FROM t ORDER BY n")]


def test_statements_run_in_order_and_calls_run_between_them(conn):
    seen = []
    before = sys.getswitchinterval()
    with BackgroundWriter(conn) as writer:
        writer.submit([(insert(conn), (1,)), (insert(conn), (2,))])
        writer.call(lambda: seen.append(len(numbers(conn))))
        writer.submit([(insert(conn), [(3,), (4,)])])
        writer.finish()
    assert numbers(conn) == [1, 2, 3, 4]
    assert seen == [2]
    assert sys.getswitchinterval() == before


def test_the_first_error_is_raised_by_finish_and_nothing_after_it_runs(conn):
    ran = []
    with BackgroundWriter(conn) as writer:
        writer.submit([(insert(conn), (1,)), (insert(conn), (1,))])
        writer.call(lambda: ran.append("call"))
        writer.submit([(insert(conn), (2,))])
        with pytest.raises(IntegrityError):
            writer.finish()
    assert ran == []
    if conn.dialect.name == "sqlite":  # PostgreSQL reads nothing more in a transaction that failed
        assert numbers(conn) == [1]


def test_leaving_with_an_error_abandons_what_is_still_queued(conn):
    with pytest.raises(RuntimeError):
        with BackgroundWriter(conn) as writer:
            writer.call(lambda: None)
            raise RuntimeError("the caller found a problem")
    conn.exec_driver_sql("INSERT INTO t VALUES (9)")  # the connection is the caller's again
    assert numbers(conn) == [9]
