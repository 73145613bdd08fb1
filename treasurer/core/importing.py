"""Rows of text into donations, or into issues that say what is wrong where.

``RowParser`` reads the text a file gave for each field with the core's parsers
(amounts, dates, kinds, methods) and returns either an ``ImportRow`` ready to record
or a ``RowIssue`` with the line, the column, the value and the reason. Bad rows are
values, not exceptions: an import lists them all and records nothing unless told to.

Parsing is cached by text, since a file repeats the same dates, amounts and names
many times: a million rows parse in seconds.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import NamedTuple, TypeVar

from treasurer.core.countries import country_code
from treasurer.core.dates import DateOrder, contradiction, order_evidence, parse_date
from treasurer.core.errors import Message, ParseError, UserError
from treasurer.core.model import DonorDetails, DonorKind, EntryType, PaymentMethod, parse_choice
from treasurer.core.money import Money, decimal_mark_shown, parse_amount, validate_currency
from treasurer.core.names import (
    LATIN_DIGITS,
    clean_text,
    legal_form,
    normalise_name,
    without_title,
)

_T = TypeVar("_T")
_E = TypeVar("_E", bound=enum.StrEnum)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_MAX_TEXT = 500
_DONOR_FIELDS = (
    "donor",
    "first_name",
    "last_name",
    "company",
    "kind",
    "address",
    "postcode",
    "city",
    "country",
    "email",
    "employer",
    "occupation",
)
_BLANKS = ("",) * len(_DONOR_FIELDS)
#: The donor of a refund row that names none (a bank's reversal): its donation's.
_NAMELESS = DonorDetails(name="")


def _named(values: Mapping[str, str]) -> bool:
    return any(values.get(f) for f in ("company", "donor", "first_name", "last_name"))


#: The field of a row in another currency than the ledger's that holds the platform's
#: own conversions of its money (PayPal's "General Currency Conversion" rows naming it):
#: one line per conversion, the currency code, a space, the amount as written.
CONVERSIONS = "conversions"

_DONATION = EntryType.DONATION
_REFUND_FIELDS = frozenset({"refund_reference", "refund_date", "refund_amount", "refund_status"})
_REFUND = EntryType.REFUND
#: The fields whose meaning a fingerprint takes rather than their text.
_MEANT = frozenset(
    {"date", "amount", "currency", "donor", "first_name", "last_name", "method", "entry_type"}
)

#: The reason of a row without a value for a field it needs.
MISSING = Message("is missing")
# An ``entry_type`` (a preset's translation of a platform's word: Stripe's
# dispute_reversal and refund_failure, PayPal's Chargeback Reversal) for money that came
# back after a refund or a chargeback: a donation again, referenced ``<reference>/reinstated``.
REINSTATED = "reinstated"

#: A donation dated before it is a typo (1925 for 2025), not a gift to a party of today.
_FIRST_YEAR = 1970
_TOO_OLD = Message("is before 1970: is the year mistyped?")
_PAID_OUT = Message(
    "is negative on a row whose type is a payment, and it names no donation it gives back: "
    "money the party paid out is not a donation; leave the row out of the import"
)
_NEGATIVE_REINSTATEMENT = Message("is negative, but the row gives money back to the party")
#: The reason of a row without any of the donor's names.
NO_NAME = Message("is missing (no name, first or last name)")


@dataclass(frozen=True, slots=True)
class RowIssue:
    """A row that cannot be recorded: where, which value, and why (``str(reason)`` is
    the English, as the rejects file and ``--json`` give it)."""

    line: int
    column: str
    value: str
    reason: Message

    def to_json(self) -> dict[str, object]:
        return {
            "line": self.line,
            "column": self.column,
            "value": self.value,
            "reason": str(self.reason),
        }


@dataclass(frozen=True, slots=True)
class Conversion:
    """A row's money converted into the ledger's currency by the platform itself.

    Attributes:
        gross: the gross in the ledger's currency, signed as in the file.
        received: what the conversion gave (or took) in the ledger's currency: the net.
        paid: the gross as the file writes it, with its currency (``50.00 USD``).
    """

    gross: Money
    received: Money
    paid: str
    #: the gross less the net, in the ledger's minor units (signed)
    cost: int
    #: valued at the rate of the gift it gives back (money given back)
    at_gift_rate: bool = False
    #: the gross and the gross less the net in the currency paid (signed as in the file)
    foreign: Money | None = None
    foreign_cost: int = 0
    #: the row's own notes (``noted`` adds the conversion to them)
    notes: str | None = None

    def valued(self, gross: int, rate: Fraction) -> Conversion:
        """The same money worth ``gross`` (ledger minor units, signed as in the file), its
        fee at ``rate`` (ledger minor units per minor unit paid): money given back at its
        gift's rate."""
        money = Money(gross, self.gross.currency)
        return replace(self, gross=money, cost=round(self.foreign_cost * rate), at_gift_rate=True)

    def fee(self, money_back: bool) -> Money | None:
        """The processor's fee in the ledger's currency, as ``RowParser._row_fee`` reads
        it: on a donation, what it took (positive); on money back, the gross less the
        net, signed."""
        if not self.cost:
            return None
        return Money(self.cost if money_back else abs(self.cost), self.gross.currency)

    def noted(self, notes: str | None = None) -> str:
        """The row's notes, with the conversion said (for the accountant)."""
        notes = notes or self.notes
        said = f"paid {self.paid}; converted by the platform: {self.received} for the net"
        if self.at_gift_rate:
            said += f"; at the rate of the gift it gives back: {abs(self.gross)} gross"
        else:
            said += f", {abs(self.gross)} gross"
        return f"{notes} | {said}" if notes else said


