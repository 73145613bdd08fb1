"""A large file is read, parsed and planned by a worker process while the importing
process writes. The worker must change nothing of what an import does: the same rows,
donors, refunds, fees, bad rows, duplicates and flags as an import in one process; its
errors arrive as the importing process's own; a failure on either side leaves the
ledger as it was; and where no worker can start, the import runs in one process."""

from __future__ import annotations

import datetime as dt
import logging
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from treasurer.core.errors import TreasurerError, UserError
from treasurer.db.repository import LedgerRepository
from treasurer.importers import plan
from treasurer.importers.records import ImportFileError
from treasurer.services import audit, compliance, importing
from treasurer.services.ledger import (
    DonationRequest,
    Ledger,
    LedgerLocation,
    add_donation,
    init_ledger,
    list_donations,
)

from .test_import_pipeline import MAPPING, TODAY, write

# bad rows (an amount, a date, an unknown unit, a currency), duplicates in the file, a
# refund of a donation in the file and one of a donation already in the ledger, fees,
# rows without reference (fingerprints, twice the same), donors known and new, Arabic
ROWS = (
    "Date;Name;Amount;Ref;Method;Email;Postcode;Fee;Refund of;Currency;Unit\n"
    "25/01/2025;Claire Dubois;150,00;R1;virement;claire@example.org;;1,20;;;\n"
    "03/02/2025;CLAIRE DUBOIS;1 234,50;R2;cb;claire@example.org;;;;;\n"
    "04/02/2025;Jean Martin;100;R3;espèces;;75011;;;;\n"
    "05/02/2025;محمد العلمي;٢٠٠;R4;virement;;;;;;\n"
    "06/02/2025;Known Donor;40;R5;cb;;;;;;\n"
    "07/02/2025;Jean Martin;12,34,5;R6;cb;;;;;;\n"
    "31/02/2025;Jean Martin;10;R7;cb;;;;;;\n"
    "08/02/2025;Jean Martin;10;R8;cb;;;;;;Nowhere\n"
    "09/02/2025;Jean Martin;10;R9;cb;;;;;USD;\n"
    "25/01/2025;Claire Dubois;150,00;R1;virement;claire@example.org;;1,20;;;\n"
    "10/02/2025;Claire Dubois;-50;R10;cb;;;;R1;;\n"
    "11/02/2025;Known Donor;-20;R11;cb;;;;K1;;\n"
    "12/02/2025;Sans Référence;30;;cb;;;;;;\n"
    "12/02/2025;Sans Référence;30;;cb;;;;;;\n"
    "13/02/2025;Ana Ruiz;7600;R12;cb;;;;;;\n"
)


@pytest.fixture
def mapping(tmp_path: Path) -> Path:
    path = tmp_path / "mapping.toml"
    path.write_text(MAPPING, encoding="utf-8")
    return path


@pytest.fixture
def ledgers(tmp_path: Path) -> Iterator[tuple[Ledger, Ledger]]:
    """Two ledgers alike, each with one known donor and a donation referenced K1."""
    opened = []
    for name in ("here", "worker"):
        location = LedgerLocation.for_path(tmp_path / f"{name}.db")
        init_ledger(location, name="P", jurisdiction="fr", currency="EUR")
        ledger = Ledger.open(location)
        add_donation(
            ledger,
            DonationRequest(donor="Known Donor", amount="60", date="2025-01-10", reference="K1"),
            today=TODAY,
        )
        opened.append(ledger)
    yield opened[0], opened[1]
    for ledger in opened:
        ledger.close()


def in_worker(monkeypatch: pytest.MonkeyPatch, *, chunk: int = 3) -> None:
    monkeypatch.setattr(importing, "WORKER_FROM_BYTES", 0)
    monkeypatch.setattr(importing, "_WORKER_CHUNK", chunk)  # several messages, even here


