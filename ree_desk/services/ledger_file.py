"""The ledger file as the command line and the desktop program open it:
open for writing or for reading, what stops it opening, and who holds it.

The front ends come through here rather than to the store, so that a store
of another kind changes this module and not them."""
from __future__ import annotations

from ree_desk.store.database import Database, DatabaseBusy, StoreError, open_database
from ree_desk.store.disk import storage_error
from ree_desk.store.writer_lock import acquire as hold_for_writing
from ree_desk.store.writer_lock import describe as describe_holder
from ree_desk.store.writer_lock import introduce as introduce_program

__all__ = [
    "Database",
    "DatabaseBusy",
    "StoreError",
    "describe_holder",
    "hold_for_writing",
    "introduce_program",
    "open_database",
    "storage_error",
]
