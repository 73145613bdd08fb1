"""Features built apart, used together: the window's undo, receipts, donor records and
imports all leave an audit trail that verifies, and a donation with a receipt issued is
not deleted behind the receipt's back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from treasurer.core.errors import UserError
from treasurer.core.money import Money
from treasurer.services import browse, donations, donors, importing, receipts
from treasurer.services.audit import verify_audit
from treasurer.services.ledger import (
    DonationRequest,
    Ledger,
    LedgerLocation,
    add_donation,
    init_ledger,
    list_donations,
)

TODAY = dt.date(2025, 12, 31)
SAMPLES = Path(__file__).parents[1] / "importers" / "samples" / "platforms"


@pytest.fixture
def ledger(location: LedgerLocation) -> Iterator[Ledger]:
    init_ledger(location, name="Parti", jurisdiction="fr", currency="EUR")
    with Ledger.open(location) as opened:
        yield opened


def give(ledger: Ledger, name: str, amount: str, day: str) -> int:
    # with the tax address and country a receipt states (else it is withheld)
    request = DonationRequest(
        date=day,
        donor=name,
        amount=amount,
        method="cheque",
        address="1 rue Haute",
        city="Paris",
        country="FR",
    )
    return int(add_donation(ledger, request, today=TODAY).donation_id)


def test_the_trail_verifies_after_undo_receipts_company_numbers_and_imports(
    ledger: Ledger, tmp_path: Path
) -> None:
    first = give(ledger, "Claire Dubois", "150", "2025-03-01")
    browse.undo_donation(ledger, give(ledger, "Jean Martin", "80", "2025-03-02"), today=TODAY)
    receipts.add_range(ledger, 7001, 7100)
    receipts.issue_receipts(ledger, period="2025", out=tmp_path / "recus.pdf", today=TODAY)
    donors.set_company_number(ledger, 1, "RNA W751234567")
    importing.import_file(ledger, SAMPLES / "helloasso.csv", today=TODAY)
    report = verify_audit(ledger)
    assert (report.ok, report.problems) == (True, [])
    names = [d.donor_name for d in list_donations(ledger)]
    assert "Jean Martin" not in names  # the entry undone (its id may be given again)
    assert names.count("Claire Dubois") == 1
    assert first in {d.id for d in list_donations(ledger)}


def test_a_donation_with_a_receipt_is_deleted_only_once_the_receipt_is_void(
    ledger: Ledger, tmp_path: Path
) -> None:
    gift = give(ledger, "Claire Dubois", "150", "2025-03-01")
    receipts.add_range(ledger, 7001, 7100)
    receipts.issue_receipts(ledger, period="2025", out=tmp_path / "recus.pdf", today=TODAY)
    with pytest.raises(UserError) as refused:
        donations.delete_donation(ledger, gift, reason="typed twice", today=TODAY)
    assert str(refused.value) == (
        f"donation {gift} has receipt 7001 issued for it; void the receipt first "
        "(treasurer receipt void 7001 --reason ...)"
    )
    with pytest.raises(UserError, match="has receipt 7001 issued"):
        browse.undo_donation(ledger, gift, today=TODAY)
    assert [d.id for d in list_donations(ledger)] == [gift]
    receipts.void_receipt(ledger, 7001, reason="donation typed twice", today=TODAY)
    donations.delete_donation(ledger, gift, reason="typed twice", today=TODAY)
    assert list_donations(ledger) == []
    register = {r["first"]: r for r in receipts.list_ranges(ledger)}
    assert register[7001]["void"] == 1  # the number stays in the sequence, void
    assert verify_audit(ledger).ok


def test_an_import_is_sealed_from_its_rows_as_inserted_and_verifies(
    ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import's seal is computed while its rows are inserted (no reading back); verify,
    which reads every row, finds the same digest; an imported refund edited later is found."""
    import sqlite3

    from treasurer.db import audit

    def no_reading(*_args: object) -> None:
        raise AssertionError("the import read its rows back to seal them")

    with monkeypatch.context() as patch:
        patch.setattr(audit, "stream", no_reading)
        report = importing.import_file(ledger, SAMPLES / "helloasso.csv", today=TODAY)
    assert (report.new, report.refunds) == (5, 1)
    assert verify_audit(ledger).ok
    if ledger.store.path is None:
        return  # the edit below is made with the sqlite3 module
    with sqlite3.connect(ledger.store.path) as raw:
        raw.execute("UPDATE donation SET amount_minor = -1000 WHERE entry_type = 'refund'")
    found = verify_audit(ledger)
    assert not found.ok
    assert "no longer match its seal" in (found.first or "")


def test_a_merge_is_taken_back_with_its_donations(ledger: Ledger) -> None:
    from treasurer.services import compliance
    from treasurer.services.ledger import list_donors

    give(ledger, "Claire Dubois", "4000", "2025-03-01")
    give(ledger, "Claire DUBOIS-Martin", "4000", "2025-04-01")
    by_name = {d.name: d.id for d in list_donors(ledger)}
    keep, other = by_name["Claire Dubois"], by_name["Claire DUBOIS-Martin"]
    own = [d.id for d in list_donations(ledger, donor_id=other)]
    compliance.merge_donors(ledger, keep, other, today=TODAY)
    assert {f["kind"] for f in compliance.list_flags(ledger)} >= {"over_limit"}  # 8,000 > 7,500
    result = compliance.unmerge_donors(ledger, keep, other, own, today=TODAY)
    assert result["donations_moved_back"] == 1
    totals = {d.name: d.total for d in list_donors(ledger)}
    assert totals == {
        "Claire Dubois": Money(400000, "EUR"),
        "Claire DUBOIS-Martin": Money(400000, "EUR"),
    }
    assert "over_limit" not in {f["kind"] for f in compliance.list_flags(ledger)}
    assert verify_audit(ledger).ok
    with pytest.raises(UserError, match="is not merged into"):
        compliance.unmerge_donors(ledger, keep, other, own, today=TODAY)


def test_the_window_gets_flag_explanations_in_its_language(ledger: Ledger) -> None:
    gift = give(ledger, "Claire Dubois", "8000", "2025-03-01")
    english = browse.flagged_donations(ledger)[gift]
    french = browse.flagged_donations(ledger, "fr")[gift]
    arabic = browse.flagged_donations(ledger, "ar")[gift]
    assert [s for s, _ in english] == [s for s, _ in french] == [s for s, _ in arabic]
    assert english != french != arabic
    assert any("plafond" in text for _, text in french)
    assert all(any("\u0600" <= c <= "\u06ff" for c in text) for _, text in arabic)


def test_a_donors_history_includes_the_import_that_brought_them(ledger: Ledger) -> None:
    from treasurer.services.audit import audit_log
    from treasurer.services.ledger import list_donors

    importing.import_file(ledger, SAMPLES / "helloasso.csv", today=TODAY)
    give(ledger, "Camille Dubois", "10", "2025-06-01")
    [camille] = [d for d in list_donors(ledger) if d.name == "Camille Dubois"]
    actions = [e["action"] for e in audit_log(ledger, donor_id=camille.id)]
    assert actions == ["import.commit", "donation.add"]
