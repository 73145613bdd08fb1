"""Every XLSX report of every profile, opened by LibreOffice (``--convert-to csv``, all
sheets, cells as shown): it reads each sheet, shows amounts with their format, keeps text
that looks like a formula as text, and the totals it shows are the sums of the rows."""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from treasurer.services import compliance, demo, receipts, reports
from treasurer.services.ledger import (
    DonationRequest,
    Ledger,
    LedgerLocation,
    add_donation,
    init_ledger,
)

END = dt.date(2025, 12, 31)
PROFILES = {"uk": "GBP", "fr": "EUR", "us-fec": "USD", "ma": "MAD", "ca": "CAD", "custom": "EUR"}
FORMULA_NAME = "=1+1 Hacker"
# CSV export filter: comma, double quotes, UTF-8, from line 1, cells as shown, every sheet
FILTER = "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,true,false,false,-1"


def libreoffice() -> str:
    found = shutil.which("libreoffice") or shutil.which("soffice")
    if found is None:
        if os.environ.get("TREASURER_REQUIRE_TOOLS"):
            pytest.fail("LibreOffice is not installed: scripts/setup.sh test installs it")
        pytest.skip("LibreOffice is not installed (scripts/test.sh installs it)")
    return found


def make_reports(folder: Path) -> list[Path]:
    written = []
    for profile, currency in PROFILES.items():
        location = LedgerLocation.for_path(folder / f"{profile}.db")
        init_ledger(location, name=f"Party {profile}", jurisdiction=profile, currency=currency)
        with Ledger.open(location) as ledger:
            demo.generate_demo(ledger, donations=150, seed=3, end=END)
            add_donation(
                ledger,
                DonationRequest(
                    date="2025-06-01",
                    donor=FORMULA_NAME,
                    amount="10",
                    method="transfer",
                    address="1 Main St",
                    postcode="12345",
                    city="Town",
                    employer="Self",
                    occupation="Tester",
                ),
                today=END,
            )
            compliance.check_ledger(ledger, today=END)
            if profile == "fr":
                receipts.add_range(ledger, 1000, 9999)
            for entry in reports.list_reports(ledger=ledger):
                out = folder / "xlsx" / f"{profile}_{entry['id']}.xlsx"
                threshold = "1000" if entry["id"] == "large-donations" else None
                reports.produce_report(
                    ledger, entry["id"], period="2025", out=out, threshold=threshold, today=END
                )
                written.append(out)
    return written


def amount(text: str) -> Decimal:
    return Decimal(text.replace(",", "")) if text else Decimal(0)


def test_libreoffice_opens_every_xlsx_report(tmp_path: Path) -> None:
    office = libreoffice()
    files = make_reports(tmp_path)
    assert len(files) >= 6 * 6 + 5  # six reports each, and each profile's filings
    out = tmp_path / "csv"
    result = subprocess.run(
        [
            office,
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            FILTER,
            "--outdir",
            str(out),
            *map(str, files),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    journals = 0
    for path in files:
        book = openpyxl.load_workbook(path, read_only=True)
        for sheet in book.sheetnames:
            exported = out / f"{path.stem}-{sheet}.csv"
            assert exported.exists(), f"LibreOffice did not read sheet {sheet!r} of {path.name}"
            with exported.open(encoding="utf-8", newline="") as handle:
                rows = list(csv.reader(handle))
            first = next(book[sheet].iter_rows(max_row=1, values_only=True))
            assert rows[0][: len(first)] == [str(v) if v is not None else "" for v in first]
            if sheet == "Donations journal":
                journals += 1
                header = rows[0]
                column = header.index("Amount")
                body, total = rows[1:-1], rows[-1]
                assert all(r[column].count(".") == 1 for r in body)  # "1,250.00": as shown
                assert amount(total[column]) == sum(amount(r[column]) for r in body)
                names = {r[header.index("Donor")] for r in body}
                assert FORMULA_NAME in names  # text, not the formula's result
        book.close()
    assert journals == len(PROFILES) * 2  # the journal report and the year-end's sheet