def contents(ledger: Ledger) -> list[tuple[Any, ...]]:
    """Every donation, fee and donor as the ledger holds them, without ids and uuids."""
    with ledger.store.transaction() as repo:
        rows = repo.session.execute(
            text(
                "SELECT d.received_on, n.name, n.postcode, n.email, d.amount_minor, d.method,"
                " d.entry_type, d.reference, d.fingerprint, o.reference, u.name,"
                " (SELECT sum(f.amount_minor) FROM processor_fee f WHERE f.donation_id = d.id)"
                " FROM donation d JOIN donor n ON n.id = d.donor_id"
                " LEFT JOIN donation o ON o.id = d.refund_of_id"
                " LEFT JOIN accounting_unit u ON u.id = d.unit_id ORDER BY d.id"
            )
        ).all()
    return [tuple(r) for r in rows]


def comparable(report: importing.ImportReport) -> dict[str, Any]:
    found = report.to_json()
    for key in ("batch_id", "file", "rejects"):
        found.pop(key)
    return found


def test_a_file_planned_in_a_worker_is_imported_exactly_as_in_one_process(
    ledgers: tuple[Ledger, Ledger], tmp_path: Path, mapping: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here, worker = ledgers
    path = write(tmp_path, "dons.csv", ROWS)
    alone = importing.import_file(here, path, mapping=mapping, today=TODAY, skip_bad_rows=True)
    in_worker(monkeypatch)
    beside = importing.import_file(worker, path, mapping=mapping, today=TODAY, skip_bad_rows=True)

    assert comparable(beside) == comparable(alone)
    assert (beside.rows, beside.new, beside.refunds, beside.duplicates) == (15, 8, 2, 1)
    assert (beside.fees, beside.donors_created) == (1, 5)
    assert [(e.line, e.column) for e in beside.errors] == [
        (7, "Amount"),
        (8, "Date"),
        (9, "Unit"),
        (10, "Currency"),
    ]
    assert contents(worker) == contents(here)
    assert [(f["kind"], f["donor_name"], f["total"]) for f in compliance.list_flags(worker)] == [
        (f["kind"], f["donor_name"], f["total"]) for f in compliance.list_flags(here)
    ]
    assert audit.verify_audit(worker).ok
    # and again: everything is recognised as already there
    again = importing.import_file(worker, path, mapping=mapping, today=TODAY, skip_bad_rows=True)
    assert (again.new, again.refunds, again.duplicates) == (0, 0, 11)


def test_bad_rows_from_the_worker_commit_nothing(
    ledgers: tuple[Ledger, Ledger], tmp_path: Path, mapping: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _here, ledger = ledgers
    in_worker(monkeypatch)
    before = contents(ledger)
    with pytest.raises(importing.BadRowsError) as caught:
        importing.import_file(ledger, write(tmp_path, "d.csv", ROWS), mapping=mapping, today=TODAY)
    assert [e.line for e in caught.value.report.errors] == [7, 8, 9, 10]
    assert str(caught.value).startswith("4 bad rows in ")
    assert contents(ledger) == before
    assert importing.list_batches(ledger) == []


def test_a_dry_run_in_the_worker_writes_nothing(
    ledgers: tuple[Ledger, Ledger], tmp_path: Path, mapping: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _here, ledger = ledgers
    in_worker(monkeypatch)
    before = contents(ledger)
    report = importing.import_file(
        ledger, write(tmp_path, "d.csv", ROWS), mapping=mapping, today=TODAY, dry_run=True
    )
    assert (report.new, report.refunds, report.committed, len(report.errors)) == (8, 2, False, 4)
    assert report.flags > 0
    assert contents(ledger) == before


def test_the_worker_restarts_when_a_late_date_settles_the_order(
    ledgers: tuple[Ledger, Ledger], tmp_path: Path, mapping: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _here, ledger = ledgers
    in_worker(monkeypatch, chunk=2)
    ambiguous = "".join(f"0{m}/0{d}/2025;Donor {m}{d};10;A{m}{d}\n" for m in (1, 2) for d in (3, 4))
    late = "Date;Name;Amount;Ref\n" + ambiguous + "04/25/2025;L;10;L1\n"
    path = write(tmp_path, "late.csv", late)
    report = importing.import_file(ledger, path, mapping=mapping, today=TODAY)
    assert (report.new, report.errors) == (5, [])
    days = sorted(d.received_on for d in list_donations(ledger) if d.reference != "K1")
    assert days[0] == dt.date(2025, 1, 3)  # month-first throughout
    assert len(importing.list_batches(ledger)) == 1


def test_an_error_in_the_worker_is_raised_here_and_writes_nothing(
    ledgers: tuple[Ledger, Ledger], tmp_path: Path, mapping: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _here, ledger = ledgers
    in_worker(monkeypatch, chunk=2)
    rows = "".join(f"2{d}/01/2025;D{d};10;C{d}\n" for d in range(5))
    path = write(tmp_path, "c.csv", "Date;Name;Amount;Ref\n" + rows + "01/25/2025;O;10;X1\n")
    before = contents(ledger)
    with pytest.raises(ImportFileError, match="the date column is inconsistent"):
        importing.import_file(ledger, path, mapping=mapping, today=TODAY)
    assert contents(ledger) == before
    assert importing.list_batches(ledger) == []


def test_a_failure_here_stops_the_worker_and_keeps_the_ledger(
    ledgers: tuple[Ledger, Ledger], tmp_path: Path, mapping: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As when the person presses Cancel: the first chunk was written, then the import
    stops; the transaction rolls back and the worker is not left running."""
    _here, ledger = ledgers
    in_worker(monkeypatch, chunk=2)
    rows = "".join(f"0{1 + i % 9}/03/2025;Donor {i};10;S{i}\n" for i in range(200))
    path = write(tmp_path, "s.csv", "Date;Name;Amount;Ref\n" + rows)
    before = contents(ledger)

    def stop(done: int, _expected: int) -> None:
        if done >= 4:
            raise UserError("stopped on request; nothing was changed")

    with pytest.raises(UserError, match="stopped on request"):
        importing.import_file(ledger, path, mapping=mapping, today=TODAY, progress=stop)
    assert contents(ledger) == before
    assert importing.list_batches(ledger) == []


@pytest.mark.parametrize("why", ["no python", "frozen app"])
def test_without_a_python_to_run_the_worker_the_import_runs_here(
    ledgers: tuple[Ledger, Ledger],
    tmp_path: Path,
    mapping: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    why: str,
) -> None:
    here, ledger = ledgers
    path = write(tmp_path, "dons.csv", ROWS)
    alone = importing.import_file(here, path, mapping=mapping, today=TODAY, skip_bad_rows=True)
    in_worker(monkeypatch)
    if why == "frozen app":  # its executable is the app itself, not a Python
        monkeypatch.setattr(sys, "frozen", True, raising=False)
    else:
        monkeypatch.setattr(sys, "executable", str(tmp_path / "no-python-here"))
    with caplog.at_level(logging.WARNING):
        report = importing.import_file(
            ledger, path, mapping=mapping, today=TODAY, skip_bad_rows=True
        )
    assert "worker process did not start" in caplog.text
    assert comparable(report) == comparable(alone)
    assert contents(ledger) == contents(here)


def test_a_worker_that_dies_leaves_the_ledger_as_it_was(
    ledgers: tuple[Ledger, Ledger], tmp_path: Path, mapping: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Python that starts but is not Treasurer's worker (it exits at once, as a worker
    killed by the system would): the import fails clearly and nothing is written."""
    _here, ledger = ledgers
    in_worker(monkeypatch)
    fake = tmp_path / "python"
    # reads the job, announces a message of one byte, and ends without it
    fake.write_text("#!/bin/sh\ncat >/dev/null\nprintf 'C\\0\\0\\0\\0\\0\\0\\0\\1'\n")
    fake.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(fake))
    before = contents(ledger)
    with pytest.raises(TreasurerError, match="worker process stopped before the end"):
        importing.import_file(ledger, write(tmp_path, "d.csv", ROWS), mapping=mapping, today=TODAY)
    assert contents(ledger) == before


def test_progress_is_reported_as_rows_are_read_even_when_none_is_new(
    ledgers: tuple[Ledger, Ledger], tmp_path: Path, mapping: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Importing the same file again plans nothing new: the worker still says how far
    it has read."""
    _here, ledger = ledgers
    in_worker(monkeypatch, chunk=4)
    rows = "".join(f"0{1 + i % 9}/03/2025;Donor {i};10;P{i}\n" for i in range(20))
    path = write(tmp_path, "p.csv", "Date;Name;Amount;Ref\n" + rows)
    importing.import_file(ledger, path, mapping=mapping, today=TODAY)
    calls: list[int] = []
    again = importing.import_file(
        ledger, path, mapping=mapping, today=TODAY, progress=lambda done, _e: calls.append(done)
    )
    assert (again.new, again.duplicates) == (0, 20)
    assert calls[:5] == [4, 8, 12, 16, 20]


def test_a_bug_in_the_worker_comes_back_with_its_traceback(tmp_path: Path) -> None:
    """Not one of Treasurer's errors: sent as a RuntimeError holding the worker's
    traceback, so that the window's "this is a bug" box shows where it happened."""
    sent: list[tuple[bytes, bytes]] = []
    job = plan.Job(plan.RowSource(tmp_path / "x.csv"), {}, check_cells=False, formulas=False)
    plan.plan_in_worker(job, lambda tag, body: sent.append((tag, body)))
    [(tag, body)] = sent
    error = pickle.loads(body)
    assert tag == b"X"
    assert isinstance(error, RuntimeError)
    assert str(error).startswith("the import's worker process failed:")
    assert "Traceback" in str(error)
    assert "plan_in_worker" in str(error)


def indexes(ledger: Ledger) -> list[str]:
    """The names of the donation and donor tables' indexes."""
    with ledger.store.transaction() as repo:
        found = repo.session.connection().exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index'"
            " AND tbl_name IN ('donation', 'donor') ORDER BY name"
        )
        return [str(r[0]) for r in found]


@pytest.mark.parametrize("worker", [False, True], ids=["one process", "worker"])
def test_a_bulk_load_leaves_every_index_whatever_happens(
    ledgers: tuple[Ledger, Ledger],
    tmp_path: Path,
    mapping: Path,
    monkeypatch: pytest.MonkeyPatch,
    worker: bool,
) -> None:
    """A file larger than a third of the ledger is a bulk load: the non-unique indexes
    are dropped while it loads and built again at the end. Committed, failed on bad
    rows, or stopped by an error, the ledger keeps every index."""
    _here, ledger = ledgers
    if worker:
        in_worker(monkeypatch)
    else:
        monkeypatch.setattr(importing, "_CHUNK", 3)  # a bulk load starts before the end
    before = indexes(ledger)
    assert len(before) == 11
    assert "ix_donation_donor_date" in before
    dropped: list[list[str]] = []
    drop = LedgerRepository.drop_bulk_indexes

    def spy(repo: LedgerRepository) -> list[str]:
        dropped.append(drop(repo))
        return dropped[-1]

    monkeypatch.setattr(LedgerRepository, "drop_bulk_indexes", spy)
    path = write(tmp_path, "d.csv", ROWS)

    with pytest.raises(importing.BadRowsError):
        importing.import_file(ledger, path, mapping=mapping, today=TODAY)
    assert indexes(ledger) == before

    bad_dates = "Date;Name;Amount;Ref\n" + "".join(f"2{d}/01/2025;D{d};10;C{d}\n" for d in range(5))
    with pytest.raises(ImportFileError, match="the date column is inconsistent"):
        importing.import_file(
            ledger, write(tmp_path, "c.csv", bad_dates + "01/25/2025;O;10;X1\n"), mapping=mapping
        )
    assert indexes(ledger) == before

    report = importing.import_file(ledger, path, mapping=mapping, today=TODAY, skip_bad_rows=True)
    assert report.committed
    assert report.new == 8
    assert indexes(ledger) == before
    assert [len(statements) for statements in dropped] == [9, 9, 9]
    assert audit.verify_audit(ledger).ok
