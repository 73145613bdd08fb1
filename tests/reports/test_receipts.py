"""France's reçus-dons: numbers from the CNCCFP's ranges with no gaps, in donation-date
order, stable across runs; void receipts kept in the sequence; unused numbers listed;
running out says how many more are needed and gives none; the receipts read back."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from tests.reports.test_filings import gift, open_ledger, pdf_text, sheet_rows
from treasurer.core.errors import UserError
from treasurer.core.model import EntryType
from treasurer.core.money import Money
from treasurer.reports.receipts import amount_in_words
from treasurer.services import compliance, receipts, reports
from treasurer.services.audit import verify_audit
from treasurer.services.ledger import Ledger, LedgerLocation, list_donations

TODAY = dt.date(2025, 12, 31)
# CI (scripts/test.sh sets TREASURER_REQUIRE_TOOLS) runs these whatever: a missing tool fails
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None and not os.environ.get("TREASURER_REQUIRE_TOOLS"),
    reason="poppler-utils",
)


@pytest.fixture
def fr(location: LedgerLocation) -> Iterator[Ledger]:
    with open_ledger(location, "fr", "EUR", "Parti Exemple") as ledger:
        claire = {
            "address": "3 rue de la Paix",
            "postcode": "75002",
            "city": "Paris",
            "country": "FR",
        }
        # recorded out of date order: numbers follow the donations' dates
        gift(ledger, "2025-03-01", "Claire Dubois", "20,50", method="card", **claire)
        gift(ledger, "2025-01-10", "Claire Dubois", "150", method="cheque")
        gift(ledger, "2025-02-11", "محمد العلمي", "1 234,56", address="5 avenue Foch", country="MA")
        gift(ledger, "2025-02-12", "Acme SA", "500", kind="company")  # no receipt
        gift(ledger, "2024-12-31", "Old Gift", "10")  # another year
        yield ledger


def numbers(ledger: Ledger) -> dict[int, int]:
    """Donation id -> receipt number of the issued receipts of 2025."""
    out: dict[int, int] = {}
    with ledger.store.transaction() as repo:
        from treasurer.db.receipts import ReceiptData

        for line in ReceiptData(repo.session).receipts_between(
            dt.date(2025, 1, 1), dt.date(2025, 12, 31)
        ):
            if line.status == "issued":
                assert line.donation_id is not None
                out[line.donation_id] = line.number
    return out


def donation_ids(ledger: Ledger) -> dict[str, int]:
    return {f"{d.donor_name} {d.received_on}": d.id for d in list_donations(ledger)}


def test_numbers_follow_donation_dates_without_gaps_and_never_change(
    fr: Ledger, tmp_path: Path
) -> None:
    receipts.add_range(fr, 501, 503, "CNCCFP 2025, first batch")
    receipts.add_range(fr, 1001, 1010)
    first = receipts.issue_receipts(fr, period="2025", out=tmp_path / "r.pdf", today=TODAY)
    ids = donation_ids(fr)
    assert numbers(fr) == {
        ids["Claire Dubois 2025-01-10"]: 501,
        ids["محمد العلمي 2025-02-11"]: 502,
        ids["Claire Dubois 2025-03-01"]: 503,
    }
    assert (first.numbers, first.newly_numbered) == ([501, 502, 503], 3)
    # run again: nothing renumbered
    again = receipts.issue_receipts(fr, period="2025", out=tmp_path / "r2.pdf", today=TODAY)
    assert (again.numbers, again.newly_numbered) == ([501, 502, 503], 0)
    # a later gift dated earlier than the others takes the next number; old ones stay
    early = gift(fr, "2025-01-02", "Jean Martin", "75", address="1 rue Basse", country="FR")
    receipts.issue_receipts(fr, period="2025", out=tmp_path / "r3.pdf", today=TODAY)
    assert numbers(fr)[early] == 1001
    assert numbers(fr)[ids["Claire Dubois 2025-01-10"]] == 501
    assert [
        (r["first"], r["issued"], r["void"], r["unused"]) for r in receipts.list_ranges(fr)
    ] == [
        (501, 3, 0, 0),
        (1001, 1, 0, 9),
    ]


def test_a_void_receipt_stays_in_the_sequence_and_its_donation_gets_the_next(
    fr: Ledger, tmp_path: Path
) -> None:
    receipts.add_range(fr, 1, 6)
    receipts.issue_receipts(fr, period="2025", out=tmp_path / "r.pdf", today=TODAY)
    ids = donation_ids(fr)
    result = receipts.void_receipt(fr, 2, reason="  name misspelt ", today=TODAY)
    assert result == {
        "number": 2,
        "status": "void",
        "donation_id": ids["محمد العلمي 2025-02-11"],
        "reason": "name misspelt",
        "was": "issued",
    }
    receipts.void_receipt(fr, 5, reason="spoilt form", today=TODAY)  # never used
    out = tmp_path / "register.xlsx"
    produced = reports.produce_report(fr, "fr-receipts", period="2025", out=out, today=TODAY)
    assert produced.language == "fr"
    rows = sheet_rows(out)
    assert rows[0] == (
        "N° de reçu",
        "État",
        "Don",
        "Date du don",
        "Donateur",
        "Moyen",
        "Montant",
        "Motif d'annulation",
    )
    D = dt.datetime
    assert [r[:3] + r[4:] for r in rows[1:6]] == [
        (1, "délivré", ids["Claire Dubois 2025-01-10"], "Claire Dubois", "chèque", 150, None),
        (
            2,
            "annulé",
            ids["محمد العلمي 2025-02-11"],
            "محمد العلمي",
            "virement",
            1234.56,
            "name misspelt",
        ),
        (3, "délivré", ids["Claire Dubois 2025-03-01"], "Claire Dubois", "carte", 20.5, None),
        # the register numbers what is waiting: the void receipt's donation gets 4
        (4, "délivré", ids["محمد العلمي 2025-02-11"], "محمد العلمي", "virement", 1234.56, None),
        (5, "annulé", None, None, None, None, "spoilt form"),
    ]
    assert rows[2][3] == D(2025, 2, 11)
    assert rows[6][0] == 5
    assert rows[6][6] == 1405.06  # the issued ones: 150 + 20.50 + 1,234.56
    unused = sheet_rows(out, 1)
    assert unused == [("Du n°", "Au n°", "Formulaires"), (6, 6, 1), ("Total", None, 1)]
    with pytest.raises(UserError, match=r"receipt number 2 is already void \(name misspelt\)"):
        receipts.void_receipt(fr, 2, reason="again")
    with pytest.raises(UserError, match="receipt number 99 is in none of the ranges recorded"):
        receipts.void_receipt(fr, 99, reason="unknown")
    with pytest.raises(UserError, match="say why the receipt is void"):
        receipts.void_receipt(fr, 6, reason="  ")
    assert [(r["issued"], r["void"], r["unused"]) for r in receipts.list_ranges(fr)] == [(3, 2, 1)]


def test_running_out_of_numbers_says_how_many_more_and_gives_none(
    fr: Ledger, tmp_path: Path
) -> None:
    receipts.add_range(fr, 10, 11)
    out = tmp_path / "r.pdf"
    with pytest.raises(
        UserError,
        match=r"3 donations of 2025 need a receipt but the ranges recorded have 2 unused "
        r"numbers left: 1 more is needed",
    ):
        receipts.issue_receipts(fr, period="2025", out=out, today=TODAY)
    assert not out.exists()
    with pytest.raises(UserError, match="1 more is needed"):
        reports.produce_report(fr, "fr-receipts", period="2025", out=tmp_path / "reg.pdf")
    assert not (tmp_path / "reg.pdf").exists()
    assert [(r["issued"], r["unused"]) for r in receipts.list_ranges(fr)] == [(0, 2)]
    receipts.add_range(fr, 12, 12)
    result = receipts.issue_receipts(fr, period="2025", out=out, today=TODAY)
    assert result.numbers == [10, 11, 12]


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        (20, 10, "the range 20-10 ends before it starts"),
        (1, 5, "the range 1-5 overlaps the range 5-9 already recorded"),
        (9, 12, "the range 9-12 overlaps the range 5-9 already recorded"),
        (6, 7, "the range 6-7 overlaps the range 5-9 already recorded"),
        (0, 3, "receipt numbers are positive"),
    ],
)
def test_bad_ranges_are_refused_and_nothing_is_written(
    fr: Ledger, first: int, last: int, message: str
) -> None:
    receipts.add_range(fr, 5, 9)
    with pytest.raises(UserError, match=message):
        receipts.add_range(fr, first, last)
    assert [(r["first"], r["last"]) for r in receipts.list_ranges(fr)] == [(5, 9)]


def test_a_donation_given_back_in_full_gets_no_receipt(fr: Ledger, tmp_path: Path) -> None:
    receipts.add_range(fr, 1, 10)
    ids = donation_ids(fr)
    compliance.record_refund(
        fr,
        ids["Claire Dubois 2025-01-10"],
        amount="150",
        date="2025-01-20",
        entry_type=EntryType.RETURN,
        today=TODAY,
    )
    compliance.record_refund(
        fr, ids["Claire Dubois 2025-03-01"], amount="0,50", date="2025-03-02", today=TODAY
    )
    result = receipts.issue_receipts(fr, period="2025", out=tmp_path / "r.pdf", today=TODAY)
    assert result.numbers == [1, 2]
    donors = tmp_path / "donors.xlsx"
    reports.produce_report(fr, "fr-donors", period="2025", out=donors, today=TODAY)
    rows = sheet_rows(donors)
    assert rows[0] == (
        "N°",
        "Donateur",
        "Type",
        "Adresse",
        "Pays",
        "Dons",
        "Total",
        "Reçus",
    )
    assert [r[1:] for r in rows[1:-1]] == [
        ("Acme SA", "entreprise", None, None, 1, 500, None),
        ("Claire Dubois", "personne", "3 rue de la Paix, 75002 Paris", "FR", 2, 20, "2"),
        ("محمد العلمي", "personne", "5 avenue Foch", "MA", 1, 1234.56, "1"),
    ]
    assert rows[-1][5:7] == (4, 1754.56)


@needs_poppler
def test_the_receipts_read_back(fr: Ledger, tmp_path: Path) -> None:
    receipts.add_range(fr, 7001, 7010)
    receipts.set_issuer(fr, "AFP Parti Exemple, 10 rue Haute, 75001 Paris")
    # the setting's row is sealed by its entry (verify said it was written behind
    # Treasurer's back)
    assert verify_audit(fr).ok
    out = tmp_path / "receipts.pdf"
    receipts.issue_receipts(fr, period="2025", out=out, today=TODAY)
    pages = pdf_text(out).split("\f")
    first = pages[0]
    assert "Reçu n° 7001" in first
    assert "Parti Exemple" in first
    assert "Mandataire : AFP Parti Exemple, 10 rue Haute, 75001 Paris" in first
    assert "Claire Dubois" in first
    assert "150,00 €" in first
    assert "cent cinquante euros" in first
    assert "10/01/2025" in first
    assert "chèque" in first
    assert "article 200 du code général des impôts" in first
    assert "Signature du donateur" in first
    assert "mille deux cent trente-quatre euros et cinquante-six centimes" in pages[1]
    assert "محمد العلمي" in pages[1] or "يملعلا دمحم" in pages[1]
    assert "vingt euros et cinquante centimes" in pages[2]
    folder = tmp_path / "each"
    result = receipts.issue_receipts(fr, period="2025", out=folder, today=TODAY)
    assert sorted(p.name for p in folder.iterdir()) == [
        "recu-7001.pdf",
        "recu-7002.pdf",
        "recu-7003.pdf",
    ]
    assert result.newly_numbered == 0
    assert "Reçu n° 7002" in pdf_text(folder / "recu-7002.pdf")


def test_amounts_in_words() -> None:
    assert amount_in_words(Money(100, "EUR")) == "un euro"
    assert amount_in_words(Money(750_000, "EUR")) == "sept mille cinq cents euros"
    assert amount_in_words(Money(5, "EUR")) == "cinq centimes"
    assert amount_in_words(Money(101, "EUR")) == "un euro et un centime"
    assert amount_in_words(Money(100, "USD")) == ""


def test_receipts_are_for_french_ledgers_only(tmp_path: Path) -> None:
    location = LedgerLocation.for_path(tmp_path / "ca.db")
    with open_ledger(location, "ca", "CAD", "Party") as ledger:
        with pytest.raises(UserError, match="receipts are France's reçus-dons"):
            receipts.issue_receipts(ledger, period="2025", out=tmp_path / "r.pdf")
        with pytest.raises(UserError, match="this ledger follows the ca profile"):
            receipts.add_range(ledger, 1, 10)
    assert not (tmp_path / "r.pdf").exists()
    assert openpyxl  # imported for symmetry with the other report tests
