"""The donations journal and donor totals, read back: the PDF's text (pdftotext) and
the XLSX's cells (openpyxl) hold the same rows and totals, in three languages."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from treasurer.core.errors import UserError
from treasurer.services import compliance, importing, reports
from treasurer.services.ledger import (
    DonationRequest,
    Ledger,
    LedgerLocation,
    add_donation,
    add_unit,
    init_ledger,
    list_donations,
    list_donors,
)

TODAY = dt.date(2025, 12, 31)


def D(year: int, month: int, day: int) -> dt.datetime:
    """openpyxl reads date cells back as naive datetimes at midnight."""
    return dt.datetime(year, month, day)  # noqa: DTZ001 - spreadsheet dates are naive


GIFTS = [
    ("2025-01-10", "Claire Dubois", "150", "transfer", "R1", None),
    ("2025-02-11", "محمد العلمي", "1 234,56", "cash", "R2", "Rabat"),
    ("2025-02-12", '=HYPERLINK("http://x")', "20", "card", "R3", None),
    ("2025-04-01", "Jean Martin", "75,50", "cheque", "R4", "Rabat"),
    ("2024-12-31", "Old Gift", "999", "transfer", "R0", None),
]


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    location = LedgerLocation.for_path(tmp_path / "l.db")
    init_ledger(location, name="Parti Exemple", jurisdiction="fr", currency="EUR")
    with Ledger.open(location) as opened:
        add_unit(opened, "Rabat")
        for date, donor, amount, method, ref, unit in GIFTS:
            add_donation(
                opened,
                DonationRequest(
                    date=date, donor=donor, amount=amount, method=method, reference=ref, unit=unit
                ),
                today=TODAY,
            )
        yield opened


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return unicodedata.normalize("NFKC", out)


# CI (scripts/test.sh sets TREASURER_REQUIRE_TOOLS) runs these whatever: a missing tool fails
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None and not os.environ.get("TREASURER_REQUIRE_TOOLS"),
    reason="poppler-utils",
)


def test_the_journal_as_xlsx_has_typed_cells_and_totals(ledger: Ledger, tmp_path: Path) -> None:
    out = tmp_path / "journal.xlsx"
    result = reports.produce_report(
        ledger, "donations-journal", period="2025-Q1", out=out, today=TODAY
    )
    assert (result.rows, result.period) == (3, "2025-Q1")
    sheet = openpyxl.load_workbook(out).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("No.", "Date", "Donor", "Kind", "Method", "Reference", "Unit", "Amount")
    assert [r[1:] for r in rows[1:4]] == [
        (D(2025, 1, 10), "Claire Dubois", "individual", "transfer", "R1", None, 150),
        (D(2025, 2, 11), "محمد العلمي", "individual", "cash", "R2", "Rabat", 1234.56),
        (D(2025, 2, 12), '=HYPERLINK("http://x")', "individual", "card", "R3", None, 20),
    ]
    assert rows[4] == (3, None, None, None, None, None, None, 1404.56)
    cells = list(sheet.iter_rows(min_row=2, max_row=4))
    assert cells[2][2].data_type == "s"  # a name like a formula stays text
    assert cells[1][1].is_date
    assert cells[1][7].number_format == "#,##0.00"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:H4"


@needs_poppler
def test_the_journal_as_pdf_in_three_languages(ledger: Ledger, tmp_path: Path) -> None:
    english = pdf_text(
        reports.produce_report(
            ledger, "donations-journal", period="2025", out=tmp_path / "en.pdf", today=TODAY
        ).path
    )
    assert "Donations journal" in english
    assert "Parti Exemple — Period: 2025" in english
    assert "Generated on 2025-12-31" in english
    assert "Page 1 of 1" in english
    assert "Claire Dubois" in english
    assert "1,234.56" in english
    assert "1,480.06" in english  # 150 + 1,234.56 + 20 + 75.50
    assert "Old Gift" not in english  # 2024 is outside the period
    assert "محمد العلمي" in english or "يملعلا دمحم" in english
    french = pdf_text(
        reports.produce_report(
            ledger,
            "donations-journal",
            period="2025",
            out=tmp_path / "fr.pdf",
            language="fr",
            today=TODAY,
        ).path
    )
    assert "Journal des dons" in french
    assert "espèces" in french
    assert "1 480,06" in french  # NNBSP becomes a space under NFKC
    arabic = pdf_text(
        reports.produce_report(
            ledger,
            "donations-journal",
            period="2025",
            out=tmp_path / "ar.pdf",
            language="ar",
            today=TODAY,
        ).path
    )
    assert "سجل التبرعات" in arabic or "تاعربتلا لجس" in arabic
    assert "نقدا" in arabic or "ادقن" in arabic
    assert "1,480.06" in arabic


def test_donor_totals_by_unit(ledger: Ledger, tmp_path: Path) -> None:
    out = tmp_path / "totals.xlsx"
    result = reports.produce_report(
        ledger, "donor-totals", period="2025", unit="Rabat", out=out, language="fr", today=TODAY
    )
    assert result.rows == 2
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[0] == ("N°", "Donateur", "Type", "Ville", "Opérations", "Total")
    assert [r[1:] for r in rows[1:3]] == [
        ("محمد العلمي", "personne", None, 1, 1234.56),
        ("Jean Martin", "personne", None, 1, 75.5),
    ]
    assert rows[3][4:] == (2, 1310.06)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"report": "balance-sheet"}, "there is no report 'balance-sheet'"),
        ({"period": "2025-Q5"}, "is not a period like 2025"),
        ({"period": "2025-03-01..2025-02-01"}, "ends before it starts"),
        ({"unit": "Nowhere"}, "there is no accounting unit named 'Nowhere'"),
        ({"language": "de"}, "reports are written in en, fr or ar"),
        ({"out": "x.docx"}, "must end in .pdf or .xlsx"),
    ],
)
def test_bad_requests_are_refused(
    ledger: Ledger, tmp_path: Path, kwargs: dict, message: str
) -> None:
    args: dict = {"report": "donations-journal", "period": "2025", "out": "r.pdf"} | kwargs
    args["out"] = tmp_path / args["out"]
    with pytest.raises(UserError, match=message):
        reports.produce_report(ledger, args.pop("report"), **args)
    assert not (tmp_path / "r.pdf").exists()


def test_the_list_of_reports(ledger: Ledger) -> None:
    assert [r["id"] for r in reports.list_reports("fr")] == [
        "donations-journal",
        "donor-totals",
        "refunds",
        "flags",
        "large-donations",
        "year-end",
    ]
    assert reports.list_reports("ar")[0]["title"] == "سجل التبرعات"


def test_the_year_end_package_reconciles(ledger: Ledger, tmp_path: Path) -> None:
    [claire] = [d for d in list_donors(ledger) if d.name == "Claire Dubois"]
    donations = {d.donor_id: d.id for d in list_donations(ledger)}
    compliance.record_refund(
        ledger, donations[claire.id], amount="50", date="2025-03-01", today=TODAY
    )
    out = tmp_path / "year-end.xlsx"
    result = reports.produce_report(ledger, "year-end", period="2025", out=out, today=TODAY)
    assert result.rows == 5  # the journal sheet: four gifts of 2025 and the refund
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [
        "Summary",
        "Donations journal",
        "Donor totals",
        "Flags",
        "Refunds and returns",
        "Import batches",
        "Audit summary",
        "Info",
    ]
    summary = list(book["Summary"].iter_rows(values_only=True))
    assert summary[0] == (
        "Currency",
        "Unit",
        "Donations",
        "Gross",
        "Refunds/returns",
        "Given back",
        "Net",
        "Processor fees",
        "Net of fees",
    )
    assert summary[1:] == [
        ("EUR", None, 2, 170, 1, 50, 120, 0, 120),
        ("EUR", "Rabat", 2, 1310.06, 0, 0, 1310.06, 0, 1310.06),
        ("Total", None, 4, 1480.06, 1, 50, 1430.06, 0, 1430.06),
    ]
    journal = list(book["Donations journal"].iter_rows(values_only=True))
    assert journal[-1][-1] == 1430.06  # the summary's net is the journal's total
    refunds = list(book["Refunds and returns"].iter_rows(values_only=True))
    assert refunds[1][2:] == (
        "Claire Dubois",
        "refund",
        donations[claire.id],
        D(2025, 1, 10),
        None,
        50,
    )
    audit = {row[0]: row[2] for row in book["Audit summary"].iter_rows(min_row=2, values_only=True)}
    assert audit["donation.add"] == 5
    assert audit["donation.refund"] == 1
    with pytest.raises(UserError, match="the year-end package is an XLSX workbook"):
        reports.produce_report(ledger, "year-end", period="2025", out=tmp_path / "y.pdf")


def test_the_year_end_summary_counts_the_processors_fees(tmp_path: Path) -> None:
    """A Stripe export: six gifts at their gross (the USD cards at what the account got),
    two refunds, and the fee Stripe kept on each gift: the summary gives the fees and what
    reached the party's account once they are taken."""
    location = LedgerLocation.for_path(tmp_path / "stripe.db")
    init_ledger(location, name="Parti", jurisdiction="fr", currency="EUR")
    export = Path(__file__).parents[1] / "importers/samples/platforms/stripe.csv"
    out = tmp_path / "year-end.xlsx"
    with Ledger.open(location) as opened:
        report = importing.import_file(opened, export, today=TODAY)
        assert (report.new, report.refunds, report.fees) == (6, 2, 6)
        reports.produce_report(opened, "year-end", period="2025", out=out, today=TODAY)
    summary = list(openpyxl.load_workbook(out)["Summary"].iter_rows(values_only=True))
    assert summary[1:] == [
        ("EUR", None, 6, 1855.41, 2, 70, 1785.41, 30.13, 1755.28),
        ("Total", None, 6, 1855.41, 2, 70, 1785.41, 30.13, 1755.28),
    ]


