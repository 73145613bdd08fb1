"""The queries and bulk writes of imports, mixed into ``LedgerRepository``."""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, delete, func, select, update
from sqlalchemy.orm import Session

from treasurer.core.importing import (
    BANK_REFERENCE,
    NO_REFERENCE,
    OTHER_REFERENCE,
    STATEMENT_FORMATS,
    gift_key,
)
from treasurer.db import models as m
from treasurer.db.audit import COVERS, BatchDigest, transaction_lock

_IN_CHUNK = 900  # bound parameters per IN (...) list
_PG_IMPORT_LOCK = 7_357_0002  # pg_advisory_xact_lock key: one import at a time

#: An imported donation as ``insert_import_rows`` takes it: donor id, unit id, refunded
#: donation's id, date, amount (minor units), currency, method, entry type, reference,
#: fingerprint, notes.
ImportValues = tuple[
    int, int | None, int | None, dt.date, int, str, str, str, str | None, str | None, str | None
]


class Referenced(NamedTuple):
    """A donation found by its reference (``donations_by_reference``)."""

    id: int
    donor_id: int
    unit_id: int | None
    amount_minor: int
    received_on: dt.date
    donor_name: str  # its donor's, as the ledger writes it
    donor_key: str  # and as a normalised name key


#: The columns of a donation row in the order ``insert_import_rows`` builds them: the
#: audit seal's canonical columns (``audit.COVERS``) without the id, then the creation time;
#: the seal's digest of an import is computed from the same values (``BatchDigest``).
_DONATION_COLUMNS = (*COVERS["donation"].columns[1:], "created_at")
#: The columns of a donor row in the order ``bulk_add_donors`` builds them.
DONOR_INSERT_COLUMNS = (  # the table's order: the driver gets the tuples as they are
    "uuid",
    "kind",
    "name",
    "name_key",
    "address",
    "postcode",
    "city",
    "country",
    "email",
    "employer",
    "occupation",
    "merged_into_id",
    "import_batch_id",
    "created_at",
)
#: The audit action of a known donor's blank details filled by an import.
COMPLETED_BY_IMPORT = "donor.complete"
_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}


def new_uuids(count: int) -> list[str]:
    """``count`` UUIDs version 7, as ``models.new_uuid`` makes them (same layout, same
    random bits), but with one reading of the clock and of the random source for all,
    in increasing order."""
    millis = time.time_ns() // 1_000_000
    prefix = f"{(millis >> 16) & 0xFFFF_FFFF:08x}-{millis & 0xFFFF:04x}-7"
    hexes = os.urandom(10 * count).hex()
    variant = _VARIANT
    # sorted, so that a bulk insert appends them to the uuid index in order
    return sorted(
        f"{prefix}{hexes[i : i + 3]}-{variant[hexes[i + 3]]}{hexes[i + 4 : i + 7]}-"
        f"{hexes[i + 7 : i + 19]}"
        for i in range(0, 20 * count, 20)
    )


def bind_converter(column: ColumnElement[Any], dialect: Any) -> Callable[[Any], Any]:
    """The bind processor of the column's type as ``dialect`` implements it (identity if
    none): what the ORM would store. Each distinct value is converted once (dates,
    timestamps and flags repeat)."""
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return lambda value: value
    done: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        try:
            return done[value]
        except KeyError:
            result = done[value] = process(value)
            return result

    return convert


def converted(
    row: tuple[Any, ...], processors: Sequence[tuple[int, Callable[[Any], Any]]]
) -> tuple[Any, ...]:
    """``row`` with the values at the given positions converted."""
    values = list(row)
    for i, convert in processors:
        values[i] = convert(values[i])
    return tuple(values)


