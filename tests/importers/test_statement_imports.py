"""Bank statements imported through the CLI, as a new user's trial met them: what each
entry becomes in the ledger, what is left out and why, and how bad rows are named."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.support import run_json

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
