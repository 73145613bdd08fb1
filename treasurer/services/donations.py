"""Editing and deleting a recorded donation: audited, re-checked, and refused in a closed
period unless made as an amendment."""

from __future__ import annotations

import datetime as dt
from typing import Any

from treasurer.core.dates import DateOrder, parse_date
from treasurer.core.errors import Message, ParseError, UserError
from treasurer.core.model import EntryType, PaymentMethod, parse_choice
from treasurer.core.money import Money, parse_amount
from treasurer.core.names import clean_text
from treasurer.db.repository import LedgerRepository
from treasurer.db.trust_data import TrustData
from treasurer.services.compliance import AN_ENTRY, check_donors, rule_context
from treasurer.services.periods import guard, record_amendments
from treasurer.services.session import Ledger, current_actor


def donation_values(row: dict[str, Any]) -> dict[str, Any]:
    """A donation's values as the audit log and amendments record them."""
    return {
        "donor_id": row["donor_id"],
        "received_on": row["received_on"].isoformat(),
        "amount": Money(row["amount_minor"], row["currency"]).amount,
        "currency": row["currency"],
        "method": row["method"],
        "type": row["entry_type"],
        "reference": row["reference"],
        "unit_id": row["unit_id"],
        "notes": row["notes"],
    }


def edit_donation(
    ledger: Ledger,
    donation_id: int,
    *,
    date: str | None = None,
    amount: str | None = None,
    method: str | None = None,
    reference: str | None = None,
    notes: str | None = None,
    unit: str | None = None,
    reason: str | None = None,
    amend: bool = False,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """Change fields of a recorded entry; the donor is checked again.

    Raises:
        UserError: no such donation, nothing to change, a value is wrong, the amount
            would be less than what was already refunded, or the donation (old or new
            date) is in a closed period and ``amend`` is false.
    """
    today = today or dt.date.today()
    with ledger.store.transaction() as repo:
        data = TrustData(repo.session)
        row = _existing(data, donation_id)
        settings = repo.settings()
        assert settings is not None
        changes: dict[str, Any] = {}
        if date is not None:
            day = parse_date(date, DateOrder(settings.date_order))
            if day > today:
                raise ParseError(
                    "date",
                    date,
                    Message("is in the future (today is {today})", today=today.isoformat()),
                )
            changes["received_on"] = day
        if amount is not None:
            changes["amount_minor"] = _amount(repo, row, amount)
        if method is not None:
            changes["method"] = parse_choice(PaymentMethod, method, "payment method").value
        if reference is not None:
            ref = _clean(reference)
            if ref and ref != row["reference"] and repo.has_reference(ref):
                raise UserError(
                    "a donation with reference {reference!r} is already recorded", reference=ref
                )
            changes["reference"] = ref
        if notes is not None:
            changes["notes"] = _clean(notes)
        if unit is not None:
            changes["unit_id"] = _unit(repo, unit)
        changes = {k: v for k, v in changes.items() if row[k] != v}
        if not changes:
            raise UserError("nothing to change in donation {id}", id=donation_id)
        days = [row["received_on"], changes.get("received_on", row["received_on"])]
        closed = guard(repo, days, amend=amend, what=Message("donation {id}", id=donation_id))
        before = donation_values(row)
        snapshot = repo.audit_snapshot("donation", [row["uuid"]])
        data.lock_donor(row["donor_id"])
        data.update_donation(donation_id, changes)
        after = donation_values(row | changes)
        repo.append_audit(
            actor=current_actor(repo),
            action="donation.amend" if closed else "donation.edit",
            entity="donation",
            entity_uuid=row["uuid"],
            before=before,
            after=after | {"reason": reason},
            touched=[("donation", row["uuid"])],
            snapshot=snapshot,
        )
        record_amendments(
            repo,
            closed,
            donation_uuid=row["uuid"],
            action="edit",
            before=before,
            after=after,
            reason=reason,
        )
        result = check_donors(repo, rule_context(repo), [row["donor_id"]], today)
    return {
        "donation_id": donation_id,
        "changed": sorted(_FIELDS.get(k, k) for k in changes),
        "before": before,
        "after": after,
        "amendment": [p.label for p in closed],
        "flags_raised": result.raised,
        "flags_resolved": result.resolved,
    }


def delete_donation(
    ledger: Ledger,
    donation_id: int,
    *,
    reason: str,
    amend: bool = False,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """Delete a recorded entry (typed twice, recorded in error), with a reason; the donor
    is checked again. A donation with refunds recorded against it cannot be deleted.

    Raises:
        UserError: no reason, no such donation, it has refunds, or it is dated in a
            closed period and ``amend`` is false.
    """
    reason = " ".join(reason.split())
    if not reason:
        raise UserError("deleting a donation needs a reason (--reason); it goes to the audit log")
    with ledger.store.transaction() as repo:
        data = TrustData(repo.session)
        row = _existing(data, donation_id)
        refunds = data.refunds_of(donation_id)
        if refunds:
            raise UserError(
                "donation {id} has {refunds} refund(s) or return(s) recorded against it; "
                "delete those first",
                id=donation_id,
                refunds=refunds,
            )
        receipts = data.receipt_numbers(donation_id)
        if receipts:
            raise UserError(
                "donation {id} has receipt {numbers} issued for it; void the receipt first "
                "(treasurer receipt void {first} --reason ...)",
                id=donation_id,
                numbers=", ".join(map(str, receipts)),
                first=receipts[0],
            )
        closed = guard(
            repo,
            [row["received_on"]],
            amend=amend,
            what=Message("donation {id}", id=donation_id),
        )
        before = donation_values(row)
        snapshot = repo.audit_snapshot("donation", [row["uuid"]])
        data.lock_donor(row["donor_id"])
        data.delete_donation(donation_id)
        repo.append_audit(
            actor=current_actor(repo),
            action="donation.delete",
            entity="donation",
            entity_uuid=row["uuid"],
            before=before,
            after={"deleted": True, "reason": reason},
            touched=[("donation", row["uuid"])],
            snapshot=snapshot,
        )
        record_amendments(
            repo,
            closed,
            donation_uuid=row["uuid"],
            action="delete",
            before=before,
            after=None,
            reason=reason,
        )
        result = check_donors(repo, rule_context(repo), [row["donor_id"]], today or dt.date.today())
    return {
        "donation_id": donation_id,
        "deleted": before,
        "amendment": [p.label for p in closed],
        "flags_resolved": result.resolved,
    }


_FIELDS = {"received_on": "date", "amount_minor": "amount", "unit_id": "unit"}


def _existing(data: TrustData, donation_id: int) -> dict[str, Any]:
    row = data.donation_row(donation_id)
    if row is None:
        raise UserError("there is no donation with id {id}", id=donation_id)
    return row


def _amount(repo: LedgerRepository, row: dict[str, Any], text: str) -> int:
    value = parse_amount(text, row["currency"])
    if value.minor <= 0:
        raise ParseError("amount", text, Message("must be more than zero"))
    if row["entry_type"] != "donation":
        raise UserError(
            "the amount of {entry} is not edited; delete it and record it again",
            entry=AN_ENTRY[EntryType(row["entry_type"])],
        )
    refunded = repo.refunded_total(row["id"])
    if value.minor < refunded:
        raise UserError(
            "{given} of donation {id} was already given back; its amount cannot be less",
            given=Money(refunded, row["currency"]),
            id=row["id"],
        )
    return value.minor


def _unit(repo: LedgerRepository, name: str) -> int | None:
    if not name.strip():
        return None
    unit = repo.unit_by_name(name)
    if unit is None:
        raise UserError("there is no accounting unit named {name!r}", name=name)
    return int(unit.id)


def _clean(value: str) -> str | None:
    return clean_text(value) or None
