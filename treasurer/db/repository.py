"""Queries and writes of a ledger, in terms of the core's records.

A ``LedgerRepository`` lives inside one transaction (``LedgerStore.transaction()``);
it turns rows into frozen core records and never hands out ORM objects.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, func, insert, select
from sqlalchemy.orm import Session

from treasurer.core.model import (
    Donation,
    DonationId,
    Donor,
    DonorDetails,
    DonorId,
    DonorKind,
    DonorSummary,
    EntryType,
    LedgerSettings,
    NewDonation,
    PaymentMethod,
    Unit,
    UnitId,
)
from treasurer.core.money import Money
from treasurer.core.names import normalise_name
from treasurer.db import models as m

GENESIS_HASH = "0" * 64

#: Columns the donations list may be sorted by (each backed by an index or cheap).
DONATION_SORTS: dict[str, Sequence[Any]] = {
    "date": (m.Donation.received_on, m.Donation.id),
    "amount": (m.Donation.amount_minor, m.Donation.id),
    "donor": (m.Donor.name, m.Donation.id),
    "id": (m.Donation.id,),
}


class LedgerRepository:
    """Reads and writes of one unit of work."""

    def __init__(self, session: Session) -> None:
        self._s = session

    # ------------------------------------------------------------ organisation
    def settings(self) -> LedgerSettings | None:
        org = self._s.get(m.Organisation, 1)
        if org is None:
            return None
        return LedgerSettings(
            ledger_id=org.ledger_id,
            name=org.name,
            jurisdiction=org.jurisdiction,
            base_currency=org.base_currency,
            fiscal_year_start_month=org.fiscal_year_start_month,
            fiscal_year_start_day=org.fiscal_year_start_day,
            date_order=org.date_order,
            profile_variant=org.profile_variant,
        )

    def create_organisation(self, settings: LedgerSettings) -> None:
        self._s.add(
            m.Organisation(
                id=1,
                ledger_id=settings.ledger_id,
                name=settings.name,
                jurisdiction=settings.jurisdiction,
                profile_variant=settings.profile_variant,
                base_currency=settings.base_currency,
                fiscal_year_start_month=settings.fiscal_year_start_month,
                fiscal_year_start_day=settings.fiscal_year_start_day,
                date_order=settings.date_order,
            )
        )
        self._s.flush()

    def get_setting(self, key: str) -> str | None:
        row = self._s.get(m.Setting, key)
        return row.value if row else None

    def set_setting(self, key: str, value: str) -> None:
        row = self._s.get(m.Setting, key)
        if row is None:
            self._s.add(m.Setting(key=key, value=value))
        else:
            row.value = value
        self._s.flush()

    # ------------------------------------------------------------ units
    def units(self) -> list[Unit]:
        rows = self._s.scalars(select(m.AccountingUnit).order_by(m.AccountingUnit.name))
        return [Unit(UnitId(r.id), r.uuid, r.name) for r in rows]

    def unit_by_name(self, name: str) -> Unit | None:
        wanted = normalise_name(name)
        return next((u for u in self.units() if normalise_name(u.name) == wanted), None)

    def add_unit(self, name: str) -> Unit:
        row = m.AccountingUnit(name=name)
        self._s.add(row)
        self._s.flush()
        return Unit(UnitId(row.id), row.uuid, row.name)

    # ------------------------------------------------------------ donors
    def donors_by_key(self, name_key: str) -> list[Donor]:
        rows = self._s.scalars(
            select(m.Donor)
            .where(m.Donor.name_key == name_key, m.Donor.merged_into_id.is_(None))
            .order_by(m.Donor.id)
        )
        return [_donor(r) for r in rows]

    def donor(self, donor_id: int) -> Donor | None:
        row = self._s.get(m.Donor, donor_id)
        return _donor(row) if row else None

    def add_donor(self, details: DonorDetails) -> Donor:
        row = m.Donor(name_key=normalise_name(details.name), **_donor_columns(details))
        self._s.add(row)
        self._s.flush()
        return _donor(row)

    def update_donor(self, donor_id: DonorId, details: DonorDetails) -> Donor:
        row = self._s.get_one(m.Donor, donor_id)
        for key, value in _donor_columns(details).items():
            setattr(row, key, value)
        row.name_key = normalise_name(details.name)
        self._s.flush()
        return _donor(row)

    def bulk_add_donors(self, donors: Sequence[DonorDetails]) -> list[DonorId]:
        """Insert many donors at once; return their ids in the same order."""
        if not donors:
            return []
        rows = [
            {"uuid": m.new_uuid(), "name_key": normalise_name(d.name), "created_at": m.utc_now()}
            | _donor_columns(d)
            for d in donors
        ]
        stmt = insert(m.Donor).returning(m.Donor.id, sort_by_parameter_order=True)
        return [DonorId(i) for i in self._s.scalars(stmt, rows)]

    def donor_summaries(self, *, donor_id: int | None = None) -> list[DonorSummary]:
        """Every donor (or one) with the net total and count of their entries, per currency."""
        stmt = (
            select(
                m.Donor.id,
                m.Donor.name,
                m.Donor.kind,
                m.Donation.currency,
                func.coalesce(func.sum(m.Donation.amount_minor), 0),
                func.count(m.Donation.id),
            )
            .outerjoin(m.Donation, m.Donation.donor_id == m.Donor.id)
            .where(
                m.Donor.merged_into_id.is_(None),
                *([] if donor_id is None else [m.Donor.id == donor_id]),
            )
            .group_by(m.Donor.id, m.Donor.name, m.Donor.kind, m.Donation.currency)
            .order_by(m.Donor.name, m.Donor.id)
        )
        base = self._base_currency()
        return [
            DonorSummary(
                id=DonorId(donor_id),
                name=name,
                kind=DonorKind(kind),
                total=Money(int(total), currency or base),
                count=int(count),
            )
            for donor_id, name, kind, currency, total, count in self._s.execute(stmt)
        ]

    # ------------------------------------------------------------ donations
    def add_donation(self, donor_id: DonorId, donation: NewDonation) -> tuple[DonationId, str]:
        row = m.Donation(donor_id=donor_id, **_donation_columns(donation))
        self._s.add(row)
        self._s.flush()
        return DonationId(row.id), row.uuid

    def bulk_add_donations(
        self,
        donations: Iterable[tuple[DonorId, NewDonation]],
        *,
        import_batch_id: int | None = None,
    ) -> int:
        """Insert many donations in this transaction; return how many."""
        now = m.utc_now()
        rows = [
            {
                "uuid": m.new_uuid(),
                "donor_id": donor_id,
                "import_batch_id": import_batch_id,
                "refund_of_id": None,
                "created_at": now,
            }
            | _donation_columns(d)
            for donor_id, d in donations
        ]
        if rows:
            self._s.execute(insert(m.Donation), rows)
        return len(rows)

    def donations(
        self,
        *,
        donor_id: int | None = None,
        sort: str = "date",
        descending: bool = False,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[Donation]:
        order = DONATION_SORTS[sort]
        stmt = (
            select(m.Donation, m.Donor.name, m.AccountingUnit.name)
            .join(m.Donor, m.Donor.id == m.Donation.donor_id)
            .outerjoin(m.AccountingUnit, m.AccountingUnit.id == m.Donation.unit_id)
            .where(*self._donation_filter(donor_id))
            .order_by(*(c.desc() if descending else c.asc() for c in order))
            .offset(offset)
            .limit(limit)
        )
        return [_donation(row, donor_name, unit) for row, donor_name, unit in self._s.execute(stmt)]

    def has_reference(self, reference: str) -> bool:
        stmt = select(m.Donation.id).where(m.Donation.reference == reference).limit(1)
        return self._s.scalar(stmt) is not None

    def count_donations(self, *, donor_id: int | None = None) -> int:
        stmt = select(func.count(m.Donation.id)).where(*self._donation_filter(donor_id))
        return int(self._s.scalar(stmt) or 0)

    def totals_by_currency(self) -> dict[str, int]:
        stmt = select(m.Donation.currency, func.sum(m.Donation.amount_minor)).group_by(
            m.Donation.currency
        )
        return {currency: int(total) for currency, total in self._s.execute(stmt)}

    def counts(self) -> dict[str, int]:
        tables = {
            "donors": m.Donor,
            "donations": m.Donation,
            "units": m.AccountingUnit,
            "import_batches": m.ImportBatch,
            "flags": m.Flag,
            "audit_entries": m.AuditEntry,
        }
        return {
            name: int(self._s.scalar(select(func.count()).select_from(table)) or 0)
            for name, table in tables.items()
        }

    @staticmethod
    def _donation_filter(donor_id: int | None) -> list[ColumnElement[bool]]:
        return [] if donor_id is None else [m.Donation.donor_id == donor_id]

    def _base_currency(self) -> str:
        settings = self.settings()
        return settings.base_currency if settings else "EUR"

    # ------------------------------------------------------------ audit
    def append_audit(
        self,
        *,
        actor: str,
        action: str,
        entity: str,
        entity_uuid: str | None,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
    ) -> str:
        """Append an entry to the audit log, chained to the previous one by SHA-256."""
        previous = self._s.scalar(
            select(m.AuditEntry.hash).order_by(m.AuditEntry.id.desc()).limit(1)
        )
        prev_hash = previous or GENESIS_HASH
        at = m.utc_now()
        before_text = _canonical(before) if before is not None else None
        after_text = _canonical(after) if after is not None else None
        digest = audit_hash(
            prev_hash,
            at=at,
            actor=actor,
            action=action,
            entity=entity,
            entity_uuid=entity_uuid,
            before=before_text,
            after=after_text,
        )
        self._s.add(
            m.AuditEntry(
                at=at,
                actor=actor,
                action=action,
                entity=entity,
                entity_uuid=entity_uuid,
                before=before_text,
                after=after_text,
                prev_hash=prev_hash,
                hash=digest,
            )
        )
        self._s.flush()
        return digest

    def audit_entries(self) -> list[dict[str, Any]]:
        rows = self._s.scalars(select(m.AuditEntry).order_by(m.AuditEntry.id))
        return [
            {
                "id": r.id,
                "at": r.at.isoformat(),
                "actor": r.actor,
                "action": r.action,
                "entity": r.entity,
                "entity_uuid": r.entity_uuid,
                "before": json.loads(r.before) if r.before else None,
                "after": json.loads(r.after) if r.after else None,
                "hash": r.hash,
            }
            for r in rows
        ]


def audit_hash(
    prev_hash: str,
    *,
    at: dt.datetime,
    actor: str,
    action: str,
    entity: str,
    entity_uuid: str | None,
    before: str | None,
    after: str | None,
) -> str:
    """SHA-256 over the previous hash and the entry's canonical form."""
    stamp = at.astimezone(dt.UTC).replace(tzinfo=None).isoformat() if at.tzinfo else at.isoformat()
    canonical = _canonical(
        {
            "at": stamp,
            "actor": actor,
            "action": action,
            "entity": entity,
            "entity_uuid": entity_uuid,
            "before": before,
            "after": after,
        }
    )
    return hashlib.sha256((prev_hash + canonical).encode()).hexdigest()


