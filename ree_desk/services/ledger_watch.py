"""What another workstation has done since we last looked: the newest
movement and audit event of a shared ledger, two look-ups by primary key
that a screen can afford every few seconds."""
from __future__ import annotations

from sqlalchemy import func, select

from ree_desk.store.database import Database
from ree_desk.store.tables import audit_event_table, movement_table

# (newest movement id, newest audit event id): every posting, reversal, close,
# quota change or setting adds an audit event, so a change moves the mark.
Mark = tuple[int, int]


def ledger_mark(db: Database) -> Mark:
    with db.read() as conn:
        movement = conn.execute(select(func.max(movement_table.c.id))).scalar() or 0
        event = conn.execute(select(func.max(audit_event_table.c.id))).scalar() or 0
    return int(movement), int(event)
