"""Alembic migrations of the ledger schema (run through ``treasurer.db.migrate``)."""
