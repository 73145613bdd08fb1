"""A later file that tells what a known donor's record lacks (the address a receipt
needs, an email) fills those blanks, as a gift entered by hand does: nothing replaced,
an address never pieced together from two, audited, and taken back by an undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from treasurer.core.errors import UserError
from treasurer.core.matching import blanks_filled
from treasurer.services import compliance, donors, importing, privacy
from treasurer.services.audit import audit_log, verify_audit
from treasurer.services.ledger import (
    DonationRequest,
    Ledger,
    LedgerLocation,
    add_donation,
    init_ledger,
    update_settings,
)

TODAY = dt.date(2025, 12, 31)
FIELDS = ("address", "postcode", "city", "country", "email", "employer", "occupation")

FIRST = (
    "date;nom;ville;montant\n"
    "15/01/2025;Jeanne Durand;;150,00\n"
    "20/01/2025;Paul Martin;;80,00\n"
    "22/01/2025;Luc Petit;Lyon;40,00\n"
)
LATER = (
    "date;nom;adresse;code postal;ville;pays;email;montant\n"
    "10/02/2025;Jeanne Durand;12 rue des Lilas;75011;Paris;FR;;100,00\n"
    "11/02/2025;Jeanne Durand;;;;;jeanne@example.org;20,00\n"
    "12/02/2025;Paul Martin;;;;;paul@example.org;50,00\n"
    # Luc lives in Lyon as far as the ledger knows: not this Marseille address
    "13/02/2025;Luc Petit;3 quai du Port;13002;Marseille;FR;;30,00\n"
    "14/02/2025;Nina Roy;1 place Bellecour;69002;Lyon;FR;;25,00\n"
)


@pytest.fixture
def ledger(location: LedgerLocation) -> Iterator[Ledger]:
    init_ledger(location, name="P", jurisdiction="fr", currency="EUR")
    with Ledger.open(location) as opened:
        yield opened


@pytest.fixture(params=["in process", "worker"])
def worker(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.param == "worker":
        monkeypatch.setattr(importing, "WORKER_FROM_BYTES", 0)


def run(ledger: Ledger, tmp_path: Path, name: str, text: str, **kwargs: Any) -> Any:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return importing.import_file(ledger, path, today=TODAY, **kwargs)


def details(ledger: Ledger) -> dict[str, dict[str, Any]]:
    with ledger.store.transaction() as repo:
        rows = repo.donor_details(range(1, 100), ("name", *FIELDS))
    return {
        row["name"]: {k: v for k, v in row.items() if k != "name" and v} for row in rows.values()
    }


def missing_information(ledger: Ledger) -> list[str]:
    return sorted(
        f["donor_name"] for f in compliance.list_flags(ledger) if f["kind"] == "missing_information"
    )


BEFORE = {"Jeanne Durand": {}, "Paul Martin": {}, "Luc Petit": {"city": "Lyon"}}
AFTER = {
    "Jeanne Durand": {
        "address": "12 rue des Lilas",
        "postcode": "75011",
        "city": "Paris",
        "country": "FR",
        "email": "jeanne@example.org",
    },
    "Paul Martin": {"email": "paul@example.org"},
    "Luc Petit": {"city": "Lyon"},
    "Nina Roy": {
        "address": "1 place Bellecour",
        "postcode": "69002",
        "city": "Lyon",
        "country": "FR",
    },
}


@pytest.mark.usefixtures("worker")
def test_a_later_file_fills_what_known_donors_lack_and_an_undo_takes_it_back(
    ledger: Ledger, tmp_path: Path
) -> None:
    run(ledger, tmp_path, "banque.csv", FIRST)
    assert details(ledger) == BEFORE
    assert missing_information(ledger) == ["Jeanne Durand", "Luc Petit", "Paul Martin"]

    preview = run(ledger, tmp_path, "helloasso.csv", LATER, dry_run=True)
    assert (preview.new, preview.donors_created, preview.donors_completed) == (5, 1, 2)
    assert preview.flags_resolved == 1
    assert details(ledger) == BEFORE  # a preview writes nothing

    report = run(ledger, tmp_path, "helloasso.csv", LATER)
    assert (report.new, report.donors_created, report.donors_completed) == (5, 1, 2)
    assert (report.to_json()["donors_completed"], report.to_json()["flags_resolved"]) == (2, 1)
    assert details(ledger) == AFTER
    # Jeanne's receipt may now be issued; Paul still has no address, Luc none that fits
    assert missing_information(ledger) == ["Luc Petit", "Paul Martin"]
    completed = [e for e in audit_log(ledger) if e["action"] == "donor.complete"]
    assert [(e["before"]["address"], e["after"]["address"]) for e in completed] == [
        (None, "12 rue des Lilas"),
        (None, None),
    ]
    assert verify_audit(ledger).ok

    undone = importing.undo_import(ledger, report.batch_id, today=TODAY)
    assert (undone["donations_removed"], undone["donors_removed"]) == (5, 1)
    assert undone["donors_restored"] == 2
    assert details(ledger) == BEFORE
    assert missing_information(ledger) == ["Jeanne Durand", "Luc Petit", "Paul Martin"]
    assert verify_audit(ledger).ok


def test_an_undo_leaves_a_detail_changed_since_and_one_added_by_hand(
    ledger: Ledger, tmp_path: Path
) -> None:
    run(ledger, tmp_path, "banque.csv", FIRST)
    report = run(ledger, tmp_path, "helloasso.csv", LATER)
    # a gift by hand for Paul tells his occupation: his, not the import's
    add_donation(
        ledger,
        DonationRequest(
            date="2025-03-01", donor="x", amount="10", donor_id=2, occupation="Teacher"
        ),
        today=TODAY,
    )
    with ledger.store.transaction() as repo:  # Jeanne's email corrected since
        repo.fill_donor(1, {"email": "jeanne.durand@example.org"})
    importing.undo_import(ledger, report.batch_id, today=TODAY)
    assert details(ledger) == {
        "Jeanne Durand": {"email": "jeanne.durand@example.org"},
        "Paul Martin": {"occupation": "Teacher"},
        "Luc Petit": {"city": "Lyon"},
    }


def test_a_file_never_replaces_a_detail(ledger: Ledger, tmp_path: Path) -> None:
    run(
        ledger,
        tmp_path,
        "a.csv",
        "date;nom;email;code postal;montant\n15/01/2025;Anne Roy;anne@example.org;75011;10\n",
    )
    report = run(
        ledger,
        tmp_path,
        "b.csv",
        "date;nom;email;adresse;code postal;ville;montant\n"
        "16/02/2025;ANNE ROY;anne@example.org;;75 011;Paris;12\n"
        # the street of that address, in another row
        "17/03/2025;Anne Roy;;9 rue C;75011;paris;14\n",
    )
    assert (report.donors_created, report.donors_completed) == (0, 1)
    # the street and town at the postcode the ledger has, as the rows give them
    assert details(ledger) == {
        "Anne Roy": {
            "email": "anne@example.org",
            "address": "9 rue C",
            "postcode": "75011",
            "city": "Paris",
        }
    }


@pytest.mark.usefixtures("worker")
def test_rows_that_give_a_known_donor_two_addresses_give_none(
    ledger: Ledger, tmp_path: Path
) -> None:
    """A donor who moved during the year, or two people of one name that the ledger
    cannot tell apart: which address is the donor's is the treasurer's to say. The
    email, given once, is filled."""
    run(ledger, tmp_path, "banque.csv", FIRST)
    report = run(
        ledger,
        tmp_path,
        "b.csv",
        "date;nom;adresse;code postal;ville;email;montant\n"
        "10/02/2025;Paul Martin;1 rue A;75001;Paris;;11\n"
        "11/03/2025;Paul Martin;;;;paul@example.org;12\n"
        "12/04/2025;Paul Martin;9 quai B;13002;Marseille;;13\n"
        "13/05/2025;Paul Martin;1 rue A;75001;Paris;;14\n",
    )
    assert (report.new, report.donors_created, report.donors_completed) == (4, 0, 1)
    assert details(ledger)["Paul Martin"] == {"email": "paul@example.org"}
    assert report.to_json()["two_addresses"] == [{"donor_id": 2, "name": "Paul Martin"}]


def test_a_pseudonymised_donor_is_neither_completed_nor_edited(
    ledger: Ledger, tmp_path: Path
) -> None:
    """Once the keeping period is over, the donor's details are not recorded again: not
    by a later file (the name no longer matches), not by 'donor edit' or a gift for
    their id."""
    run(ledger, tmp_path, "banque.csv", FIRST.replace("2025", "2014"))
    update_settings(ledger, retention_years=6)
    assert privacy.apply_retention(ledger, today=TODAY)["pseudonymised"] == 3
    with pytest.raises(UserError, match="donor 1 was pseudonymised"):
        donors.edit_donor(ledger, 1, {"address": "12 rue des Lilas"})
    add_donation(
        ledger,
        DonationRequest(date="2025-03-01", donor="x", amount="5", donor_id=1, city="Paris"),
        today=TODAY,
    )
    with ledger.store.transaction() as repo:
        assert repo.donor_details([1], ("city",)) == {1: {"city": None}}


def test_a_donors_kind_is_never_emptied(ledger: Ledger, tmp_path: Path) -> None:
    run(ledger, tmp_path, "banque.csv", FIRST)
    with pytest.raises(UserError, match="a donor's kind cannot be empty"):
        donors.edit_donor(ledger, 1, {"kind": " "})
    assert donors.edit_donor(ledger, 1, {"kind": "company"})["changed"] == ["kind"]


def test_pseudonymising_a_donor_redacts_what_an_import_filled(
    ledger: Ledger, tmp_path: Path
) -> None:
    run(ledger, tmp_path, "banque.csv", FIRST.replace("2025", "2014"))
    run(ledger, tmp_path, "helloasso.csv", LATER.replace("2025", "2014"))
    update_settings(ledger, retention_years=6)
    assert privacy.apply_retention(ledger, today=TODAY)["pseudonymised"] == 4
    [entry] = [
        e
        for e in audit_log(ledger)
        if e["action"] == "donor.complete"
        and e["before"]["name"] != "Paul Martin"
        and e["after"]["donor_id"] == 1
    ]
    assert entry["after"]["address"] == privacy.REDACTED
    assert entry["after"]["name"] == privacy.REDACTED
    assert verify_audit(ledger).ok


@pytest.mark.parametrize(
    ("existing", "offered", "filled"),
    [
        (
            {},
            {"address": "1 rue A", "postcode": "75001"},
            {"address": "1 rue A", "postcode": "75001"},
        ),
        # the street and town of the postcode the donor has (written otherwise)
        (
            {"postcode": "75 011"},
            {"address": "2 rue B", "postcode": "75011", "city": "Paris"},
            {"address": "2 rue B", "city": "Paris"},
        ),
        # another postcode, another town: the address is not pieced together
        ({"postcode": "69003"}, {"address": "2 rue B", "postcode": "75011", "city": "Paris"}, {}),
        (
            {"city": "Lyon"},
            {"address": "2 rue B", "city": "Paris", "email": "b@x.org"},
            {"email": "b@x.org"},
        ),
        (
            {"city": "paris", "country": "fr"},
            {"address": "2 rue B", "city": "Paris", "country": "FR"},
            {"address": "2 rue B"},
        ),
        ({"email": "a@x.org"}, {"email": "b@x.org", "employer": "ACME"}, {"employer": "ACME"}),
        ({"address": "1 rue A"}, {"address": "1 rue A"}, {}),
        # nothing of the place in common: not known to be the same address
        ({"address": "1 rue A", "city": "Paris"}, {"postcode": "13001"}, {}),
        ({"address": "1 rue A", "postcode": "75001"}, {"country": "BE"}, {}),
        # a country alone on the record: the address of that country
        ({"country": "FR"}, {"address": "1 rue A", "country": "fr"}, {"address": "1 rue A"}),
        ({"country": "FR"}, {"address": "1 rue A", "country": "BE"}, {}),
        ({}, {"name": "Someone else", "address": ""}, {}),
    ],
)
def test_blanks_filled(
    existing: dict[str, str], offered: dict[str, str], filled: dict[str, str]
) -> None:
    assert blanks_filled(existing, offered) == filled


#: One file, each donor new to the ledger: what later rows tell fills the blanks of the
#: first row's donor (an email, then an address), as for a known donor.
ONE_FILE = (
    "date;nom;adresse;code postal;ville;pays;email;montant\n"
    "10/02/2025;Jeanne Durand;;;;;;100,00\n"
    "11/02/2025;Paul Martin;;;;;paul@example.org;50,00\n"
    "12/02/2025;Jeanne Durand;;;;;jeanne@example.org;20,00\n"
    "13/02/2025;Jeanne Durand;12 rue des Lilas;75011;Paris;FR;jeanne@example.org;30,00\n"
    "14/02/2025;Jeanne Durand;;;;;;10,00\n"
    # Paul: two addresses given by his later rows, neither is his record's
    "15/02/2025;Paul Martin;3 quai du Port;13002;Marseille;FR;paul@example.org;40,00\n"
    "16/02/2025;Paul Martin;1 place Bellecour;69002;Lyon;FR;paul@example.org;25,00\n"
    # Luc's first row has his address: a later one elsewhere does not replace it
    "17/02/2025;Luc Petit;5 rue Neuve;33000;Bordeaux;FR;;60,00\n"
    "18/02/2025;Luc Petit;9 rue Haute;33000;Bordeaux;FR;luc@example.org;70,00\n"
)
ONE_FILE_DONORS = {
    "Jeanne Durand": {
        "address": "12 rue des Lilas",
        "postcode": "75011",
        "city": "Paris",
        "country": "FR",
        "email": "jeanne@example.org",
    },
    "Paul Martin": {"email": "paul@example.org"},
    "Luc Petit": {
        "address": "5 rue Neuve",
        "postcode": "33000",
        "city": "Bordeaux",
        "country": "FR",
        "email": "luc@example.org",
    },
}


@pytest.mark.parametrize("chunk", [50_000, 2, 1])
def test_a_donor_the_file_creates_gets_what_its_later_rows_tell(
    ledger: Ledger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    """Whether the later rows come before the donor is written (in the same chunk of
    the file) or after (a large file, planned by the worker in chunks): the same."""
    if chunk < 50_000:
        monkeypatch.setattr(importing, "WORKER_FROM_BYTES", 0)
        monkeypatch.setattr(importing, "_WORKER_CHUNK", chunk)
    report = run(ledger, tmp_path, "un-fichier.csv", ONE_FILE)
    assert (report.new, report.donors_created, report.donors_completed) == (9, 3, 0)
    assert details(ledger) == ONE_FILE_DONORS
    # Paul's rows give him two addresses and he has none: named, for the treasurer
    assert report.two_addresses == [{"donor_id": 2, "name": "Paul Martin"}]
    # Jeanne's and Luc's receipts may be issued; Paul's address is the treasurer's to say
    assert missing_information(ledger) == ["Paul Martin"]
    # written with what they were given (sealed by the batch's commit entry), or, given
    # more once written, completed with an entry each, as a known donor is
    completed = [e["before"]["name"] for e in audit_log(ledger) if e["action"] == "donor.complete"]
    assert completed == ([] if chunk == 50_000 else ["Jeanne Durand", "Luc Petit"])
    assert verify_audit(ledger).ok
    undone = importing.undo_import(ledger, report.batch_id)
    assert (undone["donations_removed"], undone["donors_removed"]) == (9, 3)
    assert undone["donors_restored"] == 0  # they are gone, not blanked again
    assert details(ledger) == {}
    assert verify_audit(ledger).ok
