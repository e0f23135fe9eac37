"""The ledger file as the command line and the desktop program open it:
open for writing or for reading, what stops it opening, and who holds it.

The front ends come through here rather than to the store, so that a store
of another kind changes this module and not them. A ledger is a file, or a
database on the plant's PostgreSQL server named by a ``postgresql://`` URL."""
from __future__ import annotations

from ree_desk.store.database import (
    Database,
    DatabaseBusy,
    ServerUnreachable,
    StoreError,
    open_database,
    server_wants_password,
)
from ree_desk.store.postgresql import is_url as is_server_url
from ree_desk.store.postgresql import without_password
from ree_desk.store.disk import storage_error
from ree_desk.store.writer_lock import acquire as hold_for_writing
from ree_desk.store.writer_lock import describe as describe_holder
from ree_desk.store.writer_lock import introduce as introduce_program

__all__ = [
    "Database",
    "DatabaseBusy",
    "ServerUnreachable",
    "StoreError",
    "describe_holder",
    "hold_for_writing",
    "introduce_program",
    "is_server_url",
    "open_database",
    "server_wants_password",
    "storage_error",
    "without_password",
]
