"""A report of a closed period changed since (``--amend``) says it is amended and lists
what changed, in the PDF and in the workbook; other periods' reports do not."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from treasurer.services import donations, periods, reports
from treasurer.services.ledger import (
    DonationRequest,
    Ledger,
    LedgerLocation,
    add_donation,
    init_ledger,
)

TODAY = dt.date(2025, 12, 31)


@pytest.fixture
def ledger(location: LedgerLocation) -> Iterator[Ledger]:
    init_ledger(location, name="Parti", jurisdiction="fr", currency="EUR")
    with Ledger.open(location) as opened:
        yield opened


def test_a_report_of_an_amended_period_lists_the_changes(ledger: Ledger, tmp_path: Path) -> None:
    request = DonationRequest(
        date="2025-02-10", donor="Claire Dubois", amount="150", method="cheque"
    )
    gift = int(add_donation(ledger, request, today=TODAY).donation_id)
    add_donation(
        ledger,
        DonationRequest(date="2025-05-10", donor="Jean Martin", amount="40", method="cash"),
        today=TODAY,
    )
    periods.close_period(ledger, "2025-Q1", today=TODAY)
    donations.edit_donation(
        ledger, gift, amount="105", reason="cheque misread", amend=True, today=TODAY
    )

    pdf = tmp_path / "q1.pdf"
    reports.produce_report(ledger, "donations-journal", period="2025-Q1", out=pdf, today=TODAY)
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "Amended: Donations journal" in text
    assert "Amended report: 1 change(s) after the period was closed" in text
    assert "amount 150.00" in text
    assert "amount 105.00" in text
    assert "reason: cheque misread" in text

    book = tmp_path / "q1.xlsx"
    reports.produce_report(ledger, "year-end", period="2025", out=book, today=TODAY)
    info = [row[0] for row in openpyxl.load_workbook(book)["Info"].iter_rows(values_only=True)]
    assert any(str(v).startswith("Amended report: 1 change(s)") for v in info)

    q2 = tmp_path / "q2.pdf"
    reports.produce_report(ledger, "donations-journal", period="2025-Q2", out=q2, today=TODAY)
    plain = subprocess.run(["pdftotext", str(q2), "-"], capture_output=True, text=True, check=True)
    assert "Amended" not in plain.stdout
