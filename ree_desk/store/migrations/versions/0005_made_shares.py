"""The REO made into each lot of several origins, by country, kept beside
the ledger (``ree_desk.store.made_shares``), built here for the history
already in the file.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

from ree_desk.store import made_shares

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "made_share",
        sa.Column("lot_id", sa.Integer, nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("reo_g", sa.BigInteger, nullable=False),
        sa.Column("last_day", sa.Date, nullable=False),
        sa.Column("leads", sa.Boolean, nullable=False),
        sa.PrimaryKeyConstraint("lot_id", "country", name="pk_made_share"),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name="fk_made_share_lot_id_lot"),
        sqlite_with_rowid=False,
    )
    made_shares.build_all(op.get_bind())


def downgrade() -> None:
    op.drop_table("made_share")
