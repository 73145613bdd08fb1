"""Opening a ledger: find it, check it is one, upgrade its schema (after a backup).

``LedgerStore.open`` is the only way the rest of Treasurer reaches a database; each
unit of work is ``with store.transaction() as repo: ...``, committed as a whole or
not at all.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from treasurer.core.errors import Message
from treasurer.db import migrate
from treasurer.db.audit import COVERS, Group
from treasurer.db.engine import is_sqlite, make_engine, sqlite_url
from treasurer.db.errors import NoLedgerError, StorageError
from treasurer.db.repository import LedgerRepository

_SQLITE_HEADER = b"SQLite format 3\x00"
#: The schema from which rows carry audit seals.
SEALS_REVISION = "0006"


@dataclass(frozen=True, slots=True)
class UpgradeReport:
    """What opening did to the schema: from which revision, and where the backup went."""

    from_revision: str | None
    to_revision: str
    backup: Path | None


class LedgerStore:
    """An open ledger database: SQLite file or PostgreSQL database."""

    def __init__(self, engine: Engine, url: URL) -> None:
        self.engine = engine
        self.url = url
        self.upgrade: UpgradeReport | None = None

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None on a server database."""
        if is_sqlite(self.url) and self.url.database:
            return Path(self.url.database)
        return None

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    @classmethod
    def open(cls, url: URL | str, *, create: bool = False) -> LedgerStore:
        """Open the ledger at ``url``; with ``create``, make its schema if it has none.

        An older schema is upgraded, after a backup of a SQLite file.

        Raises:
            NoLedgerError: nothing is there and ``create`` is false.
            UserError: the file is not a ledger, or was written by a newer Treasurer.
            StorageError: the database cannot be reached or read.
        """
        url = make_url(url)
        if is_sqlite(url):
            path = Path(url.database or "")
            _check_sqlite_file(path, create=create)
            url = sqlite_url(path)
            if path.exists() and not _closed_whole(path):
                _refuse_damaged(path)
        store = cls(make_engine(url), url)
        try:
            store._prepare(create=create)
        except BaseException:
            store.close()
            raise
        return store

    def _prepare(self, *, create: bool) -> None:
        head = migrate.head_revision()
        try:
            with self.engine.connect() as connection:
                current = migrate.current_revision(connection)
                tables = set(inspect(connection).get_table_names())
        except (OperationalError, DatabaseError) as exc:
            raise _storage_error(self.display_name, exc) from exc
        if current is None:
            if tables - {"alembic_version"}:
                raise NoLedgerError(
                    "{ledger} holds a database that is not a Treasurer ledger",
                    ledger=self.display_name,
                )
            if not create:
                raise NoLedgerError(
                    "there is no ledger at {ledger}; create one with 'treasurer init'",
                    ledger=self.display_name,
                )
        elif current not in migrate.known_revisions():
            raise NoLedgerError(
                "{ledger} was written by a newer version of Treasurer "
                "(schema {schema}); update Treasurer to open it",
                ledger=self.display_name,
                schema=current,
            )
        if current == head:
            return
        backup = self.backup(reason=f"before-upgrade-{current}") if current and self.path else None
        try:
            if self.path is None:
                with self.engine.begin() as connection:
                    migrate.upgrade(connection)
            else:
                self._upgrade_sqlite()
            if current is not None and _before_seals(current):
                self._seal_baseline(current)
        except SQLAlchemyError as exc:
            raise _storage_error(self.display_name, exc) from exc
        self.upgrade = UpgradeReport(current, head, backup)

    def _seal_baseline(self, revision: str) -> None:
        """Seal the rows a ledger held before it had seals (schema 0006) with one entry,
        so that ``treasurer audit verify`` checks them from now on."""
        with self.transaction() as repo:
            settings = repo.settings()
            repo.append_audit(
                actor="treasurer (schema upgrade)",
                action="audit.baseline",
                entity="ledger",
                entity_uuid=settings.ledger_id if settings else None,
                after={"from_schema": revision},
                groups=[Group.adopt(name) for name in COVERS],
            )

    def _upgrade_sqlite(self) -> None:
        """Migrate with foreign-key enforcement off, as SQLite advises for table rebuilds
        (with it on, dropping a rebuilt table checks every row referring to it), then
        check every foreign key before committing."""
        with self.engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys=OFF")  # outside a transaction, or it is ignored
            try:
                with connection.begin():
                    migrate.upgrade(connection)
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise StorageError(
                            "upgrading {ledger} would break {count} links "
                            "between rows; the ledger was left as it was",
                            ledger=self.display_name,
                            count=len(broken),
                        )
            finally:
                raw.execute("PRAGMA foreign_keys=ON")

    def backup_dir(self) -> Path:
        assert self.path is not None
        return self.path.parent / f"{self.path.stem}-backups"

    def backup(self, *, reason: str, out: Path | None = None) -> Path:
        """Copy the SQLite ledger with SQLite's online backup API; return the copy's path."""
        if self.path is None:
            raise StorageError("backups of a server database are made with the server's own tools")
        if out is None:
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
            out = self.backup_dir() / f"{self.path.stem}-{stamp}-{reason}.db"
        out.parent.mkdir(parents=True, exist_ok=True)
        try:
            source = sqlite3.connect(self.path)
            try:
                target = sqlite3.connect(out)
                try:
                    source.backup(target)
                finally:
                    target.close()
            finally:
                source.close()
        except sqlite3.Error as exc:
            raise StorageError(
                "could not back up {ledger} to {target}: {problem}",
                ledger=self.path,
                target=out,
                problem=str(exc),
            ) from exc
        return out

    @contextmanager
    def transaction(self) -> Iterator[LedgerRepository]:
        """One unit of work: committed when the block ends, rolled back if it raises."""
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield LedgerRepository(session)
        except OperationalError as exc:
            raise _storage_error(self.display_name, exc) from exc

    def close(self) -> None:
        self.engine.dispose()
        if self.path is not None:
            _remember_closed_whole(self.path)