@dataclass(frozen=True, slots=True)
class _Converted:
    """A row's net, as written, and what the platform's conversion of it gave."""

    received: Money
    net: Money


class ImportRow(NamedTuple):
    """A row ready to record. ``amount`` is positive; ``entry_type`` says if it goes back.

    A NamedTuple rather than a frozen dataclass: a million of them are built per import.
    """

    line: int
    received_on: dt.date
    amount: Money
    entry_type: EntryType
    donor: DonorDetails
    donor_key: str
    method: PaymentMethod
    reference: str | None
    refund_of: str | None
    fee: Money | None
    unit: str | None
    notes: str | None
    fingerprint: str | None  # for rows without a reference
    refunded: RefundOnRow | None = None  # the row also says the donation was refunded
    #: The fingerprints earlier versions of Treasurer computed for the row, which the
    #: ledger holds for rows imported then: recognised as the same row too.
    older_fingerprints: tuple[str, ...] = ()
    #: A donation that is money back after a refund or a chargeback (``REINSTATED``): the
    #: reference of the donation it was taken from (its donor is that donation's), or ""
    #: when the file does not say (the row names its donor).
    reinstates: str | None = None
    #: the platform's conversion of the row's money into the ledger's currency
    converted: Conversion | None = None


class RefundOnRow(NamedTuple):
    """A refund that a platform marks on the donation's own row."""

    received_on: dt.date
    amount: Money
    reference: str


class ParseAgain(Exception):
    """A column's values settled a reading other than the one the rows before were
    parsed with: parse them all again with ``settings`` (``RowParser`` arguments)."""

    def __init__(self, settings: dict[str, object]) -> None:
        super().__init__(settings)
        self.settings = settings


class DateOrderChanged(ParseAgain):
    """The date column settles the other order (``25/01/2025`` after only ambiguous
    dates read in the default order): the rows must be parsed again in ``order``."""

    def __init__(self, order: DateOrder, settled_by: str) -> None:
        super().__init__({"date_order": order, "settled_by": settled_by})
        self.order = order
        self.settled_by = settled_by


class DecimalMarkChanged(ParseAgain):
    """An amount shows its decimal mark (``1,234.50``) after an amount that reads both
    ways (``1.500``) was read with that mark grouping thousands: parse again with
    ``mark`` as the decimal mark."""

    def __init__(self, mark: str, shown_by: str) -> None:
        super().__init__({"decimal_separator": mark, "decimal_shown_by": shown_by})


class DateColumnError(UserError):
    """A date column holds values that only day-first and only month-first can read."""


class AmountColumnError(UserError):
    """An amount column writes decimals with "," in one value and "." in another."""


_REFUNDS_WHAT = Message(
    "is negative (a refund) but the row does not say which donation it refunds (a "
    "reference column for it is needed)"
)


