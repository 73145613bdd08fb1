"""Closed periods: changes to their donations are refused unless made as amendments, which
are recorded, audited and listed for the amended report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.cli.support import run as run_cli
from tests.cli.support import run_json
from treasurer.core.errors import UserError
from treasurer.services import compliance, donations, importing, periods
from treasurer.services.audit import audit_log, verify_audit
from treasurer.services.ledger import (
    DonationRequest,
    Ledger,
    LedgerLocation,
    add_donation,
    init_ledger,
    ledger_info,
    update_settings,
)

TODAY = dt.date(2025, 12, 31)
REFUSED = (
    "is dated 2025-02-10, in period 2025-Q1, which alice closed on {day} (filed); a change "
    "to a filed period is an amendment: repeat the command with --amend (and a --reason) to "
    "record it as one"
)


@pytest.fixture
def ledger(location: LedgerLocation) -> Iterator[Ledger]:
    init_ledger(location, name="P", jurisdiction="fr", currency="EUR")
    with Ledger.open(location) as opened:
        update_settings(opened, user_name="alice")
        yield opened


def add(ledger: Ledger, **fields: Any) -> Any:
    values: dict[str, Any] = {"date": "2025-02-10", "donor": "Claire Dubois", "amount": "100"}
    return add_donation(ledger, DonationRequest(**(values | fields)), today=TODAY)


def refused(what: str) -> str:
    return f"{what} " + REFUSED.format(day=dt.date.today().isoformat())


def test_a_closed_period_refuses_changes_unless_amended(ledger: Ledger, tmp_path: Path) -> None:
    first = add(ledger)
    later = add(ledger, date="2025-05-01", amount="40")
    closed = periods.close_period(ledger, "2025-q1", today=TODAY)
    assert (closed["period"], closed["start"], closed["end"]) == (
        "2025-Q1",
        "2025-01-01",
        "2025-03-31",
    )
    assert (closed["backup"] is not None) == (ledger.location.path is not None)
    with pytest.raises(UserError, match="period 2025-Q1 is already closed"):
        periods.close_period(ledger, "2025-Q1", today=TODAY)
    before = ledger_info(ledger)

    with pytest.raises(UserError) as caught:
        add(ledger, amount="25")
    assert str(caught.value) == refused("the donation")
    with pytest.raises(UserError) as caught:
        donations.edit_donation(ledger, first.donation_id, amount="90", today=TODAY)
    assert str(caught.value) == refused(f"donation {first.donation_id}")
    with pytest.raises(UserError, match="in period 2025-Q1"):
        donations.delete_donation(ledger, first.donation_id, reason="x", today=TODAY)
    with pytest.raises(UserError, match="in period 2025-Q1"):  # moved into the period
        donations.edit_donation(ledger, later.donation_id, date="2025-03-31", today=TODAY)
    with pytest.raises(UserError, match="in period 2025-Q1"):
        compliance.record_refund(ledger, first.donation_id, amount="10", date="2025-03-01")
    assert ledger_info(ledger) == before  # nothing changed

    # outside the period, nothing is asked
    donations.edit_donation(ledger, later.donation_id, notes="ok", today=TODAY)
    # as amendments
    late = add_donation(
        ledger,
        DonationRequest(date="2025-02-11", donor="Jean Martin", amount="60"),
        today=TODAY,
        amend=True,
        reason="cheque found in a drawer",
    )
    donations.edit_donation(
        ledger, first.donation_id, amount="90", amend=True, reason="bank says 90", today=TODAY
    )
    donations.delete_donation(
        ledger, late.donation_id, reason="it was a 2024 cheque", amend=True, today=TODAY
    )
    changes = periods.amendments(ledger, "2025-Q1")
    assert [(c["action"], c["actor"], c["reason"]) for c in changes] == [
        ("add", "alice", "cheque found in a drawer"),
        ("edit", "alice", "bank says 90"),
        ("delete", "alice", "it was a 2024 cheque"),
    ]
    assert changes[1]["before"]["amount"] == "100.00"
    assert changes[1]["after"]["amount"] == "90.00"
    assert changes[2]["after"] is None
    assert periods.amendments(ledger, "2025") == changes  # a report of the whole year
    assert periods.amendments(ledger, "2025-Q2") == []
    entry = {e["id"]: e["action"] for e in audit_log(ledger)}
    assert [entry[c["audit_entry"]] for c in changes] == [
        "donation.amend",
        "donation.amend",
        "donation.delete",
    ]
    listed = periods.list_periods(ledger)
    assert [(p["period"], p["amendments"]) for p in listed] == [("2025-Q1", 3)]
    assert verify_audit(ledger).ok


def test_an_import_into_a_closed_period_is_refused_whole(ledger: Ledger, tmp_path: Path) -> None:
    periods.close_period(ledger, "2025-Q1", today=TODAY)
    mapping = tmp_path / "m.toml"
    mapping.write_text(
        'id = "m"\nname = "m"\n[columns]\ndate = ["Date"]\ndonor = ["Name"]\n'
        'amount = ["Amount"]\nreference = ["Ref"]\n',
        encoding="utf-8",
    )
    path = tmp_path / "dons.csv"
    path.write_text(
        "Date;Name;Amount;Ref\n01/04/2025;A;10;R1\n15/03/2025;B;20;R2\n", encoding="utf-8"
    )
    before = ledger_info(ledger)
    with pytest.raises(UserError) as caught:
        importing.import_file(ledger, path, mapping=mapping, today=TODAY)
    assert str(caught.value) == (
        "the file has entries dated in period 2025-Q1 (the first on 2025-03-15), which alice "
        "closed (filed); nothing was imported. Remove those rows and record them one by one "
        "with 'treasurer add … --amend', so that the amended report lists them"
    )
    assert ledger_info(ledger).counts == before.counts
    assert verify_audit(ledger).ok


def test_undoing_an_import_of_a_closed_period_is_refused(ledger: Ledger, tmp_path: Path) -> None:
    mapping = tmp_path / "m.toml"
    mapping.write_text(
        'id = "m"\nname = "m"\n[columns]\ndate = ["Date"]\ndonor = ["Name"]\n'
        'amount = ["Amount"]\nreference = ["Ref"]\n',
        encoding="utf-8",
    )
    path = tmp_path / "dons.csv"
    path.write_text("Date;Name;Amount;Ref\n15/03/2025;B;20;R2\n", encoding="utf-8")
    batch = importing.import_file(ledger, path, mapping=mapping, today=TODAY).batch_id
    assert batch is not None
    periods.close_period(ledger, "2025-Q1", today=TODAY)
    with pytest.raises(UserError, match=r"import batch 1 has entries dated in period 2025-Q1"):
        importing.undo_import(ledger, batch, today=TODAY)


def test_the_cli_closes_and_lists_periods(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = str(tmp_path / "l.db")
    base = ("--ledger", ledger)
    run_json(capsys, *base, "init", "--name", "P", "--jurisdiction", "fr", "--currency", "EUR")
    run_json(capsys, *base, "add", "--date", "2025-02-10", "--donor", "A", "--amount", "5")
    closed = run_json(capsys, *base, "period", "close", "2025-Q1")
    assert closed["period"] == "2025-Q1"
    assert Path(closed["backup"]).is_file()
    code, _out, err = run_cli(
        capsys, *base, "add", "--date", "2025-02-11", "--donor", "A", "--amount", "5"
    )
    assert code == 2
    assert "in period 2025-Q1" in err
    assert "repeat the command with --amend" in err
    run_json(
        capsys,
        *base,
        "donation",
        "edit",
        "1",
        "--amount",
        "6",
        "--amend",
        "--reason",
        "receipt says 6",
    )
    [listed] = run_json(capsys, *base, "periods")
    assert (listed["period"], listed["amendments"]) == ("2025-Q1", 1)
    [change] = run_json(capsys, *base, "period", "amendments", "2025-Q1")
    assert (change["before"]["amount"], change["after"]["amount"]) == ("5.00", "6.00")
