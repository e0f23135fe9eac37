"""The schema, as SQLAlchemy Core tables. Masses are integer grams, grades
integer hundredths of a percent.

Movement masses are signed stock effects: a FEED of 5 kg is stored as
-5000 g, so stock is a plain sum. Ledger tables are append-only; the SQLite
triggers that enforce it live in ``ree_desk.store.sqlite``.

Every reader and writer speaks SQL through Core statements, so the tables
are plain ``Table``s: no ORM is imported (it cost each command a tenth of a
second at start, for classes nothing instantiated).
"""
from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)


def _key(name: str, type_, *args, **kwargs) -> Column:
    return Column(name, type_, *args, primary_key=True, **kwargs)


def _needed(name: str, type_, *args, **kwargs) -> Column:
    return Column(name, type_, *args, nullable=False, **kwargs)


def _optional(name: str, type_, *args, **kwargs) -> Column:
    return Column(name, type_, *args, nullable=True, **kwargs)


enterprise_table = Table(
    "enterprise", metadata,
    _key("id", Integer),
    _needed("name", Text),
    _needed("credit_code", String(18)),
    _needed("created_at", DateTime),
)

material_table = Table(
    "material", metadata,
    _key("id", Integer),
    _needed("code", String(32), unique=True),
    _needed("name_zh", Text),
    _needed("name_en", Text),
    _needed("category", String(16)),
    _needed("group", String(16)),
    _needed("default_grade_bp", Integer),
    _needed("hs_code", String(16)),
    _needed("seeded", Boolean, default=False),
    _optional("note", Text),
)

# A production run (生产批次): FEED goes in, OUTPUT comes out.
run_table = Table(
    "run", metadata,
    _key("id", Integer),
    _needed("code", String(64), unique=True),
)

# A lot of one material. ``origin`` is its country when it has a single one;
# lots made by production runs may mix origins (``origin`` is then NULL and
# the mix is read from their movements' origin rows).
lot_table = Table(
    "lot", metadata,
    _key("id", Integer),
    _needed("material_id", ForeignKey("material.id")),
    _needed("lot_no", String(64)),
    _needed("source", String(8)),  # "declared" or "run"
    _optional("origin", String(2)),
    _optional("origin_detail", Text),
    _optional("customs_no", String(32)),
    _needed("created_at", DateTime),
    UniqueConstraint("material_id", "lot_no"),
)

# One posting: an imported file, a grid of entries or a single entry. A file
# imported twice is found by its digest.
posting_table = Table(
    "posting", metadata,
    _key("id", Integer),
    _needed("at", DateTime),
    _needed("by", Text),
    _needed("source", Text),
    _optional("sha256", String(64)),
    _needed("rows", Integer),
    _optional("accept_reason", Text),
    Index("ix_posting_sha256", "sha256"),
)

movement_table = Table(
    "movement", metadata,
    _key("id", Integer),
    _needed("day", Date),
    _needed("type", String(12)),
    _needed("material_id", ForeignKey("material.id")),
    _needed("lot_id", ForeignKey("lot.id")),
    _needed("mass_g", BigInteger),
    _needed("grade_bp", Integer),
    _needed("reo_g", BigInteger),
    _optional("quota_kind", String(16)),
    _optional("counterparty", Text),
    _optional("credit_code", String(18)),
    _optional("invoice_no", Text),
    _optional("customs_no", String(32)),
    _optional("run_id", ForeignKey("run.id")),
    _optional("destination", String(2)),
    _optional("note", Text),
    _optional("reverses_id", ForeignKey("movement.id")),
    _needed("flags", Integer, default=0),
    _optional("accept_reason", Text),
    _needed("posting_id", ForeignKey("posting.id")),
    _optional("source_line", Integer),
    # SHA-256 of the previous movement's chain and this row (ree_desk.domain.ledger.chain).
    _optional("chain", String(64)),
    Index("ix_movement_day", "day"),
    Index("ix_movement_lot_day", "lot_id", "day"),
    # Partial indexes: most movements count against no quota, have no run
    # and reverse nothing, and need not be indexed for it.
    Index("ix_movement_quota", "quota_kind", "day",
          sqlite_where=text("quota_kind IS NOT NULL"), postgresql_where=text("quota_kind IS NOT NULL")),
    Index("ix_movement_run", "run_id",
          sqlite_where=text("run_id IS NOT NULL"), postgresql_where=text("run_id IS NOT NULL")),
    Index("uq_movement_reverses_id", "reverses_id", unique=True,
          sqlite_where=text("reverses_id IS NOT NULL"), postgresql_where=text("reverses_id IS NOT NULL")),
)

