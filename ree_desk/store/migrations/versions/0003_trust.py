"""Trust: the hash chain over movements and audit events, accounts, and the
index that finds a file imported before.

The chain of a ledger written before this revision is computed here, in the
order of its rows; an audit event ``chain_begin`` records how many
movements and which origin shares the chain took over, so that those are
held to it like every later posting.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""
import datetime as dt
import json

import sqlalchemy as sa
from alembic import op

from ree_desk.domain.ledger import chain
from ree_desk.store import backend

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_BATCH = 20000


def upgrade() -> None:
    bind = op.get_bind()
    store = backend.of(bind)
    for ddl in store.drop_immutability_triggers():
        op.execute(ddl)
    # Plain ADD COLUMN: SQLite need not copy the million-row table for it.
    op.add_column("movement", sa.Column("chain", sa.String(64), nullable=True))
    op.add_column("audit_event", sa.Column("chain", sa.String(64), nullable=True))
    op.create_index("ix_posting_sha256", "posting", ["sha256"])
    op.create_table(
        "account",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("full_name", sa.Text, nullable=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password", sa.Text, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.Text, nullable=False),
        sa.Column("failed_logins", sa.Integer, nullable=False),
        sa.Column("failed_at", sa.DateTime, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_account"),
        sa.UniqueConstraint("name", name="uq_account_name"),
    )
    _chain_movements(bind)
    _chain_audit(bind)
    for ddl in store.immutability_triggers():
        op.execute(ddl)


def _chain_movements(bind) -> None:
    columns = ", ".join(chain.MOVEMENT_FIELDS)
    previous, last_id, count = chain.GENESIS, 0, 0
    while True:
        rows = bind.execute(
            sa.text(f"SELECT {columns} FROM movement WHERE id > :last ORDER BY id LIMIT {_BATCH}"), {"last": last_id}
        ).fetchall()
        if not rows:
            break
        updates = []
        for row in rows:
            previous = chain.movement_link(previous, row)
            updates.append((previous, row[0]))
        bind.execute(sa.text("UPDATE movement SET chain = :chain WHERE id = :id"),
                     [{"chain": c, "id": i} for c, i in updates])
        last_id, count = rows[-1][0], count + len(rows)
    if count:
        origins = bind.exec_driver_sql(
            "SELECT movement_id, country, mass_g, reo_g FROM movement_origin ORDER BY movement_id, country")
        detail = {"movements": [1, last_id], "rows": count, "head": previous,
                  "origins": chain.digest_origins(origins)}
        bind.execute(
            sa.text("INSERT INTO audit_event (at, \"by\", action, detail) VALUES (:at, :by, 'chain_begin', :detail)"),
            {"at": dt.datetime.now().replace(microsecond=0), "by": "REE Desk",
             "detail": json.dumps(detail, ensure_ascii=False)},
        )


def _chain_audit(bind) -> None:
    events = sa.table("audit_event", sa.column("id", sa.Integer), sa.column("at", sa.DateTime),
                      sa.column("by", sa.Text), sa.column("action", sa.Text), sa.column("detail", sa.Text))
    previous, updates = chain.GENESIS, []
    for row in bind.execute(sa.select(events).order_by(events.c.id)):
        previous = chain.link(previous, tuple(row))
        updates.append((previous, row.id))
    if updates:
        bind.execute(sa.text("UPDATE audit_event SET chain = :chain WHERE id = :id"),
                     [{"chain": c, "id": i} for c, i in updates])


def downgrade() -> None:
    bind = op.get_bind()
    store = backend.of(bind)
    for ddl in store.drop_immutability_triggers():
        op.execute(ddl)
    op.drop_table("account")
    op.drop_index("ix_posting_sha256", "posting")
    op.execute("DELETE FROM audit_event WHERE action = 'chain_begin'")
    # A plain DROP COLUMN (SQLite 3.35 and later): copying the movement table
    # would trip the foreign keys that point at it.
    op.execute("ALTER TABLE audit_event DROP COLUMN chain")
    op.execute("ALTER TABLE movement DROP COLUMN chain")
    for ddl in store.immutability_triggers():
        op.execute(ddl)
