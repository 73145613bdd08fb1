"""Two treasurers of a shared office (PostgreSQL) importing at the same time: the
second import waits for the first and finds its rows, so no gift is counted twice."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import pytest

from treasurer.services import importing
from treasurer.services.ledger import Ledger, LedgerLocation, init_ledger, ledger_info

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
