"""Backups and restore: automatic copies, rotation, encrypted copies, and what a damaged
or foreign file, a truncated file and a wrong passphrase get (a refusal, nothing written)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from tests.cli.support import run as run_cli
from tests.cli.support import run_json
from treasurer.core.errors import UserError
from treasurer.db.errors import StorageError
from treasurer.services import backup, demo, periods
from treasurer.services.audit import verify_audit
from treasurer.services.ledger import (
    DonationRequest,
    Ledger,
    LedgerLocation,
    add_donation,
    init_ledger,
    ledger_info,
)

TODAY = dt.date(2025, 12, 31)


def make(tmp_path: Path, donations: int = 0) -> LedgerLocation:
    location = LedgerLocation.for_path(tmp_path / "ledger.db")
    init_ledger(location, name="P", jurisdiction="fr", currency="EUR")
    if donations:
        with Ledger.open(location) as ledger:
            demo.generate_demo(ledger, donations=donations, end=TODAY)
    return location


def count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        found = int(conn.execute("SELECT COUNT(*) FROM donation").fetchone()[0])
    conn.close()
    return found


def add(location: LedgerLocation, amount: str = "10") -> None:
    with Ledger.open(location) as ledger:
        add_donation(
            ledger, DonationRequest(date="2025-03-01", donor="A", amount=amount), today=TODAY
        )


def test_backup_then_restore_brings_the_ledger_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    location = make(tmp_path)
    add(location)
    ledger = str(location.path)
    made = run_json(capsys, "--ledger", ledger, "backup", "--out", str(tmp_path / "b1.db"))
    assert made["bytes"] > 0
    assert made["encrypted"] is False
    add(location, "20")
    assert count(location.path) == 2  # type: ignore[arg-type]
    restored = run_json(capsys, "--ledger", ledger, "restore", str(tmp_path / "b1.db"))
    assert restored["donations"] == 1
    saved = Path(restored["previous_saved_to"])
    assert saved.parent == tmp_path / "ledger-backups"
    assert count(saved) == 2  # the ledger it replaced, kept
    assert count(location.path) == 1  # type: ignore[arg-type]
    with Ledger.open(location) as opened:
        assert verify_audit(opened).ok


def test_restore_refuses_what_is_not_a_whole_ledger(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    location = make(tmp_path, donations=3000)
    ledger = str(location.path)
    run_json(capsys, "--ledger", ledger, "backup", "--out", str(tmp_path / "b.db"))
    whole = (tmp_path / "b.db").read_bytes()
    before = location.path.read_bytes()  # type: ignore[union-attr]
    (tmp_path / "notes.txt").write_text("Date;Donor\n", encoding="utf-8")
    (tmp_path / "cut.db").write_bytes(whole[: len(whole) // 2])
    with sqlite3.connect(tmp_path / "other.db") as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()
    for name, message in (
        ("notes.txt", "notes.txt is not a Treasurer ledger (it is not a SQLite database)"),
        ("cut.db", "cut.db is damaged ("),
        ("other.db", "other.db is not a Treasurer ledger"),
        ("absent.db", "there is no file"),
    ):
        code, _out, err = run_cli(capsys, "--ledger", ledger, "restore", str(tmp_path / name))
        assert code == 2, name
        assert message in err, err
    assert location.path.read_bytes() == before  # type: ignore[union-attr]


def test_an_encrypted_backup_needs_its_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    location = make(tmp_path)
    add(location)
    ledger = str(location.path)
    secret = tmp_path / "pass.txt"
    secret.write_text("long enough passphrase\n", encoding="utf-8")
    made = run_json(capsys, "--ledger", ledger, "backup", "--passphrase-file", str(secret))
    sealed = Path(made["path"])
    assert made["encrypted"] is True
    assert sealed.name.endswith(".db.enc")
    assert sealed.read_bytes().startswith(b"TREASENC")
    assert b"SQLite format 3" not in sealed.read_bytes()
    add(location, "20")
    before = location.path.read_bytes()  # type: ignore[union-attr]

    code, _out, err = run_cli(capsys, "--ledger", ledger, "restore", str(sealed))
    assert code == 2
    assert "is encrypted: give its passphrase" in err
    monkeypatch.setenv("TREASURER_PASSPHRASE", "long enough passphrasE")
    code, _out, err = run_cli(capsys, "--ledger", ledger, "restore", str(sealed))
    assert code == 2
    assert err == (
        "treasurer: error: the passphrase is wrong (or the file's header was changed); "
        "nothing was read\n"
    )
    tampered = tmp_path / "tampered.db.enc"
    blob = bytearray(sealed.read_bytes())
    blob[len(blob) // 2] ^= 1
    tampered.write_bytes(bytes(blob))
    code, _out, err = run_cli(
        capsys, "--ledger", ledger, "restore", str(tampered), "--passphrase-file", str(secret)
    )
    assert code == 2
    assert "the encrypted file was changed or cut short after it was written" in err
    truncated = tmp_path / "truncated.db.enc"
    truncated.write_bytes(sealed.read_bytes()[:-1000])
    code, _out, err = run_cli(
        capsys, "--ledger", ledger, "restore", str(truncated), "--passphrase-file", str(secret)
    )
    assert code == 2
    assert "changed or cut short" in err
    assert location.path.read_bytes() == before  # type: ignore[union-attr]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")) == []

    monkeypatch.delenv("TREASURER_PASSPHRASE")
    restored = run_json(
        capsys, "--ledger", ledger, "restore", str(sealed), "--passphrase-file", str(secret)
    )
    assert restored["donations"] == 1


def test_a_damaged_ledger_is_not_opened_and_the_newest_backup_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    location = make(tmp_path, donations=3000)
    path = location.path
    assert path is not None
    with Ledger.open(location) as ledger:
        older = backup.backup_ledger(ledger, reason="one")
        newest = backup.backup_ledger(ledger, reason="two")
    assert older is not None
    assert newest is not None
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])  # the laptop died mid-copy
    damaged = path.read_bytes()
    with pytest.raises(StorageError) as caught:
        Ledger.open(location)
    message = str(caught.value)
    assert message.startswith(f"the ledger {path} is damaged (SQLite says: ")
    assert message.endswith(
        f"nothing was written to it. restore the newest backup with 'treasurer restore {newest}'"
    )
    code, _out, err = run_cli(capsys, "--ledger", str(path), "info")
    assert code == 3
    assert f"treasurer restore {newest}" in err
    assert path.read_bytes() == damaged
    restored = run_json(capsys, "--ledger", str(path), "restore", str(newest))
    assert restored["donations"] == 3000
    assert Path(restored["previous_saved_to"]).name.startswith("ledger-damaged-")
    with Ledger.open(location) as ledger:
        assert ledger_info(ledger).counts["donations"] == 3000
        assert verify_audit(ledger).ok


def test_automatic_backups_before_import_and_period_close_and_on_close(tmp_path: Path) -> None:
    location = make(tmp_path)
    add(location)
    folder = tmp_path / "ledger-backups"
    csv = tmp_path / "d.csv"
    csv.write_text("date,donor,amount\n2025-04-01,B,10\n", encoding="utf-8")
    from treasurer.services import importing

    with Ledger.open(location) as ledger:
        importing.import_file(ledger, csv, preset="generic", today=TODAY)
        periods.close_period(ledger, "2025-Q1", today=TODAY)
        backup.backup_on_close(ledger)
    reasons = sorted(p.name.split("Z-", 1)[1] for p in folder.iterdir())
    assert reasons == ["app-close.db", "before-import.db", "period-close-2025-Q1.db"]


def test_backups_are_pruned_to_the_last_ones_plus_one_a_month(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    names = []
    for month in range(1, 7):
        for day in (3, 17, 28):
            stamp = f"2025{month:02d}{day:02d}T120000000000Z"
            names.append(f"ledger-{stamp}-x.db")
            (folder / names[-1]).write_bytes(b"")
    (folder / "other-20250101T120000000000Z-x.db").write_bytes(b"")  # another ledger's
    removed = backup.prune(folder, "ledger", keep=4)
    kept = sorted(p.name for p in folder.iterdir() if p.name.startswith("ledger-"))
    assert kept == sorted(
        [
            *names[-4:],  # the newest four (June 28, 17, 3, May 28)
            "ledger-20250428T120000000000Z-x.db",
            "ledger-20250328T120000000000Z-x.db",
            "ledger-20250228T120000000000Z-x.db",
            "ledger-20250128T120000000000Z-x.db",
        ]
    )
    assert len(removed) == 18 - 8
    assert (folder / "other-20250101T120000000000Z-x.db").exists()


def test_the_keep_setting_and_the_folder_setting_are_used(tmp_path: Path) -> None:
    location = make(tmp_path)
    with Ledger.open(location) as ledger:
        from treasurer.services.ledger import update_settings

        update_settings(ledger, backup_dir=str(tmp_path / "safe"), backup_keep=2)
        for _ in range(4):
            backup.make_backup(ledger)
        assert len(backup.list_backups(ledger)) == 2
    assert len(list((tmp_path / "safe").iterdir())) == 2


def test_a_server_ledger_is_backed_up_by_its_server(pg_url: str) -> None:
    location = LedgerLocation.for_url(pg_url)
    init_ledger(location, name="P", jurisdiction="fr", currency="EUR")
    with Ledger.open(location) as ledger:
        assert backup.backup_ledger(ledger, reason="import") is None
        with pytest.raises(UserError, match="backed up by its server: use pg_dump"):
            backup.make_backup(ledger)
