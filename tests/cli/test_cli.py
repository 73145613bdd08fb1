"""The ``treasurer`` command end to end: output, JSON, exit codes, and ledgers left intact."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.cli.support import run, run_json
from treasurer.cli import EXIT_USER, main
from treasurer.db import migrate


def dump(path: Path) -> list[str]:
    """The ledger's content as SQL text (independent of WAL and page layout)."""
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


@pytest.fixture
def ledger(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "l.db")
    code, _, err = run(
        capsys,
        "--ledger",
        path,
        "init",
        "--name",
        "Test",
        "--jurisdiction",
        "fr",
        "--currency",
        "EUR",
    )
    assert code == 0, err
    return path


def test_the_issue_scenario_in_a_real_process(tmp_path: Path) -> None:
    """init, two adds for one person typed two ways, donors --json: one donor, summed."""
    exe = Path(sys.executable).with_name("treasurer")
    path = str(tmp_path / "l.db")

    def cli(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(exe), "--ledger", path, *argv], capture_output=True, text=True, check=True
        )

    created = cli("init", "--name", "Test", "--jurisdiction", "fr", "--currency", "EUR")
    assert "Created the ledger of Test (fr, EUR)" in created.stdout
    first = json.loads(
        cli(
            "add",
            "--date",
            "2025-03-01",
            "--donor",
            "Mohamed El Alami",
            "--amount",
            "150",
            "--json",
        ).stdout
    )
    second = json.loads(
        cli(
            "add",
            "--date",
            "2025-04-02",
            "--donor",
            "MOHAMED EL-ALAMI",
            "--amount",
            "1 234,50",
            "--json",
        ).stdout
    )
    assert set(first) >= {"donation_id", "donor_id", "flags"}
    # France's receipts need the donor's address and country: the flag says so.
    [flag] = first["flags"]
    assert (flag["kind"], flag["rule_id"], flag["missing_fields"]) == (
        "missing_information",
        "fr.receipt-fields",
        ["address", "country"],
    )
    assert [f["id"] for f in second["flags"]] == [flag["id"]]
    assert second["flags"][0]["donation_ids"] == [first["donation_id"], second["donation_id"]]
    assert second["donor_id"] == first["donor_id"]
    donors = json.loads(cli("donors", "--json").stdout)
    assert donors == [
        {
            "donor_id": first["donor_id"],
            "name": "Mohamed El Alami",
            "kind": "individual",
            "total": "1384.50",
            "currency": "EUR",
            "count": 2,
        }
    ]


def test_info_json(capsys: pytest.CaptureFixture[str], ledger: str) -> None:
    info = run_json(capsys, "--ledger", ledger, "info")
    assert info["name"] == "Test"
    assert info["jurisdiction"] == "fr"
    assert info["currency"] == "EUR"
    assert info["schema_version"] == migrate.head_revision()
    assert len(info["ledger_id"]) == 36
    assert info["counts"]["donations"] == 0
    # --json may also come before the command
    assert run_json(capsys, "--ledger", ledger, "--json", "info")["ledger_id"] == info["ledger_id"]


def test_donations_list_amounts_as_decimal_strings(
    capsys: pytest.CaptureFixture[str], ledger: str
) -> None:
    for date, donor, amount in (
        ("2025-01-05", "Claire Dubois", "150"),
        ("2025-01-06", "محمد العلمي", "١٢٣٫٥٠"),
        ("2025-01-07", "Claire Dubois", "€ 2.000,05"),
    ):
        code, _, err = run(
            capsys, "--ledger", ledger, "add", "--date", date, "--donor", donor, "--amount", amount
        )
        assert code == 0, err
    rows = run_json(capsys, "--ledger", ledger, "donations")
    assert [(r["date"], r["donor"], r["amount"], r["currency"]) for r in rows] == [
        ("2025-01-05", "Claire Dubois", "150.00", "EUR"),
        ("2025-01-06", "محمد العلمي", "123.50", "EUR"),
        ("2025-01-07", "Claire Dubois", "2000.05", "EUR"),
    ]
    claire = rows[0]["donor_id"]
    mine = run_json(capsys, "--ledger", ledger, "donations", "--donor", str(claire))
    assert [r["amount"] for r in mine] == ["150.00", "2000.05"]
    latest = run_json(capsys, "--ledger", ledger, "donations", "--limit", "1")
    assert [r["amount"] for r in latest] == ["2000.05"]
    code, out, _ = run(capsys, "--ledger", ledger, "donors")
    assert code == 0
    assert out.splitlines()[1].split() == [
        "1",
        "Claire",
        "Dubois",
        "individual",
        "2",
        "2150.05",
        "EUR",
    ]


