"""Refunds that platforms mark on the donation's own row (Stripe's Amount Refunded, ActBlue's
Refund ID and Refund Date, Donorbox's and HelloAsso's statuses), and country names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from treasurer.core.money import Money
from treasurer.db import models as m
from treasurer.services import importing
from treasurer.services.ledger import (
    Ledger,
    LedgerLocation,
    init_ledger,
    list_donations,
    list_donors,
)

TODAY = dt.date(2025, 12, 31)
STRIPE_HEADER = (
    "id,Created date (UTC),Amount,Amount Refunded,Currency,Converted Amount,"
    "Converted Amount Refunded,Converted Currency,Fee,Payment Source Type,"
    "Refunded date (UTC),Status,Customer Email,Card Name,Card Address Country\n"
)
ACTBLUE_HEADER = (
    "Receipt ID,Date,Amount,Donor First Name,Donor Last Name,Donor Addr1,Donor City,"
    "Donor ZIP,Donor Country,Donor Occupation,Donor Employer,Donor Email,Lineitem ID,"
    "Refund ID,Refund Date,Fee,Card Type\n"
)


@pytest.fixture
def ledger(location: LedgerLocation) -> Iterator[Ledger]:
    init_ledger(location, name="P", jurisdiction="custom", currency="EUR")
    with Ledger.open(location) as opened:
        yield opened


@pytest.fixture
def usd_ledger(location: LedgerLocation) -> Iterator[Ledger]:
    init_ledger(location, name="P", jurisdiction="custom", currency="USD")
    with Ledger.open(location) as opened:
        yield opened


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def rows(ledger: Ledger) -> list[tuple[str, dt.date, str, str | None]]:
    return [
        (d.entry_type.value, d.received_on, str(d.amount.amount), d.reference)
        for d in list_donations(ledger, sort="id")
    ]


def refund_links(ledger: Ledger) -> dict[str, str]:
    """Refund reference -> the reference of the donation it is linked to."""
    with ledger.store.transaction() as repo:
        original = m.Donation.__table__.alias("original")
        stmt = select(m.Donation.reference, original.c.reference).join(
            original, original.c.id == m.Donation.refund_of_id
        )
        return {str(a): str(b) for a, b in repo.session.execute(stmt)}


def totals(ledger: Ledger) -> dict[str, Money]:
    return {d.name: d.total for d in list_donors(ledger)}


def test_stripe_refunds_in_full_and_in_part_become_linked_refunds(
    ledger: Ledger, tmp_path: Path
) -> None:
    text = STRIPE_HEADER + (
        "ch_1,2025-03-02 09:14:07,50.00,0.00,eur,50.00,0.00,eur,0.95,card,,Paid,"
        "a@example.org,Ana Ruiz,FR\n"
        "ch_2,2025-03-07 11:00:00,20.00,20.00,eur,20.00,20.00,eur,0.58,card,"
        "2025-03-09 10:00:00,Refunded,b@example.org,Chloé Bernard,France\n"
        "ch_3,2025-03-08 12:00:00,200.00,50.00,eur,200.00,50.00,eur,3.10,card,"
        "2025-04-10 08:00:00,Paid,c@example.org,Youssef Benali,Maroc\n"
        "ch_4,2025-03-08 13:00:00,70.00,0.00,eur,70.00,0.00,eur,0.00,card,,Failed,"
        "d@example.org,Nobody,FR\n"
    )
    path = write(tmp_path, "unified_payments.csv", text)
    report = importing.import_file(ledger, path, today=TODAY)
    assert (report.preset, report.rows, report.new, report.refunds, report.errors) == (
        "stripe",
        3,  # the failed charge is not a donation
        3,
        2,
        [],
    )
    assert rows(ledger) == [
        ("donation", dt.date(2025, 3, 2), "50.00", "ch_1"),
        ("donation", dt.date(2025, 3, 7), "20.00", "ch_2"),
        ("donation", dt.date(2025, 3, 8), "200.00", "ch_3"),
        ("refund", dt.date(2025, 3, 9), "-20.00", "ch_2/refund"),
        ("refund", dt.date(2025, 4, 10), "-50.00", "ch_3/refund"),
    ]
    assert refund_links(ledger) == {"ch_2/refund": "ch_2", "ch_3/refund": "ch_3"}
    assert totals(ledger) == {
        "Ana Ruiz": Money(5000, "EUR"),
        "Chloé Bernard": Money(0, "EUR"),
        "Youssef Benali": Money(15000, "EUR"),
    }
    again = importing.import_file(ledger, path, today=TODAY)
    assert (again.new, again.refunds, again.duplicates) == (0, 0, 3)


def test_a_refund_in_both_stripe_reports_is_recorded_once(ledger: Ledger, tmp_path: Path) -> None:
    """Stripe's payments export gives a refund on its charge's row, the balance report as
    its own row (re_…): the same refund, a duplicate, not a second one that left Youssef
    Benali 100 € where he gave 150 € (nor a bad row for Chloé's full refund). A refund of
    the balance report weeks later is another one."""
    payments = STRIPE_HEADER + (
        "ch_2,2025-03-07 11:00:00,20.00,20.00,eur,20.00,20.00,eur,0.58,card,"
        "2025-03-09 10:00:00,Refunded,b@example.org,Chloé Bernard,France\n"
        "ch_3,2025-03-08 12:00:00,200.00,50.00,eur,200.00,50.00,eur,3.10,card,"
        "2025-04-10 08:00:00,Paid,c@example.org,Youssef Benali,Maroc\n"
    )
    balance = (
        "balance_transaction_id,created_utc,currency,gross,fee,net,reporting_category,"
        "source_id,description,customer_email,customer_name,charge_id\n"
        "txn_2,2025-03-07 11:00:00,eur,20.00,0.58,19.42,charge,ch_2,Don,b@example.org,"
        "Chloé Bernard,ch_2\n"
        "txn_2r,2025-03-09 10:00:05,eur,-20.00,0.00,-20.00,refund,re_2,Refund,b@example.org,"
        "Chloé Bernard,ch_2\n"
        "txn_3,2025-03-08 12:00:00,eur,200.00,3.10,196.90,charge,ch_3,Don,c@example.org,"
        "Youssef Benali,ch_3\n"
        "txn_3r,2025-04-11 00:30:00,eur,-50.00,0.00,-50.00,refund,re_3,Refund,c@example.org,"
        "Youssef Benali,ch_3\n"
        "txn_3s,2025-05-02 09:00:00,eur,-30.00,0.00,-30.00,refund,re_3s,Refund,c@example.org,"
        "Youssef Benali,ch_3\n"
    )
    importing.import_file(ledger, write(tmp_path, "payments.csv", payments), today=TODAY)
    path = write(tmp_path, "balance.csv", balance)
    report = importing.import_file(ledger, path, today=TODAY)
    assert (report.new, report.refunds, report.duplicates, report.errors) == (0, 1, 4, [])
    assert totals(ledger) == {
        "Chloé Bernard": Money(0, "EUR"),
        "Youssef Benali": Money(12000, "EUR"),
    }
    assert [r for r in rows(ledger) if r[0] == "refund"] == [
        ("refund", dt.date(2025, 3, 9), "-20.00", "ch_2/refund"),
        ("refund", dt.date(2025, 4, 10), "-50.00", "ch_3/refund"),
        ("refund", dt.date(2025, 5, 2), "-30.00", "re_3s"),
    ]
    again = importing.import_file(ledger, path, today=TODAY)
    assert (again.new, again.refunds, again.duplicates) == (0, 0, 5)


def test_a_stripe_total_refunded_counts_the_refunds_of_the_balance_report(
    ledger: Ledger, tmp_path: Path
) -> None:
    """The payments export's Amount Refunded is all that was refunded: where the balance
    report gave 40 of it already, a total of 60 is 20 more, not 60 more (Alice's 100 was
    left 0); a total below what the ledger has from the balance report is a bad row."""
    balance = (
        "balance_transaction_id,created_utc,currency,gross,fee,net,reporting_category,"
        "source_id,description,customer_email,customer_name,charge_id\n"
        "txn_1,2025-04-01 10:00:00,eur,100.00,1.70,98.30,charge,ch_A,Don,a@example.org,"
        "Alice Stone,ch_A\n"
        "txn_1r,2025-04-10 10:00:00,eur,-40.00,0.00,-40.00,refund,re_A1,Refund,a@example.org,"
        "Alice Stone,ch_A\n"
        "txn_2,2025-04-02 10:00:00,eur,50.00,1.00,49.00,charge,ch_B,Don,b@example.org,"
        "Bob Ray,ch_B\n"
        "txn_2r,2025-04-12 10:00:00,eur,-30.00,0.00,-30.00,refund,re_B1,Refund,b@example.org,"
        "Bob Ray,ch_B\n"
    )
    payments = STRIPE_HEADER + (
        "ch_A,2025-04-01 10:00:00,100.00,60.00,eur,100.00,60.00,eur,1.70,card,"
        "2025-05-10 08:00:00,Paid,a@example.org,Alice Stone,FR\n"
        "ch_B,2025-04-02 10:00:00,50.00,20.00,eur,50.00,20.00,eur,1.00,card,"
        "2025-04-12 10:00:00,Paid,b@example.org,Bob Ray,FR\n"
    )
    importing.import_file(ledger, write(tmp_path, "balance.csv", balance), today=TODAY)
    path = write(tmp_path, "payments.csv", payments)
    report = importing.import_file(ledger, path, today=TODAY, skip_bad_rows=True)
    assert (report.rows, report.refunds, report.duplicates) == (2, 1, 0)  # a row, once
    assert [(e.line, e.value) for e in report.errors] == [(3, "20.00 EUR")]
    assert "the ledger's refunds of the donation recorded from other sources give back" in str(
        report.errors[0].reason
    )
    assert totals(ledger) == {"Alice Stone": Money(4000, "EUR"), "Bob Ray": Money(2000, "EUR")}
    assert [r for r in rows(ledger) if r[0] == "refund"] == [
        ("refund", dt.date(2025, 4, 10), "-40.00", "re_A1"),
        ("refund", dt.date(2025, 4, 12), "-30.00", "re_B1"),
        ("refund", dt.date(2025, 5, 10), "-20.00", "ch_A/refund"),
    ]
    again = importing.import_file(ledger, path, today=TODAY, skip_bad_rows=True)
    assert (again.refunds, again.new) == (0, 0)
    assert totals(ledger)["Alice Stone"] == Money(4000, "EUR")


def test_an_actblue_refunded_download_adds_only_the_refunds(
    usd_ledger: Ledger, tmp_path: Path
) -> None:
    paid = ACTBLUE_HEADER + (
        "AB1,2024-10-01 14:03:22,25.00,Amélie,Durand,41 Elm St,Cambridge,02139,United States,"
        "Teacher,Schools,a@example.org,1001,,,0.99,visa\n"
        "AB2,2024-10-03 10:00:00,1000.00,Patricia,O'Connell,2 Main St,Boston,02108,"
        "United States,Lawyer,Firm,p@example.org,1002,,,29.30,visa\n"
    )
    refunded = ACTBLUE_HEADER + (
        "AB2,2024-10-03 10:00:00,1000.00,Patricia,O'Connell,2 Main St,Boston,02108,"
        "United States,Lawyer,Firm,p@example.org,1002,RF77,2024-10-20 09:00:00,29.30,visa\n"
    )
    first = importing.import_file(usd_ledger, write(tmp_path, "paid.csv", paid), today=TODAY)
    assert (first.preset, first.new, first.refunds) == ("actblue", 2, 0)
    second = importing.import_file(
        usd_ledger, write(tmp_path, "refunded.csv", refunded), today=TODAY
    )
    assert (second.new, second.refunds, second.duplicates, second.errors) == (0, 1, 0, [])
    assert rows(usd_ledger)[-1] == ("refund", dt.date(2024, 10, 20), "-1000.00", "RF77")
    assert refund_links(usd_ledger) == {"RF77": "1002"}
    assert totals(usd_ledger)["Patricia O'Connell"] == Money(0, "USD")
    with usd_ledger.store.transaction() as repo:
        countries = set(repo.session.scalars(select(m.Donor.country)))
    assert countries == {"US"}  # "United States"
    third = importing.import_file(
        usd_ledger, write(tmp_path, "refunded-again.csv", refunded), today=TODAY
    )
    assert (third.new, third.refunds, third.duplicates) == (0, 0, 1)


def test_a_helloasso_status_says_refunded(ledger: Ledger, tmp_path: Path) -> None:
    helloasso = (
        "Référence commande;Référence paiement;Montant total;Date du paiement;"
        "Statut du paiement;Nom payeur;Prénom payeur;Email payeur;Moyen de paiement;Pays payeur\n"
        "1;53071;15,00;06/04/2025 10:00:00;Remboursé;Dubois;Camille;c@example.fr;"
        "Carte bancaire;FRA\n"
        "2;53072;150,00;06/04/2025 11:00:00;Payé;Dubois;Camille;c@example.fr;"
        "Carte bancaire;France\n"
        "3;53073;30,00;07/04/2025 11:00:00;Hors ligne;Martin;Jean;j@example.fr;Chèque;France\n"
    )
    report = importing.import_file(ledger, write(tmp_path, "ha.csv", helloasso), today=TODAY)
    assert (report.preset, report.new, report.refunds) == ("helloasso", 2, 1)
    assert rows(ledger)[-1] == ("refund", dt.date(2025, 4, 6), "-15.00", "53071/refund")
    assert totals(ledger) == {"Camille Dubois": Money(15000, "EUR")}


def test_a_donorbox_status_says_refunded(usd_ledger: Ledger, tmp_path: Path) -> None:
    donorbox = (
        "Name,Donor Email,Amount,Currency,Donated At,Country,Receipt Id,Donation Type,Status\n"
        "Omar Farouk,o@example.com,100.00,USD,01/22/25 10:00:00,Morocco,40116044,stripe,"
        "refunded\n"
        "Linh Tran,l@example.com,20.00,USD,01/25/25 10:00:00,Viêt Nam,40117333,stripe,paid\n"
    )
    report = importing.import_file(usd_ledger, write(tmp_path, "db.csv", donorbox), today=TODAY)
    assert (report.preset, report.new, report.refunds) == ("donorbox", 2, 1)
    assert rows(usd_ledger)[-1] == ("refund", dt.date(2025, 1, 22), "-100.00", "40116044/refund")
    with usd_ledger.store.transaction() as repo:
        countries = dict(repo.session.execute(select(m.Donor.name, m.Donor.country)).all())
    assert countries == {"Omar Farouk": "MA", "Linh Tran": "VN"}


@pytest.mark.parametrize(
    ("row", "column", "reason"),
    [
        (
            "ch_9,2025-03-08 12:00:00,20.00,25.00,eur,20.00,25.00,eur,0,card,2025-03-09,Paid,"
            "x@example.org,Ana Ruiz,FR\n",
            "Converted Amount Refunded",
            "is more than the donation (20.00 EUR) it refunds",
        ),
        (
            "ch_9,2025-03-08 12:00:00,20.00,20.00,eur,20.00,20.00,eur,0,card,2025-03-01,Refunded,"
            "x@example.org,Ana Ruiz,FR\n",
            "Refunded date (UTC)",
            "is before the donation it refunds",
        ),
        (
            "ch_9,2025-03-08 12:00:00,20.00,20.00,eur,20.00,20.00,eur,0,card,2026-03-01,Refunded,"
            "x@example.org,Ana Ruiz,FR\n",
            "Refunded date (UTC)",
            "is in the future (today is 2025-12-31)",
        ),
        (
            "ch_9,2025-03-08 12:00:00,20.00,0.00,eur,20.00,0.00,eur,0,card,,Paid,"
            "x@example.org,Ana Ruiz,Atlantis\n",
            "Card Address Country",
            "is not a country Treasurer knows: write its name (France, Maroc, المغرب) or its "
            "ISO code (FR, FRA)",
        ),
    ],
)
def test_a_refund_that_cannot_be_is_a_bad_row_and_nothing_is_written(
    ledger: Ledger, tmp_path: Path, row: str, column: str, reason: str
) -> None:
    path = write(tmp_path, "bad.csv", STRIPE_HEADER + row)
    with pytest.raises(importing.BadRowsError) as caught:
        importing.import_file(ledger, path, today=TODAY)
    [error] = caught.value.report.errors
    assert (error.line, error.column, str(error.reason)) == (2, column, reason)
    assert list_donations(ledger) == []


def test_a_refund_on_a_row_without_reference_is_refused(ledger: Ledger, tmp_path: Path) -> None:
    mapping = write(
        tmp_path,
        "m.toml",
        'id = "m"\nname = "M"\n[columns]\ndate = ["Date"]\ndonor = ["Name"]\n'
        'amount = ["Amount"]\nrefund_date = ["Refunded on"]\n',
    )
    path = write(tmp_path, "f.csv", "Date,Name,Amount,Refunded on\n2025-03-01,Ana,10,2025-03-02\n")
    with pytest.raises(importing.BadRowsError) as caught:
        importing.import_file(ledger, path, mapping=mapping, today=TODAY)
    [error] = caught.value.report.errors
    assert error.column == "reference"
    assert str(error.reason).startswith(
        "says the donation was refunded, but the row has no reference"
    )


def test_a_donation_refunded_in_part_needs_the_amount_refunded(
    usd_ledger: Ledger, tmp_path: Path
) -> None:
    """Donorbox says "partially_refunded" but not how much: neither the whole gift nor
    nothing would be right, so the row is bad and says what to do."""
    donorbox = (
        "Name,Donor Email,Amount,Currency,Donated At,Receipt Id,Donation Type,Status\n"
        "Omar Farouk,o@example.com,100.00,USD,01/22/25 10:00:00,40116044,stripe,"
        "partially_refunded\n"
        "Linh Tran,l@example.com,20.00,USD,01/25/25 10:00:00,40117333,stripe,paid\n"
    )
    with pytest.raises(importing.BadRowsError) as caught:
        importing.import_file(usd_ledger, write(tmp_path, "db.csv", donorbox), today=TODAY)
    [error] = caught.value.report.errors
    # the cell as written, not the words the preset reads it as ("partly refunded")
    assert (error.line, error.column, error.value) == (2, "Status", "partially_refunded")
    assert str(error.reason).startswith(
        "says part of the donation was refunded, but the file does not say how much"
    )
    assert list_donations(usd_ledger) == []


def test_a_volunteers_sheet_says_a_gift_was_refunded_in_part(
    ledger: Ledger, tmp_path: Path
) -> None:
    """A plain French sheet with a status and the amount refunded: the donation at its gross
    amount and its refund of the part given back, on the day it was; a status "partly
    refunded" with no amount is a bad row."""
    sheet = (
        "Date;Nom;Montant;Référence;Statut;Montant remboursé;Date de remboursement\n"
        "03/02/2025;Claire Petit;200,00;D-1;partiellement remboursé;50,00;10/02/2025\n"
        "04/02/2025;Paul Roy;80,00;D-2;payé;;\n"
        "05/02/2025;Anne Lenoir;30,00;D-3;remboursé;;\n"
    )
    report = importing.import_file(ledger, write(tmp_path, "dons.csv", sheet), today=TODAY)
    assert (report.new, report.refunds) == (3, 2)
    assert [r for r in rows(ledger) if r[0] == "refund"] == [
        ("refund", dt.date(2025, 2, 10), "-50.00", "D-1/refund"),
        ("refund", dt.date(2025, 2, 5), "-30.00", "D-3/refund"),
    ]
    assert totals(ledger) == {
        "Claire Petit": Money(15000, "EUR"),
        "Paul Roy": Money(8000, "EUR"),
        "Anne Lenoir": Money(0, "EUR"),
    }
    bad = write(
        tmp_path,
        "bad.csv",
        "Date;Nom;Montant;Référence;Statut\n06/02/2025;Luc Marin;40,00;D-4;remboursement partiel\n",
    )
    with pytest.raises(importing.BadRowsError) as caught:
        importing.import_file(ledger, bad, today=TODAY)
    [error] = caught.value.report.errors
    assert (error.line, error.column) == (2, "Statut")


def test_a_stripe_payment_without_a_card_name_takes_the_customers_name(
    ledger: Ledger, tmp_path: Path
) -> None:
    """A SEPA debit or a Link payment has no Card Name: the donor's name is the next column
    of the preset the row fills (Customer Name), and so is the email; a row with none is
    still a bad row."""
    header = (
        "id,Created date (UTC),Amount,Amount Refunded,Currency,Converted Amount,"
        "Converted Amount Refunded,Converted Currency,Fee,Payment Source Type,"
        "Refunded date (UTC),Status,Customer Email,Receipt Email,Card Name,Customer Name\n"
    )
    text = header + (
        "ch_1,2025-03-02 09:14:07,50.00,0.00,eur,50.00,0.00,eur,0.95,card,,Paid,"
        "a@example.org,,Ana Ruiz,Ana Ruiz\n"
        "py_2,2025-03-03 10:00:00,80.00,0.00,eur,80.00,0.00,eur,0.35,sepa_debit,,Paid,"
        ",laure@example.fr,,Laure Simon\n"
        "py_3,2025-03-04 10:00:00,20.00,0.00,eur,20.00,0.00,eur,0.35,sepa_debit,,Paid,"
        ",,,\n"
    )
    path = write(tmp_path, "stripe.csv", text)
    with pytest.raises(importing.BadRowsError) as caught:
        importing.import_file(ledger, path, today=TODAY)
    [error] = caught.value.report.errors
    assert (error.line, error.column) == (4, "Card Name")
    report = importing.import_file(ledger, path, today=TODAY, skip_bad_rows=True)
    assert report.new == 2
    with ledger.store.transaction() as repo:
        donors = set(repo.session.execute(select(m.Donor.name, m.Donor.email)).all())
    assert donors == {("Ana Ruiz", "a@example.org"), ("Laure Simon", "laure@example.fr")}
    assert totals(ledger) == {"Ana Ruiz": Money(5000, "EUR"), "Laure Simon": Money(8000, "EUR")}


def test_money_back_after_a_dispute_won_or_a_refund_that_failed_is_a_gift_again(
    ledger: Ledger, tmp_path: Path
) -> None:
    """Stripe's balance report: Rose's refund failed (refund_failure, the refund's source
    id); Simon's chargeback was won (dispute_reversal, the dispute's source id). Each is a
    donation again, so their totals are what they gave; importing the file again adds
    nothing."""
    header = (
        "balance_transaction_id,created_utc,currency,gross,fee,net,reporting_category,"
        "source_id,description,customer_email,customer_name,charge_id\n"
    )
    text = header + (
        "txn_1A,2025-03-02 09:14:07,eur,500.00,7.75,492.25,charge,ch_1A,Don,r@example.fr,"
        "Rose Petit,ch_1A\n"
        "txn_1B,2025-03-05 10:00:00,eur,-500.00,0.00,-500.00,refund,re_1B,Refund,r@example.fr,"
        "Rose Petit,ch_1A\n"
        "txn_1C,2025-03-12 10:00:00,eur,500.00,0.00,500.00,refund_failure,re_1B,Refund failure,"
        "r@example.fr,Rose Petit,ch_1A\n"
        'txn_2A,2025-04-02 09:00:00,eur,"7,500.00",112.75,"7,387.25",charge,ch_2A,Don,'
        "s@example.fr,Simon Roy,ch_2A\n"
        'txn_2B,2025-04-20 09:00:00,eur,"-7,500.00",15.00,"-7,515.00",dispute,dp_2B,'
        "Chargeback withdrawal,s@example.fr,Simon Roy,ch_2A\n"
        'txn_2C,2025-06-01 09:00:00,eur,"7,500.00",-15.00,"7,515.00",dispute_reversal,dp_2B,'
        "Chargeback reversal,,,ch_2A\n"  # no name: the donation's donor's
        "txn_3A,2025-05-02 09:00:00,eur,100.00,1.65,98.35,charge,ch_3A,Don,s@example.fr,"
        "Simon Roy,ch_3A\n"
    )
    path = write(tmp_path, "balance.csv", text)
    report = importing.import_file(ledger, path, today=TODAY)
    assert (report.preset, report.new, report.refunds, report.errors) == (
        "stripe-balance",
        5,
        2,
        [],
    )
    assert totals(ledger) == {"Rose Petit": Money(50000, "EUR"), "Simon Roy": Money(760000, "EUR")}
    assert [r for r in rows(ledger) if r[3] and r[3].endswith("/reinstated")] == [
        ("donation", dt.date(2025, 3, 12), "500.00", "re_1B/reinstated"),
        ("donation", dt.date(2025, 6, 1), "7500.00", "dp_2B/reinstated"),
    ]
    again = importing.import_file(ledger, path, today=TODAY)
    assert (again.new, again.refunds, again.duplicates) == (0, 0, 7)


def test_a_paypal_chargeback_won_brings_the_gift_back_to_its_donor(
    location: LedgerLocation, tmp_path: Path
) -> None:
    """PayPal lists the newest first; the chargeback reversal's "From" is the party's own
    address: the money back is Pat's gift again (the donation it names is his), after the
    chargeback whatever the order of the rows. Money back that was never taken back is a
    bad row."""
    init_ledger(location, name="P", jurisdiction="uk", currency="GBP")
    header = (
        '"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net",'
        '"From Email Address","To Email Address","Transaction ID","Reference Txn ID",'
        '"Balance Impact"\n'
    )
    rows_text = (
        '"15/07/2025","12:00:00","Europe/London","Pat Quinn","Chargeback Reversal","Completed",'
        '"GBP","2,000.00","0.00","2,000.00","treasurer@party.org.uk","pat@example.co.uk",'
        '"CR01","DON01","Credit"\n'
        '"20/06/2025","12:00:00","Europe/London","Pat Quinn","Chargeback","Completed","GBP",'
        '"-2,000.00","0.00","-2,000.00","treasurer@party.org.uk","pat@example.co.uk","CB01",'
        '"DON01","Debit"\n'
        '"02/06/2025","12:00:00","Europe/London","Pat Quinn","Donation Payment","Completed",'
        '"GBP","2,000.00","-24.30","1,975.70","pat@example.co.uk","treasurer@party.org.uk",'
        '"DON01","","Credit"\n'
    )
    with Ledger.open(location) as ledger:
        report = importing.import_file(
            ledger, write(tmp_path, "paypal.csv", header + rows_text), today=TODAY
        )
        assert (report.new, report.refunds, report.donors_created) == (2, 1, 1)
        assert totals(ledger) == {"Pat Quinn": Money(200000, "GBP")}
        again = importing.import_file(ledger, write(tmp_path, "paypal2.csv", header + rows_text))
        assert (again.new, again.refunds, again.duplicates) == (0, 0, 3)
        lines = rows_text.splitlines(keepends=True)
        # a reversal of a chargeback that never was
        never = lines[2].replace("DON01", "DON02") + lines[0].replace("CR01", "CR02").replace(
            "DON01", "DON02"
        )
        with pytest.raises(importing.BadRowsError) as caught:
            importing.import_file(ledger, write(tmp_path, "never.csv", header + never))
        [error] = caught.value.report.errors
        assert (error.line, error.column, error.value, str(error.reason)) == (
            3,
            "Reference Txn ID",
            "DON02",
            "brings back 2000.00 GBP, but the refunds and chargebacks of its donation of "
            "2000.00 GBP took back 0.00 GBP",
        )


def test_a_payment_the_party_made_is_a_bad_row_not_a_refund(ledger: Ledger, tmp_path: Path) -> None:
    """PayPal lists the party's own payments (a printer paid by Express Checkout) with the
    donations: negative, of a payment type, naming no donation: said to be money paid out,
    not a refund of a donation that cannot be found."""
    text = (
        '"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net",'
        '"From Email Address","To Email Address","Transaction ID","Reference Txn ID"\n'
        '"18/04/2025","10:00:00","Europe/Paris","Imprimerie Durand","Express Checkout Payment",'
        '"Completed","EUR","-450.00","0.00","-450.00","party@example.org","print@example.fr",'
        '"1ID0001",""\n'
    )
    with pytest.raises(importing.BadRowsError) as caught:
        importing.import_file(ledger, write(tmp_path, "paypal.csv", text), today=TODAY)
    [error] = caught.value.report.errors
    assert (error.line, error.column, str(error.reason)) == (
        2,
        "Gross",
        "is negative on a row whose type is a payment, and it names no donation it gives "
        "back: money the party paid out is not a donation; leave the row out of the import",
    )


def test_a_dispute_lost_on_a_charge_refunded_in_part_takes_back_the_rest(
    ledger: Ledger, tmp_path: Path
) -> None:
    """Léa gave 300, was refunded 50, then disputed the charge and won: Stripe took back
    the rest, so her total is 0, the refund dated the dispute's day."""
    header = STRIPE_HEADER.rstrip("\n") + ",Dispute Status,Dispute Date (UTC)\n"
    text = header + (
        "ch_3A003,2025-03-02 09:14:07,300.00,50.00,eur,300.00,50.00,eur,4.65,card,"
        "2025-03-05 10:00:00,Paid,l@example.fr,Léa Picard,FR,lost,2025-04-02 08:00:00\n"
    )
    report = importing.import_file(ledger, write(tmp_path, "s.csv", text), today=TODAY)
    assert (report.new, report.refunds) == (1, 1)
    assert rows(ledger) == [
        ("donation", dt.date(2025, 3, 2), "300.00", "ch_3A003"),
        ("refund", dt.date(2025, 4, 2), "-300.00", "ch_3A003/refund"),
    ]
    assert totals(ledger) == {"Léa Picard": Money(0, "EUR")}