class ImportQueries:
    """Needs ``self._s`` (the session) and ``self._bulk_insert`` from the repository."""

    _s: Session
    _batch_digests: dict[tuple[str, int], BatchDigest]

    def batch_digest(self, table: str, batch_id: int) -> BatchDigest:
        """The digest of the rows this unit of work inserted into ``table`` for import
        batch ``batch_id``, for its audit seal (``audit.Group.of_batch``)."""
        found = self._batch_digests.get((table, batch_id))
        if found is None:
            found = self._batch_digests[(table, batch_id)] = BatchDigest()
        return found

    def _bulk_insert(
        self, table: Any, rows: Sequence[Any], *, columns: Sequence[str] | None = None
    ) -> None:  # pragma: no cover
        raise NotImplementedError

    def create_import_batch(self, *, source_name: str, preset: str, sha256: str, actor: str) -> int:
        row = m.ImportBatch(
            source_name=source_name,
            preset=preset,
            file_sha256=sha256,
            actor=actor,
            status="committed",
        )
        self._s.add(row)
        self._s.flush()
        return row.id

    def finish_import_batch(self, batch_id: int, **counts: int) -> None:
        self._s.execute(update(m.ImportBatch).where(m.ImportBatch.id == batch_id).values(**counts))

    def import_batch_uuid(self, batch_id: int) -> str:
        return str(self._s.scalar(select(m.ImportBatch.uuid).where(m.ImportBatch.id == batch_id)))

    def donor_index(self) -> list[tuple[int, str, str, str | None, str | None, str | None]]:
        """(id, name key, name, postcode, email, country) of every live donor."""
        d = m.Donor
        stmt = (
            select(d.id, d.name_key, d.name, d.postcode, d.email, d.country)
            .where(d.merged_into_id.is_(None))
            .order_by(d.id)
        )
        return [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in self._s.execute(stmt)]

    def donor_kinds(self) -> dict[int, str]:
        """The kind of each live donor that is not an individual, by id."""
        d = m.Donor
        stmt = select(d.id, d.kind).where(d.merged_into_id.is_(None), d.kind != "individual")
        return {int(r[0]): str(r[1]) for r in self._s.execute(stmt)}

    def lock_imports(self) -> None:
        """One import (or undo of one, or field office's bundle) at a time on PostgreSQL,
        until the transaction ends: each reads what the ledger has (references,
        fingerprints, donors) once, at its start, to know what is new, so a second
        one must wait for the first to commit and then see its rows. (SQLite has one
        writer at a time anyway.)"""
        transaction_lock(self._s, _PG_IMPORT_LOCK)

    def batch_persons(self, batch_id: int) -> list[tuple[int, str]]:
        """(id, name) of the individuals an import batch created, in id order."""
        stmt = (
            select(m.Donor.id, m.Donor.name)
            .where(m.Donor.import_batch_id == batch_id, m.Donor.kind == "individual")
            .order_by(m.Donor.id)
        )
        return [(int(i), str(name)) for i, name in self._s.execute(stmt)]

    def donor_details(self, ids: Iterable[int], fields: Sequence[str]) -> dict[int, dict[str, Any]]:
        """Some columns of some donors, by id."""
        found: dict[int, dict[str, Any]] = {}
        columns = [getattr(m.Donor, f) for f in fields]
        wanted = sorted(set(ids))
        for start in range(0, len(wanted), _IN_CHUNK):
            chunk = wanted[start : start + _IN_CHUNK]
            for row in self._s.execute(select(m.Donor.id, *columns).where(m.Donor.id.in_(chunk))):
                found[int(row[0])] = dict(zip(fields, row[1:], strict=True))
        return found

    def completed_by_batch(self, batch_uuid: str) -> list[dict[str, Any]]:
        """The donors import batch ``batch_uuid`` completed: each audit entry's ``before``
        and ``after``, oldest first."""
        a = m.AuditEntry
        rows = self._s.execute(
            select(a.before, a.after)
            .where(
                a.action == COMPLETED_BY_IMPORT,
                a.after.like(f'%"import_batch":"{batch_uuid}"%'),
            )
            .order_by(a.id)
        )
        return [
            {"before": json.loads(before or "{}"), "after": json.loads(after or "{}")}
            for before, after in rows
        ]

    def is_pseudonymised(self, donor_id: int) -> bool:
        """Whether the donor was pseudonymised (their details are not recorded again)."""
        found = self._s.scalar(select(m.Donor.pseudonymised_on).where(m.Donor.id == donor_id))
        return found is not None

    def fill_donor(self, donor_id: int, values: dict[str, Any]) -> None:
        """Set some details of a donor (its blanks: the name and its key stay)."""
        self._s.execute(update(m.Donor).where(m.Donor.id == donor_id).values(**values))

    def references(self, *, batch_id: int | None = None) -> set[str]:
        """The references of the ledger's entries (of an import batch's only)."""
        stmt = select(m.Donation.reference).where(m.Donation.reference.is_not(None))
        if batch_id is not None:
            stmt = stmt.where(m.Donation.import_batch_id == batch_id)
        return {str(r) for r in self._s.scalars(stmt)}

    def fingerprints(self) -> set[str]:
        stmt = select(m.Donation.fingerprint).where(m.Donation.fingerprint.is_not(None))
        return {str(r) for r in self._s.scalars(stmt)}

    def gift_keys(self) -> set[int]:
        """The ``gift_key`` of each donation of the ledger (refunds and returns not)."""
        d, b = m.Donation, m.ImportBatch
        stmt = (
            select(
                d.donor_id,
                d.received_on,
                d.amount_minor,
                d.reference.is_not(None),
                b.preset.in_(STATEMENT_FORMATS),
            )
            .outerjoin(b, b.id == d.import_batch_id)
            .where(d.entry_type == "donation")
        )
        return {
            gift_key(
                donor,
                day.toordinal(),
                minor,
                (BANK_REFERENCE if bank else OTHER_REFERENCE) if referenced else NO_REFERENCE,
            )
            for donor, day, minor, referenced, bank in self._s.execute(stmt)
        }

    def insert_import_rows(self, rows: Sequence[ImportValues], *, batch_id: int) -> Sequence[int]:
        """Insert imported donations (``ImportValues``) into batch ``batch_id``; return
        their ids in the same order."""
        if not rows:
            return []
        table = m.Donation.__table__
        dialect = self._s.connection().dialect
        columns = table.columns
        convert_day = bind_converter(columns["received_on"], dialect)
        days: dict[dt.date, Any] = {}

        def day(value: dt.date) -> Any:  # a file repeats its dates: convert each once
            try:
                return days[value]
            except KeyError:
                converted = days[value] = convert_day(value)
                return converted

        no = bind_converter(columns["force_report"], dialect)(False)
        now = bind_converter(columns["created_at"], dialect)(m.utc_now())
        values = [
            (
                uuid,
                donor_id,
                unit_id,
                batch_id,
                refund_of_id,
                day(received_on),
                amount,
                currency,
                method,
                entry_type,
                reference,
                fingerprint,
                notes,
                no,
                no,
                None,
                now,
            )
            for uuid, (
                donor_id,
                unit_id,
                refund_of_id,
                received_on,
                amount,
                currency,
                method,
                entry_type,
                reference,
                fingerprint,
                notes,
            ) in zip(new_uuids(len(rows)), rows, strict=True)
        ]
        before = self.last_donation_id()
        self._bulk_insert(table, values, columns=_DONATION_COLUMNS)
        after = self._s.execute(
            select(func.count(m.Donation.id), func.max(m.Donation.id)).where(m.Donation.id > before)
        ).one()
        digest = self.batch_digest("donation", batch_id)
        if after[0] == len(rows) and after[1] == before + len(rows):
            # one writer (SQLite holds the lock; or no one else wrote): ids are consecutive;
            # the seal's canonical values (audit.COVERS): dates as ISO text, flags as 0
            digest.add(
                (
                    i,
                    v[0],
                    v[1],
                    v[2],
                    batch_id,
                    v[4],
                    r[3].isoformat(),
                    v[6],
                    v[7],
                    v[8],
                    v[9],
                    v[10],
                    v[11],
                    v[12],
                    0,
                    0,
                    None,
                )
                for i, v, r in zip(
                    range(before + 1, before + len(rows) + 1), values, rows, strict=True
                )
            )
            return range(before + 1, before + len(rows) + 1)
        digest.spoil()
        ids = {
            str(uuid): int(donation_id)
            for uuid, donation_id in self._s.execute(
                select(m.Donation.uuid, m.Donation.id).where(m.Donation.id > before)
            )
        }
        return [ids[v[0]] for v in values]

    def last_donation_id(self) -> int:
        return int(self._s.scalar(select(func.coalesce(func.max(m.Donation.id), 0))) or 0)

    def drop_bulk_indexes(self) -> list[str]:
        """On SQLite, drop the non-unique indexes of the donation and donor tables and
        return the SQL that creates them again (``create_indexes``), for a bulk load:
        building an index once over all rows is several times faster than updating it row
        by row (a million donations: 1.8 s to build against about 4 s of row-by-row
        updates). SQLite's DDL is transactional: a rollback restores them. Elsewhere:
        nothing (an empty list)."""
        connection = self._s.connection()
        if connection.dialect.name != "sqlite":
            return []
        found = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
            " AND tbl_name IN ('donation', 'donor') AND sql IS NOT NULL ORDER BY rowid"
        ).all()
        statements = []
        for name, sql in found:
            if sql.lstrip().upper().startswith("CREATE UNIQUE"):
                continue
            connection.exec_driver_sql(f'DROP INDEX "{name}"')
            statements.append(str(sql))
        return statements

    def create_indexes(self, statements: Iterable[str]) -> None:
        """Run the statements ``drop_bulk_indexes`` returned."""
        connection = self._s.connection()
        for sql in statements:
            connection.exec_driver_sql(sql)

    def insert_fees(self, rows: list[dict[str, Any]]) -> None:
        self._bulk_insert(m.ProcessorFee.__table__, rows)

    def insert_originals(self, rows: list[dict[str, Any]]) -> None:
        """What donations were in the currency they were paid in (``DonationOriginal``)."""
        if rows:
            self._bulk_insert(m.DonationOriginal.__table__, rows)

    def converted_back(self, ids: Iterable[int]) -> dict[int, tuple[int, int]]:
        """Donation id -> what its refunds converted by the platform gave back: in the
        currency paid, and in the ledger's (both positive), summed."""
        found: dict[int, tuple[int, int]] = {}
        wanted = sorted(set(ids))
        d, o = m.Donation, m.DonationOriginal
        for start in range(0, len(wanted), _IN_CHUNK):
            chunk = wanted[start : start + _IN_CHUNK]
            stmt = (
                select(d.refund_of_id, func.sum(o.amount_minor), func.sum(d.amount_minor))
                .join(o, o.donation_id == d.id)
                .where(d.refund_of_id.in_(chunk))
                .group_by(d.refund_of_id)
            )
            found.update(
                {
                    int(i): (int(p or 0), -int(a or 0))
                    for i, p, a in self._s.execute(stmt)
                    if i is not None
                }
            )
        return found

    def originals(self, ids: Iterable[int]) -> dict[int, tuple[int, str]]:
        """Donation id -> (amount in minor units, currency) as it was paid, where the
        platform converted it."""
        found: dict[int, tuple[int, str]] = {}
        wanted = sorted(set(ids))
        o = m.DonationOriginal
        for start in range(0, len(wanted), _IN_CHUNK):
            chunk = wanted[start : start + _IN_CHUNK]
            stmt = select(o.donation_id, o.amount_minor, o.currency).where(o.donation_id.in_(chunk))
            found.update({int(i): (int(a), str(c)) for i, a, c in self._s.execute(stmt)})
        return found

    def donations_by_reference(self, references: Iterable[str]) -> dict[str, Referenced]:
        """Reference -> the donation (not a refund) with that reference."""
        wanted = sorted(references)
        found: dict[str, Referenced] = {}
        for start in range(0, len(wanted), _IN_CHUNK):
            chunk = wanted[start : start + _IN_CHUNK]
            stmt = (
                select(
                    m.Donation.reference,
                    m.Donation.id,
                    m.Donation.donor_id,
                    m.Donation.unit_id,
                    m.Donation.amount_minor,
                    m.Donation.received_on,
                    m.Donor.name,
                    m.Donor.name_key,
                )
                .join(m.Donor, m.Donor.id == m.Donation.donor_id)
                .where(m.Donation.reference.in_(chunk), m.Donation.entry_type == "donation")
            )
            found.update(
                {
                    str(ref): Referenced(
                        int(i),
                        int(donor),
                        None if unit is None else int(unit),
                        int(amt),
                        day,
                        str(name),
                        str(key),
                    )
                    for ref, i, donor, unit, amt, day, name, key in self._s.execute(stmt)
                }
            )
        return found

    def entries_by_reference(
        self, references: Iterable[str]
    ) -> dict[str, set[tuple[int, int, str, str]]]:
        """Reference -> the (date's ordinal, amount in minor units, positive, donor's
        name key, donor's name) of every entry (donation, refund or return) with that
        reference."""
        wanted = sorted(set(references))
        found: dict[str, set[tuple[int, int, str, str]]] = {}
        d = m.Donation
        for start in range(0, len(wanted), _IN_CHUNK):
            stmt = (
                select(d.reference, d.received_on, d.amount_minor, m.Donor.name_key, m.Donor.name)
                .join(m.Donor, m.Donor.id == d.donor_id)
                .where(d.reference.in_(wanted[start : start + _IN_CHUNK]))
            )
            for ref, day, amount, key, name in self._s.execute(stmt):
                entry = (day.toordinal(), abs(int(amount)), str(key), str(name))
                found.setdefault(str(ref), set()).add(entry)
        return found

    def gifts_of_names(self, name_keys: Iterable[str]) -> list[tuple[int, str, dt.date, int]]:
        """(donation id, donor's name key, date, amount in minor units) of the donations
        (not refunds) of the donors of these name keys, merged spellings left out."""
        wanted = sorted(set(name_keys))
        found: list[tuple[int, str, dt.date, int]] = []
        for start in range(0, len(wanted), _IN_CHUNK):
            stmt = (
                select(
                    m.Donation.id, m.Donor.name_key, m.Donation.received_on, m.Donation.amount_minor
                )
                .join(m.Donor, m.Donor.id == m.Donation.donor_id)
                .where(
                    m.Donor.name_key.in_(wanted[start : start + _IN_CHUNK]),
                    m.Donor.merged_into_id.is_(None),
                    m.Donation.entry_type == "donation",
                )
                .order_by(m.Donation.id)
            )
            found.extend((int(i), str(k), day, int(a)) for i, k, day, a in self._s.execute(stmt))
        return found

    def refunded_totals(self, donation_ids: Iterable[int]) -> dict[int, int]:
        """Donation id -> the minor units its refunds and returns give back in all
        (positive); donations without any are left out."""
        wanted = sorted(set(donation_ids))
        found: dict[int, int] = {}
        for start in range(0, len(wanted), _IN_CHUNK):
            stmt = (
                select(m.Donation.refund_of_id, func.sum(m.Donation.amount_minor))
                .where(m.Donation.refund_of_id.in_(wanted[start : start + _IN_CHUNK]))
                .group_by(m.Donation.refund_of_id)
            )
            found.update(
                {int(i): -int(total) for i, total in self._s.execute(stmt) if i is not None}
            )
        return found

    def refunds_of(self, donation_ids: Iterable[int]) -> dict[int, list[tuple[int, int, str]]]:
        """Donation id -> the (date's ordinal, minor units given back, positive, preset of
        the import that recorded it, "" if none did) of each of its refunds and returns."""
        wanted = sorted(set(donation_ids))
        found: dict[int, list[tuple[int, int, str]]] = {}
        d = m.Donation
        for start in range(0, len(wanted), _IN_CHUNK):
            stmt = (
                select(d.refund_of_id, d.received_on, d.amount_minor, m.ImportBatch.preset)
                .outerjoin(m.ImportBatch, m.ImportBatch.id == d.import_batch_id)
                .where(d.refund_of_id.in_(wanted[start : start + _IN_CHUNK]))
                .order_by(d.id)
            )
            for donation_id, day, amount, preset in self._s.execute(stmt):
                entry = (day.toordinal(), -int(amount), str(preset or ""))
                found.setdefault(int(donation_id or 0), []).append(entry)
        return found

    def import_batches(self) -> list[dict[str, Any]]:
        rows = self._s.scalars(select(m.ImportBatch).order_by(m.ImportBatch.id))
        return [_batch(r) for r in rows]

    def import_batch(self, batch_id: int) -> dict[str, Any] | None:
        row = self._s.get(m.ImportBatch, batch_id)
        return _batch(row) if row else None

    def first_dependent(self, batch_id: int) -> tuple[int, int | None] | None:
        """(id, import batch or None if entered by hand) of the first refund or return
        recorded outside the batch of its donation, or None."""
        inside = select(m.Donation.id).where(m.Donation.import_batch_id == batch_id)
        stmt = (
            select(m.Donation.id, m.Donation.import_batch_id)
            .where(
                m.Donation.refund_of_id.in_(inside),
                (m.Donation.import_batch_id != batch_id) | m.Donation.import_batch_id.is_(None),
            )
            .order_by(m.Donation.id)
            .limit(1)
        )
        row = self._s.execute(stmt).first()
        return None if row is None else (int(row[0]), None if row[1] is None else int(row[1]))

    def issued_receipts(self, batch_id: int) -> list[tuple[int, int]]:
        """(donation, number) of each receipt issued for a donation of the batch, in
        number order: a receipt issued names its donation for good (void it first)."""
        inside = select(m.Donation.id).where(m.Donation.import_batch_id == batch_id)
        rows = self._s.execute(
            select(m.Receipt.donation_id, m.Receipt.number)
            .where(m.Receipt.donation_id.in_(inside), m.Receipt.status == "issued")
            .order_by(m.Receipt.number)
        )
        return [(int(donation), int(number)) for donation, number in rows if donation is not None]

    def undo_import_batch(self, batch_id: int) -> dict[str, int]:
        """Delete the batch's fees, donations and the donors it created that nothing else
        uses; flags pointing at them are detached first, so the rules can resolve them."""
        donations = select(m.Donation.id).where(m.Donation.import_batch_id == batch_id)
        count = int(self._s.scalar(select(func.count()).select_from(donations.subquery())) or 0)
        self._s.execute(
            update(m.Flag).where(m.Flag.donation_id.in_(donations)).values(donation_id=None)
        )
        self._s.execute(delete(m.ProcessorFee).where(m.ProcessorFee.import_batch_id == batch_id))
        self._s.execute(
            delete(m.DonationOriginal).where(m.DonationOriginal.import_batch_id == batch_id)
        )
        # as deleting one donation does: a permissibility check stays, about the donor; a
        # voided receipt stays in its sequence, without the donation
        self._s.execute(
            update(m.PermissibilityCheckRow)
            .where(m.PermissibilityCheckRow.donation_id.in_(donations))
            .values(donation_id=None)
        )
        self._s.execute(
            update(m.Receipt)
            .where(m.Receipt.donation_id.in_(donations), m.Receipt.status == "void")
            .values(donation_id=None)
        )
        # refunds inside the batch first (they point at the batch's donations)
        self._s.execute(
            delete(m.Donation).where(
                m.Donation.import_batch_id == batch_id, m.Donation.refund_of_id.is_not(None)
            )
        )
        self._s.execute(delete(m.Donation).where(m.Donation.import_batch_id == batch_id))
        created = list(
            self._s.scalars(select(m.Donor.id).where(m.Donor.import_batch_id == batch_id))
        )
        used: set[int] = set()
        for start in range(0, len(created), _IN_CHUNK):
            chunk = created[start : start + _IN_CHUNK]
            # a donor stays when a gift outside the batch is theirs, or a permissibility
            # check, a declaration of gifts elsewhere, or a spelling merged into them that
            # stays (not one the batch created: the import window's merges go with it)
            for column in (
                m.Donation.donor_id,
                m.PermissibilityCheckRow.donor_id,
                m.DonorDeclaration.donor_id,
            ):
                used.update(self._s.scalars(select(column).where(column.in_(chunk))))
            used.update(
                int(i)
                for i in self._s.scalars(
                    select(m.Donor.merged_into_id).where(
                        m.Donor.merged_into_id.in_(chunk),
                        (m.Donor.import_batch_id != batch_id) | m.Donor.import_batch_id.is_(None),
                    )
                )
                if i
            )
        orphans = [d for d in created if d not in used]
        for start in range(0, len(orphans), _IN_CHUNK):
            chunk = orphans[start : start + _IN_CHUNK]
            self._s.execute(delete(m.Flag).where(m.Flag.donor_id.in_(chunk)))
            self._s.execute(delete(m.Donor).where(m.Donor.id.in_(chunk)))
        self._s.execute(
            update(m.ImportBatch).where(m.ImportBatch.id == batch_id).values(status="undone")
        )
        self._s.flush()
        return {"donations_removed": count, "donors_removed": len(orphans)}


def _batch(row: m.ImportBatch) -> dict[str, Any]:
    return {
        "batch_id": row.id,
        "uuid": row.uuid,
        "file": row.source_name,
        "preset": row.preset,
        "sha256": row.file_sha256,
        "rows": row.rows_total,
        "imported": row.rows_imported,
        "duplicates": row.rows_duplicate,
        "rejected": row.rows_rejected,
        "donors_created": row.donors_created,
        "actor": row.actor,
        "status": row.status,
        "at": row.created_at.isoformat(),
    }
