"""A donor's details: corrected or completed by the treasurer, and those that only some
filings ask for."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from treasurer.core.errors import UserError
from treasurer.core.matching import FILLABLE
from treasurer.core.model import DonorKind
from treasurer.db.filings import FilingQueries
from treasurer.services.compliance import check_donors, rule_context
from treasurer.services.ledger import DonationRequest, _donor_details, _donor_json
from treasurer.services.session import Ledger, current_actor

#: What ``edit_donor`` changes.
EDITABLE = ("name", "kind", *FILLABLE)


def edit_donor(
    ledger: Ledger,
    donor_id: int,
    changes: Mapping[str, str],
    *,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """Correct or complete a donor's details: each field of ``changes`` (``EDITABLE``)
    as typed, read as a new gift's are (a country's name or code, an email's form); an
    empty text clears a field, but not the name. Audited with the details before and
    after; the rules run again over the donor (a kind or an address changes what they
    find: an anonymous gift whose giver is identified, the address a receipt needs).

    Raises:
        UserError: no such donor, a donor merged into another, an unknown field, or a
            value that cannot be read (``ParseError``).
    """
    if unknown := sorted(set(changes) - set(EDITABLE)):
        raise UserError(
            "a donor has no detail {fields} (details: {known})",
            fields=", ".join(unknown),
            known=", ".join(EDITABLE),
        )
    with ledger.store.transaction() as repo:
        donor = repo.donor(donor_id)
        if donor is None:
            raise UserError("there is no donor with id {id}", id=donor_id)
        if (into := repo.merged_into(donor_id)) is not None:
            raise UserError(
                "donor {id} was merged into donor {into}: edit that one", id=donor_id, into=into
            )
        if repo.is_pseudonymised(donor_id):
            raise UserError(
                "donor {id} was pseudonymised (the keeping period was over): their details "
                "are not recorded again",
                id=donor_id,
            )
        if "kind" in changes and not changes["kind"].strip():
            raise UserError("a donor's kind cannot be empty (individual, company, party...)")
        before = donor.details
        typed = (
            {name: (getattr(before, name) or "") for name in EDITABLE if name != "kind"}
            | {"kind": before.kind.value}
            | dict(changes)
        )
        details = _donor_details(
            DonationRequest(
                date="",
                amount="",
                donor=typed["name"],
                kind=typed["kind"] or DonorKind.INDIVIDUAL.value,
                address=typed["address"],
                postcode=typed["postcode"],
                city=typed["city"],
                country=typed["country"],
                email=typed["email"],
                employer=typed["employer"],
                occupation=typed["occupation"],
            )
        )
        changed = [n for n in EDITABLE if getattr(details, n) != getattr(before, n)]
        flags: dict[str, int] = {"flags_raised": 0, "flags_resolved": 0}
        if changed:
            snapshot = repo.audit_snapshot("donor", [donor.uuid])
            repo.update_donor(donor.id, details)
            repo.append_audit(
                actor=current_actor(repo),
                action="donor.update",
                entity="donor",
                entity_uuid=donor.uuid,
                before=_donor_json(before),
                after=_donor_json(details),
                touched=[("donor", donor.uuid)],
                snapshot=snapshot,
            )
            found = check_donors(repo, rule_context(repo), [donor.id], today or dt.date.today())
            flags = {
                "flags_raised": len(found.raised) + len(found.reopened),
                "flags_resolved": len(found.resolved),
            }
    return {
        "donor_id": donor_id,
        "name": details.name,
        "changed": changed,
        "details": _donor_json(details),
        **flags,
    }


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
