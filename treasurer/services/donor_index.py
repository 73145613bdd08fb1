"""Inserting the donors that an import or a field-office bundle creates (matched by
``importers.donors.DonorIndex``)."""

from __future__ import annotations

from treasurer.db.repository import LedgerRepository
from treasurer.importers.donors import NewDonor


def insert_donors(repo: LedgerRepository, new: list[NewDonor], batch_id: int | None) -> list[int]:
    """Insert ``new`` donors in bulk; their ledger ids, in the same order."""
    if not new:
        return []
    return list(
        repo.bulk_add_donors(
            [d.details for d in new],
            import_batch_id=batch_id,
            name_keys=[d.key for d in new],
            uuids=[d.uuid for d in new],
        )
    )
