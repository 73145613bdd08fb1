"""The jurisdiction filings read back: XLSX cells (openpyxl) and PDF text (pdftotext) hold
the same rows and totals; thresholds come from the profile and are strict (exactly at the
threshold is not over it, one minor unit more is); on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from treasurer.core.errors import UserError
from treasurer.core.model import EntryType
from treasurer.services import compliance, donors, reports
from treasurer.services.ledger import (
    DonationRequest,
    Ledger,
    LedgerLocation,
    add_donation,
    add_unit,
    init_ledger,
    list_donors,
)

TODAY = dt.date(2025, 12, 31)
# CI (scripts/test.sh sets TREASURER_REQUIRE_TOOLS) runs these whatever: a missing tool fails
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None and not os.environ.get("TREASURER_REQUIRE_TOOLS"),
    reason="poppler-utils",
)


def D(year: int, month: int, day: int) -> dt.datetime:
    return dt.datetime(year, month, day)  # noqa: DTZ001 - spreadsheet dates are naive


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return unicodedata.normalize("NFKC", out)


def sheet_rows(path: Path, index: int = 0) -> list[tuple]:
    return list(openpyxl.load_workbook(path).worksheets[index].iter_rows(values_only=True))


def gift(ledger: Ledger, date: str, donor: str, amount: str, **extra: Any) -> int:
    return add_donation(
        ledger, DonationRequest(date=date, donor=donor, amount=amount, **extra), today=TODAY
    ).donation_id


def open_ledger(location: LedgerLocation, jurisdiction: str, currency: str, name: str) -> Ledger:
    init_ledger(location, name=name, jurisdiction=jurisdiction, currency=currency)
    return Ledger.open(location)


# ---------------------------------------------------------------- uk
@pytest.fixture
def uk(location: LedgerLocation) -> Iterator[Ledger]:
    with open_ledger(location, "uk", "GBP", "Example Party") as ledger:
        add_unit(ledger, "Leeds")
        olivia = {"address": "1 High St", "postcode": "SW1A 1AA", "city": "London"}
        gift(ledger, "2025-01-10", "Olivia Hughes", "6000", **olivia)
        gift(ledger, "2025-04-10", "Olivia Hughes", "5180.01")  # 11,180.01: over, in Q2
        gift(ledger, "2025-05-10", "Olivia Hughes", "2230")  # later, not over £2,230
        gift(ledger, "2025-06-10", "Olivia Hughes", "2230.01", unit="Leeds")  # later, over
        gift(ledger, "2025-02-10", "Acme Ltd", "11180", kind="company", address="2 Road")
        gift(ledger, "2025-05-01", "Foreign Corp", "1000", kind="foreign")
        ausland = gift(ledger, "2025-05-02", "Ausland GmbH", "2000", kind="foreign")
        compliance.record_refund(
            ledger,
            ausland,
            amount="2000",
            date="2025-05-20",
            entry_type=EntryType.RETURN,
            reason="returned to the donor by cheque",
            today=TODAY,
        )
        yield ledger


def test_uk_donations_report_as_xlsx(uk: Ledger, tmp_path: Path) -> None:
    out = tmp_path / "q2.xlsx"
    result = reports.produce_report(uk, "uk-donations", period="2025-Q2", out=out, today=TODAY)
    assert result.rows == 3
    rows = sheet_rows(out)
    assert rows[0] == (
        "No.",
        "Donor",
        "Donor status",
        "Address",
        "Company no.",
        "Value",
        "Received",
        "Accepted",
        "Cash / non-cash",
        "Accounting unit",
        "Reportable from",
    )
    address = "1 High St, SW1A 1AA London"
    assert [r[1:] for r in rows[1:4]] == [
        # the January gift is reported in Q2, when the aggregate went over £11,180
        (
            "Olivia Hughes",
            "Individual",
            address,
            None,
            6000,
            D(2025, 1, 10),
            D(2025, 2, 9),  # kept 30 days: accepted
            "Cash",
            None,
            D(2025, 4, 10),
        ),
        (
            "Olivia Hughes",
            "Individual",
            address,
            None,
            5180.01,
            D(2025, 4, 10),
            D(2025, 5, 10),
            "Cash",
            None,
            None,
        ),
        (
            "Olivia Hughes",
            "Individual",
            address,
            None,
            2230.01,
            D(2025, 6, 10),
            D(2025, 7, 10),
            "Cash",
            "Leeds",
            None,
        ),
    ]
    assert rows[4][0] == 3
    assert rows[4][5] == 13410.02
    cells = next(iter(openpyxl.load_workbook(out).worksheets[0].iter_rows(min_row=2, max_row=2)))
    assert cells[5].data_type == "n"
    assert cells[5].number_format == "#,##0.00"
    assert cells[6].is_date
    # Acme's £11,180.00 is exactly at the threshold, not over it: not reported
    assert all(r[1] != "Acme Ltd" for r in rows[1:])
    impermissible = sheet_rows(out, 1)
    assert impermissible[0] == (
        "No.",
        "Donor",
        "Donor status",
        "Address",
        "Value",
        "Received",
        "Returned",
        "Amount returned",
        "Manner of return",
    )
    assert [r[1:] for r in impermissible[1:3]] == [
        (
            "Foreign Corp",
            "Impermissible donor",
            None,
            1000,
            D(2025, 5, 1),
            None,
            None,
            "not yet returned (deadline 2025-05-31)",
        ),
        (
            "Ausland GmbH",
            "Impermissible donor",
            None,
            2000,
            D(2025, 5, 2),
            D(2025, 5, 20),
            2000,
            "returned to the donor by cheque",
        ),
    ]
    assert impermissible[3][4] == 3000
    assert impermissible[3][7] == 2000


def test_uk_company_number_and_the_quarter_a_donor_crosses_in(uk: Ledger, tmp_path: Path) -> None:
    [acme] = [d for d in list_donors(uk) if d.name == "Acme Ltd"]
    donors.set_company_number(uk, acme.id, "01234567")
    gift(uk, "2025-08-01", "Acme Ltd", "0.01", kind="company")  # no: £0.01 is not counted
    gift(uk, "2025-08-02", "Acme Ltd", "600", kind="company")  # £11,780: over in Q3
    out = tmp_path / "q3.xlsx"
    reports.produce_report(uk, "uk-donations", period="2025-Q3", out=out, today=TODAY)
    rows = sheet_rows(out)
    assert [(r[1], r[2], r[4], r[5], r[10]) for r in rows[1:-1]] == [
        ("Acme Ltd", "Company", "01234567", 11180, D(2025, 8, 2)),
        ("Acme Ltd", "Company", "01234567", 600, None),
    ]
    # Q1 reports nobody: no one was over the threshold by the end of March
    q1 = tmp_path / "q1.xlsx"
    assert reports.produce_report(uk, "uk-donations", period="2025-Q1", out=q1).rows == 0
    with pytest.raises(UserError, match="at most 40 characters"):
        donors.set_company_number(uk, acme.id, "9" * 41)
    with pytest.raises(UserError, match="there is no donor with id 999"):
        donors.set_company_number(uk, 999, "1")


def test_uk_a_donation_returned_whole_was_never_accepted(uk: Ledger, tmp_path: Path) -> None:
    """An impermissible company's £15,000, returned on the 17th day, is on the
    impermissible donations' sheet only: not also a reportable donation, accepted, in the
    quarter's total."""
    globex = gift(uk, "2025-04-03", "Globex Holdings Ltd", "15000", kind="company")
    compliance.record_refund(
        uk,
        globex,
        amount="15000",
        date="2025-04-20",
        entry_type=EntryType.RETURN,
        reason="impermissible: returned to the sender",
        today=TODAY,
    )
    out = tmp_path / "q2.xlsx"
    reports.produce_report(uk, "uk-donations", period="2025-Q2", out=out, today=TODAY)
    rows = sheet_rows(out)
    assert [r[1] for r in rows[1:-1]] == ["Olivia Hughes"] * 3
    assert rows[-1][5] == 13410.02
    impermissible = sheet_rows(out, 1)
    assert [(r[1], r[6], r[7]) for r in impermissible[1:-1]] == [
        ("Globex Holdings Ltd", D(2025, 4, 20), 15000),
        ("Foreign Corp", None, None),
        ("Ausland GmbH", D(2025, 5, 20), 2000),
    ]
    # kept past the 30th day, it was accepted (PPERA s.56): reported, though returned later
    late = gift(uk, "2025-05-01", "Late Return Inc", "12000", kind="company")
    compliance.record_refund(
        uk, late, amount="12000", date="2025-06-02", entry_type=EntryType.RETURN, today=TODAY
    )
    reports.produce_report(uk, "uk-donations", period="2025-Q2", out=out, today=TODAY)
    assert [r[1] for r in sheet_rows(out)[1:-1]] == [
        "Olivia Hughes",
        "Olivia Hughes",
        "Late Return Inc",  # received 1 May, in the order received
        "Olivia Hughes",
    ]


