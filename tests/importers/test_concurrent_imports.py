"""Two treasurers of a shared office (PostgreSQL) at work at the same time: a second
import waits for the first and finds its rows, so no gift is counted twice; an import
and a colleague's edit of a donor it completes both go through."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from treasurer.db.repository import LedgerRepository
from treasurer.services import importing
from treasurer.services.donors import edit_donor
from treasurer.services.ledger import (
    DonationRequest,
    Ledger,
    LedgerLocation,
    add_donation,
    init_ledger,
    ledger_info,
)

TODAY = dt.date(2025, 12, 31)


def _payments(first: int, last: int) -> str:
    return "Date;Nom;Montant;Référence\n" + "".join(
        f"0{1 + i % 9}/03/2025;Donateur {i};10,00;P{i:05d}\n" for i in range(first, last)
    )


@pytest.fixture
def pg_location(pg_url: str) -> LedgerLocation:
    location = LedgerLocation.for_url(pg_url)
    init_ledger(location, name="P", jurisdiction="fr", currency="EUR")
    return location


def test_an_import_waits_for_the_one_running_and_finds_its_rows(
    pg_location: LedgerLocation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text(_payments(0, 60), encoding="utf-8")
    second.write_text(_payments(40, 100), encoding="utf-8")  # 20 rows in both
    # the first import pauses once it has read what the ledger holds
    reading, go_on = threading.Event(), threading.Event()
    real_known = importing._known

    def known(repo: Any) -> Any:
        found = real_known(repo)
        if not reading.is_set():
            reading.set()
            go_on.wait(30)
        return found

    monkeypatch.setattr(importing, "_known", known)
    reports: dict[str, importing.ImportReport] = {}

    def run(name: str, path: Path) -> None:
        with Ledger.open(pg_location) as ledger:
            reports[name] = importing.import_file(ledger, path, today=TODAY)

    a = threading.Thread(target=run, args=("a", first))
    a.start()
    assert reading.wait(30)
    b = threading.Thread(target=run, args=("b", second))
    b.start()
    b.join(3)
    # the second waits (it finished before the first, unaware of its rows, and both
    # committed: 120 gifts where the files hold 100)
    assert b.is_alive()
    go_on.set()
    a.join(30)
    b.join(30)
    assert (reports["a"].new, reports["a"].duplicates) == (60, 0)
    assert (reports["b"].new, reports["b"].duplicates) == (40, 20)
    with Ledger.open(pg_location) as ledger:
        info = ledger_info(ledger)
    assert info.counts["donations"] == 100
    assert info.totals == {"EUR": "1000.00"}


def test_an_import_completing_donors_and_a_colleague_editing_one_both_go_through(
    pg_location: LedgerLocation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import fills two known donors' addresses while a colleague corrects the
    second one's email: the import wrote each row after taking the audit's lock, the
    colleague held the row and waited for the lock, and PostgreSQL broke the deadlock by
    rolling the import back. Rows first, then the audit entries: the colleague waits."""
    with Ledger.open(pg_location) as ledger:
        for name in ("Anne Roy", "Paul Roy"):
            add_donation(
                ledger, DonationRequest(date="2025-03-01", donor=name, amount="10"), today=TODAY
            )
    path = tmp_path / "adresses.csv"
    path.write_text(
        "Date;Nom;Adresse;Code postal;Ville;Montant\n"
        "02/04/2025;Anne Roy;1 rue A;75001;Paris;10\n"
        "03/04/2025;Paul Roy;2 rue B;75002;Paris;10\n",
        encoding="utf-8",
    )
    entered, go_on = threading.Event(), threading.Event()
    real_append = LedgerRepository.append_audit

    def append(self: LedgerRepository, **kwargs: Any) -> str:
        found = real_append(self, **kwargs)
        if kwargs["action"] == "donor.complete" and not entered.is_set():
            entered.set()  # the audit's lock is held from here to the commit
            go_on.wait(30)
        return found

    monkeypatch.setattr(LedgerRepository, "append_audit", append)
    failures: list[BaseException] = []

    def guarded(work: Callable[[], Any]) -> Callable[[], None]:
        def run() -> None:
            try:
                work()
            except BaseException as exc:  # the test reports it
                failures.append(exc)

        return run

    def import_it() -> None:
        with Ledger.open(pg_location) as ledger:
            importing.import_file(ledger, path, today=TODAY)

    def edit_paul() -> None:
        with Ledger.open(pg_location) as ledger:
            edit_donor(ledger, 2, {"email": "paul@example.org"}, today=TODAY)

    a = threading.Thread(target=guarded(import_it))
    a.start()
    assert entered.wait(30)
    b = threading.Thread(target=guarded(edit_paul))
    b.start()
    b.join(2)  # it waits for the import (its row, or the audit's lock)
    go_on.set()
    a.join(60)
    b.join(60)
    assert failures == []
    with Ledger.open(pg_location) as ledger, ledger.store.transaction() as repo:
        details = repo.donor_details([1, 2], ("address", "email"))
    assert details == {
        1: {"address": "1 rue A", "email": None},
        2: {"address": "2 rue B", "email": "paul@example.org"},
    }