class RowParser:
    """Parses mapped rows for one ledger (its currency and date order).

    The order of numeric dates is settled by the column's values in one pass: the
    default order reads dates until a value that only one order can read appears. If
    that is the default, it is settled; if not, ``DateOrderChanged`` asks the caller to
    parse again in the other order (``settled_by`` that value); a value that contradicts
    a settled order raises ``DateColumnError``. The decimal mark, unless given, is
    settled the same way by the first amount that shows it ("1,234.50", "12,5"): an
    amount that reads both ways ("1.500") read before it with that mark grouping
    thousands makes ``DecimalMarkChanged`` ask for the rows again; an amount with the
    other mark after it is a bad row.
    """

    def __init__(
        self,
        *,
        currency: str,
        date_order: DateOrder,
        decimal_separator: str | None = None,
        today: dt.date,
        default_method: PaymentMethod = PaymentMethod.TRANSFER,
        settled_by: str | None = None,
        settle_decimal: bool = True,
        decimal_shown_by: str | None = None,
    ) -> None:
        self.currency = currency
        self.date_order = date_order
        self.settled_by = settled_by
        self.decimal_separator = decimal_separator
        # the mark an amount that reads both ways ("1.500") was read with as grouping
        # thousands, until an amount shows the file's decimal mark
        self._grouping_guessed: str | None = None
        self._guessed_by = ""  # the amount it was first guessed by
        # the amount that showed the decimal mark (None: not settled, or given by a preset)
        self._shown_by = decimal_shown_by
        # a workbook's number cells are written with "." whatever its text cells use:
        # there, each amount is read on its own
        self.settle_decimal = settle_decimal
        self.today = today
        self.default_method = default_method
        self._amounts: dict[str, Money | Message] = {}
        self._foreign_amounts: dict[str, Money | Message] = {}  # "USD 12.50": its Money
        self._dates: dict[str, dt.date | Message] = {}
        self._keys: dict[str, str] = {}
        self._currencies: dict[str, str | None] = {}
        self._choices: dict[tuple[type, str], object] = {}
        self._methods: dict[str, PaymentMethod | ParseError] = {}
        self._donors: dict[tuple[str, ...], DonorDetails | RowIssue] = {}
        self._seen: dict[tuple[str, str], int] = {}
        self._refunds_of: dict[str, int] = {}  # refunds seen of each donation reference

    @property
    def thousands_guessed(self) -> tuple[str, str] | None:
        """The mark read as separating thousands in amounts that read two ways ("1,500"),
        and the first of them, when no amount of the file showed its decimal mark: said to
        the person, who knows what the file means (None when nothing was guessed)."""
        if self._grouping_guessed is None or self.decimal_separator is not None:
            return None
        return self._grouping_guessed, self._guessed_by

    def parse(
        self, line: int, values: Mapping[str, str], columns: Mapping[str, str]
    ) -> ImportRow | RowIssue:
        def issue(name: str, reason: Message) -> RowIssue:
            return RowIssue(line, columns.get(name, name), values.get(name, ""), reason)

        get = values.get
        problem = self._check_texts(values)
        if problem is not None:
            return issue(*problem)

        text = get("date")
        if not text:
            # a sheet's total line has no date: said as what it is
            return self._total_line(values, issue) or issue("date", MISSING)
        received_on = _cached(self._dates, text, self._date)
        if isinstance(received_on, Message):
            if _is_total(_cached(self._keys, text, normalise_name)):
                # "Total;;;350,00": the sheet's total written where the dates go
                return issue("date", _TOTAL_LINE)
            return issue("date", received_on)
        if received_on > self.today or received_on.year < _FIRST_YEAR:
            return issue("date", self._out_of_time(received_on))

        text = get("amount")
        if not text:
            return self._total_line(values, issue) or issue("amount", MISSING)
        read = self._gross(values, text, issue)
        if isinstance(read, RowIssue):
            return read
        amount, converted = read
        gross = amount  # as signed in the file

        text = get("entry_type")
        reinstated, reinstates = text == REINSTATED, None
        entry_type = (
            self._choice(EntryType, text, "entry type") if text and not reinstated else _DONATION
        )
        if isinstance(entry_type, ParseError):
            return issue("entry_type", entry_type.reason)
        refund_of = get("refund_of") or None
        reference = get("reference") or None
        if reinstated:
            # a refund that failed, a chargeback the party won: the money is the party's
            # again, a gift once more; its reference may be the refund's or the dispute's
            # own (Stripe's source id), so it is told apart
            if amount.minor < 0:
                return issue("amount", _NEGATIVE_REINSTATEMENT)
            reinstates, refund_of = refund_of or "", None
            reference = reference and f"{reference}/reinstated"
        if amount.minor < 0 or entry_type is not _DONATION:
            if entry_type is _DONATION:
                if text and refund_of is None:
                    # the file calls it a payment (PayPal's "Express Checkout Payment")
                    # and names no donation: money the party paid out
                    return issue("amount", _PAID_OUT)
                entry_type = _REFUND
            if refund_of is None:
                if reference is None:
                    return issue("amount", _REFUNDS_WHAT)
                # no column names the donation: the row bears the donation's reference (a
                # volunteer's sheet); the refund gets its own, numbered if there are more
                amount = abs(amount)
                refund_of, reference = (
                    reference,
                    self._refund_reference(reference, received_on, amount),
                )
            amount = abs(amount)

        fee = self._row_fee(
            values, gross, entry_type is not _DONATION or reinstates is not None, converted
        )
        if isinstance(fee, tuple):
            return issue(*fee)

        # money back after a refund, linked to its donation, is its donor's: no name needed
        donor = self._row_donor(values, _REFUND if reinstates else entry_type, issue)
        if isinstance(donor, RowIssue):
            return donor
        text = get("method")
        method = self._method(text) if text else self.default_method
        if isinstance(method, ParseError):
            return issue("method", method.reason)
        refunded = (
            self._refund_on_row(values, received_on, amount, reference, issue)
            if entry_type is _DONATION and not _REFUND_FIELDS.isdisjoint(values)
            else None
        )
        if isinstance(refunded, RowIssue):
            return refunded
        key = self._keys[donor.name] if donor is not _NAMELESS else ""
        fingerprint: str | None = None
        older: tuple[str, ...] = ()
        if not reference:
            fingerprint, *earlier = self._fingerprints(
                values,
                day=received_on,
                amount=amount,
                fee=fee,
                key=key,
                entry_type=entry_type,
                method=method,
            )
            older = tuple(earlier)
        return ImportRow(
            line,
            received_on,
            amount,
            entry_type,
            donor,
            key,
            method,
            reference,
            refund_of,
            fee,
            get("unit") or None,
            get("notes") or None if converted is None else converted.noted(get("notes")),
            fingerprint,
            refunded,
            older,
            reinstates,
            converted,
        )

    def _out_of_time(self, day: dt.date) -> Message:
        """Why a donation cannot be of ``day``: in the future, or too old to be a gift to
        a party of today (a year mistyped)."""
        if day > self.today:
            return Message("is in the future (today is {today})", today=self.today.isoformat())
        return _TOO_OLD

    def _fee(self, text: str | None) -> Money | Message | None:
        """A processor's fee (positive; None if none or zero), or why it cannot be."""
        if not text:
            return None
        fee = _cached(self._amounts, text, self._amount)
        if isinstance(fee, Message):
            return fee
        return abs(fee) if fee.minor else None

    def _row_fee(
        self,
        values: Mapping[str, str],
        gross: Money,
        money_back: bool,
        converted: Conversion | None = None,
    ) -> Money | tuple[str, Message] | None:
        """The processor's fee on the row, or (field, why it cannot be read). On a
        donation, what the processor took (positive, whatever the file's sign). On money
        back (a refund, a chargeback, money back after one), what the processor took for
        it (a dispute's fee) or gave back of its fee (negative): the gross (as signed in
        the file) less the net, since processors write fees with either sign; None
        without a net. Converted by the platform: what ``Conversion.fee`` says."""
        if converted is not None:
            return converted.fee(money_back)
        if not money_back:
            fee = self._fee(values.get("fee"))
            return ("fee", fee) if isinstance(fee, Message) else fee
        net = values.get("net")
        if not net:
            return None
        paid = _cached(self._amounts, net, self._amount)
        if isinstance(paid, Message):
            return ("net", paid)
        cost = gross.minor - paid.minor
        return Money(cost, gross.currency) if cost else None

    def _refund_reference(self, donation: str, day: dt.date, amount: Money) -> str:
        """The reference of a refund row that bears its donation's reference: what it
        is (``R1/refund 2025-01-20 30.00 EUR``; ``#2`` after a second one alike in the
        file), so that it is the same whatever file, and wherever in it, the row is."""
        base = f"{donation}/refund {day.isoformat()} {amount}"
        count = self._refunds_of[base] = self._refunds_of.get(base, 0) + 1
        return base if count == 1 else f"{base} #{count}"

    def _method(self, text: str) -> PaymentMethod | ParseError:
        try:
            return self._methods[text]
        except KeyError:
            picked = self._methods[text] = self._choice(PaymentMethod, text, "payment method")
            return picked

    def _refund_on_row(
        self,
        values: Mapping[str, str],
        received_on: dt.date,
        amount: Money,
        reference: str | None,
        issue: Callable[[str, Message], RowIssue],
    ) -> RefundOnRow | RowIssue | None:
        """The refund the row marks on its donation, or None (an amount refunded of 0, a
        status that is neither "refunded" nor "partly refunded"). A status "partly
        refunded" needs the amount refunded."""
        status = values.get("refund_status", "").casefold()
        # "charged back": a dispute lost, which takes back whatever a refund left
        charged_back = status == "charged back"
        said = status == "refunded" or charged_back
        partly = status == "partly refunded"
        if not (
            values.get("refund_reference")
            or values.get("refund_date")
            or values.get("refund_amount")
            or said
            or partly
        ):
            return None
        refunded = amount
        text = "" if charged_back else values.get("refund_amount")
        if text:
            parsed = _cached(self._amounts, text, self._amount)
            if isinstance(parsed, Message):
                return issue("refund_amount", parsed)
            if parsed.minor == 0:
                if not (
                    values.get("refund_reference") or values.get("refund_date") or said or partly
                ):
                    return None  # "Amount Refunded: 0.00": not refunded
            else:
                refunded = abs(parsed)
            if refunded.minor > amount.minor:
                return issue(
                    "refund_amount",
                    Message("is more than the donation ({amount}) it refunds", amount=str(amount)),
                )
        if partly and refunded is amount:
            # neither the gift in full nor nothing: only the platform knows how much
            return issue(
                "refund_status",
                Message(
                    "says part of the donation was refunded, but the file does not say how "
                    "much: look the refund up on the platform, then record the donation "
                    "('treasurer add') and its refund ('treasurer refund') by hand"
                ),
            )
        day = received_on
        # the day of the refund, else of the status that says it (a dispute lost)
        field = "refund_date"
        if said and (charged_back or not values.get("refund_date")):
            field = "refund_status_date" if values.get("refund_status_date") else field
        text = values.get(field)
        if text:
            parsed_day = _cached(self._dates, text, self._date)
            if isinstance(parsed_day, Message):
                return issue(field, parsed_day)
            if parsed_day > self.today:
                return issue(
                    field,
                    Message("is in the future (today is {today})", today=self.today.isoformat()),
                )
            if parsed_day < received_on:
                return issue(field, Message("is before the donation it refunds"))
            day = parsed_day
        if reference is None:
            return issue(
                "refund_reference" if "refund_reference" in values else "reference",
                Message(
                    "says the donation was refunded, but the row has no reference to link the "
                    "refund to (map the platform's transaction id to the reference)"
                ),
            )
        return RefundOnRow(day, refunded, values.get("refund_reference") or f"{reference}/refund")

    def _check_texts(self, values: Mapping[str, str]) -> tuple[str, Message] | None:
        """(field, reason) if a text is too long or the currency is not the ledger's."""
        if len("".join(values.values())) > _MAX_TEXT:  # one C call; most rows are short
            for name, value in values.items():
                if len(value) > _MAX_TEXT and name != "notes":
                    return name, Message(
                        "is {length} characters long; at most {limit} are kept",
                        length=len(value),
                        limit=_MAX_TEXT,
                    )
        currency_text = values.get("currency")
        if currency_text and (currency_text := currency_text.strip()):
            code = _cached(self._currencies, currency_text, _currency)
            if code is None:
                return "currency", Message("is not an ISO-4217 currency code such as EUR or MAD")
            if code != self.currency and CONVERSIONS not in values:
                return (
                    "currency",
                    Message(
                        "is {code}, but this ledger counts in {currency}: "
                        "convert the amount first (Treasurer never adds currencies blindly)",
                        code=code,
                        currency=self.currency,
                    ),
                )
        return None

    def _gross(
        self, values: Mapping[str, str], text: str, issue: Callable[[str, Message], RowIssue]
    ) -> tuple[Money, Conversion | None] | RowIssue:
        """The row's amount (``text``) as signed in the file, in the ledger's currency
        (with the platform's conversion that gave it, if any), or why it cannot be. An
        amount the platform converts is read in its own currency (cents of a dollar in a
        ledger in yen)."""
        code = self._foreign(values) if CONVERSIONS in values else None
        amount = (
            _cached(self._amounts, text, self._amount) if code is None else self._in(code, text)
        )
        if isinstance(amount, Message):
            return issue("amount", amount)
        if amount.minor == 0:
            return issue("amount", Message("is zero"))
        if code is None:
            return amount, None
        converted = self._convert(values, amount, code)
        if isinstance(converted, tuple):
            return issue(*converted)
        return converted.gross, converted

    def _foreign(self, values: Mapping[str, str]) -> str | None:
        """The row's currency if it is another than the ledger's, else None."""
        code = _cached(self._currencies, (values.get("currency") or "").strip(), _currency)
        return None if code is None or code == self.currency else code

    def _in(self, code: str, text: str) -> Money | Message:
        """An amount in the currency ``code`` (not the ledger's), or why it cannot be."""
        key = f"{code} {text}"
        found = self._foreign_amounts.get(key)
        if found is None:
            try:
                found = parse_amount(text, code, decimal_separator=self.decimal_separator)
            except ParseError as exc:
                found = exc.reason
            self._foreign_amounts[key] = found
        return found

    def _convert(
        self, values: Mapping[str, str], gross: Money, code: str
    ) -> Conversion | tuple[str, Message]:
        """The row's money in the ledger's currency, at the rate of the platform's own
        conversion of it: PayPal pays a payment in another currency into the account's
        by converting its net (the gross less the fee) in rows of its own, so the net in
        the ledger's currency is the conversion's amount, and the gross is at the same
        rate (rounded to the cent, half to even); the fee is the difference. (Money given
        back is valued at its gift's rate once linked to it: ``Conversion.valued``.)
        ``gross`` is in the row's currency, ``code``. Or (field, why not)."""
        own = self._rate(code, values[CONVERSIONS], values.get("net"))
        if isinstance(own, tuple):
            return own
        paid = f"{values['amount']} {code}"
        minor = round(Fraction(gross.minor * own.received.minor, own.net.minor))
        if minor == 0:
            return "amount", Message("is zero")
        return Conversion(
            Money(minor, self.currency),
            own.received,
            paid,
            minor - own.received.minor,
            foreign=gross,
            foreign_cost=gross.minor - own.net.minor,
            notes=values.get("notes") or None,
        )

    def _rate(
        self, code: str, conversions: str, net_text: str | None
    ) -> _Converted | tuple[str, Message]:
        """The net of a row in ``code`` and what the platform's conversion of it into the
        ledger's currency gave, or (field, why not)."""
        mine = [
            amount
            for currency, _space, amount in (
                line.partition(" ") for line in conversions.split("\n")
            )
            if _cached(self._currencies, currency, _currency) == self.currency
        ]
        if len(mine) != 1:
            return (
                "currency",
                Message(
                    "is {code}, but this ledger counts in {currency}, and the file does not "
                    "convert this payment into {currency} once (conversions into "
                    "{currency}: {count}): convert the amount first",
                    code=code,
                    currency=self.currency,
                    count=len(mine),
                ),
            )
        received = _cached(self._amounts, mine[0], self._amount)
        if isinstance(received, Message):
            return "amount", received
        net = self._in(code, net_text) if net_text else None
        if isinstance(net, Message):
            return "net", net
        if net is None or net.minor == 0 or (net.minor > 0) != (received.minor > 0):
            return (
                "net",
                Message(
                    "is needed to read the conversion of {code} into {currency} ({received}): "
                    "the platform converts the net of the payment, and it is {net}",
                    code=code,
                    currency=self.currency,
                    received=mine[0],
                    net=net_text or Message("empty"),
                ),
            )
        return _Converted(received, net)

    def _row_donor(
        self,
        values: Mapping[str, str],
        entry_type: EntryType,
        issue: Callable[[str, Message], RowIssue],
    ) -> DonorDetails | RowIssue:
        """The row's donor (the same details for the same texts), or why it has none."""
        signature = tuple(map(values.get, _DONOR_FIELDS, _BLANKS))
        donor = self._donors.get(signature)
        if donor is None and entry_type is not _DONATION and not _named(values):
            # money given back needs no name: it is its donation's donor's
            return _NAMELESS
        if donor is None:
            donor = self._donor(values, issue)
            if not isinstance(donor, RowIssue):
                self._donors[signature] = donor
        return donor

    def _donor(
        self, values: Mapping[str, str], issue: Callable[[str, Message], RowIssue]
    ) -> DonorDetails | RowIssue:
        # a platform's company column ("Raison sociale", "Donating Company"), when filled,
        # says the gift is the company's: the company is the donor (the person is only
        # who paid for it), so that the rules on gifts from companies apply
        company = clean_text(values.get("company", ""))
        name = company or without_title(clean_text(values.get("donor", "")))
        if not name:
            joined = f"{values.get('first_name', '')} {values.get('last_name', '')}"
            name = without_title(clean_text(joined))
        if not name:
            return issue("donor", NO_NAME)
        key = _cached(self._keys, name, normalise_name)
        if not key:
            return issue("company" if company else "donor", Message("has no letters or digits"))
        if not company and (total := self._total_line(values, issue)) is not None:
            return total

        kind = DonorKind.COMPANY if company else DonorKind.INDIVIDUAL
        if not company and (form := legal_form(name, key)) is not None:
            # "ACME SARL", "Stichting …": the rules on gifts from legal persons see it
            kind = DonorKind(form)
        elif not company and key in ANONYMOUS_NAMES:
            # "Anonyme" in a register's name column: nobody's name, an anonymous gift
            # (which the rules on anonymous gifts see)
            kind = DonorKind.ANONYMOUS
        if values.get("kind"):
            found = self._choice(DonorKind, values["kind"], "donor kind")
            if isinstance(found, ParseError):
                return issue("kind", found.reason)
            kind = found
        country = values.get("country") or None
        if country is not None:
            country = country_code(country)
            if country is None:
                return issue(
                    "country",
                    Message(
                        "is not a country Treasurer knows: write its name (France, Maroc, المغرب) "
                        "or its ISO code (FR, FRA)"
                    ),
                )
        email = values.get("email") or None
        if email is not None and not _EMAIL.fullmatch(email):
            return issue("email", Message("is not an email address"))

        return DonorDetails(
            name=name,
            kind=kind,
            address=values.get("address") or None,
            postcode=values.get("postcode") or None,
            city=_with_state(values.get("city"), values.get("state")),
            country=country,
            email=email,
            employer=values.get("employer") or None,
            occupation=values.get("occupation") or None,
        )

    def _total_line(
        self, values: Mapping[str, str], issue: Callable[[str, Message], RowIssue]
    ) -> RowIssue | None:
        """The issue of a sheet's total or subtotal line ("TOTAL", "Sous-total mars"
        where the donor's name goes, or an amount alone), or None for any other row."""
        if values.get("company"):
            return None  # a company's name is its own ("TOTAL")
        name = clean_text(values.get("donor", ""))
        if not name:
            name = clean_text(f"{values.get('first_name', '')} {values.get('last_name', '')}")
        if not name:
            # an amount alone, with no date, name or reference: a sum under the column
            if values.get("amount") and not (values.get("date") or values.get("reference")):
                return issue("amount", _TOTAL_LINE)
            return None
        if not _is_total(_cached(self._keys, name, normalise_name)):
            return None
        field = "donor" if values.get("donor") else "last_name"
        if not values.get("donor") and not values.get("last_name"):
            field = "first_name"
        return issue(field, _TOTAL_LINE)

    def _choice(self, kind: type[_E], text: str, what: str) -> _E | ParseError:
        """The member named by ``text``, or the error saying it names none (cached)."""
        key = (kind, text)
        if key not in self._choices:
            try:
                self._choices[key] = parse_choice(kind, text, what)
            except ParseError as exc:
                self._choices[key] = exc
        return self._choices[key]  # type: ignore[return-value]

    def _date(self, text: str) -> dt.date | Message:
        evidence = order_evidence(text)
        if evidence is not None:
            if evidence is not self.date_order:
                if self.settled_by is None:
                    raise DateOrderChanged(evidence, text)
                pair = (self.settled_by, text)
                first, second = pair if self.date_order is DateOrder.DAY_FIRST else pair[::-1]
                raise DateColumnError(contradiction(first, second).message)
            if self.settled_by is None:
                self.settled_by = text
        try:
            return parse_date(text, self.date_order)
        except ParseError as exc:
            return exc.reason

    def _amount(self, text: str) -> Money | Message:
        if self.settle_decimal and (self.decimal_separator is None or self._shown_by):
            doubt = self._decimal_mark(text)
            if doubt is not None:
                return doubt
        try:
            return parse_amount(text, self.currency, decimal_separator=self.decimal_separator)
        except ParseError as exc:
            return exc.reason

    def _decimal_mark(self, text: str) -> Message | None:
        """Settle the file's decimal mark by its first amount that shows it, as the order
        of its dates is; an amount that reads two ways ("1.500") against what the file's
        other amounts show is reported, never read one way in silence."""
        shown, ambiguous = decimal_mark_shown(text)
        if shown is not None and self._shown_by and shown != self.decimal_separator:
            # "1,234,567" and "50,00": which of "1,500" is meant cannot be told
            raise AmountColumnError(
                "the amounts contradict each other: {first!r} writes decimals with {mark!r}, "
                "{second!r} with {other!r}; write them one way",
                first=self._shown_by,
                mark=self.decimal_separator,
                second=text,
                other=shown,
            )
        if self.decimal_separator is None and shown is not None:
            if shown == self._grouping_guessed:
                # an amount before was read with this mark grouping thousands
                raise DecimalMarkChanged(shown, text)
            self.decimal_separator, self._shown_by = shown, text
        elif ambiguous is None:
            pass
        elif self.decimal_separator is not None and ambiguous == self.decimal_separator:
            return Message(
                "reads two ways ({mark!r} separating thousands or decimals), and the file's "
                "amounts write decimals with {mark!r} (as {shown!r}): write it without a "
                "thousands mark, or with its decimals only",
                mark=ambiguous,
                shown=self._shown_by,
            )
        elif self.decimal_separator is None and self._grouping_guessed is None:
            self._grouping_guessed, self._guessed_by = ambiguous, text
        elif self.decimal_separator is None and ambiguous != self._grouping_guessed:
            return Message(
                "reads two ways ({mark!r} separating thousands or decimals), and the file "
                "also writes {other!r}: write the amounts one way",
                mark=ambiguous,
                other=self._guessed_by,
            )
        return None

    def _fingerprints(
        self,
        values: Mapping[str, str],
        *,
        day: dt.date,
        amount: Money,
        fee: Money | None,
        key: str,
        entry_type: EntryType,
        method: PaymentMethod,
    ) -> tuple[str, str, str]:
        """The row's fingerprint, then those earlier versions computed (newest first).

        The same row imported again has the same fingerprint; two identical rows in one
        file are told apart by their order of appearance. The fingerprint is made of what
        the row means (date, amount, fee, donor's name key, entry type, payment method)
        and the text of its other cells as a spreadsheet may save them again (spaces
        collapsed, digits in Latin, a number's leading zeros dropped: a postcode 01500
        saved as 1500), so that a file saved again ("100" for "100,00", Arabic digits
        for Latin ones, another date format) is still recognised. Before: the same
        with the other cells' raw text (2026-11), and every cell's raw text (first)."""
        meaning = f"{day.isoformat()}|{amount.minor}|{amount.currency}|{key}|{entry_type.value}"
        others = {k: v for k, v in values.items() if k not in _MEANT and k != "notes"}
        raw = "\x1f".join(f"{k}={others[k]}" for k in sorted(others))
        fee_minor = fee.minor if fee is not None else 0
        saved = "\x1f".join(f"{k}={_as_saved(others[k])}" for k in sorted(others) if k != "fee")
        first = f"{meaning}|" + "\x1f".join(
            f"{k}={values[k]}" for k in sorted(values) if k != "notes"
        )
        return (
            self._fingerprint(f"{meaning}|{fee_minor}|{method.value}|{saved}", "3"),
            self._fingerprint(f"{meaning}|{method.value}|{raw}", "2"),
            self._fingerprint(first, ""),
        )

    def _fingerprint(self, base: str, version: str) -> str:
        occurrence = self._seen.get((version, base), 0) + 1
        self._seen[(version, base)] = occurrence
        text = f"{version}|{base}|#{occurrence}" if version else f"{base}|#{occurrence}"
        return hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()


