"""The ledger: enterprise, catalogue, lots, movements, quotas, months.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

from ree_desk.store import backend

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "enterprise",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("credit_code", sa.String(18), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_enterprise"),
    )
    op.create_table(
        "material",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("name_zh", sa.Text, nullable=False),
        sa.Column("name_en", sa.Text, nullable=False),
        sa.Column("category", sa.String(16), nullable=False),
        sa.Column("group", sa.String(16), nullable=False),
        sa.Column("default_grade_bp", sa.Integer, nullable=False),
        sa.Column("hs_code", sa.String(16), nullable=False),
        sa.Column("seeded", sa.Boolean, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_material"),
        sa.UniqueConstraint("code", name="uq_material_code"),
    )
    op.create_table(
        "run",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("code", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_run"),
        sa.UniqueConstraint("code", name="uq_run_code"),
    )
    op.create_table(
        "lot",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("material_id", sa.Integer, nullable=False),
        sa.Column("lot_no", sa.String(64), nullable=False),
        sa.Column("source", sa.String(8), nullable=False),
        sa.Column("origin", sa.String(2), nullable=True),
        sa.Column("origin_detail", sa.Text, nullable=True),
        sa.Column("customs_no", sa.String(32), nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_lot"),
        sa.ForeignKeyConstraint(["material_id"], ["material.id"], name="fk_lot_material_id_material"),
        sa.UniqueConstraint("material_id", "lot_no", name="uq_lot_material_id"),
    )
    op.create_table(
        "posting",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("by", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=True),
        sa.Column("rows", sa.Integer, nullable=False),
        sa.Column("accept_reason", sa.Text, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_posting"),
    )
    op.create_table(
        "movement",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("type", sa.String(12), nullable=False),
        sa.Column("material_id", sa.Integer, nullable=False),
        sa.Column("lot_id", sa.Integer, nullable=False),
        sa.Column("mass_g", sa.BigInteger, nullable=False),
        sa.Column("grade_bp", sa.Integer, nullable=False),
        sa.Column("reo_g", sa.BigInteger, nullable=False),
        sa.Column("quota_kind", sa.String(16), nullable=True),
        sa.Column("counterparty", sa.Text, nullable=True),
        sa.Column("credit_code", sa.String(18), nullable=True),
        sa.Column("invoice_no", sa.Text, nullable=True),
        sa.Column("customs_no", sa.String(32), nullable=True),
        sa.Column("run_id", sa.Integer, nullable=True),
        sa.Column("destination", sa.String(2), nullable=True),
        sa.Column("note", sa.Text, nullable=True),
        sa.Column("reverses_id", sa.Integer, nullable=True),
        sa.Column("flags", sa.Integer, nullable=False),
        sa.Column("accept_reason", sa.Text, nullable=True),
        sa.Column("posting_id", sa.Integer, nullable=False),
        sa.Column("source_line", sa.Integer, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_movement"),
        sa.ForeignKeyConstraint(["material_id"], ["material.id"], name="fk_movement_material_id_material"),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name="fk_movement_lot_id_lot"),
        sa.ForeignKeyConstraint(["run_id"], ["run.id"], name="fk_movement_run_id_run"),
        sa.ForeignKeyConstraint(["reverses_id"], ["movement.id"], name="fk_movement_reverses_id_movement"),
        sa.ForeignKeyConstraint(["posting_id"], ["posting.id"], name="fk_movement_posting_id_posting"),
    )
    op.create_index("ix_movement_day", "movement", ["day"])
    op.create_index("ix_movement_lot_day", "movement", ["lot_id", "day"])
    for name, columns, where, unique in (
        ("ix_movement_quota", ["quota_kind", "day"], "quota_kind IS NOT NULL", False),
        ("ix_movement_run", ["run_id"], "run_id IS NOT NULL", False),
        ("uq_movement_reverses_id", ["reverses_id"], "reverses_id IS NOT NULL", True),
    ):
        op.create_index(name, "movement", columns, unique=unique,
                        sqlite_where=sa.text(where), postgresql_where=sa.text(where))
    op.create_table(
        "movement_origin",
        sa.Column("movement_id", sa.Integer, nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("mass_g", sa.BigInteger, nullable=False),
        sa.Column("reo_g", sa.BigInteger, nullable=False),
        sa.PrimaryKeyConstraint("movement_id", "country", name="pk_movement_origin"),
        sa.ForeignKeyConstraint(["movement_id"], ["movement.id"], name="fk_movement_origin_movement_id_movement"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "quota_allocation",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("scope", sa.String(8), nullable=False),
        sa.Column("batch", sa.Integer, nullable=False),
        sa.Column("reo_g", sa.BigInteger, nullable=False),
        sa.Column("document", sa.Text, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_quota_allocation"),
    )
    op.create_index("ix_quota_year_kind", "quota_allocation", ["year", "kind"])
    op.create_table(
        "month_close",
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("closed_at", sa.DateTime, nullable=False),
        sa.Column("closed_by", sa.Text, nullable=False),
        sa.Column("note", sa.Text, nullable=True),
        sa.PrimaryKeyConstraint("month", name="pk_month_close"),
    )
    op.create_table(
        "closing_balance",
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("lot_id", sa.Integer, nullable=False),
        sa.Column("mass_g", sa.BigInteger, nullable=False),
        sa.Column("reo_g", sa.BigInteger, nullable=False),
        sa.PrimaryKeyConstraint("month", "lot_id", name="pk_closing_balance"),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name="fk_closing_balance_lot_id_lot"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("by", sa.Text, nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_event"),
    )
    store = backend.of(op.get_bind())
    for ddl in (*store.functions(), *store.immutability_triggers()):
        op.execute(ddl)


def downgrade() -> None:
    store = backend.of(op.get_bind())
    for ddl in (*store.drop_immutability_triggers(), *store.drop_functions()):
        op.execute(ddl)
    for table in (
        "audit_event", "closing_balance", "month_close", "quota_allocation",
        "movement_origin", "movement", "posting", "lot", "run", "material", "enterprise",
    ):
        op.drop_table(table)
