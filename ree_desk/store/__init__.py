"""Persistence: the schema, opening and migrating a database, and queries."""
