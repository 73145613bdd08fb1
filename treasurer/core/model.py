"""The records of a ledger: donor kinds, payment methods, donors and donations.

Records are frozen; change them with ``dataclasses.replace``.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import NewType, TypeVar

from treasurer.core.errors import Message, ParseError
from treasurer.core.money import Money

DonorId = NewType("DonorId", int)
DonationId = NewType("DonationId", int)
UnitId = NewType("UnitId", int)

_E = TypeVar("_E", bound=enum.StrEnum)


class DonorKind(enum.StrEnum):
    """Who gave. The CLI's ``--kind`` values; rules on prohibited sources key on them."""

    INDIVIDUAL = "individual"
    COMPANY = "company"
    UNION = "union"
    ASSOCIATION = "association"
    PARTY = "party"
    PUBLIC_BODY = "public-body"
    FOREIGN = "foreign"
    ANONYMOUS = "anonymous"
    OTHER = "other"


class PaymentMethod(enum.StrEnum):
    """How the money (or the thing) came in; cash caps key on ``cash``."""

    CASH = "cash"
    CHEQUE = "cheque"
    CARD = "card"
    TRANSFER = "transfer"
    ONLINE = "online"
    IN_KIND = "in-kind"


class EntryType(enum.StrEnum):
    """A donation, or money going back to a donor (counted negative in totals)."""

    DONATION = "donation"
    REFUND = "refund"
    RETURN = "return"


#: The words the callers of ``parse_choice`` name a choice with, here for the catalogs
#: (a ``ChoiceError`` names one of them).
CHOICE_WORDS = (
    Message("date order"),
    Message("donor kind"),
    Message("entry type"),
    Message("payment method"),
)


class ChoiceError(ParseError):
    """A text that names none of the members of a choice (a kind, a method).

    ``what`` is one of ``CHOICE_WORDS``; ``allowed`` lists the members' values."""

    def __init__(self, what: str, value: str, allowed: str) -> None:
        super().__init__(what, value, Message("is not one of: {allowed}", allowed=allowed))


def parse_choice(kind: type[_E], text: str, what: str) -> _E:
    """The enum member named by ``text`` (case and ``_``/``-`` insensitive); ``what`` is
    one of ``CHOICE_WORDS``.

    Raises:
        ChoiceError: ``text`` names no member.
    """
    key = text.strip().lower().replace("_", "-")
    for member in kind:
        if member.value == key:
            return member
    raise ChoiceError(what, text, ", ".join(m.value for m in kind))


@dataclass(frozen=True, slots=True)
class DonorDetails:
    """What a treasurer records of a donor. Empty strings are stored as absent."""

    name: str
    kind: DonorKind = DonorKind.INDIVIDUAL
    address: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str | None = None
    email: str | None = None
    employer: str | None = None
    occupation: str | None = None


@dataclass(frozen=True, slots=True)
class Donor:
    id: DonorId
    uuid: str
    name_key: str
    details: DonorDetails


@dataclass(frozen=True, slots=True)
class NewDonation:
    """A contribution about to be recorded for a known donor."""

    received_on: dt.date
    amount: Money
    method: PaymentMethod = PaymentMethod.TRANSFER
    entry_type: EntryType = EntryType.DONATION
    reference: str | None = None
    unit_id: UnitId | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class Donation:
    id: DonationId
    uuid: str
    donor_id: DonorId
    donor_name: str
    received_on: dt.date
    amount: Money
    method: PaymentMethod
    entry_type: EntryType
    reference: str | None
    unit: str | None
    notes: str | None


@dataclass(frozen=True, slots=True)
class DonorSummary:
    """A donor with the net total and count of their contributions, per currency."""

    id: DonorId
    name: str
    kind: DonorKind
    total: Money
    count: int


@dataclass(frozen=True, slots=True)
class LedgerSettings:
    """The organisation a ledger belongs to and how it counts."""

    ledger_id: str
    name: str
    jurisdiction: str
    base_currency: str
    fiscal_year_start_month: int = 1
    fiscal_year_start_day: int = 1
    date_order: str = "dmy"
    profile_variant: str | None = None


@dataclass(frozen=True, slots=True)
class Unit:
    """An accounting unit: headquarters, a branch or a field office."""

    id: UnitId
    uuid: str
    name: str
