"""Balance checkpoints: each lot's stock at the end of every past year, kept
by the ledger itself (``ree_desk.store.checkpoints``), built here for the
history already in the file.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

from ree_desk.store import checkpoints

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checkpoint",
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("made_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("month", name="pk_checkpoint"),
    )
    op.create_table(
        "checkpoint_balance",
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("lot_id", sa.Integer, nullable=False),
        sa.Column("mass_g", sa.BigInteger, nullable=False),
        sa.Column("reo_g", sa.BigInteger, nullable=False),
        sa.PrimaryKeyConstraint("month", "lot_id", name="pk_checkpoint_balance"),
        sa.ForeignKeyConstraint(["month"], ["checkpoint.month"], name="fk_checkpoint_balance_month_checkpoint"),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name="fk_checkpoint_balance_lot_id_lot"),
        sqlite_with_rowid=False,
    )
    checkpoints.build_missing(op.get_bind())


def downgrade() -> None:
    op.drop_table("checkpoint_balance")
    op.drop_table("checkpoint")
