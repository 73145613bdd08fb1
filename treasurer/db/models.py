"""The ledger's tables (SQLAlchemy 2). Money is integer minor units, never Numeric.

Every change to these classes needs an Alembic migration; a test compares the
migrated schema with these models on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import os
import time

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql.expression import false, text

from treasurer.core.model import DonorKind, PaymentMethod

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid() -> str:
    """A UUID version 7 (RFC 9562): unique across ledgers like a v4, but ordered by time,
    so that bulk inserts append to the uuid index instead of scattering through it."""
    millis = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    a = (millis >> 16) & 0xFFFF_FFFF
    b = millis & 0xFFFF
    c = 0x7000 | (rand >> 68) & 0x0FFF
    d = 0x8000 | (rand >> 48) & 0x3FFF
    e = rand & 0xFFFF_FFFF_FFFF
    return f"{a:08x}-{b:04x}-{c:04x}-{d:04x}-{e:012x}"


def one_of(column: str, values: tuple[str, ...]) -> str:
    """A CHECK constraint's SQL for ``column IN values``, written as equalities joined by
    OR. SQLite builds the lookup table of a constant IN list again at each execution of
    an INSERT, which an executemany of a million rows pays a million times (about 2 s
    for the six payment methods); the equalities cost a tenth of that. Same meaning."""
    return " OR ".join(f"{column} = '{value}'" for value in values)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Organisation(Base):
    """The one row that says whose ledger this is and how it counts."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ledger_id: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(200))
    jurisdiction: Mapped[str] = mapped_column(String(32))
    profile_variant: Mapped[str | None] = mapped_column(String(64))
    base_currency: Mapped[str] = mapped_column(String(3))
    fiscal_year_start_month: Mapped[int] = mapped_column(Integer, default=1)
    fiscal_year_start_day: Mapped[int] = mapped_column(Integer, default=1)
    date_order: Mapped[str] = mapped_column(String(3), default="dmy")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    #: The audit entry that last wrote this row (``treasurer audit verify`` checks it).
    audit_id: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("fiscal_year_start_month BETWEEN 1 AND 12", name="fy_month"),
        CheckConstraint("fiscal_year_start_day BETWEEN 1 AND 31", name="fy_day"),
    )


class Setting(Base):
    """Other settings of the ledger, as text (user name, backup folder, language…)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    audit_id: Mapped[int | None] = mapped_column(Integer)


class AccountingUnit(Base):
    """Headquarters, a branch or a field office: where a donation was taken."""

    __tablename__ = "accounting_unit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class Donor(Base):
    __tablename__ = "donor"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    kind: Mapped[str] = mapped_column(String(16), default="individual")
    name: Mapped[str] = mapped_column(String(300), index=True)
    name_key: Mapped[str] = mapped_column(String(300), index=True)
    address: Mapped[str | None] = mapped_column(String(500))
    postcode: Mapped[str | None] = mapped_column(String(20))
    city: Mapped[str | None] = mapped_column(String(120))
    country: Mapped[str | None] = mapped_column(String(2))
    email: Mapped[str | None] = mapped_column(String(254))
    employer: Mapped[str | None] = mapped_column(String(200))
    occupation: Mapped[str | None] = mapped_column(String(200))
    #: A company's registration number (UK: Companies House), for filings that ask for it.
    company_number: Mapped[str | None] = mapped_column(String(40))
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("donor.id"))
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    #: Agreed to receive mailings (GDPR consent; never assumed).
    # no Python default: bulk inserts name their columns (import_data.DONOR_INSERT_COLUMNS)
    marketing_consent: Mapped[bool] = mapped_column(Boolean, server_default=false())
    #: The day the donor's contact details were removed under the retention setting.
    pseudonymised_on: Mapped[dt.date | None] = mapped_column(Date)
    audit_id: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (CheckConstraint(one_of("kind", tuple(DonorKind)), name="kind"),)


class ImportBatch(Base):
    """One file imported into the ledger (so an import can be listed, traced and undone)."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    source_name: Mapped[str] = mapped_column(String(500))
    preset: Mapped[str | None] = mapped_column(String(64))
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    rows_total: Mapped[int] = mapped_column(Integer, default=0)
    rows_imported: Mapped[int] = mapped_column(Integer, default=0)
    rows_duplicate: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    rows_rejected: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    donors_created: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    actor: Mapped[str | None] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(16), default="committed")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class Donation(Base):
    """A contribution, or a refund or return of one (stored negative, so sums are net)."""

    __tablename__ = "donation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    donor_id: Mapped[int] = mapped_column(ForeignKey("donor.id"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("accounting_unit.id"))
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), index=True)
    refund_of_id: Mapped[int | None] = mapped_column(ForeignKey("donation.id"))
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    method: Mapped[str] = mapped_column(String(16))
    entry_type: Mapped[str] = mapped_column(String(16), default="donation")
    reference: Mapped[str | None] = mapped_column(String(200), index=True)
    #: For rows imported without a reference: a hash of date, amount, donor and the
    #: row's content, so that re-importing the same row is recognised.
    fingerprint: Mapped[str | None] = mapped_column(String(40), index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    # Overrides of the rules, each with the reason (FEC's software has the same two).
    exclude_from_aggregate: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    force_report: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    override_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    #: The audit entry that last wrote this row; NULL for a row an import wrote (its
    #: batch's entry covers it).
    audit_id: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        Index("ix_donation_donor_date", "donor_id", "received_on", "id"),
        Index("ix_donation_amount", "amount_minor", "id"),  # the GUI sorts by amount
        # what a deletion checks (migration 0011): only refunds and returns have one
        Index(
            "ix_donation_refund_of_id",
            "refund_of_id",
            sqlite_where=text("refund_of_id IS NOT NULL"),
            postgresql_where=text("refund_of_id IS NOT NULL"),
        ),
        CheckConstraint(
            "(entry_type = 'donation' AND amount_minor > 0) OR "
            "(entry_type IN ('refund','return') AND amount_minor < 0)",
            name="signed_amount",
        ),
        CheckConstraint(one_of("method", tuple(PaymentMethod)), name="method"),
    )


