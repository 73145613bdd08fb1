"""Receipt numbers: the ranges of numbered forms a regulator issues, and each number used.

France's reçus-dons are numbered by the CNCCFP, not by the party: the treasurer records
the ranges received, and numbers are taken from them lowest first, one per donation, in
donation-date order, never twice. A number once used stays used: issued for a donation,
or void with its reason. Every number of every range is therefore issued, void or still
unused (the unused ones go back to the CNCCFP).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from treasurer.core.errors import UserError
from treasurer.core.money import Money
from treasurer.db import models as m


@dataclass(frozen=True, slots=True)
class RangeRow:
    id: int
    uuid: str
    first: int
    last: int
    note: str | None
    issued: int
    void: int

    @property
    def size(self) -> int:
        return self.last - self.first + 1

    @property
    def unused(self) -> int:
        return self.size - self.issued - self.void


@dataclass(frozen=True, slots=True)
class ReceiptRow:
    """A number used: issued for a donation, or void."""

    number: int
    uuid: str
    status: str
    issued_on: dt.date
    donation_id: int | None
    void_reason: str | None
    voided_on: dt.date | None


@dataclass(frozen=True, slots=True)
class Awaiting:
    """A donation that needs a receipt and has none issued, as a receipt would print it."""

    donation_id: int
    donor_id: int
    donor_name: str
    net: Money  # the gift less what was refunded or returned
    received_on: dt.date

    @property
    def gift_on(self) -> dt.date:
        """The gift's date, as its receipt states it."""
        return self.received_on


@dataclass(frozen=True, slots=True)
class Issue:
    """A number to give: to which donation, from which range, saying what."""

    number: int
    range_id: int
    donation_id: int
    amount: Money
    gift_on: dt.date


