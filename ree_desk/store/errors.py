"""What the store raises when a database cannot be used as asked."""
from __future__ import annotations


class StoreError(Exception):
    """A database that cannot be used as asked; the message says why."""