def test_add_with_all_options_and_a_unit(capsys: pytest.CaptureFixture[str], ledger: str) -> None:
    assert (
        run_json(capsys, "--ledger", ledger, "unit", "add", "Rabat office")["name"]
        == "Rabat office"
    )
    result = run_json(
        capsys,
        "--ledger",
        ledger,
        "add",
        "--date",
        "2025-02-01",
        "--donor",
        "Atlas SARL",
        "--amount",
        "500",
        "--kind",
        "company",
        "--method",
        "cheque",
        "--address",
        "1 rue X",
        "--postcode",
        "20000",
        "--city",
        "Casablanca",
        "--country",
        "MA",
        "--email",
        "a@atlas.ma",
        "--reference",
        "CHQ-7",
        "--unit",
        "Rabat office",
        "--notes",
        "gala",
    )
    assert result["donor_created"] is True
    assert result["amount"] == "500.00"
    [row] = run_json(capsys, "--ledger", ledger, "donations")
    assert (row["method"], row["reference"], row["unit"], row["notes"]) == (
        "cheque",
        "CHQ-7",
        "Rabat office",
        "gala",
    )
    [donor] = run_json(capsys, "--ledger", ledger, "donors")
    assert donor["kind"] == "company"
    [unit] = run_json(capsys, "--ledger", ledger, "units")
    assert (unit["unit_id"], unit["name"]) == (1, "Rabat office")


def test_a_gift_for_a_donor_by_id_records_the_address_they_lacked(
    capsys: pytest.CaptureFixture[str], ledger: str
) -> None:
    """The receipts' own advice ("add … --donor-id N --address … --country …") fills what
    the donor lacks, as a gift found by name does; it never replaces what they have, nor
    pieces an address from two: another postcode is said, and left to 'donor edit'. (It
    recorded the gift and left the donor without the address, the receipt withheld.)"""
    first = run_json(
        capsys,
        *("--ledger", ledger, "add", "--date", "2025-03-01", "--donor", "Paul Girard"),
        *("--amount", "60", "--postcode", "38000", "--email", "paul@example.org"),
    )
    donor = str(first["donor_id"])
    out = Path(ledger).parent / "paul.json"

    def paul() -> list[str | None]:
        run_json(capsys, "--ledger", ledger, "donor", "export", donor, "--out", str(out))
        found = json.loads(out.read_text(encoding="utf-8"))["donor"]
        return [found[k] for k in ("name", "address", "postcode", "city", "country", "email")]

    gift = ("--ledger", ledger, "add", "--date", "2025-11-10", "--donor", "Paul Girard")
    moved = run_json(
        capsys,
        *gift,
        *("--donor-id", donor, "--amount", "25", "--address", "3 rue Pasteur"),
        *("--postcode", "75001", "--city", "Paris", "--country", "FR"),
    )
    assert moved["warnings"] == [
        f"donor {donor}'s record was kept as it is for address, postcode, city, country: "
        "what was typed differs from it or would mix two addresses; to change the record, "
        f"edit the donor (the Donors page, or 'treasurer donor edit {donor}')"
    ]
    assert paul() == ["Paul Girard", None, "38000", None, None, "paul@example.org"]
    filled = run_json(
        capsys,
        *gift,
        *("--donor-id", donor, "--amount", "25", "--address", "3 rue Pasteur"),
        *("--postcode", "38 000", "--city", "Grenoble", "--country", "FR"),
        *("--email", "girard@example.org"),
    )
    assert [w.split(":")[0] for w in filled["warnings"]] == [
        f"donor {donor}'s record was kept as it is for email"
    ]
    assert paul() == ["Paul Girard", "3 rue Pasteur", "38000", "Grenoble", "FR", "paul@example.org"]
    assert run(capsys, "--ledger", ledger, "audit", "verify")[0] == 0


