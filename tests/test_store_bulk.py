"""Bulk inserts write exactly the rows given, whichever columns a statement
leaves empty, and do not send a column that is empty in all its rows."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import BigInteger, Column, Integer, MetaData, Table, Text, create_engine

from ree_desk.store import bulk

metadata = MetaData()
sample = Table(
    "sample", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text),
    Column("grams", BigInteger),
    Column("note", Text),
    Column("batch", Integer),
)
COLUMNS = ("id", "name", "grams", "note")
cell = {
    "name": st.one_of(st.none(), st.text(max_size=4)),
    "grams": st.one_of(st.none(), st.integers(-(2**62), 2**62)),
    "note": st.one_of(st.none(), st.sampled_from(["", "湿", "ok"])),
}
# Runs of rows that leave the same columns empty, as rows of one kind do.
runs = st.lists(
    st.tuples(st.integers(1, 7), st.fixed_dictionaries({k: st.booleans() for k in cell}), st.data()),
    min_size=1, max_size=6,
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    engine = create_engine(f"sqlite:///{tmp_path_factory.mktemp('bulk') / 'bulk.sqlite3'}")
    metadata.create_all(engine)
    yield engine
    engine.dispose()


def build(spec) -> list[tuple]:
    rows: list[tuple] = []
    for length, empty, data in spec:
        for _ in range(length):
            values = {k: None if empty[k] else data.draw(strategy) for k, strategy in cell.items()}
            rows.append((len(rows) + 1, values["name"], values["grams"], values["note"]))
    return rows


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(spec=runs, per=st.integers(1, 5), batch=st.one_of(st.none(), st.integers(0, 9)))
def test_the_rows_read_back_are_the_rows_given(engine, monkeypatch, spec, per, batch):
    rows = build(spec)
    monkeypatch.setattr(bulk, "ROWS_PER_STATEMENT", per)
    with engine.connect() as conn:
        statements = list(bulk.insert_statements(conn, sample, COLUMNS, rows, fixed={"batch": batch}))
        for sql, params in statements:
            conn.exec_driver_sql(sql, params)
        back = conn.exec_driver_sql("SELECT id, name, grams, note, batch FROM sample ORDER BY id").all()
        conn.rollback()
    assert [tuple(r) for r in back] == [row + (batch,) for row in rows]
    if per == 1:
        return  # one row to an execution, every column sent
    sent = 0
    for start in range(0, len(rows), per):
        part = rows[start : start + per]
        sent += sum(1 for i in range(len(COLUMNS)) if any(row[i] is not None for row in part)) * len(part)
    assert sum(len(params) for _sql, params in statements) == sent


def test_a_column_empty_in_every_row_is_written_into_the_statement(engine):
    rows = [(1, "a", None, None), (2, "b", 5, None)]
    with engine.connect() as conn:
        [(sql, params)] = bulk.insert_statements(conn, sample, COLUMNS, rows)
    assert params == (1, "a", None, 2, "b", 5)
    assert sql.count("NULL") == 2
