"""The ledger's records and choices: donor kinds, payment methods, entry types."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from treasurer.core.errors import Message, ParseError, TreasurerError, UserError
from treasurer.core.model import (
    DonorDetails,
    DonorKind,
    EntryType,
    NewDonation,
    PaymentMethod,
    parse_choice,
)
from treasurer.core.money import Money


def test_the_choices_and_their_values() -> None:
    assert [k.value for k in DonorKind] == [
        "individual",
        "company",
        "union",
        "association",
        "party",
        "public-body",
        "foreign",
        "anonymous",
        "other",
    ]
    assert [m.value for m in PaymentMethod] == [
        "cash",
        "cheque",
        "card",
        "transfer",
        "online",
        "in-kind",
    ]
    assert [e.value for e in EntryType] == ["donation", "refund", "return"]


def test_defaults() -> None:
    donor = DonorDetails(name="Claire Martin")
    assert donor.kind is DonorKind.INDIVIDUAL
    assert (donor.address, donor.postcode, donor.email) == (None, None, None)
    donation = NewDonation(received_on=dt.date(2025, 1, 31), amount=Money(5000, "EUR"))
    assert donation.method is PaymentMethod.TRANSFER
    assert donation.entry_type is EntryType.DONATION


def test_records_are_frozen() -> None:
    donor = DonorDetails(name="Claire Martin")
    with pytest.raises(dataclasses.FrozenInstanceError):
        donor.name = "Other"  # type: ignore[misc]
    changed = dataclasses.replace(donor, kind=DonorKind.COMPANY)
    assert (changed.name, changed.kind) == ("Claire Martin", DonorKind.COMPANY)
    assert donor.kind is DonorKind.INDIVIDUAL


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("individual", DonorKind.INDIVIDUAL),
        ("COMPANY", DonorKind.COMPANY),
        ("  Union ", DonorKind.UNION),
        ("public-body", DonorKind.PUBLIC_BODY),
        ("public_body", DonorKind.PUBLIC_BODY),
        ("PUBLIC_BODY", DonorKind.PUBLIC_BODY),
        ("foreign", DonorKind.FOREIGN),
        ("anonymous", DonorKind.ANONYMOUS),
        ("other", DonorKind.OTHER),
    ],
)
def test_parse_choice_reads_donor_kinds(text: str, expected: DonorKind) -> None:
    assert parse_choice(DonorKind, text, "donor kind") is expected


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        (PaymentMethod, "Cash", PaymentMethod.CASH),
        (PaymentMethod, "in_kind", PaymentMethod.IN_KIND),
        (PaymentMethod, "in-kind", PaymentMethod.IN_KIND),
        (EntryType, "REFUND", EntryType.REFUND),
        (EntryType, "return", EntryType.RETURN),
    ],
)
def test_parse_choice_reads_other_choices(
    kind: type[PaymentMethod] | type[EntryType], text: str, expected: object
) -> None:
    assert parse_choice(kind, text, "choice") is expected


@pytest.mark.parametrize("text", ["", "person", "public body", "companies", "cash"])
def test_parse_choice_lists_what_is_allowed(text: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_choice(DonorKind, text, "donor kind")
    assert str(caught.value) == (
        f"donor kind {text!r}: is not one of: individual, company, union, association, "
        "party, public-body, foreign, anonymous, other"
    )


def test_error_hierarchy() -> None:
    error = ParseError(
        "amount", "12a", Message("contains {bad!r}, which is not part of a number", bad="a")
    )
    assert isinstance(error, UserError)
    assert isinstance(error, TreasurerError)
    assert (error.what, error.value, str(error.reason)) == (
        "amount",
        "12a",
        "contains 'a', which is not part of a number",
    )
    assert str(error) == "amount '12a': contains 'a', which is not part of a number"