def test_a_donor_is_corrected_with_donor_edit(
    capsys: pytest.CaptureFixture[str], ledger: str
) -> None:
    """A donor who moved, a company recorded as a person: 'donor edit' changes what is
    given, clears what is given empty, audits it and runs the rules again (the company's
    gift is then prohibited in France)."""
    first = run_json(
        capsys,
        *("--ledger", ledger, "add", "--date", "2025-03-01", "--donor", "Bati Ouest"),
        *("--amount", "500", "--address", "1 quai A", "--postcode", "44000", "--city", "Nantes"),
        *("--email", "contact@example.org"),
    )
    donor = str(first["donor_id"])
    edited = run_json(
        capsys,
        *("--ledger", ledger, "donor", "edit", donor, "--kind", "company"),
        *("--address", "9 rue B", "--postcode", "35000", "--city", "Rennes", "--email", ""),
    )
    assert edited["changed"] == ["kind", "address", "postcode", "city", "email"]
    assert (edited["flags_raised"], edited["details"]["email"]) == (1, None)
    flags = run_json(capsys, "--ledger", ledger, "flags")
    assert [f["rule_id"] for f in flags if f["kind"] == "prohibited_source"] == [
        "fr.prohibited.legal-persons"
    ]
    [entry] = [
        e
        for e in run_json(capsys, "--ledger", ledger, "audit", "log")
        if e["action"] == "donor.update"
    ]
    assert (entry["before"]["city"], entry["after"]["city"]) == ("Nantes", "Rennes")
    assert run(capsys, "--ledger", ledger, "audit", "verify")[0] == 0
    code, _out, err = run(
        capsys, "--ledger", ledger, "donor", "edit", donor, "--country", "Atlantis"
    )
    assert code == EXIT_USER
    assert "country 'Atlantis': is not a country Treasurer knows" in err
    code, _out, err = run(capsys, "--ledger", ledger, "donor", "edit", donor, "--name", " ")
    assert (code, err.strip()) == (EXIT_USER, "treasurer: error: donor name ' ': is empty")
    assert run_json(capsys, "--ledger", ledger, "donors")[0]["name"] == "Bati Ouest"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--amount", "-5"], "amount '-5': must be more than zero"),
        (["--amount", "12,5,0"], "amount '12,5,0': has digits grouped"),
        (["--amount", "1e6"], "contains 'e', which is not part of a number"),
        (["--amount", "5000000000"], "more than any donation Treasurer accepts"),
        (["--date", "31/02/2025"], "date '31/02/2025': is not a day of the calendar"),
        (["--date", "2999-01-01"], "is in the future"),
        (["--unit", "Atlantis"], "no accounting unit named 'Atlantis'"),
    ],
)
def test_a_failed_add_is_one_line_on_stderr_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], ledger: str, args: list[str], message: str
) -> None:
    base = {"--date": "2025-01-01", "--donor": "A", "--amount": "10"}
    base.update(dict(zip(args[::2], args[1::2], strict=True)))
    before = dump(Path(ledger))
    code, out, err = run(capsys, "--ledger", ledger, "add", *sum(base.items(), ()))
    assert code == EXIT_USER
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("treasurer: error: ")
    assert message in err
    assert dump(Path(ledger)) == before


def test_missing_or_foreign_ledgers(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "--ledger", str(tmp_path / "none.db"), "donors")
    assert code == EXIT_USER
    assert "there is no ledger at" in err
    assert "treasurer init" in err
    assert not (tmp_path / "none.db").exists()
    text = tmp_path / "donations.csv"
    text.write_text("date,amount\n2025-01-01,10\n", encoding="utf-8")
    digest = hashlib.sha256(text.read_bytes()).hexdigest()
    code, _, err = run(capsys, "--ledger", str(text), "info")
    assert code == EXIT_USER
    assert "is not a Treasurer ledger" in err
    assert hashlib.sha256(text.read_bytes()).hexdigest() == digest


def test_init_twice_is_refused(capsys: pytest.CaptureFixture[str], ledger: str) -> None:
    before = dump(Path(ledger))
    code, _, err = run(
        capsys,
        "--ledger",
        ledger,
        "init",
        "--name",
        "X",
        "--jurisdiction",
        "uk",
        "--currency",
        "GBP",
    )
    assert code == EXIT_USER
    assert "there is already a ledger at" in err
    assert dump(Path(ledger)) == before


def test_ledger_from_environment_and_default_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TREASURER_LEDGER", str(tmp_path / "env.db"))
    assert run_json(capsys, "init", "--name", "Env", "--jurisdiction", "uk", "--currency", "GBP")[
        "location"
    ] == str(tmp_path / "env.db")
    monkeypatch.delenv("TREASURER_LEDGER")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    code, _, err = run(capsys, "info")
    assert code == EXIT_USER
    assert str(tmp_path / "data" / "Treasurer" / "ledger.db") in err