def _before_seals(revision: str) -> bool:
    known = migrate.known_revisions()
    return revision in known and known.index(revision) < known.index(SEALS_REVISION)


def _check_sqlite_file(path: Path, *, create: bool) -> None:
    if not path.name or str(path) == ":memory:":
        raise NoLedgerError("a ledger needs a file name")
    if path.is_dir():
        raise NoLedgerError("{path} is a folder, not a ledger file", path=path)
    if not path.exists():
        if not create:
            raise NoLedgerError(
                "there is no ledger at {ledger}; create one with 'treasurer init'", ledger=path
            )
        if not path.parent.is_dir():
            raise NoLedgerError("the folder {folder} does not exist", folder=path.parent)
        return
    with path.open("rb") as handle:
        header = handle.read(len(_SQLITE_HEADER))
    if not header and not create:
        raise NoLedgerError("{path} is an empty file, not a Treasurer ledger", path=path)
    if header and header != _SQLITE_HEADER:
        raise NoLedgerError(
            "{path} is not a Treasurer ledger (it is not a SQLite database)", path=path
        )


#: The time stamp in a backup's file name (``NAME-STAMP-REASON.db``).
BACKUP_STAMP = re.compile(r"-(\d{8}T\d{12}Z)-")


def backups_of(folder: Path, stem: str) -> list[Path]:
    """Backups of ledger ``stem`` in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [
        (match[1], p)
        for p in folder.iterdir()
        if p.name.startswith(f"{stem}-")
        and p.name.endswith((".db", ".db.enc"))
        and (match := BACKUP_STAMP.search(p.name[len(stem) :]))
    ]
    return [p for _stamp, p in sorted(found, reverse=True)]


def newest_backup(path: Path) -> Path | None:
    """The newest backup of the ledger file ``path``: in the folder its settings name (if
    they can be read), else beside it."""
    folders = [path.parent / f"{path.stem}-backups"]
    try:
        with closing(sqlite3.connect(path)) as conn:
            row = conn.execute("SELECT value FROM setting WHERE key = 'backup_dir'").fetchone()
        if row and row[0]:
            folders.insert(0, Path(row[0]).expanduser())
    except sqlite3.Error:
        pass
    found = [p for folder in folders for p in backups_of(folder, path.stem)]
    return max(found, key=lambda p: BACKUP_STAMP.search(p.name)[1]) if found else None  # type: ignore[index]


def integrity_problem(path: Path, *, full: bool = False) -> str | None:
    """None if SQLite finds the file whole, else its first complaint.

    ``quick_check`` (the default) checks every page and row but not that indexes match
    their tables; ``integrity_check`` does that too and is several times slower."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        with closing(sqlite3.connect(path)) as conn:
            rows = conn.execute(f"PRAGMA {pragma}(1)").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    first = str(rows[0][0]) if rows else "no answer"
    return None if first == "ok" else first


