"""Backups and restore of a SQLite ledger.

A backup is a copy made with SQLite's online backup API (consistent while the ledger is
open), into the backup folder (setting ``backup_dir``; default: ``NAME-backups`` beside
the ledger), optionally encrypted with a passphrase (``treasurer.core.crypto``). They are
made before every import, schema upgrade and period close, and when the app closes
(``backup_on_close``); the folder keeps the newest ``backup_keep`` (default 10) plus the
newest of each month.

A PostgreSQL ledger is backed up by its server (``pg_dump``, or the server's continuous
archiving): automatic backups skip it and ``treasurer backup`` says so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from treasurer.core.crypto import decrypt_file, encrypt_file, is_encrypted
from treasurer.core.errors import Message, UserError
from treasurer.db import migrate
from treasurer.db.errors import StorageError
from treasurer.db.store import BACKUP_STAMP, backups_of, integrity_problem
from treasurer.services.session import Ledger, LedgerLocation

DEFAULT_KEEP = 10
_SERVER = Message(
    "a PostgreSQL ledger is backed up by its server: use pg_dump (e.g. 'pg_dump -Fc "
    "DBNAME > ledger.dump') or the server's continuous archiving; Treasurer's own "
    "backups are for ledger files"
)


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    bytes: int
    seconds: float
    encrypted: bool
    removed: list[Path]

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "bytes": self.bytes,
            "seconds": round(self.seconds, 3),
            "encrypted": self.encrypted,
            "removed": [str(p) for p in self.removed],
        }


def backup_folder(ledger: Ledger) -> Path:
    with ledger.store.transaction() as repo:
        configured = repo.get_setting("backup_dir")
    if configured:
        return Path(configured).expanduser()
    return ledger.store.backup_dir()


def _keep(ledger: Ledger) -> int:
    with ledger.store.transaction() as repo:
        value = repo.get_setting("backup_keep")
    return int(value) if value and value.isdigit() else DEFAULT_KEEP


def backup_ledger(
    ledger: Ledger,
    *,
    reason: str,
    out: Path | None = None,
    passphrase: str | None = None,
) -> Path | None:
    """An automatic backup (``reason``: import, period-close, app-close…): the copy's path,
    or None for a server ledger."""
    if ledger.store.path is None:
        return None
    return make_backup(ledger, reason=reason, out=out, passphrase=passphrase).path


def make_backup(
    ledger: Ledger,
    *,
    reason: str = "manual",
    out: Path | None = None,
    passphrase: str | None = None,
) -> BackupResult:
    """Back the ledger up (to ``out``, or the backup folder, then prune the folder).

    Raises:
        UserError: a server ledger, or ``out`` exists already.
        StorageError: the copy cannot be written.
    """
    if ledger.store.path is None:
        raise UserError(_SERVER)
    started = time.perf_counter()
    if out is not None and out.exists():
        raise UserError("{path} exists already; choose another file name", path=out)
    folder = backup_folder(ledger)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    stem = ledger.store.path.stem
    safe_reason = re.sub(r"[^A-Za-z0-9_.-]+", "-", reason)
    target = out or folder / f"{stem}-{stamp}-{safe_reason}.db"
    if passphrase is not None and out is None:
        target = target.with_name(target.name + ".enc")
    target.parent.mkdir(parents=True, exist_ok=True)
    if passphrase is None:
        ledger.store.backup(reason=reason, out=target)
    else:
        with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
            plain = Path(tmp) / "plain.db"
            ledger.store.backup(reason=reason, out=plain)
            encrypt_file(plain, target, passphrase)
    removed = prune(folder, stem, _keep(ledger)) if out is None else []
    return BackupResult(
        path=target,
        bytes=target.stat().st_size,
        seconds=time.perf_counter() - started,
        encrypted=passphrase is not None,
        removed=removed,
    )


def backup_on_close(ledger: Ledger) -> Path | None:
    """For the GUI: back the ledger up as it closes (None for a server ledger)."""
    return backup_ledger(ledger, reason="app-close")


def list_backups(ledger: Ledger) -> list[dict[str, Any]]:
    if ledger.store.path is None:
        raise UserError(_SERVER)
    folder = backup_folder(ledger)
    return [
        {"path": str(p), "bytes": p.stat().st_size, "encrypted": p.suffix == ".enc"}
        for p in backups_of(folder, ledger.store.path.stem)
    ]


def prune(folder: Path, stem: str, keep: int) -> list[Path]:
    """Keep the newest ``keep`` backups, and the newest backup of each month; remove the
    others. Returns what was removed."""
    removed = []
    months: set[str] = set()
    for index, path in enumerate(backups_of(folder, stem)):
        match = BACKUP_STAMP.search(path.name[len(stem) :])
        assert match is not None
        month = match[1][:6]
        if index < keep or month not in months:
            months.add(month)
            continue
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed


# ---------------------------------------------------------------- restore
def restore_ledger(
    location: LedgerLocation, source: Path, *, passphrase: str | None = None
) -> dict[str, Any]:
    """Replace the ledger file with the backup ``source`` (decrypted with ``passphrase``
    if it is encrypted). The file must be a whole Treasurer ledger; the current ledger,
    if any, is backed up first (copied as it is, if it is damaged).

    Raises:
        UserError: a server ledger, no such file, not a Treasurer ledger, damaged, a newer
            schema, or encrypted and no (or a wrong) passphrase.
    """
    target = location.path
    if target is None:
        raise UserError("{server}; restore it with pg_restore", server=_SERVER)
    if not source.is_file():
        raise UserError("there is no file {path}", path=source)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        candidate = Path(tmp) / "candidate.db"
        if is_encrypted(source):
            if passphrase is None:
                raise UserError(
                    "{path} is encrypted: give its passphrase (--passphrase-file, or "
                    "$TREASURER_PASSPHRASE)",
                    path=source,
                )
            decrypt_file(source, candidate, passphrase)
        else:
            _require_sqlite(source)
            _copy_sqlite(source, candidate)
        info = describe_ledger_file(candidate, shown_as=source)
        saved = _save_current(target) if target.exists() else None
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        candidate.replace(target)
    return info | {"restored_to": str(target), "previous_saved_to": str(saved) if saved else None}


def describe_ledger_file(path: Path, *, shown_as: Path) -> dict[str, Any]:
    """Check that ``path`` is a whole Treasurer ledger this version can open.

    Raises:
        UserError: it is not.
    """
    _require_sqlite(path, shown_as)
    problem = integrity_problem(path, full=True)
    if problem:
        raise UserError(
            "{path} is damaged ({problem}); choose another backup", path=shown_as, problem=problem
        )
    try:
        with contextlib.closing(sqlite3.connect(path)) as conn:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            org = conn.execute("SELECT ledger_id, name FROM organisation").fetchone()
            donations = conn.execute("SELECT COUNT(*) FROM donation").fetchone()[0]
    except sqlite3.Error:
        raise UserError("{path} is not a Treasurer ledger", path=shown_as) from None
    if revision is None or org is None:
        raise UserError("{path} is not a Treasurer ledger (it has no organisation)", path=shown_as)
    if revision[0] not in migrate.known_revisions():
        raise UserError(
            "{path} was written by a newer version of Treasurer (schema {schema})",
            path=shown_as,
            schema=revision[0],
        )
    return {
        "ledger_id": org[0],
        "name": org[1],
        "schema": revision[0],
        "donations": int(donations),
        "source": str(shown_as),
    }


def _require_sqlite(path: Path, shown_as: Path | None = None) -> None:
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise UserError(
                "{path} is not a Treasurer ledger (it is not a SQLite database)",
                path=shown_as or path,
            )


def _copy_sqlite(source: Path, target: Path) -> None:
    try:
        with (
            contextlib.closing(sqlite3.connect(source)) as src,
            contextlib.closing(sqlite3.connect(target)) as dst,
        ):
            src.backup(dst)
    except sqlite3.DatabaseError as exc:
        raise UserError(
            "{path} is damaged ({problem}); choose another backup", path=source, problem=str(exc)
        ) from None


def _save_current(path: Path) -> Path:
    """Back the current ledger file up before it is replaced: with the backup API if it
    can be read, else byte for byte (with its WAL), as evidence."""
    folder = path.parent / f"{path.stem}-backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    out = folder / f"{path.stem}-{stamp}-before-restore.db"
    try:
        _copy_sqlite(path, out)
        if integrity_problem(out, full=False) is None:
            return out
    except UserError:
        pass
    out.unlink(missing_ok=True)
    out = folder / f"{path.stem}-damaged-{stamp}.db"  # not a backup to offer later
    try:
        shutil.copy2(path, out)
        wal = Path(f"{path}-wal")
        if wal.exists():
            shutil.copy2(wal, Path(f"{out}-wal"))
    except OSError as exc:
        raise StorageError(
            "could not save the current ledger before restoring: {problem}", problem=str(exc)
        ) from exc
    return out
