"""Storage: SQLAlchemy models, engines for SQLite and PostgreSQL, migrations, repositories.

No SQLAlchemy session leaves this package: callers get a ``LedgerRepository`` inside
``LedgerStore.transaction()``.
"""