# ---------------------------------------------------------------- the integrity check's memo
# ``quick_check`` reads the whole file: 1.2 s for a million donations, on every command.
# A ledger Treasurer closed itself, and that nobody has touched since (same size, same
# modification time, no write-ahead log left), was whole when it was closed: the check is
# skipped. A file copied, truncated, edited by another program or left by a crash (its
# WAL is still there) is checked. The memo is a cache (the user cache folder): losing it
# costs one check.


def _memo_file() -> Path:
    return Path(platformdirs.user_cache_dir("Treasurer", appauthor=False)) / "closed-whole.json"


def _fingerprint(path: Path) -> list[int] | None:
    try:
        if Path(f"{path}-wal").exists():
            return None
        stat = path.stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns]


def _closed_whole(path: Path) -> bool:
    found = _fingerprint(path)
    if found is None:
        return False
    try:
        memo = json.loads(_memo_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(memo, dict) and memo.get(str(path.resolve())) == found


def _remember_closed_whole(path: Path) -> None:
    found = _fingerprint(path)
    if found is None:
        return  # another connection still has it open: the next opening checks
    memo_file = _memo_file()
    try:
        try:
            memo = json.loads(memo_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            memo = {}
        if not isinstance(memo, dict):
            memo = {}
        memo = {k: v for k, v in memo.items() if Path(k).exists()}  # forget deleted ledgers
        memo[str(path.resolve())] = found
        memo_file.parent.mkdir(parents=True, exist_ok=True)
        partial = memo_file.with_name(f"{memo_file.name}.{os.getpid()}")
        partial.write_text(json.dumps(memo), encoding="utf-8")
        partial.replace(memo_file)
    except OSError:
        pass  # a read-only cache folder: the next opening checks the file again


def _refuse_damaged(path: Path) -> None:
    """Refuse to open (and so to write to) a damaged ledger file; name the backup to
    restore."""
    problem = integrity_problem(path)
    if problem is None:
        return
    backup = newest_backup(path)
    advice = (
        Message("restore the newest backup with 'treasurer restore {backup}'", backup=backup)
        if backup
        else Message(
            "no backup of it was found; restore one from elsewhere with 'treasurer restore FILE'"
        )
    )
    raise StorageError(
        "the ledger {path} is damaged (SQLite says: {problem}); nothing was written to it. "
        "{advice}",
        path=path,
        problem=problem,
        advice=advice,
    )


def _storage_error(where: str, exc: SQLAlchemyError) -> StorageError:
    text = str(getattr(exc, "orig", exc))
    lowered = text.lower()
    reason: Message | str
    if "locked" in lowered:
        reason = Message("it is locked by another program; close it there and try again")
    elif "readonly" in lowered or "read-only" in lowered:
        reason = Message("it is read-only")
    elif "disk is full" in lowered or "database or disk is full" in lowered:
        reason = Message("the disk is full")
    elif "malformed" in lowered or "not a database" in lowered:
        reason = Message("the file is damaged; restore it from a backup")
    elif "connection" in lowered or "could not connect" in lowered:
        reason = Message("the database server cannot be reached")
    else:
        reason = text.splitlines()[0] if text else type(exc).__name__
    return StorageError("cannot use the ledger {ledger}: {reason}", ledger=where, reason=reason)
