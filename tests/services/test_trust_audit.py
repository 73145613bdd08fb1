"""The audit trail: every change is an entry with who, what, before and after; ``verify``
passes on an honest ledger (SQLite and PostgreSQL) and names the first broken entry for
each attack on the SQLite file."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from tests.cli.support import run as run_cli
from treasurer.services import compliance, donations, importing
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
MAPPING = """
id = "test-mapping"
name = "Test mapping"
[columns]
date = ["Date"]
donor = ["Name"]
amount = ["Amount"]
reference = ["Ref"]
email = ["Email"]
"""
CSV = (
    "Date;Name;Amount;Ref;Email\n"
    "25/01/2025;Claire Dubois;150,00;R1;claire@example.org\n"
    "03/02/2025;Jean Martin;1 234,50;R2;\n"
    "04/02/2025;Ana Silva;100;R3;\n"
    "05/02/2025;محمد العلمي;٢٠٠;R4;\n"
)


@pytest.fixture
def ledger(location: LedgerLocation) -> Iterator[Ledger]:
    init_ledger(location, name="P", jurisdiction="fr", currency="EUR")
    with Ledger.open(location) as opened:
        update_settings(opened, user_name="alice")
        yield opened


def add(ledger: Ledger, **fields: Any) -> Any:
    values: dict[str, Any] = {"date": "2025-03-01", "donor": "Claire Dubois", "amount": "100"}
    return add_donation(ledger, DonationRequest(**(values | fields)), today=TODAY)


def import_csv(ledger: Ledger, tmp_path: Path, body: str = CSV) -> importing.ImportReport:
    mapping = tmp_path / "mapping.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    path = tmp_path / f"dons-{len(list(tmp_path.iterdir()))}.csv"
    path.write_text(body, encoding="utf-8")
    return importing.import_file(ledger, path, mapping=mapping, today=TODAY)


def populate(ledger: Ledger, tmp_path: Path) -> dict[str, int]:
    """Every kind of change the app makes, each followed by a whole audit check."""
    first = add(ledger, address="1 rue X", country="FR")
    assert verify_audit(ledger).ok
    second = add(ledger, donor="Jean Dupont", amount="7600", date="2025-04-01")
    compliance.record_refund(
        ledger, second.donation_id, amount="100", date="2025-04-02", today=TODAY
    )
    batch = import_csv(ledger, tmp_path)
    assert batch.batch_id is not None
    assert verify_audit(ledger).ok
    other = add(ledger, donor="J. Dupont", amount="50")
    compliance.merge_donors(ledger, second.donor_id, other.donor_id, today=TODAY)
    donations.edit_donation(ledger, first.donation_id, amount="120", reason="typo", today=TODAY)
    compliance.set_override(
        ledger,
        first.donation_id,
        exclude_from_aggregate=False,
        force_report=True,
        reason="itemise",
        today=TODAY,
    )
    flags = compliance.list_flags(ledger)
    if flags:
        compliance.dismiss_flag(ledger, flags[0]["id"], reason="checked with the donor")
    extra = add(ledger, donor="Ana Silva", amount="10", date="2025-05-01")
    donations.delete_donation(ledger, extra.donation_id, reason="typed twice", today=TODAY)
    with ledger.store.transaction() as repo:
        imported = repo.donations(sort="id")[2:]
    # an imported row edited on its own (it leaves its batch's seal)
    imported_id = next(d.id for d in imported if d.reference == "R3")
    donations.edit_donation(ledger, imported_id, notes="cheque scanned", today=TODAY)
    second_batch = import_csv(ledger, tmp_path, CSV.replace(";R", ";S").replace(";Sef", ";Ref"))
    assert second_batch.batch_id is not None
    importing.undo_import(ledger, second_batch.batch_id, today=TODAY)
    update_settings(ledger, name="Parti des Tests", backup_keep=5)
    return {
        "first": first.donation_id,
        "second": second.donation_id,
        "batch": batch.batch_id,
        "imported": imported_id,
    }


def test_every_change_is_audited_and_verify_passes(ledger: Ledger, tmp_path: Path) -> None:
    ids = populate(ledger, tmp_path)
    report = verify_audit(ledger)
    assert report.ok, report.problems
    assert report.entries > 15
    actions = [e["action"] for e in audit_log(ledger)]
    for action in (
        "ledger.create",
        "settings.update",
        "donor.add",
        "donation.add",
        "donation.refund",
        "import.commit",
        "donor.merge",
        "donation.edit",
        "donation.override",
        "donation.delete",
        "import.undo",
    ):
        assert action in actions, action
    edit = next(e for e in audit_log(ledger) if e["action"] == "donation.edit")
    assert edit["actor"] == "alice"
    assert (edit["before"]["amount"], edit["after"]["amount"]) == ("100.00", "120.00")
    assert edit["after"]["reason"] == "typo"
    history = audit_log(ledger, donation_id=ids["first"])
    assert [e["action"] for e in history] == ["donation.add", "donation.edit", "donation.override"]
    assert audit_log(ledger, since="2999-01-01") == []


def test_a_donors_history_includes_merged_donors(ledger: Ledger, tmp_path: Path) -> None:
    first = add(ledger, donor="Jean Dupont")
    other = add(ledger, donor="J. Dupont")
    compliance.merge_donors(ledger, first.donor_id, other.donor_id, today=TODAY)
    actions = [e["action"] for e in audit_log(ledger, donor_id=first.donor_id)]
    assert actions == ["donor.add", "donation.add", "donor.add", "donation.add", "donor.merge"]


# ---------------------------------------------------------------- attacks on the file
@pytest.fixture
def sqlite_ledger(tmp_path: Path) -> tuple[Ledger, Path, dict[str, int]]:
    location = LedgerLocation.for_path(tmp_path / "ledger.db")
    init_ledger(location, name="P", jurisdiction="fr", currency="EUR")
    work = tmp_path / "files"
    work.mkdir()
    with Ledger.open(location) as opened:
        update_settings(opened, user_name="alice")
        ids = populate(opened, work)
        assert verify_audit(opened).ok
    return opened, tmp_path / "ledger.db", ids


def tamper(path: Path, *statements: str) -> None:
    with sqlite3.connect(path) as conn:  # behind the app's back: no triggers, no checks
        for sql in statements:
            conn.execute(sql)
    conn.close()


def first_problem(path: Path) -> dict[str, Any]:
    with Ledger.open(LedgerLocation.for_path(path)) as ledger:
        report = verify_audit(ledger)
    assert not report.ok
    return report.problems[0]


def entry_of(path: Path, action: str, nth: int = 0) -> int:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT id FROM audit_log WHERE action = ? ORDER BY id", (action,))
        found = [r[0] for r in rows]
    conn.close()
    return int(found[nth])


def test_an_edited_amount_is_found(sqlite_ledger: tuple[Ledger, Path, dict[str, int]]) -> None:
    _ledger, path, ids = sqlite_ledger
    tamper(path, f"UPDATE donation SET amount_minor = 1000 WHERE id = {ids['second']}")
    problem = first_problem(path)
    assert problem["entry"] == entry_of(path, "donation.add", 1)  # the last entry that wrote it
    assert problem["table"] == "donation"
    assert f"donation {ids['second']} (" in problem["message"]
    assert (
        "differs from what that entry wrote: changed behind Treasurer's back"
        in (problem["message"])
    )


def test_an_edited_imported_row_breaks_its_batch_seal(
    sqlite_ledger: tuple[Ledger, Path, dict[str, int]],
) -> None:
    _ledger, path, _ids = sqlite_ledger
    tamper(path, "UPDATE donation SET amount_minor = 15 WHERE reference = 'R1'")
    problem = first_problem(path)
    assert problem["entry"] == entry_of(path, "import.commit")
    assert "the 4 donation rows written by audit entry" in problem["message"]
    assert "(one or more of them changed behind Treasurer's back)" in problem["message"]


def test_a_deleted_donation_row_is_found(
    sqlite_ledger: tuple[Ledger, Path, dict[str, int]],
) -> None:
    _ledger, path, ids = sqlite_ledger
    tamper(
        path,
        "PRAGMA foreign_keys = OFF",
        f"DELETE FROM processor_fee WHERE donation_id = {ids['first']}",
        f"DELETE FROM donation WHERE id = {ids['first']}",
    )
    problem = first_problem(path)
    assert problem["entry"] == entry_of(path, "donation.override")
    assert "is missing: it was deleted behind Treasurer's back" in problem["message"]


def test_a_deleted_imported_row_is_found(
    sqlite_ledger: tuple[Ledger, Path, dict[str, int]],
) -> None:
    _ledger, path, _ids = sqlite_ledger
    tamper(path, "DELETE FROM donation WHERE reference = 'R2'")
    problem = first_problem(path)
    assert problem["entry"] == entry_of(path, "import.commit")
    assert "(1 of them deleted behind Treasurer's back)" in problem["message"]


def test_an_added_row_is_found(sqlite_ledger: tuple[Ledger, Path, dict[str, int]]) -> None:
    _ledger, path, _ids = sqlite_ledger
    tamper(
        path,
        "INSERT INTO donation (uuid, donor_id, received_on, amount_minor, currency, method,"
        " entry_type, created_at, exclude_from_aggregate, force_report)"
        " VALUES ('x-1', 1, '2025-06-01', 50000, 'EUR', 'cash', 'donation', '2025-06-01', 0, 0)",
    )
    problem = first_problem(path)
    assert problem["entry"] is None
    assert problem["key"] == "x-1"
    assert "is in no audit entry: it was added behind Treasurer's back" in problem["message"]


def test_a_deleted_log_row_is_found(sqlite_ledger: tuple[Ledger, Path, dict[str, int]]) -> None:
    _ledger, path, _ids = sqlite_ledger
    tamper(path, "DELETE FROM audit_log WHERE id = 5")
    problem = first_problem(path)
    assert problem["entry"] == 6
    assert "does not follow the entry before it" in problem["message"]


def test_deleting_the_last_log_row_orphans_what_it_wrote(
    sqlite_ledger: tuple[Ledger, Path, dict[str, int]],
) -> None:
    _ledger, path, _ids = sqlite_ledger
    with sqlite3.connect(path) as conn:
        last = conn.execute("SELECT MAX(id) FROM audit_log").fetchone()[0]
    conn.close()
    tamper(path, f"DELETE FROM audit_log WHERE id = {last}")  # the settings change
    problem = first_problem(path)
    assert problem["entry"] == last
    assert problem["table"] == "organisation"


def test_a_reordered_log_is_found(sqlite_ledger: tuple[Ledger, Path, dict[str, int]]) -> None:
    _ledger, path, _ids = sqlite_ledger
    tamper(
        path,
        "UPDATE audit_log SET id = -7 WHERE id = 7",
        "UPDATE audit_log SET id = 7 WHERE id = 8",
        "UPDATE audit_log SET id = 8 WHERE id = -7",
    )
    problem = first_problem(path)
    assert problem["entry"] == 7
    assert "does not follow the entry before it" in problem["message"]


def test_an_edited_log_entry_is_found(sqlite_ledger: tuple[Ledger, Path, dict[str, int]]) -> None:
    _ledger, path, _ids = sqlite_ledger
    entry = entry_of(path, "donation.edit")
    tamper(
        path,
        f"UPDATE audit_log SET after = replace(after, '120.00', '100.00') WHERE id = {entry}",
    )
    problem = first_problem(path)
    assert problem["entry"] == entry
    assert (
        "was changed behind Treasurer's back (its content no longer matches its hash)"
        in (problem["message"])
    )


def test_a_row_moved_to_another_entry_is_found(
    sqlite_ledger: tuple[Ledger, Path, dict[str, int]],
) -> None:
    _ledger, path, ids = sqlite_ledger
    tamper(path, f"UPDATE donation SET audit_id = NULL WHERE id = {ids['imported']}")
    problem = first_problem(path)
    assert problem["entry"] == entry_of(path, "donation.edit", 1)
    assert "but its record says otherwise" in problem["message"]


def test_the_cli_exits_non_zero_naming_the_first_broken_entry(
    sqlite_ledger: tuple[Ledger, Path, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    _ledger, path, ids = sqlite_ledger
    code, out, err = run_cli(capsys, "--ledger", str(path), "audit", "verify")
    assert code == 0, err
    assert out.startswith("The audit trail is whole: ")
    tamper(path, f"UPDATE donation SET amount_minor = 1000 WHERE id = {ids['second']}")
    code, out, err = run_cli(capsys, "--ledger", str(path), "audit", "verify")
    assert code == 4
    added = entry_of(path, "donation.add", 1)
    assert err.startswith(f"treasurer: error: the audit check failed: donation {ids['second']} (")
    assert f"was last written by audit entry {added} (donation.add by alice, " in err


def test_verify_passes_on_postgresql_and_finds_an_edit_there(pg_url: str, tmp_path: Path) -> None:
    location = LedgerLocation.for_url(pg_url)
    init_ledger(location, name="P", jurisdiction="fr", currency="EUR")
    with Ledger.open(location) as ledger:
        ids = populate(ledger, tmp_path)
        assert verify_audit(ledger).ok
        with ledger.store.engine.begin() as conn:
            conn.execute(
                text("UPDATE donation SET received_on = '2025-01-02' WHERE id = :i"),
                {"i": ids["first"]},
            )
        report = verify_audit(ledger)
    assert not report.ok
    assert report.problems[0]["table"] == "donation"


def test_a_ledger_upgraded_from_before_seals_is_sealed_by_a_baseline(tmp_path: Path) -> None:
    from treasurer.db import migrate
    from treasurer.db.engine import make_engine

    path = tmp_path / "old.db"
    engine = make_engine(LedgerLocation.for_path(path).url)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0004")
        conn.execute(
            text(
                "INSERT INTO organisation (id, ledger_id, name, jurisdiction, base_currency,"
                " fiscal_year_start_month, fiscal_year_start_day, date_order, created_at)"
                " VALUES (1, 'l-1', 'Old party', 'fr', 'EUR', 1, 1, 'dmy', '2024-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO donor (id, uuid, kind, name, name_key, created_at)"
                " VALUES (1, 'd-1', 'individual', 'A', 'a', '2024-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO donation (uuid, donor_id, received_on, amount_minor, currency,"
                " method, entry_type, created_at, exclude_from_aggregate, force_report)"
                " VALUES ('g-1', 1, '2024-03-01', 500, 'EUR', 'cash', 'donation',"
                " '2024-03-01', 0, 0)"
            )
        )
    engine.dispose()
    with Ledger.open(LedgerLocation.for_path(path)) as ledger:
        assert ledger.upgrade is not None
        assert verify_audit(ledger).ok
        assert [e["action"] for e in audit_log(ledger)] == ["audit.baseline"]
    tamper(path, "UPDATE donation SET amount_minor = 5 WHERE uuid = 'g-1'")
    problem = first_problem(path)
    assert problem["entry"] == 1
    assert "the 1 donation rows written by audit entry 1 (audit.baseline" in problem["message"]
