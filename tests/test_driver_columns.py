"""A select read straight from the driver gives what SQLAlchemy gives, a
column at a time, within the same transaction; a column SQLAlchemy would
convert is refused."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from conftest import day, draft
from ree_desk.services.posting import post_movements
from ree_desk.store import driver_columns
from ree_desk.store.driver_columns import select_columns
from ree_desk.store.tables import lot_table, material_table, movement_table


def _post(db, count: int) -> None:
    post_movements(db, [draft(n, date="2026-06-0%d" % (1 + n % 9), type="RECEIPT", material="CONC-BAST",
                              lot=f"L-{n:03d}'", mass_kg=f"{n + 1}.25", grade_pct="60", origin="CN",
                              counterparty="供应商") for n in range(count)], user="test", source="entry")


def test_columns_are_the_rows_sqlalchemy_reads(db, monkeypatch):
    _post(db, 45)
    monkeypatch.setattr(driver_columns, "BATCH", 7)  # several batches, the last one short
    mt, lt, mat = movement_table, lot_table, material_table
    q = (select(mt.c.id, mat.c.code, lt.c.lot_no, mt.c.mass_g, func.coalesce(lt.c.origin, "?"))
         .select_from(mt.join(lt, lt.c.id == mt.c.lot_id).join(mat, mat.c.id == lt.c.material_id))
         .where(mt.c.day >= day("2026-06-03"), lt.c.lot_no != "L-001'", mt.c.type.in_(["RECEIPT", "MINED"]))
         .order_by(lt.c.lot_no.desc()))
    with db.read() as conn:
        rows = conn.execute(q).all()
        columns = select_columns(conn, q, 5)
    assert 30 < len(rows) < 45
    assert columns == [list(c) for c in zip(*rows)]
    assert all(type(c) is list for c in columns)


def test_no_rows_give_empty_columns(db):
    mt = movement_table
    with db.read() as conn:
        assert select_columns(conn, select(mt.c.id, mt.c.mass_g), 2) == [[], []]


def test_a_column_sqlalchemy_converts_is_refused_where_the_driver_differs(db):
    _post(db, 3)
    mt = movement_table
    q = select(mt.c.id, mt.c.day).order_by(mt.c.id)
    with db.read() as conn:
        if conn.dialect.name == "sqlite":  # SQLite's driver gives the day as text, SQLAlchemy a date
            with pytest.raises(TypeError, match="day"):
                select_columns(conn, q, 2)
        else:  # psycopg gives the date itself
            assert select_columns(conn, q, 2) == [list(c) for c in zip(*conn.execute(q).all())]
