"""Details of a donor that only some filings ask for."""

from __future__ import annotations

from typing import Any

from treasurer.core.errors import UserError
from treasurer.db.filings import FilingQueries
from treasurer.services.session import Ledger, current_actor


def set_company_number(ledger: Ledger, donor_id: int, number: str) -> dict[str, Any]:
    """Record a donor's company registration number (UK: Companies House), printed in the
    donations report; an empty number clears it.

    Raises:
        UserError: no such donor, or a number longer than 40 characters.
    """
    cleaned = " ".join(number.split()) or None
    if cleaned is not None and len(cleaned) > 40:
        raise UserError(
            "a company number has at most 40 characters; {number!r} has more", number=cleaned
        )
    with ledger.store.transaction() as repo:
        queries = FilingQueries(repo.session)
        found = queries.company_number(donor_id)
        if found is None:
            raise UserError("there is no donor with id {id}", id=donor_id)
        uuid, before = found
        queries.set_company_number(donor_id, cleaned)
        repo.append_audit(
            actor=current_actor(repo),
            action="donor.company_number",
            entity="donor",
            entity_uuid=uuid,
            before={"company_number": before},
            after={"company_number": cleaned},
        )
    return {"donor_id": donor_id, "company_number": cleaned}
