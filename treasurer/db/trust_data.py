"""Queries and writes behind the trust features: closed periods and amendments, edits and
deletions of donations, and what a ledger holds about one donor (privacy)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from treasurer.db import models as m


@dataclass(frozen=True, slots=True)
class ClosedPeriod:
    id: int
    label: str
    start: dt.date
    end: dt.date
    closed_by: str
    closed_at: dt.datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "period": self.label,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "closed_by": self.closed_by,
            "closed_at": self.closed_at.isoformat(),
        }


#: Donor columns that hold contact details (removed when a donor is pseudonymised).
CONTACT_COLUMNS = ("address", "postcode", "city", "email", "employer", "occupation")


class TrustData:
    """Reads and writes of the trust features, inside one transaction."""

    def __init__(self, session: Session) -> None:
        self._s = session

    # ------------------------------------------------------------ periods
    def periods(self) -> list[ClosedPeriod]:
        rows = self._s.scalars(select(m.Period).order_by(m.Period.start_on, m.Period.id))
        return [_period(r) for r in rows]

    def period(self, label: str) -> ClosedPeriod | None:
        row = self._s.scalar(select(m.Period).where(m.Period.label == label))
        return _period(row) if row else None

    def close_period(self, *, label: str, start: dt.date, end: dt.date, actor: str) -> None:
        self._s.add(m.Period(label=label, start_on=start, end_on=end, closed_by=actor))
        self._s.flush()

    def closed_covering(self, days: Iterable[dt.date]) -> list[tuple[dt.date, ClosedPeriod]]:
        """Each day of ``days`` that a closed period covers, with the period."""
        periods = self.periods()
        found: list[tuple[dt.date, ClosedPeriod]] = []
        for day in sorted(set(days)):
            found.extend((day, p) for p in periods if p.start <= day <= p.end)
        return found

    def batch_days_in(self, batch_id: int, period: ClosedPeriod) -> dt.date | None:
        """The first day of an import batch's rows that falls in ``period``, if any."""
        return self._s.scalar(
            select(func.min(m.Donation.received_on)).where(
                m.Donation.import_batch_id == batch_id,
                m.Donation.received_on.between(period.start, period.end),
            )
        )

    def add_amendment(
        self,
        *,
        period_id: int,
        donation_uuid: str,
        action: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
        reason: str | None,
        actor: str,
        audit_entry_id: int,
    ) -> None:
        self._s.add(
            m.Amendment(
                period_id=period_id,
                donation_uuid=donation_uuid,
                action=action,
                before=_json(before),
                after=_json(after),
                reason=reason,
                actor=actor,
                audit_entry_id=audit_entry_id,
            )
        )
        self._s.flush()

    def amendments(self, period_ids: Iterable[int]) -> list[dict[str, Any]]:
        stmt = (
            select(m.Amendment, m.Period.label)
            .join(m.Period, m.Period.id == m.Amendment.period_id)
            .where(m.Amendment.period_id.in_(list(period_ids)))
            .order_by(m.Amendment.id)
        )
        return [
            {
                "period": label,
                "at": a.at.isoformat(),
                "actor": a.actor,
                "action": a.action,
                "donation_uuid": a.donation_uuid,
                "before": json.loads(a.before) if a.before else None,
                "after": json.loads(a.after) if a.after else None,
                "reason": a.reason,
                "audit_entry": a.audit_entry_id,
            }
            for a, label in self._s.execute(stmt)
        ]

    # ------------------------------------------------------------ donations
    def donation_row(self, donation_id: int) -> dict[str, Any] | None:
        row = self._s.get(m.Donation, donation_id)
        if row is None:
            return None
        return {
            "id": row.id,
            "uuid": row.uuid,
            "donor_id": row.donor_id,
            "unit_id": row.unit_id,
            "refund_of_id": row.refund_of_id,
            "import_batch_id": row.import_batch_id,
            "received_on": row.received_on,
            "amount_minor": row.amount_minor,
            "currency": row.currency,
            "method": row.method,
            "entry_type": row.entry_type,
            "reference": row.reference,
            "notes": row.notes,
        }

    def refunds_of(self, donation_id: int) -> int:
        stmt = select(func.count(m.Donation.id)).where(m.Donation.refund_of_id == donation_id)
        return int(self._s.scalar(stmt) or 0)

    def update_donation(self, donation_id: int, values: dict[str, Any]) -> None:
        self._s.execute(update(m.Donation).where(m.Donation.id == donation_id).values(**values))
        self._s.flush()

    def delete_donation(self, donation_id: int) -> None:
        """Delete a donation (no refund may point at it) and its fee; flags and checks
        that name it are detached, so that the rules can resolve them."""
        self._s.execute(
            update(m.Flag).where(m.Flag.donation_id == donation_id).values(donation_id=None)
        )
        for flag in self._s.scalars(
            select(m.Flag).where(m.Flag.donation_ids.contains(str(donation_id)))
        ):
            ids = [int(i) for i in json.loads(flag.donation_ids or "[]")]
            if donation_id in ids:
                flag.donation_ids = json.dumps([i for i in ids if i != donation_id])
        self._s.execute(
            update(m.PermissibilityCheckRow)
            .where(m.PermissibilityCheckRow.donation_id == donation_id)
            .values(donation_id=None)
        )
        self._s.execute(delete(m.ProcessorFee).where(m.ProcessorFee.donation_id == donation_id))
        self._s.execute(
            delete(m.DonationOriginal).where(m.DonationOriginal.donation_id == donation_id)
        )
        self._s.execute(  # a voided receipt stays in its sequence, without the donation
            update(m.Receipt)
            .where(m.Receipt.donation_id == donation_id, m.Receipt.status == "void")
            .values(donation_id=None)
        )
        self._s.execute(delete(m.Donation).where(m.Donation.id == donation_id))
        self._s.flush()

    def receipt_numbers(self, donation_id: int) -> list[int]:
        """The receipt numbers issued for a donation (France: reçus-dons)."""
        stmt = select(m.Receipt.number).where(
            m.Receipt.donation_id == donation_id, m.Receipt.status == "issued"
        )
        return [int(n) for n in self._s.scalars(stmt)]

    def lock_donor(self, donor_id: int) -> None:
        """Hold the donor's row until the transaction ends (PostgreSQL ``FOR UPDATE``), so
        that two treasurers adding money for one donor are checked one after the other.
        SQLite has one writer at a time anyway."""
        if self._s.connection().dialect.name == "postgresql":
            self._s.execute(select(m.Donor.id).where(m.Donor.id == donor_id).with_for_update())

    # ------------------------------------------------------------ donors (privacy)
    def donor_record(self, donor_id: int) -> dict[str, Any] | None:
        row = self._s.get(m.Donor, donor_id)
        if row is None:
            return None
        return {
            "id": row.id,
            "uuid": row.uuid,
            "kind": row.kind,
            "name": row.name,
            "address": row.address,
            "postcode": row.postcode,
            "city": row.city,
            "country": row.country,
            "email": row.email,
            "employer": row.employer,
            "occupation": row.occupation,
            "merged_into_id": row.merged_into_id,
            "marketing_consent": bool(row.marketing_consent),
            "pseudonymised_on": row.pseudonymised_on.isoformat() if row.pseudonymised_on else None,
            "created_at": row.created_at.isoformat(),
        }

    def merged_from(self, donor_id: int) -> list[int]:
        stmt = select(m.Donor.id).where(m.Donor.merged_into_id == donor_id).order_by(m.Donor.id)
        return [int(i) for i in self._s.scalars(stmt)]

    def donor_donations(self, donor_ids: list[int]) -> list[dict[str, Any]]:
        d, u, f = m.Donation, m.AccountingUnit, m.ProcessorFee
        stmt = (
            select(d, u.name, f.amount_minor)
            .outerjoin(u, u.id == d.unit_id)
            .outerjoin(f, f.donation_id == d.id)
            .where(d.donor_id.in_(donor_ids))
            .order_by(d.received_on, d.id)
        )
        return [
            {
                "id": r.id,
                "uuid": r.uuid,
                "date": r.received_on.isoformat(),
                "amount_minor": r.amount_minor,
                "currency": r.currency,
                "method": r.method,
                "type": r.entry_type,
                "refund_of": r.refund_of_id,
                "reference": r.reference,
                "unit": unit,
                "notes": r.notes,
                "fee_minor": fee,
                "import_batch": r.import_batch_id,
                "excluded_from_aggregate": bool(r.exclude_from_aggregate),
                "override_reason": r.override_reason,
            }
            for r, unit, fee in self._s.execute(stmt)
        ]

    def donor_checks(self, donor_ids: list[int]) -> list[dict[str, Any]]:
        c = m.PermissibilityCheckRow
        stmt = select(c).where(c.donor_id.in_(donor_ids)).order_by(c.checked_on, c.id)
        return [
            {
                "date": r.checked_on.isoformat(),
                "permissible": bool(r.permissible),
                "method": r.method,
                "evidence": r.evidence,
                "donation_id": r.donation_id,
            }
            for r in self._s.scalars(stmt)
        ]

    def donor_declarations(self, donor_ids: list[int]) -> list[dict[str, Any]]:
        d = m.DonorDeclaration
        stmt = select(d).where(d.donor_id.in_(donor_ids)).order_by(d.year)
        return [
            {"year": r.year, "amount_minor": r.amount_minor, "currency": r.currency, "note": r.note}
            for r in self._s.scalars(stmt)
        ]

    def set_consent(self, donor_id: int, consent: bool) -> None:
        self._s.execute(
            update(m.Donor).where(m.Donor.id == donor_id).values(marketing_consent=consent)
        )

    def consented_donors(self) -> list[dict[str, Any]]:
        stmt = (
            select(m.Donor)
            .where(
                m.Donor.marketing_consent.is_(True),
                m.Donor.merged_into_id.is_(None),
                m.Donor.pseudonymised_on.is_(None),
            )
            .order_by(m.Donor.name, m.Donor.id)
        )
        return [
            {
                "donor_id": r.id,
                "name": r.name,
                "email": r.email,
                "address": r.address,
                "postcode": r.postcode,
                "city": r.city,
                "country": r.country,
            }
            for r in self._s.scalars(stmt)
        ]

    def donors_last_given_before(self, day: dt.date) -> list[tuple[int, str]]:
        """(id, uuid) of donors not yet pseudonymised whose last entry is before ``day``
        (donors merged into them count with them)."""
        d = m.Donation
        last = (
            select(d.donor_id, func.max(d.received_on).label("last"))
            .group_by(d.donor_id)
            .subquery()
        )
        stmt = (
            select(m.Donor.id, m.Donor.uuid)
            .join(last, last.c.donor_id == m.Donor.id)
            .where(m.Donor.pseudonymised_on.is_(None), last.c.last < day)
            .order_by(m.Donor.id)
        )
        return [(int(i), str(u)) for i, u in self._s.execute(stmt)]

    def pseudonymise(self, donor_id: int, *, on: dt.date) -> None:
        """Remove a donor's name and contact details; kind, country and amounts stay (the
        rules and the accounts need them)."""
        uuid = self._s.scalar(select(m.Donor.uuid).where(m.Donor.id == donor_id))
        values: dict[str, Any] = dict.fromkeys(CONTACT_COLUMNS)
        values |= {
            "name": f"Pseudonymised donor {donor_id}",
            "name_key": f"pseudonymised {uuid}",
            "pseudonymised_on": on,
            "marketing_consent": False,
        }
        self._s.execute(update(m.Donor).where(m.Donor.id == donor_id).values(**values))
        self._s.execute(
            update(m.Donation)
            .where(m.Donation.donor_id == donor_id, m.Donation.notes.is_not(None))
            .values(notes=None)
        )

    def donation_uuids(self, donor_id: int) -> list[str]:
        stmt = select(m.Donation.uuid).where(m.Donation.donor_id == donor_id)
        return [str(u) for u in self._s.scalars(stmt)]

    def import_batch_uuids(self, donor_id: int) -> list[str]:
        """The import batches that brought a donor or any of their donations."""
        batches = (
            select(m.Donation.import_batch_id)
            .where(m.Donation.donor_id == donor_id)
            .union(select(m.Donor.import_batch_id).where(m.Donor.id == donor_id))
            .subquery()
        )
        stmt = select(m.ImportBatch.uuid).where(m.ImportBatch.id.in_(select(batches)))
        return [str(u) for u in self._s.scalars(stmt)]

    def audit_rows_about(self, keys: set[str]) -> list[m.AuditEntry]:
        """Sealed audit entries whose entity is one of ``keys`` (to redact them)."""
        stmt = (
            select(m.AuditEntry)
            .where(m.AuditEntry.entity_uuid.in_(sorted(keys)))
            .order_by(m.AuditEntry.id)
        )
        return list(self._s.scalars(stmt))

    def redact(
        self,
        entry: m.AuditEntry,
        *,
        before: str | None,
        after: str | None,
        by: int,
        digests: dict[str, str | None],
    ) -> None:
        entry.before, entry.after = before, after
        entry.redacted = json.dumps(digests | {"by": by}, sort_keys=True)
        self._s.flush()


def _period(row: m.Period) -> ClosedPeriod:
    return ClosedPeriod(row.id, row.label, row.start_on, row.end_on, row.closed_by, row.closed_at)


def _json(value: dict[str, Any] | None) -> str | None:
    if value is None:
        return None
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
