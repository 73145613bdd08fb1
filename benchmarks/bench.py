"""Benchmarks of Treasurer against the targets of shared/DESIGN.md ("What fast means").

Run:  .venv/bin/python benchmarks/bench.py [--donations 1000000] [--only check,add,gui]

Each figure is printed with its target. The ledger is built with the seeded demo
generator (a Moroccan party) in a temporary folder, and a raw ``sqlite3`` insert of
the same number of rows is measured in the same run as the baseline.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from treasurer.core.model import DonorSummary
from treasurer.db.import_data import new_uuids
from treasurer.services import compliance, demo, office_import, offices, reports
from treasurer.services.ledger import (
    DonationRequest,
    Ledger,
    LedgerLocation,
    add_donation,
    init_ledger,
    ledger_info,
    list_donors,
)

END = dt.date(2025, 12, 31)


def timed(label: str, fn: Callable[[], object], target: str = "") -> float:
    start = time.perf_counter()
    fn()
    elapsed = time.perf_counter() - start
    print(f"{label:<58} {elapsed:8.2f} s   {target}", flush=True)
    return elapsed


def raw_sqlite_baseline(folder: Path, rows: int) -> float:
    """Insert ``rows`` (donor id, date, amount, currency, ref) tuples with raw sqlite3."""
    rng = random.Random(1)
    data = [
        (
            rng.randrange(rows // 4 + 1),
            (END - dt.timedelta(days=rng.randrange(365))).isoformat(),
            rng.randrange(500, 500000),
            "MAD",
            f"R{i}",
        )
        for i in range(rows)
    ]
    con = sqlite3.connect(folder / "raw.db")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute(
        "CREATE TABLE d (id INTEGER PRIMARY KEY, donor INTEGER, day TEXT, amount INTEGER,"
        " currency TEXT, ref TEXT)"
    )
    start = time.perf_counter()
    with con:
        con.executemany(
            "INSERT INTO d (donor, day, amount, currency, ref) VALUES (?,?,?,?,?)", data
        )
    elapsed = time.perf_counter() - start
    con.close()
    print(f"{'raw sqlite3 executemany of the same rows (baseline)':<58} {elapsed:8.2f} s")
    return elapsed


IMPORT_MAPPING = """
id = "bench"
name = "Benchmark CSV"
[columns]
date = ["date"]
donor = ["name"]
email = ["email"]
postcode = ["postcode"]
amount = ["amount"]
method = ["method"]
reference = ["reference"]
"""


def write_import_csv(path: Path, rows: int, seed: int = 7) -> None:
    """A platform-like CSV of ``rows`` donations from the demo generator's names and amounts."""
    rng = random.Random(seed)
    pool = demo._donor_pool(rng, max(12, rows // 4))
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("date,name,email,postcode,amount,method,reference\n")
        for i in range(rows):
            donor = pool[int(len(pool) * rng.random() ** 2)]
            day = END - dt.timedelta(days=rng.randrange(365))
            amount = rng.choice((5, 10, 20, 25, 50, 100, 150, 250, 500))
            handle.write(
                f'{day.isoformat()},"{donor.name}",{donor.email or ""},'
                f"{donor.postcode or ''},{amount}.00,card,IMP-{seed}-{i:08d}\n"
            )


def bench_import(folder: Path, rows: int) -> None:
    """Import a CSV of ``rows`` rows through the CLI in a child process; compare with a raw
    sqlite3 insert of the same rows."""
    csv_path = folder / f"import-{rows}.csv"
    # written by a child process: this one stays small, so the import's child (whose peak
    # memory counts the pages it starts with) is measured alone
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from benchmarks.bench import write_import_csv;"
            " write_import_csv(Path(sys.argv[1]), int(sys.argv[2]))",
            str(csv_path),
            str(rows),
        ],
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    mapping = folder / "bench-mapping.toml"
    mapping.write_text(IMPORT_MAPPING, encoding="utf-8")
    ledger = folder / f"import-{rows}.db"
    exe = Path(sys.executable).with_name("treasurer")
    subprocess.run(
        [
            str(exe),
            "--ledger",
            str(ledger),
            "init",
            "--name",
            "B",
            "--jurisdiction",
            "ma",
            "--currency",
            "MAD",
        ],
        check=True,
        capture_output=True,
    )
    # Treasurer first, while this process is small (a child forked from a large parent
    # would start with its pages); its own peak memory from wait4
    start = time.perf_counter()
    child = subprocess.Popen(
        [str(exe), "--ledger", str(ledger), "import", str(csv_path), "--mapping", str(mapping)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    tree = _TreeMemory(child.pid)
    tree.start()
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    tree.stop = True
    tree.join()
    if status != 0:
        raise SystemExit(
            f"the import failed: {child.stderr.read().decode() if child.stderr else ''}"
        )
    # a large file is planned by a worker process beside the importing one: the peak is
    # of the two together (sampled), or of the largest alone (wait4) if that is more
    peak = max(usage.ru_maxrss / 1024, tree.peak / 1024)
    raw_csv_baseline(folder, csv_path)
    baseline = raw_same_rows_baseline(folder, csv_path, exe)
    print(
        f"{f'import {rows:,} CSV rows (parse, match, insert, rules, commit)':<58} {elapsed:8.2f} s"
        f"   {rows / elapsed:,.0f} rows/s, peak RSS {peak:.0f} MB, {elapsed / baseline:.1f}x the"
        f" raw insert (target <= 20 s and <= 3x at 1M, <= 500 MB)"
    )


class _TreeMemory(threading.Thread):
    """Samples the resident memory of a process and its descendants together (every
    20 ms, from /proc; nothing where there is no /proc): ``peak`` in KiB."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0
        self.stop = False

    def run(self) -> None:
        while not self.stop:
            self.peak = max(self.peak, sum(map(_rss_kib, _descendants(self.pid))))
            time.sleep(0.02)


def _descendants(pid: int) -> list[int]:
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        queue.extend(int(c) for c in children)
    return found


def _rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def raw_same_rows_baseline(folder: Path, csv_path: Path, exe: Path) -> float:
    """The rows Treasurer stores for the CSV (every column of the ledger's donation table,
    one donor per name), inserted with raw sqlite3 executemany into a new ledger's own
    schema (non-unique indexes dropped first and built after, as Treasurer does) and
    committed: the baseline the import's ratio is measured against. Only the database
    work is timed; reading the CSV and building the tuples is not."""
    import csv

    ledger = folder / "raw-same-rows.db"
    ledger.unlink(missing_ok=True)
    subprocess.run(
        [
            str(exe),
            "--ledger",
            str(ledger),
            "init",
            "--name",
            "B",
            "--jurisdiction",
            "ma",
            "--currency",
            "MAD",
        ],
        check=True,
        capture_output=True,
    )
    con = sqlite3.connect(ledger, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("PRAGMA foreign_keys=ON")
    now = "2025-12-31 12:00:00.000000"
    with csv_path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        cells = list(reader)
    names = {row[1]: i for i, row in enumerate({r[1]: r for r in cells}.values(), start=1)}
    uuid = iter(new_uuids(len(cells) + len(names) + 1)).__next__
    donors = [
        (
            i,
            uuid(),
            "individual",
            name,
            name.casefold(),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            1,
            now,
        )
        for name, i in names.items()
    ]
    donations = [
        (
            uuid(),
            names[r[1]],
            None,
            1,
            None,
            r[0],
            int(r[4].replace(".", "")),
            "MAD",
            r[5],
            "donation",
            r[6],
            None,
            None,
            now,
            0,
            0,
            None,
        )
        for r in cells
    ]
    start = time.perf_counter()
    con.execute("BEGIN")
    indexes = con.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        " AND tbl_name IN ('donation', 'donor') AND sql NOT LIKE 'CREATE UNIQUE%'"
    ).fetchall()
    for name, _sql in indexes:  # the best raw practice: indexes built once, after
        con.execute(f'DROP INDEX "{name}"')
    con.execute(
        "INSERT INTO import_batch (id, uuid, source_name, rows_total, rows_imported, status,"
        " created_at) VALUES (1, ?, 'raw', 0, 0, 'committed', ?)",
        (uuid(), now),
    )
    con.executemany(
        "INSERT INTO donor (id, uuid, kind, name, name_key, address, postcode, city, country,"
        " email, employer, occupation, merged_into_id, import_batch_id, created_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        donors,
    )
    con.executemany(
        "INSERT INTO donation (uuid, donor_id, unit_id, import_batch_id, refund_of_id,"
        " received_on, amount_minor, currency, method, entry_type, reference, fingerprint,"
        " notes, created_at, exclude_from_aggregate, force_report, override_reason)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        donations,
    )
    for _name, sql in indexes:
        con.execute(sql)
    con.execute("COMMIT")
    elapsed = time.perf_counter() - start
    con.close()
    print(
        f"{'raw sqlite3: executemany of the same rows into the ledger (baseline)':<58}"
        f" {elapsed:8.2f} s"
    )
    return elapsed


def raw_csv_baseline(folder: Path, csv_path: Path) -> float:
    """Parse the CSV, give donors ids by dict, insert with raw sqlite3 in one transaction."""
    import csv

    con = sqlite3.connect(folder / "raw-import.db")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute(
        "CREATE TABLE IF NOT EXISTS d (id INTEGER PRIMARY KEY, donor INTEGER, day TEXT,"
        " amount INTEGER, ref TEXT)"
    )
    start = time.perf_counter()
    donors: dict[str, int] = {}
    with csv_path.open(encoding="utf-8", newline="") as handle, con:
        reader = csv.reader(handle)
        next(reader)
        con.executemany(
            "INSERT INTO d (donor, day, amount, ref) VALUES (?,?,?,?)",
            (
                (donors.setdefault(r[1], len(donors)), r[0], int(r[4].replace(".", "")), r[6])
                for r in reader
            ),
        )
    elapsed = time.perf_counter() - start
    con.close()
    print(f"{'raw sqlite3: parse the CSV, insert 4 columns (for scale)':<58} {elapsed:8.2f} s")
    return elapsed


def bench_reports(ledger: Ledger, folder: Path) -> None:
    """A PDF journal of about 100,000 donations, and the year-end XLSX of the whole ledger."""
    with ledger.store.transaction() as repo:
        days = sorted(
            repo.session.execute(
                text("SELECT received_on, count(*) FROM donation GROUP BY received_on")
            ).all()
        )
    running, last = 0, days[-1][0]
    for day, count in days:
        running += count
        if running >= 100_000:
            last = day
            break
    period = f"{days[0][0]}..{last}"
    result = reports.produce_report(
        ledger, "donations-journal", period=period, out=folder / "journal.pdf", today=END
    )
    start = time.perf_counter()
    result = reports.produce_report(
        ledger, "donations-journal", period=period, out=folder / "journal2.pdf", today=END
    )
    elapsed = time.perf_counter() - start
    print(f"{f'PDF journal of {result.rows:,} donations':<58} {elapsed:8.2f} s   target <= 30 s")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    result = reports.produce_report(
        ledger, "year-end", period=str(END.year), out=folder / "year-end.xlsx", today=END
    )
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{f'year-end XLSX, journal of {result.rows:,} donations':<58} {elapsed:8.2f} s   "
        f"target <= 60 s (peak RSS {before:.0f} -> {after:.0f} MB)"
    )


def bench_offices(folder: Path, donations: int, count: int = 3) -> None:
    """Field offices: ``count`` offices of ``donations`` demo donations each (their own
    seeds and units) export their bundles; headquarters imports them all, then all
    again (the same files: recognised), then a re-export of each without an
    acknowledgement (every row already there: matched by uuid)."""
    hq_location = LedgerLocation.for_path(folder / "hq.db")
    init_ledger(hq_location, name="Bench party", jurisdiction="ma", currency="MAD")
    units = [f"Office {n}" for n in range(1, count + 1)]
    bundles: list[Path] = []
    again: list[Path] = []
    with Ledger.open(hq_location) as hq:
        setups = [
            offices.write_setup_file(hq, unit=u, out=folder / f"setup-{n}.json")
            for n, u in enumerate(units, start=1)
        ]
    for n, (unit, setup) in enumerate(zip(units, setups, strict=True), start=1):
        location = LedgerLocation.for_path(folder / f"office-{n}.db")
        offices.init_office(location, setup=Path(setup["path"]))
        with Ledger.open(location) as ledger:
            demo.generate_demo(ledger, donations=donations, seed=100 + n, end=END, unit=unit)
            start = time.perf_counter()
            result = offices.export_bundle(ledger, out=folder / f"office-{n}-1.zip")
            elapsed = time.perf_counter() - start
            bundles.append(Path(result.path))
            label = (
                f"{unit}: export {result.counts['donations']:,} donations, "
                f"{result.counts['donors']:,} donors"
            )
            print(f"{label:<58} {elapsed:8.2f} s   bundle {result.bytes / 1e6:.1f} MB", flush=True)
            again.append(Path(offices.export_bundle(ledger, out=folder / f"office-{n}-2.zip").path))
    with Ledger.open(hq_location) as hq:
        for label, files in (
            ("import", bundles),
            ("import the same file again", bundles),
            ("import a re-export (all rows known)", again),
        ):
            for path in files:
                start = time.perf_counter()
                report = office_import.import_bundle(hq, path, today=END)
                elapsed = time.perf_counter() - start
                a = report.added
                what = (
                    "already imported"
                    if report.already_imported
                    else f"+{a['donations']:,} donations, {a['donors']:,} new donors, "
                    f"{a['donors_matched']:,} matched"
                )
                print(f"{f'HQ: {label} {path.name}':<58} {elapsed:8.2f} s   {what}", flush=True)
        info = ledger_info(hq)
    print(
        f"{'HQ at the end':<58} {info.counts['donations']:,} donations, "
        f"{info.counts['donors']:,} donor rows, totals {info.totals}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--donations", type=int, default=1_000_000)
    parser.add_argument(
        "--only", default="", help="comma-separated: check,add,import,reports,gui,offices"
    )
    parser.add_argument(
        "--office-donations", type=int, default=100_000, help="donations of each field office"
    )
    parser.add_argument("--import-rows", type=int, nargs="*", default=[100_000, 1_000_000])
    parser.add_argument("--keep", type=Path, help="build (or reuse) the ledger at this path")
    args = parser.parse_args(argv)
    only = set(filter(None, args.only.split(",")))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = args.keep or folder / "bench.db"
        location = LedgerLocation.for_path(path)
        print(
            f"Treasurer benchmarks: {args.donations:,} donations, Python {sys.version.split()[0]}"
        )
        if not only or "import" in only:
            for rows in args.import_rows:
                bench_import(folder, rows)
        if not only or "offices" in only:
            office_folder = folder / "offices"
            office_folder.mkdir()
            bench_offices(office_folder, args.office_donations)
        if only and only <= {"import", "offices"}:
            return 0
        if not path.exists():
            init_ledger(location, name="Bench party", jurisdiction="ma", currency="MAD")
            with Ledger.open(location) as ledger:
                timed(
                    f"demo: generate and insert {args.donations:,} donations",
                    lambda: demo.generate_demo(ledger, donations=args.donations, seed=1, end=END),
                )
                peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                print(f"{'  peak memory of the process so far':<58} {peak:8.0f} MB")
            raw_sqlite_baseline(folder, args.donations)
        with Ledger.open(location) as ledger:
            if not only or "check" in only:
                timed(
                    "check: re-evaluate every rule over the ledger (first run)",
                    lambda: compliance.check_ledger(ledger, today=END),
                    "target <= 5 s",
                )
                timed(
                    "check: again (idempotent, nothing changes)",
                    lambda: compliance.check_ledger(ledger, today=END),
                    "target <= 5 s",
                )
            if not only or "reports" in only:
                bench_reports(ledger, folder)
            if not only or "add" in only:
                rng = random.Random(2)
                run = time.strftime("%Y%m%d%H%M%S")  # references unique across runs (--keep)
                times = []
                donors = _some_donors(ledger, 200)
                for i in range(200):
                    donor = rng.choice(donors)
                    request = DonationRequest(
                        date="2025-12-30",
                        donor=donor.name,
                        donor_id=donor.id,
                        amount=str(rng.randrange(10, 900)),
                        method="transfer",
                        reference=f"BENCH-{run}-{i}",
                    )
                    start = time.perf_counter()
                    add_donation(ledger, request, today=END)
                    times.append(time.perf_counter() - start)
                median = statistics.median(times) * 1000
                p95 = sorted(times)[int(len(times) * 0.95)] * 1000
                print(
                    f"{'add one donation with its live rule check (median)':<58} {median:8.2f} ms"
                    f"  target <= 5 ms (p95 {p95:.2f} ms)"
                )
        if not only or "gui" in only:
            # with the ledger closed, as a treasurer opens it (a ledger another program
            # holds open is integrity-checked on opening: about 1.2 s at this size)
            from benchmarks.gui import bench_gui

            bench_gui(path)
    return 0


def _some_donors(ledger: Ledger, count: int) -> list[DonorSummary]:
    donors = list_donors(ledger)
    return random.Random(3).sample(donors, min(count, len(donors)))


if __name__ == "__main__":
    sys.exit(main())
