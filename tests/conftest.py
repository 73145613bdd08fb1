"""Fixtures shared by the test suite: ledgers on SQLite and on a real PostgreSQL server.

``scripts/test.sh`` starts a throwaway PostgreSQL server and exports
``TREASURER_TEST_PG_URL``; each PostgreSQL test gets a database of its own. Run
without a server, the PostgreSQL cases are skipped, unless ``TREASURER_REQUIRE_PG``
is set (as it is in the test script and CI), where a missing server fails them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from treasurer.services.ledger import LedgerLocation


@pytest.fixture(autouse=True)
def _private_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test may read or write the real user's ledger or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    for name in ("TREASURER_LEDGER", "TREASURER_DB"):
        monkeypatch.delenv(name, raising=False)


def _pg_admin_url() -> str:
    url = os.environ.get("TREASURER_TEST_PG_URL")
    if not url:
        if os.environ.get("TREASURER_REQUIRE_PG"):
            pytest.fail("TREASURER_TEST_PG_URL is not set: the PostgreSQL tests cannot run")
        pytest.skip("no PostgreSQL server (run the suite with scripts/test.sh)")
    return url


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A new, empty PostgreSQL database, dropped after the test."""
    admin = _pg_admin_url()
    name = f"t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(_libpq(admin), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(admin).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(_libpq(admin), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> LedgerLocation:
    """Where a new ledger goes: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return LedgerLocation.for_path(tmp_path / "ledger.db")
    return LedgerLocation.for_url(request.getfixturevalue("pg_url"))