def test_demo_is_seeded_and_realistic(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    for path in (one, two):
        result = run_json(
            capsys,
            "--ledger",
            path,
            "demo",
            "--create",
            "--donations",
            "400",
            "--seed",
            "7",
            "--end-date",
            "2025-12-31",
        )
        assert result == {"donors": 100, "donations": 400, "units": 2}
    rows = run_json(capsys, "--ledger", one, "donations")
    again = run_json(capsys, "--ledger", two, "donations")

    def seen(r: dict[str, Any]) -> tuple[str, ...]:
        return (r["date"], r["donor"], r["amount"], r["method"], r["unit"] or "")

    assert [seen(r) for r in rows] == [seen(r) for r in again]  # same seed, same ledger
    assert len(rows) == 400
    assert all("2025-01-01" <= r["date"] <= "2025-12-31" for r in rows)
    assert {r["currency"] for r in rows} == {"MAD"}
    methods = {r["method"] for r in rows}
    assert {"cash", "online", "cheque"} <= methods
    donors = run_json(capsys, "--ledger", one, "donors")
    names = [d["name"] for d in donors]
    assert any("\u0600" <= c <= "\u06ff" for n in names for c in n)  # Arabic names
    assert any(c in "éèëàç" for n in names for c in n)  # French names
    assert {"company", "individual"} <= {d["kind"] for d in donors}
    assert {"Mohamed El Alami", "Mohammed El-Alami"} <= set(names)  # a near-duplicate
    assert all(d["count"] >= 1 for d in donors)
    totals = run_json(capsys, "--ledger", one, "info")["totals"]
    assert totals == {"MAD": f"{sum(int(r['amount'].replace('.', '')) for r in rows) / 100:.2f}"}


def test_demo_refuses_absurd_sizes(capsys: pytest.CaptureFixture[str], ledger: str) -> None:
    code, _, err = run(capsys, "--ledger", ledger, "demo", "--donations", "-1")
    assert code == EXIT_USER
    assert "--donations must be between 0 and 10,000,000" in err


def test_db_upgrade_reports_when_current(capsys: pytest.CaptureFixture[str], ledger: str) -> None:
    assert run_json(capsys, "--ledger", ledger, "db", "upgrade") == {"upgraded": False}


@pytest.mark.pg
def test_the_same_commands_on_postgresql(capsys: pytest.CaptureFixture[str], pg_url: str) -> None:
    result = run_json(capsys, "--db", pg_url, "db", "upgrade")
    assert result == {"upgraded": True, "from": None, "to": migrate.head_revision(), "backup": None}
    info = run_json(
        capsys,
        "--db",
        pg_url,
        "init",
        "--name",
        "Shared office",
        "--jurisdiction",
        "uk",
        "--currency",
        "GBP",
    )
    assert info["location"].endswith(pg_url.rsplit("/", 1)[1])
    for donor, amount in (("Olivia O'Connor", "£600"), ("OLIVIA O’CONNOR", "1,000.50")):
        code, _, err = run(
            capsys,
            "--db",
            pg_url,
            "add",
            "--date",
            "03/04/2025",
            "--donor",
            donor,
            "--amount",
            amount,
        )
        assert code == 0, err
    donors = run_json(capsys, "--db", pg_url, "donors")
    assert [(d["name"], d["total"], d["count"]) for d in donors] == [
        ("Olivia O'Connor", "1600.50", 2)
    ]
    [first, _] = run_json(capsys, "--db", pg_url, "donations")
    assert first["date"] == "2025-04-03"


def test_usage_errors_are_one_line(capsys: pytest.CaptureFixture[str], ledger: str) -> None:
    with pytest.raises(SystemExit) as caught:
        main(
            [
                "--ledger",
                ledger,
                "add",
                "--date",
                "2025-01-01",
                "--donor",
                "A",
                "--amount",
                "1",
                "--kind",
                "robot",
            ]
        )
    assert caught.value.code == EXIT_USER
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("treasurer: error: argument --kind: invalid choice: 'robot'")


def test_an_empty_file_is_not_a_ledger_and_is_left_empty(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    code, _, err = run(capsys, "--ledger", str(empty), "info")
    assert code == EXIT_USER
    assert "is an empty file, not a Treasurer ledger" in err
    assert empty.stat().st_size == 0


def test_add_prints_the_flags_it_raised(capsys: pytest.CaptureFixture[str], ledger: str) -> None:
    code, out, _ = run(
        capsys,
        "--ledger",
        ledger,
        "add",
        "--date",
        "2025-03-01",
        "--donor",
        "Company X",
        "--kind",
        "company",
        "--amount",
        "200",
        "--method",
        "cash",
    )
    assert code == 0
    flagged = [line for line in out.splitlines() if line.startswith("FLAG ")]
    assert sorted(line.split(":")[0] for line in flagged) == [
        "FLAG ERROR cash_over_cap",
        "FLAG ERROR prohibited_source",
        "FLAG WARNING missing_information",
    ]


def test_an_override_must_say_what_it_does(capsys: pytest.CaptureFixture[str], ledger: str) -> None:
    run(capsys, "--ledger", ledger, "add", "--date", "2025-03-01", "--donor", "A", "--amount", "10")
    code, _, err = run(capsys, "--ledger", ledger, "override", "1", "--reason", "just a note")
    assert code == EXIT_USER
    assert "say what to override" in err
