"""Crash safety: a CLI import killed with SIGKILL half way leaves the ledger exactly as it
was (counts, sums, audit), and the same import then succeeds."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from treasurer.services.audit import verify_audit
from treasurer.services.ledger import Ledger, LedgerLocation, init_ledger

ROWS = 150_000


def state(path: Path) -> tuple[int, int, int, int, int]:
    with sqlite3.connect(path) as conn:
        found = conn.execute(
            "SELECT (SELECT COUNT(*) FROM donation), (SELECT COALESCE(SUM(amount_minor), 0)"
            " FROM donation), (SELECT COUNT(*) FROM donor), (SELECT COUNT(*) FROM audit_log),"
            " (SELECT COUNT(*) FROM import_batch)"
        ).fetchone()
    conn.close()
    return tuple(int(v) for v in found)  # type: ignore[return-value]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_mid_import_leaves_the_ledger_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "ledger.db"
    location = LedgerLocation.for_path(path)
    init_ledger(location, name="P", jurisdiction="fr", currency="EUR")
    small = tmp_path / "small.csv"
    small.write_text("date,donor,amount,reference\n2025-01-02,Old Donor,10,OLD-1\n", "utf-8")
    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8") as handle:
        handle.write("date,donor,amount,reference\n")
        for i in range(ROWS):
            handle.write(f"2025-{1 + i % 12:02d}-{1 + i % 28:02d},Donor {i % 40_000},")
            handle.write(f"{1 + i % 90}.{i % 100:02d},REF-{i}\n")
    command = [sys.executable, "-m", "treasurer.cli", "--ledger", str(path), "import"]
    subprocess.run([*command, str(small), "--preset", "generic"], check=True, timeout=120)
    before = state(path)
    with sqlite3.connect(path) as conn:  # an empty WAL, so that its growth shows the import
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    wal = Path(f"{path}-wal")

    env = os.environ | {"PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    process = subprocess.Popen(
        [*command, str(big), "--preset", "generic"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if wal.exists() and wal.stat().st_size > 4 << 20:  # rows are being written
            break
        time.sleep(0.02)
    assert process.poll() is None, "the import ended before it could be killed"
    process.send_signal(signal.SIGKILL)
    assert process.wait(timeout=30) == -signal.SIGKILL

    assert state(path) == before
    with Ledger.open(location) as ledger:
        assert verify_audit(ledger).ok

    done = subprocess.run(
        [*command, str(big), "--preset", "generic", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    after = state(path)
    assert after[0] == before[0] + ROWS
    assert after[4] == before[4] + 1
    with Ledger.open(location) as ledger:
        assert verify_audit(ledger).ok
