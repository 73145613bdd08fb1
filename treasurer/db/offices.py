"""Field offices in the database: an office's settings and exports (with their
watermarks), the bundles headquarters received, and the reads and bulk writes of
bundle rows, which travel between ledgers by uuid (ids differ from ledger to ledger).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update

from treasurer.core.model import UnitId
from treasurer.db import models as m
from treasurer.db.repository import LedgerRepository

ROLE_KEY = "office.role"
HQ_KEY = "office.hq_ledger_id"
UNIT_KEY = "office.unit"
OFFICE_ROLE = "office"

#: The tables whose new rows an export takes by id, and the audit log (edits).
WATERMARKS = ("audit", "donor", "donation", "permissibility_check")
_TABLES: dict[str, Any] = {
    "audit": m.AuditEntry,
    "donor": m.Donor,
    "donation": m.Donation,
    "permissibility_check": m.PermissibilityCheckRow,
}
#: The tables rows travel from, by the names services use.
ROW_TABLES: dict[str, Any] = {
    "donor": m.Donor,
    "donation": m.Donation,
    "permissibility_check": m.PermissibilityCheckRow,
}
_IN_CHUNK = 900  # bound parameters per IN (...) list

#: Audit actions that change a row already exported, by the entity they name.
EDIT_ACTIONS = {
    "donor.update": "donor",
    "donor.merge": "donor",
    "donor.declare_other_gifts": "donor",
    "donor.company_number": "donor",
    "donation.override": "donation",
    "flag.dismiss": "flag",
}


@dataclass(frozen=True, slots=True)
class OfficeSettings:
    """A ledger set up as a field office of a headquarters ledger."""

    hq_ledger_id: str
    unit: str


def chunks(values: Sequence[Any], size: int = _IN_CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


class OfficeData:
    """Reads and writes of offices and bundles, inside the repository's transaction."""

    def __init__(self, repo: LedgerRepository) -> None:
        self._repo = repo
        self._s = repo.session

    # ------------------------------------------------------------ settings
    def office(self) -> OfficeSettings | None:
        if self._repo.get_setting(ROLE_KEY) != OFFICE_ROLE:
            return None
        hq = self._repo.get_setting(HQ_KEY)
        unit = self._repo.get_setting(UNIT_KEY)
        if not hq or not unit:
            return None
        return OfficeSettings(hq, unit)

    def set_office(self, settings: OfficeSettings) -> None:
        self._repo.set_setting(ROLE_KEY, OFFICE_ROLE)
        self._repo.set_setting(HQ_KEY, settings.hq_ledger_id)
        self._repo.set_setting(UNIT_KEY, settings.unit)

    def office_unit_id(self) -> UnitId | None:
        """The accounting unit a field office's donations carry by default."""
        office = self.office()
        if office is None:
            return None
        unit = self._repo.unit_by_name(office.unit)
        return unit.id if unit else None

    # ------------------------------------------------------------ exports (office)
    def high_watermarks(self) -> dict[str, int]:
        """The highest id of the audit log and of each exported table, now."""
        return {
            name: int(self._s.scalar(select(func.coalesce(func.max(table.id), 0))) or 0)
            for name, table in _TABLES.items()
        }

    def acknowledged_through(self) -> tuple[int, dict[str, int]]:
        """The sequence and watermarks of the last export headquarters acknowledged
        (0 and zeros before any)."""
        row = self._s.scalar(
            select(m.OfficeExport)
            .where(m.OfficeExport.acknowledged_at.is_not(None))
            .order_by(m.OfficeExport.sequence.desc())
            .limit(1)
        )
        if row is None:
            return 0, dict.fromkeys(WATERMARKS, 0)
        through = json.loads(row.range_through)
        return row.sequence, {k: int(through.get(k, 0)) for k in WATERMARKS}

    def next_sequence(self) -> int:
        return (
            int(self._s.scalar(select(func.coalesce(func.max(m.OfficeExport.sequence), 0))) or 0)
            + 1
        )

    def audit_since(
        self, after: int, through: int
    ) -> list[tuple[str, str, str | None, str | None]]:
        """(action, entity, entity uuid, after JSON) of the audit entries in (after, through]."""
        stmt = (
            select(
                m.AuditEntry.action,
                m.AuditEntry.entity,
                m.AuditEntry.entity_uuid,
                m.AuditEntry.after,
            )
            .where(m.AuditEntry.id > after, m.AuditEntry.id <= through)
            .order_by(m.AuditEntry.id)
        )
        return [(r[0], r[1], r[2], r[3]) for r in self._s.execute(stmt)]

    def record_export(
        self,
        *,
        sequence: int,
        hq_ledger_id: str,
        unit: str,
        after: dict[str, int],
        through: dict[str, int],
        full: bool,
        counts: dict[str, int],
        sums: dict[str, int],
        sha256: str,
        file_name: str,
        actor: str,
    ) -> None:
        self._s.add(
            m.OfficeExport(
                sequence=sequence,
                hq_ledger_id=hq_ledger_id,
                unit=unit,
                range_after=json.dumps(after, sort_keys=True),
                range_through=json.dumps(through, sort_keys=True),
                full=full,
                counts=json.dumps(counts, sort_keys=True),
                sums=json.dumps(sums, sort_keys=True),
                sha256=sha256,
                file_name=file_name,
                actor=actor,
            )
        )
        self._s.flush()

    def exports(self) -> list[dict[str, Any]]:
        rows = self._s.scalars(select(m.OfficeExport).order_by(m.OfficeExport.sequence))
        return [
            {
                "sequence": r.sequence,
                "sha256": r.sha256,
                "file": r.file_name,
                "full": r.full,
                "after": json.loads(r.range_after),
                "through": json.loads(r.range_through),
                "counts": json.loads(r.counts),
                "sums": json.loads(r.sums),
                "at": r.created_at.isoformat(),
                "acknowledged_at": r.acknowledged_at.isoformat() if r.acknowledged_at else None,
            }
            for r in rows
        ]

    def acknowledge_through(self, sequence: int) -> list[int]:
        """Mark every export up to ``sequence`` acknowledged (a later export re-sends what
        an earlier unacknowledged one held, so receiving it covers them); return the
        sequences newly marked."""
        rows = list(
            self._s.scalars(
                select(m.OfficeExport).where(
                    m.OfficeExport.sequence <= sequence, m.OfficeExport.acknowledged_at.is_(None)
                )
            )
        )
        now = m.utc_now()
        for row in rows:
            row.acknowledged_at = now
        self._s.flush()
        return sorted(r.sequence for r in rows)

    # ------------------------------------------------------------ rows for an export
    def ids_of_uuids(self, name: str, uuids: Iterable[str]) -> dict[str, int]:
        table = ROW_TABLES[name]
        wanted = sorted(set(uuids))
        found: dict[str, int] = {}
        for chunk in chunks(wanted):
            found.update(
                {
                    str(u): int(i)
                    for u, i in self._s.execute(
                        select(table.uuid, table.id).where(table.uuid.in_(chunk))
                    )
                }
            )
        return found

    def uuids_of_ids(self, name: str, ids: Iterable[int]) -> dict[int, str]:
        table = ROW_TABLES[name]
        wanted = sorted(set(ids))
        found: dict[int, str] = {}
        for chunk in chunks(wanted):
            found.update(
                {
                    int(i): str(u)
                    for i, u in self._s.execute(
                        select(table.id, table.uuid).where(table.id.in_(chunk))
                    )
                }
            )
        return found

    def rows_after(self, name: str, after: int) -> list[dict[str, Any]]:
        """Every row of table ``name`` with an id above ``after``, as column dicts."""
        table = ROW_TABLES[name]
        stmt = select(table.__table__).where(table.id > after).order_by(table.id)
        return [dict(r._mapping) for r in self._s.execute(stmt)]

    def rows_by_id(self, name: str, ids: Iterable[int]) -> list[dict[str, Any]]:
        table = ROW_TABLES[name]
        rows: list[dict[str, Any]] = []
        for chunk in chunks(sorted(set(ids))):
            stmt = select(table.__table__).where(table.id.in_(chunk))
            rows += [dict(r._mapping) for r in self._s.execute(stmt)]
        return rows

    def unit_names(self) -> dict[int, str]:
        return {
            int(i): str(n)
            for i, n in self._s.execute(select(m.AccountingUnit.id, m.AccountingUnit.name))
        }

    def declarations_of(self, donor_ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
        found: dict[int, list[dict[str, Any]]] = {}
        for chunk in chunks(sorted(set(donor_ids))):
            stmt = (
                select(m.DonorDeclaration)
                .where(m.DonorDeclaration.donor_id.in_(chunk))
                .order_by(m.DonorDeclaration.year)
            )
            for row in self._s.scalars(stmt):
                found.setdefault(row.donor_id, []).append(
                    {
                        "year": row.year,
                        "amount_minor": row.amount_minor,
                        "currency": row.currency,
                        "note": row.note,
                    }
                )
        return found

    def fees_of(self, donation_ids: Iterable[int]) -> dict[int, list[list[Any]]]:
        found: dict[int, list[list[Any]]] = {}
        for chunk in chunks(sorted(set(donation_ids))):
            stmt = (
                select(
                    m.ProcessorFee.donation_id, m.ProcessorFee.amount_minor, m.ProcessorFee.currency
                )
                .where(m.ProcessorFee.donation_id.in_(chunk))
                .order_by(m.ProcessorFee.id)
            )
            for donation_id, amount, currency in self._s.execute(stmt):
                found.setdefault(int(donation_id), []).append([int(amount), str(currency)])
        return found

    def flags_by_uuid(self, uuids: Iterable[str]) -> list[dict[str, Any]]:
        """The flags with these uuids, as column dicts (``donation_ids`` read as a list)."""
        found: list[dict[str, Any]] = []
        for chunk in chunks(sorted(set(uuids))):
            stmt = select(m.Flag.__table__).where(m.Flag.uuid.in_(chunk)).order_by(m.Flag.id)
            found += [dict(r._mapping) for r in self._s.execute(stmt)]
        for flag in found:
            flag["donation_ids"] = json.loads(flag["donation_ids"] or "[]")
        return found

    # ------------------------------------------------------------ bundles (headquarters)
    def bundle_by_sha(self, sha256: str) -> dict[str, Any] | None:
        row = self._s.scalar(select(m.OfficeBundle).where(m.OfficeBundle.sha256 == sha256))
        return _bundle(row) if row else None

    def bundles(self) -> list[dict[str, Any]]:
        rows = self._s.scalars(select(m.OfficeBundle).order_by(m.OfficeBundle.id))
        return [_bundle(r) for r in rows]

    def record_bundle(
        self,
        *,
        office_ledger_id: str,
        office_name: str,
        unit: str,
        sequence: int,
        sha256: str,
        source_name: str,
        counts: dict[str, int],
        added: dict[str, int],
        actor: str,
    ) -> str:
        row = m.OfficeBundle(
            office_ledger_id=office_ledger_id,
            office_name=office_name,
            unit=unit,
            sequence=sequence,
            sha256=sha256,
            source_name=source_name,
            counts=json.dumps(counts, sort_keys=True),
            added=json.dumps(added, sort_keys=True),
            actor=actor,
        )
        self._s.add(row)
        self._s.flush()
        return row.uuid

    def donors_by_uuid(self, uuids: Iterable[str]) -> dict[str, int]:
        return self.ids_of_uuids("donor", uuids)

    def merge_links(self) -> dict[int, int]:
        """Merged donor id -> the donor it was merged into."""
        stmt = select(m.Donor.id, m.Donor.merged_into_id).where(m.Donor.merged_into_id.is_not(None))
        return {int(a): int(b) for a, b in self._s.execute(stmt) if b is not None}

    def donations_by_uuid(
        self, uuids: Iterable[str]
    ) -> dict[str, tuple[int, bool, bool, str | None]]:
        """uuid -> (id, excluded from aggregates, forced into reports, override reason)."""
        wanted = sorted(set(uuids))
        found: dict[str, tuple[int, bool, bool, str | None]] = {}
        d = m.Donation
        for chunk in chunks(wanted):
            stmt = select(d.uuid, d.id, d.exclude_from_aggregate, d.force_report, d.override_reason)
            for u, i, excluded, forced, reason in self._s.execute(stmt.where(d.uuid.in_(chunk))):
                found[str(u)] = (int(i), bool(excluded), bool(forced), reason)
        return found

    def insert_rows(self, name: str, rows: Sequence[dict[str, Any]]) -> None:
        """Bulk insert column dicts (all rows with the same keys) into table ``name``
        (a row table, or "processor_fee"), through the driver."""
        table = ROW_TABLES.get(name) or {"processor_fee": m.ProcessorFee}[name]
        self._repo._bulk_insert(table.__table__, rows)

    def set_override(
        self, donation_id: int, *, excluded: bool, forced: bool, reason: str | None
    ) -> None:
        self._s.execute(
            update(m.Donation)
            .where(m.Donation.id == donation_id)
            .values(exclude_from_aggregate=excluded, force_report=forced, override_reason=reason)
        )

    def set_company_number_if_blank(self, donor_id: int, number: str) -> bool:
        result = self._s.execute(
            update(m.Donor)
            .where(m.Donor.id == donor_id, m.Donor.company_number.is_(None))
            .values(company_number=number)
        )
        return bool(getattr(result, "rowcount", 0))

    def max_flag_id(self) -> int:
        return int(self._s.scalar(select(func.coalesce(func.max(m.Flag.id), 0))) or 0)

    def flag_ids_after(self, flag_id: int) -> list[int]:
        return [
            int(i)
            for i in self._s.scalars(
                select(m.Flag.id).where(m.Flag.id > flag_id).order_by(m.Flag.id)
            )
        ]

    def declare_at_least(
        self, donor_id: int, year: int, amount_minor: int, currency: str, note: str | None
    ) -> bool:
        """Record a declaration of other gifts, keeping the larger figure if one is there
        (the same person declared twice: as ``merge_donor`` does); True if it changed."""
        row = self._s.scalar(
            select(m.DonorDeclaration).where(
                m.DonorDeclaration.donor_id == donor_id, m.DonorDeclaration.year == year
            )
        )
        if row is None:
            self._s.add(
                m.DonorDeclaration(
                    donor_id=donor_id,
                    year=year,
                    amount_minor=amount_minor,
                    currency=currency,
                    note=note,
                )
            )
        elif row.currency == currency and row.amount_minor < amount_minor:
            row.amount_minor = amount_minor
        else:
            return False
        self._s.flush()
        return True

    def flag_by_key(self, key: str) -> dict[str, Any] | None:
        row = self._s.execute(select(m.Flag.__table__).where(m.Flag.key == key)).first()
        if row is None:
            return None
        flag = dict(row._mapping)
        flag["donation_ids"] = json.loads(flag["donation_ids"] or "[]")
        return flag

    def units_of_donations(self, donation_ids: Iterable[int]) -> list[str]:
        """The names of the accounting units of some donations (none: headquarters)."""
        names: set[str] = set()
        for chunk in chunks(sorted(set(donation_ids))):
            stmt = (
                select(m.AccountingUnit.name)
                .join(m.Donation, m.Donation.unit_id == m.AccountingUnit.id)
                .where(m.Donation.id.in_(chunk))
                .distinct()
            )
            names.update(str(n) for n in self._s.scalars(stmt))
        return sorted(names)


def _bundle(row: m.OfficeBundle) -> dict[str, Any]:
    return {
        "bundle_uuid": row.uuid,
        "office_ledger_id": row.office_ledger_id,
        "office_name": row.office_name,
        "unit": row.unit,
        "sequence": row.sequence,
        "sha256": row.sha256,
        "file": row.source_name,
        "counts": json.loads(row.counts),
        "added": json.loads(row.added),
        "actor": row.actor,
        "at": row.created_at.isoformat(),
    }
