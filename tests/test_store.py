"""The store: durable settings, append-only ledger, migrations, version refusal."""
from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from conftest import day, draft, raw_errors, raw_sql
from ree_desk.services.months import close_month
from ree_desk.services.posting import post_movements
from ree_desk.store.database import (
    DatabaseTooNew,
    StoreError,
    create_database,
    head_revision,
    open_database,
)
from ree_desk.store.tables import metadata


def _receipt():
    return draft(2, date="2026-06-01", type="RECEIPT", material="CONC-BAST", lot="L1", mass_kg="1000",
                 grade_pct="60", origin="CN", counterparty="供应商")


@pytest.mark.file_only
def test_connections_are_durable(db):
    with db.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.parametrize("sql", [
    "UPDATE movement SET mass_g = 1",
    "DELETE FROM movement",
    "UPDATE movement_origin SET reo_g = 0",
    "DELETE FROM movement_origin",
    "DELETE FROM audit_event",
    "UPDATE posting SET rows = 0",
])
def test_raw_sql_cannot_change_posted_movements(db, sql):
    post_movements(db, [_receipt()], user="t", source="test")
    with raw_sql(db) as raw, pytest.raises(raw_errors(), match="cannot be changed or deleted"):
        raw.execute(sql)
    with db.read() as conn:
        assert conn.exec_driver_sql("SELECT mass_g FROM movement").scalar() == 1_000_000


def test_raw_insert_into_closed_month_is_refused(db):
    post_movements(db, [_receipt()], user="t", source="test")
    close_month(db, "2026-06", user="t", today=day("2026-07-05"))
    with raw_sql(db) as raw, pytest.raises(raw_errors(), match="month of this movement is closed"):
        raw.execute(
            "INSERT INTO movement (day, type, material_id, lot_id, mass_g, grade_bp, reo_g, flags, posting_id) "
            "VALUES ('2026-06-15', 'RECEIPT', 1, 1, 5, 100, 0, 0, 1)"
        )


def test_truncating_posted_tables_is_refused_on_the_server(db):
    if not db.on_server:
        pytest.skip("SQLite has no TRUNCATE")
    post_movements(db, [_receipt()], user="t", source="test")
    with raw_sql(db) as raw, pytest.raises(raw_errors(), match="cannot be changed or deleted"):
        raw.execute("TRUNCATE movement_origin, movement, posting, audit_event CASCADE")


def test_schema_of_migrations_matches_models(db):
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_first_revision_database_is_migrated_after_a_backup(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = create_database(path, revision="0001")
    with old.write() as conn:
        conn.exec_driver_sql(
            "INSERT INTO enterprise (id, name, credit_code, created_at) VALUES (1, '老企业', '91350100M000100Y43', '2025-01-01 00:00:00')"
        )
        conn.exec_driver_sql(
            "INSERT INTO material (code, name_zh, name_en, category, \"group\", default_grade_bp, hs_code, seeded) "
            "VALUES ('CONC-BAST', '氟碳铈矿精矿', 'Bastnaesite concentrate', 'ore_product', 'light', 6000, '2612900000', 1)"
        )
    old.close()
    assert sqlite3.connect(path).execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)

    db = open_database(path)
    try:
        assert db.revision() == head_revision() != "0001"
        backups = list(tmp_path.glob("old.before-*.sqlite3"))
        assert len(backups) == 1
        copy = sqlite3.connect(backups[0])
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT name FROM enterprise").fetchone() == ("老企业",)
        copy.close()
        with db.read() as conn:
            assert conn.exec_driver_sql("SELECT name FROM enterprise").scalar() == "老企业"
            assert conn.exec_driver_sql("SELECT count(*) FROM setting").scalar() == 0
        # The migrated database still works as a ledger, triggers included.
        post_movements(db, [_receipt()], user="t", source="test")
        raw = sqlite3.connect(path)
        with pytest.raises(sqlite3.DatabaseError):
            raw.execute("DELETE FROM movement")
        raw.close()
    finally:
        db.close()


@pytest.mark.file_only
def test_current_database_is_opened_without_a_backup(db, db_path, tmp_path):
    db.close()
    open_database(db_path).close()
    assert list(tmp_path.glob("*.before-*")) == []


def test_newer_database_is_refused(db):
    db.close()
    with raw_sql(db) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
        raw.commit()
    with pytest.raises(DatabaseTooNew, match="newer REE Desk"):
        open_database(db.url or db.path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("not a database")
    with pytest.raises(StoreError, match="not a REE Desk database"):
        open_database(path)
