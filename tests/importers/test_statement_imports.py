"""Bank statements imported through the CLI, as a new user's trial met them: what each
entry becomes in the ledger, what is left out and why, and how bad rows are named."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.cli.support import run, run_json
from treasurer.cli import EXIT_USER

CAMT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.{version}"><BkToCstmrStmt>'
    "<GrpHdr><MsgId>M</MsgId><CreDtTm>2025-04-01T06:00:00</CreDtTm></GrpHdr><Stmt><Id>S</Id>"
    "<Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id><Ccy>EUR</Ccy></Acct>"
    "{entries}</Stmt></BkToCstmrStmt></Document>\n"
)


def ledger(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> str:
    path = str(tmp_path / "ledger.db")
    run_json(
        capsys, "--ledger", path, "init", "--name", "P", "--jurisdiction", "fr", "--currency", "EUR"
    )
    return path


def test_a_transfer_the_bank_took_charges_from_is_recorded_at_what_the_donor_gave(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """SCHMIDT HANS instructed 100.00; the bank took 1.50 and booked 98.50: the donation
    is 100.00, and the 1.50 its fee."""
    entry = (
        '<Ntry><NtryRef>E3</NtryRef><Amt Ccy="EUR">98.50</Amt><CdtDbtInd>CRDT</CdtDbtInd>'
        "<Sts>BOOK</Sts><BookgDt><Dt>2025-03-06</Dt></BookgDt><AcctSvcrRef>BANKREF003"
        '</AcctSvcrRef><Chrgs><Amt Ccy="EUR">1.50</Amt><CdtDbtInd>DBIT</CdtDbtInd></Chrgs>'
        "<NtryDtls><TxDtls><Refs><EndToEndId>X1</EndToEndId></Refs>"
        '<AmtDtls><InstdAmt><Amt Ccy="EUR">100.00</Amt></InstdAmt><TxAmt><Amt Ccy="EUR">98.50'
        "</Amt></TxAmt></AmtDtls><RltdPties><Dbtr><Nm>SCHMIDT HANS</Nm></Dbtr></RltdPties>"
        "</TxDtls></NtryDtls></Ntry>"
    )
    statement = tmp_path / "camt.xml"
    statement.write_text(CAMT.format(version="02", entries=entry), encoding="utf-8")
    book = ledger(capsys, tmp_path)
    report = run_json(capsys, "--ledger", book, "import", str(statement))
    assert (report["new"], report["fees"], report["errors"]) == (1, 1, [])
    donations = run_json(capsys, "--ledger", book, "donations")
    assert [(d["donor"], d["amount"], d["reference"]) for d in donations] == [
        ("SCHMIDT HANS", "100.00", "BANKREF003")
    ]


def credit(ref: str, amount: str, details: str = "", code: str = "RCDT/ESCT") -> str:
    family, sub = code.split("/")
    return (
        f'<Ntry><Amt Ccy="EUR">{amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>'
        f"<BookgDt><Dt>2025-04-03</Dt></BookgDt><AcctSvcrRef>{ref}</AcctSvcrRef><BkTxCd><Domn>"
        f"<Cd>PMNT</Cd><Fmly><Cd>{family}</Cd><SubFmlyCd>{sub}</SubFmlyCd></Fmly></Domn>"
        f"</BkTxCd>{details}</Ntry>"
    )


def payment(name: str, amount: str) -> str:
    return (
        f'<TxDtls><Amt Ccy="EUR">{amount}</Amt><RltdPties><Dbtr><Pty><Nm>{name}</Nm></Pty></Dbtr>'
        "</RltdPties></TxDtls>"
    )


ENTRIES = (
    credit("BANKREF008", "6000.00", f"<NtryDtls>{payment('M. JEAN DUPONT', '6000.00')}</NtryDtls>")
    + credit("BANKREF010", "150.00", "<AddtlNtryInf>VERSEMENT ESPECES</AddtlNtryInf>", "CNTR/CDPT")
    + credit("BANKREF011", "400.00", "<AddtlNtryInf>CHEQUE 0004567</AddtlNtryInf>", "RCHQ/CCHQ")
    + credit(
        "BANKREF002",
        "300.00",
        "<NtryDtls><Btch><NbOfTxs>3</NbOfTxs></Btch>"
        + payment("MARTIN CLAIRE", "100.00")
        + payment("DURAND PAUL", "100.00")
        + "</NtryDtls>",
    )
)
MISSING = "is missing (no name, first or last name)"
UNMATCHED = (
    "is the entry's amount, but the payments the statement details for it add up to 200.00 "
    "EUR: some are missing; record the entry's gifts by hand ('treasurer add') from the bank's "
    "advice of it"
)


def test_a_statements_bad_rows_are_named_by_their_entry(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A statement's rows are its entries: its bad rows say "entry 3", in the summary, the
    error and the JSON (which keeps "line" beside "entry"); the cash deposit is left out,
    and the batch whose payments do not add up is refused whole."""
    statement = tmp_path / "camt08.xml"
    statement.write_text(CAMT.format(version="08", entries=ENTRIES), encoding="utf-8")
    book = ledger(capsys, tmp_path)
    code, out, err = run(capsys, "--ledger", book, "import", str(statement))
    assert code == EXIT_USER
    assert err.strip().endswith(
        f"3 bad rows in {statement}; nothing was imported. First: entry 3, donor '': "
        f"{MISSING}. Import the good rows with "
        "--skip-bad-rows, then see to the others as each reason says"
    )
    assert out.splitlines()[2:6] == [
        "  entries that are not donations, left out: 1 (deposit of cash 1)",
        f"  entry 3, donor '': {MISSING}",
        f"  entry 4, Amt '300.00': {UNMATCHED}",
        f"  entry 4, Amt '300.00': {UNMATCHED}",
    ]
    report = run_json(capsys, "--ledger", book, "import", str(statement), "--skip-bad-rows")
    assert (report["new"], report["committed"]) == (1, True)
    assert report["errors"] == [
        {
            "line": 3,
            "entry": 3,
            "column": "donor",
            "value": "",
            "reason": MISSING,
        },
        {"line": 4, "entry": 4, "column": "Amt", "value": "300.00", "reason": UNMATCHED},
        {"line": 4, "entry": 4, "column": "Amt", "value": "300.00", "reason": UNMATCHED},
    ]
    assert report["skipped"] == [
        {"entry": 2, "reason": "deposit of cash (record each gift from your cash register)"}
    ]
    # the rejects file holds each payment of the refused batch, to record by hand
    with Path(report["rejects"]).open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["line"], r["donor"], r["amount"], r["reference"]) for r in rows] == [
        ("3", "", "400.00", "BANKREF011"),
        ("4", "MARTIN CLAIRE", "100.00", "BANKREF002/1"),
        ("4", "DURAND PAUL", "100.00", "BANKREF002/2"),
    ]
    donations = run_json(capsys, "--ledger", book, "donations")
    assert [(d["donor"], d["amount"]) for d in donations] == [("JEAN DUPONT", "6000.00")]


