"""The ledger use cases, on SQLite and on PostgreSQL: init, info, add with donor matching,
listing, and what a refused change leaves behind (nothing)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from treasurer.core.errors import ParseError, UserError
from treasurer.core.money import Money
from treasurer.db import migrate
from treasurer.db.errors import NoLedgerError
from treasurer.db.repository import audit_hash
from treasurer.services.ledger import (
    AddResult,
    DonationRequest,
    Ledger,
    LedgerLocation,
    add_donation,
    add_unit,
    default_ledger_path,
    init_ledger,
    ledger_info,
    list_donations,
    list_donors,
)

TODAY = dt.date(2025, 12, 31)


@pytest.fixture
def ledger(location: LedgerLocation) -> Iterator[Ledger]:
    init_ledger(location, name="Parti des Tests", jurisdiction="fr", currency="EUR")
    with Ledger.open(location) as opened:
        yield opened


def add(ledger: Ledger, **fields: str | int | None) -> AddResult:
    values: dict = {"date": "2025-03-01", "donor": "Claire Dubois", "amount": "100"} | fields
    return add_donation(ledger, DonationRequest(**values), today=TODAY)


def snapshot(ledger: Ledger) -> tuple:
    info = ledger_info(ledger)
    donations = [(d.id, d.amount, d.donor_id) for d in list_donations(ledger)]
    return info.counts, info.totals, donations


# ---------------------------------------------------------------- init and info
def test_init_records_the_organisation_and_info_reports_it(location: LedgerLocation) -> None:
    info = init_ledger(
        location, name="  Parti  ", jurisdiction="US-FEC", currency="usd", fiscal_year_start="07-01"
    )
    assert uuid.UUID(info.ledger_id).version == 4
    assert (info.name, info.jurisdiction, info.currency) == ("Parti", "us-fec", "USD")
    assert (info.fiscal_year_start, info.date_order, info.schema_version) == (
        "07-01",
        "mdy",
        migrate.head_revision(),
    )
    assert info.counts == {
        "donors": 0,
        "donations": 0,
        "units": 0,
        "import_batches": 0,
        "flags": 0,
        "audit_entries": 1,
    }
    assert info.totals == {}


def test_init_refuses_a_second_ledger_in_the_same_place(ledger: Ledger) -> None:
    add(ledger)
    before = snapshot(ledger)
    with pytest.raises(UserError, match="there is already a ledger at"):
        init_ledger(ledger.location, name="Other", jurisdiction="uk", currency="GBP")
    assert snapshot(ledger) == before
    assert ledger_info(ledger).name == "Parti des Tests"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"jurisdiction": "de"},
            r"no rule profile 'de' \(known: ca, custom, fr, ma, uk, us-fec\)",
        ),
        ({"currency": "EURO"}, "is not an ISO-4217 currency code"),
        ({"currency": "MAD"}, "the fr profile counts in EUR, not MAD"),
        ({"name": "   "}, "the organisation needs a name"),
        ({"fiscal_year_start": "02-30"}, "is not a day of the year"),
    ],
)
def test_init_with_bad_arguments_leaves_no_file(tmp_path: Path, fields: dict, message: str) -> None:
    args = {"name": "P", "jurisdiction": "fr", "currency": "EUR"} | fields
    with pytest.raises(UserError, match=message):
        init_ledger(LedgerLocation.for_path(tmp_path / "l.db"), **args)
    assert list(tmp_path.iterdir()) == []


def test_custom_jurisdiction_takes_any_currency(tmp_path: Path) -> None:
    info = init_ledger(
        LedgerLocation.for_path(tmp_path / "l.db"), name="P", jurisdiction="custom", currency="TND"
    )
    assert info.currency == "TND"


def test_location_resolution_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = {"TREASURER_LEDGER": str(tmp_path / "env.db")}
    assert (
        LedgerLocation.resolve(ledger=str(tmp_path / "a.db"), environ=env).path == tmp_path / "a.db"
    )
    assert LedgerLocation.resolve(environ=env).path == tmp_path / "env.db"
    pg = LedgerLocation.resolve(db="postgresql://u:secret@localhost/party", environ=env)
    assert pg.url == "postgresql+psycopg://u:secret@localhost/party"
    assert str(pg) == "postgresql+psycopg://u:***@localhost/party"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert LedgerLocation.resolve(environ={}).path == tmp_path / "xdg" / "Treasurer" / "ledger.db"
    assert default_ledger_path() == tmp_path / "xdg" / "Treasurer" / "ledger.db"
    with pytest.raises(UserError, match="not mysql"):
        LedgerLocation.resolve(db="mysql://localhost/x")


def test_opening_where_there_is_no_ledger(location: LedgerLocation) -> None:
    with pytest.raises(NoLedgerError, match="there is no ledger at"):
        Ledger.open(location)


# ---------------------------------------------------------------- donor matching
def test_one_person_typed_two_ways_is_one_donor_with_the_sum(ledger: Ledger) -> None:
    first = add(ledger, donor="Mohamed El Alami", amount="1 234,50")
    second = add(ledger, donor="MOHAMED EL-ALAMI", amount="265,50", date="15/03/2025")
    assert first.donor_created
    assert not second.donor_created
    assert second.donor_id == first.donor_id
    assert second.donor_total == Money(150000, "EUR")
    donors = list_donors(ledger)
    assert [(d.name, d.total, d.count) for d in donors] == [
        ("Mohamed El Alami", Money(150000, "EUR"), 2)
    ]


def test_arabic_spellings_of_one_name_are_one_donor(ledger: Ledger) -> None:
    first = add(ledger, donor="محمد العلمي", amount="١٠٠")
    second = add(ledger, donor="مُحَمَّد العلمى", amount="٥٠٫٥٠")
    assert second.donor_id == first.donor_id
    assert second.donor_total == Money(15050, "EUR")
    assert list_donors(ledger)[0].name == "محمد العلمي"


def test_same_name_different_postcode_is_another_person(ledger: Ledger) -> None:
    paris = add(ledger, donor="Claire Dubois", postcode="75011")
    lyon = add(ledger, donor="claire dubois", postcode="69003")
    again = add(ledger, donor="Claire DUBOIS", postcode="75 011")
    assert lyon.donor_id != paris.donor_id
    assert again.donor_id == paris.donor_id
    with pytest.raises(UserError, match=r"2 donors are named 'Claire Dubois' \(ids \d+, \d+\)"):
        add(ledger, donor="Claire Dubois")
    chosen = add(ledger, donor="whoever", donor_id=lyon.donor_id, amount="7")
    assert chosen.donor_id == lyon.donor_id
    assert chosen.donor_total == Money(10700, "EUR")


def test_email_identifies_the_donor_and_blank_details_are_filled(ledger: Ledger) -> None:
    first = add(ledger, donor="Hélène Moreau")
    second = add(ledger, donor="Helene Moreau", email="Helene@Example.org", city="Lille")
    assert second.donor_id == first.donor_id
    other = add(ledger, donor="Hélène Moreau", email="h.moreau@example.net")
    assert other.donor_id != first.donor_id
    third = add(ledger, donor="HELENE MOREAU", email="helene@example.org")
    assert third.donor_id == first.donor_id
    with ledger.store.transaction() as repo:
        donor = repo.donor(first.donor_id)
        actions = [e["action"] for e in repo.audit_entries()]
    assert donor is not None
    assert (donor.details.email, donor.details.city) == ("Helene@Example.org", "Lille")
    assert actions.count("donor.update") == 1


def test_a_company_is_not_matched_to_a_person_of_the_same_name(ledger: Ledger) -> None:
    person = add(ledger, donor="Martin", kind="individual")
    company = add(ledger, donor="Martin", kind="company")
    assert company.donor_id != person.donor_id
    # Without --kind, the name alone is ambiguous now.
    with pytest.raises(UserError, match="2 donors are named 'Martin'"):
        add(ledger, donor="Martin")


# ---------------------------------------------------------------- refusals
@pytest.mark.parametrize(
    ("fields", "error", "message"),
    [
        ({"amount": "-5"}, ParseError, "must be more than zero"),
        ({"amount": "0"}, ParseError, "must be more than zero"),
        ({"amount": "12,345,678,901"}, ParseError, "more than any donation"),
        ({"amount": "12 USD"}, ParseError, "is in USD, but EUR is expected"),
        ({"amount": "1.2.3"}, ParseError, "grouped in a way that is not thousands"),
        ({"amount": "0,125"}, ParseError, "has 3 decimals but EUR has 2"),
        ({"amount": "dix"}, ParseError, "which is not part of a number"),
        ({"date": "31/02/2025"}, ParseError, "is not a day of the calendar"),
        ({"date": "2026-01-01"}, ParseError, r"is in the future \(today is 2025-12-31\)"),
        ({"date": "soon"}, ParseError, "is not a date Treasurer can read"),
        ({"donor": " - "}, ParseError, "donor name ' - ': is empty"),
        ({"kind": "robot"}, ParseError, "is not one of: individual, company"),
        ({"method": "bitcoin"}, ParseError, "is not one of: cash, cheque"),
        ({"country": "Atlantis"}, ParseError, "is not a country Treasurer knows"),
        ({"email": "claire@"}, ParseError, "is not an email address"),
        ({"unit": "Nowhere"}, UserError, "there is no accounting unit named 'Nowhere'"),
        ({"donor_id": 999}, UserError, "there is no donor with id 999"),
    ],
)
def test_a_refused_donation_changes_nothing(
    ledger: Ledger, fields: dict, error: type[Exception], message: str
) -> None:
    add(ledger, reference="CHQ-1")
    before = snapshot(ledger)
    with pytest.raises(error, match=message):
        add(ledger, **fields)
    assert snapshot(ledger) == before


def test_a_reference_is_recorded_once(ledger: Ledger) -> None:
    add(ledger, reference="STRIPE-ch_1")
    before = snapshot(ledger)
    with pytest.raises(UserError, match="reference 'STRIPE-ch_1' is already recorded"):
        add(ledger, reference="STRIPE-ch_1", donor="Someone Else")
    assert snapshot(ledger) == before


# ---------------------------------------------------------------- what is recorded
def test_the_donation_is_recorded_as_given(ledger: Ledger) -> None:
    add_unit(ledger, "Lyon office")
    result = add(
        ledger,
        donor="Jean-Pierre Lefèvre",
        amount="€ 1.234,56",
        date="05/04/2025",
        method="cheque",
        reference=" CHQ  0042 ",
        unit="lyon OFFICE",
        notes="gala",
        kind="individual",
        country="fr",
    )
    [donation] = list_donations(ledger)
    assert donation.id == result.donation_id
    assert donation.received_on == dt.date(2025, 4, 5)
    assert donation.amount == Money(123456, "EUR")
    assert donation.method.value == "cheque"
    assert (donation.reference, donation.unit, donation.notes) == (
        "CHQ 0042",
        "Lyon office",
        "gala",
    )
    assert donation.donor_name == "Jean-Pierre Lefèvre"


def test_month_first_ledgers_read_numeric_dates_month_first(tmp_path: Path) -> None:
    location = LedgerLocation.for_path(tmp_path / "us.db")
    init_ledger(location, name="P", jurisdiction="us-fec", currency="USD")
    with Ledger.open(location) as ledger:
        add(ledger, date="04/05/2025", amount="$25")
        [donation] = list_donations(ledger)
    assert donation.received_on == dt.date(2025, 4, 5)
    assert donation.amount == Money(2500, "USD")


def test_listing_by_donor_and_sorted(ledger: Ledger) -> None:
    a = add(ledger, donor="A", amount="30", date="2025-01-03")
    add(ledger, donor="B", amount="10", date="2025-01-01")
    add(ledger, donor="A", amount="20", date="2025-01-02")
    assert [d.amount.minor for d in list_donations(ledger)] == [1000, 2000, 3000]
    assert [d.amount.minor for d in list_donations(ledger, sort="amount", descending=True)] == [
        3000,
        2000,
        1000,
    ]
    assert [d.amount.minor for d in list_donations(ledger, donor_id=a.donor_id)] == [2000, 3000]
    assert [d.amount.minor for d in list_donations(ledger, offset=1, limit=1)] == [2000]
    with pytest.raises(UserError, match="there is no donor with id 42"):
        list_donations(ledger, donor_id=42)


def test_every_change_is_in_a_hash_chained_audit_log(ledger: Ledger) -> None:
    # with the details a French receipt needs, so that no flag is raised
    add(ledger, donor="A", address="1 rue X", country="FR")
    add(ledger, donor="a", email="a@example.org")
    with ledger.store.transaction() as repo:
        entries = repo.audit_entries()
    assert [e["action"] for e in entries] == [
        "ledger.create",
        "donor.add",
        "donation.add",
        "donor.update",
        "donation.add",
    ]
    assert entries[2]["after"]["amount"] == "100.00"
    assert entries[3]["before"]["email"] is None
    assert entries[3]["after"]["email"] == "a@example.org"
    # Recompute the chain from the stored rows.
    from sqlalchemy import select

    from treasurer.db import models as m

    with ledger.store.transaction() as repo:
        rows = list(repo._s.scalars(select(m.AuditEntry).order_by(m.AuditEntry.id)))
        previous = "0" * 64
        for row in rows:
            assert row.prev_hash == previous
            assert row.hash == audit_hash(
                row.prev_hash,
                at=row.at,
                actor=row.actor,
                action=row.action,
                entity=row.entity,
                entity_uuid=row.entity_uuid,
                before=row.before,
                after=row.after,
                seal=row.seal,
            )
            previous = row.hash