class ReceiptData:
    """Receipt ranges and numbers, inside the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self._s = session

    # ------------------------------------------------------------ ranges
    def ranges(self) -> list[RangeRow]:
        r, receipt = m.ReceiptRange, m.Receipt
        counts: dict[tuple[int, str], int] = {
            (range_id, status): int(n)
            for range_id, status, n in self._s.execute(
                select(receipt.range_id, receipt.status, func.count(receipt.id)).group_by(
                    receipt.range_id, receipt.status
                )
            )
        }
        return [
            RangeRow(
                row.id,
                row.uuid,
                row.first_number,
                row.last_number,
                row.note,
                counts.get((row.id, "issued"), 0),
                counts.get((row.id, "void"), 0),
            )
            for row in self._s.scalars(select(r).order_by(r.first_number))
        ]

    def add_range(self, first: int, last: int, note: str | None) -> RangeRow:
        """Record a range of forms received.

        Raises:
            UserError: the range is reversed, not positive, or overlaps one recorded.
        """
        if first <= 0:
            raise UserError("receipt numbers are positive; {first} is not", first=first)
        if last < first:
            raise UserError(
                "the range {first}-{last} ends before it starts: give the first number, "
                "then the last",
                first=first,
                last=last,
            )
        r = m.ReceiptRange
        clash = self._s.scalars(
            select(r).where(r.first_number <= last, r.last_number >= first).order_by(r.first_number)
        ).first()
        if clash is not None:
            raise UserError(
                "the range {first}-{last} overlaps the range {other_first}-"
                "{other_last} already recorded; a number is issued once",
                first=first,
                last=last,
                other_first=clash.first_number,
                other_last=clash.last_number,
            )
        row = m.ReceiptRange(first_number=first, last_number=last, note=note)
        self._s.add(row)
        self._s.flush()
        return RangeRow(row.id, row.uuid, first, last, note, 0, 0)

    # ------------------------------------------------------------ numbers
    def free_numbers(self, count: int) -> tuple[list[tuple[int, int]], int]:
        """The ``count`` lowest unused numbers as (number, range id), and how many numbers
        are unused in all (fewer than ``count`` when the ranges run out)."""
        used = set(self._s.scalars(select(m.Receipt.number)))
        found: list[tuple[int, int]] = []
        unused = 0
        for row in self.ranges():
            unused += row.unused
            number = row.first
            while len(found) < count and number <= row.last:
                if number not in used:
                    found.append((number, row.id))
                number += 1
        return found, unused

    def unused_runs(self) -> list[tuple[int, int]]:
        """The unused numbers, as runs (first, last) of consecutive numbers."""
        used = sorted(self._s.scalars(select(m.Receipt.number)))
        runs: list[tuple[int, int]] = []
        for row in self.ranges():
            start = row.first
            for number in (n for n in used if row.first <= n <= row.last):
                if number > start:
                    runs.append((start, number - 1))
                start = number + 1
            if start <= row.last:
                runs.append((start, row.last))
        return runs

    def range_of(self, number: int) -> int | None:
        r = m.ReceiptRange
        return self._s.scalars(
            select(r.id).where(r.first_number <= number, r.last_number >= number)
        ).first()

    def receipt(self, number: int) -> ReceiptRow | None:
        row = self._s.scalars(select(m.Receipt).where(m.Receipt.number == number)).first()
        return _receipt_row(row) if row is not None else None

    def issue(self, assignments: Sequence[Issue], on: dt.date) -> list[str]:
        """Record numbers issued, with the amount and date each receipt says; return the
        uuids."""
        rows = [
            m.Receipt(
                number=a.number,
                range_id=a.range_id,
                donation_id=a.donation_id,
                status="issued",
                issued_on=on,
                amount_minor=a.amount.minor,
                currency=a.amount.currency,
                gift_on=a.gift_on,
            )
            for a in assignments
        ]
        self._s.add_all(rows)
        self._s.flush()
        return [row.uuid for row in rows]

    def void(self, number: int, range_id: int, reason: str, on: dt.date) -> ReceiptRow:
        """Void a number: an issued receipt keeps its donation; an unused number (a spoilt
        form) is recorded as void."""
        row = self._s.scalars(select(m.Receipt).where(m.Receipt.number == number)).first()
        if row is None:
            row = m.Receipt(number=number, range_id=range_id, issued_on=on)
            self._s.add(row)
        row.status = "void"
        row.void_reason = reason
        row.voided_on = on
        self._s.flush()
        return _receipt_row(row)

    # ------------------------------------------------------------ donations
    def awaiting(
        self, start: dt.date, end: dt.date, *, currency: str, donor_kinds: Sequence[str]
    ) -> list[Awaiting]:
        """Donations received from ``start`` to ``end`` that need a receipt and have none
        issued: in ``currency``, from a donor of ``donor_kinds``, not given back in full;
        in donation-date order."""
        d, donor, receipt = m.Donation, m.Donor, m.Receipt
        back = aliased(m.Donation)
        given_back = (
            select(func.coalesce(func.sum(back.amount_minor), 0))
            .where(back.refund_of_id == d.id)
            .scalar_subquery()
        )
        has_receipt = (
            select(receipt.id)
            .where(receipt.donation_id == d.id, receipt.status == "issued")
            .exists()
        )
        stmt = (
            select(d.id, donor.id, donor.name, d.amount_minor + given_back, d.received_on)
            .join(donor, donor.id == d.donor_id)
            .where(
                d.entry_type == "donation",
                d.currency == currency,
                d.received_on >= start,
                d.received_on <= end,
                donor.kind.in_(list(donor_kinds)),
                d.amount_minor + given_back > 0,
                ~has_receipt,
            )
            .order_by(d.received_on, d.id)
        )
        return [
            Awaiting(row[0], row[1], row[2], Money(int(row[3]), currency), row[4])
            for row in self._s.execute(stmt)
        ]

    def receipts_between(self, start: dt.date, end: dt.date) -> Iterator[ReceiptLine]:
        """Numbers used for donations received from ``start`` to ``end`` and numbers voided
        without a donation then, in number order, with what each receipt says as issued
        and the donation now (net of what was given back)."""
        receipt, d, donor = m.Receipt, m.Donation, m.Donor
        back = aliased(m.Donation)
        given_back = (
            select(func.coalesce(func.sum(back.amount_minor), 0))
            .where(back.refund_of_id == d.id)
            .scalar_subquery()
        )
        stmt = (
            select(
                receipt.number,
                receipt.status,
                receipt.issued_on,
                receipt.void_reason,
                receipt.voided_on,
                d.id,
                d.received_on,
                d.amount_minor,
                given_back,
                d.currency,
                d.method,
                donor.id,
                donor.name,
                donor.address,
                donor.postcode,
                donor.city,
                donor.country,
                receipt.amount_minor,
                receipt.currency,
                receipt.gift_on,
            )
            .outerjoin(d, d.id == receipt.donation_id)
            .outerjoin(donor, donor.id == d.donor_id)
            .where(
                (and_(d.received_on >= start, d.received_on <= end))
                | (
                    # a number voided without its donation (deleted, or its import undone):
                    # in the period of the gift it was issued for (the day it was voided,
                    # for one issued before gift dates were kept)
                    receipt.donation_id.is_(None)
                    & (func.coalesce(receipt.gift_on, receipt.voided_on) >= start)
                    & (func.coalesce(receipt.gift_on, receipt.voided_on) <= end)
                )
            )
            .order_by(receipt.number)
        )
        for r in self._s.execute(stmt):
            yield ReceiptLine(
                number=r[0],
                status=r[1],
                issued_on=r[2],
                void_reason=r[3],
                voided_on=r[4],
                donation_id=r[5],
                received_on=r[6],
                amount=Money(r[7], r[9]) if r[7] is not None else None,
                net=Money(r[7] + int(r[8]), r[9]) if r[7] is not None else None,
                method=r[10],
                donor_id=r[11],
                donor_name=r[12],
                address=r[13],
                postcode=r[14],
                city=r[15],
                country=r[16],
                issued=Money(r[17], r[18]) if r[17] is not None and r[18] else None,
                gift_on=r[19],
            )


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    """A number used, with the donation and donor it was issued for (if any)."""

    number: int
    status: str
    issued_on: dt.date
    void_reason: str | None
    voided_on: dt.date | None
    donation_id: int | None
    received_on: dt.date | None
    amount: Money | None
    net: Money | None  # the amount less what was refunded or returned
    method: str | None
    donor_id: int | None
    donor_name: str | None
    address: str | None
    postcode: str | None
    city: str | None
    country: str | None
    issued: Money | None  # the amount the receipt says, as issued (None: a spoilt form)
    gift_on: dt.date | None  # the gift's date the receipt says, as issued

    @property
    def gift_date(self) -> dt.date | None:
        """The gift's date as it stands now (``gift_on`` is the one issued)."""
        return self.received_on


def _receipt_row(row: m.Receipt) -> ReceiptRow:
    return ReceiptRow(
        row.number,
        row.uuid,
        row.status,
        row.issued_on,
        row.donation_id,
        row.void_reason,
        row.voided_on,
    )
