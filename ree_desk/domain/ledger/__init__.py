"""Ledger rules that need no database: origins, stock and quota checks."""
