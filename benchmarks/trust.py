"""Costs of the trust features on a big ledger: integrity checks on opening, a backup
(plain and encrypted), the audit check, and sealing an import batch.

    python benchmarks/trust.py --donations 1000000
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from pathlib import Path

from treasurer.db.store import integrity_problem
from treasurer.services import backup, demo
from treasurer.services.audit import verify_audit
from treasurer.services.ledger import Ledger, LedgerLocation, init_ledger


def timed(label: str, fn) -> object:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = fn()
    print(f"{label:<42} {time.perf_counter() - started:7.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--donations", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.db"
        location = LedgerLocation.for_path(path)
        init_ledger(location, name="Bench", jurisdiction="ma", currency="MAD")
        with Ledger.open(location) as ledger:
            timed(
                f"demo {args.donations:,} donations (sealed)",
                lambda: demo.generate_demo(ledger, donations=args.donations),
            )
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        print(f"ledger size {path.stat().st_size / 1e6:.0f} MB")
        timed("PRAGMA quick_check", lambda: integrity_problem(path))
        timed("PRAGMA integrity_check", lambda: integrity_problem(path, full=True))
        timed("open (quick_check included)", lambda: Ledger.open(location).close())
        with Ledger.open(location) as ledger:
            timed("backup (SQLite backup API)", lambda: backup.make_backup(ledger))
            timed(
                "backup, encrypted (scrypt + AES-256-GCM)",
                lambda: backup.make_backup(ledger, passphrase="bench passphrase"),
            )
            report = timed("audit verify", lambda: verify_audit(ledger))
            print(f"  ok={report.ok} entries={report.entries} rows={report.rows}")  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
