"""The rule engine's commands end to end: profiles, flags, check, remedies, settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.support import run
from tests.cli.support import run_json as js
from treasurer.cli import EXIT_USER


def make(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    jurisdiction: str,
    currency: str,
    *extra: str,
) -> str:
    path = str(tmp_path / f"{jurisdiction}.db")
    js(
        capsys,
        "--ledger",
        path,
        "init",
        "--name",
        "P",
        "--jurisdiction",
        jurisdiction,
        "--currency",
        currency,
        *extra,
    )
    return path


def test_profiles_list_and_show(capsys: pytest.CaptureFixture[str]) -> None:
    rows = js(capsys, "profiles")
    assert [r["id"] for r in rows] == ["ca", "custom", "fr", "ma", "uk", "us-fec"]
    ca = next(r for r in rows if r["id"] == "ca")
    assert (ca["currency"], ca["origin"]) == ("CAD", "shipped")
    assert ca["uncertain_rules"] >= 1
    shown = js(capsys, "profile", "show", "ca", "--date", "2026-03-01")
    cap = next(r for r in shown["rules"] if r["kind"] == "cap")
    assert (cap["amount"], cap["status"]) == ("1775.00", "uncertain")
    code, out, _ = run(capsys, "profile", "show", "ca", "--date", "2026-03-01")
    assert code == 0
    assert "UNCERTAIN: check this figure against the source" in out
    older = js(capsys, "profile", "show", "ca", "--date", "2025-03-01")
    assert next(r for r in older["rules"] if r["kind"] == "cap")["amount"] == "1750.00"
    code, _, err = run(capsys, "profile", "show", "zz")
    assert code == EXIT_USER
    assert "there is no rule profile 'zz'" in err


def test_us_cap_flag_and_refund_through_the_cli(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ledger = make(capsys, tmp_path, "us-fec", "USD")
    base = [
        "--ledger",
        ledger,
        "add",
        "--donor",
        "Ann Lee",
        "--address",
        "1 Main St",
        "--employer",
        "Acme",
        "--occupation",
        "Engineer",
    ]
    js(capsys, *base, "--date", "01/15/2025", "--amount", "$40,000")
    result = js(capsys, *base, "--date", "03/01/2025", "--amount", "4,300.01")
    over = next(f for f in result["flags"] if f["kind"] == "over_limit")
    assert (over["amount_over"], over["limit"], over["currency"]) == ("0.01", "44300.00", "USD")
    assert over["deadline"] == "2025-04-30"  # 60 days from receipt
    flags = js(capsys, "--ledger", ledger, "flags")
    assert {f["kind"] for f in flags} == {"over_limit", "reportable"}
    refund = js(
        capsys,
        "--ledger",
        ledger,
        "refund",
        str(result["donation_id"]),
        "--amount",
        "0.01",
        "--date",
        "03/05/2025",
        "--reason",
        "excess",
    )
    assert refund["flags_resolved"] == [over["id"]]
    assert {f["kind"] for f in js(capsys, "--ledger", ledger, "flags")} == {
        "near_limit",
        "reportable",
    }
    check = js(capsys, "--ledger", ledger, "check")
    assert (check["raised"], check["updated"], check["resolved"]) == (0, 0, 0)
    resolved = js(capsys, "--ledger", ledger, "flags", "--status", "resolved")
    assert [f["kind"] for f in resolved] == ["over_limit"]


def test_uk_permissibility_check_and_variant(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ledger = make(capsys, tmp_path, "uk", "GBP")
    gift = js(
        capsys,
        "--ledger",
        ledger,
        "add",
        "--date",
        "2025-02-01",
        "--donor",
        "Olivia Hughes",
        "--amount",
        "£500.01",
        "--address",
        "1 High St",
    )
    [flag] = gift["flags"]
    assert (flag["kind"], flag["deadline"]) == ("permissibility_check", "2025-03-03")
    at_500 = js(
        capsys,
        "--ledger",
        ledger,
        "add",
        "--date",
        "2025-02-01",
        "--donor",
        "Jack Brown",
        "--amount",
        "500",
        "--address",
        "2 High St",
    )
    assert at_500["flags"] == []
    done = js(
        capsys,
        "--ledger",
        ledger,
        "permissibility",
        str(gift["donor_id"]),
        "--date",
        "2025-02-03",
        "--method",
        "electoral-register",
        "--evidence",
        "register 2025 p.12",
    )
    assert done["flags_resolved"] == [flag["id"]]
    assert js(capsys, "--ledger", ledger, "flags") == []
    changed = js(capsys, "--ledger", ledger, "settings", "--variant", "accounting_unit")
    assert changed == {"variant": "accounting_unit"}
    code, _, err = run(capsys, "--ledger", ledger, "settings", "--variant", "branch")
    assert code == EXIT_USER
    assert "has no variant 'branch' (variants: central, accounting_unit)" in err


def test_dismiss_override_declare_and_merge(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ledger = make(capsys, tmp_path, "fr", "EUR")
    common = ["--address", "1 rue X", "--country", "FR"]
    a = js(
        capsys,
        "--ledger",
        ledger,
        "add",
        "--date",
        "2025-01-10",
        "--donor",
        "Claire Dubois",
        "--amount",
        "4000",
        *common,
    )
    b = js(
        capsys,
        "--ledger",
        ledger,
        "add",
        "--date",
        "2025-02-10",
        "--donor",
        "Claire Dubois-Roy",
        "--amount",
        "4000",
        *common,
    )
    assert js(capsys, "--ledger", ledger, "flags") == []
    merged = js(
        capsys, "--ledger", ledger, "donor", "merge", str(a["donor_id"]), str(b["donor_id"])
    )
    assert merged["donations_moved"] == 1
    [over] = js(capsys, "--ledger", ledger, "flags")
    assert (over["kind"], over["amount_over"]) == ("over_limit", "500.00")
    js(
        capsys,
        "--ledger",
        ledger,
        "override",
        str(b["donation_id"]),
        "--exclude-from-aggregate",
        "--reason",
        "a loan, not a gift",
    )
    assert [f["kind"] for f in js(capsys, "--ledger", ledger, "flags")] == []
    js(
        capsys,
        "--ledger",
        ledger,
        "declare",
        str(a["donor_id"]),
        "--year",
        "2025",
        "--amount",
        "3400",
    )
    [near] = js(capsys, "--ledger", ledger, "flags")
    assert (near["kind"], near["total"]) == ("near_limit", "7400.00")
    dismissed = js(
        capsys,
        "--ledger",
        ledger,
        "flag",
        "dismiss",
        str(near["id"]),
        "--reason",
        "checked with the donor",
    )
    assert dismissed["status"] == "dismissed"
    assert js(capsys, "--ledger", ledger, "flags") == []
    code, _, err = run(capsys, "--ledger", ledger, "flag", "dismiss", "999", "--reason", "x")
    assert code == EXIT_USER
    assert "there is no flag with id 999" in err


def test_flags_text_and_languages(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    ledger = make(capsys, tmp_path, "ma", "MAD")
    js(
        capsys,
        "--ledger",
        ledger,
        "add",
        "--date",
        "2025-05-01",
        "--donor",
        "محمد العلمي",
        "--amount",
        "12000",
        "--method",
        "cash",
    )
    code, out, _ = run(capsys, "--ledger", ledger, "flags")
    assert code == 0
    assert "ERROR cash_over_cap [open]" in out
    code, out, _ = run(capsys, "--ledger", ledger, "--lang", "ar", "flags")
    assert "تبرع محمد العلمي نقداً بمبلغ" in out
    code, out, _ = run(capsys, "--ledger", ledger, "--lang", "fr", "flags")
    assert "a donné 12\u202f000,00\xa0MAD en espèces" in out


def test_us_reattribution_cures_the_excess_and_counts_for_the_spouse(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ledger = make(capsys, tmp_path, "us-fec", "USD")
    fields = ["--address", "1 Main St", "--employer", "Acme", "--occupation", "Nurse"]
    big = js(
        capsys,
        "--ledger",
        ledger,
        "add",
        "--date",
        "02/01/2025",
        "--donor",
        "Ann Lee",
        "--amount",
        "50000",
        *fields,
    )
    over = next(f for f in big["flags"] if f["kind"] == "over_limit")
    assert over["amount_over"] == "5700.00"
    spouse = js(
        capsys,
        "--ledger",
        ledger,
        "add",
        "--date",
        "02/02/2025",
        "--donor",
        "Bob Lee",
        "--amount",
        "10",
        *fields,
    )
    moved = js(
        capsys,
        "--ledger",
        ledger,
        "reattribute",
        str(big["donation_id"]),
        "--to-donor",
        str(spouse["donor_id"]),
        "--amount",
        "5700",
        "--date",
        "02/20/2025",
        "--reason",
        "signed by both",
    )
    assert moved["flags_resolved"] == [over["id"]]
    totals = {d["name"]: d["total"] for d in js(capsys, "--ledger", ledger, "donors")}
    assert totals == {"Ann Lee": "44300.00", "Bob Lee": "5710.00"}
    fr = make(capsys, tmp_path, "fr", "EUR")
    gift = js(
        capsys, "--ledger", fr, "add", "--date", "2025-02-01", "--donor", "A", "--amount", "9000"
    )
    code, _, err = run(
        capsys,
        "--ledger",
        fr,
        "reattribute",
        str(gift["donation_id"]),
        "--to-donor",
        "1",
        "--amount",
        "10",
        "--date",
        "2025-02-02",
    )
    assert code == EXIT_USER
    assert "the fr profile does not allow reattribution" in err
