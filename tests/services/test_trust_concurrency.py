"""Two treasurers adding money for one donor at the same moment, on a real PostgreSQL
server: the second one's live check sees the first one's donation, so a total over the
cap is flagged whatever the timing."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import pytest

from treasurer.services import compliance
from treasurer.services.audit import verify_audit
from treasurer.services.ledger import (
    AddResult,
    DonationRequest,
    Ledger,
    LedgerLocation,
    add_donation,
    init_ledger,
)

TODAY = dt.date(2025, 12, 31)
DONORS = 6


@pytest.mark.pg
def test_concurrent_donations_cannot_both_slip_under_the_cap(pg_url: str) -> None:
    location = LedgerLocation.for_url(pg_url)
    init_ledger(location, name="P", jurisdiction="fr", currency="EUR")  # cap 7,500 a year
    with Ledger.open(location) as ledger:
        for i in range(DONORS):
            add_donation(
                ledger,
                DonationRequest(date="2025-03-01", donor=f"Donor {i}", amount="7000"),
                today=TODAY,
            )
    barrier = threading.Barrier(2 * DONORS)
    results: list[AddResult] = []
    errors: list[BaseException] = []

    def give(i: int) -> None:
        try:
            with Ledger.open(location) as ledger:  # a connection of its own
                barrier.wait(timeout=60)
                result = add_donation(
                    ledger,
                    DonationRequest(date="2025-04-01", donor=f"Donor {i}", amount="400"),
                    today=TODAY,
                )
            results.append(result)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=give, args=(i % DONORS,)) for i in range(2 * DONORS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    assert len(results) == 2 * DONORS
    with Ledger.open(location) as ledger:
        flags: list[dict[str, Any]] = [
            f for f in compliance.list_flags(ledger) if f["kind"] == "over_limit"
        ]
        assert verify_audit(ledger).ok
    assert sorted((f["donor_name"], f["total"], f["amount_over"]) for f in flags) == [
        (f"Donor {i}", "7800.00", "300.00") for i in range(DONORS)
    ]
    # the donation that crossed the cap is the one its treasurer was told about
    told = [r for r in results if any(f["kind"] == "over_limit" for f in r.flags)]
    assert sorted(r.donor_name for r in told) == [f"Donor {i}" for i in range(DONORS)]
