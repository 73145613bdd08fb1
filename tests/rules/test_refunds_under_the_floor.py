"""A refund under the UK's £500 floor, through the CLI as a new user met it: the floor
applies to gifts, so £400 given back from a gift of £11,000 lowers the donor's aggregate,
and the reportable flag agrees with the donor's total in `donors`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.support import run_json

HEADER = "Date,Donor,Amount,Reference,Refund of,Method\n"


def _flags(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, rows: str
) -> tuple[str, list[tuple[str, str, str]]]:
    """The donor's total in `donors`, and each flag's kind, total and message."""
    ledger = str(tmp_path / "uk.db")
    init = ("init", "--name", "P", "--jurisdiction", "uk", "--currency", "GBP")
    run_json(capsys, "--ledger", ledger, *init)
    path = tmp_path / "gifts.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    report = run_json(capsys, "--ledger", ledger, "import", str(path))
    assert (report["refunds"], report["errors"]) == (1, [])
    (donor,) = run_json(capsys, "--ledger", ledger, "donors")
    flags = run_json(capsys, "--ledger", ledger, "flags")
    return donor["total"], [(f["kind"], f["total"], f["message"]) for f in flags]


def test_the_trials_refund_of_400_keeps_the_donor_at_the_threshold(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rows = (
        '01/04/2025,Nina Owen,"11,000.00",NO1,,transfer\n'
        "05/04/2025,Nina Owen,-400.00,NO1R,NO1,transfer\n"
        "10/04/2025,Nina Owen,580.00,NO2,,transfer\n"
    )
    total, flags = _flags(capsys, tmp_path, rows)
    assert total == "11180.00"
    assert [(kind, amount) for kind, amount, _ in flags] == [
        ("permissibility_check", "10600.00"),
        ("permissibility_check", "580.00"),
    ]


def test_one_penny_more_is_reportable_at_the_donors_total(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rows = (
        '01/04/2025,Nina Owen,"11,000.00",NO1,,transfer\n'
        "05/04/2025,Nina Owen,-400.00,NO1R,NO1,transfer\n"
        "10/04/2025,Nina Owen,580.01,NO2,,transfer\n"
    )
    total, flags = _flags(capsys, tmp_path, rows)
    assert total == "11180.01"
    (reportable,) = [f for f in flags if f[0] == "reportable"]
    assert reportable[1] == "11180.01"
    assert reportable[2].startswith(
        "Nina Owen has given £11,180.01 in 2025, over the reporting threshold of £11,180.00."
    )
