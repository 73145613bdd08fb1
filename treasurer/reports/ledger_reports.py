"""The reports every ledger has: the donations journal and the donors' totals."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import func, select

from treasurer.core.model import LedgerSettings
from treasurer.core.money import Money
from treasurer.core.periods import Span
from treasurer.db import models as m
from treasurer.db.repository import LedgerRepository
from treasurer.reports.model import Cell, Column, Kind, Report

_DATE = Column("date", {"en": "Date", "fr": "Date", "ar": "التاريخ"}, Kind.DATE, 0.8)
_DONOR = Column("donor", {"en": "Donor", "fr": "Donateur", "ar": "المتبرع"}, Kind.TEXT, 2.4)
_KIND = Column("kind", {"en": "Kind", "fr": "Type", "ar": "الصفة"}, Kind.CHOICE, 0.9)
_METHOD = Column("method", {"en": "Method", "fr": "Moyen", "ar": "طريقة الدفع"}, Kind.CHOICE, 0.8)
_REFERENCE = Column(
    "reference", {"en": "Reference", "fr": "Référence", "ar": "المرجع"}, Kind.TEXT, 1.2
)
_UNIT = Column("unit", {"en": "Unit", "fr": "Unité", "ar": "الوحدة"}, Kind.TEXT, 1.0)
_AMOUNT = Column("amount", {"en": "Amount", "fr": "Montant", "ar": "المبلغ"}, Kind.MONEY, 0.9)
_ID = Column("id", {"en": "No.", "fr": "N°", "ar": "رقم"}, Kind.ID, 0.5)

REPORTS = {
    "donations-journal": {
        "en": "Donations journal",
        "fr": "Journal des dons",
        "ar": "سجل التبرعات",
    },
    "donor-totals": {"en": "Donor totals", "fr": "Totaux par donateur", "ar": "مجاميع المتبرعين"},
}


def donations_journal(
    repo: LedgerRepository, settings: LedgerSettings, span: Span, unit_id: int | None = None
) -> Report:
    """Every donation, refund and return of the period, in date order, with the net total."""
    session = repo.session
    d, donor, unit = m.Donation, m.Donor, m.AccountingUnit
    where = [d.received_on >= span.start, d.received_on <= span.end]
    if unit_id is not None:
        where.append(d.unit_id == unit_id)
    stmt = (
        select(
            d.id,
            d.received_on,
            donor.name,
            donor.kind,
            d.method,
            d.reference,
            unit.name,
            d.amount_minor,
            d.currency,
        )
        .join(donor, donor.id == d.donor_id)
        .outerjoin(unit, unit.id == d.unit_id)
        .where(*where)
        .order_by(d.received_on, d.id)
    )
    currency = settings.base_currency

    def rows() -> Iterator[tuple[Cell, ...]]:
        for row in session.execute(stmt.execution_options(yield_per=5_000)):
            yield (row[0], row[1], row[2], row[3], row[4], row[5], row[6], Money(row[7], row[8]))

    total, count = session.execute(
        select(func.coalesce(func.sum(d.amount_minor), 0), func.count(d.id)).where(
            *where, d.currency == currency
        )
    ).one()
    return Report(
        id="donations-journal",
        title=REPORTS["donations-journal"],
        organisation=settings.name,
        period=span.label,
        currency=currency,
        columns=(_ID, _DATE, _DONOR, _KIND, _METHOD, _REFERENCE, _UNIT, _AMOUNT),
        rows=rows,
        totals={"amount": Money(int(total), currency), "id": int(count)},
    )


def donor_totals(
    repo: LedgerRepository, settings: LedgerSettings, span: Span, unit_id: int | None = None
) -> Report:
    """Each donor's net total and number of entries in the period, largest first."""
    session = repo.session
    d, donor = m.Donation, m.Donor
    where = [
        d.received_on >= span.start,
        d.received_on <= span.end,
        d.currency == settings.base_currency,
    ]
    if unit_id is not None:
        where.append(d.unit_id == unit_id)
    total_col = func.sum(d.amount_minor)
    stmt = (
        select(donor.id, donor.name, donor.kind, donor.city, func.count(d.id), total_col)
        .join(donor, donor.id == d.donor_id)
        .where(*where)
        .group_by(donor.id, donor.name, donor.kind, donor.city)
        .order_by(total_col.desc(), donor.id)
    )
    currency = settings.base_currency
    count_col = Column(
        "count", {"en": "Entries", "fr": "Opérations", "ar": "العمليات"}, Kind.COUNT, 0.6
    )
    city = Column("city", {"en": "City", "fr": "Ville", "ar": "المدينة"}, Kind.TEXT, 1.0)
    total = Column("total", {"en": "Total", "fr": "Total", "ar": "المجموع"}, Kind.MONEY, 1.0)

    def rows() -> Iterator[tuple[Cell, ...]]:
        for row in session.execute(stmt.execution_options(yield_per=5_000)):
            yield (row[0], row[1], row[2], row[3], int(row[4]), Money(int(row[5]), currency))

    grand, entries = session.execute(
        select(func.coalesce(func.sum(d.amount_minor), 0), func.count(d.id)).where(*where)
    ).one()
    return Report(
        id="donor-totals",
        title=REPORTS["donor-totals"],
        organisation=settings.name,
        period=span.label,
        currency=currency,
        columns=(_ID, _DONOR, _KIND, city, count_col, total),
        rows=rows,
        totals={"count": int(entries), "total": Money(int(grand), currency)},
    )