@pytest.mark.parametrize(
    ("sample", "currency", "fees", "summary"),
    [
        # four gifts' fees (1.95 + 1.17 + 29.30 + 0.74), less the 0.68 PayPal gave back on
        # Yasmine's refund: net of fees 1,032.52, the sum of the file's Net column
        ("paypal.csv", "USD", 5, ("USD", None, 4, 1090, 1, 25, 1065, 32.48, 1032.52)),
        # four charges' fees (0.95 + 3.04 + 0.55 + 17.05) and the dispute's 15.00: net of
        # fees 1,213.41, the sum of the imported rows' net
        (
            "stripe-balance.csv",
            "EUR",
            5,
            ("EUR", None, 4, 1362.31, 2, 112.31, 1250, 36.59, 1213.41),
        ),
    ],
)
def test_the_fees_of_refunds_and_disputes_count_in_the_year_end(
    tmp_path: Path, sample: str, currency: str, fees: int, summary: tuple[object, ...]
) -> None:
    """What a processor gave back of its fee on a refund (PayPal), or took for a dispute
    (Stripe's 15.00), counts in the fees: the net of fees is what reached the account."""
    location = LedgerLocation.for_path(tmp_path / "fees.db")
    init_ledger(location, name="Party", jurisdiction="custom", currency=currency)
    export = Path(__file__).parents[1] / "importers/samples/platforms" / sample
    out = tmp_path / "year-end.xlsx"
    with Ledger.open(location) as opened:
        report = importing.import_file(opened, export, today=TODAY)
        assert (report.errors, report.fees) == ([], fees)
        reports.produce_report(opened, "year-end", period="2025", out=out, today=TODAY)
    rows = list(openpyxl.load_workbook(out)["Summary"].iter_rows(values_only=True))
    assert rows[1] == summary


def test_the_register_of_large_donations_shows_the_checks(tmp_path: Path) -> None:
    location = LedgerLocation.for_path(tmp_path / "uk.db")
    init_ledger(location, name="Party", jurisdiction="uk", currency="GBP")
    with Ledger.open(location) as uk:
        big = add_donation(
            uk,
            DonationRequest(
                date="2025-02-01", donor="Olivia Hughes", amount="£900", address="1 High St"
            ),
            today=TODAY,
        )
        add_donation(
            uk,
            DonationRequest(
                date="2025-02-02", donor="Jack Brown", amount="£500", address="2 High St"
            ),
            today=TODAY,
        )
        compliance.record_check(
            uk,
            big.donor_id,
            date="2025-02-03",
            permissible=True,
            method="electoral-register",
            today=TODAY,
        )
        out = tmp_path / "large.xlsx"
        result = reports.produce_report(uk, "large-donations", period="2025", out=out, today=TODAY)
    assert result.rows == 1  # over £500, the profile's lowest threshold; £500 itself is not
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[1][2:] == (
        "Olivia Hughes",
        "individual",
        "1 High St",
        "transfer",
        "2025-02-03 electoral-register: permissible",
        900,  # received
        None,  # nothing given back
        900,  # value accepted
    )
