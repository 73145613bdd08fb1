"""Imports of real-looking sources through the CLI: each platform preset is recognised
from its header, a volunteer's Arabic spreadsheet imports with the generic preset,
XLSX workbooks and bank statements import, and batches can be listed and undone."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.cli.support import run, run_json
from treasurer.cli import EXIT_USER
from treasurer.importers import bank
from treasurer.services import importing

SAMPLES = Path(__file__).parent / "samples"
PLATFORMS = SAMPLES / "platforms"


def workbook(path: Path, rows: list[list[Any]], sheet: str | None = None) -> Path:
    """An XLSX workbook of ``rows`` (the header first), as a spreadsheet program saves it."""
    book = openpyxl.Workbook()
    active = book.active
    assert active is not None
    if sheet is not None:
        active.title = sheet
    for row in rows:
        active.append(row)
    book.save(path)
    return path


def make_ledger(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, jurisdiction: str, currency: str
) -> str:
    path = str(tmp_path / f"{jurisdiction}-{currency}.db")
    run_json(
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
    )
    return path


@pytest.mark.parametrize(
    ("sample", "preset", "currency", "rows"),
    [
        ("actblue.csv", "actblue", "USD", 6),
        ("donorbox.csv", "donorbox", "USD", 5),
        ("helloasso.csv", "helloasso", "EUR", 5),
        ("paypal.csv", "paypal", "USD", 5),
        ("paypal-fr.csv", "paypal-fr", "EUR", 4),
        ("stripe.csv", "stripe", "EUR", 6),
        ("stripe-balance.csv", "stripe-balance", "EUR", 6),
        ("generic.csv", "generic", "MAD", 7),
    ],
)
def test_each_platform_export_is_recognised_by_its_header(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    sample: str,
    preset: str,
    currency: str,
    rows: int,
) -> None:
    ledger = make_ledger(capsys, tmp_path, "custom", currency)
    code, out, _err = run(
        capsys,
        "--ledger",
        ledger,
        "import",
        str(PLATFORMS / sample),
        "--dry-run",
        "--skip-bad-rows",
        "--json",
    )
    report = json.loads(out)
    # every row bad (the generic sample's units are not this ledger's): exit 2 all the same
    assert code == (EXIT_USER if report["errors"] and not report["new"] else 0)
    assert report["preset"] == preset
    assert report["rows"] == rows
    assert report["committed"] is False
    # a refund is a row of its own, or marked on its donation's row (Stripe, Donorbox)
    accounted = report["new"] + report["duplicates"] + len(report["errors"])
    assert accounted <= rows <= accounted + report["refunds"]


def test_a_gift_paid_by_a_company_is_the_companys_and_raises_its_flag(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """HelloAsso's "Raison sociale" filled: the company gave, whoever paid online. The
    company is the donor (kind company), so French law's ban on gifts from legal persons
    is flagged; the rows without a company stay the person's."""
    lines = (PLATFORMS / "helloasso.csv").read_text(encoding="utf-8-sig").splitlines()
    header, first = lines[0], lines[1].split(";")
    company = list(first)
    company[0], company[1], company[11], company[12] = "82899", "53099", "ACME SAS", "123456789"
    path = tmp_path / "helloasso-company.csv"
    path.write_text("\n".join([header, ";".join(first), ";".join(company)]) + "\n", "utf-8")

    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    report = run_json(capsys, "--ledger", ledger, "import", str(path))
    assert (report["preset"], report["new"], report["errors"]) == ("helloasso", 2, [])
    donors = run_json(capsys, "--ledger", ledger, "donors")
    assert sorted((d["name"], d["kind"]) for d in donors) == [
        ("ACME SAS", "company"),
        ("Hélène Lefèvre", "individual"),
    ]
    flags = run_json(capsys, "--ledger", ledger, "flags")
    assert [(f["kind"], f["donor_name"]) for f in flags] == [("prohibited_source", "ACME SAS")]


