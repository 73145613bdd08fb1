"""Donor privacy: subject access export, marketing consent and mailing lists (no formula
from a donor's text), and pseudonymisation after the keeping period (audit still whole)."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.cli.support import run_json
from treasurer.core.errors import UserError
from treasurer.core.export import csv_safe
from treasurer.services import compliance, privacy
from treasurer.services.audit import audit_log, verify_audit
from treasurer.services.ledger import (
    DonationRequest,
    Ledger,
    LedgerLocation,
    add_donation,
    init_ledger,
    list_donors,
    update_settings,
)

TODAY = dt.date(2025, 12, 31)


@pytest.fixture
def ledger(location: LedgerLocation) -> Iterator[Ledger]:
    init_ledger(location, name="P", jurisdiction="fr", currency="EUR")
    with Ledger.open(location) as opened:
        yield opened


def add(ledger: Ledger, **fields: Any) -> Any:
    values: dict[str, Any] = {"date": "2025-03-01", "donor": "Claire Dubois", "amount": "100"}
    return add_donation(ledger, DonationRequest(**(values | fields)), today=TODAY)


def test_a_donor_export_holds_everything_about_them(ledger: Ledger, tmp_path: Path) -> None:
    first = add(ledger, email="claire@example.org", address="1 rue X", notes="gala dinner")
    add(ledger, amount="7500", date="2025-04-01")
    compliance.record_refund(ledger, first.donation_id, amount="40", date="2025-03-05", today=TODAY)
    typo = add(ledger, donor="C. Dubois", amount="5")
    compliance.merge_donors(ledger, first.donor_id, typo.donor_id, today=TODAY)
    out = tmp_path / "claire.json"
    result = privacy.export_donor(ledger, first.donor_id, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["donor"]["name"] == "Claire Dubois"
    assert document["donor"]["email"] == "claire@example.org"
    assert [d["name"] for d in document["merged_donors"]] == ["C. Dubois"]
    assert sorted((d["type"], d["amount_minor"]) for d in document["donations"]) == [
        ("donation", 500),
        ("donation", 10000),
        ("donation", 750000),
        ("refund", -4000),
    ]
    assert "over_limit" in [f["kind"] for f in document["flags"]]
    actions = [e["action"] for e in document["audit_entries"]]
    assert actions[:3] == ["donor.add", "donation.add", "donation.add"]
    assert "donor.merge" in actions
    assert result["donations"] == 4
    assert audit_log(ledger)[-1]["action"] == "donor.export"


def test_mailings_go_only_to_donors_who_consented_and_no_cell_is_a_formula(
    ledger: Ledger, tmp_path: Path
) -> None:
    a = add(ledger, donor='=HYPERLINK("http://evil","click")', email="a@example.org")
    b = add(ledger, donor="Bob", email="bob@example.org", address="@home", city="+33 Paris")
    add(ledger, donor="Carol", email="carol@example.org")
    privacy.set_consent(ledger, a.donor_id, consent=True)
    privacy.set_consent(ledger, b.donor_id, consent=True)
    privacy.set_consent(ledger, b.donor_id, consent=False)
    privacy.set_consent(ledger, b.donor_id, consent=True)
    out = tmp_path / "mailing.csv"
    assert privacy.export_mailing_list(ledger, out)["donors"] == 2
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["donor_id", "name", "email", "address", "postcode", "city", "country"]
    assert rows[1][1] == '\'=HYPERLINK("http://evil","click")'  # sorted by name
    assert rows[2][1:4] == ["Bob", "bob@example.org", "'@home"]
    assert rows[2][5] == "'+33 Paris"
    consents = [
        e["after"] for e in audit_log(ledger, donor_id=b.donor_id) if e["action"] == "donor.consent"
    ]
    assert consents == [{"marketing_consent": v} for v in (True, False, True)]
    assert verify_audit(ledger).ok


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1+1", "'+1+1"),
        ("-1-1", "'-1-1"),
        ("-A1", "'-A1"),
        ("-2*3", "'-2*3"),
        ("-1", "-1"),  # a number, read back as one
        ("+33 6 12 34 56 78", "+33 6 12 34 56 78"),
        ("-1 234,50", "-1 234,50"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Anne-Marie", "Anne-Marie"),
        ("محمد", "محمد"),
        (12, 12),
        (None, None),
    ],
)
def test_csv_cells_never_start_a_formula(value: Any, expected: Any) -> None:
    assert csv_safe(value) == expected


def test_retention_pseudonymises_old_donors_and_keeps_the_audit_whole(
    ledger: Ledger, tmp_path: Path
) -> None:
    old = add(
        ledger,
        donor="Old Donor",
        date="2015-06-01",
        email="old@example.org",
        address="9 rue Y",
        notes="met at the 2015 fair",
    )
    recent = add(ledger, donor="Recent Donor", date="2025-06-01", email="r@example.org")
    privacy.set_consent(ledger, old.donor_id, consent=True)
    with pytest.raises(UserError, match="no keeping period is set"):
        privacy.apply_retention(ledger, today=TODAY)
    update_settings(ledger, retention_years=6)
    preview = privacy.apply_retention(ledger, today=TODAY, dry_run=True)
    assert (preview["donors"], preview["pseudonymised"]) == ([old.donor_id], 0)
    result = privacy.apply_retention(ledger, today=TODAY)
    assert (result["last_gift_before"], result["pseudonymised"]) == ("2019-12-31", 1)
    donors = {d.id: (d.name, d.total.amount) for d in list_donors(ledger)}
    assert donors[old.donor_id] == (f"Pseudonymised donor {old.donor_id}", "100.00")
    assert donors[recent.donor_id] == ("Recent Donor", "100.00")
    out = tmp_path / "old.json"
    privacy.export_donor(ledger, old.donor_id, out)
    text = out.read_text(encoding="utf-8")
    for personal in ("Old Donor", "old@example.org", "9 rue Y", "2015 fair"):
        assert personal not in text, personal
    document = json.loads(text)
    assert document["donor"]["pseudonymised_on"] == "2025-12-31"
    assert document["donor"]["marketing_consent"] is False
    assert document["donations"][0]["amount_minor"] == 10000
    why = next(e for e in audit_log(ledger) if e["action"] == "donor.pseudonymise")
    assert why["after"]["reason"] == (
        "keeping period of 6 years over: no gift since before 2019-12-31"
    )
    assert verify_audit(ledger).ok
    assert privacy.apply_retention(ledger, today=TODAY)["pseudonymised"] == 0


def test_the_cli_writes_the_mailing_list_and_the_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ("--ledger", str(tmp_path / "l.db"))
    run_json(capsys, *base, "init", "--name", "P", "--jurisdiction", "fr", "--currency", "EUR")
    added = run_json(
        capsys,
        *base,
        "add",
        "--date",
        "2025-01-05",
        "--donor=-Ann",
        "--amount",
        "5",
        "--email",
        "ann@example.org",
    )
    run_json(capsys, *base, "donor", "consent", str(added["donor_id"]), "--yes")
    listed = run_json(capsys, *base, "donors", "--consented", "--out", str(tmp_path / "m.csv"))
    assert listed["donors"] == 1
    assert "'-Ann" in (tmp_path / "m.csv").read_text(encoding="utf-8-sig")
    exported = run_json(
        capsys, *base, "donor", "export", str(added["donor_id"]), "--out", str(tmp_path / "a.json")
    )
    assert exported["donations"] == 1