def _as_saved(text: str) -> str:
    """A cell's text as it compares after a spreadsheet saved the file again: spaces
    collapsed, digits in Latin, a whole number without its leading zeros."""
    text = " ".join(text.translate(LATIN_DIGITS).split())
    if text.isascii() and text.isdigit():
        return text.lstrip("0") or "0"
    return text


def _words(*texts: str) -> frozenset[str]:
    return frozenset(normalise_name(t) for text in texts for t in text.split())


#: The first word of a sheet's total line ("Total", "Cumul", "المجموع"); what may follow
#: it there (a period, what was summed: "Total janvier 2025", "Total des dons", "Total
#: espèces", "مجموع شهر يناير"). "Sous-total …" is always one.
_TOTALS = _words(
    "total totaux totals cumul cumuls sum somme المجموع مجموع الاجمالي اجمالي الإجمالي",
    # a register's carried-forward lines: "Report page précédente", "À reporter",
    # "Report à nouveau", "Carried forward", "Balance brought forward", "رصيد مرحل"
    "report reports reporter reporte reportee carried brought المرحل مرحل",
)
_SUBTOTALS = _words("soustotal subtotal")
_TOTAL_PREFIXES = _words("sous sub grand montant a balance solde رصيد")
_TOTAL_WORDS = _words(
    "general generale des de du la le les of the for pour par year annee an annuel annuelle",
    "annual mois month mensuel monthly semaine week jour day page trimestre quarter semestre",
    "semester t1 t2 t3 t4 q1 q2 q3 q4 s1 s2 partial partiel cumule cumulative final",
    "dons don donations donation gifts gift contributions contribution recus received",
    "especes cash cheques cheque checks check cartes carte cards card virements virement",
    "transfers transfer prelevements online en ligne ligne",
    "january february march april may june july august september october november december",
    "jan feb mar apr jun jul aug sep sept oct nov dec janv fevr avr juil",
    "a nouveau precedente precedent suivante anterieur anterieure forward over من الصفحة",
    "report reporter reporte reportee carry carried brought to next previous",
    "السابقة",
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
    "شهر سنة عام الشهر السنة العام الكلي يناير فبراير مارس ابريل أبريل ماي مايو يونيو",
    "يوليو يوليوز غشت اغسطس أغسطس شتنبر سبتمبر اكتوبر أكتوبر نونبر نوفمبر دجنبر ديسمبر",
    "جانفي فيفري افريل جوان جويلية اوت التبرعات تبرعات",
)