def _canonical(value: dict[str, Any]) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def _donor_columns(details: DonorDetails) -> dict[str, Any]:
    return {
        "kind": details.kind.value,
        "name": details.name,
        "address": details.address,
        "postcode": details.postcode,
        "city": details.city,
        "country": details.country,
        "email": details.email,
        "employer": details.employer,
        "occupation": details.occupation,
    }


def _donor(row: m.Donor) -> Donor:
    return Donor(
        id=DonorId(row.id),
        uuid=row.uuid,
        name_key=row.name_key,
        details=DonorDetails(
            name=row.name,
            kind=DonorKind(row.kind),
            address=row.address,
            postcode=row.postcode,
            city=row.city,
            country=row.country,
            email=row.email,
            employer=row.employer,
            occupation=row.occupation,
        ),
    )


def _donation_columns(d: NewDonation) -> dict[str, Any]:
    return {
        "unit_id": d.unit_id,
        "received_on": d.received_on,
        "amount_minor": d.amount.minor,
        "currency": d.amount.currency,
        "method": d.method.value,
        "entry_type": d.entry_type.value,
        "reference": d.reference,
        "notes": d.notes,
    }


def _donation(row: m.Donation, donor_name: str, unit: str | None) -> Donation:
    return Donation(
        id=DonationId(row.id),
        uuid=row.uuid,
        donor_id=DonorId(row.donor_id),
        donor_name=donor_name,
        received_on=row.received_on,
        amount=Money(row.amount_minor, row.currency),
        method=PaymentMethod(row.method),
        entry_type=EntryType(row.entry_type),
        reference=row.reference,
        unit=unit,
        notes=row.notes,
    )
