"""Queries and writes of a ledger, in terms of the core's records.

A ``LedgerRepository`` lives inside one transaction (``LedgerStore.transaction()``);
it turns rows into frozen core records and never hands out ORM objects.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, bindparam, func, insert, select, update
from sqlalchemy.orm import Session, aliased

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
from treasurer.db.audit import GENESIS_HASH, BatchDigest, Group, SealWriter, Snapshot, entry_hash
from treasurer.db.import_data import (
    DONOR_INSERT_COLUMNS,
    ImportQueries,
    bind_converter,
    converted,
    new_uuids,
)

#: Columns the donations list may be sorted by (each backed by an index or cheap).
DONATION_SORTS: dict[str, Sequence[Any]] = {
    "date": (m.Donation.received_on, m.Donation.id),
    "amount": (m.Donation.amount_minor, m.Donation.id),
    "donor": (m.Donor.name, m.Donation.id),
    "id": (m.Donation.id,),
}


class LedgerRepository(ImportQueries):
    """Reads and writes of one unit of work."""

    def __init__(self, session: Session) -> None:
        self._s = session
        self._batch_digests: dict[tuple[str, int], BatchDigest] = {}
        self._setting_values: dict[str, str | None] = {}
        self._settings: LedgerSettings | None = None

    @property
    def session(self) -> Session:
        """For the other repositories of this package sharing the transaction."""
        return self._s

    # ------------------------------------------------------------ organisation
    def settings(self) -> LedgerSettings | None:
        """The organisation's settings (read once per unit of work: a live check asks
        several times; ``update_organisation`` is the writer)."""
        if self._settings is None:
            self._settings = self._read_settings()
        return self._settings

    def _read_settings(self) -> LedgerSettings | None:
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
        self._settings = None

    def update_organisation(self, **values: Any) -> None:
        org = self._s.get_one(m.Organisation, 1)
        for key, value in values.items():
            setattr(org, key, value)
        self._s.flush()
        self._settings = None

    def get_setting(self, key: str) -> str | None:
        # remembered for the unit of work (set_setting is the only writer): a live check
        # asks for the same few settings several times, most of them absent (a query each)
        try:
            return self._setting_values[key]
        except KeyError:
            row = self._s.get(m.Setting, key)
            value = self._setting_values[key] = row.value if row else None
            return value

    def set_setting(self, key: str, value: str) -> None:
        row = self._s.get(m.Setting, key)
        if row is None:
            self._s.add(m.Setting(key=key, value=value))
        else:
            row.value = value
        self._s.flush()
        self._setting_values[key] = value

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
        """Live donors with this name key; a merged donor's key leads to the donor it was
        merged into (the spelling stays known as an alias)."""
        rows = list(
            self._s.scalars(
                select(m.Donor).where(m.Donor.name_key == name_key).order_by(m.Donor.id)
            )
        )
        found: dict[int, Donor] = {}
        for row in rows:
            target = row
            seen = 0
            while target.merged_into_id is not None and seen < 20:
                target = self._s.get_one(m.Donor, target.merged_into_id)
                seen += 1
            found.setdefault(target.id, _donor(target))
        return list(found.values())

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

    def merged_into(self, donor_id: int) -> int | None:
        return self._s.scalar(select(m.Donor.merged_into_id).where(m.Donor.id == donor_id))

    def merge_donor(self, *, keep_id: int, other_id: int) -> int:
        """Move everything of ``other_id`` to ``keep_id``; return how many donations moved."""
        moved = self.count_donations(donor_id=other_id)
        self._s.execute(
            update(m.Donation).where(m.Donation.donor_id == other_id).values(donor_id=keep_id)
        )
        for table in (m.PermissibilityCheckRow,):
            self._s.execute(
                update(table).where(table.donor_id == other_id).values(donor_id=keep_id)
            )
        for declared in self._s.scalars(
            select(m.DonorDeclaration).where(m.DonorDeclaration.donor_id == other_id)
        ):
            kept = self._s.scalar(
                select(m.DonorDeclaration).where(
                    m.DonorDeclaration.donor_id == keep_id, m.DonorDeclaration.year == declared.year
                )
            )
            if kept is None:
                declared.donor_id = keep_id
            else:  # the same person declared twice: keep the larger figure
                kept.amount_minor = max(kept.amount_minor, declared.amount_minor)
                self._s.delete(declared)
        self._s.execute(update(m.Flag).where(m.Flag.donor_id == other_id).values(donor_id=keep_id))
        self._s.execute(
            update(m.Donor).where(m.Donor.id == other_id).values(merged_into_id=keep_id)
        )
        self._s.flush()
        return moved

    def unmerge_donor(self, *, keep_id: int, other_id: int, donation_ids: Sequence[int]) -> None:
        """Undo ``merge_donor`` for the donations that were ``other_id``'s."""
        if donation_ids:
            self._s.execute(
                update(m.Donation)
                .where(m.Donation.id.in_(list(donation_ids)), m.Donation.donor_id == keep_id)
                .values(donor_id=other_id)
            )
        self._s.execute(update(m.Donor).where(m.Donor.id == other_id).values(merged_into_id=None))
        self._s.flush()

    def bulk_add_donors(
        self,
        donors: Sequence[DonorDetails],
        *,
        import_batch_id: int | None = None,
        name_keys: Sequence[str] | None = None,
        uuids: Sequence[str | None] | None = None,
    ) -> list[DonorId]:
        """Insert many donors at once; return their ids in the same order. ``name_keys``,
        if given, are the donors' ``normalise_name`` keys (already computed); ``uuids``,
        the uuids to keep (a field office's donors), None for a new one."""
        if not donors:
            return []
        dialect = self._s.connection().dialect
        now = bind_converter(m.Donor.__table__.c.created_at, dialect)(m.utc_now())
        keys = name_keys if name_keys is not None else [normalise_name(d.name) for d in donors]
        fresh = new_uuids(len(donors))
        if uuids is not None:
            fresh = [given or made for given, made in zip(uuids, fresh, strict=True)]
        rows = [
            (
                uuid,
                d.kind._value_,
                d.name,
                key,
                d.address,
                d.postcode,
                d.city,
                d.country,
                d.email,
                d.employer,
                d.occupation,
                None,
                import_batch_id,
                now,
            )
            for uuid, key, d in zip(fresh, keys, donors, strict=True)
        ]
        before = int(self._s.scalar(select(func.coalesce(func.max(m.Donor.id), 0))) or 0)
        self._bulk_insert(m.Donor.__table__, rows, columns=DONOR_INSERT_COLUMNS)
        after = self._s.execute(
            select(func.count(m.Donor.id), func.max(m.Donor.id)).where(m.Donor.id > before)
        ).one()
        if after[0] == len(rows) and after[1] == before + len(rows):
            # one writer (SQLite holds the lock; or no one else wrote): ids are consecutive
            if import_batch_id is not None:
                self.batch_digest("donor", import_batch_id).add(
                    (i, *row[:11], None, import_batch_id, 0, None)
                    for i, row in enumerate(rows, start=before + 1)
                )
            return [DonorId(i) for i in range(before + 1, before + len(rows) + 1)]
        if import_batch_id is not None:
            self.batch_digest("donor", import_batch_id).spoil()
        # Ids of the new rows, matched by uuid (other writers' rows, if any, are ignored).
        new = self._s.execute(select(m.Donor.uuid, m.Donor.id).where(m.Donor.id > before))
        ids: dict[str, int] = {str(uuid): int(donor_id) for uuid, donor_id in new}
        return [DonorId(ids[r[0]]) for r in rows]

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
    def add_donation(
        self, donor_id: DonorId, donation: NewDonation, *, refund_of: int | None = None
    ) -> tuple[DonationId, str]:
        row = m.Donation(donor_id=donor_id, refund_of_id=refund_of, **_donation_columns(donation))
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
                "exclude_from_aggregate": False,
                "force_report": False,
                "override_reason": None,
            }
            | _donation_columns(d)
            for donor_id, d in donations
        ]
        self._bulk_insert(m.Donation.__table__, rows)
        return len(rows)

    def _bulk_insert(
        self, table: Any, rows: Sequence[Any], *, columns: Sequence[str] | None = None
    ) -> None:
        """Insert through the DB driver's executemany: about 4 times faster than Core with
        dicts (shared/STACK.md).

        ``rows`` are dicts of column values, which pass through the column types' bind
        processors (so they are stored exactly as the ORM would store them); or, with
        ``columns``, tuples in that column order of values already converted for the
        driver (``import_data.bind_converter``)."""
        if not rows:
            return
        connection = self._s.connection()
        dialect = connection.dialect
        if columns is None:
            names = [c.name for c in table.columns if c.name in rows[0]]
            processors = [
                (i, bind_converter(table.columns[n], dialect))
                for i, n in enumerate(names)
                if table.columns[n].type.dialect_impl(dialect).bind_processor(dialect) is not None
            ]
            tuples = [tuple(row[n] for n in names) for row in rows]
            if processors:
                tuples = [converted(row, processors) for row in tuples]
        else:
            names = list(columns)
            tuples = list(rows)
        compiled = insert(table).values({n: bindparam(n) for n in names}).compile(dialect=dialect)
        if compiled.positiontup is not None:  # qmark/format: positional tuples
            order = list(compiled.positiontup)
            if order != names:
                where = [names.index(n) for n in order]
                tuples = [tuple(row[i] for i in where) for row in tuples]
            params: list[Any] = tuples
        else:
            params = [dict(zip(names, row, strict=True)) for row in tuples]
        connection.exec_driver_sql(str(compiled), params)

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
        return [
            donation_from_row(row, donor_name, unit)
            for row, donor_name, unit in self._s.execute(stmt)
        ]

    def donation(self, donation_id: int) -> Donation | None:
        stmt = (
            select(m.Donation, m.Donor.name, m.AccountingUnit.name)
            .join(m.Donor, m.Donor.id == m.Donation.donor_id)
            .outerjoin(m.AccountingUnit, m.AccountingUnit.id == m.Donation.unit_id)
            .where(m.Donation.id == donation_id)
        )
        row = self._s.execute(stmt).first()
        return donation_from_row(*row) if row else None

    def unit_id_of(self, donation_id: int) -> UnitId | None:
        unit = self._s.scalar(select(m.Donation.unit_id).where(m.Donation.id == donation_id))
        return UnitId(unit) if unit is not None else None

    def refunded_total(self, donation_id: int) -> int:
        """How much has been given back of a donation (a positive number of minor units)."""
        stmt = select(func.coalesce(func.sum(m.Donation.amount_minor), 0)).where(
            m.Donation.refund_of_id == donation_id
        )
        return -int(self._s.scalar(stmt) or 0)

    def count_donors(self) -> int:
        stmt = select(func.count(m.Donor.id)).where(m.Donor.merged_into_id.is_(None))
        return int(self._s.scalar(stmt) or 0)

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
            "donations": m.Donation,
            "units": m.AccountingUnit,
            "import_batches": m.ImportBatch,
            "flags": m.Flag,
            "audit_entries": m.AuditEntry,
        }
        # the donors of the ledger: a spelling merged into another is not one more
        return {"donors": self.count_donors()} | {
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
    def audit_snapshot(self, table: str, keys: Iterable[str]) -> Snapshot:
        """The covered rows ``keys`` of ``table`` as they are now: take it before changing
        rows, and pass it to ``append_audit`` with the same rows as ``touched``."""
        return self._seals().snapshot(table, keys)

    def _seals(self) -> SealWriter:
        writer: SealWriter | None = self._s.info.get("treasurer.seals")
        if writer is None:
            writer = self._s.info["treasurer.seals"] = SealWriter(self._s)
        return writer

    def append_audit(
        self,
        *,
        actor: str,
        action: str,
        entity: str,
        entity_uuid: str | None,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
        touched: Sequence[tuple[str, str]] = (),
        snapshot: Snapshot | None = None,
        groups: Sequence[Group] = (),
        drops: Sequence[tuple[int, str]] = (),
        redacts: Sequence[int] = (),
    ) -> str:
        """Append an entry to the audit log, chained to the previous one by SHA-256.

        Args:
            touched: the covered rows (table, key) this change wrote, added or deleted;
                their content afterwards is sealed into the entry.
            snapshot: those rows before the change (``audit_snapshot``); rows absent
                from it are new.
            groups: rows written in bulk (an import batch), sealed as one digest.
            drops: (entry, table) groups whose remaining rows this change deleted.
            redacts: entries whose texts this change redacted.
        """
        seals = self._seals()
        seals.lock()
        last = self._s.execute(
            select(m.AuditEntry.id, m.AuditEntry.hash).order_by(m.AuditEntry.id.desc()).limit(1)
        ).first()
        entry_id = (last[0] + 1) if last else 1
        prev_hash = last[1] if last else GENESIS_HASH
        seal = seals.seal(
            entry_id,
            touched=touched,
            before=snapshot,
            groups=groups,
            drops=drops,
            redacts=redacts,
        )
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
            seal=seal,
        )
        self._s.add(
            m.AuditEntry(
                id=entry_id,
                at=at,
                actor=actor,
                action=action,
                entity=entity,
                entity_uuid=entity_uuid,
                before=before_text,
                after=after_text,
                prev_hash=prev_hash,
                hash=digest,
                seal=seal,
            )
        )
        self._s.flush()
        return digest

    def audit_undo_plan(
        self, batch_id: int
    ) -> tuple[Snapshot, list[tuple[str, str]], list[tuple[int, str]]]:
        """What undoing import batch ``batch_id`` does to the seals: the batch's rows written
        since by their own entries, and its donors that stay (used outside the batch), are
        touched one by one; the rest of the batch's group is dropped."""
        seals = self._seals()
        entry = seals.batch_entry(batch_id)
        d, p = m.Donation, m.Donor
        merged = aliased(m.Donor)
        donations = list(
            self._s.scalars(
                select(d.uuid).where(d.import_batch_id == batch_id, d.audit_id.is_not(None))
            )
        )
        outside = select(d.donor_id).where(
            (d.import_batch_id != batch_id) | d.import_batch_id.is_(None)
        )
        # the donors undo_import_batch keeps: a gift outside the batch, a permissibility
        # check, a declaration of gifts elsewhere, or a spelling merged into them that
        # stays (one the batch created goes with it)
        kept = (
            p.id.in_(outside)
            | p.id.in_(select(m.PermissibilityCheckRow.donor_id))
            | p.id.in_(select(m.DonorDeclaration.donor_id))
            | p.id.in_(
                select(merged.merged_into_id).where(
                    merged.merged_into_id.is_not(None),
                    (merged.import_batch_id != batch_id) | merged.import_batch_id.is_(None),
                )
            )
        )
        donors = list(
            self._s.scalars(
                select(p.uuid).where(p.import_batch_id == batch_id, p.audit_id.is_not(None) | kept)
            )
        )
        snapshot = seals.snapshot("donation", donations) | seals.snapshot("donor", donors)
        touched = [("donation", k) for k in donations] + [("donor", k) for k in donors]
        drops = [(entry, "donation"), (entry, "donor")] if entry is not None else []
        return snapshot, touched, drops

    def last_audit_id(self) -> int:
        return int(self._s.scalar(select(func.coalesce(func.max(m.AuditEntry.id), 0))) or 0)

    def audit_entries(
        self,
        *,
        since: dt.datetime | None = None,
        keys: set[str] | None = None,
    ) -> list[dict[str, Any]]:
        """Entries oldest first; ``since``: at or after; ``keys``: about one of these row
        keys (uuids), as the entity or as a row the entry wrote."""
        stmt = select(m.AuditEntry).order_by(m.AuditEntry.id)
        if since is not None:
            stmt = stmt.where(m.AuditEntry.at >= since)
        found = []
        for r in self._s.scalars(stmt, execution_options={"yield_per": 5_000}):
            if keys is not None and r.entity_uuid not in keys:
                rows = json.loads(r.seal).get("rows", []) if r.seal else []
                if not any(row[1] in keys for row in rows):
                    continue
            found.append(
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
                    "redacted": r.redacted is not None,
                }
            )
        return found


#: The hash of an audit entry (``treasurer.db.audit.entry_hash``).
audit_hash = entry_hash


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


def donation_from_row(row: m.Donation, donor_name: str, unit: str | None) -> Donation:
    """A donation row as the core's Donation."""
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
