"""Opening, creating and upgrading ledgers; the schema against the models; storage facts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from treasurer.core.model import DonorKind, PaymentMethod
from treasurer.db import migrate
from treasurer.db.engine import make_engine
from treasurer.db.errors import NoLedgerError
from treasurer.db.models import Base
from treasurer.db.store import LedgerStore
from treasurer.services.audit import verify_audit
from treasurer.services.ledger import (
    DonationRequest,
    Ledger,
    LedgerLocation,
    add_donation,
    init_ledger,
    ledger_info,
)


def test_migrations_create_exactly_the_models(location: LedgerLocation) -> None:
    store = LedgerStore.open(location.url, create=True)
    try:
        with store.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
    finally:
        store.close()


def test_migrations_are_a_single_line_of_history() -> None:
    assert migrate.known_revisions() == [
        "0001",
        "0002",
        "0003",
        "0004",
        "0005",
        "0006",
        "0007",
        "0008",
        "0009",
        "0010",
        "0011",
        "0012",
    ]
    assert migrate.head_revision() == "0012"


def test_missing_file_is_not_created_when_opening(tmp_path: Path) -> None:
    path = tmp_path / "absent.db"
    with pytest.raises(NoLedgerError, match=r"there is no ledger at .*absent\.db; create one"):
        LedgerStore.open(LedgerLocation.for_path(path).url)
    assert not path.exists()


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"Date;Donor;Amount\n2025-01-01;A;10\n")
    with pytest.raises(NoLedgerError, match="is not a Treasurer ledger"):
        LedgerStore.open(LedgerLocation.for_path(path).url)
    assert path.read_bytes() == b"Date;Donor;Amount\n2025-01-01;A;10\n"


def test_a_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    with pytest.raises(NoLedgerError, match="not a Treasurer ledger"):
        LedgerStore.open(LedgerLocation.for_path(path).url, create=True)
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    assert tables == ["contacts"]


def test_a_ledger_from_a_newer_treasurer_is_refused(tmp_path: Path) -> None:
    location = LedgerLocation.for_path(tmp_path / "l.db")
    init_ledger(location, name="P", jurisdiction="fr", currency="EUR")
    with sqlite3.connect(tmp_path / "l.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(NoLedgerError, match=r"newer version of Treasurer \(schema 9999\)"):
        Ledger.open(location)


def test_an_older_ledger_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(LedgerLocation.for_path(path).url)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0001")
        conn.execute(
            text(
                "INSERT INTO organisation (id, ledger_id, name, jurisdiction, base_currency,"
                " fiscal_year_start_month, fiscal_year_start_day, date_order, created_at)"
                " VALUES (1, '6b7cf0b8-0d3a-4c40-8d6b-3c1d6c1c1c1c', 'Old party', 'uk', 'GBP',"
                " 4, 6, 'dmy', '2024-01-01 00:00:00')"
            )
        )
    engine.dispose()

    with Ledger.open(LedgerLocation.for_path(path)) as ledger:
        report = ledger.upgrade
        info = ledger_info(ledger)

    assert report is not None
    assert (report.from_revision, report.to_revision) == ("0001", migrate.head_revision())
    assert info.schema_version == migrate.head_revision()
    assert info.name == "Old party"
    assert info.fiscal_year_start == "04-06"
    assert report.backup is not None
    assert report.backup.parent == tmp_path / "old-backups"
    with sqlite3.connect(report.backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT name FROM organisation").fetchone() == ("Old party",)
    # Opened again, nothing more to do.
    with Ledger.open(LedgerLocation.for_path(path)) as ledger:
        assert ledger.upgrade is None


def test_sqlite_ledger_uses_wal_and_enforces_foreign_keys(tmp_path: Path) -> None:
    location = LedgerLocation.for_path(tmp_path / "l.db")
    init_ledger(location, name="P", jurisdiction="fr", currency="EUR")
    engine = make_engine(location.url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()
    with sqlite3.connect(tmp_path / "l.db") as conn:
        conn.execute("PRAGMA foreign_keys=ON")
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                "INSERT INTO donation (uuid, donor_id, received_on, amount_minor, currency,"
                " method, entry_type, created_at) VALUES ('u', 999, '2025-01-01', 100, 'EUR',"
                " 'cash', 'donation', '2025-01-01')"
            )


def test_what_points_at_a_donation_is_found_by_an_index(tmp_path: Path) -> None:
    """Deleting a donation (an import undone) checks that no refund and no
    permissibility check points at it: by an index, not by reading the table once per
    donation (undoing 20,000 rows of a ledger of 40,000 took 65 s)."""
    location = LedgerLocation.for_path(tmp_path / "l.db")
    init_ledger(location, name="P", jurisdiction="fr", currency="EUR")
    with sqlite3.connect(tmp_path / "l.db") as conn:
        for table, column in (
            ("donation", "refund_of_id"),
            ("permissibility_check", "donation_id"),
        ):
            plan = conn.execute(
                f"EXPLAIN QUERY PLAN SELECT 1 FROM {table} WHERE {column} = 7"
            ).fetchall()
            assert f"INDEX ix_{table}_{column} " in plan[0][3]


def test_amounts_are_exact_integers_so_a_cap_is_not_crossed_by_rounding(
    location: LedgerLocation,
) -> None:
    """1438.65 + 921.49 + 939.86 is 3300.00 exactly; as floats it is 3300.0000000000005."""
    init_ledger(location, name="P", jurisdiction="us-fec", currency="USD")
    with Ledger.open(location) as ledger:
        for amount in ("1438.65", "921.49", "939.86"):
            result = add_donation(
                ledger,
                DonationRequest(date="2025-03-01", donor="Ann Lee", amount=amount),
            )
        info = ledger_info(ledger)
        with ledger.store.engine.connect() as conn:
            total = conn.execute(text("SELECT SUM(amount_minor) FROM donation")).scalar()
    assert total == 330000
    assert result.donor_total.minor == 330000
    assert info.totals == {"USD": "3300.00"}


def test_check_constraints_refuse_a_positive_refund_and_a_zero_donation(
    location: LedgerLocation,
) -> None:
    init_ledger(location, name="P", jurisdiction="fr", currency="EUR")
    store = LedgerStore.open(location.url)
    insert = (
        "INSERT INTO donation (uuid, donor_id, received_on, amount_minor, currency, method,"
        " entry_type, created_at) VALUES (:u, :d, '2025-01-01', :a, 'EUR', 'cash', :t,"
        " '2025-01-01')"
    )
    try:
        with store.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO donor (id, uuid, kind, name, name_key, created_at)"
                    " VALUES (1, 'd1', 'individual', 'A', 'a', '2025-01-01')"
                )
            )
        for amount, entry_type in ((0, "donation"), (-5, "donation"), (500, "refund")):
            with pytest.raises(Exception, match=r"(?i)check"), store.engine.begin() as conn:
                conn.execute(
                    text(insert), {"u": f"x{amount}", "d": 1, "a": amount, "t": entry_type}
                )
        with store.engine.begin() as conn:
            conn.execute(text(insert), {"u": "ok", "d": 1, "a": -500, "t": "refund"})
    finally:
        store.close()


def test_kind_and_method_checks_take_exactly_the_enums(location: LedgerLocation) -> None:
    """The CHECK constraints (equalities joined by OR since schema 0008) accept every
    donor kind and payment method the core names, and nothing else."""
    init_ledger(location, name="P", jurisdiction="fr", currency="EUR")
    store = LedgerStore.open(location.url)
    donor = (
        "INSERT INTO donor (uuid, kind, name, name_key, created_at)"
        " VALUES (:u, :k, 'A', 'a', '2025-01-01')"
    )
    donation = (
        "INSERT INTO donation (uuid, donor_id, received_on, amount_minor, currency, method,"
        " entry_type, created_at) VALUES (:u, :d, '2025-01-01', 100, 'EUR', :m, 'donation',"
        " '2025-01-01')"
    )
    try:
        with store.engine.begin() as conn:
            for kind in DonorKind:
                conn.execute(text(donor), {"u": f"k-{kind}", "k": kind.value})
            donor_id = conn.execute(text("SELECT max(id) FROM donor")).scalar()
            for method in PaymentMethod:
                conn.execute(text(donation), {"u": f"m-{method}", "d": donor_id, "m": method.value})
        for bad_kind in ("Individual", "person", "", "individual "):
            with pytest.raises(Exception, match=r"(?i)check"), store.engine.begin() as conn:
                conn.execute(text(donor), {"u": f"bad-{bad_kind}", "k": bad_kind})
        for bad_method in ("bitcoin", "CASH", "in kind"):
            with pytest.raises(Exception, match=r"(?i)check"), store.engine.begin() as conn:
                conn.execute(
                    text(donation), {"u": f"bad-{bad_method}", "d": donor_id, "m": bad_method}
                )
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM donor")).scalar() == len(DonorKind)
            counted = conn.execute(text("SELECT count(*) FROM donation")).scalar()
            assert counted == len(PaymentMethod)
    finally:
        store.close()


def test_upgrading_to_0008_keeps_every_row_and_the_seals(tmp_path: Path) -> None:
    """0008 rebuilds the donor and donation tables on SQLite: the rows, their ids and
    the audit seals come through unchanged; the old IN (...) checks are gone."""
    location = LedgerLocation.for_path(tmp_path / "l.db")
    init_ledger(location, name="P", jurisdiction="fr", currency="EUR")
    with Ledger.open(location) as ledger:
        for day, donor, amount in (
            ("2025-01-02", "Ann Lee", "50"),
            ("2025-02-03", "Bo Chan", "75"),
        ):
            add_donation(ledger, DonationRequest(date=day, donor=donor, amount=amount))
    rows = "SELECT * FROM donation ORDER BY id"
    with sqlite3.connect(tmp_path / "l.db") as conn:
        before = conn.execute(rows).fetchall()
    engine = make_engine(location.url)
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")  # as the store migrates
        with conn.begin():
            command.downgrade(migrate.alembic_config(conn), "0007")
    engine.dispose()
    with sqlite3.connect(tmp_path / "l.db") as conn:
        schema = " ".join(r[0] or "" for r in conn.execute("SELECT sql FROM sqlite_master"))
        assert "method IN ('cash'" in schema
        assert "kind IN ('individual'" in schema

    with Ledger.open(location) as ledger:
        assert ledger.upgrade is not None
        assert ledger.upgrade.from_revision == "0007"
        assert verify_audit(ledger).ok
    with sqlite3.connect(tmp_path / "l.db") as conn:
        assert conn.execute(rows).fetchall() == before
        schema = " ".join(r[0] or "" for r in conn.execute("SELECT sql FROM sqlite_master"))
    assert " IN ('cash'" not in schema
    assert " IN ('individual'" not in schema
    assert "method = 'cash' OR method = 'cheque'" in schema


def test_a_ledger_closed_whole_and_untouched_is_not_checked_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The integrity check reads the whole file; it is skipped for a file Treasurer
    closed itself and nobody touched since, and runs for anything else."""
    from treasurer.db import store as store_module

    path = tmp_path / "l.db"
    LedgerStore.open(f"sqlite:///{path}", create=True).close()
    checked: list[Path] = []

    def counting(found: Path, *, full: bool = False) -> None:
        checked.append(found)

    monkeypatch.setattr(store_module, "integrity_problem", counting)
    LedgerStore.open(f"sqlite:///{path}").close()
    assert checked == []  # closed whole, untouched
    raw = sqlite3.connect(path)  # another program writes to it
    with raw:
        raw.execute("CREATE TABLE other (x)")
    raw.close()
    LedgerStore.open(f"sqlite:///{path}").close()
    assert checked == [path]
    LedgerStore.open(f"sqlite:///{path}").close()
    assert checked == [path]  # closed whole by Treasurer again


@pytest.mark.parametrize(
    "row",
    [
        (1, "0196b0c2-1234-7abc-8def-0123456789ab", None, "2025-03-04", -1000, 0),
        ('quote " and \\\\ backslash', "é ü محمد", "\u2028\x01\t", None),
        (),
    ],
)
def test_the_seal_encodes_rows_as_json_always_did(row: tuple[object, ...]) -> None:
    """Seals written by earlier versions are verified with today's encoder: the same JSON."""
    import hashlib
    import json

    from treasurer.db.audit import row_digest

    expected = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode(row)
    assert row_digest(row) == hashlib.sha256(expected.encode("utf-8")).digest()
