"""The office commands and migrate-to, end to end through ``treasurer``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from tests.cli.support import run, run_json
from treasurer.cli import EXIT_USER


def _ledgers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    hq = str(tmp_path / "hq.db")
    run_json(
        capsys,
        "--ledger",
        hq,
        "init",
        "--name",
        "Parti",
        "--jurisdiction",
        "fr",
        "--currency",
        "EUR",
    )
    hq_id = run_json(capsys, "--ledger", hq, "info")["ledger_id"]
    setup = tmp_path / "lyon.json"
    code, out, err = run(
        capsys, "--ledger", hq, "office", "setup-file", "--unit", "Lyon", "--out", str(setup)
    )
    assert code == 0, err
    assert "Wrote the setup of field office Lyon" in out
    lyon = str(tmp_path / "lyon.db")
    code, out, err = run(capsys, "--ledger", lyon, "office", "init", "--setup", str(setup))
    assert code == 0, err
    assert f"This ledger is now a field office of headquarters {hq_id}" in out
    marseille = str(tmp_path / "marseille.db")
    run_json(
        capsys,
        "--ledger",
        marseille,
        "init",
        "--name",
        "M",
        "--jurisdiction",
        "fr",
        "--currency",
        "EUR",
    )
    run_json(
        capsys,
        "--ledger",
        marseille,
        "office",
        "init",
        "--hq-ledger-id",
        hq_id,
        "--unit",
        "Marseille",
    )
    return {"hq": hq, "hq_id": hq_id, "lyon": lyon, "marseille": marseille}


def _add(capsys: pytest.CaptureFixture[str], ledger: str, *argv: str) -> dict[str, Any]:
    result: dict[str, Any] = run_json(capsys, "--ledger", ledger, "add", *argv)
    return result


def test_offices_through_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _ledgers(tmp_path, capsys)
    hq, lyon, marseille = ids["hq"], ids["lyon"], ids["marseille"]
    _add(
        capsys,
        lyon,
        "--date",
        "2025-03-01",
        "--donor",
        "Claire Martin",
        "--amount",
        "4000",
        "--email",
        "claire@example.org",
    )
    cash = _add(
        capsys,
        lyon,
        "--date",
        "2025-03-02",
        "--donor",
        "Jean Dupont",
        "--amount",
        "200",
        "--method",
        "cash",
    )
    flag = next(f for f in cash["flags"] if f["rule_id"] == "fr.cash-cap")
    run_json(capsys, "--ledger", lyon, "flag", "dismiss", str(flag["id"]), "--reason", "returned")
    ana = _add(capsys, lyon, "--date", "2025-03-03", "--donor", "Ana Lopez", "--amount", "300")
    run_json(
        capsys,
        "--ledger",
        lyon,
        "refund",
        str(ana["donation_id"]),
        "--amount",
        "100",
        "--date",
        "2025-03-05",
    )
    _add(
        capsys,
        marseille,
        "--date",
        "2025-05-01",
        "--donor",
        "Claire MARTIN",
        "--amount",
        "4000",
        "--email",
        "claire@example.org",
    )
    donations = run_json(capsys, "--ledger", lyon, "donations")
    assert {d["unit"] for d in donations} == {"Lyon"}

    lyon_zip, marseille_zip = tmp_path / "lyon-1.zip", tmp_path / "marseille-1.zip"
    code, out, err = run(capsys, "--ledger", lyon, "office", "export", "--out", str(lyon_zip))
    assert code == 0, err
    assert "Wrote bundle 1 to" in out
    assert "4 donations and refunds of 3 donors" in out
    exported = run_json(
        capsys, "--ledger", marseille, "office", "export", "--out", str(marseille_zip)
    )
    assert exported["counts"]["donations"] == 1
    assert exported["sums_minor"] == {"EUR": 400000}

    preview = run_json(capsys, "--ledger", hq, "office", "import", str(marseille_zip), "--dry-run")
    assert preview["dry_run"] is True
    assert preview["committed"] is False
    assert preview["added"]["donations"] == 1
    assert run_json(capsys, "--ledger", hq, "donors") == []

    code, out, err = run(capsys, "--ledger", hq, "office", "import", str(lyon_zip))
    assert code == 0, err
    assert "Bundle 1 of field office Lyon" in out
    assert "added: 3 donations, 1 refunds and returns, 3 new donors" in out
    assert "flag fr.cash-cap dismissed at the office: dismissed here too" in out
    code, out, err = run(capsys, "--ledger", hq, "office", "import", str(marseille_zip))
    assert code == 0, err
    assert "1 donors matched to donors here" in out
    assert "matched: Claire MARTIN -> donor 1 (Claire Martin)" in out
    assert "FLAG over_limit: Claire Martin has given €8,000.00 in 2025" in out
    assert "(contributions from: Lyon, Marseille)" in out
    code, out, err = run(capsys, "--ledger", hq, "office", "import", str(lyon_zip))
    assert code == 0, err
    assert "was already imported on" in out

    donors = run_json(capsys, "--ledger", hq, "donors")
    assert [(d["name"], d["total"], d["count"]) for d in donors] == [
        ("Ana Lopez", "200.00", 2),
        ("Claire Martin", "8000.00", 2),
        ("Jean Dupont", "200.00", 1),
    ]
    flags = run_json(capsys, "--ledger", hq, "flags")
    assert [(f["rule_id"], f["amount_over"]) for f in flags if f["kind"] == "over_limit"] == [
        ("fr.cap.natural-person", "500.00")
    ]

    ack = tmp_path / "ack.json"
    code, out, err = run(capsys, "--ledger", hq, "office", "ack", "--out", str(ack))
    assert code == 0, err
    assert "Lyon: bundles up to 1 received" in out
    code, out, err = run(capsys, "--ledger", lyon, "office", "ack-import", str(ack))
    assert code == 0, err
    assert "Headquarters has received bundles up to 1" in out
    status = run_json(capsys, "--ledger", lyon, "office", "status")
    assert status["role"] == "office"
    assert [e["acknowledged_at"] is not None for e in status["exports"]] == [True]
    # nothing new since the acknowledged export: an empty bundle
    empty = run_json(
        capsys, "--ledger", lyon, "office", "export", "--out", str(tmp_path / "lyon-2.zip")
    )
    assert empty["counts"] == {"donors": 0, "donations": 0, "checks": 0, "flag_resolutions": 0}
    hq_status = run_json(capsys, "--ledger", hq, "office", "status")
    assert [(b["unit"], b["sequence"]) for b in hq_status["bundles"]] == [
        ("Lyon", 1),
        ("Marseille", 1),
    ]


def test_office_errors_are_one_line_and_change_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _ledgers(tmp_path, capsys)
    _add(capsys, ids["lyon"], "--date", "2025-03-01", "--donor", "A B", "--amount", "10")
    bundle = tmp_path / "b.zip"
    run_json(capsys, "--ledger", ids["lyon"], "office", "export", "--out", str(bundle))
    other = str(tmp_path / "other.db")
    run_json(
        capsys,
        "--ledger",
        other,
        "init",
        "--name",
        "O",
        "--jurisdiction",
        "fr",
        "--currency",
        "EUR",
    )
    code, _, err = run(capsys, "--ledger", other, "office", "import", str(bundle))
    assert code == EXIT_USER
    assert "is refused: it is addressed to headquarters ledger" in err
    assert "nothing was imported" in err
    code, _, err = run(capsys, "--ledger", ids["marseille"], "office", "import", str(bundle))
    assert code == EXIT_USER
    assert "this ledger is a field office" in err
    secret = tmp_path / "pass.txt"
    secret.write_text("x\n", encoding="utf-8")
    code, _, err = run(
        capsys,
        "--ledger",
        ids["lyon"],
        "office",
        "export",
        "--out",
        str(tmp_path / "c.zip"),
        "--passphrase-file",
        str(secret),
    )
    assert code == 0, err  # an encrypted bundle (tests/services/test_offices.py)
    code, _, err = run(
        capsys, "--ledger", ids["hq"], "office", "export", "--out", str(tmp_path / "d.zip")
    )
    assert code == EXIT_USER
    assert "this ledger is not a field office" in err
    code, _, err = run(capsys, "--ledger", ids["lyon"], "office", "init")
    assert code == EXIT_USER
    assert "give --hq-ledger-id and --unit, or --setup FILE" in err
    assert run_json(capsys, "--ledger", other, "donors") == []


def _table_count(url: str, table: str) -> int:
    libpq = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(libpq) as conn:
        row = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
    assert row is not None
    return int(row[0])


def test_migrate_to_postgresql_and_use_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pg_url: str
) -> None:
    ids = _ledgers(tmp_path, capsys)
    hq, lyon = ids["hq"], ids["lyon"]
    run_json(
        capsys,
        "--ledger",
        hq,
        "demo",
        "--donations",
        "400",
        "--seed",
        "3",
        "--end-date",
        "2025-12-31",
    )
    _add(capsys, lyon, "--date", "2025-03-01", "--donor", "Claire Martin", "--amount", "9000")
    bundle = tmp_path / "l.zip"
    run_json(capsys, "--ledger", lyon, "office", "export", "--out", str(bundle))
    run_json(capsys, "--ledger", hq, "office", "import", str(bundle))
    before_info = run_json(capsys, "--ledger", hq, "info")
    before_donors = run_json(capsys, "--ledger", hq, "donors")
    before_flags = run_json(capsys, "--ledger", hq, "flags", "--status", "all")

    code, out, err = run(capsys, "--ledger", hq, "migrate-to", pg_url)
    assert code == 0, err
    assert "counts and sums checked table by table" in out
    after_info = run_json(capsys, "--db", pg_url, "info")
    assert after_info["ledger_id"] == before_info["ledger_id"]
    assert after_info["counts"] == before_info["counts"]
    assert after_info["totals"] == before_info["totals"]
    assert run_json(capsys, "--db", pg_url, "donors") == before_donors
    assert run_json(capsys, "--db", pg_url, "flags", "--status", "all") == before_flags
    check = run_json(capsys, "--db", pg_url, "check")
    assert (check["raised"], check["updated"], check["resolved"]) == (0, 0, 0)
    # new rows get new ids after the copied ones
    added = _add_db(capsys, pg_url)
    assert added["donation_id"] == before_info["counts"]["donations"] + 1

    rows = _table_count(pg_url, "donation")
    code, _, err = run(capsys, "--ledger", hq, "migrate-to", pg_url)
    assert code == EXIT_USER
    assert "is not empty" in err
    assert "nothing was copied" in err
    assert _table_count(pg_url, "donation") == rows


def _add_db(capsys: pytest.CaptureFixture[str], url: str) -> dict[str, Any]:
    result: dict[str, Any] = run_json(
        capsys, "--db", url, "add", "--date", "2025-06-01", "--donor", "New Donor", "--amount", "10"
    )
    return result