def test_a_name_with_a_legal_form_is_a_company_or_an_association(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """No column says what the donor is, but "SARL", "GmbH" or "Stichting" in the name
    does: the French ban on gifts from legal persons is flagged for them; a bank
    statement's debtor identified as an organisation (OrgId) is a company too."""
    path = tmp_path / "dons.csv"
    path.write_text(
        "Date;Nom;Montant\n05/01/2025;Garage Dupuis SARL;300\n06/01/2025;Müller & Söhne GmbH;200"
        "\n07/01/2025;Stichting Vrienden;100\n08/01/2025;Anne Sa;50\n",
        encoding="utf-8",
    )
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    run_json(capsys, "--ledger", ledger, "import", str(path))
    kinds = {d["name"]: d["kind"] for d in run_json(capsys, "--ledger", ledger, "donors")}
    assert kinds == {
        "Garage Dupuis SARL": "company",
        "Müller & Söhne GmbH": "company",
        "Stichting Vrienden": "association",
        "Anne Sa": "individual",
    }
    flags = run_json(capsys, "--ledger", ledger, "flags")
    prohibited = sorted(f["donor_name"] for f in flags if f["kind"] == "prohibited_source")
    assert prohibited == ["Garage Dupuis SARL", "Müller & Söhne GmbH", "Stichting Vrienden"]
    statement = tmp_path / "camt.xml"
    statement.write_text(
        (SAMPLES / "camt053_v02.xml")
        .read_text(encoding="utf-8")
        .replace(
            "<Dbtr><Nm>",
            "<Dbtr><Id><OrgId><Othr><Id>44306184100047</Id></Othr></OrgId></Id><Nm>",
            1,
        ),
        encoding="utf-8",
    )
    rows = bank.read_statement(statement).rows
    kinds = {r.values.get("donor"): r.values.get("kind") for r in rows}
    assert kinds.pop("Karim El Idrissi") == "company"
    assert set(kinds.values()) == {None}


def test_a_refunded_gift_over_the_reporting_threshold_is_reported_at_what_was_given(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Carl gave $250 (over the FEC's $200 itemisation threshold), refunded since: the
    gift was reportable and its flag says what he gave, never "$0.00 … over the
    threshold"."""
    path = tmp_path / "gifts.csv"
    path.write_text(
        "Date,Name,Amount,Reference,Occupation,Employer\n"
        "2025-03-01,Carl Refund,250.00,A1,Teacher,School\n2025-03-09,Carl Refund,-250.00,A1,,\n",
        encoding="utf-8",
    )
    ledger = make_ledger(capsys, tmp_path, "us-fec", "USD")
    report = run_json(capsys, "--ledger", ledger, "import", str(path))
    assert (report["new"], report["refunds"], report["errors"]) == (1, 1, [])
    reportable = [
        f for f in run_json(capsys, "--ledger", ledger, "flags") if f["kind"] == "reportable"
    ]
    assert [(f["donor_name"], f["total"], f["limit"]) for f in reportable] == [
        ("Carl Refund", "250.00", "200.00")
    ]
    assert "has given $250.00" in reportable[0]["message"]


def test_a_refund_that_grew_since_the_last_export_is_reported_not_lost(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Stripe keeps a refund on its charge's row: exported with 40.00 refunded, then
    again once 100.00 is. The second import names the difference instead of taking the
    row for a duplicate; the same export again is still a duplicate."""
    lines = (PLATFORMS / "stripe.csv").read_text(encoding="utf-8").splitlines()
    header, charge = lines[0], lines[1].split(",")

    def export(name: str, refunded: str, status: str) -> str:
        row = list(charge)
        row[3], row[7], row[16], row[18] = refunded, refunded, "2025-03-05 10:00:00", status
        path = tmp_path / name
        path.write_text(header + "\n" + ",".join(row) + "\n", encoding="utf-8")
        return str(path)

    ledger = make_ledger(capsys, tmp_path, "custom", "EUR")
    first = run_json(capsys, "--ledger", ledger, "import", export("a.csv", "40.00", "Paid"))
    assert (first["new"], first["refunds"]) == (1, 1)
    same = run_json(capsys, "--ledger", ledger, "import", export("b.csv", "40.00", "Paid"))
    assert (same["new"], same["refunds"], same["duplicates"], same["errors"]) == (0, 0, 1, [])

    grown = export("c.csv", "50.00", "Refunded")
    code, out, _ = run(capsys, "--ledger", ledger, "import", grown, "--json")
    assert code == EXIT_USER
    report = json.loads(out)
    [error] = report["errors"]
    assert (error["line"], error["column"], error["value"]) == (
        2,
        "Converted Amount Refunded",
        "50.00 EUR",
    )
    assert (report["rows"], report["duplicates"]) == (1, 0)  # the row is bad, not both
    assert error["reason"] == (
        "the platform now says 50.00 EUR was refunded, but the ledger's refunds of this "
        "donation give back 40.00 EUR: record the difference with 'treasurer refund'"
    )
    donations = run_json(capsys, "--ledger", ledger, "donations")
    assert sorted(d["amount"] for d in donations) == ["-40.00", "50.00"]
    # as the message says: the rest given back by hand, the export is then a duplicate
    [charge_id] = [d["donation_id"] for d in donations if d["amount"] == "50.00"]
    run_json(
        capsys,
        "--ledger",
        ledger,
        "refund",
        str(charge_id),
        "--amount",
        "10",
        "--date",
        "2025-03-05",
    )
    settled = run_json(capsys, "--ledger", ledger, "import", grown)
    assert (settled["new"], settled["refunds"], settled["errors"]) == (0, 0, [])
    # the older export again: it says less was refunded than the ledger has, and why
    code, out, _ = run(
        capsys, "--ledger", ledger, "import", export("a.csv", "40.00", "Paid"), "--json"
    )
    assert code == EXIT_USER
    [older] = json.loads(out)["errors"]
    assert older["reason"] == (
        "says 40.00 EUR was refunded, but the ledger's refunds of this donation give back "
        "50.00 EUR already (from a later export, or by hand): if this file is older, leave this "
        "row out; if not, check the refunds recorded"
    )


def test_refunds_never_give_back_more_than_their_donation_in_all(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Each refund is checked against what the donation's earlier refunds (in the ledger,
    then in the file) have left to give back, not against the whole donation."""
    ledger = make_ledger(capsys, tmp_path, "custom", "EUR")
    path = tmp_path / "refunds.csv"
    path.write_text(
        "Date,Donor,Amount,Reference,Refund of\n"
        "2025-01-02,Ann Lee,50,D1,\n"
        "2025-01-03,Ann Lee,-30,R1,D1\n"
        "2025-01-04,Ann Lee,-30,R2,D1\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "--ledger", ledger, "import", str(path), "--json")
    assert code == EXIT_USER
    [error] = json.loads(out)["errors"]
    assert (error["line"], error["value"]) == (4, "D1")
    assert error["reason"] == (
        "refunds 30.00 EUR, but only 20.00 EUR of its donation of 50.00 EUR is left to give "
        "back (other refunds gave back the rest)"
    )
    report = run_json(capsys, "--ledger", ledger, "import", str(path), "--skip-bad-rows")
    assert (report["new"], report["refunds"], len(report["errors"])) == (1, 1, 1)
    later = tmp_path / "later.csv"
    later.write_text(
        "Date,Donor,Amount,Reference,Refund of\n2025-02-01,Ann Lee,-25,R3,D1\n", "utf-8"
    )
    code, out, _ = run(capsys, "--ledger", ledger, "import", str(later), "--json")
    assert code == EXIT_USER
    assert "only 20.00 EUR of its donation of 50.00 EUR is left" in out
    [donor] = run_json(capsys, "--ledger", ledger, "donors")
    assert donor["total"] == "20.00"


def test_a_volunteers_arabic_spreadsheet_imports_without_a_mapping(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ledger = make_ledger(capsys, tmp_path, "ma", "MAD")
    run_json(capsys, "--ledger", ledger, "unit", "add", "فرع الرباط")
    for unit in ("فرع فاس", "فرع الدار البيضاء", "فرع طنجة", "فرع مراكش", "فرع أكادير"):
        run_json(capsys, "--ledger", ledger, "unit", "add", unit)
    report = run_json(capsys, "--ledger", ledger, "import", str(PLATFORMS / "generic.csv"))
    assert (report["preset"], report["errors"]) == ("generic", [])
    assert (report["new"], report["refunds"], report["fees"]) == (6, 1, 1)
    donations = run_json(capsys, "--ledger", ledger, "donations")
    by_ref = {d["reference"]: d for d in donations}
    assert by_ref["VIR-2025-0012"]["amount"] == "2500.00"
    assert by_ref["VIR-2025-0012"]["donor"] == "محمد العلوي"
    assert by_ref["VIR-2025-0012"]["method"] == "transfer"
    assert by_ref["VIR-2025-0012"]["unit"] == "فرع الرباط"
    assert by_ref["REC-0458"]["method"] == "cash"
    assert by_ref["CHQ-3345120"]["method"] == "cheque"
    assert by_ref["NAT-0007"]["amount"] == "500.00"  # ٥٠٠٫٠٠
    assert by_ref["NAT-0007"]["method"] == "in-kind"
    assert by_ref["REM-0001"]["type"] == "refund"
    assert by_ref["REM-0001"]["amount"] == "-500.00"
    totals = {d["name"]: d["total"] for d in run_json(capsys, "--ledger", ledger, "donors")}
    assert totals["فاطمة الزهراء بناني"] == "0.00"  # given, then refunded


def test_a_reference_in_arabic_indic_digits_is_the_same_in_latin_digits(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A register with its receipt numbers in Arabic-Indic digits, then its copy saved in
    Windows-1256 (which has none: the digits became Latin ones): the copy's rows are
    the same gifts, not new ones; a refund naming the gift in the other digits gives it
    back."""
    ledger = make_ledger(capsys, tmp_path, "ma", "MAD")
    rows = [
        ("٠١/٠٣/٢٠٢٥", "محمد العلوي", "٢٥٠٠٠٠", "١٠١"),
        ("٠٢/٠٣/٢٠٢٥", "سلمى بناني", "٣٠٠", "١٠٢"),
    ]
    first = tmp_path / "register.csv"
    first.write_text(
        "التاريخ;الاسم;المبلغ;رقم الوصل\n" + "".join(";".join(r) + "\n" for r in rows),
        encoding="utf-8",
    )
    latin = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
    copy = tmp_path / "register-1256.csv"
    copy.write_bytes(first.read_text(encoding="utf-8").translate(latin).encode("cp1256"))
    assert run_json(capsys, "--ledger", ledger, "import", str(first))["new"] == 2
    again = run_json(capsys, "--ledger", ledger, "import", str(copy))
    assert (again["new"], again["duplicates"], again["errors"]) == (0, 2, [])
    refund = tmp_path / "refund.csv"
    refund.write_text(
        "التاريخ;الاسم;المبلغ;رقم الوصل;مرجع التبرع\n10/03/2025;محمد العلوي;-1000;R-1;101\n",
        encoding="utf-8",
    )
    mapping = tmp_path / "refund.toml"
    mapping.write_text(
        'id = "refunds"\nname = "Refunds"\n[columns]\ndate = ["التاريخ"]\n'
        'donor = ["الاسم"]\namount = ["المبلغ"]\nreference = ["رقم الوصل"]\n'
        'refund_of = ["مرجع التبرع"]\n',
        encoding="utf-8",
    )
    back = run_json(capsys, "--ledger", ledger, "import", str(refund), "--mapping", str(mapping))
    assert (back["refunds"], back["errors"]) == (1, [])
    totals = {d["name"]: d["total"] for d in run_json(capsys, "--ledger", ledger, "donors")}
    assert totals == {"محمد العلوي": "249000.00", "سلمى بناني": "300.00"}
    # the donation and its refund in one file, the reference written both ways
    both = tmp_path / "both.csv"
    both.write_text(
        "التاريخ;الاسم;المبلغ;رقم الوصل;مرجع التبرع\n"
        "11/03/2025;علي بنعلي;500;٢٠١;\n12/03/2025;علي بنعلي;-200;R-2;201\n"
        "13/03/2025;سارة بنعلي;80;007;\n14/03/2025;سارة بنعلي;-80;R-3;7\n",
        encoding="utf-8",
    )
    report = run_json(capsys, "--ledger", ledger, "import", str(both), "--mapping", str(mapping))
    assert (report["new"], report["refunds"], report["errors"]) == (2, 2, [])
    totals = {d["name"]: d["total"] for d in run_json(capsys, "--ledger", ledger, "donors")}
    assert (totals["علي بنعلي"], totals["سارة بنعلي"]) == ("300.00", "0.00")


def test_an_xlsx_workbook_imports(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "dons.xlsx",
        [
            ["Date", "Nom", "Montant", "Référence", "Moyen de paiement"],
            [dt.date(2025, 3, 1), "Claire Dubois", 150.5, "X1", "virement"],
            [dt.datetime(2025, 3, 2, 10, 30), "محمد العلمي", 200, "X2", "espèces"],  # noqa: DTZ001 - spreadsheets hold naive times
            ["03/03/2025", "Jean Martin", 1234.56, "X3", "chèque"],
        ],
        sheet="Dons",
    )
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    report = run_json(capsys, "--ledger", ledger, "import", str(path))
    assert (report["preset"], report["new"], report["errors"]) == ("generic", 3, [])
    donations = run_json(capsys, "--ledger", ledger, "donations")
    assert [(d["date"], d["amount"], d["method"]) for d in donations] == [
        ("2025-03-01", "150.50", "transfer"),
        ("2025-03-02", "200.00", "cash"),
        ("2025-03-03", "1234.56", "cheque"),
    ]
    code, _, err = run(capsys, "--ledger", ledger, "import", str(path), "--sheet", "Autre")
    assert code == EXIT_USER
    assert "there is no sheet 'Autre' (sheets: Dons)" in err


def test_a_volunteers_workbook_with_merged_cells_text_amounts_and_a_total_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A name merged over the rows of two gifts is the name of both; a number cell (75.5)
    beside amounts typed as text in the French way ("1 200,00 €") is 75.50; a total line
    without a date is named a total line."""
    path = tmp_path / "registre.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [
        ["Date", "Nom", "Montant"],
        [dt.date(2025, 3, 10), "Lambert Sophie", 3000],
        [dt.date(2025, 3, 11), None, 500],
        ["03/02/2025", "Dupont Claire", "1 200,00 €"],
        [dt.date(2025, 2, 28), "Bernard Luc", 75.5],
        [None, "TOTAL", "=SUM(C2:C5)"],
    ]:
        sheet.append(row)
    sheet.merge_cells("B2:B3")
    book.save(path)
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    report = run_json(capsys, "--ledger", ledger, "import", str(path), "--skip-bad-rows")
    assert [(e["line"], e["value"], e["reason"][:40]) for e in report["errors"]] == [
        (6, "TOTAL", "looks like a total, subtotal or carried-")
    ]
    totals = {d["name"]: d["total"] for d in run_json(capsys, "--ledger", ledger, "donors")}
    assert totals == {
        "Lambert Sophie": "3500.00",
        "Dupont Claire": "1200.00",
        "Bernard Luc": "75.50",
    }


def test_numbers_with_three_decimals_in_a_workbook_are_never_read_as_thousands(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A number cell holding 12.345 is twelve and a fraction, not 12,345 (as its text
    would read with a thousands point): refused where the currency has two decimals,
    taken exactly where it has three."""
    path = workbook(
        tmp_path / "nombres.xlsx",
        [
            ["Date", "Donateur", "Montant", "Référence"],
            [dt.date(2025, 3, 1), "Claire Dubois", 19.999, "N1"],
            [dt.date(2025, 3, 2), "Jean Martin", 12.345, "N2"],
            [dt.date(2025, 3, 3), "Ana Ruiz", 1234.5, "N3"],
        ],
    )

    euros = make_ledger(capsys, tmp_path, "fr", "EUR")
    code, out, _ = run(capsys, "--ledger", euros, "import", str(path), "--json")
    assert code == EXIT_USER
    errors = json.loads(out)["errors"]
    assert [(e["line"], e["column"], e["value"], e["reason"]) for e in errors] == [
        (2, "Montant", "19.999", "has 3 decimals but EUR has 2"),
        (3, "Montant", "12.345", "has 3 decimals but EUR has 2"),  # as typed
    ]
    assert run_json(capsys, "--ledger", euros, "donations") == []

    dinars = make_ledger(capsys, tmp_path, "custom", "TND")
    report = run_json(capsys, "--ledger", dinars, "import", str(path))
    assert (report["new"], report["errors"]) == (3, [])
    donations = run_json(capsys, "--ledger", dinars, "donations")
    assert [d["amount"] for d in donations] == ["19.999", "12.345", "1234.500"]


def test_a_tiny_or_huge_number_cell_says_what_is_wrong_with_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A spreadsheet shows 1E-07 for a tiny number (a formula's rounding residue): it is
    written out in full, so the reason is its decimals, not the letter E."""
    path = workbook(
        tmp_path / "residus.xlsx",
        [
            ["Date", "Donateur", "Montant", "Référence"],
            [dt.date(2025, 3, 1), "Claire Dubois", 1e-7, "N1"],
            [dt.date(2025, 3, 2), "Jean Martin", 1e20, "N2"],
        ],
    )
    euros = make_ledger(capsys, tmp_path, "fr", "EUR")
    code, out, _ = run(capsys, "--ledger", euros, "import", str(path), "--json")
    assert code == EXIT_USER
    errors = json.loads(out)["errors"]
    assert [(e["line"], e["value"], e["reason"]) for e in errors] == [
        (2, "0.0000001", "has 7 decimals but EUR has 2"),
        (
            3,
            "100000000000000000000",
            "is 1,000,000,000 or more, more than any donation Treasurer accepts",
        ),
    ]


def test_a_register_that_writes_anonyme_for_the_name_records_an_anonymous_gift(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """ "Anonyme", "Anonymous", "فاعل خير" where the name goes is nobody's name: the gift
    is anonymous, and the rules on anonymous gifts see it (prohibited in France; over
    £500 in the UK, to be given back)."""
    fr = tmp_path / "registre.csv"
    fr.write_text(
        "Date;Nom;Montant;Mode\n05/05/2025;Anonyme;40;espèces\n06/05/2025;Don anonyme;20;espèces"
        "\n07/05/2025;Anne Martin;50;chèque\n",
        encoding="utf-8",
    )
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    run_json(capsys, "--ledger", ledger, "import", str(fr))
    kinds = {d["name"]: d["kind"] for d in run_json(capsys, "--ledger", ledger, "donors")}
    assert kinds == {
        "Anonyme": "anonymous",
        "Don anonyme": "anonymous",
        "Anne Martin": "individual",
    }
    flags = run_json(capsys, "--ledger", ledger, "flags")
    assert sorted(
        (f["donor_name"], f["rule_id"]) for f in flags if f["kind"] == "prohibited_source"
    ) == [
        ("Anonyme", "fr.prohibited.anonymous"),
        ("Don anonyme", "fr.prohibited.anonymous"),
    ]
    uk = tmp_path / "register.csv"
    uk.write_text(
        "Date,Name,Amount,Method\n05/05/2025,Anonymous,600,cash\n06/05/2025,فاعل خير,100,cash\n",
        encoding="utf-8",
    )
    ledger = make_ledger(capsys, tmp_path, "uk", "GBP")
    run_json(capsys, "--ledger", ledger, "import", str(uk))
    kinds = {d["name"]: d["kind"] for d in run_json(capsys, "--ledger", ledger, "donors")}
    assert kinds == {"Anonymous": "anonymous", "فاعل خير": "anonymous"}
    flags = run_json(capsys, "--ledger", ledger, "flags")
    assert [(f["donor_name"], f["kind"]) for f in flags] == [("Anonymous", "anonymous_over_cap")]


def test_a_bank_statement_imports_its_credits(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ledger = make_ledger(capsys, tmp_path, "custom", "EUR")
    report = run_json(capsys, "--ledger", ledger, "import", str(SAMPLES / "mt940_ing_cp1252.sta"))
    assert (report["preset"], report["new"], report["errors"]) == ("mt940", 3, [])
    names = {d["name"] for d in run_json(capsys, "--ledger", ledger, "donors")}
    assert any("Hélène" in n for n in names)
    again = run_json(capsys, "--ledger", ledger, "import", str(SAMPLES / "mt940_ing_cp1252.sta"))
    assert (again["new"], again["duplicates"]) == (0, 3)


def test_two_accounts_numbering_their_entries_alike_is_said_with_a_remedy_for_a_statement(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A statement's columns are the bank's: the clash of two accounts' entry numbers
    says to record the other gift by hand, not to map a column."""
    head = (
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS>"
        "<CURDEF>EUR<BANKTRANLIST>"
    )
    tail = "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n"
    trn = "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20250210<TRNAMT>50.00<FITID>20250210001<NAME>{}"
    first, second = tmp_path / "a.ofx", tmp_path / "b.ofx"
    first.write_text(head + trn.format("PETIT LUC") + "</STMTTRN>" + tail, encoding="utf-8")
    second.write_text(head + trn.format("MOREAU ERIC") + "</STMTTRN>" + tail, encoding="utf-8")
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    run_json(capsys, "--ledger", ledger, "import", str(first))
    code, out, _err = run(capsys, "--ledger", ledger, "import", str(second), "--json")
    assert code == EXIT_USER
    reason = json.loads(out)["errors"][0]["reason"]
    assert reason.endswith(
        "(another account's numbering): record this gift by hand ('treasurer add')"
    )


def test_a_stripe_dispute_the_party_lost_gives_the_gift_back(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A charge whose dispute was lost was taken back by the card's bank: recorded as the
    donation and its refund in full, on the day of the dispute; a dispute won, or under
    review, leaves the gift."""
    lines = (PLATFORMS / "stripe.csv").read_text(encoding="utf-8").splitlines()
    statuses = ["lost", "won", "under_review"]
    rows = [f"{lines[0]},Disputed Amount,Dispute Status,Dispute Date (UTC)"] + [
        f"{line},1.00,{status},2025-04-1{n} 10:00:00"
        for n, (line, status) in enumerate(zip(lines[1:4], statuses, strict=True))
    ]
    # a charge made in test mode is no money: left out
    rows.append(lines[2].replace(",Live,", ",Test,").replace("ch_", "ch_test_") + ",,,")
    path = tmp_path / "stripe-disputes.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    report = run_json(capsys, "--ledger", ledger, "import", str(path), "--skip-bad-rows")
    assert report["refunds"] == 1
    assert report["skipped"] == [{"entry": 5, "reason": "Mode 'Test' (not a donation)"}]
    donations = run_json(capsys, "--ledger", ledger, "donations")
    first = lines[1].split(",")[0]
    assert sorted(
        (d["reference"], d["date"], d["amount"])
        for d in donations
        if d["reference"].startswith(first)
    ) == [(first, "2025-03-02", "50.00"), (f"{first}/refund", "2025-04-10", "-50.00")]


def test_a_banks_reversal_of_an_imported_credit_is_its_refund(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Martin's 150 came in January's statement; February's deletes that transaction (the
    bank took it back): the donation is refunded, his total is 0, and importing February
    again adds nothing. A reversal of a transaction never imported is a bad row."""
    head = (
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS>"
        "<CURDEF>EUR<BANKTRANLIST>"
    )
    tail = "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n"
    january, february = tmp_path / "janvier.ofx", tmp_path / "fevrier.ofx"
    january.write_text(
        head + "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20250110<TRNAMT>150.00<FITID>F-150"
        "<NAME>MARTIN PAUL</STMTTRN>" + tail,
        encoding="utf-8",
    )
    february.write_text(
        head + "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20250203<TRNAMT>150.00<FITID>F-151"
        "<CORRECTFITID>F-150<CORRECTACTION>DELETE</STMTTRN>"
        "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20250204<TRNAMT>40.00<FITID>F-152"
        "<NAME>ROY ANNE</STMTTRN>" + tail,
        encoding="utf-8",
    )
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    run_json(capsys, "--ledger", ledger, "import", str(january))
    report = run_json(capsys, "--ledger", ledger, "import", str(february))
    assert (report["new"], report["refunds"], report["errors"]) == (1, 1, [])
    totals = {d["name"]: d["total"] for d in run_json(capsys, "--ledger", ledger, "donors")}
    assert totals == {"MARTIN PAUL": "0.00", "ROY ANNE": "40.00"}
    again = run_json(capsys, "--ledger", ledger, "import", str(february))
    assert (again["new"], again["refunds"], again["duplicates"]) == (0, 0, 2)
    (tmp_path / "b").mkdir()
    fresh = make_ledger(capsys, tmp_path / "b", "fr", "EUR")
    code, out, _err = run(capsys, "--ledger", fresh, "import", str(february), "--json")
    assert code == EXIT_USER
    assert [(e["line"], e["value"], e["reason"]) for e in json.loads(out)["errors"]] == [
        (1, "F-150", "refunds a donation that is not in the ledger or the file")
    ]


def test_a_statements_entries_that_are_not_donations_are_counted_and_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Debits, interest and the like are left out of a statement's import, and said so:
    the treasurer sees that nothing was lost."""
    ledger = make_ledger(capsys, tmp_path, "custom", "EUR")
    statement = str(SAMPLES / "ofx1_sgml_cp1252.ofx")
    report = run_json(capsys, "--ledger", ledger, "import", statement, "--dry-run")
    assert report["new"] == 3
    assert report["skipped"] == [
        {"entry": 2, "reason": "debit"},
        {"entry": 4, "reason": "interest (TRNTYPE INT)"},
        {"entry": 6, "reason": "debit (TRNTYPE DEBIT)"},
    ]
    code, out, _ = run(capsys, "--ledger", ledger, "import", statement)
    assert code == 0
    assert "  entries that are not donations, left out: 3 (debit 2, interest 1)\n" in out


@pytest.mark.parametrize("worker", [False, True], ids=["here", "in-worker"])
def test_rows_a_preset_does_not_import_are_counted_and_named(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    worker: bool,
) -> None:
    """HelloAsso's payments made offline (a cheque handed over, banked and imported from
    the statement) and refused payments are left out by the preset's [keep] column: the
    report says which lines and why, in one process or planned in the worker."""
    if worker:
        monkeypatch.setattr(importing, "WORKER_FROM_BYTES", 0)
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    sample = str(PLATFORMS / "helloasso.csv")
    report = run_json(capsys, "--ledger", ledger, "import", sample, "--dry-run")
    only = "(the preset imports only: payé, remboursé)"
    assert (report["rows"], report["new"], report["refunds"]) == (5, 5, 1)
    assert report["skipped"] == [
        {"entry": 7, "reason": f"Statut du paiement 'Hors ligne' {only}"},
        {"entry": 8, "reason": f"Statut du paiement 'Refusé' {only}"},
    ]
    code, out, _ = run(capsys, "--ledger", ledger, "import", sample)
    assert code == 0
    assert (
        "  rows the preset does not import, left out: 2 (Statut du paiement 'Hors ligne' 1, "
        "Statut du paiement 'Refusé' 1)\n"
    ) in out


def test_a_helloasso_shop_sale_is_not_a_gift(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A T-shirt sold through the association's HelloAsso shop is paid like a gift but is
    none: left out by its Type, and said so."""
    lines = (PLATFORMS / "helloasso.csv").read_text(encoding="utf-8-sig").splitlines()
    sale = lines[1].split(";")
    sale[0:3] = ["82900", "53900", "35,00"]
    sale[15:17] = ["Boutique", "Boutique"]
    path = tmp_path / "helloasso-boutique.csv"
    path.write_text("\n".join([lines[0], lines[1], ";".join(sale)]) + "\n", encoding="utf-8")
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    report = run_json(capsys, "--ledger", ledger, "import", str(path))
    assert (report["preset"], report["new"], report["errors"]) == ("helloasso", 1, [])
    assert report["skipped"] == [{"entry": 3, "reason": "Type 'Boutique' (not a donation)"}]
    donations = run_json(capsys, "--ledger", ledger, "donations")
    assert [d["amount"] for d in donations] == ["50.00"]


def test_a_file_whose_rows_the_preset_all_leaves_out_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lines = (PLATFORMS / "helloasso.csv").read_text(encoding="utf-8-sig").splitlines()
    offline = [lines[0]] + [line.replace(";Payé;", ";Hors ligne;") for line in lines[1:4]]
    path = tmp_path / "hors-ligne.csv"
    path.write_text("\n".join(offline) + "\n", encoding="utf-8")
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    code, _, err = run(capsys, "--ledger", ledger, "import", str(path))
    assert code == EXIT_USER
    assert (
        "the preset helloasso leaves out all 3 rows (Statut du paiement 'Hors ligne' 3): if "
        "they are donations, import the file with a mapping of your own whose [keep] lets "
        "them in"
    ) in err


def test_a_mappings_keep_takes_one_text_or_a_list(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "caisse.csv"
    path.write_text(
        "Date;Nom;Montant;Mode\n05/01/2025;Jean Dupont;50;Esp\n06/01/2025;Anne Roy;20;CB\n",
        encoding="utf-8",
    )
    mapping = tmp_path / "caisse.toml"
    columns = '[columns]\ndate = ["Date"]\ndonor = ["Nom"]\namount = ["Montant"]\n'
    mapping.write_text(f'id = "caisse"\n{columns}[keep]\nMode = "Esp"\n', encoding="utf-8")
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    report = run_json(
        capsys, "--ledger", ledger, "import", str(path), "--mapping", str(mapping), "--dry-run"
    )
    assert (report["new"], [s["entry"] for s in report["skipped"]]) == (1, [3])
    mapping.write_text(f'id = "caisse"\n{columns}[keep]\nMode = 3\n', encoding="utf-8")
    code, _, err = run(capsys, "--ledger", ledger, "import", str(path), "--mapping", str(mapping))
    assert code == EXIT_USER
    assert "needs the texts kept in 'Mode' as a list" in err


def test_a_statements_rejected_entries_keep_their_fields(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A statement in another currency than the ledger's: every credit is a bad row, and
    the rejects file gives each entry's fields as read from the statement."""
    ledger = make_ledger(capsys, tmp_path, "ma", "MAD")
    statement = str(SAMPLES / "ofx1_sgml_cp1252.ofx")
    code, _, err = run(capsys, "--ledger", ledger, "import", statement, "--skip-bad-rows")
    assert code == EXIT_USER  # nothing imported: a script must see it
    assert "is bad: nothing was imported (the bad rows are in " in err
    rejects = sorted(tmp_path.glob("ofx1_sgml_cp1252-rejects-*.csv"))
    assert len(rejects) == 1
    with rejects[0].open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["line"] for row in rows] == ["1", "3", "5"]
    assert {row["column"] for row in rows} == {"STMTRS/CURDEF"}
    assert all(row["currency"] == "EUR" and row["date"] and row["amount"] for row in rows)
    assert all(row["reference"] for row in rows)


def test_a_batch_entrys_rejected_payments_are_each_in_the_rejects_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A CAMT entry of three payments (10 + 20 + 30), two without a name: each bad
    payment is in the rejects file once, with its own amount, and its column says which
    payment of the entry it is."""
    statement = tmp_path / "camt.xml"
    payment = (
        '<TxDtls><AmtDtls><TxAmt><Amt Ccy="EUR">{amount}</Amt></TxAmt></AmtDtls>{party}'
        "<RmtInf><Ustrd>{note}</Ustrd></RmtInf></TxDtls>"
    )
    payments = "".join(
        payment.format(amount=amount, party=party, note=note)
        for amount, party, note in [
            ("10.00", "<RltdPties><Dbtr><Nm>ALPHA ANNE</Nm></Dbtr></RltdPties>", "don"),
            ("20.00", "", "sans nom 1"),
            ("30.00", "", "sans nom 2"),
        ]
    )
    statement.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>'
        "<GrpHdr><MsgId>R</MsgId><CreDtTm>2025-05-31T18:00:00</CreDtTm></GrpHdr><Stmt><Id>S</Id>"
        "<Acct><Id><IBAN>FR7630004008230001012345678</IBAN></Id><Ccy>EUR</Ccy></Acct>"
        '<Ntry><Amt Ccy="EUR">60.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>'
        "<BookgDt><Dt>2025-05-05</Dt></BookgDt><AcctSvcrRef>B5</AcctSvcrRef>"
        f"<NtryDtls>{payments}</NtryDtls></Ntry></Stmt></BkToCstmrStmt></Document>\n",
        encoding="utf-8",
    )
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    report = run_json(capsys, "--ledger", ledger, "import", str(statement), "--skip-bad-rows")
    assert report["new"] == 1
    rejects = sorted(tmp_path.glob("camt-rejects-*.csv"))
    with rejects[0].open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["line"], r["amount"], r["notes"], r["reference"]) for r in rows] == [
        ("1", "20.00", "sans nom 1", "B5/2"),
        ("1", "30.00", "sans nom 2", "B5/3"),
    ]
    assert [r["donor"] for r in rows] == ["", ""]  # a column to write the names in


@pytest.mark.parametrize("given", ["\t", "\\t", "tab", "TAB"])
def test_a_tab_delimiter_can_be_given_as_a_shell_passes_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, given: str
) -> None:
    path = tmp_path / "tab.csv"
    path.write_text("Date\tNom\tMontant\n05/01/2025\tJean Dupont\t50\n", encoding="utf-8")
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    report = run_json(capsys, "--ledger", ledger, "import", str(path), "--delimiter", given)
    assert (report["new"], report["errors"]) == (1, [])


def test_a_delimiter_of_several_characters_is_refused_in_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "tab.csv"
    path.write_text("Date;Nom;Montant\n05/01/2025;Jean Dupont;50\n", encoding="utf-8")
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    code, _, err = run(capsys, "--ledger", ledger, "import", str(path), "--delimiter", ";;")
    assert code == EXIT_USER
    assert "the delimiter ';;' is not one character: give one, such as ';' or ',', or 'tab'" in err
    code, _, err = run(capsys, "--ledger", ledger, "import", str(path), "--delimiter", '"')
    assert code == EXIT_USER
    assert "'\"' cannot be the delimiter (it quotes cells or ends lines)" in err
    mapping = tmp_path / "mine.toml"
    mapping.write_text(
        'id = "mine"\ndelimiter = ";;"\n[columns]\ndate = ["Date"]\ndonor = ["Nom"]\n'
        'amount = ["Montant"]\n',
        encoding="utf-8",
    )
    code, _, err = run(capsys, "--ledger", ledger, "import", str(path), "--mapping", str(mapping))
    assert code == EXIT_USER
    assert "delimiter must be one character, such as ';' or ',', or 'tab'" in err


def test_a_volunteers_status_column_leaves_out_cancelled_gifts_and_refunds_refunded_ones(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A "Statut" column: a cancelled gift was never received (left out, and said so); a
    refunded one is the gift and its refund; a paid one is a gift."""
    path = tmp_path / "dons.csv"
    path.write_text(
        "Date;Nom;Montant;Référence;Statut\n05/01/2025;Anne Roy;100;D1;Payé\n"
        "06/01/2025;Paul Girard;200;D2;Annulé\n07/01/2025;Luc Petit;50;D3;Remboursé\n",
        encoding="utf-8",
    )
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    report = run_json(capsys, "--ledger", ledger, "import", str(path))
    assert (report["new"], report["refunds"], report["unread_columns"]) == (2, 1, [])
    assert report["skipped"] == [{"entry": 3, "reason": "Statut 'Annulé' (not a donation)"}]
    totals = {d["name"]: d["total"] for d in run_json(capsys, "--ledger", ledger, "donors")}
    assert totals == {"Anne Roy": "100.00", "Luc Petit": "0.00"}


def test_a_mode_column_is_the_payment_method_and_unread_columns_are_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A volunteer's "Mode" column says the gift was cash, so the cash cap applies; a
    bare "Type" column is not guessed, but the import says it did not read it (so the
    treasurer can map it, and "Personne morale" there is a company)."""
    path = tmp_path / "dons.csv"
    path.write_text(
        "Date,Nom,Montant,Mode,Type\n2025-04-01,Carl Cash,500,espèces,Personne physique\n"
        "2025-04-02,SARL Dupuis,300,chèque,Personne morale\n",
        encoding="utf-8",
    )
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    code, out, _err = run(capsys, "--ledger", ledger, "import", str(path), "--dry-run")
    assert code == 0
    assert "  columns not read (name them in a mapping to import them): Type\n" in out
    report = run_json(capsys, "--ledger", ledger, "import", str(path))
    assert report["unread_columns"] == ["Type"]
    donations = run_json(capsys, "--ledger", ledger, "donations")
    assert sorted((d["amount"], d["method"]) for d in donations) == [
        ("300.00", "cheque"),
        ("500.00", "cash"),
    ]
    flags = run_json(capsys, "--ledger", ledger, "flags")
    cash = [(f["donor_name"], f["total"]) for f in flags if f["kind"] == "cash_over_cap"]
    assert cash == [("Carl Cash", "500.00")]
    mapping = tmp_path / "m.toml"
    mapping.write_text(
        'id = "dons"\nname = "Dons"\n[columns]\ndate = ["Date"]\ndonor = ["Nom"]\n'
        'amount = ["Montant"]\nmethod = ["Mode"]\nkind = ["Type"]\n'
        '[values.kind]\n"personne physique" = "individual"\n"personne morale" = "company"\n'
        '[values.method]\n"espèces" = "cash"\n"chèque" = "cheque"\n',
        encoding="utf-8",
    )
    (tmp_path / "b").mkdir()
    second = make_ledger(capsys, tmp_path / "b", "fr", "EUR")
    mapped = run_json(capsys, "--ledger", second, "import", str(path), "--mapping", str(mapping))
    assert (mapped["new"], mapped["unread_columns"]) == (2, [])
    kinds = {d["name"]: d["kind"] for d in run_json(capsys, "--ledger", second, "donors")}
    assert kinds == {"Carl Cash": "individual", "SARL Dupuis": "company"}


@pytest.mark.parametrize("vague", ["Total", "Sum", "Somme", "القيمة"])
def test_the_precise_amount_column_wins_over_a_vague_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, vague: str
) -> None:
    """A volunteer's sheet with a running total beside the amount: the amounts are the
    "Montant" column's, whatever the other column is called."""
    path = tmp_path / "cumul.csv"
    path.write_text(
        f"Date;Nom;Montant;{vague}\n05/01/2025;Jean Dupont;50;50\n"
        "06/01/2025;Anne Roy;100;150\n07/01/2025;Paul Petit;20;170\n",
        encoding="utf-8",
    )
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    report = run_json(capsys, "--ledger", ledger, "import", str(path))
    assert (report["new"], report["errors"]) == (3, [])
    donations = run_json(capsys, "--ledger", ledger, "donations")
    assert sorted(d["amount"] for d in donations) == ["100.00", "20.00", "50.00"]


def test_a_postcode_a_spreadsheet_stripped_of_its_zero_is_the_same_donor(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Claire gives 5,000 € twice; the second file went through a spreadsheet, which
    wrote her postcode 06000 as 6000. She is one donor, over the French cap."""
    header = "Date;Nom;Prénom;Montant;Code postal;Référence\n"
    first, later = tmp_path / "janvier.csv", tmp_path / "fevrier.csv"
    first.write_text(header + "05/01/2025;Martin;Claire;5000;06000;C1\n", encoding="utf-8")
    later.write_text(
        header + "05/01/2025;Martin;Claire;5000;6000;C1\n10/02/2025;Martin;Claire;5000;6000;C2\n",
        encoding="utf-8",
    )
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    run_json(capsys, "--ledger", ledger, "import", str(first))
    report = run_json(capsys, "--ledger", ledger, "import", str(later))
    assert (report["new"], report["duplicates"], report["donors_created"]) == (1, 1, 0)
    assert len(run_json(capsys, "--ledger", ledger, "donors")) == 1
    flags = run_json(capsys, "--ledger", ledger, "flags")
    assert [f["kind"] for f in flags if f["kind"] == "over_limit"] == ["over_limit"]


def test_the_same_postcode_in_another_country_is_another_donor(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Jean Martin of 01200 Bellegarde (France) and Jean Martin of 1200 Genève
    (Switzerland): once the French postcode has lost its zero the two compare equal,
    but their countries say they are two people, asked about, never merged."""
    header = "Date;Nom;Montant;Code postal;Pays;Référence\n"
    first, later = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text(header + "05/01/2025;Jean Martin;4000;01200;France;A1\n", encoding="utf-8")
    later.write_text(
        header
        + "05/02/2025;Jean Martin;4000;1200;Suisse;A2\n"
        + "06/02/2025;Jean Martin;50;1200;France;A3\n",
        encoding="utf-8",
    )
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    run_json(capsys, "--ledger", ledger, "import", str(first))
    report = run_json(capsys, "--ledger", ledger, "import", str(later))
    assert (report["new"], report["donors_created"]) == (2, 1)
    # the Swiss gift stands alone; the French one and the later French gift together
    donors = run_json(capsys, "--ledger", ledger, "donors")
    assert sorted(d["total"] for d in donors) == ["4000.00", "4050.00"]
    assert [p["score"] for p in report["fuzzy_matches"]] == [100.0]


def test_a_known_donors_name_with_another_postcode_is_proposed_for_a_merge(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Same name, another postcode: a new donor (another person, or one who moved), and
    the treasurer is asked whether they are the same."""
    header = "Date;Nom;Montant;Code postal;Référence\n"
    first, later = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text(header + "05/01/2025;Claire Martin;100;69003;A1\n", encoding="utf-8")
    later.write_text(header + "05/02/2025;Claire Martin;80;75001;A2\n", encoding="utf-8")
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    run_json(capsys, "--ledger", ledger, "import", str(first))
    report = run_json(capsys, "--ledger", ledger, "import", str(later))
    assert report["donors_created"] == 1
    donors = {d["total"]: d["donor_id"] for d in run_json(capsys, "--ledger", ledger, "donors")}
    assert report["fuzzy_matches"] == [
        {
            "new_donor_id": donors["80.00"],
            "name": "Claire Martin",
            "known_donor_id": donors["100.00"],
            "known_name": "Claire Martin",
            "score": 100.0,
            "where": "75001",  # what tells the two apart
            "known_where": "69003",
        }
    ]


def test_a_surname_written_first_or_another_name_on_one_email_is_proposed_for_a_merge(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A bank writes "DUPONT Jean", a volunteer "Jean Dupont"; a card says "MME A MARTIN"
    where the donor typed "Alice Martin", with the same email: in one file, or across two,
    each pair is proposed for review (never merged: the cap counts them apart until the
    treasurer merges them)."""
    path = tmp_path / "dons.csv"
    path.write_text(
        "Date;Nom;Code postal;Montant;Email\n15/01/2025;Jean DUPONT;75001;4000;\n"
        "16/01/2025;DUPONT Jean;75001;4100;\n"
        "17/01/2025;Alice Martin;69003;7500;alice.martin@example.fr\n"
        "18/01/2025;Paul Roy;69003;10;paul@example.fr\n",
        encoding="utf-8",
    )
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    report = run_json(capsys, "--ledger", ledger, "import", str(path))
    ids = {d["name"]: d["donor_id"] for d in run_json(capsys, "--ledger", ledger, "donors")}
    assert [
        (p["new_donor_id"], p["known_donor_id"], p["score"]) for p in report["fuzzy_matches"]
    ] == [(ids["DUPONT Jean"], ids["Jean DUPONT"], 100.0)]
    later = tmp_path / "carte.csv"
    later.write_text(
        "Date;Nom;Code postal;Montant;Email\n"
        "20/02/2025;MME A MARTIN;69003;100;Alice.Martin@example.fr\n",
        encoding="utf-8",
    )
    report = run_json(capsys, "--ledger", ledger, "import", str(later))
    [proposal] = report["fuzzy_matches"]
    assert (proposal["known_donor_id"], proposal["same_email"]) == (ids["Alice Martin"], True)
    code, out, _err = run(capsys, "--ledger", ledger, "import", str(later), "--dry-run")
    assert code == 0
    assert "looks like donor" not in out  # nothing new: nothing to ask
    assert {d["name"] for d in run_json(capsys, "--ledger", ledger, "donors")} == {
        "Jean DUPONT",
        "DUPONT Jean",
        "Alice Martin",
        "Paul Roy",
        "A MARTIN",  # without the title
    }


def test_a_company_on_a_persons_email_is_not_proposed_for_a_merge(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A company paying from its manager's address is another donor, not his spelling:
    merged, its prohibited gift would count as his. A person on that email still is."""
    path = tmp_path / "gifts.csv"
    path.write_text(
        "Date,Name,Email,Amount\n2025-01-15,Robert Kline,bob@acme.example,3000\n"
        "2025-01-16,Acme Corp,bob@acme.example,1500\n"
        "2025-01-17,R KLINE,bob@acme.example,100\n",
        encoding="utf-8",
    )
    ledger = make_ledger(capsys, tmp_path, "us-fec", "USD")
    for dry in (True, False):
        report = run_json(capsys, "--ledger", ledger, "import", str(path), *["--dry-run"] * dry)
        assert [(p["name"], p["known_name"]) for p in report["fuzzy_matches"]] == [
            ("R KLINE", "Robert Kline")
        ]
    kinds = {d["name"]: d["kind"] for d in run_json(capsys, "--ledger", ledger, "donors")}
    assert kinds == {"Robert Kline": "individual", "Acme Corp": "company", "R KLINE": "individual"}


def test_one_name_with_two_postcodes_in_a_file_is_proposed_for_a_merge(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "dons.csv"
    path.write_text(
        "Date;Nom;Code postal;Montant;Email\n15/01/2025;Jean Dupont;75001;100;\n"
        "16/01/2025;Jean Dupont;13001;200;\n"
        "17/01/2025;Ana Ruiz;75001;10;ana@example.org\n"
        "18/01/2025;Ana Ruiz;13001;10;ana.ruiz@example.com\n",
        encoding="utf-8",
    )
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    report = run_json(capsys, "--ledger", ledger, "import", str(path))
    assert report["donors_created"] == 4
    ids = {d["total"]: d["donor_id"] for d in run_json(capsys, "--ledger", ledger, "donors")}
    anas = sorted(
        d["donor_id"]
        for d in run_json(capsys, "--ledger", ledger, "donors")
        if d["name"] == "Ana Ruiz"
    )
    # the two Anas have two emails: two people, or one who writes from two addresses,
    # whose gifts count together under a cap: asked too
    assert [
        (p["name"], p["new_donor_id"], p["known_donor_id"], p["score"])
        for p in report["fuzzy_matches"]
    ] == [
        ("Jean Dupont", ids["200.00"], ids["100.00"], 100.0),
        ("Ana Ruiz", anas[1], anas[0], 100.0),
    ]


def test_a_sheets_total_lines_are_not_donors(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A volunteer's sheet with monthly subtotals and a total, dated like the gifts: they
    are bad rows, never donors who would double the totals. A company whose name starts
    with the word is a donor."""
    path = tmp_path / "registre.csv"
    path.write_text(
        "Date;Nom;Montant\n05/01/2025;Jean Dupont;100\n06/01/2025;Anne Roy;50\n"
        "31/01/2025;TOTAL JANVIER;150\n28/02/2025;Sous-total;30\n28/02/2025;Total;180\n"
        "28/02/2025;المجموع;180\n01/03/2025;Total SA;40\n31/03/2025;Total des dons;220\n"
        "31/03/2025;Sous-total espèces;20\n31/03/2025;Montant total;220\n"
        # a register's carried-forward lines
        "01/04/2025;Report page précédente;220\n30/04/2025;À reporter;260\n"
        "01/05/2025;Report à nouveau;260\n01/05/2025;Balance brought forward;260\n"
        "02/05/2025;Paul Reporter;10\n;;270\n"
        "31/05/2025;Total à reporter;270\n31/05/2025;Solde à reporter;270\n"
        "31/05/2025;Total to carry forward;270\n31/05/2025;Carried forward to next page;270\n",
        encoding="utf-8",
    )
    ledger = make_ledger(capsys, tmp_path, "ma", "MAD")
    code, out, _ = run(capsys, "--ledger", ledger, "import", str(path), "--json")
    assert code == EXIT_USER
    report = json.loads(out)
    reason = (
        "looks like a total, subtotal or carried-forward line of the sheet, not a donor: "
        "leave it out of the import, or remove it from the file"
    )
    assert [(e["line"], e["column"], e["value"], e["reason"]) for e in report["errors"]] == [
        (4, "Nom", "TOTAL JANVIER", reason),
        (5, "Nom", "Sous-total", reason),
        (6, "Nom", "Total", reason),
        (7, "Nom", "المجموع", reason),
        (9, "Nom", "Total des dons", reason),
        (10, "Nom", "Sous-total espèces", reason),
        (11, "Nom", "Montant total", reason),
        (12, "Nom", "Report page précédente", reason),
        (13, "Nom", "À reporter", reason),
        (14, "Nom", "Report à nouveau", reason),
        (15, "Nom", "Balance brought forward", reason),
        (17, "Montant", "270", reason),  # a sum under the column
        (18, "Nom", "Total à reporter", reason),
        (19, "Nom", "Solde à reporter", reason),
        (20, "Nom", "Total to carry forward", reason),
        (21, "Nom", "Carried forward to next page", reason),
    ]
    assert report["new"] == 4


def test_a_dry_run_with_bad_rows_fails_as_the_import_would(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A script checks a file with --dry-run: bad rows exit 2 (with the report), as the
    import itself would; with --skip-bad-rows it would import the good ones: exit 0."""
    path = tmp_path / "dons.csv"
    path.write_text(
        "Date;Nom;Montant\n05/01/2025;Jean Dupont;50\n31/02/2025;Anne Roy;20\n",
        encoding="utf-8",
    )
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    code, out, err = run(capsys, "--ledger", ledger, "import", str(path), "--dry-run", "--json")
    assert code == EXIT_USER
    report = json.loads(out)
    assert (report["dry_run"], report["new"], len(report["errors"])) == (True, 1, 1)
    assert "1 bad row in " in err
    code, out, _ = run(
        capsys, "--ledger", ledger, "import", str(path), "--dry-run", "--skip-bad-rows"
    )
    assert code == 0
    assert out.startswith("Dry run of ")
    assert run_json(capsys, "--ledger", ledger, "imports") == []


def test_skipping_bad_rows_when_all_are_bad_records_no_batch(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "mauvais.csv"
    path.write_text("Date;Nom;Montant\n31/02/2025;Anne Roy;20\n", encoding="utf-8")
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    code, out, _ = run(capsys, "--ledger", ledger, "import", str(path), "--skip-bad-rows")
    assert code == EXIT_USER
    assert out.startswith("Nothing imported from ")
    assert "bad rows written to " in out
    assert run_json(capsys, "--ledger", ledger, "imports") == []
    assert len(list(tmp_path.glob("mauvais-rejects-*.csv"))) == 1


def test_batches_are_listed_and_undone(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    ledger = make_ledger(capsys, tmp_path, "custom", "EUR")
    first = run_json(capsys, "--ledger", ledger, "import", str(SAMPLES / "ofx1_sgml_cp1252.ofx"))
    batches = run_json(capsys, "--ledger", ledger, "imports")
    assert [(b["batch_id"], b["preset"], b["imported"], b["status"]) for b in batches] == [
        (first["batch_id"], "ofx", first["new"], "committed")
    ]
    undone = run_json(capsys, "--ledger", ledger, "import-undo", str(first["batch_id"]))
    assert undone["donations_removed"] == first["new"]
    assert run_json(capsys, "--ledger", ledger, "donations") == []
    assert run_json(capsys, "--ledger", ledger, "imports")[0]["status"] == "undone"
    code, _, err = run(capsys, "--ledger", ledger, "import-undo", str(first["batch_id"]))
    assert code == EXIT_USER
    assert "is already undone" in err

    one = tmp_path / "one.csv"
    one.write_text("Date,Donor,Amount,Reference\n2025-01-02,Ann Lee,10,U1\n", encoding="utf-8")
    batch = run_json(capsys, "--ledger", ledger, "import", str(one))["batch_id"]
    code, out, _ = run(capsys, "--ledger", ledger, "import-undo", str(batch))
    assert (code, out.strip()) == (
        0,
        f"Undid import batch {batch}: 1 donation and 1 donor removed.",
    )


def test_a_flag_open_again_after_an_undo_and_a_new_import_is_counted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The second file puts Anne over the cap; undone, its flag is resolved; imported
    again, the flag is open again, and the import says it raised it (it said 0)."""
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    january = tmp_path / "janvier.csv"
    january.write_text(
        "Date;Nom;Adresse;Pays;Montant;Référence\n02/01/2025;Anne Roy;1 rue Haute;France;5000;G1\n",
        encoding="utf-8",
    )
    february = tmp_path / "fevrier.csv"
    february.write_text(
        "Date;Nom;Adresse;Pays;Montant;Référence\n03/02/2025;Anne Roy;1 rue Haute;France;3000;G2\n",
        encoding="utf-8",
    )
    assert run_json(capsys, "--ledger", ledger, "import", str(january))["flags"] == 0
    second = run_json(capsys, "--ledger", ledger, "import", str(february))
    assert second["flags"] == 1
    run_json(capsys, "--ledger", ledger, "import-undo", str(second["batch_id"]))
    assert run_json(capsys, "--ledger", ledger, "flags") == []
    again = run_json(capsys, "--ledger", ledger, "import", str(february))
    assert again["flags"] == 1
    [flag] = run_json(capsys, "--ledger", ledger, "flags")
    assert (flag["kind"], flag["status"]) == ("over_limit", "open")


def test_an_undo_refused_names_what_stands_in_its_way(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A batch whose donation was refunded by a later import, or by hand, is not undone,
    and the message says which entry to undo first; the ledger is left as it was."""
    ledger = make_ledger(capsys, tmp_path, "custom", "EUR")
    gifts = tmp_path / "gifts.csv"
    gifts.write_text(
        "Date,Donor,Amount,Reference\n2025-01-02,Ann Lee,100,G1\n2025-01-03,Bo Li,50,G2\n",
        encoding="utf-8",
    )
    refunds = tmp_path / "refunds.csv"
    refunds.write_text(
        "Date,Donor,Amount,Reference,Refund of\n2025-02-01,Ann Lee,-30,R1,G1\n",
        encoding="utf-8",
    )
    first = run_json(capsys, "--ledger", ledger, "import", str(gifts))["batch_id"]
    later = run_json(capsys, "--ledger", ledger, "import", str(refunds))["batch_id"]
    [refund] = [
        d for d in run_json(capsys, "--ledger", ledger, "donations") if d["reference"] == "R1"
    ]
    code, _, err = run(capsys, "--ledger", ledger, "import-undo", str(first))
    assert code == EXIT_USER
    assert err.strip() == (
        f"treasurer: error: donations of import batch {first} have refunds recorded outside "
        f"it, the first being entry {refund['donation_id']} of import batch {later}; undo "
        "those first"
    )
    run_json(capsys, "--ledger", ledger, "import-undo", str(later))
    [bo] = [d for d in run_json(capsys, "--ledger", ledger, "donations") if d["reference"] == "G2"]
    run(
        capsys,
        "--ledger",
        ledger,
        "refund",
        str(bo["donation_id"]),
        "--amount",
        "5",
        "--date",
        "2025-02-02",
    )
    code, _, err = run(capsys, "--ledger", ledger, "import-undo", str(first))
    assert code == EXIT_USER
    assert ", entered by hand; undo those first" in err
    assert len(run_json(capsys, "--ledger", ledger, "donations")) == 3


def test_an_import_with_a_receipt_is_undone_once_the_receipt_is_void(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A receipt issued names its donation for good: the batch is refused in words (it
    was an internal error, the database's foreign key), as deleting the donation is;
    voided, the receipt keeps its number without the donation, and the batch is undone.
    A permissibility check stays too, about its donor, who stays with it."""
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    gifts = tmp_path / "dons.csv"
    gifts.write_text(
        "Date;Nom;Adresse;Code postal;Ville;Pays;Montant;Référence\n"
        "02/01/2025;Anne Roy;3 rue Haute;75001;Paris;France;100,00;G1\n"
        "03/01/2025;Paul Roy;3 rue Haute;75001;Paris;France;50,00;G2\n",
        encoding="utf-8",
    )
    batch = run_json(capsys, "--ledger", ledger, "import", str(gifts))["batch_id"]
    run_json(capsys, "--ledger", ledger, "receipt-range", "add", "41", "60")
    issued = run_json(
        capsys, "--ledger", ledger, "receipts", "--period", "2025", "--out", str(tmp_path / "r")
    )
    assert (issued["receipts"], issued["newly_numbered"]) == (2, 2)
    donations = run_json(capsys, "--ledger", ledger, "donations")
    [anne] = [d for d in donations if d["reference"] == "G1"]
    code, _, err = run(capsys, "--ledger", ledger, "import-undo", str(batch))
    assert code == EXIT_USER
    assert err.strip() == (
        f"treasurer: error: donations of import batch {batch} have receipts 41, 42 issued "
        "for them; void the receipts first (treasurer receipt void NUMBER --reason ..., for "
        "each)"
    )
    assert len(run_json(capsys, "--ledger", ledger, "donations")) == 2
    assert run_json(capsys, "--ledger", ledger, "imports")[0]["status"] == "committed"
    run_json(capsys, "--ledger", ledger, "receipt", "void", "42", "--reason", "wrong file")
    code, _, err = run(capsys, "--ledger", ledger, "import-undo", str(batch))
    assert code == EXIT_USER
    assert err.strip() == (
        f"treasurer: error: donation {anne['donation_id']} of import batch {batch} has "
        "receipt 41 issued for it; void the receipt first (treasurer receipt void 41 "
        "--reason ...)"
    )
    run_json(capsys, "--ledger", ledger, "receipt", "void", "41", "--reason", "wrong file")
    undone = run_json(capsys, "--ledger", ledger, "import-undo", str(batch))
    assert (undone["donations_removed"], undone["donors_removed"]) == (2, 2)
    assert run_json(capsys, "--ledger", ledger, "donations") == []
    [numbers] = run_json(capsys, "--ledger", ledger, "receipt-ranges")
    assert (numbers["first"], numbers["void"]) == (41, 2)  # kept in the sequence
    # and in the register, in their gifts' year, though the gifts are gone
    register = tmp_path / "registre.xlsx"
    run(
        capsys,
        "--ledger",
        ledger,
        "report",
        "fr-receipts",
        "--period",
        "2025",
        "--out",
        str(register),
    )
    rows = list(openpyxl.load_workbook(register).worksheets[0].iter_rows(values_only=True))
    assert [(r[0], r[1], r[6], r[7]) for r in rows[1:3]] == [
        (41, "annulé", 100, "wrong file"),
        (42, "annulé", 50, "wrong file"),
    ]

    uk = make_ledger(capsys, tmp_path, "uk", "GBP")
    gifts.write_text(
        "Date,Donor,Amount,Reference\n2025-01-02,Ann Lee,900,G1\n2025-01-03,Bo Li,50,G2\n",
        encoding="utf-8",
    )
    batch = run_json(capsys, "--ledger", uk, "import", str(gifts))["batch_id"]
    [bo] = [d for d in run_json(capsys, "--ledger", uk, "donations") if d["reference"] == "G2"]
    run_json(
        capsys,
        "--ledger",
        uk,
        "permissibility",
        str(bo["donor_id"]),
        "--date",
        "2025-01-04",
        "--method",
        "electoral-register",
        "--donation",
        str(bo["donation_id"]),
    )
    undone = run_json(capsys, "--ledger", uk, "import-undo", str(batch))
    assert (undone["donations_removed"], undone["donors_removed"]) == (2, 1)
    assert run_json(capsys, "--ledger", uk, "donations") == []
    assert [d["name"] for d in run_json(capsys, "--ledger", uk, "donors")] == ["Bo Li"]
    for path in (ledger, uk):  # the receipts and the check, detached, still verify
        assert run(capsys, "--ledger", path, "audit", "verify")[0] == 0


def test_skipping_bad_rows_when_every_row_is_bad_is_an_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """With --skip-bad-rows, a file of only bad rows imports nothing: the exit says so (2),
    so that a script does not take it for done; the report still lists the rows."""
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    path = tmp_path / "feb31.csv"
    path.write_text("Date;Donateur;Montant\n31/02/2025;Jean Dupont;10\n", encoding="utf-8")
    code, out, err = run(capsys, "--ledger", ledger, "import", str(path), "--skip-bad-rows")
    assert code == EXIT_USER
    assert "line 2, Date '31/02/2025': is not a day of the calendar" in out
    assert err.startswith(f"treasurer: error: every row of {path} is bad: nothing was imported")
    code, out, err = run(
        capsys, "--ledger", ledger, "import", str(path), "--skip-bad-rows", "--dry-run", "--json"
    )
    assert (code, json.loads(out)["new"]) == (EXIT_USER, 0)
    assert err == f"treasurer: error: every row of {path} is bad: nothing would be imported\n"
    assert run_json(capsys, "--ledger", ledger, "donations") == []


def test_presets_are_listed(capsys: pytest.CaptureFixture[str]) -> None:
    rows: list[dict[str, Any]] = run_json(capsys, "presets")
    ids = [r["id"] for r in rows]
    assert {"actblue", "donorbox", "generic", "helloasso", "paypal", "paypal-fr", "stripe"} <= set(
        ids
    )
    assert all(r["origin"] == "shipped" for r in rows)
    assert all(r.get("source") for r in rows if r["id"] != "generic")


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "is empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "")],
    ids=["empty", "an image renamed .csv"],
)
def test_a_file_that_cannot_be_read_still_gives_its_json_report(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes, reason: str
) -> None:
    """A script that reads ``--json`` gets a report on stdout even when the file cannot
    be read at all: nothing counted, nothing committed, and the reason in ``error`` as on
    stderr."""
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    path = tmp_path / "dons.csv"
    path.write_bytes(content)
    code, out, err = run(capsys, "--ledger", ledger, "import", str(path), "--json")
    assert code == EXIT_USER
    report = json.loads(out)
    assert err == f"treasurer: error: {report['error']}\n"
    assert reason in report["error"]
    assert report["error"].startswith(str(path))
    assert {k: report[k] for k in ("batch_id", "new", "duplicates", "errors", "flags")} == {
        "batch_id": None,
        "new": 0,
        "duplicates": 0,
        "errors": [],
        "flags": 0,
    }
    assert report["committed"] is False
    assert run_json(capsys, "--ledger", ledger, "imports") == []


def test_files_that_are_not_what_the_command_says_are_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An ISO 20022 file that is no statement (camt.054, a pain.001 payment order), the
    ledger itself, a CSV given --sheet, a PayPal file given --preset stripe: each says
    what it is, exit 2, nothing imported."""
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    camt054 = tmp_path / "notif.xml"
    camt054.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:'
        'xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn/></Document>\n',
        encoding="utf-8",
    )
    sheet = tmp_path / "dons.csv"
    sheet.write_text("Date;Nom;Montant\n05/01/2025;Anne Roy;10\n", encoding="utf-8")
    cases = [
        (
            [str(camt054)],
            "this is an XML document (ISO 20022 camt.054), neither a table of donations nor a "
            "bank statement Treasurer reads (CAMT.053, OFX)",
        ),
        ([ledger], "this is an SQLite database (a ledger?), not a table of donations"),
        (
            [str(sheet), "--sheet", "Dons"],
            "--sheet 'Dons' names a sheet of a workbook, but this file is text (CSV): import it "
            "without --sheet",
        ),
        (
            [str(PLATFORMS / "paypal.csv"), "--preset", "stripe"],
            "this is not what the preset 'Stripe — payments export' reads: no column gives the",
        ),
    ]
    for args, reason in cases:
        code, _out, err = run(capsys, "--ledger", ledger, "import", *args)
        assert (code, err.split(": ", 3)[-1][: len(reason)]) == (EXIT_USER, reason)
    assert run_json(capsys, "--ledger", ledger, "imports") == []


def test_bad_rows_give_json_and_a_non_zero_exit(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    path = tmp_path / "dons.csv"
    path.write_text(
        "date;nom;montant\n31/02/2025;A;10\n01/03/2025;B;12,34,5\n01/03/2025;C;5\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "--ledger", ledger, "import", str(path), "--json")
    assert code == EXIT_USER
    report = json.loads(out)
    assert report["errors"] == [
        {
            "line": 2,
            "column": "date",
            "value": "31/02/2025",
            "reason": "is not a day of the calendar",
        },
        {
            "line": 3,
            "column": "montant",
            "value": "12,34,5",
            "reason": "has digits grouped in a way that is not thousands",
        },
    ]
    assert report["committed"] is False
    assert err.startswith("treasurer: error: 2 bad rows in ")
    assert run_json(capsys, "--ledger", ledger, "donations") == []


def test_formula_cells_without_saved_values_are_explained(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "formulas.xlsx",
        [
            ["Date", "Nom", "Montant"],
            [dt.date(2025, 3, 1), "Claire Dubois", 150],
            [dt.date(2025, 3, 2), "Jean Martin", "=B2*2"],  # never calculated
            [dt.date(2025, 3, 3), '="Paul"&" Roy"', 20],  # the name too
        ],
    )
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    code, out, _ = run(capsys, "--ledger", ledger, "import", str(path), "--json")
    assert code == EXIT_USER
    issues = json.loads(out)["errors"]
    assert [(i["line"], i["column"]) for i in issues] == [(3, "Montant"), (4, "Nom")]
    for issue in issues:
        assert issue["reason"].startswith("is empty in the workbook, which holds formulas")
    assert run_json(capsys, "--ledger", ledger, "donations") == []


@pytest.mark.parametrize("title", [False, True], ids=["header first", "below a title"])
def test_a_header_merged_over_two_columns_is_said(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, title: bool
) -> None:
    """'Donateur' merged over the first name and the surname reads in both columns: the
    message says so (not that the user typed it twice, nor, below a merged title, that
    the title is the file's columns)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    if title:
        sheet.append(["Registre des dons 2025"])
        sheet.merge_cells("A1:D1")
    sheet.append(["Date", "Donateur", None, "Montant"])
    row = sheet.max_row
    sheet.merge_cells(f"B{row}:C{row}")
    sheet.append([dt.date(2025, 2, 3), "Jean", "Dupont", 100])
    path = tmp_path / "registre.xlsx"
    book.save(path)
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    code, _, err = run(capsys, "--ledger", ledger, "import", str(path))
    assert code == EXIT_USER
    assert err.strip().endswith(
        "the header 'Donateur' is over columns 2 and 3 (one cell merged over both?): give "
        "each column its own header, and say which holds the donor"
    )


def test_a_cell_that_holds_an_error_says_which(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A calculated cell saved as an error (#DIV/0!, #REF!) is that error, not an empty
    cell "without a saved value" (python-calamine reads it as empty)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Dons"
    sheet.append(["Date", "Nom", "Montant"])
    sheet.append([dt.date(2025, 3, 1), "Claire Dubois", 150])
    sheet.append([dt.date(2025, 3, 2), "Jean Martin", 0])
    sheet.append([dt.date(2025, 3, 3), "Paul Roy", 0])
    for ref, error in (("C3", "#DIV/0!"), ("C4", "#REF!")):
        sheet[ref].value = error
        sheet[ref].data_type = "e"
    path = tmp_path / "erreurs.xlsx"
    book.save(path)
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    code, out, _ = run(capsys, "--ledger", ledger, "import", str(path), "--json")
    assert code == EXIT_USER
    assert [
        (i["line"], i["column"], i["value"], i["reason"]) for i in json.loads(out)["errors"]
    ] == [
        (3, "Montant", "#DIV/0!", "is a spreadsheet error, not a value"),
        (4, "Montant", "#REF!", "is a spreadsheet error, not a value"),
    ]
    assert run_json(capsys, "--ledger", ledger, "donations") == []


def test_an_error_cell_after_an_empty_styled_cell_is_found(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An empty cell with a style is saved as <c r="C2" s="1"/>: the error cell after it
    is read all the same (it was swallowed, and read as an empty amount)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Date", "Nom", "Remarque", "Montant"])
    sheet.append([dt.date(2025, 3, 1), "Claire Dubois", None, 0])
    sheet["C2"].font = openpyxl.styles.Font(bold=True)
    sheet["D2"].value = "#DIV/0!"
    sheet["D2"].data_type = "e"
    saved = tmp_path / "openpyxl.xlsx"
    book.save(saved)
    # as Excel and LibreOffice write it (openpyxl writes <c ...></c>)
    path = tmp_path / "erreur.xlsx"
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'(<c r="C2"[^>]*?)(?: t="n")?></c>', rb"\1/>", data)
                assert b'<c r="C2" s="2"/>' in data
            target.writestr(item, data)
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    code, out, _ = run(capsys, "--ledger", ledger, "import", str(path), "--json")
    assert code == EXIT_USER
    assert [(i["line"], i["column"], i["value"]) for i in json.loads(out)["errors"]] == [
        (2, "Montant", "#DIV/0!")
    ]


def test_a_gift_in_the_register_and_on_the_bank_statement_is_not_counted_twice(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Jean Dupont's 6,000 transfer is in the volunteer's register (no reference) and on
    the bank statement (booked a day later, with the bank's reference): whichever comes
    first, the second is a bad row naming the gift already there, never a second 6,000
    that would put him over the cap. Another donor's gift, or another amount, is new."""
    register = tmp_path / "registre.csv"
    register.write_text(
        "Date;Nom;Montant;Mode;Code postal\n20/03/2025;Jean Dupont;6 000,00;virement;75002\n"
        "21/03/2025;Anne Roy;50,00;espèces;75003\n",
        encoding="utf-8",
    )
    head = (
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS>"
        "<CURDEF>EUR<BANKTRANLIST>"
    )
    tail = "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n"
    statement = tmp_path / "releve.ofx"
    statement.write_text(
        head + "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20250321<TRNAMT>6000.00<FITID>BK-8"
        "<NAME>JEAN DUPONT</STMTTRN>"
        "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20250322<TRNAMT>600.00<FITID>BK-9"
        "<NAME>JEAN DUPONT</STMTTRN>" + tail,
        encoding="utf-8",
    )
    reason = (
        "JEAN DUPONT already gave 6000.00 EUR on 2025-03-20 in the ledger, recorded from "
        "another source (without a reference): if this row is that gift, leave it out of the "
        "import; if it is another one, record it by hand ('treasurer add')"
    )
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    run_json(capsys, "--ledger", ledger, "import", str(register))
    code, out, _err = run(capsys, "--ledger", ledger, "import", str(statement), "--json")
    assert code == EXIT_USER
    assert [(e["line"], e["value"], e["reason"]) for e in json.loads(out)["errors"]] == [
        (1, "6000.00", reason)
    ]
    report = run_json(capsys, "--ledger", ledger, "import", str(statement), "--skip-bad-rows")
    assert report["new"] == 1
    totals = {d["name"]: d["total"] for d in run_json(capsys, "--ledger", ledger, "donors")}
    assert totals == {"Jean Dupont": "6600.00", "Anne Roy": "50.00"}
    # the bank writes the surname first: the same person's gift all the same
    surname_first = tmp_path / "releve2.ofx"
    surname_first.write_text(
        head + "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20250322<TRNAMT>6000.00<FITID>BK-10"
        "<NAME>M. DUPONT JEAN</STMTTRN><STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20250322"
        "<TRNAMT>30.00<FITID>BK-11<NAME>MARIN PAUL</STMTTRN>" + tail,
        encoding="utf-8",
    )
    code, out, _err = run(capsys, "--ledger", ledger, "import", str(surname_first), "--json")
    assert code == EXIT_USER
    [error] = json.loads(out)["errors"]
    assert error["reason"].startswith("DUPONT JEAN already gave 6000.00 EUR on 2025-03-20")
    # with the good rows: no donor is left without a gift
    report = run_json(capsys, "--ledger", ledger, "import", str(surname_first), "--skip-bad-rows")
    assert (report["new"], report["donors_created"]) == (1, 1)
    totals = {d["name"]: d["total"] for d in run_json(capsys, "--ledger", ledger, "donors")}
    assert totals == {"Jean Dupont": "6600.00", "Anne Roy": "50.00", "MARIN PAUL": "30.00"}
    # the other way round: the statement first, then the register
    (tmp_path / "b").mkdir()
    other = make_ledger(capsys, tmp_path / "b", "fr", "EUR")
    run_json(capsys, "--ledger", other, "import", str(statement))
    code, out, _err = run(capsys, "--ledger", other, "import", str(register), "--json")
    assert code == EXIT_USER
    [error] = json.loads(out)["errors"]
    assert (error["line"], error["column"], error["value"]) == (2, "Montant", "6 000,00")
    assert error["reason"].startswith(
        "Jean Dupont already gave 6000.00 EUR on 2025-03-21 in the ledger, recorded from "
        "another source (on a bank statement)"
    )
    # the register's row is left out, but what it tells of the donor is kept: the bank
    # gave a name alone, the register his postcode
    report = run_json(capsys, "--ledger", other, "import", str(register), "--skip-bad-rows")
    assert (report["new"], report["donors_completed"]) == (1, 1)
    export = tmp_path / "dupont.json"
    run(capsys, "--ledger", other, "donor", "export", "1", "--out", str(export))
    record = json.loads(export.read_text(encoding="utf-8"))["donor"]
    assert (record["name"], record["postcode"]) == ("JEAN DUPONT", "75002")
    # the same register again: its rows are duplicates, as before
    run_json(capsys, "--ledger", ledger, "import", str(register))


def test_a_cheque_in_the_register_with_its_number_and_on_the_bank_statement_is_one_gift(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The register gives Pierre Lambert's cheque with its number; the bank's statement
    books it three days later under its own reference: both bear a reference, from two
    sources, so the statement's line is a bad row naming the gift (it was imported as a
    second 200 €). Two lines of one statement are told apart by their references."""
    register = tmp_path / "registre.csv"
    register.write_text(
        "Date;Donateur;Montant;Mode de paiement;N° chèque\n"
        "02/05/2025;Pierre Lambert;200,00;Chèque;8812345\n",
        encoding="utf-8",
    )

    def statement(name: str, *lines: tuple[str, str, str]) -> Path:
        path = tmp_path / name
        path.write_text(
            "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS>"
            "<STMTRS><CURDEF>EUR<BANKTRANLIST>"
            + "".join(
                f"<STMTTRN><TRNTYPE>CHECK<DTPOSTED>{day}<TRNAMT>200.00<FITID>{fitid}"
                f"<CHECKNUM>{number}<NAME>M PIERRE LAMBERT</STMTTRN>"
                for day, fitid, number in lines
            )
            + "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n",
            encoding="utf-8",
        )
        return path

    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    run_json(capsys, "--ledger", ledger, "import", str(register))
    may = statement("mai.ofx", ("20250505", "25050500001", "8812345"))
    code, out, _err = run(capsys, "--ledger", ledger, "import", str(may), "--json")
    assert code == EXIT_USER
    [error] = json.loads(out)["errors"]
    assert (error["line"], error["reason"]) == (
        1,
        "PIERRE LAMBERT already gave 200.00 EUR on 2025-05-02 in the ledger, recorded from "
        "another source (with a reference): if this row is that gift, leave it out of the "
        "import; if it is another one, record it by hand ('treasurer add')",
    )
    totals = {d["name"]: d["total"] for d in run_json(capsys, "--ledger", ledger, "donors")}
    assert totals == {"Pierre Lambert": "200.00"}
    # two cheques of his on the next statement, a day apart: the bank's two lines
    june = statement(
        "juin.ofx", ("20250602", "25060200001", "8812346"), ("20250603", "25060300001", "8812347")
    )
    assert run_json(capsys, "--ledger", ledger, "import", str(june))["new"] == 2


def test_a_gift_entered_by_hand_and_then_in_the_register_is_asked_about(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A cheque entered by hand the day it came, then in the volunteer's register (the
    same day, no reference on either): the register's row is a bad row naming it, not
    a second gift; with --skip-bad-rows the others are imported."""
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    run_json(
        capsys,
        "--ledger",
        ledger,
        "add",
        "--date",
        "2025-03-28",
        "--donor",
        "Élodie Faure",
        "--amount",
        "60",
        "--method",
        "cheque",
    )
    register = tmp_path / "registre.csv"
    register.write_text(
        "Date;Nom;Code postal;Montant;Mode\n28/03/2025;Élodie Faure;38000;60,00;chèque\n"
        "29/03/2025;Paul Roy;;40,00;chèque\n",
        encoding="utf-8",
    )
    report = run_json(capsys, "--ledger", ledger, "import", str(register), "--skip-bad-rows")
    assert report["new"] == 1
    assert [(e["line"], e["reason"][:60]) for e in report["errors"]] == [
        (2, "Élodie Faure already gave 60.00 EUR on 2025-03-28 in the led")
    ]
    totals = {d["name"]: d["total"] for d in run_json(capsys, "--ledger", ledger, "donors")}
    assert totals == {"Élodie Faure": "60.00", "Paul Roy": "40.00"}


def test_a_register_exported_again_with_a_date_corrected_is_not_a_second_gift(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The volunteer corrects a date (15/02 to 16/02) and exports the register again: the
    row is Claire's gift already in the ledger, a bad row that says so, not a second one
    that put her cash over the cap twice; her gift of the same amount a month later, and
    a new row, are new."""
    first = tmp_path / "registre.csv"
    first.write_text(
        "Date;Nom;Montant;Mode\n15/02/2025;Claire Martin;200,00;espèces\n"
        "20/02/2025;Paul Roy;50,00;chèque\n",
        encoding="utf-8",
    )
    again = tmp_path / "registre-corrige.csv"
    again.write_text(
        "Date;Nom;Montant;Mode\n16/02/2025;Claire Martin;200,00;espèces\n"
        "20/02/2025;Paul Roy;50,00;chèque\n18/03/2025;Claire Martin;200,00;virement\n"
        "21/03/2025;Anne Roux;30,00;espèces\n",
        encoding="utf-8",
    )
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    run_json(capsys, "--ledger", ledger, "import", str(first))
    code, out, _err = run(capsys, "--ledger", ledger, "import", str(again), "--json")
    assert code == EXIT_USER
    [error] = json.loads(out)["errors"]
    assert (error["line"], error["value"]) == (2, "200,00")
    assert error["reason"].startswith(
        "Claire Martin already gave 200.00 EUR on 2025-02-15 in the ledger, recorded from "
        "another source (without a reference)"
    )
    report = run_json(capsys, "--ledger", ledger, "import", str(again), "--skip-bad-rows")
    assert (report["new"], report["duplicates"]) == (2, 1)
    totals = {d["name"]: d["total"] for d in run_json(capsys, "--ledger", ledger, "donors")}
    assert totals == {"Claire Martin": "400.00", "Paul Roy": "50.00", "Anne Roux": "30.00"}


def test_a_couples_account_and_a_banks_label_find_the_donor(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A bank's "M. ET MME BENALI KARIM" is proposed as Karim Benali, whose 1,000 € and
    7,000 € are then over the French cap; "VIR RECU … DE: M. JEAN DUPONT" in the OFX
    payee's place is the register's Jean Dupont, whose gift is not counted twice."""
    register = tmp_path / "registre.csv"
    register.write_text(
        "Date;Nom;Montant;Mode\n05/03/2025;Jean Dupont;2 000,00;virement\n"
        "10/03/2025;Karim Benali;1 000,00;virement\n",
        encoding="utf-8",
    )
    statement = tmp_path / "releve.ofx"
    statement.write_text(
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS>"
        "<CURDEF>EUR<BANKTRANLIST>"
        "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20250306<TRNAMT>2000,00<FITID>V1"
        "<NAME>VIR RECU 5170284711 DE: M. JEAN DUPONT<MEMO>MOTIF: DON REF: 123</STMTTRN>"
        "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20250422<TRNAMT>7000,00<FITID>V2"
        "<NAME>M. ET MME BENALI KARIM</STMTTRN>"
        "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n",
        encoding="utf-8",
    )
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    run_json(capsys, "--ledger", ledger, "import", str(register))
    code, out, _err = run(capsys, "--ledger", ledger, "import", str(statement), "--json")
    assert code == EXIT_USER
    [error] = json.loads(out)["errors"]
    assert (error["line"], error["value"]) == (1, "2000.00")
    assert error["reason"].startswith("JEAN DUPONT already gave 2000.00 EUR on 2025-03-05")
    report = run_json(capsys, "--ledger", ledger, "import", str(statement), "--skip-bad-rows")
    assert (report["new"], report["donors_created"]) == (1, 1)
    ids = {d["name"]: d["donor_id"] for d in run_json(capsys, "--ledger", ledger, "donors")}
    [proposal] = report["fuzzy_matches"]
    assert (proposal["new_donor_id"], proposal["known_donor_id"]) == (
        ids["M. ET MME BENALI KARIM"],
        ids["Karim Benali"],
    )


def test_new_donors_whose_names_end_as_a_companys_may_are_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """ "Total SA" is a company's name, and "Rui SA" a person's: recorded as a person (the
    rules on companies would make the gift of a person named so prohibited), but named
    in the summary with how to say it is a company, which makes its gift prohibited."""
    path = tmp_path / "dons.csv"
    path.write_text(
        "Date,Donateur,Montant\n10/01/2025,Total SA,100\n11/01/2025,Leroy S.A.,50\n"
        "12/01/2025,ANNE SA,20\n13/01/2025,Dupont et Fils,30\n",
        encoding="utf-8",
    )
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    preview = run_json(capsys, "--ledger", ledger, "import", str(path), "--dry-run")
    assert preview["maybe_companies"] == [  # a dry run keeps no donor: no ids
        {"donor_id": None, "name": "Total SA"},
        {"donor_id": None, "name": "Leroy S.A."},
    ]
    code, out, _err = run(capsys, "--ledger", ledger, "import", str(path))
    assert code == 0
    ids = {d["name"]: d["donor_id"] for d in run_json(capsys, "--ledger", ledger, "donors")}
    assert (
        "  new donors recorded as persons whose names end as a company's may: "
        f"Total SA ({ids['Total SA']}), Leroy S.A. ({ids['Leroy S.A.']}): if one is a company, "
        "say so with 'treasurer donor edit ID --kind company' (its gifts then meet the rules "
        "on companies)"
    ) in out.splitlines()
    flags = run_json(capsys, "--ledger", ledger, "flags")
    assert {(f["donor_name"], f["kind"]) for f in flags if f["kind"] == "prohibited_source"} == {
        ("Dupont et Fils", "prohibited_source")
    }
    run_json(capsys, "--ledger", ledger, "donor", "edit", str(ids["Total SA"]), "--kind", "company")
    flags = run_json(capsys, "--ledger", ledger, "flags")
    assert {f["donor_name"] for f in flags if f["kind"] == "prohibited_source"} == {
        "Dupont et Fils",
        "Total SA",
    }


def test_a_file_named_as_a_presets_without_its_columns_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A Stripe export made with custom columns, without "Amount Refunded": its refund
    date alone would make a partial refund a whole one ($300 given back for $100). Named
    as Stripe's, it is refused, saying which column is missing."""
    path = tmp_path / "custom.csv"
    path.write_text(
        "id,Created date (UTC),Amount,Currency,Fee,Status,Card Name,Customer Email,"
        "Refunded date (UTC)\nch_1,2025-02-12 15:00:00,300.00,usd,9.00,Paid,Carol King,"
        "carol@example.com,2025-02-15 10:00:00\n",
        encoding="utf-8",
    )
    ledger = make_ledger(capsys, tmp_path, "us-fec", "USD")
    code, _out, err = run(capsys, "--ledger", ledger, "import", str(path), "--preset", "stripe")
    assert code == EXIT_USER
    assert err.strip().endswith(
        "this is not what the preset 'stripe' reads: its exports have the columns Amount "
        "Refunded, which this file lacks (what they say would be lost, such as how much of a "
        "gift was refunded); export the file again with them, or import it with a mapping of "
        "your own"
    )
    assert run_json(capsys, "--ledger", ledger, "donations") == []


def test_a_preview_lists_the_flags_the_import_would_raise(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Before anything is written, the treasurer sees who would be over the cap and by how
    much, and which gift is prohibited: the flags themselves, not only their count."""
    path = tmp_path / "dons.csv"
    path.write_text(
        "Date;Nom;Montant;Adresse;Pays\n05/01/2025;Paul Durand;5000;3 rue Haute, Paris;FR\n"
        "06/02/2025;Paul Durand;3000;3 rue Haute, Paris;FR\n"
        "07/02/2025;Dupuis SARL;200;1 rue Basse, Lyon;FR\n",
        encoding="utf-8",
    )
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    preview = run_json(capsys, "--ledger", ledger, "import", str(path), "--dry-run")
    assert preview["flags"] == 2
    assert [
        (f["kind"], f["donor_name"], f["total"], f["amount_over"]) for f in preview["raised_flags"]
    ] == [
        ("over_limit", "Paul Durand", "8000.00", "500.00"),  # the nearer deadline first
        ("prohibited_source", "Dupuis SARL", "200.00", "200.00"),
    ]
    code, out, _err = run(capsys, "--ledger", ledger, "import", str(path), "--dry-run")
    assert code == 0
    lines = out.splitlines()
    at = lines.index("  flags the import would raise:")
    assert lines[at + 1].startswith("    ERROR over_limit: Paul Durand")
    assert "€500.00" in lines[at + 1]
    assert lines[at + 2].startswith(
        "    ERROR prohibited_source: Dupuis SARL may not give to the party"
    )
    assert len(lines) == at + 3
    assert run_json(capsys, "--ledger", ledger, "flags") == []  # a dry run writes nothing
    assert {f["id"] for f in preview["raised_flags"]} == {None}  # nothing kept: no ids
    code, out, _err = run(capsys, "--ledger", ledger, "import", str(path))
    flags = {f["kind"]: f["id"] for f in run_json(capsys, "--ledger", ledger, "flags")}
    assert f"    #{flags['over_limit']} ERROR over_limit: Paul Durand" in out
    # a later file takes him further over the cap: no flag is raised, the one open changes
    later = tmp_path / "later.csv"
    later.write_text(
        "Date;Nom;Montant;Adresse;Pays\n01/03/2025;Paul Durand;1000;3 rue Haute, Paris;FR\n",
        encoding="utf-8",
    )
    again = run_json(capsys, "--ledger", ledger, "import", str(later), "--dry-run")
    assert (again["flags"], again["raised_flags"]) == (0, [])
    assert [(f["id"], f["kind"], f["total"], f["amount_over"]) for f in again["updated_flags"]] == [
        (flags["over_limit"], "over_limit", "9000.00", "1500.00")
    ]
    code, out, _err = run(capsys, "--ledger", ledger, "import", str(later))
    lines = out.splitlines()
    at = lines.index("  flags whose figures the import changed:")
    assert lines[at + 1].startswith(f"    #{flags['over_limit']} ERROR over_limit: Paul Durand")


def test_amounts_read_with_their_mark_separating_thousands_are_said(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """ "1,500" in a file whose other amounts show no decimal mark is read as 1,500.00 (a
    French register may mean 1.50): the summary says so, with the remedy."""
    path = tmp_path / "dons.csv"
    path.write_text("Date;Nom;Montant\n01/02/2025;Paul Roy;1,500\n02/02/2025;Anne Roy;20\n")
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    code, out, _err = run(capsys, "--ledger", ledger, "import", str(path))
    assert code == 0
    assert (
        "  amounts such as '1,500' read with ',' separating thousands, as no amount shows the "
        "file's decimal mark: if ',' marks decimals, import it with a mapping that says "
        'decimal_separator = ","'
    ) in out.splitlines()
    totals = {d["name"]: d["total"] for d in run_json(capsys, "--ledger", ledger, "donors")}
    assert totals == {"Paul Roy": "1500.00", "Anne Roy": "20.00"}


def test_dates_read_in_the_other_order_than_the_ledgers_are_said(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A French ledger reads 03/04/2025 day first; a file whose 04/13/2025 can only be
    month first is read month first, whole, and the report says so and by which date, so
    that a treasurer checks the rest (12/01/2025 is now 1 December)."""
    path = tmp_path / "dons.csv"
    path.write_text(
        "Date;Nom;Montant\n03/04/2025;Anne Roy;10\n04/13/2025;Paul Roy;20\n12/01/2025;Luc Roy;30\n",
        encoding="utf-8",
    )
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    report = run_json(capsys, "--ledger", ledger, "import", str(path), "--dry-run")
    assert report["dates_read"] == {"order": "mdy", "settled_by": "04/13/2025"}
    code, out, _err = run(capsys, "--ledger", ledger, "import", str(path))
    assert code == 0
    assert (
        "  dates read month first, as '04/13/2025' shows, not as this ledger reads them: "
        "check the file's other dates"
    ) in out.splitlines()
    dates = {d["donor"]: d["date"] for d in run_json(capsys, "--ledger", ledger, "donations")}
    assert dates == {"Anne Roy": "2025-03-04", "Paul Roy": "2025-04-13", "Luc Roy": "2025-12-01"}
    iso = tmp_path / "iso.csv"
    iso.write_text("Date;Nom;Montant\n2025-03-04;Anne Roy;10\n", encoding="utf-8")
    assert (
        run_json(capsys, "--ledger", ledger, "import", str(iso), "--dry-run")["dates_read"] is None
    )
    # a year mistyped, a day number of a spreadsheet: bad rows that say what they are
    typos = tmp_path / "typos.csv"
    typos.write_text(
        "Date;Nom;Montant\n15/06/1925;Anne Roy;10\n45800;Paul Roy;20\n", encoding="utf-8"
    )
    code, out, _err = run(capsys, "--ledger", ledger, "import", str(typos), "--json")
    assert code == EXIT_USER
    assert [(e["line"], e["reason"][:40]) for e in json.loads(out)["errors"]] == [
        (2, "is before 1970: is the year mistyped?"),
        (3, "is a spreadsheet's day number (45800 is "),
    ]


def test_a_windows_1256_file_of_latin_names_and_one_arabic_name_keeps_it_arabic(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Mostly French text with an Arabic name, saved in Windows-1256: read as Windows-1252
    the name would be 'Úáí'; the file is read as Windows-1256, its French letters intact.
    A Windows-1252 file of French names stays Windows-1252."""
    text = (
        "Nom complet;Montant;Date;Mode de règlement;Ville\n"
        "علي;250,00;15/03/2025;espèces;Rabat\n"
        "Karim Benali;300,00;17/03/2025;virement;Salé\n"
        "Jérôme Lefèvre;100,00;18/03/2025;chèque;Besançon\n"
    )
    mixed = tmp_path / "mixte.csv"
    mixed.write_bytes(text.encode("cp1256"))
    latin = tmp_path / "latin.csv"
    latin.write_bytes(text.replace("علي", "Zoé Müller").encode("cp1252"))
    ledger = make_ledger(capsys, tmp_path, "ma", "MAD")
    run_json(capsys, "--ledger", ledger, "import", str(mixed))
    run_json(capsys, "--ledger", ledger, "import", str(latin))
    names = {d["name"] for d in run_json(capsys, "--ledger", ledger, "donors")}
    assert names == {"علي", "Karim Benali", "Jérôme Lefèvre", "Zoé Müller"}


def test_a_title_before_a_name_is_not_part_of_the_donor(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """ "Mme Alice MARTIN" is Alice Martin: one donor, whose 9,000 are over the French cap;
    a couple keeps its titles, and "M" without its dot may be an initial."""
    path = tmp_path / "dons.csv"
    path.write_text(
        "Date;Nom;Montant\n03/02/2025;Alice Martin;5000\n04/02/2025;Mme Alice MARTIN;4000\n"
        "05/02/2025;Monsieur Paul GIRARD;10\n06/02/2025;M. et Mme Dupont;20\n"
        "07/02/2025;M Durand;30\n",
        encoding="utf-8",
    )
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    run_json(capsys, "--ledger", ledger, "import", str(path))
    totals = {d["name"]: d["total"] for d in run_json(capsys, "--ledger", ledger, "donors")}
    assert totals == {
        "Alice Martin": "9000.00",
        "Paul GIRARD": "10.00",
        "M. et Mme Dupont": "20.00",
        "M Durand": "30.00",
    }
    kinds = [f["kind"] for f in run_json(capsys, "--ledger", ledger, "flags")]
    assert "over_limit" in kinds


def test_a_donors_state_is_kept_with_the_city(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """ActBlue's Donor State: an FEC schedule names it, so it is kept with the city."""
    ledger = make_ledger(capsys, tmp_path, "us-fec", "USD")
    report = run_json(capsys, "--ledger", ledger, "import", str(PLATFORMS / "actblue.csv"))
    assert report["errors"] == []
    ids = {d["name"]: d["donor_id"] for d in run_json(capsys, "--ledger", ledger, "donors")}
    out = tmp_path / "amelie.json"
    run(capsys, "--ledger", ledger, "donor", "export", str(ids["Amélie Durand"]), "--out", str(out))
    donor = json.loads(out.read_text(encoding="utf-8"))["donor"]
    assert (donor["postcode"], donor["city"]) == ("02139", "Cambridge, MA")


def test_number_cells_of_a_workbook_read_by_a_comma_decimal_preset_keep_their_value(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A preset or mapping for French exports reads texts with a decimal comma; a
    workbook's number cells are numbers all the same: 75.5 was refused as "grouped in a
    way that is not thousands", and 12.375 taken as 12,375.00 € (over the cap)."""
    mapping = tmp_path / "registre.toml"
    mapping.write_text(
        'id = "registre"\nname = "Registre"\ndecimal_separator = ","\n'
        '[columns]\ndate = ["Date"]\ndonor = ["Donateur"]\namount = ["Montant"]\n',
        encoding="utf-8",
    )
    path = workbook(
        tmp_path / "registre.xlsx",
        [
            ["Date", "Donateur", "Montant"],
            [dt.date(2025, 3, 1), "Louis Petit", 75.5],
            [dt.date(2025, 3, 2), "Claire Martin", 1234.56],
            [dt.date(2025, 3, 3), "Jean Dupont", 12.375],
            [dt.date(2025, 3, 4), "Ana Ruiz", 4000],
            [dt.date(2025, 3, 5), "Marc Roy", "1 200,50"],  # typed as text, the French way
        ],
    )
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    args = ("--ledger", ledger, "import", str(path), "--mapping", str(mapping), "--json")
    code, out, _ = run(capsys, *args, "--skip-bad-rows")
    report = json.loads(out)
    assert code == 0
    assert [(e["line"], e["value"], e["reason"]) for e in report["errors"]] == [
        (4, "12,375", "has 3 decimals but EUR has 2")
    ]
    donations = run_json(capsys, "--ledger", ledger, "donations")
    assert [(d["donor"], d["amount"]) for d in donations] == [
        ("Louis Petit", "75.50"),
        ("Claire Martin", "1234.56"),
        ("Ana Ruiz", "4000.00"),
        ("Marc Roy", "1200.50"),
    ]


def test_a_row_that_says_its_donor_is_of_another_kind_than_the_ledgers_is_a_bad_row(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The ledger has Martin Conseil as a person (entered by hand); the register says it
    is a company: taken as the person's gift, it escaped the French ban on gifts from
    companies. Nor may a later row make a donor of the file another kind."""
    ledger = make_ledger(capsys, tmp_path, "fr", "EUR")
    run_json(
        capsys, "--ledger", ledger, "add", "--date", "2025-01-10", "--donor", "Martin Conseil",
        "--amount", "100",
    )  # fmt: skip
    path = tmp_path / "registre.csv"
    path.write_text(
        "Date;Nom;Type de donateur;Montant\n05/02/2025;Martin Conseil;entreprise;300\n"
        "06/02/2025;Léa Roy;particulier;50\n07/02/2025;Léa Roy;entreprise;20\n"
        "08/02/2025;Anne Roy;;30\n",
        encoding="utf-8",
    )
    code, out, _err = run(capsys, "--ledger", ledger, "import", str(path), "--json")
    assert code == EXIT_USER
    errors = [(e["line"], e["column"], e["value"], e["reason"]) for e in json.loads(out)["errors"]]
    assert errors == [
        (
            2,
            "Type de donateur",
            "entreprise",
            "says Martin Conseil is company, but the ledger has Martin Conseil as individual: "
            "correct the donor ('treasurer donor edit', or the Donors page) or the row",
        ),
        (
            4,
            "Type de donateur",
            "entreprise",
            "says Léa Roy is company, but the ledger has Léa Roy as individual: correct the "
            "donor ('treasurer donor edit', or the Donors page) or the row",
        ),
    ]
    # once the donor is corrected, the row is the company's gift, and flagged as such
    run(capsys, "--ledger", ledger, "donor", "edit", "1", "--kind", "company")
    report = run_json(capsys, "--ledger", ledger, "import", str(path), "--skip-bad-rows")
    assert (report["new"], [e["line"] for e in report["errors"]]) == (3, [4])
    flags = run_json(capsys, "--ledger", ledger, "flags")
    # (each of its gifts: the one entered by hand and the register's)
    assert [f["donor_name"] for f in flags if f["kind"] == "prohibited_source"] == [
        "Martin Conseil",
        "Martin Conseil",
    ]


def test_a_presets_constant_kind_is_not_the_rows_word_but_a_name_that_says_it_is(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """ActBlue's preset calls every donor an individual: a donor the treasurer recorded
    as a foreign national is not contradicted by it (their gift is flagged, not refused).
    A name that says what the donor is ("Anonyme", "… SARL") is: a ledger's "Anonyme"
    entered as a person before is named, to be corrected once."""
    ledger = make_ledger(capsys, tmp_path, "us-fec", "USD")
    run_json(
        capsys, "--ledger", ledger, "add", "--date", "2025-01-10", "--donor", "Karim Nasser",
        "--amount", "50",
    )  # fmt: skip
    run(capsys, "--ledger", ledger, "donor", "edit", "1", "--kind", "foreign")
    actblue = (PLATFORMS / "actblue.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    header, first = actblue[0], actblue[1]
    cells = next(csv.reader([first]))
    names = next(csv.reader([header]))
    cells[names.index("Donor First Name")], cells[names.index("Donor Last Name")] = (
        "Karim",
        "Nasser",
    )
    path = tmp_path / "actblue.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([names, cells])
    report = run_json(capsys, "--ledger", ledger, "import", str(path))
    assert (report["new"], report["errors"]) == (1, [])
    flags = run_json(capsys, "--ledger", ledger, "flags")
    assert {f["kind"] for f in flags if f["donor_name"] == "Karim Nasser"} >= {"prohibited_source"}

    fr = make_ledger(capsys, tmp_path, "fr", "EUR")
    run_json(
        capsys, "--ledger", fr, "add", "--date", "2025-01-10", "--donor", "Anonyme", "--amount",
        "10",
    )  # fmt: skip
    register = tmp_path / "registre.csv"
    register.write_text("Date;Nom;Montant\n05/02/2025;Anonyme;40\n", encoding="utf-8")
    code, out, _err = run(capsys, "--ledger", fr, "import", str(register), "--json")
    assert code == EXIT_USER
    [error] = json.loads(out)["errors"]
    assert (error["column"], error["value"], error["reason"]) == (
        "Nom",
        "Anonyme",
        "says Anonyme is anonymous, but the ledger has Anonyme as individual: correct the "
        "donor ('treasurer donor edit', or the Donors page) or the row",
    )
