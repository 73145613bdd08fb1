"""The filings and receipts from the command line: what `reports` offers each ledger,
`report KIND --lang`, the receipt commands and their one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from tests.cli.support import run, run_json


def ledger_at(tmp_path: Path, capsys: pytest.CaptureFixture[str], jurisdiction: str) -> str:
    currency = {"fr": "EUR", "uk": "GBP", "ma": "MAD", "us-fec": "USD", "ca": "CAD"}
    path = str(tmp_path / f"{jurisdiction}.db")
    code, _, err = run(
        capsys,
        "--ledger",
        path,
        "init",
        "--name",
        "Parti Exemple",
        "--jurisdiction",
        jurisdiction,
        "--currency",
        currency[jurisdiction],
    )
    assert code == 0, err
    return path


def test_reports_lists_the_filings_of_the_ledgers_profile(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fr = ledger_at(tmp_path, capsys, "fr")
    ids = [r["id"] for r in run_json(capsys, "--ledger", fr, "reports")]
    assert ids[-2:] == ["fr-donors", "fr-receipts"]
    assert "uk-donations" not in ids
    code, out, _ = run(capsys, "--ledger", fr, "--lang", "fr", "reports")
    assert code == 0
    assert "fr-receipts        Registre des reçus-dons" in out
    # without a ledger: the reports every ledger has
    nowhere = str(tmp_path / "none.db")
    assert len(run_json(capsys, "--ledger", nowhere, "reports")) == 6


def test_receipts_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fr = ledger_at(tmp_path, capsys, "fr")
    for date, donor, amount in (
        ("2025-02-01", "Claire Dubois", "150"),
        ("01/03/2025", "Jean Martin", "40"),
    ):
        # with the tax address and country a receipt states (else it is withheld)
        where = ["--address", "1 rue Haute", "--city", "Paris", "--country", "FR"]
        code, _, err = run(
            capsys, "--ledger", fr, "add", "--date", date, "--donor", donor, "--amount", amount,
            *where,
        )  # fmt: skip
        assert code == 0, err
    code, _, err = run(
        capsys, "--ledger", fr, "receipts", "--period", "2025", "--out", str(tmp_path / "r.pdf")
    )
    assert code == 2
    assert err == (
        "treasurer: error: 2 donations of 2025 need a receipt but the ranges recorded have 0 "
        "unused numbers left: 2 more are needed. Record the next range the CNCCFP sends with "
        "'treasurer receipt-range add START END'; no number was given\n"
    )
    code, out, _ = run(
        capsys, "--ledger", fr, "receipt-range", "add", "100", "104", "--note", "lot A"
    )
    assert (code, out) == (0, "Recorded receipt forms 100 to 104 (5 forms)\n")
    code, _, err = run(capsys, "--ledger", fr, "receipt-range", "add", "104", "100")
    assert code == 2
    assert "the range 104-100 ends before it starts" in err
    code, _, err = run(capsys, "--ledger", fr, "receipt-range", "add", "90", "100")
    assert "overlaps the range 100-104 already recorded" in err
    code, out, _ = run(
        capsys, "--ledger", fr, "receipts", "--period", "2025", "--out", str(tmp_path / "r.pdf")
    )
    assert (code, out) == (
        0,
        f"Wrote 2 receipts of 2025 to {tmp_path / 'r.pdf'} (2 newly numbered)\n",
    )
    code, _, err = run(capsys, "--ledger", fr, "receipt", "void", "7", "--reason", "x")
    assert (code, err) == (
        2,
        "treasurer: error: receipt number 7 is in none of the ranges recorded "
        "(see 'treasurer receipt-ranges')\n",
    )
    voided = run_json(capsys, "--ledger", fr, "receipt", "void", "101", "--reason", "torn")
    assert voided["was"] == "issued"
    ranges = run_json(capsys, "--ledger", fr, "receipt-ranges")
    assert ranges == [
        {"first": 100, "last": 104, "size": 5, "issued": 1, "void": 1, "unused": 3, "note": "lot A"}
    ]
    out_xlsx = tmp_path / "register.xlsx"
    result = run_json(
        capsys, "--ledger", fr, "report", "fr-receipts", "--period", "2025", "--out", str(out_xlsx)
    )
    assert (result["language"], result["rows"]) == ("fr", 3)
    book = openpyxl.load_workbook(out_xlsx)
    assert [r[0] for r in book.worksheets[0].iter_rows(min_row=2, max_row=4, values_only=True)] == [
        100,
        101,
        102,
    ]
    assert list(book.worksheets[1].iter_rows(min_row=2, max_row=2, values_only=True)) == [
        (103, 104, 2)
    ]


def test_report_language_after_the_command_and_each_filings_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ma = ledger_at(tmp_path, capsys, "ma")
    run(
        capsys,
        "--ledger",
        ma,
        "add",
        "--date",
        "2025-02-01",
        "--donor",
        "محمد العلمي",
        "--amount",
        "900",
    )
    own = run_json(
        capsys,
        "--ledger",
        ma,
        "report",
        "ma-annual",
        "--period",
        "2025",
        "--out",
        str(tmp_path / "a.xlsx"),
    )
    assert own["language"] == "ar"
    french = run_json(
        capsys,
        "--ledger",
        ma,
        "report",
        "ma-annual",
        "--period",
        "2025",
        "--lang",
        "fr",
        "--out",
        str(tmp_path / "f.xlsx"),
    )
    assert french["language"] == "fr"
    english = run_json(
        capsys,
        "--ledger",
        ma,
        "--lang",
        "en",
        "report",
        "ma-annual",
        "--period",
        "2025",
        "--out",
        str(tmp_path / "e.xlsx"),
    )
    assert english["language"] == "en"
    code, _, err = run(
        capsys,
        "--ledger",
        ma,
        "report",
        "uk-donations",
        "--period",
        "2025",
        "--out",
        str(tmp_path / "u.pdf"),
    )
    assert code == 2
    assert "the report uk-donations is a filing of the uk profile" in err
    code, _, err = run(
        capsys, "--ledger", ma, "receipts", "--period", "2025", "--out", str(tmp_path / "r")
    )
    assert code == 2
    assert "receipts are France's reçus-dons" in err
    assert not (tmp_path / "r").exists()


def test_a_company_number_for_the_uk_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    uk = ledger_at(tmp_path, capsys, "uk")
    added = run_json(
        capsys,
        "--ledger",
        uk,
        "add",
        "--date",
        "2025-02-01",
        "--donor",
        "Acme Ltd",
        "--kind",
        "company",
        "--amount",
        "12000",
    )
    donor = str(added["donor_id"])
    code, out, _ = run(capsys, "--ledger", uk, "donor", "company-number", donor, "01234567")
    assert (code, out) == (0, f"Donor {donor}: company number 01234567\n")
    out_xlsx = tmp_path / "uk.xlsx"
    run_json(
        capsys,
        "--ledger",
        uk,
        "report",
        "uk-donations",
        "--period",
        "2025-Q1",
        "--out",
        str(out_xlsx),
    )
    row = next(
        openpyxl.load_workbook(out_xlsx)
        .worksheets[0]
        .iter_rows(min_row=2, max_row=2, values_only=True)
    )
    assert row[1:6] == ("Acme Ltd", "Company", None, "01234567", 12000)
    assert json.dumps(row[6:7], default=str) == '["2025-02-01 00:00:00"]'
