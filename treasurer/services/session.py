"""Where a ledger is, and an open ledger: the handle every use case takes."""

from __future__ import annotations

import getpass
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import platformdirs
from sqlalchemy.engine import make_url

from treasurer.core.errors import UserError
from treasurer.core.model import LedgerSettings
from treasurer.db.errors import NoLedgerError
from treasurer.db.repository import LedgerRepository
from treasurer.db.store import LedgerStore, UpgradeReport

APP_NAME = "Treasurer"


# ---------------------------------------------------------------- where the ledger is
@dataclass(frozen=True, slots=True)
class LedgerLocation:
    """Where a ledger lives: a SQLAlchemy URL (a SQLite file or a PostgreSQL database)."""

    url: str

    @classmethod
    def for_path(cls, path: Path | str) -> LedgerLocation:
        return cls(str(make_url("sqlite://").set(database=str(Path(path).expanduser()))))

    @classmethod
    def resolve(
        cls,
        *,
        ledger: str | None = None,
        db: str | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> LedgerLocation:
        """``--db URL``, else ``--ledger PATH``, else ``$TREASURER_DB``, else
        ``$TREASURER_LEDGER``, else the default file in the user data folder."""
        env = os.environ if environ is None else environ
        if db:
            return cls.for_url(db)
        if ledger:
            return cls.for_path(ledger)
        if env.get("TREASURER_DB"):
            return cls.for_url(env["TREASURER_DB"])
        if env.get("TREASURER_LEDGER"):
            return cls.for_path(env["TREASURER_LEDGER"])
        return cls.for_path(default_ledger_path())

    @classmethod
    def for_url(cls, url: str) -> LedgerLocation:
        try:
            parsed = make_url(url)
        except Exception as exc:
            raise UserError(
                "{url!r} is not a database URL (postgresql+psycopg://user@host/db)", url=url
            ) from exc
        backend = parsed.get_backend_name()
        if backend not in {"sqlite", "postgresql"}:
            raise UserError(
                "Treasurer keeps ledgers in SQLite or PostgreSQL, not {backend}", backend=backend
            )
        if backend == "postgresql" and parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return cls(parsed.render_as_string(hide_password=False))

    @property
    def path(self) -> Path | None:
        parsed = make_url(self.url)
        if parsed.get_backend_name() == "sqlite" and parsed.database:
            return Path(parsed.database)
        return None

    def __str__(self) -> str:
        return (
            str(self.path) if self.path else make_url(self.url).render_as_string(hide_password=True)
        )


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_ledger_path() -> Path:
    return data_dir() / "ledger.db"


def demo_ledger_path() -> Path:
    return data_dir() / "demo.db"


# ---------------------------------------------------------------- an open ledger
class Ledger:
    """An open ledger. Use as a context manager, or call ``close()``."""

    def __init__(self, store: LedgerStore, location: LedgerLocation) -> None:
        self.store = store
        self.location = location

    @classmethod
    def open(cls, location: LedgerLocation) -> Ledger:
        """Open an existing ledger (upgrading its schema after a backup if it is older).

        Raises:
            NoLedgerError: there is no ledger there.
        """
        store = LedgerStore.open(location.url)
        ledger = cls(store, location)
        try:
            ledger.settings()
        except BaseException:
            store.close()
            raise
        return ledger

    def settings(self) -> LedgerSettings:
        with self.store.transaction() as repo:
            settings = repo.settings()
        if settings is None:
            raise NoLedgerError(
                "{location} has the ledger tables but no organisation; run 'treasurer init'",
                location=self.location,
            )
        return settings

    @property
    def upgrade(self) -> UpgradeReport | None:
        return self.store.upgrade

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def current_actor(repo: LedgerRepository) -> str:
    """The configured user name of this ledger, else the operating-system user."""
    configured = repo.get_setting("user_name")
    if configured:
        return configured
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user database entry (containers)
        return "unknown"
