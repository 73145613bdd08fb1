"""What the window reads, on SQLite and PostgreSQL: filtered pages of donations, donor
search across spellings, previews of a donation and of a merge, undo, the dashboard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from treasurer.core.errors import ParseError, UserError
from treasurer.core.model import PaymentMethod
from treasurer.core.money import Money
from treasurer.services import browse, compliance, dashboard
from treasurer.services.browse import DonationQuery
from treasurer.services.ledger import (
    AddResult,
    DonationRequest,
    Ledger,
    LedgerLocation,
    add_donation,
    add_unit,
    count_donations,
    init_ledger,
)

TODAY = dt.date(2025, 12, 31)


@pytest.fixture
def ledger(location: LedgerLocation) -> Iterator[Ledger]:
    init_ledger(location, name="Parti", jurisdiction="fr", currency="EUR")
    with Ledger.open(location) as opened:
        add_unit(opened, "Lyon")
        yield opened


def give(ledger: Ledger, amount: str, **fields: Any) -> AddResult:
    values: dict[str, Any] = {
        "date": "2025-03-01",
        "donor": "Claire Dubois",
        "amount": amount,
        "address": "1 rue de la Paix, Paris",
        "country": "FR",
    } | fields
    return add_donation(ledger, DonationRequest(**values), today=TODAY)


@pytest.fixture
def filled(ledger: Ledger) -> Ledger:
    give(ledger, "7000", reference="VIR-1")
    give(ledger, "600", date="2025-04-02", method="cheque")  # over the 7,500 cap
    give(ledger, "20", donor="Mohamed El Alami", date="2025-05-01", method="card", unit="Lyon")
    give(
        ledger,
        "100",
        donor="محمد العلمي",
        email="mohamed.alami@example.ma",
        date="2025-06-01",
        method="cash",
        notes="meeting in Lyon",
    )
    give(ledger, "50", donor="James Smith", date="2024-12-20")
    return ledger


def names(donations: list[Any]) -> list[str]:
    return [d.donor_name for d in donations]


def test_pages_are_filtered_and_sorted_by_the_database(filled: Ledger) -> None:
    everything = DonationQuery()
    assert browse.count_filtered(filled, everything) == 5
    by_amount = browse.donation_page(filled, everything, sort="amount", descending=True)
    assert [d.amount.amount for d in by_amount] == ["7000.00", "600.00", "100.00", "50.00", "20.00"]
    page = browse.donation_page(filled, everything, sort="amount", offset=1, limit=2)
    assert [d.amount.amount for d in page] == ["50.00", "100.00"]

    year = DonationQuery(start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31))
    assert browse.count_filtered(filled, year) == 4
    cash = DonationQuery(method=PaymentMethod.CASH)
    assert names(browse.donation_page(filled, cash)) == ["محمد العلمي"]
    unit = browse.donation_page(filled, DonationQuery(unit_id=1))
    assert names(unit) == ["Mohamed El Alami"]
    assert browse.count_filtered(filled, DonationQuery(no_unit=True)) == 4
    search = browse.donation_page(filled, DonationQuery(search="lyon"))
    assert names(search) == ["محمد العلمي"]  # in the notes
    assert names(browse.donation_page(filled, DonationQuery(search="vir-"))) == ["Claire Dubois"]
    moh = browse.donation_page(filled, DonationQuery(donor_text="moh"), sort="date")
    assert names(moh) == ["Mohamed El Alami", "محمد العلمي"]


def test_flagged_only_shows_the_donations_an_open_flag_names(filled: Ledger) -> None:
    flagged = browse.flagged_donations(filled)
    [first, second] = sorted(flagged)
    assert [s for s, _ in flagged[second]] == ["error"]
    assert "is over it" in flagged[second][0][1]
    query = DonationQuery(flagged_only=True)
    assert browse.count_filtered(filled, query, flagged=flagged) == 2
    rows = browse.donation_page(filled, query, flagged=flagged, sort="date")
    assert [d.id for d in rows] == [first, second]
    assert browse.count_filtered(filled, query, flagged={}) == 0


def test_donor_search_finds_every_spelling_of_a_start(filled: Ledger) -> None:
    hits = browse.search_donors(filled, "moh")
    assert [h.name for h in hits] == ["Mohamed El Alami", "محمد العلمي"]
    assert [h.name for h in browse.search_donors(filled, "ALAMI")] == ["Mohamed El Alami"]
    assert [h.name for h in browse.search_donors(filled, "محمّد")] == ["محمد العلمي"]
    assert [h.name for h in browse.search_donors(filled, "dubois")] == ["Claire Dubois"]
    assert browse.search_donors(filled, "  ") == []
    assert browse.search_donors(filled, "%") == []


def test_a_merged_spelling_still_finds_the_donor(filled: Ledger) -> None:
    [latin] = browse.search_donors(filled, "mohamed el")
    [arabic] = browse.search_donors(filled, "محمد")
    compliance.merge_donors(filled, arabic.id, latin.id, today=TODAY)
    [hit] = browse.search_donors(filled, "mohamed el")
    assert (hit.id, hit.name, hit.alias) == (arabic.id, "محمد العلمي", "Mohamed El Alami")


def test_preview_shows_the_total_against_the_cap_and_the_flag_to_come(ledger: Ledger) -> None:
    give(ledger, "7000")
    request = DonationRequest(date="2025-06-01", donor="claire  DUBOIS", amount="600")
    preview = browse.preview_donation(ledger, request, today=TODAY)
    assert (preview.donor_name, preview.new_donor) == ("Claire Dubois", False)
    assert preview.period == "2025"
    assert preview.total_before == Money(700000, "EUR")
    assert preview.total_after == Money(760000, "EUR")
    assert preview.cap == Money(750000, "EUR")
    assert preview.cap_rule == "fr.cap.natural-person"
    [flag] = preview.flags
    assert (flag.kind, flag.severity, flag.new) == ("over_limit", "error", True)
    assert flag.deadline == dt.date(2026, 1, 30)
    assert flag.message.startswith("Claire Dubois has given €7,600.00 in 2025; the cap is")
    assert flag.remedy is not None
    assert flag.remedy.startswith("Return the amount over the cap")
    # nothing was written
    assert count_donations(ledger) == 1
    assert [f["kind"] for f in compliance.list_flags(ledger)] == ["near_limit"]

    french = browse.preview_donation(ledger, request, today=TODAY, language="fr")
    assert french.flags[0].message.startswith("Claire Dubois a donné 7")


def test_preview_leaves_out_a_refund_of_a_donation_left_out_of_aggregates(
    ledger: Ledger,
) -> None:
    """The total before the new donation is the engine's: a refund of a donation excluded
    from aggregates does not lower it (7,000 − 1,000 back from an excluded 1,000)."""
    give(ledger, "7000")
    loan = give(ledger, "1000", date="2025-05-01")
    compliance.set_override(
        ledger,
        loan.donation_id,
        exclude_from_aggregate=True,
        force_report=False,
        reason="a loan",
        today=TODAY,
    )
    compliance.record_refund(
        ledger, loan.donation_id, amount="1000", date="2025-05-02", today=TODAY
    )
    request = DonationRequest(date="2025-06-01", donor="Claire Dubois", amount="500.01")
    preview = browse.preview_donation(ledger, request, today=TODAY)
    assert (preview.total_before, preview.total_after) == (
        Money(700000, "EUR"),
        Money(750001, "EUR"),
    )
    assert [f.kind for f in preview.flags] == ["over_limit"]


def test_preview_of_a_new_donor_and_of_bad_input(ledger: Ledger) -> None:
    cash = DonationRequest(date="2025-06-01", donor="Nadia Idrissi", amount="200", method="cash")
    preview = browse.preview_donation(ledger, cash, today=TODAY)
    assert preview.new_donor
    assert preview.donor_id is None
    assert preview.total_before == Money(0, "EUR")
    assert [f.kind for f in preview.flags] == ["cash_over_cap", "missing_information"]
    with pytest.raises(ParseError, match="amount"):
        browse.preview_donation(
            ledger, DonationRequest(date="2025-06-01", donor="X", amount="abc"), today=TODAY
        )


def test_merge_preview_adds_up_both_donors(filled: Ledger) -> None:
    [latin] = browse.search_donors(filled, "mohamed el")
    [arabic] = browse.search_donors(filled, "محمد")
    preview = browse.merge_preview(filled, arabic.id, latin.id, today=TODAY)
    assert preview.donations_moved == 1
    assert [(t.year, t.total.amount, t.entries) for t in preview.totals_after] == [
        (2025, "120.00", 2)
    ]
    with pytest.raises(UserError, match="into itself"):
        browse.merge_preview(filled, latin.id, latin.id)


def test_donor_record_and_undo_of_an_entry(filled: Ledger) -> None:
    [claire] = browse.search_donors(filled, "claire")
    record = browse.donor_record(filled, claire.id)
    assert [d.amount.amount for d in record.donations] == ["7000.00", "600.00"]
    assert [(t.year, t.total.amount) for t in record.totals] == [(2025, "7600.00")]
    assert [f["kind"] for f in record.flags] == ["over_limit"]

    last = record.donations[-1].id
    result = browse.undo_donation(filled, last, today=TODAY)
    assert result["flags_resolved"]
    after = browse.donor_record(filled, claire.id)
    assert [d.amount.amount for d in after.donations] == ["7000.00"]
    assert [f["kind"] for f in compliance.list_flags(filled)] == ["near_limit"]
    with pytest.raises(UserError, match="no donation"):
        browse.undo_donation(filled, last)


def test_a_refunded_donation_cannot_be_undone(filled: Ledger) -> None:
    [claire] = browse.search_donors(filled, "claire")
    first = browse.donor_record(filled, claire.id).donations[0].id
    compliance.record_refund(filled, first, amount="100", date="2025-05-01", today=TODAY)
    with pytest.raises(UserError, match="record a refund instead"):
        browse.undo_donation(filled, first)


def test_a_dismissal_can_be_undone(filled: Ledger) -> None:
    [flag] = compliance.list_flags(filled)
    compliance.dismiss_flag(filled, flag["id"], reason="declared elsewhere")
    assert compliance.list_flags(filled) == []
    browse.reopen_flag(filled, flag["id"])
    assert [f["id"] for f in compliance.list_flags(filled)] == [flag["id"]]
    with pytest.raises(UserError):
        browse.reopen_flag(filled, flag["id"])


def test_dashboard_of_a_year(filled: Ledger) -> None:
    board = dashboard.dashboard(filled, "2025", today=dt.date(2026, 1, 10))
    assert board.raised == Money(772000, "EUR")
    assert (board.donations, board.donors) == (4, 3)
    assert board.small_threshold == Money(15000, "EUR")  # the French cash cap
    assert board.small_share == Decimal(12000) / Decimal(772000)
    assert board.open_flags == {"error": 1, "warning": 0, "info": 0}
    [due] = board.deadlines
    assert (due["kind"], due["deadline"]) == ("over_limit", "2026-01-30")
    assert len(board.months) == 12
    assert board.months[2] == ("2025-03", Money(700000, "EUR"))
    assert board.months[0] == ("2025-01", Money(0, "EUR"))
    assert [(b.low, b.high, b.donors) for b in board.bands] == [
        (None, Money(15000, "EUR"), 2),
        (Money(15000, "EUR"), Money(675000, "EUR"), 0),
        (Money(675000, "EUR"), Money(750000, "EUR"), 0),
        (Money(750000, "EUR"), None, 1),
    ]
    far = dashboard.dashboard(filled, "2025", today=dt.date(2025, 6, 1))
    assert far.deadlines == []
    assert dashboard.period_choices(filled, today=dt.date(2026, 1, 10)) == [
        "2026",
        "2025",
        "2024",
    ]
    assert dashboard.default_period(filled, today=dt.date(2026, 1, 10)) == "2025"
    empty = dashboard.dashboard(filled, "2023-Q1", today=TODAY)
    assert (empty.raised, empty.donations, empty.small_share) == (Money(0, "EUR"), 0, None)
    assert len(empty.months) == 3


def test_donor_text_is_looked_up_once_as_ids(filled: Ledger) -> None:
    query = browse.resolve_donor_text(filled, DonationQuery(donor_text="moh", method=None))
    assert query.donor_text is None
    assert query.donor_ids is not None
    assert len(query.donor_ids) == 2
    assert browse.count_filtered(filled, query) == 2
    common = browse.resolve_donor_text(filled, DonationQuery(donor_text="moh"), limit=1)
    assert common.donor_text == "moh"  # too many donors: matched by the database each time
    assert browse.count_filtered(filled, common) == 2