# A movement's mass and REO split by origin country; one row for a lot of a
# single origin, several for a lot mixed by production runs.
movement_origin_table = Table(
    "movement_origin", metadata,
    _key("movement_id", ForeignKey("movement.id")),
    _key("country", String(2)),
    _needed("mass_g", BigInteger),
    _needed("reo_g", BigInteger),
    sqlite_with_rowid=False,
)

quota_allocation_table = Table(
    "quota_allocation", metadata,
    _key("id", Integer),
    _needed("year", Integer),
    _needed("kind", String(16)),
    _needed("scope", String(8)),
    _needed("batch", Integer),
    _needed("reo_g", BigInteger),
    _optional("document", Text),
    _needed("created_at", DateTime),
    _needed("created_by", Text),
    Index("ix_quota_year_kind", "year", "kind"),
)

# A closed month. Months without a row are open.
month_close_table = Table(
    "month_close", metadata,
    _key("month", String(7)),
    _needed("closed_at", DateTime),
    _needed("closed_by", Text),
    _optional("note", Text),
)

# Each lot's stock at the end of a closed month (non-zero lots only). Stock
# as of a day reads the latest snapshot before it plus the movements after,
# so its cost follows the month, not the length of history.
closing_balance_table = Table(
    "closing_balance", metadata,
    _key("month", String(7)),
    _key("lot_id", ForeignKey("lot.id")),
    _needed("mass_g", BigInteger),
    _needed("reo_g", BigInteger),
    sqlite_with_rowid=False,
)

# A year's end for which the ledger keeps every lot's balance
# (``checkpoint_balance``), whether or not any month was closed. Derived from
# the movements, refreshed in the transaction of every posting dated on or
# before it, and recomputed by ``verify``; never the legal record.
checkpoint_table = Table(
    "checkpoint", metadata,
    _key("month", String(7)),
    _needed("made_at", DateTime),
)

# Each lot's stock at the end of a checkpoint's month (rows whose mass and
# REO came to zero may stay; readers leave them out).
checkpoint_balance_table = Table(
    "checkpoint_balance", metadata,
    _key("month", ForeignKey("checkpoint.month")),
    _key("lot_id", ForeignKey("lot.id")),
    _needed("mass_g", BigInteger),
    _needed("reo_g", BigInteger),
    sqlite_with_rowid=False,
)

# REO made into a lot of several origins, by origin country, summed over
# every OUTPUT into it, and the day of its latest OUTPUT: a mixed lot's origin
# without reading its production. Derived from the movements in the
# transaction that posts them (``ree_desk.store.made_shares``) and recomputed
# by ``verify``; only for lots that name no single origin.
made_share_table = Table(
    "made_share", metadata,
    _key("lot_id", ForeignKey("lot.id")),
    _key("country", String(2)),
    _needed("reo_g", BigInteger),
    _needed("last_day", Date),
    # The country that names the lot: the largest share, ties alphabetical.
    _needed("leads", Boolean),
    sqlite_with_rowid=False,
)

audit_event_table = Table(
    "audit_event", metadata,
    _key("id", Integer),
    _needed("at", DateTime),
    _needed("by", Text),
    _needed("action", String(32)),
    _needed("detail", Text),
    _optional("chain", String(64)),
)

# Someone who may sign in. With no accounts at all, the program is open to
# whoever starts it (a one-person plant); the first account turns the
# sign-in on. ``password`` holds the scrypt parameters, salt and hash.
account_table = Table(
    "account", metadata,
    _key("id", Integer),
    _needed("name", String(64), unique=True),
    _optional("full_name", Text),
    _needed("role", String(16)),  # clerk, manager, admin
    _needed("password", Text),
    _needed("active", Boolean, default=True),
    _needed("created_at", DateTime),
    _needed("created_by", Text),
    _needed("failed_logins", Integer, default=0),
    _optional("failed_at", DateTime),
)

setting_table = Table(
    "setting", metadata,
    _key("key", String(64)),
    _needed("value", Text),
)