_TOTAL_LINE = Message(
    "looks like a total, subtotal or carried-forward line of the sheet, not a donor: "
    "leave it out of the import, or remove it from the file"
)


def _is_total(key: str) -> bool:
    """Whether a name key is a sheet's total line ("total", "sous total dons", "total
    janvier 2025", "montant total", "المجموع") rather than a donor's name ("total sa"
    is a company's)."""
    words = key.split()
    if not words:
        return False
    if words[0] in _SUBTOTALS or words[:2] in (["sous", "total"], ["sub", "total"]):
        return True
    while len(words) > 1 and words[0] in _TOTAL_PREFIXES:  # "solde à reporter"
        words = words[1:]
    if words[0] not in _TOTALS:
        return False
    return all(w.isdigit() or w in _TOTAL_WORDS for w in words[1:])


def _with_state(city: str | None, state: str | None) -> str | None:
    """A city with its state, province or region ("Chicago, IL"): where the ledger keeps
    the state (an FEC schedule names it)."""
    if state and city:
        return f"{city}, {state}"
    return city or state or None


#: What a register writes in the name column for a gift whose giver is not known (name
#: keys): such a donor is anonymous, not a person called "Anonyme".
ANONYMOUS_NAMES = frozenset(
    (
        *("anonyme", "anonymes", "don anonyme", "dons anonymes", "donateur anonyme"),
        *("donatrice anonyme", "anonymous", "anonymous donor", "anonymous gift", "anon"),
        *("unknown donor", "donateur inconnu", "inconnu"),
        *("مجهول", "متبرع مجهول", "مجهول الهوية", "فاعل خير"),
    )
)

#: The formats of bank statements, as an import batch records them (its preset).
STATEMENT_FORMATS = ("ofx", "camt053", "mt940")
#: Where a gift's reference comes from (``gift_key``): none (a volunteer's register, a
#: gift entered by hand), a bank statement (the bank's own), or anything else (a
#: platform's payment id, a cheque number in a register).
NO_REFERENCE, BANK_REFERENCE, OTHER_REFERENCE = 0, 1, 2


def gift_key(donor_id: int, ordinal: int, minor: int, source: int) -> int:
    """What a gift is, to find it again from another source: its donor, day (ordinal),
    amount and where its reference comes from (``NO_REFERENCE``...), as one number (the
    same in every process: ints hash alike everywhere)."""
    return hash((donor_id, ordinal, minor, source))


def _currency(text: str) -> str | None:
    try:
        return validate_currency(text)
    except UserError:
        return None


def _cached(cache: dict[str, _T], key: str, compute: Callable[[str], _T]) -> _T:
    try:
        return cache[key]
    except KeyError:
        value = cache[key] = compute(key)
        return value
