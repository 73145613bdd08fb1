"""Filings and registers count what a party kept: refunds, returns and chargebacks lower
a donation, a gift given back whole before it was accepted is left out, and a
chargeback then its reversal is one donation (the UK register of large donations and
the PPERA quarterly report agree); FEC Schedule A itemizes contributions when received
and counts refunds in the aggregate year to date on the refund's own date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from treasurer.services import compliance, importing, reports
from treasurer.services.ledger import (
    DonationRequest,
    Ledger,
    LedgerLocation,
    add_donation,
    init_ledger,
)

TODAY = dt.date(2025, 12, 31)

# Stripe's balance report (Balance change from activity, itemized): its columns, from
# the trial's export; a dispute takes the money back, a dispute reversal brings it back.
_BALANCE = (
    "balance_transaction_id,created_utc,available_on_utc,currency,gross,fee,net,"
    "reporting_category,source_id,description,customer_facing_amount,"
    "customer_facing_currency,customer_id,customer_email,customer_name,charge_id,"
    "payment_method_type\n"
)


def D(year: int, month: int, day: int) -> dt.datetime:
    return dt.datetime(year, month, day)  # noqa: DTZ001 - spreadsheet dates are naive


def sheet_rows(path: Path, index: int = 0) -> list[tuple[Any, ...]]:
    return list(openpyxl.load_workbook(path).worksheets[index].iter_rows(values_only=True))


def gift(ledger: Ledger, date: str, donor: str, amount: str, **extra: Any) -> int:
    return add_donation(
        ledger, DonationRequest(date=date, donor=donor, amount=amount, **extra), today=TODAY
    ).donation_id


def balance_row(
    txn: str, day: str, gross: str, category: str, source: str, name: str, charge: str
) -> str:
    email = name.split(maxsplit=1)[0].lower() + "@example.co.uk"
    amount = gross.lstrip("-")
    return (
        f"{txn},{day} 10:00:00,2025-07-10 00:00:00,gbp,{gross},0.00,{gross},{category},"
        f"{source},Donation,{amount},gbp,cus_x,{email},{name},{charge},card\n"
    )


# ---------------------------------------------------------------- uk
@pytest.fixture
def uk(tmp_path: Path) -> Iterator[Ledger]:
    location = LedgerLocation.for_path(tmp_path / "uk.db")
    init_ledger(location, name="Local Party", jurisdiction="uk", currency="GBP")
    with Ledger.open(location) as ledger:
        town = {"address": "22 Park Ave", "postcode": "BS1 5TR", "city": "Bristol"}
        eve = gift(ledger, "2025-03-15", "Eve Turner", "2000", **town)
        compliance.record_refund(ledger, eve, amount="1500", date="2025-03-20", today=TODAY)
        kept = gift(ledger, "2025-03-01", "Kay Long", "800", address="3 Hill St")
        # refunded on the 31st day: kept 30 days, it was accepted at £800
        compliance.record_refund(ledger, kept, amount="800", date="2025-04-01", today=TODAY)
        rows = [
            balance_row("txn_7", "2025-06-14", "800.00", "charge", "ch_J", "Julia Roberts", "ch_J"),
            balance_row(
                "txn_8", "2025-06-20", "-800.00", "dispute", "dp_J", "Julia Roberts", "ch_J"
            ),
            balance_row("txn_9", "2025-06-16", "900.00", "charge", "ch_L", "Laura Hill", "ch_L"),
            balance_row("txn_10", "2025-06-21", "-900.00", "dispute", "dp_L", "Laura Hill", "ch_L"),
            balance_row(
                "txn_11", "2025-07-02", "900.00", "dispute_reversal", "dp_L", "Laura Hill", "ch_L"
            ),
        ]
        path = tmp_path / "balance.csv"
        path.write_text(_BALANCE + "".join(rows), encoding="utf-8")
        report = importing.import_file(ledger, path, today=TODAY)
        assert (report.new, report.refunds) == (3, 2)
        yield ledger


def test_uk_register_lists_what_was_accepted(uk: Ledger, tmp_path: Path) -> None:
    out = tmp_path / "large.xlsx"
    result = reports.produce_report(uk, "large-donations", period="2025", out=out, today=TODAY)
    assert result.rows == 3
    rows = sheet_rows(out)
    assert rows[0] == (
        "No.",
        "Date",
        "Donor",
        "Kind",
        "Address",
        "Method",
        "Permissibility check",
        "Received",
        "Given back",
        "Value accepted",
    )
    assert [r[1:] for r in rows[1:-1]] == [
        # charged back whole within 30 days: Julia Roberts is not listed
        (D(2025, 3, 1), "Kay Long", "individual", "3 Hill St", "transfer", None, 800, None, 800),
        (
            D(2025, 3, 15),
            "Eve Turner",
            "individual",
            "22 Park Ave, BS1 5TR Bristol",  # the town too, as in the quarterly report
            "transfer",
            None,
            2000,
            1500,
            500,
        ),
        # the gift of 16 June charged back, the money back on 2 July: one donation
        (D(2025, 7, 2), "Laura Hill", "individual", None, "card", None, 900, None, 900),
    ]
    assert rows[-1] == (3, None, None, None, None, None, None, 3700, 1500, 2200)
    info = sheet_rows(out, 1)
    assert info[4][0] == (
        "Donations of over £500.00 received in the period, at their value accepted: the gift "
        "less what was refunded, returned or charged back of it within 30 days of receipt "
        "(kept longer, it was accepted). A donation given back whole in that time was not "
        "accepted and is not listed; money a chargeback's reversal brought back is listed as "
        "a donation of the day it came back."
    )


def test_uk_register_in_french(uk: Ledger, tmp_path: Path) -> None:
    out = tmp_path / "registre.xlsx"
    reports.produce_report(
        uk, "large-donations", period="2025-Q1", out=out, language="fr", today=TODAY
    )
    rows = sheet_rows(out)
    assert rows[0][7:] == ("Reçu", "Rendu", "Valeur acceptée")
    assert [(r[2], r[7], r[8], r[9]) for r in rows[1:-1]] == [
        ("Kay Long", 800, None, 800),
        ("Eve Turner", 2000, 1500, 500),
    ]
    assert sheet_rows(out, 1)[4][0].startswith(
        "Dons de plus de 500,00\u00a0£GB reçus dans la période, pour leur valeur acceptée : le "
        "don, moins ce qui en a été remboursé, restitué ou contesté dans les 30 jours de sa "
        "réception"
    )


def test_uk_quarterly_report_values_agree_with_the_register(uk: Ledger, tmp_path: Path) -> None:
    """A source over £11,180: a gift refunded in part within 30 days is reported at what
    was kept, one charged back whole within 30 days is not reported (never accepted)."""
    big = gift(uk, "2025-05-01", "Olga Price", "12000", address="9 Mill Lane")
    compliance.record_refund(uk, big, amount="200", date="2025-05-10", today=TODAY)
    gone = gift(uk, "2025-05-02", "Olga Price", "3000")
    compliance.record_refund(uk, gone, amount="3000", date="2025-05-20", today=TODAY)
    late = gift(uk, "2025-05-03", "Olga Price", "2500")
    compliance.record_refund(uk, late, amount="2500", date="2025-06-20", today=TODAY)
    out = tmp_path / "q2.xlsx"
    reports.produce_report(uk, "uk-donations", period="2025-Q2", out=out, today=TODAY)
    rows = sheet_rows(out)
    assert [(r[1], r[5], r[6]) for r in rows[1:-1]] == [
        ("Olga Price", 11800, D(2025, 5, 1)),
        ("Olga Price", 2500, D(2025, 5, 3)),  # refunded on the 48th day: it was accepted
    ]
    assert (rows[-1][0], rows[-1][5]) == (2, 14300)
    register = tmp_path / "large.xlsx"
    reports.produce_report(uk, "large-donations", period="2025-Q2", out=register, today=TODAY)
    assert [(r[2], r[7], r[8], r[9]) for r in sheet_rows(register)[1:-1]] == [
        ("Olga Price", 12000, 200, 11800),
        ("Olga Price", 2500, None, 2500),
    ]


# ---------------------------------------------------------------- us
@pytest.fixture
def us(tmp_path: Path) -> Iterator[Ledger]:
    location = LedgerLocation.for_path(tmp_path / "us.db")
    init_ledger(location, name="County Party", jurisdiction="us-fec", currency="USD")
    with Ledger.open(location) as ledger:
        job = {"employer": "UW", "occupation": "Professor"}
        old = gift(ledger, "2024-12-20", "Ann Lee", "500", address="1 Main St", **job)
        compliance.record_refund(ledger, old, amount="500", date="2025-01-05", today=TODAY)
        first = gift(ledger, "2025-03-01", "Ann Lee", "300")
        gift(ledger, "2025-03-05", "Ann Lee", "100")
        compliance.record_refund(ledger, first, amount="150", date="2025-03-10", today=TODAY)
        gift(ledger, "2025-04-01", "Ann Lee", "60")
        nina = gift(ledger, "2025-04-01", "Nina Shah", "1000", **job)
        compliance.record_refund(ledger, nina, amount="1000", date="2025-04-05", today=TODAY)
        yield ledger


def test_us_schedule_a_counts_refunds_when_made(us: Ledger, tmp_path: Path) -> None:
    """FEC: a contribution is itemized on Schedule A when received; its refund is a
    disbursement (Line 28(a)) that lowers the aggregate from the day it is made, and a
    refund of an earlier year's contribution does not lower this year's."""
    out = tmp_path / "a.xlsx"
    reports.produce_report(us, "us-schedule-a", period="2025", out=out, today=TODAY)
    rows = sheet_rows(out)
    assert [(r[1], r[5], r[6], r[7]) for r in rows[1:-1]] == [
        # the 2024 gift refunded on 5 January 2025 does not lower 2025's aggregate
        ("Ann Lee", D(2025, 3, 1), 300, 300),
        ("Ann Lee", D(2025, 3, 5), 100, 400),  # before the refund of 10 March: 400
        ("Ann Lee", D(2025, 4, 1), 60, 310),  # 300 + 100 - 150 + 60
        # refunded in full four days later: itemized when received, refund on Line 28(a)
        ("Nina Shah", D(2025, 4, 1), 1000, 1000),
    ]
    assert (rows[-1][0], rows[-1][6]) == (4, 1460)
    info = [r[0] for r in sheet_rows(out, 2)]
    assert info[-1] == (
        "Refunds of contributions made in the period: 3, $1,650.00 (Line 28(a); not "
        "deducted from the contributions above)."
    )
    assert info[-2].startswith(
        "Every contribution received in the period from a contributor whose aggregate in "
        "the calendar year is over the threshold is itemized when received, refunded since "
        "or not"
    )
    assert "count on its date" not in " ".join(info)
    summary = sheet_rows(out, 1)
    assert summary[1:] == [
        ("Itemized contributions", 4, 1460),
        ("Unitemized contributions", 0, 0),
        ("Total", 4, 1460),
    ]


# ---------------------------------------------------------------- flags
def test_a_flag_resolved_by_a_refund_says_so(uk: Ledger) -> None:
    """A permissibility check flag resolved because the money went back says so, not
    that a check was recorded (none was)."""

    def resolution(donation_id: int) -> tuple[str, str | None]:
        [flag] = [
            f
            for f in compliance.list_flags(uk, status="all")
            if f["kind"] == "permissibility_check" and donation_id in f["donation_ids"]
        ]
        return flag["status"], flag["resolution"]

    whole = gift(uk, "2025-09-01", "Max Reed", "900")
    part = gift(uk, "2025-09-02", "Una Ford", "900")
    checked = gift(uk, "2025-09-03", "Ivy Moss", "900")
    assert resolution(whole) == resolution(part) == resolution(checked) == ("open", None)
    compliance.record_refund(uk, whole, amount="900", date="2025-09-10", today=TODAY)
    compliance.record_refund(uk, part, amount="400", date="2025-09-10", today=TODAY)
    [ivy] = [f for f in compliance.list_flags(uk) if checked in f["donation_ids"]]
    compliance.record_check(
        uk,
        ivy["donor_id"],
        date="2025-09-05",
        permissible=True,
        method="electoral-register",
        today=TODAY,
    )
    assert resolution(whole) == (
        "resolved",
        "Resolved automatically on 2025-12-31: the donation was refunded or returned in full",
    )
    assert resolution(part) == (
        "resolved",
        "Resolved automatically on 2025-12-31: part of the donation was refunded or returned, "
        "so that it is no longer over the threshold",
    )
    assert resolution(checked) == (
        "resolved",
        "Resolved automatically on 2025-12-31: a permissibility check was recorded",
    )