class ProcessorFee(Base):
    """A payment processor's fee on a donation: recorded beside it, never netted from it.
    On a refund or a chargeback, what the processor took for it (a dispute's fee), or
    gave back of its fee (negative)."""

    __tablename__ = "processor_fee"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    donation_id: Mapped[int] = mapped_column(ForeignKey("donation.id"), index=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), index=True)

    __table_args__ = (CheckConstraint("amount_minor <> 0", name="amount"),)


class DonationOriginal(Base):
    """What a donation was in the currency it was paid in, when the platform converted
    it into the ledger's (PayPal's own conversion): money given back of it later is
    worth what it was (``amount_minor`` is the donation's own sign: positive)."""

    __tablename__ = "donation_original"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    donation_id: Mapped[int] = mapped_column(ForeignKey("donation.id"), unique=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), index=True)

    __table_args__ = (CheckConstraint("amount_minor > 0", name="amount"),)


class DonorDeclaration(Base):
    """What a donor declared giving to other parties in a year (France's joint cap)."""

    __tablename__ = "donor_declaration"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    donor_id: Mapped[int] = mapped_column(ForeignKey("donor.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    __table_args__ = (
        UniqueConstraint("donor_id", "year", name="uq_donor_declaration_donor_year"),
        CheckConstraint("amount_minor >= 0", name="amount"),
    )


class PermissibilityCheckRow(Base):
    """A recorded check that a donor may give (electoral register, Companies House…)."""

    __tablename__ = "permissibility_check"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    donor_id: Mapped[int] = mapped_column(ForeignKey("donor.id"), index=True)
    donation_id: Mapped[int | None] = mapped_column(ForeignKey("donation.id"), index=True)
    checked_on: Mapped[dt.date] = mapped_column(Date)
    permissible: Mapped[bool] = mapped_column(Boolean)
    method: Mapped[str] = mapped_column(String(60))
    evidence: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class Flag(Base):
    """A finding of the rule engine: what is wrong, by which rule, and what to do by when.

    ``key`` identifies the finding (rule, donor, period or donation) so that checking
    again updates the flag rather than adding another.
    """

    __tablename__ = "flag"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    period: Mapped[str] = mapped_column(String(80))
    donation_ids: Mapped[str] = mapped_column(Text, default="[]")
    fact_status: Mapped[str] = mapped_column(String(24), default="verified")
    source: Mapped[str | None] = mapped_column(Text)
    details: Mapped[str | None] = mapped_column(Text)
    raised_on: Mapped[dt.date] = mapped_column(Date)
    rule_id: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(32))
    severity: Mapped[str] = mapped_column(String(16))
    donor_id: Mapped[int | None] = mapped_column(ForeignKey("donor.id"), index=True)
    donation_id: Mapped[int | None] = mapped_column(ForeignKey("donation.id"), index=True)
    currency: Mapped[str | None] = mapped_column(String(3))
    total_minor: Mapped[int | None] = mapped_column(BigInteger)
    limit_minor: Mapped[int | None] = mapped_column(BigInteger)
    over_minor: Mapped[int | None] = mapped_column(BigInteger)
    message: Mapped[str] = mapped_column(Text)
    remedy: Mapped[str | None] = mapped_column(Text)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open")
    resolution: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class AuditEntry(Base):
    """One change to the ledger. Entries chain by hash so that tampering shows."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(50))
    entity: Mapped[str] = mapped_column(String(30))
    entity_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    #: Canonical JSON: the ledger rows this entry wrote and their hashes (``db.audit``).
    #: Entries with a seal hash the SHA-256 of ``before``/``after`` rather than the text,
    #: so that personal data in them can be redacted without breaking the chain.
    seal: Mapped[str | None] = mapped_column(Text)
    #: Set when ``before``/``after`` were redacted: their original SHA-256 and the entry
    #: that redacted them.
    redacted: Mapped[str | None] = mapped_column(Text)


class Period(Base):
    """A reporting period closed (filed): its donations change only as amendments."""

    __tablename__ = "period"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(80), unique=True)
    start_on: Mapped[dt.date] = mapped_column(Date)
    end_on: Mapped[dt.date] = mapped_column(Date)
    closed_by: Mapped[str] = mapped_column(String(120))
    closed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    audit_id: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (CheckConstraint("end_on >= start_on", name="span"),)


class Amendment(Base):
    """A change to a donation dated in a closed period, made with ``--amend``."""

    __tablename__ = "amendment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("period.id"), index=True)
    donation_uuid: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(50))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(120))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    audit_entry_id: Mapped[int] = mapped_column(Integer)


class ReceiptRange(Base):
    """A range of numbered receipt forms the regulator issued to the party (France: the
    CNCCFP's reçus-dons), first and last number included."""

    __tablename__ = "receipt_range"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    first_number: Mapped[int] = mapped_column(BigInteger, unique=True)
    last_number: Mapped[int] = mapped_column(BigInteger)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    __table_args__ = (
        CheckConstraint("first_number > 0 AND last_number >= first_number", name="numbers"),
    )


class Receipt(Base):
    """A receipt number used: issued for a donation, or void (kept in the sequence with
    the reason, so that every number of a range is accounted for)."""

    __tablename__ = "receipt"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    number: Mapped[int] = mapped_column(BigInteger, unique=True)
    range_id: Mapped[int] = mapped_column(ForeignKey("receipt_range.id"), index=True)
    donation_id: Mapped[int | None] = mapped_column(ForeignKey("donation.id"), index=True)
    status: Mapped[str] = mapped_column(String(8), default="issued")
    issued_on: Mapped[dt.date] = mapped_column(Date)
    void_reason: Mapped[str | None] = mapped_column(Text)
    voided_on: Mapped[dt.date | None] = mapped_column(Date)
    #: What the receipt says, as issued (schema 0009): the amount and the gift's date.
    #: A number designates one document; a gift changed since is voided, not reprinted.
    amount_minor: Mapped[int | None] = mapped_column(BigInteger)
    currency: Mapped[str | None] = mapped_column(String(3))
    gift_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    __table_args__ = (
        CheckConstraint("status IN ('issued','void')", name="status"),
        CheckConstraint(
            "(status = 'void' AND void_reason IS NOT NULL) OR "
            "(status = 'issued' AND donation_id IS NOT NULL)",
            name="state",
        ),
    )


class OfficeExport(Base):
    """A bundle a field office wrote for headquarters: what it covered (audit and row-id
    watermarks) and whether headquarters acknowledged receiving it. The next export
    starts after the last acknowledged one, so nothing is missed or sent twice."""

    __tablename__ = "office_export"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, unique=True)
    hq_ledger_id: Mapped[str] = mapped_column(String(36))
    unit: Mapped[str] = mapped_column(String(120))
    #: JSON: the watermarks after which rows were taken, and those the export reached
    #: ({"audit": id, "donor": id, "donation": id, "permissibility_check": id}).
    range_after: Mapped[str] = mapped_column(Text)
    range_through: Mapped[str] = mapped_column(Text)
    full: Mapped[bool] = mapped_column(Boolean, default=False)
    counts: Mapped[str] = mapped_column(Text)
    sums: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(500))
    actor: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class OfficeBundle(Base):
    """A field office's bundle imported at headquarters (one row per distinct file)."""

    __tablename__ = "office_bundle"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    office_ledger_id: Mapped[str] = mapped_column(String(36), index=True)
    office_name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(120))
    sequence: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    source_name: Mapped[str] = mapped_column(String(500))
    #: JSON: the manifest's counts, and what the import added, matched and updated.
    counts: Mapped[str] = mapped_column(Text)
    added: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
