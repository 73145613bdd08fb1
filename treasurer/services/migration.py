"""Moving a ledger from a SQLite file to a PostgreSQL server (a shared office)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import make_url

from treasurer.core.errors import UserError
from treasurer.db.copy import copy_into
from treasurer.services.ledger import ledger_info
from treasurer.services.session import Ledger, LedgerLocation


def migrate_to(ledger: Ledger, url: str) -> dict[str, Any]:
    """Copy the SQLite ledger into the empty PostgreSQL database at ``url``: schema, rows
    with their ids, sequences; counts and sums of every table checked before commit.
    The SQLite file is left as it was.

    Raises:
        UserError: the ledger is not a SQLite file, the URL is not PostgreSQL, or the
            database is not empty (nothing copied).
        StorageError: the server cannot be reached or the copy did not match (nothing
            left behind).
    """
    if ledger.location.path is None:
        raise UserError(
            "this ledger is already on a database server; migrate-to copies a ledger file"
        )
    target = LedgerLocation.for_url(url)
    if make_url(target.url).get_backend_name() != "postgresql":
        raise UserError(
            "migrate-to copies a ledger into PostgreSQL: give a URL like "
            "postgresql+psycopg://user@host/database"
        )
    tables = copy_into(ledger.store.engine, target.url, str(target))
    with Ledger.open(target) as copied:
        info = ledger_info(copied)
    return {
        "from": str(ledger.location),
        "to": str(target),
        "ledger_id": info.ledger_id,
        "schema_version": info.schema_version,
        "tables": [{"table": t.table, "rows": t.rows, "sums": t.sums} for t in tables],
        "counts": info.counts,
        "totals": info.totals,
    }