@needs_poppler
def test_uk_donations_report_as_pdf(uk: Ledger, tmp_path: Path) -> None:
    out = tmp_path / "q2.pdf"
    reports.produce_report(uk, "uk-donations", period="2025-Q2", out=out, today=TODAY)
    text = pdf_text(out)
    assert "Donations report (PPERA, quarterly)" in text
    assert "Example Party — Period: 2025-Q2" in text
    assert "Olivia Hughes" in text
    assert "13,410.02" in text
    assert "Impermissible donations" in text
    assert "returned to the donor by cheque" in text
    assert "3,000.00" in text
    assert "over £11,180.00 from 2024-01-01" in text
    assert "Page 2 of 2" in text
    assert "Acme Ltd" not in text


# ---------------------------------------------------------------- us
@pytest.fixture
def us(location: LedgerLocation) -> Iterator[Ledger]:
    with open_ledger(location, "us-fec", "USD", "County Party") as ledger:
        ann = {"employer": "Acme", "occupation": "Engineer", "address": "1 Main St"}
        gift(ledger, "2025-01-10", "Ann Lee", "150", **ann)
        gift(ledger, "2025-04-10", "Ann Lee", "50.01")  # 200.01 year to date: itemized
        gift(ledger, "2025-04-11", "Bob Ray", "200")  # exactly 200.00: not itemized
        gift(ledger, "2025-05-11", "Cy Zed", "120", employer="Self", occupation="Writer")
        gift(ledger, "2025-06-11", "Cy Zed", "100")  # 220.00: both of Q2 itemized
        yield ledger


