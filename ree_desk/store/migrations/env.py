"""Alembic environment: the program hands over its own connection."""
from alembic import context

from ree_desk.store.tables import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the program runs migrations
    raise RuntimeError("REE Desk migrations run through ree_desk.store.database")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite can only ALTER by copying tables
)
with context.begin_transaction():
    context.run_migrations()
