"""The schema. Masses are integer grams, grades integer hundredths of a percent.

Movement masses are signed stock effects: a FEED of 5 kg is stored as
-5000 g, so stock is a plain sum. Ledger tables are append-only; the SQLite
triggers that enforce it live in ``ree_desk.store.sqlite``.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Enterprise(Base):
    __tablename__ = "enterprise"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    credit_code: Mapped[str] = mapped_column(String(18))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Material(Base):
    __tablename__ = "material"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_zh: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(16))
    grp: Mapped[str] = mapped_column("group", String(16))
    default_grade_bp: Mapped[int] = mapped_column(Integer)
    hs_code: Mapped[str] = mapped_column(String(16))
    seeded: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)


class Run(Base):
    """A production run (生产批次): FEED goes in, OUTPUT comes out."""

    __tablename__ = "run"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)


class Lot(Base):
    """A lot of one material. ``origin`` is its country when it has a single
    one; lots made by production runs may mix origins (``origin`` is then
    NULL and the mix is read from their movements' origin rows)."""

    __tablename__ = "lot"
    __table_args__ = (UniqueConstraint("material_id", "lot_no"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    material_id: Mapped[int] = mapped_column(ForeignKey("material.id"))
    lot_no: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(8))  # "declared" or "run"
    origin: Mapped[str | None] = mapped_column(String(2))
    origin_detail: Mapped[str | None] = mapped_column(Text)
    customs_no: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ImportBatch(Base):
    """One posting: an imported file, a grid of entries or a single entry."""

    __tablename__ = "posting"
    # A file imported twice is found by its digest.
    __table_args__ = (Index("ix_posting_sha256", "sha256"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    by: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str | None] = mapped_column(String(64))
    rows: Mapped[int] = mapped_column(Integer)
    accept_reason: Mapped[str | None] = mapped_column(Text)


class Movement(Base):
    __tablename__ = "movement"
    __table_args__ = (
        Index("ix_movement_day", "day"),
        Index("ix_movement_lot_day", "lot_id", "day"),
        # Partial indexes: most movements count against no quota, have no
        # run and reverse nothing, and need not be indexed for it.
        Index("ix_movement_quota", "quota_kind", "day",
              sqlite_where=text("quota_kind IS NOT NULL"), postgresql_where=text("quota_kind IS NOT NULL")),
        Index("ix_movement_run", "run_id",
              sqlite_where=text("run_id IS NOT NULL"), postgresql_where=text("run_id IS NOT NULL")),
        Index("uq_movement_reverses_id", "reverses_id", unique=True,
              sqlite_where=text("reverses_id IS NOT NULL"), postgresql_where=text("reverses_id IS NOT NULL")),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date)
    type: Mapped[str] = mapped_column(String(12))
    material_id: Mapped[int] = mapped_column(ForeignKey("material.id"))
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"))
    mass_g: Mapped[int] = mapped_column(BigInteger)
    grade_bp: Mapped[int] = mapped_column(Integer)
    reo_g: Mapped[int] = mapped_column(BigInteger)
    quota_kind: Mapped[str | None] = mapped_column(String(16))
    counterparty: Mapped[str | None] = mapped_column(Text)
    credit_code: Mapped[str | None] = mapped_column(String(18))
    invoice_no: Mapped[str | None] = mapped_column(Text)
    customs_no: Mapped[str | None] = mapped_column(String(32))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("run.id"))
    destination: Mapped[str | None] = mapped_column(String(2))
    note: Mapped[str | None] = mapped_column(Text)
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("movement.id"))
    flags: Mapped[int] = mapped_column(Integer, default=0)
    accept_reason: Mapped[str | None] = mapped_column(Text)
    posting_id: Mapped[int] = mapped_column(ForeignKey("posting.id"))
    source_line: Mapped[int | None] = mapped_column(Integer)
    # SHA-256 of the previous movement's chain and this row (ree_desk.domain.ledger.chain).
    chain: Mapped[str | None] = mapped_column(String(64))


class MovementOrigin(Base):
    """A movement's mass and REO split by origin country; one row for a lot
    of a single origin, several for a lot mixed by production runs."""

    __tablename__ = "movement_origin"
    __table_args__ = ({"sqlite_with_rowid": False},)
    movement_id: Mapped[int] = mapped_column(ForeignKey("movement.id"), primary_key=True)
    country: Mapped[str] = mapped_column(String(2), primary_key=True)
    mass_g: Mapped[int] = mapped_column(BigInteger)
    reo_g: Mapped[int] = mapped_column(BigInteger)


class QuotaAllocation(Base):
    __tablename__ = "quota_allocation"
    __table_args__ = (Index("ix_quota_year_kind", "year", "kind"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    scope: Mapped[str] = mapped_column(String(8))
    batch: Mapped[int] = mapped_column(Integer)
    reo_g: Mapped[int] = mapped_column(BigInteger)
    document: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(Text)


class MonthClose(Base):
    """A closed month. Months without a row are open."""

    __tablename__ = "month_close"
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    closed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    closed_by: Mapped[str] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)


class ClosingBalance(Base):
    """Each lot's stock at the end of a closed month (non-zero lots only).

    Stock as of a day reads the latest snapshot before it plus the movements
    after, so its cost follows the month, not the length of history."""

    __tablename__ = "closing_balance"
    __table_args__ = ({"sqlite_with_rowid": False},)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"), primary_key=True)
    mass_g: Mapped[int] = mapped_column(BigInteger)
    reo_g: Mapped[int] = mapped_column(BigInteger)


class Checkpoint(Base):
    """A year's end for which the ledger keeps every lot's balance
    (``CheckpointBalance``), whether or not any month was closed. Derived
    from the movements, refreshed in the transaction of every posting dated
    on or before it, and recomputed by ``verify``; never the legal record."""

    __tablename__ = "checkpoint"
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    made_at: Mapped[dt.datetime] = mapped_column(DateTime)


class CheckpointBalance(Base):
    """Each lot's stock at the end of a checkpoint's month (rows whose mass
    and REO came to zero may stay; readers leave them out)."""

    __tablename__ = "checkpoint_balance"
    __table_args__ = ({"sqlite_with_rowid": False},)
    month: Mapped[str] = mapped_column(ForeignKey("checkpoint.month"), primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"), primary_key=True)
    mass_g: Mapped[int] = mapped_column(BigInteger)
    reo_g: Mapped[int] = mapped_column(BigInteger)


class MadeShare(Base):
    """REO made into a lot of several origins, by origin country, summed
    over every OUTPUT into it, and the day of its latest OUTPUT: a mixed
    lot's origin without reading its production. Derived from the movements
    in the transaction that posts them (``ree_desk.store.made_shares``) and
    recomputed by ``verify``; only for lots that name no single origin."""

    __tablename__ = "made_share"
    __table_args__ = ({"sqlite_with_rowid": False},)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"), primary_key=True)
    country: Mapped[str] = mapped_column(String(2), primary_key=True)
    reo_g: Mapped[int] = mapped_column(BigInteger)
    last_day: Mapped[dt.date] = mapped_column(Date)
    # The country that names the lot: the largest share, ties alphabetical.
    leads: Mapped[bool] = mapped_column(Boolean)


class AuditEvent(Base):
    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    by: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text)
    chain: Mapped[str | None] = mapped_column(String(64))


class Account(Base):
    """Someone who may sign in. With no accounts at all, the program is open
    to whoever starts it (a one-person plant); the first account turns the
    sign-in on. ``password`` holds the scrypt parameters, salt and hash."""

    __tablename__ = "account"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(16))  # clerk, manager, admin
    password: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(Text)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    failed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Setting(Base):
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