def test_us_schedule_a_itemizes_over_the_threshold(us: Ledger, tmp_path: Path) -> None:
    out = tmp_path / "a.xlsx"
    result = reports.produce_report(us, "us-schedule-a", period="2025-Q2", out=out, today=TODAY)
    assert result.rows == 3
    rows = sheet_rows(out)
    assert rows[0] == (
        "No.",
        "Contributor name",
        "Address",
        "Employer",
        "Occupation",
        "Date received",
        "Amount",
        "Aggregate year-to-date",
    )
    assert [r[1:] for r in rows[1:4]] == [
        ("Ann Lee", "1 Main St", "Acme", "Engineer", D(2025, 4, 10), 50.01, 200.01),
        ("Cy Zed", None, "Self", "Writer", D(2025, 5, 11), 120, 120),
        ("Cy Zed", None, "Self", "Writer", D(2025, 6, 11), 100, 220),
    ]
    assert (rows[4][0], rows[4][6]) == (3, 270.01)
    summary = sheet_rows(out, 1)
    assert summary == [
        ("Line", "Count", "Amount"),
        ("Itemized contributions", 3, 270.01),
        ("Unitemized contributions", 1, 200),  # Bob Ray's 200.00, at the threshold
        ("Total", 4, 470.01),
    ]


@needs_poppler
def test_us_schedule_a_as_pdf(us: Ledger, tmp_path: Path) -> None:
    out = tmp_path / "a.pdf"
    reports.produce_report(us, "us-schedule-a", period="2025", out=out, today=TODAY)
    text = pdf_text(out)
    assert "Schedule A: itemized receipts" in text
    assert "Ann Lee" in text
    assert "Bob Ray" not in text
    assert "420.01" in text  # 150 + 50.01 + 120 + 100 itemized in the year
    assert "Unitemized contributions" in text


