"""Copying a ledger file into PostgreSQL: identical rows, ids and sums, or nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from treasurer.core.errors import UserError
from treasurer.db import copy as db_copy
from treasurer.db.errors import StorageError
from treasurer.services import compliance, demo, migration
from treasurer.services.ledger import Ledger, LedgerLocation, init_ledger

END = dt.date(2025, 12, 31)


def _tables(url: str) -> list[str]:
    libpq = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(libpq) as conn:
        rows = conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
        ).fetchall()
    return [r[0] for r in rows]


@pytest.fixture
def ledger_file(tmp_path: Path) -> LedgerLocation:
    location = LedgerLocation.for_path(tmp_path / "party.db")
    init_ledger(location, name="Parti", jurisdiction="fr", currency="EUR")
    with Ledger.open(location) as ledger:
        demo.generate_demo(ledger, donations=1500, seed=5, end=END)
        compliance.check_ledger(ledger, today=END)
        donors = compliance.list_flags(ledger)
        first = next(f for f in donors if f["donor_id"])
        # a donor merged into a later one: a link to a higher id of the same table
        with ledger.store.transaction() as repo:
            last = int(repo.session.execute(text("SELECT max(id) FROM donor")).scalar() or 0)
        compliance.merge_donors(ledger, last, int(first["donor_id"]), today=END)
    return location


def test_a_copy_has_the_same_rows_ids_and_sums(ledger_file: LedgerLocation, pg_url: str) -> None:
    with Ledger.open(ledger_file) as ledger:
        result = migration.migrate_to(ledger, pg_url)
        with ledger.store.transaction() as repo:
            source = {
                t: repo.session.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                for t in ("donor", "donation", "flag", "audit_log", "accounting_unit")
            }
            merged = repo.session.execute(
                text("SELECT id, merged_into_id FROM donor WHERE merged_into_id IS NOT NULL")
            ).all()
    copied = {t["table"]: t for t in result["tables"]}
    assert {t: copied[t]["rows"] for t in source} == source
    assert copied["donation"]["sums"]["amount_minor"] > 0
    with Ledger.open(LedgerLocation.for_url(pg_url)) as target, target.store.transaction() as repo:
        again = repo.session.execute(
            text("SELECT id, merged_into_id FROM donor WHERE merged_into_id IS NOT NULL")
        ).all()
        assert sorted(again) == sorted(merged)
        # every audit entry is there
        entries = repo.audit_entries()
        assert len(entries) == source["audit_log"]
    with Ledger.open(LedgerLocation.for_url(pg_url)) as target:
        check = compliance.check_ledger(target, today=END)
    assert (check.raised, check.updated, check.resolved, check.reopened) == (0, 0, 0, 0)


def test_a_copy_that_does_not_match_leaves_nothing(
    ledger_file: LedgerLocation, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = db_copy._figures

    def wrong(connection, table):
        rows, sums = real(connection, table)
        if connection.dialect.name == "postgresql" and table.name == "donation":
            rows -= 1
        return rows, sums

    monkeypatch.setattr(db_copy, "_figures", wrong)
    with (
        Ledger.open(ledger_file) as ledger,
        pytest.raises(StorageError, match="the copy of table donation does not match"),
    ):
        migration.migrate_to(ledger, pg_url)
    assert _tables(pg_url) == []


def test_only_a_file_into_postgresql(ledger_file: LedgerLocation, tmp_path: Path) -> None:
    with Ledger.open(ledger_file) as ledger, pytest.raises(UserError, match="into PostgreSQL"):
        migration.migrate_to(ledger, f"sqlite:///{tmp_path / 'other.db'}")
