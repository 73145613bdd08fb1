"""What the jurisdiction filings read from a ledger, in SQL.

The filings ask for a few things the journal does not: the donors who may be over a
reporting threshold in a calendar year (a superset, found with one grouped query, so
that the rule engine only looks at those), the full details of some donations with
their donors, each donation's aggregate year to date (a window function), each
donor's total over a period, and the returns of impermissible donations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import and_, case, func, literal, or_, select, update
from sqlalchemy.orm import Session, aliased

from treasurer.core.money import Money
from treasurer.db import models as m

_CHUNK = 5_000  # ids per IN (...) list: well under SQLite's and PostgreSQL's limits


@dataclass(frozen=True, slots=True)
class DonationLine:
    """A donation (or refund, or return) with everything a filing prints about it."""

    id: int
    received_on: dt.date
    amount: Money
    method: str
    entry_type: str
    refund_of: int | None
    unit: str | None
    notes: str | None
    donor_id: int
    donor_name: str
    donor_kind: str
    address: str | None
    postcode: str | None
    city: str | None
    country: str | None
    employer: str | None
    occupation: str | None
    company_number: str | None

    @property
    def full_address(self) -> str | None:
        """Address, postcode and city on one line (what a form's address box holds)."""
        town = " ".join(x for x in (self.postcode, self.city) if x)
        return ", ".join(x for x in (self.address, town) if x) or None


@dataclass(frozen=True, slots=True)
class DonorTotal:
    donor_id: int
    name: str
    kind: str
    address: str | None
    postcode: str | None
    city: str | None
    country: str | None
    count: int
    total: Money

    @property
    def full_address(self) -> str | None:
        town = " ".join(x for x in (self.postcode, self.city) if x)
        return ", ".join(x for x in (self.address, town) if x) or None


class FilingQueries:
    """Reads for the filings, inside the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def donors_possibly_over(
        self,
        *,
        currency: str,
        years: range,
        over: int,
        floor: int | None = None,
    ) -> list[int]:
        """Donors whose positive donations in one of ``years`` add up to more than
        ``over`` minor units (leaving out those of ``floor`` or less and those excluded
        from aggregates), or who have a donation forced into reports in those years.

        A superset of the donors a reporting rule can name: refunds only lower totals.
        """
        d = m.Donation
        first, last = dt.date(years.start, 1, 1), dt.date(years.stop - 1, 12, 31)
        in_years = [d.received_on >= first, d.received_on <= last, d.currency == currency]
        counted = [
            *in_years,
            d.amount_minor > (floor or 0),
            d.exclude_from_aggregate.is_(False),
        ]
        over_query = (
            select(d.donor_id)
            .where(*counted)
            .group_by(d.donor_id, func.extract("year", d.received_on))
            .having(func.sum(d.amount_minor) > over)
        )
        forced = select(d.donor_id).where(*in_years, d.force_report.is_(True))
        found = set(self._s.scalars(over_query)) | set(self._s.scalars(forced))
        merged = set(self._s.scalars(select(m.Donor.id).where(m.Donor.merged_into_id.is_not(None))))
        return sorted(found - merged)

    def company_number(self, donor_id: int) -> tuple[str, str | None] | None:
        """A donor's uuid and company number, or None if there is no such donor."""
        row = self._s.execute(
            select(m.Donor.uuid, m.Donor.company_number).where(m.Donor.id == donor_id)
        ).first()
        return (row[0], row[1]) if row is not None else None

    def set_company_number(self, donor_id: int, number: str | None) -> None:
        self._s.execute(update(m.Donor).where(m.Donor.id == donor_id).values(company_number=number))

    def donors_to_check(
        self, start: dt.date, end: dt.date, *, currency: str, kinds: Sequence[str]
    ) -> list[int]:
        """Donors with a donation received from ``start`` to ``end`` who are of one of
        ``kinds`` or whom a recorded check found impermissible."""
        d, donor, check = m.Donation, m.Donor, m.PermissibilityCheckRow
        refused = select(check.donor_id).where(check.permissible.is_(False))
        stmt = (
            select(d.donor_id)
            .join(donor, donor.id == d.donor_id)
            .where(
                d.received_on >= start,
                d.received_on <= end,
                d.currency == currency,
                d.entry_type == "donation",
                or_(donor.kind.in_(list(kinds)), d.donor_id.in_(refused)),
            )
            .distinct()
        )
        return sorted(self._s.scalars(stmt))

    def totals(
        self,
        start: dt.date,
        end: dt.date,
        *,
        currency: str,
        unit_id: int | None = None,
        entry_types: Sequence[str] = ("donation",),
    ) -> tuple[int, int]:
        """How many entries of ``entry_types`` were received from ``start`` to ``end``,
        and their sum in minor units."""
        d = m.Donation
        where = [
            d.received_on >= start,
            d.received_on <= end,
            d.currency == currency,
            d.entry_type.in_(entry_types),
        ]
        if unit_id is not None:
            where.append(d.unit_id == unit_id)
        count, total = self._s.execute(
            select(func.count(d.id), func.coalesce(func.sum(d.amount_minor), 0)).where(*where)
        ).one()
        return int(count), int(total)

    def donation_lines(self, ids: Iterable[int]) -> dict[int, DonationLine]:
        """The donations ``ids`` with their donors' details, by id."""
        wanted = sorted(set(ids))
        found: dict[int, DonationLine] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            for line in self._lines(m.Donation.id.in_(chunk)):
                found[line.id] = line
        return found

    def lines_between(
        self,
        start: dt.date,
        end: dt.date,
        *,
        currency: str | None = None,
        unit_id: int | None = None,
        entry_types: Sequence[str] = ("donation", "refund", "return"),
    ) -> Iterator[DonationLine]:
        """Entries received from ``start`` to ``end``, in date order (streamed)."""
        d = m.Donation
        where = [d.received_on >= start, d.received_on <= end, d.entry_type.in_(entry_types)]
        if currency is not None:
            where.append(d.currency == currency)
        if unit_id is not None:
            where.append(d.unit_id == unit_id)
        return self._lines(and_(*where))

    def _lines(self, condition: object) -> Iterator[DonationLine]:
        d, donor, unit = m.Donation, m.Donor, m.AccountingUnit
        stmt = (
            select(
                d.id,
                d.received_on,
                d.amount_minor,
                d.currency,
                d.method,
                d.entry_type,
                d.refund_of_id,
                unit.name,
                d.notes,
                donor.id,
                donor.name,
                donor.kind,
                donor.address,
                donor.postcode,
                donor.city,
                donor.country,
                donor.employer,
                donor.occupation,
                donor.company_number,
            )
            .join(donor, donor.id == d.donor_id)
            .outerjoin(unit, unit.id == d.unit_id)
            .where(condition)  # type: ignore[arg-type]
            .order_by(d.received_on, d.id)
            .execution_options(yield_per=_CHUNK)
        )
        for r in self._s.execute(stmt):
            yield DonationLine(
                id=r[0],
                received_on=r[1],
                amount=Money(r[2], r[3]),
                method=r[4],
                entry_type=r[5],
                refund_of=r[6],
                unit=r[7],
                notes=r[8],
                donor_id=r[9],
                donor_name=r[10],
                donor_kind=r[11],
                address=r[12],
                postcode=r[13],
                city=r[14],
                country=r[15],
                employer=r[16],
                occupation=r[17],
                company_number=r[18],
            )

    def year_to_date(
        self, donor_ids: Iterable[int], *, currency: str, years: range
    ) -> dict[int, Money]:
        """Each entry's aggregate for its donor in its calendar year, up to and including
        it, by entry id: a window function over (donor, year) in (date, id) order.

        Counted as the FEC counts the aggregate year to date of Schedule A: a
        contribution when received; a refund (a disbursement, Schedule B line 28a) on
        the day it was made, lowering the aggregate of the contributions after it, but
        not at all when it gives back a contribution of an earlier year (fec.gov,
        "Refunds made by the party committee"); entries excluded from aggregates add
        nothing.
        """
        d = m.Donation
        original = aliased(m.Donation)
        earlier_year = and_(
            d.amount_minor < 0,
            func.extract("year", original.received_on) < func.extract("year", d.received_on),
        )
        counted = case(
            (or_(d.exclude_from_aggregate.is_(True), earlier_year), literal(0)),
            else_=d.amount_minor,
        )
        first, last = dt.date(years.start, 1, 1), dt.date(years.stop - 1, 12, 31)
        totals: dict[int, Money] = {}
        wanted = sorted(set(donor_ids))
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            running = func.sum(counted).over(
                partition_by=(d.donor_id, func.extract("year", d.received_on)),
                order_by=(d.received_on, d.id),
            )
            stmt = (
                select(d.id, running)
                .outerjoin(original, original.id == d.refund_of_id)
                .where(
                    d.donor_id.in_(chunk),
                    d.currency == currency,
                    d.received_on >= first,
                    d.received_on <= last,
                )
            )
            for donation_id, total in self._s.execute(stmt):
                totals[donation_id] = Money(int(total), currency)
        return totals

    def donor_totals(
        self,
        start: dt.date,
        end: dt.date,
        *,
        currency: str,
        unit_id: int | None = None,
    ) -> Iterator[DonorTotal]:
        """Each donor's net total (donations less refunds and returns) and number of
        donations received from ``start`` to ``end``, largest total first."""
        d, donor = m.Donation, m.Donor
        where = [d.received_on >= start, d.received_on <= end, d.currency == currency]
        if unit_id is not None:
            where.append(d.unit_id == unit_id)
        total = func.sum(d.amount_minor)
        gifts = func.sum(case((d.entry_type == "donation", 1), else_=0))
        stmt = (
            select(
                donor.id,
                donor.name,
                donor.kind,
                donor.address,
                donor.postcode,
                donor.city,
                donor.country,
                gifts,
                total,
            )
            .join(donor, donor.id == d.donor_id)
            .where(*where)
            .group_by(
                donor.id,
                donor.name,
                donor.kind,
                donor.address,
                donor.postcode,
                donor.city,
                donor.country,
            )
            .order_by(total.desc(), donor.id)
            .execution_options(yield_per=_CHUNK)
        )
        for r in self._s.execute(stmt):
            yield DonorTotal(
                r[0], r[1], r[2], r[3], r[4], r[5], r[6], int(r[7]), Money(int(r[8]), currency)
            )

    def returned(self, donation_ids: Iterable[int]) -> dict[int, list[DonationLine]]:
        """The refunds and returns linked to some donations, by donation id."""
        wanted = sorted(set(donation_ids))
        found: dict[int, list[DonationLine]] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            for line in self._lines(m.Donation.refund_of_id.in_(chunk)):
                assert line.refund_of is not None
                found.setdefault(line.refund_of, []).append(line)
        return found

    def returns_between(self, start: dt.date, end: dt.date, *, currency: str) -> list[int]:
        """Donations given back whole or in part by a 'return' entry: those received from
        ``start`` to ``end``, and those returned then."""
        d = m.Donation
        original = aliased(m.Donation)
        stmt = (
            select(original.id)
            .join(d, d.refund_of_id == original.id)
            .where(
                d.entry_type == "return",
                original.currency == currency,
                or_(
                    and_(original.received_on >= start, original.received_on <= end),
                    and_(d.received_on >= start, d.received_on <= end),
                ),
            )
            .distinct()
        )
        return sorted(self._s.scalars(stmt))

    def permissibility_checks(self, donor_ids: Iterable[int]) -> dict[int, list[CheckLine]]:
        """The recorded permissibility checks of some donors, oldest first."""
        c = m.PermissibilityCheckRow
        wanted = sorted(set(donor_ids))
        found: dict[int, list[CheckLine]] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            stmt = (
                select(c.donor_id, c.donation_id, c.checked_on, c.permissible, c.method)
                .where(c.donor_id.in_(chunk))
                .order_by(c.checked_on, c.id)
            )
            for r in self._s.execute(stmt):
                found.setdefault(r[0], []).append(CheckLine(r[1], r[2], bool(r[3]), r[4]))
        return found


@dataclass(frozen=True, slots=True)
class CheckLine:
    donation_id: int | None
    checked_on: dt.date
    permissible: bool
    method: str