def test_a_tables_bad_rows_are_still_named_by_their_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sheet = tmp_path / "dons.csv"
    sheet.write_text("Date;Nom;Montant\n05/01/2025;;50\n", encoding="utf-8")
    book = ledger(capsys, tmp_path)
    code, out, _err = run(capsys, "--ledger", book, "import", str(sheet), "--json")
    assert code == EXIT_USER
    (error,) = json.loads(out)["errors"]
    assert error == {"line": 2, "column": "Nom", "value": "", "reason": MISSING}


def _entry(ref: str, indicator: str, amount: str, day: str, party: str, name: str) -> str:
    return (
        f'<Ntry><NtryRef>{ref}</NtryRef><Amt Ccy="EUR">{amount}</Amt>'
        f"<CdtDbtInd>{indicator}</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>{day}</Dt></BookgDt>"
        f"<AcctSvcrRef>{ref}</AcctSvcrRef><NtryDtls><TxDtls><RltdPties><{party}><Nm>{name}"
        f"</Nm></{party}></RltdPties></TxDtls></NtryDtls></Ntry>"
    )


def test_a_debit_that_may_send_a_gift_back_is_named_with_the_gift(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The treasurer sends Paul Durand's 300 € back (a gift over the cap, say): the bank's
    debit is no donation, but the ledger counts the gift until its return is recorded.
    The import names the debit and the gift it may give back (its donor's name, its very
    amount, on or after it), with the command; a debit of another amount, to someone the
    ledger does not know, or before the gift, is not named. Nothing is recorded by itself:
    a debit to a donor may also pay a bill."""
    book = ledger(capsys, tmp_path)
    march = tmp_path / "mars.xml"
    march.write_text(
        CAMT.format(
            version="02",
            entries=_entry("C1", "CRDT", "300.00", "2025-03-10", "Dbtr", "M. PAUL DURAND")
            + _entry("D0", "DBIT", "300.00", "2025-03-01", "Cdtr", "PAUL DURAND"),
        ),
        encoding="utf-8",
    )
    first = run_json(capsys, "--ledger", book, "import", str(march))
    assert (first["new"], first["sent_back"]) == (1, [])  # paid before the gift: not it
    (gift,) = run_json(capsys, "--ledger", book, "donations")
    gift_id = gift["donation_id"]
    april = tmp_path / "avril.xml"
    april.write_text(
        CAMT.format(
            version="08",
            entries=_entry("D1", "DBIT", "300.00", "2025-04-02", "Cdtr", "M. PAUL DURAND")
            + _entry("D2", "DBIT", "120.00", "2025-04-03", "Cdtr", "PAUL DURAND")
            + _entry("D3", "DBIT", "300.00", "2025-04-04", "Cdtr", "IMPRIMERIE DUPUIS")
            + _entry("C2", "CRDT", "50.00", "2025-04-05", "Dbtr", "Mme Claire Dupont"),
        ),
        encoding="utf-8",
    )
    preview = run_json(capsys, "--ledger", book, "import", str(april), "--dry-run")
    assert preview["sent_back"] == [
        {
            "entry": 1,
            "date": "2025-04-02",
            "amount": "300.00",
            "currency": "EUR",
            "name": "PAUL DURAND",
            "donation_ids": [gift["donation_id"]],
            "in_file": False,
        }
    ]
    code, out, _err = run(capsys, "--ledger", book, "import", str(april), "--dry-run")
    assert code == 0
    assert (
        "  entry 1 pays 300.00 to PAUL DURAND on 2025-04-02: a gift sent back? The ledger counts "
        f"it until its return is recorded: donation {gift_id} (treasurer return {gift_id} "
        "--amount 300.00 --date 2025-04-02)"
    ) in out.splitlines()
    run_json(
        capsys,
        "--ledger",
        book,
        "return",
        str(gift["donation_id"]),
        "--amount",
        "300",
        "--date",
        "2025-04-02",
    )
    # given back in full: no longer named
    assert run_json(capsys, "--ledger", book, "import", str(april), "--dry-run")["sent_back"] == []