# ---------------------------------------------------------------- ca
def test_ca_contributors_over_the_threshold(location: LedgerLocation, tmp_path: Path) -> None:
    with open_ledger(location, "ca", "CAD", "Party of Canada") as ledger:
        gift(ledger, "2025-01-10", "Jean Roy", "200", address="1 rue Principale")
        gift(ledger, "2025-01-11", "Kim Li", "150.01", address="2 Bay St")
        gift(ledger, "2025-03-11", "Kim Li", "50")
        out = tmp_path / "ca.xlsx"
        result = reports.produce_report(ledger, "ca-contributors", period="2025", out=out)
    assert result.rows == 1
    rows = sheet_rows(out)
    assert rows[0] == ("No.", "Contributor", "Address", "Contributions", "Total")
    assert rows[1][1:] == ("Kim Li", "2 Bay St", 2, 200.01)
    assert rows[2][3:] == (2, 200.01)
    assert sheet_rows(out, 1)[1:] == [
        ("Named contributors", 1, 200.01),
        ("Contributors at or under the threshold", 1, 200),
        ("Total", 2, 400.01),
    ]


# ---------------------------------------------------------------- ma
@needs_poppler
def test_ma_annual_is_arabic_by_default_with_a_french_version(
    location: LedgerLocation, tmp_path: Path
) -> None:
    with open_ledger(location, "ma", "MAD", "حزب المثال") as ledger:
        gift(ledger, "2025-01-10", "محمد العلمي", "5000", method="cheque")
        gift(ledger, "2025-02-10", "Claire Dubois", "300", method="in-kind")
        arabic = reports.produce_report(
            ledger, "ma-annual", period="2025", out=tmp_path / "ma.pdf", today=TODAY
        )
        french = reports.produce_report(
            ledger,
            "ma-annual",
            period="2025",
            out=tmp_path / "ma-fr.pdf",
            language="fr",
            today=TODAY,
        )
        xlsx = tmp_path / "ma.xlsx"
        reports.produce_report(ledger, "ma-annual", period="2025", out=xlsx, today=TODAY)
    assert (arabic.language, arabic.rows) == ("ar", 2)
    text = pdf_text(arabic.path)
    title = "البيان السنوي للهبات والتبرعات"
    assert title in text or title[::-1] in text
    assert "محمد العلمي" in text or "يملعلا دمحم" in text
    assert "Claire Dubois" in text
    assert "5,300.00" in text
    french_text = pdf_text(french.path)
    assert "État annuel des dons, legs et libéralités" in french_text
    assert "en nature" in french_text
    assert "5 300,00" in french_text
    rows = sheet_rows(xlsx)
    assert rows[0] == ("رقم", "التاريخ", "المتبرع", "الصفة", "الطبيعة", "طريقة الدفع", "المبلغ")
    assert [r[1:] for r in rows[1:3]] == [
        (D(2025, 1, 10), "محمد العلمي", "شخص", "مالي", "شيك", 5000),
        (D(2025, 2, 10), "Claire Dubois", "شخص", "عيني", "عيني", 300),
    ]
    assert rows[3][6] == 5300


# ---------------------------------------------------------------- which ledger has which
def test_each_profile_lists_its_own_filings(tmp_path: Path) -> None:
    expected = {
        "uk": ["uk-donations"],
        "fr": ["fr-donors", "fr-receipts"],
        "us-fec": ["us-schedule-a"],
        "ma": ["ma-annual"],
        "ca": ["ca-contributors"],
        "custom": [],
    }
    for profile, filings in expected.items():
        location = LedgerLocation.for_path(tmp_path / f"{profile}.db")
        currency = {"uk": "GBP", "fr": "EUR", "us-fec": "USD", "ma": "MAD", "ca": "CAD"}
        with open_ledger(location, profile, currency.get(profile, "EUR"), "P") as ledger:
            ids = [r["id"] for r in reports.list_reports("en", ledger)]
            assert ids[6:] == filings
            if profile == "ca":
                with pytest.raises(UserError, match="a filing of the uk profile"):
                    reports.produce_report(
                        ledger, "uk-donations", period="2025", out=tmp_path / "x.pdf"
                    )
                assert not (tmp_path / "x.pdf").exists()


def test_a_copied_profile_keeps_its_filings(tmp_path: Path) -> None:
    compliance.copy_profile("fr", "fr-2026")
    compliance.copy_profile("uk", "my-party")  # named otherwise: its rule ids say uk
    for profile, filing in (("fr-2026", "fr-donors"), ("my-party", "uk-donations")):
        location = LedgerLocation.for_path(tmp_path / f"{profile}.db")
        currency = "EUR" if profile.startswith("fr") else "GBP"
        with open_ledger(location, profile, currency, "P") as ledger:
            assert filing in [r["id"] for r in reports.list_reports("en", ledger)]
