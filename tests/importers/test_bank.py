"""Bank statement readers: OFX/QFX, CAMT.053 and MT940, on synthetic samples of real dialects.

The samples under ``samples/`` are invented (see its README); each test states the rows a
treasurer must see for them, the entries that are not donations and why, and the reason
given for files that cannot be imported.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from treasurer.importers.bank import StatementResult, detect_statement, read_statement
from treasurer.importers.records import FIELDS, BadLine, ImportFileError, SourceRow

SAMPLES = Path(__file__).parent / "samples"
SAMPLE_FORMATS = {
    "mt940_de_structured.sta": "mt940",
    "mt940_ing_cp1252.sta": "mt940",
    "camt053_v02.xml": "camt053",
    "camt053_v08.xml": "camt053",
    "ofx1_sgml_cp1252.ofx": "ofx",
    "ofx2_xml.qfx": "ofx",
}


def good(row: SourceRow | BadLine) -> SourceRow:
    """A statement's row that is a donation's, not a bad row."""
    assert isinstance(row, SourceRow), row
    return row


def values(result: StatementResult) -> list[tuple[int, dict[str, str]]]:
    return [(row.line, dict(row.values)) for row in result.rows]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


def refused(path: Path, **kwargs: str) -> str:
    with pytest.raises(ImportFileError) as caught:
        read_statement(path, **kwargs)
    assert caught.value.path == str(path)
    return str(caught.value.reason)


# ---------------------------------------------------------------- MT940


def test_mt940_german_structured() -> None:
    result = read_statement(SAMPLES / "mt940_de_structured.sta")
    assert (result.format, result.currency) == ("mt940", "EUR")
    assert values(result) == [
        (
            1,
            {
                "date": "2024-03-01",
                "amount": "50.00",
                "currency": "EUR",
                "donor": "MUELLER, KARL-HEINZ",
                "reference": "DON-2024-0301-0001",
                "method": "transfer",
                "notes": "Spende Maerz Ortsverband Nord",
            },
        ),
        (
            3,
            {
                "date": "2024-03-04",
                "amount": "120.00",
                "currency": "EUR",
                "donor": "ELISABETH VON HOHENSTEIN-MEYER",  # "DR." is a title
                "reference": "2403040012345678",
                "method": "transfer",
                "notes": "Beitrag und Spende 2024",
            },
        ),
        (
            6,
            {
                "date": "2024-03-08",
                "amount": "185.50",
                "currency": "EUR",
                "method": "cash",
                "notes": "Sammlung Infostand Marktplatz 08.03.",
            },
        ),
    ]
    assert dict(good(result.rows[0]).columns) == {
        "date": ":61:",
        "amount": ":61:",
        "currency": ":60F:",
        "donor": ":86:?32",
        "reference": ":86:EREF+",
        "notes": ":86:SVWZ+",
    }
    assert result.skipped == [
        (2, "debit"),
        (4, "returned transfer (code 159)"),
        (5, "reversal (RC)"),
        (7, "interest (code 814)"),
    ]


def test_mt940_ing_in_windows_1252() -> None:
    result = read_statement(SAMPLES / "mt940_ing_cp1252.sta")
    assert (result.format, result.currency) == ("mt940", "EUR")
    assert values(result) == [
        (
            1,
            {
                "date": "2024-03-15",
                "amount": "75.00",
                "currency": "EUR",
                "donor": "Hélène Martin-Dubois",
                "reference": "24031500001234",
                "method": "transfer",
                "notes": "Donatie voorjaarscampagne",
            },
        ),
        (
            4,
            {
                "date": "2024-03-19",
                "amount": "15.00",
                "currency": "EUR",
                "donor": "J. de Vries",
                "reference": "24031900004242",
                "method": "transfer",
                "notes": "RF18539007547034",
            },
        ),
        (
            5,  # the second message of the file goes on numbering
            {
                "date": "2024-03-20",
                "amount": "10",
                "currency": "EUR",
                "donor": "Anaïs Lefèvre",
                "reference": "24032000000101",
                "method": "transfer",
                "notes": "Soutien",
            },
        ),
    ]
    assert good(result.rows[0]).columns["donor"] == ":86:/CNTP/"
    assert good(result.rows[0]).columns["notes"] == ":86:/REMI/"
    assert result.skipped == [(2, "debit"), (3, "returned transfer (/RTRN/ AC04)")]


def test_mt940_encoding_given_by_the_user(tmp_path: Path) -> None:
    sample = SAMPLES / "mt940_ing_cp1252.sta"
    assert read_statement(sample, encoding="cp1252") == read_statement(sample)
    latin = read_statement(sample, encoding="latin-1")
    assert latin.rows[0].values["donor"] == "Hélène Martin-Dubois"
    assert "not utf-8 text" in refused(sample, encoding="utf-8")
    # the statement in UTF-8, read as Windows-1252 by mistake: its names would be garbled
    # (the first word with an accent, as the line ends: "Hélè" of "Hélè/ne")
    utf8 = write(tmp_path, "utf8.sta", sample.read_bytes().decode("cp1252").encode())
    assert refused(utf8, encoding="cp1252") == (
        "the file is UTF-8 text, not cp1252: read as cp1252, 'Hélè' would be recorded as "
        "'HÃ©lÃ¨'; import it without choosing an encoding, or choose utf-8"
    )
    assert read_statement(utf8, encoding="utf-8") == read_statement(sample)
    assert "'klingon' is not a known text encoding" in refused(sample, encoding="klingon")
    bom = write(
        tmp_path, "bom.sta", codecs.BOM_UTF8 + sample.read_bytes().decode("cp1252").encode()
    )
    assert read_statement(bom) == read_statement(sample)
    utf16 = write(tmp_path, "utf16.sta", sample.read_bytes().decode("cp1252").encode("utf-16"))
    assert read_statement(utf16) == read_statement(sample)


MT940_HEAD = ":20:STMT\n:25:DE89370400440532013000\n:28C:1/1\n:60F:C240101EUR100,00\n"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            ":61:2401150115C12,50NTRFNONREF\n"
            ":86:VIREMENT DE MME SOPHIE DURAND POUR LA CAMPAGNE DES ELECTIONS MUNIC\n"
            "IPALES 2024, MERCI\n",
            {
                "donor": "SOPHIE DURAND",
                "notes": "VIREMENT DE MME SOPHIE DURAND POUR LA CAMPAGNE DES ELECTIONS "
                "MUNICIPALES 2024, MERCI",
            },
            id="free text, cut at 65 characters",
        ),
        pytest.param(
            ":61:2401150115C12,50NTRFNONREF\n:86:Spende\nvon Max\n",
            {"notes": "Spende von Max"},
            id="free text, short lines",
        ),
        pytest.param(
            ":61:2401150115C12,50NTRFNONREF//B24011500001\n"
            ":86:/EREF/SEPA-9911//ORDP//NAME/J. Jansen/ADDR/Dorpsstraat 1 Utrecht/REMI\n"
            "/Gift verkiezingen/ISDT/2024-01-15\n",
            {
                "reference": "B24011500001",
                "donor": "J. Jansen",
                "address": "Dorpsstraat 1 Utrecht",
                "notes": "Gift verkiezingen",
            },
            id="Rabobank /ORDP//NAME/ tags",
        ),
        pytest.param(
            ":61:2401150115C12,50NTRFNONREF\n"
            ":86:020~00150~20SPENDE FUER WAHLKAMPF~21JANUAR~32KOWALSKI JAN\n",
            {"donor": "KOWALSKI JAN", "notes": "SPENDE FUER WAHLKAMPF JANUAR"},
            id="Polish ~ subfields",
        ),
        pytest.param(
            ":61:2401150115C12,50NTRFNONREF\n:86:166\n?00GUTSCHRIFT?20SVWZ+Spende?32ROTH, EVA\n",
            {"donor": "ROTH, EVA", "notes": "Spende"},
            id="German subfields, the code alone on the first line",
        ),
        pytest.param(
            ":61:2401150115C12,50NTRFKD-4711\n",
            {"reference": "KD-4711"},
            id="no :86:, the owner's reference",
        ),
        pytest.param(
            ":61:2401020102CR12,50NCHKNONREF//CHQ-88\n",
            {"date": "2024-01-02", "reference": "CHQ-88", "method": "cheque"},
            id="funds code and a cheque",
        ),
        pytest.param(
            ":61:2401021231C12,50NTRFNONREF\n",
            {"date": "2023-12-31"},
            id="booked in December, value date in January",
        ),
        pytest.param(
            ":61:2312290102C12,50NTRFNONREF\n",
            {"date": "2024-01-02"},
            id="booked in January, value date in December",
        ),
        pytest.param(
            ":61:240115C12,50S051NONREF\n",
            {"date": "2024-01-15"},
            id="no entry date, S type",
        ),
    ],
)
def test_mt940_variants(tmp_path: Path, lines: str, expected: dict[str, str]) -> None:
    path = write(tmp_path, "s.sta", MT940_HEAD + lines + ":62F:C240131EUR112,50\n-\n")
    result = read_statement(path)
    row = {
        "date": "2024-01-15",
        "amount": "12.50",
        "currency": "EUR",
        "method": "transfer",
        **expected,
    }
    assert values(result) == [(1, row)]


FREE_TEXT_NO_NAME = (
    "names who paid only in the bank's free text, where Treasurer cannot tell the name "
    "for sure: record this gift by hand ('treasurer add')"
)


def test_mt940_free_text_of_french_and_moroccan_banks_names_the_donor(tmp_path: Path) -> None:
    """French and Moroccan banks write :86: as free text: the name after its "from" is the
    donor's; a deposit of cash is left out; a credit whose text names no one for sure is
    a bad row that says where the name is."""
    french = (
        ":20:RELEVE\n:25:30004/00001/00012345678\n:28C:12/1\n:60F:C250301EUR0,00\n"
        ":61:250303C500,00NTRFNONREF//F001\n"
        ":86:VIR SEPA RECU /DE M. JEAN DUPONT /MOTIF DON PARTI X /REF DON001\n"
        ":61:250304C200,00NTRFNONREF//F002\n:86:VIREMENT DE MME CLAIRE MARTIN\n"
        ":61:250305C1500,00NTRFNONREF//F003\n"
        ":86:VIR SEPA RECU /DE SAS BATIMENT DURAND /MOTIF SOUTIEN\n"
        ":61:250306C300,00NMSCNONREF//F004\n:86:VERSEMENT ESPECES\n"
        ":61:250306C40,00NTRFNONREF//F005\n:86:VIREMENT DE JEAN ROUX\n"
        ":61:250307D25,00NCHGNONREF//F006\n:86:FRAIS\n"
        ":62F:C250307EUR2515,00\n-\n"
    )
    result = read_statement(write(tmp_path, "fr.sta", french))
    assert [(r.line, r.values.get("donor"), r.values["amount"]) for r in result.rows] == [
        (1, "JEAN DUPONT", "500.00"),
        (2, "CLAIRE MARTIN", "200.00"),
        (3, "SAS BATIMENT DURAND", "1500.00"),
        (5, None, "40.00"),
    ]
    assert [type(r) for r in result.rows] == [SourceRow, SourceRow, SourceRow, BadLine]
    bad = result.rows[3]
    assert isinstance(bad, BadLine)
    assert (bad.column, bad.value, str(bad.reason)) == (
        ":86:",
        "VIREMENT DE JEAN ROUX",  # "VIR DE GAULLE CHARLES" is a name: a bare "DE" is not sure
        FREE_TEXT_NO_NAME,
    )
    assert result.rows[0].values["notes"] == (
        "VIR SEPA RECU /DE M. JEAN DUPONT /MOTIF DON PARTI X /REF DON001"
    )
    assert good(result.rows[0]).columns["donor"] == ":86:"
    assert result.skipped == [
        (4, "deposit of cash (record each gift from your cash register)"),
        (6, "debit"),
    ]
    moroccan = (
        "{1:F01BCMAMAMCAXXX0000000000}{2:I940XXXXXXXXXXXXN}{4:\n:20:RELEVE0325\n"
        ":25:007780000123456789012345\n:28C:3/1\n:60F:C250301MAD10000,00\n"
        ":61:2503030303C5000,00NTRFNONREF//MA001\n:86:VIREMENT RECU DE MOHAMED ALAMI\n"
        ":61:2503040304C12000,00NMSCNONREF//MA002\n:86:VERSEMENT ESPECES FATIMA ZAHRA\n"
        ":61:2503050305D150,00NCHGNONREF//MA003\n:86:FRAIS TENUE DE COMPTE\n"
        ":62F:C250305MAD26850,00\n-}\n"
    )
    result = read_statement(write(tmp_path, "ma.sta", moroccan))
    assert values(result) == [
        (
            1,
            {
                "date": "2025-03-03",
                "amount": "5000.00",
                "currency": "MAD",
                "donor": "MOHAMED ALAMI",
                "reference": "MA001",
                "method": "transfer",
                "notes": "VIREMENT RECU DE MOHAMED ALAMI",
            },
        )
    ]
    assert result.skipped == [
        (2, "deposit of cash (record each gift from your cash register)"),
        (3, "debit"),
    ]


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        (
            "VIR SEPA INST RECU /DE MLLE YASMINE JEFFAL /REF 0320252736 /MOTIF REMB",
            "YASMINE JEFFAL",
        ),
        ("VIR RECU 1234567890 DE: PAUL MOREAU MOTIF: DON 2025 REF: X12", "PAUL MOREAU"),
        ("VIR. INSTANTANE RECU DE SARA BENNIS", "SARA BENNIS"),
        ("VIREMENT EN VOTRE FAVEUR DE KARIM TAZI REF 123", "KARIM TAZI"),
        ("TRANSFER FROM JOHN SMITH REF 12", "JOHN SMITH"),
        # not sure whose name it is: none
        ("VIR DE GAULLE CHARLES", None),
        ("VIREMENT RECU DE L'ETRANGER DE ALI PAYS FR", None),
        ("VIREMENT RECU DE COMPTE 0123456", None),
        ("VIREMENT RECU DE FR7630004000031234567890143", None),
        ("VIREMENT RECU DE ANNE MARIE LOUISE DE LA TOUR DU PIN", None),
        ("DON DE JEAN DUPONT", None),
    ],
)
def test_mt940_free_text_gives_a_name_only_when_it_is_sure(
    tmp_path: Path, text: str, donor: str | None
) -> None:
    lines = f":61:2401150115C12,50NTRFNONREF\n:86:{text}\n"
    path = write(tmp_path, "s.sta", MT940_HEAD + lines + ":62F:C240131EUR112,50\n-\n")
    (row,) = read_statement(path).rows
    assert row.values.get("donor") == donor
    assert isinstance(row, BadLine) == (donor is None)


def test_mt940_without_86_is_no_bad_row_of_free_text(tmp_path: Path) -> None:
    """No :86: at all: the row lacks a donor as any row does (the import says so), not
    one whose name is said to be in a free text that is not there."""
    lines = ":61:2401150115C12,50NTRFNONREF\n"
    path = write(tmp_path, "s.sta", MT940_HEAD + lines + ":62F:C240131EUR112,50\n-\n")
    assert [type(row) for row in read_statement(path).rows] == [SourceRow]


@pytest.mark.parametrize(
    ("line", "closing", "reason"),
    [
        (":61:2401150115RD12,50NTRFNONREF\n", "112,50", "reversal (RD)"),
        (":61:2401150115C12,50NRTINONREF\n", "112,50", "returned transfer (transaction type RTI)"),
        (":61:2401150115C1,20NINTNONREF\n", "101,20", "interest (transaction type INT)"),
        (":61:2401150115C0,00NTRFNONREF\n", "100,00", "zero amount"),
        (":61:2401150115D12,50NTRFNONREF\n:86:/RTRN/AC04/\n", "87,50", "debit"),
    ],
)
def test_mt940_entries_that_are_not_donations(
    tmp_path: Path, line: str, closing: str, reason: str
) -> None:
    text = MT940_HEAD + line + f":62F:C240131EUR{closing}\n-\n"
    result = read_statement(write(tmp_path, "s.sta", text))
    assert (result.rows, result.skipped) == ([], [(1, reason)])


@pytest.mark.parametrize(
    ("ending", "reason"),
    [
        (
            "",
            "the statement (STMT) has an opening balance but no closing one (:62F:): the file may "
            "be cut short; export it again",
        ),
        (
            ":62F:C240131EUR150,00\n-\n",
            "the statement (STMT): its entries take the opening balance to 112.50, but its "
            "closing balance is 150.00: entries are missing or damaged; export it again",
        ),
    ],
    ids=["cut short", "entries missing"],
)
def test_mt940_a_statement_cut_short_is_refused(tmp_path: Path, ending: str, reason: str) -> None:
    """A file cut before its closing balance, or missing entries the balances count, would
    import part of the statement as if it were all of it."""
    text = MT940_HEAD + ":61:2401150115C12,50NTRFNONREF\n:86:Spende von Max\n" + ending
    assert refused(write(tmp_path, "s.sta", text)) == reason
    whole = read_statement(
        write(tmp_path, "ok.sta", text.split(":62F:")[0] + ":62F:C240131EUR112,50\n-\n")
    )
    assert [r.values["amount"] for r in whole.rows] == ["12.50"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            ":61:2401150115X12,50NTRFNONREF",
            "entry 1: :61:2401150115X12,50NTRFNONREF is not a statement line",
        ),
        (
            ":61:2401150115C12,3,4NTRFNONREF//REF1",
            "entry 1 (REF1): the amount '12,3,4' is not a number",
        ),
        (":61:2413150115C12,50NTRFNONREF", "entry 1: the value date 241315 is not a date"),
        (":61:2401150230C12,50NTRFNONREF", "entry 1: the entry date 0230 is not a date"),
    ],
)
def test_mt940_bad_entries_name_the_entry(tmp_path: Path, line: str, reason: str) -> None:
    assert refused(write(tmp_path, "s.sta", MT940_HEAD + line + "\n-\n")).startswith(reason)


def test_mt940_unreadable_balance(tmp_path: Path) -> None:
    path = write(tmp_path, "s.sta", ":20:X\n:25:Y\n:60F:C2401EUR1\n:61:2401150115C1,NTRF\n")
    assert refused(path) == "the balance :60F:C2401EUR1 is unreadable"


def test_mt940_without_balance_has_no_currency(tmp_path: Path) -> None:
    result = read_statement(write(tmp_path, "s.sta", ":20:X\n:25:Y\n:61:2401150115C1,NTRF\n"))
    assert result.currency is None
    assert values(result) == [(1, {"date": "2024-01-15", "amount": "1", "method": "transfer"})]


# ---------------------------------------------------------------- CAMT.053


def test_camt053_v02() -> None:
    result = read_statement(SAMPLES / "camt053_v02.xml")
    assert (result.format, result.currency) == ("camt053", "EUR")
    assert values(result) == [
        (
            1,
            {
                "date": "2024-03-15",
                "method": "transfer",
                "amount": "100.00",
                "currency": "EUR",
                "reference": "2024031500123",
                "donor": "Jeanne Moreau-Lefèvre",
                "address": "Rue des Lilas 12",
                "postcode": "67000",
                "city": "Strasbourg",
                "country": "FR",
                "notes": "Don campagne municipale 2024 - merci",
            },
        ),
        (
            5,
            {
                "date": "2024-03-18",
                "method": "transfer",
                "amount": "20.00",
                "currency": "EUR",
                "reference": "BATCH-20240318/1",
                "donor": "Karim El Idrissi",
                "notes": "Adhesion 2024",
            },
        ),
        (
            5,
            {
                "date": "2024-03-18",
                "method": "transfer",
                "amount": "35.50",
                "currency": "EUR",
                "reference": "E2E-B2",
                "donor": "Sophie Wagner",
                "address": "Hauptstrasse 5, 77694 Kehl",
                "country": "DE",
                "notes": "Spende",
            },
        ),
        (
            6,
            {
                "date": "2024-03-18",
                "amount": "42.00",
                "currency": "EUR",
                "method": "transfer",
                "reference": "E2E-0042",
                "donor": "Omar Benali",
                "notes": "RF712348231",
            },
        ),
    ]
    assert dict(good(result.rows[0]).columns) == {
        "date": "BookgDt/Dt",
        "amount": "NtryDtls/TxDtls/AmtDtls/TxAmt/Amt",
        "currency": "NtryDtls/TxDtls/AmtDtls/TxAmt/Amt/@Ccy",
        "reference": "AcctSvcrRef",
        "donor": "NtryDtls/TxDtls/RltdPties/Dbtr/Nm",
        "address": "NtryDtls/TxDtls/RltdPties/Dbtr/PstlAdr/StrtNm",
        "postcode": "NtryDtls/TxDtls/RltdPties/Dbtr/PstlAdr/PstCd",
        "city": "NtryDtls/TxDtls/RltdPties/Dbtr/PstlAdr/TwnNm",
        "country": "NtryDtls/TxDtls/RltdPties/Dbtr/PstlAdr/Ctry",
        "notes": "NtryDtls/TxDtls/RmtInf/Ustrd",
    }
    assert good(result.rows[3]).columns["date"] == "ValDt/Dt"
    assert good(result.rows[3]).columns["notes"] == "NtryDtls/TxDtls/RmtInf/Strd"
    assert result.skipped == [
        (2, "debit"),
        (3, "reversal"),
        (4, "returned transfer (bank transaction code PMNT/ICDT/RRTN)"),
        (5, "transaction 3: returned transfer (return information MS03)"),
        (7, "not booked (status PDNG)"),
        (8, "deposit of cash (record each gift from your cash register)"),
    ]
    # a debit to someone named: kept, for the import to say whether it gives a gift back
    assert [tuple(d) for d in result.debits] == [
        (2, "2024-03-15", "650.00", "EUR", "SCI Les Tilleuls")
    ]


def test_camt053_v08() -> None:
    result = read_statement(SAMPLES / "camt053_v08.xml")
    assert (result.format, result.currency) == ("camt053", "CHF")
    assert values(result) == [
        (
            1,
            {
                "date": "2024-04-02",
                "method": "transfer",
                "amount": "250.00",
                "currency": "CHF",
                "reference": "240402CH0A1B2C3D",
                "donor": "Müller Hans",
                "address": "Bahnhofstrasse 7, 8001 Zürich",
                "country": "CH",
                "notes": "210000000003139471430009017 (ultimate debtor: Müller-Keller Verena)",
            },
        ),
        (
            3,  # paid in EUR: the row keeps the CHF the account received
            {
                "date": "2024-04-02",
                "amount": "96.35",
                "currency": "CHF",
                "method": "transfer",
                "reference": "240402CH0A1B2C3F",
                "donor": "Lucia Rossi",
                "city": "Como",
                "country": "IT",
                "notes": "Donazione campagna 2024",
            },
        ),
    ]
    assert good(result.rows[0]).columns["donor"] == "NtryDtls/TxDtls/RltdPties/Dbtr/Pty/Nm"
    assert good(result.rows[0]).columns["amount"] == "NtryDtls/TxDtls/Amt"
    assert result.skipped == [(2, "debit")]


def camt(entries: str, version: str = "02", ccy: str = "EUR") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.{version}">'
        "<BkToCstmrStmt><GrpHdr><MsgId>M</MsgId></GrpHdr><Stmt><Id>S</Id>"
        f"<Acct><Id><IBAN>DE02120300000000202051</IBAN></Id><Ccy>{ccy}</Ccy></Acct>"
        f"{entries}</Stmt></BkToCstmrStmt></Document>"
    )


CREDIT = (
    '<Ntry><NtryRef>N1</NtryRef><Amt Ccy="EUR">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>'
    "<Sts>BOOK</Sts><BookgDt><Dt>2024-05-02</Dt></BookgDt></Ntry>"
)
CREDIT_ROW = {
    "date": "2024-05-02",
    "amount": "10.00",
    "currency": "EUR",
    "method": "transfer",
    "reference": "N1",
}


@pytest.mark.parametrize("version", ["02", "03", "04", "05", "06", "07", "08", "10", "13"])
def test_camt053_any_version(tmp_path: Path, version: str) -> None:
    path = write(tmp_path, "s.xml", camt(CREDIT, version))
    assert detect_statement(path, path.read_bytes()[:4096]) == "camt053"
    assert values(read_statement(path)) == [(1, CREDIT_ROW)]


def test_camt053_without_namespace_or_in_an_envelope(tmp_path: Path) -> None:
    bare = camt(CREDIT).replace(' xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"', "")
    assert values(read_statement(write(tmp_path, "bare.xml", bare))) == [(1, CREDIT_ROW)]
    envelope = (
        '<BizMsgEnvlp><AppHdr xmlns="urn:iso:std:iso:20022:tech:xsd:head.001.001.02">'
        "<MsgDefIdr>camt.053.001.08</MsgDefIdr></AppHdr>"
        + camt(CREDIT, "08").split("?>", 1)[1]
        + "</BizMsgEnvlp>"
    )
    assert values(read_statement(write(tmp_path, "env.xml", envelope))) == [(1, CREDIT_ROW)]


def test_camt053_in_utf16_and_latin1(tmp_path: Path) -> None:
    text = camt(CREDIT.replace("</Ntry>", "<AddtlNtryInf>Don de Hélène</AddtlNtryInf></Ntry>"))
    expected = [(1, {**CREDIT_ROW, "notes": "Don de Hélène"})]
    utf16 = text.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    assert values(read_statement(write(tmp_path, "u16.xml", utf16))) == expected
    latin = text.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').encode("latin-1")
    assert values(read_statement(write(tmp_path, "l1.xml", latin))) == expected
    utf8 = write(tmp_path, "u8.xml", text)
    assert values(read_statement(utf8, encoding="utf-8")) == expected


def test_camt053_batch_entry_without_details_and_zero_payment(tmp_path: Path) -> None:
    batch = (
        '<Ntry><AcctSvcrRef>B9</AcctSvcrRef><Amt Ccy="EUR">5.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>'
        "<BookgDt><Dt>2024-05-02</Dt></BookgDt><NtryDtls>"
        '<TxDtls><Amt Ccy="EUR">5.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></TxDtls>'
        '<TxDtls><Amt Ccy="EUR">0.00</Amt></TxDtls>'
        '<TxDtls><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd></TxDtls>'
        "</NtryDtls></Ntry>"
    )
    result = read_statement(write(tmp_path, "s.xml", camt(batch, "08")))
    assert values(result) == [
        (
            1,
            {
                "date": "2024-05-02",
                "amount": "5.00",
                "currency": "EUR",
                "method": "transfer",
                "reference": "B9/1",
            },
        )
    ]
    assert result.skipped == [(1, "transaction 2: zero amount"), (1, "transaction 3: debit")]


@pytest.mark.parametrize(
    ("identity", "kind"),
    [
        ("<OrgId><Othr><Id>44306184100047</Id></Othr></OrgId>", "company"),
        ("<PrvtId><Othr><Id>X1</Id></Othr></PrvtId>", "individual"),
        ("", None),
    ],
)
def test_camt053_a_debtors_identity_says_what_it_is(
    tmp_path: Path, identity: str, kind: str | None
) -> None:
    """An organisation's id makes the debtor a company; a private person's id makes
    "PAUL SAS" a person, whatever the name looks like."""
    party = f"<RltdPties><Dbtr><Nm>PAUL SAS</Nm><Id>{identity}</Id></Dbtr></RltdPties>"
    entry = CREDIT.replace(
        "</Ntry>", f'<NtryDtls><TxDtls><Amt Ccy="EUR">10.00</Amt>{party}</TxDtls></NtryDtls></Ntry>'
    )
    result = read_statement(write(tmp_path, "s.xml", camt(entry)))
    assert [r.values.get("kind") for r in result.rows] == [kind]


def test_camt053_a_batchs_shared_end_to_end_id_is_no_payments_reference(tmp_path: Path) -> None:
    """A direct-debit run gives all its collections one EndToEndId: the payments are
    told apart by their entry's reference and number; an id of their own is theirs."""
    tx = (
        '<TxDtls><Refs><EndToEndId>PRLV-DON-MARS</EndToEndId>{own}</Refs><Amt Ccy="EUR">{amount}'
        "</Amt><RltdPties><Dbtr><Nm>{name}</Nm></Dbtr></RltdPties></TxDtls>"
    )
    batch = (
        '<Ntry><AcctSvcrRef>B7</AcctSvcrRef><Amt Ccy="EUR">85.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>'
        "<BookgDt><Dt>2024-05-02</Dt></BookgDt><NtryDtls>"
        + tx.format(own="", amount="20.00", name="ANNE ROY")
        + tx.format(own="", amount="15.00", name="LUC PETIT")
        + tx.format(own="<TxId>T-3</TxId>", amount="50.00", name="ERIC MOREAU")
        + "</NtryDtls></Ntry>"
    )
    result = read_statement(write(tmp_path, "s.xml", camt(batch)))
    assert [(r.values["donor"], r.values["reference"]) for r in result.rows] == [
        ("ANNE ROY", "B7/1"),
        ("LUC PETIT", "B7/2"),
        ("ERIC MOREAU", "T-3"),
    ]
    assert good(result.rows[0]).columns["amount"] == "NtryDtls/TxDtls[1]/Amt"


BATCH_OF_THREE = (
    '<Ntry><NtryRef>E2</NtryRef><Amt Ccy="EUR">300.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>'
    "<Sts>BOOK</Sts><BookgDt><Dt>2025-03-05</Dt></BookgDt><AcctSvcrRef>BANKREF002</AcctSvcrRef>"
    '<NtryDtls><Btch><NbOfTxs>3</NbOfTxs><TtlAmt Ccy="EUR">300.00</TtlAmt></Btch>{payments}'
    "</NtryDtls></Ntry>"
)
BATCH_PAYMENT = (
    '<TxDtls><Refs><EndToEndId>{ref}</EndToEndId></Refs><AmtDtls><TxAmt><Amt Ccy="EUR">{amount}'
    "</Amt></TxAmt></AmtDtls><RltdPties><Dbtr><Nm>{name}</Nm></Dbtr></RltdPties></TxDtls>"
)


def test_camt053_a_batch_whose_payments_do_not_make_its_amount_is_refused_whole(
    tmp_path: Path,
) -> None:
    """A batch of 300.00 whose statement details two payments of 100.00: the third one's
    100.00 must not vanish. Both payments are bad rows that say the entry's amount and
    what its payments add up to, with their own fields for the rejects file."""
    payments = BATCH_PAYMENT.format(ref="B1", amount="100.00", name="MARTIN CLAIRE")
    payments += BATCH_PAYMENT.format(ref="B2", amount="100.00", name="DURAND PAUL")
    result = read_statement(
        write(tmp_path, "s.xml", camt(BATCH_OF_THREE.format(payments=payments)))
    )
    assert [type(row) for row in result.rows] == [BadLine, BadLine]
    reason = (
        "is the entry's amount, but the payments the statement details for it add up to "
        "200.00 EUR: some are missing; record the entry's gifts by hand ('treasurer add') "
        "from the bank's advice of it"
    )
    assert [
        (r.line, r.column, r.value, str(r.reason)) for r in result.rows if isinstance(r, BadLine)
    ] == [
        (1, "Amt", "300.00", reason),
        (1, "Amt", "300.00", reason),
    ]
    assert values(result) == [
        (
            1,
            {
                "date": "2025-03-05",
                "amount": "100.00",
                "currency": "EUR",
                "method": "transfer",
                "reference": "B1",
                "donor": "MARTIN CLAIRE",
            },
        ),
        (
            1,
            {
                "date": "2025-03-05",
                "amount": "100.00",
                "currency": "EUR",
                "method": "transfer",
                "reference": "B2",
                "donor": "DURAND PAUL",
            },
        ),
    ]
    assert result.skipped == []
    # one payment of a single-payment entry that is less than the entry: refused too
    short = BATCH_OF_THREE.format(
        payments=BATCH_PAYMENT.format(ref="B1", amount="100.00", name="X")
    )
    (row,) = read_statement(write(tmp_path, "short.xml", camt(short))).rows
    assert isinstance(row, BadLine)
    assert (row.value, row.values["amount"]) == ("300.00", "100.00")
    assert "add up to 100.00 EUR" in str(row.reason)


def test_camt053_a_batch_whose_payments_make_its_amount_is_imported(tmp_path: Path) -> None:
    """Payments that add up are the entry's rows, as before; a batch's debit (a payment
    returned within it) may be taken off its credits."""
    payments = "".join(
        BATCH_PAYMENT.format(ref=f"B{n}", amount=amount, name=name)
        for n, amount, name in [(1, "100.00", "A"), (2, "150.00", "B"), (3, "50.00", "C")]
    )
    result = read_statement(
        write(tmp_path, "s.xml", camt(BATCH_OF_THREE.format(payments=payments)))
    )
    assert [(r.values["reference"], r.values["amount"]) for r in result.rows] == [
        ("B1", "100.00"),
        ("B2", "150.00"),
        ("B3", "50.00"),
    ]
    assert all(isinstance(r, SourceRow) for r in result.rows)
    debit = BATCH_PAYMENT.format(ref="B4", amount="20.00", name="D").replace(
        "<RltdPties>", "<CdtDbtInd>DBIT</CdtDbtInd><RltdPties>"
    )
    net = BATCH_OF_THREE.format(payments=payments + debit).replace("300.00</Amt>", "280.00</Amt>")
    result = read_statement(write(tmp_path, "net.xml", camt(net)))
    assert [r.values["amount"] for r in result.rows] == ["100.00", "150.00", "50.00"]
    assert result.skipped == [(1, "transaction 4: debit")]
    # a debit's amount is not read for its own sake: an unreadable one leaves the rest be
    garbled = net.replace('"EUR">20.00<', '"EUR">2O.OO<')
    assert garbled != net
    result = read_statement(write(tmp_path, "garbled.xml", camt(garbled)))
    assert [r.values["amount"] for r in result.rows] == ["100.00", "150.00", "50.00"]


CHARGED = (
    '<Ntry><NtryRef>E3</NtryRef><Amt Ccy="EUR">98.50</Amt><CdtDbtInd>CRDT</CdtDbtInd>'
    "<Sts>BOOK</Sts><BookgDt><Dt>2025-03-06</Dt></BookgDt><AcctSvcrRef>BANKREF003</AcctSvcrRef>"
    "{entry}<NtryDtls><TxDtls>{tx}<RltdPties><Dbtr><Nm>SCHMIDT HANS</Nm></Dbtr></RltdPties>"
    "</TxDtls></NtryDtls></Ntry>"
)
CHARGED_ROW = {
    "date": "2025-03-06",
    "currency": "EUR",
    "method": "transfer",
    "reference": "BANKREF003",
    "donor": "SCHMIDT HANS",
}
V02_CHARGES = '<Chrgs><Amt Ccy="EUR">1.50</Amt><CdtDbtInd>DBIT</CdtDbtInd></Chrgs>'
V08_CHARGES = (
    '<Chrgs><TtlChrgsAndTaxAmt Ccy="EUR">1.50</TtlChrgsAndTaxAmt><Rcrd><Amt Ccy="EUR">1.50</Amt>'
    "<CdtDbtInd>DBIT</CdtDbtInd><ChrgInclInd>{included}</ChrgInclInd></Rcrd></Chrgs>"
)
INSTRUCTED = (
    '<AmtDtls><InstdAmt><Amt Ccy="{ccy}">{amount}</Amt></InstdAmt>'
    '<TxAmt><Amt Ccy="EUR">98.50</Amt></TxAmt></AmtDtls>'
)


@pytest.mark.parametrize(
    ("version", "entry", "tx", "amount", "fee", "column"),
    [
        # the donor instructed 100.00; the bank booked 98.50 and says it charged 1.50
        (
            "02",
            V02_CHARGES,
            INSTRUCTED.format(ccy="EUR", amount="100.00"),
            "100.00",
            "1.50",
            "NtryDtls/TxDtls/AmtDtls/InstdAmt/Amt",
        ),
        (
            "08",
            V08_CHARGES.format(included="true"),
            INSTRUCTED.format(ccy="EUR", amount="100.00"),
            "100.00",
            "1.50",
            "NtryDtls/TxDtls/AmtDtls/InstdAmt/Amt",
        ),
        # the instructed amount on the entry: what the donor gave, whatever the charges
        (
            "02",
            '<AmtDtls><InstdAmt><Amt Ccy="EUR">100.00</Amt></InstdAmt></AmtDtls>',
            "",
            "100.00",
            "1.50",
            "AmtDtls/InstdAmt/Amt",
        ),
        (
            "08",
            '<AmtDtls><InstdAmt><Amt Ccy="EUR">101.00</Amt></InstdAmt></AmtDtls>'
            + V08_CHARGES.format(included="true"),
            "",
            "101.00",
            "2.50",
            "AmtDtls/InstdAmt/Amt",
        ),
        # no instructed amount: charges the bank says the entry includes
        ("08", V08_CHARGES.format(included="true"), "", "100.00", "1.50", "Chrgs/Rcrd/Amt"),
        (
            "08",
            "",
            V08_CHARGES.format(included="true"),
            "100.00",
            "1.50",
            "NtryDtls/TxDtls/Chrgs/Rcrd/Amt",
        ),
        # charges booked apart, or not said to be in the amount: the amount booked
        ("08", V08_CHARGES.format(included="false"), "", "98.50", None, "Amt"),
        ("02", V02_CHARGES, "", "98.50", None, "Amt"),
        # an instructed amount in another currency was converted, not charged
        (
            "02",
            V02_CHARGES,
            INSTRUCTED.format(ccy="CHF", amount="95.00"),
            "98.50",
            None,
            "NtryDtls/TxDtls/AmtDtls/TxAmt/Amt",
        ),
    ],
)
def test_camt053_a_transfer_the_bank_took_charges_from_is_the_gift_and_its_fee(
    tmp_path: Path, version: str, entry: str, tx: str, amount: str, fee: str | None, column: str
) -> None:
    """The donor gave 100.00; the bank took 1.50 and booked 98.50: the donation is
    100.00 and its fee 1.50 (recorded as its own linked row), not a gift of 98.50."""
    content = camt(CHARGED.format(entry=entry, tx=tx), version)
    result = read_statement(write(tmp_path, "s.xml", content))
    expected = {**CHARGED_ROW, "amount": amount} | ({"fee": fee} if fee else {})
    assert values(result) == [(1, expected)]
    assert good(result.rows[0]).columns["amount"] == column
    if fee:
        assert good(result.rows[0]).columns["fee"] == column


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        (CREDIT.replace('<Amt Ccy="EUR">10.00</Amt>', ""), "entry 1 (N1): no amount (Amt)"),
        (
            CREDIT.replace("<BookgDt><Dt>2024-05-02</Dt></BookgDt>", ""),
            "entry 1 (N1): no date (BookgDt or ValDt)",
        ),
        (CREDIT.replace("10.00", "12,3,4"), "entry 1 (N1): the amount '12,3,4' is not a number"),
        (CREDIT.replace("10.00", "-10.00"), "entry 1 (N1): the amount '-10.00' is negative"),
        (
            CREDIT.replace("2024-05-02", "2024-02-30"),
            "entry 1 (N1): BookgDt/Dt '2024-02-30' is not a date",
        ),
        (
            CREDIT.replace("CRDT", "CRED"),
            "entry 1 (N1): CdtDbtInd is 'CRED', neither CRDT nor DBIT",
        ),
        (
            CREDIT.replace(
                "</Ntry>",
                '<NtryDtls><TxDtls><Amt Ccy="EUR">4.00</Amt></TxDtls><TxDtls/></NtryDtls></Ntry>',
            ),
            "entry 1 (N1), transaction 2: a payment in a batch entry has no amount of its own",
        ),
    ],
)
def test_camt053_bad_entries_name_the_entry(tmp_path: Path, entry: str, reason: str) -> None:
    assert refused(write(tmp_path, "s.xml", camt(CREDIT + entry))) == reason.replace(
        "entry 1", "entry 2"
    )


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (camt(CREDIT)[:-40], "the XML is damaged or cut short (line 2, column "),
        (
            camt(CREDIT).replace("camt.053.001.02", "camt.052.001.02"),
            "the XML is a camt.052.001.02 message, not a CAMT.053 statement",
        ),
        (
            camt(CREDIT).replace("BkToCstmrStmt", "BkToCstmrAcctRpt").replace("053", "052"),
            None,  # a camt.052 report is not even taken for a statement
        ),
        (
            camt(CREDIT).replace("<Document", "<Dokument").replace("</Document>", "</Dokument>"),
            "the XML root element is <Dokument>, not a CAMT.053 <Document>",
        ),
        (
            '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><GrpHdr/></Document>',
            "the CAMT.053 document has no statement (BkToCstmrStmt)",
        ),
    ],
)
def test_camt053_bad_files(tmp_path: Path, content: str, reason: str | None) -> None:
    got = refused(write(tmp_path, "s.xml", content))
    if reason is None:
        assert got.startswith("this is not a bank statement Treasurer can read")
    else:
        assert got.startswith(reason)


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE Document [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">\n'
        for i in range(1, 10)
    )
    + "]>\n"
)
EXTERNAL_ENTITY = '<?xml version="1.0"?>\n<!DOCTYPE Document [<!ENTITY xxe SYSTEM "file://{}">]>\n'
EXTERNAL_DTD = '<?xml version="1.0"?>\n<!DOCTYPE Document SYSTEM "http://127.0.0.1:9/camt.dtd">\n'


@pytest.mark.parametrize("kind", ["billion laughs", "external entity", "external DTD"])
@pytest.mark.parametrize("fmt", ["camt053", "ofx"])
def test_xml_with_a_dtd_is_refused(tmp_path: Path, kind: str, fmt: str) -> None:
    secret = write(tmp_path, "secret.txt", "TOP-SECRET")
    prolog = {
        "billion laughs": BILLION_LAUGHS,
        "external entity": EXTERNAL_ENTITY.format(secret),
        "external DTD": EXTERNAL_DTD,
    }[kind]
    entity = {"billion laughs": "&lol9;", "external entity": "&xxe;", "external DTD": "x"}[kind]
    if fmt == "camt053":
        body = camt(CREDIT.replace("</Ntry>", f"<AddtlNtryInf>{entity}</AddtlNtryInf></Ntry>"))
        body = body.split("?>", 1)[1]
    else:
        body = (
            '<?OFX OFXHEADER="200" VERSION="211"?><OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS>'
            "<CURDEF>EUR</CURDEF><BANKTRANLIST><STMTTRN><TRNTYPE>CREDIT</TRNTYPE>"
            "<DTPOSTED>20240101</DTPOSTED><TRNAMT>1.00</TRNAMT><FITID>1</FITID>"
            f"<MEMO>{entity}</MEMO></STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS>"
            "</BANKMSGSRSV1></OFX>"
        )
    path = write(tmp_path, "evil.xml", prolog + body)
    assert detect_statement(path, path.read_bytes()) == fmt
    reason = refused(path)
    assert reason == (
        "the XML declares a DTD or entities, which no bank statement does; "
        "it was refused for safety"
    )
    assert "TOP-SECRET" not in reason
    assert "refused" in refused(path, encoding="utf-8")


# ---------------------------------------------------------------- OFX


def test_ofx1_sgml_in_windows_1252() -> None:
    result = read_statement(SAMPLES / "ofx1_sgml_cp1252.ofx")
    assert (result.format, result.currency) == ("ofx", "EUR")
    assert values(result) == [
        (
            1,
            {
                "date": "2024-04-02",
                "amount": "150.00",
                "currency": "EUR",
                "donor": "Hélène Garnier",
                "reference": "24093000001",
                "method": "transfer",
                "notes": "Cotisation + don 2024 (150 €)",
            },
        ),
        (
            3,
            {
                "date": "2024-04-03",
                "amount": "25.50",
                "currency": "EUR",
                "donor": "Yacine Haddad",
                "reference": "24094000003",
                "method": "transfer",
                "notes": "Don & soutien militant",
            },
        ),
        (
            5,
            {
                "date": "2024-04-04",
                "amount": "200.00",
                "currency": "EUR",
                "donor": "PIERRE LAMBERT",  # "M OU MME", the bank's "Mr or Mrs"
                "reference": "24095000005",
                "method": "cheque",
            },
        ),
    ]
    assert dict(good(result.rows[0]).columns) == {
        "date": "STMTTRN/DTPOSTED",
        "amount": "STMTTRN/TRNAMT",
        "currency": "STMTRS/CURDEF",
        "donor": "STMTTRN/NAME",
        "reference": "STMTTRN/FITID",
        "notes": "STMTTRN/MEMO",
    }
    assert result.skipped == [
        (2, "debit"),
        (4, "interest (TRNTYPE INT)"),
        (6, "debit (TRNTYPE DEBIT)"),
    ]


def test_ofx2_xml() -> None:
    result = read_statement(SAMPLES / "ofx2_xml.qfx")
    assert (result.format, result.currency) == ("ofx", "USD")
    assert values(result) == [
        (
            3,
            {
                "date": "2024-06-05",
                "amount": "500.00",
                "currency": "USD",
                "donor": "SMITH & SONS HARDWARE LLC",
                "address": "1200 MAIN ST, SUITE 4",
                "postcode": "45402",
                "city": "DAYTON",
                "country": "US",  # USA, as OFX writes it
                "reference": "202406050003",
                "method": "transfer",
                "notes": "Business contribution",
            },
        ),
        (
            4,
            {
                "date": "2024-06-06",
                "amount": "100.00",
                "currency": "CAD",
                "donor": "PIERRE TREMBLAY",
                "reference": "202406060004",
                "method": "transfer",
                "notes": "WIRE IN - TORONTO",
            },
        ),
    ]
    assert good(result.rows[0]).columns["donor"] == "STMTTRN/PAYEE/NAME"
    assert good(result.rows[1]).columns["currency"] == "STMTTRN/CURRENCY/CURSYM"
    assert result.skipped == [
        (1, "corrected by transaction 5"),
        (2, "debit"),
        (5, "reversal (deletes transaction 202406030001, in this file)"),
        (6, "debit"),
    ]
    assert [tuple(d) for d in result.debits] == [
        (2, "2024-06-04", "1250.00", "USD", "CHECK 1043"),
        (6, "2024-06-10", "15.00", "USD", "MONTHLY SERVICE FEE"),
    ]


OFX1 = (
    "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\n"
    "COMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
    "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR\n<BANKTRANLIST>\n"
    "{}</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n"
)
TRN = "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240102<TRNAMT>{}<FITID>F1<NAME>Hélène Roy</STMTTRN>\n"
ONE = TRN.format("1.00")


def test_ofx_header_says_1252_but_the_text_is_utf8(tmp_path: Path) -> None:
    path = write(tmp_path, "s.ofx", OFX1.format(TRN.format("5.00")).encode("utf-8"))
    assert read_statement(path).rows[0].values["donor"] == "Hélène Roy"
    cp1252 = write(tmp_path, "c.ofx", OFX1.format(TRN.format("5.00")).encode("cp1252"))
    assert read_statement(cp1252).rows[0].values["donor"] == "Hélène Roy"


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("5", "5"),
        ("+5.00", "5.00"),
        ("5,5", "5.5"),
        (".5", "0.5"),
        ("10.", "10"),
        ("007.10", "007.10"),
    ],
)
def test_ofx_amounts_are_kept_as_written(tmp_path: Path, amount: str, expected: str) -> None:
    result = read_statement(write(tmp_path, "s.ofx", OFX1.format(TRN.format(amount))))
    assert result.rows[0].values["amount"] == expected


def test_ofx_without_header_and_empty_leaves(tmp_path: Path) -> None:
    text = (
        "<OFX>\n<BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>GBP<BANKACCTFROM><ACCTID>4111"
        "</BANKACCTFROM><BANKTRANLIST><STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240301120000[0:GMT]"
        "<TRNAMT>20.00<FITID>C1<NAME><MEMO>Gift at the fair</STMTTRN></BANKTRANLIST>"
        "</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>"
    )
    result = read_statement(write(tmp_path, "s.qfx", text))
    assert (result.currency, values(result)) == (
        "GBP",
        [
            (
                1,
                {
                    "date": "2024-03-01",
                    "amount": "20.00",
                    "currency": "GBP",
                    "reference": "C1",
                    "method": "transfer",
                    "notes": "Gift at the fair",
                },
            )
        ],
    )


def test_an_ofx_replacement_takes_the_fitid_it_replaces(tmp_path: Path) -> None:
    """A REPLACE correction is the transaction it corrects: under the replaced FITID (so a
    statement imported before holds the same gift, or a clash to correct, never two);
    in the same file, the replaced one is left out."""
    replacement = (
        "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240105<TRNAMT>125.00<FITID>F9"
        "<CORRECTFITID>F1<CORRECTACTION>REPLACE<NAME>Hélène Roy</STMTTRN>\n"
    )
    alone = read_statement(write(tmp_path, "later.ofx", OFX1.format(replacement)))
    assert [(r.line, r.values["reference"], r.values["amount"]) for r in alone.rows] == [
        (1, "F1", "125.00")
    ]
    assert alone.rows[0].values["notes"] == "corrects transaction F1"
    both = read_statement(write(tmp_path, "both.ofx", OFX1.format(ONE + replacement)))
    assert [(r.line, r.values["reference"], r.values["amount"]) for r in both.rows] == [
        (2, "F1", "125.00")
    ]
    assert both.skipped == [(1, "corrected by transaction 2")]


def test_a_credit_card_statements_credits_are_not_donations(tmp_path: Path) -> None:
    """A card's credits are its repayments and merchants' refunds: gifts reach a bank
    account, so none of a card statement's entries is imported, and each is named."""
    text = (
        "<OFX>\n<CREDITCARDMSGSRSV1><CCSTMTTRNRS><CCSTMTRS><CURDEF>USD<CCACCTFROM><ACCTID>4111"
        "</CCACCTFROM><BANKTRANLIST><STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240301"
        "<TRNAMT>1200.00<FITID>C1<NAME>PAYMENT - THANK YOU</STMTTRN><STMTTRN><TRNTYPE>CREDIT"
        "<DTPOSTED>20240302<TRNAMT>45.00<FITID>C2<NAME>STAPLES REFUND</STMTTRN></BANKTRANLIST>"
        "</CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>"
    )
    result = read_statement(write(tmp_path, "card.qfx", text))
    card = "credit card account (repayments and refunds, not donations)"
    assert (result.currency, result.rows, result.skipped) == ("USD", [], [(1, card), (2, card)])


@pytest.mark.parametrize(
    ("written", "donor"),
    [
        ("VIR SEPA DUPONT CLAIRE", "DUPONT CLAIRE"),
        ("VIR RECU DE: MME CLAIRE DUPONT", "CLAIRE DUPONT"),
        ("VIR SEPA RECU /DE M OU MME LEROY PIERRE", "LEROY PIERRE"),
        ("TRANSFER FROM JOHN SMITH", "JOHN SMITH"),
        ("Dr. Anne Roy", "Anne Roy"),
        # names that only look like it
        ("DE VRIES JAN", "DE VRIES JAN"),
        ("Von Trapp Maria", "Von Trapp Maria"),
        ("Virginie Roux", "Virginie Roux"),
        ("M ET MME DUPONT", "M ET MME DUPONT"),
        ("M & MME LEFEVRE", "M & MME LEFEVRE"),
        ("VIR DE GAULLE CHARLES", "DE GAULLE CHARLES"),
        ("VIR SEPA DE SOUSA MARIA", "DE SOUSA MARIA"),
        ("GUTSCHRIFT VON DER LEYEN URSULA", "VON DER LEYEN URSULA"),
        ("VIR DE MME ROY ANNE", "ROY ANNE"),
        ("INST PASTEUR", "INST PASTEUR"),
        ("VIR INST DUPONT ANNE", "DUPONT ANNE"),
        ("Monique Martin", "Monique Martin"),
        ("VIREMENT", "VIREMENT"),
        # the bank's words in capitals, the name as the payer wrote it
        ("VIR DE Hélène Garçon", "Hélène Garçon"),
        ("GUTSCHRIFT VON Klaus Becker", "Klaus Becker"),
        ("VIR De Gaulle Charles", "De Gaulle Charles"),
        ("Hr. Klaus Becker", "Klaus Becker"),
        ("VIR DE HR. Klaus Becker", "Klaus Becker"),
        ("HR GIGER", "HR GIGER"),  # initials, not "Herr"
    ],
)
def test_a_counterparty_is_named_without_the_banks_words_or_a_title(
    tmp_path: Path, written: str, donor: str
) -> None:
    """What a bank writes before the name ("VIR SEPA RECU DE:") and a title ("MME") are
    not the donor's name: left as they were, Claire Dupont of a platform's export and of
    the bank were neither one donor nor proposed as one."""
    trn = TRN.format("5.00").replace("Hélène Roy", written)
    result = read_statement(write(tmp_path, "s.ofx", OFX1.format(trn)))
    assert [r.values["donor"] for r in result.rows] == [donor]


@pytest.mark.parametrize(
    ("name", "memo", "donor"),
    [
        ("VIR RECU 5170284711 DE: M. JEAN DUPONT", "MOTIF: DON ANNUEL REF: 123", "JEAN DUPONT"),
        ("VIR SEPA RECU /DE MME CLAIRE DUPONT /MOTIF DON /REF 123", "", "CLAIRE DUPONT"),
        ("VIR INST RE 5432 DE: MME CLAIRE DUPONT", "", "CLAIRE DUPONT"),
        ("VIR RECU 5170284712", "DE: M. JEAN DUPONT MOTIF: DON", "JEAN DUPONT"),
    ],
)
def test_a_banks_label_in_the_payees_place_gives_the_name_in_it(
    tmp_path: Path, name: str, memo: str, donor: str
) -> None:
    """French banks' OFX put the transfer's label where the payee goes: the donor is the
    name in it (before: "5170284711 DE: M. JEAN DUPONT", a second donor beside the
    register's Jean Dupont, whose gift was then counted twice)."""
    trn = TRN.format("2000,00").replace("Hélène Roy", f"{name}<MEMO>{memo}" if memo else name)
    [row] = read_statement(write(tmp_path, "s.ofx", OFX1.format(trn))).rows
    assert isinstance(row, SourceRow)
    assert (row.values["donor"], row.columns["donor"]) == (donor, "STMTTRN/NAME")
    assert row.values["notes"].startswith(name)


def test_a_banks_label_that_names_no_one_is_a_bad_row(tmp_path: Path) -> None:
    trn = TRN.format("20.00").replace("Hélène Roy", "VIR RECU 5170284712<MEMO>DON")
    [row] = read_statement(write(tmp_path, "s.ofx", OFX1.format(trn))).rows
    assert isinstance(row, BadLine)
    assert (row.column, row.value) == ("STMTTRN/NAME", "VIR RECU 5170284712 DON")
    assert "record this gift by hand" in str(row.reason)


def test_a_platforms_payout_and_an_alpha3_country(tmp_path: Path) -> None:
    """Stripe's or PayPal's transfer of the donations it collected is no donor's gift
    (they come from the platform's export: counted twice otherwise), nor is a deposit of
    cheques; OFX gives countries in ISO alpha-3, the ledger in alpha-2."""
    payee = (
        "<PAYEE><NAME>Anne Lefèvre<ADDR1>1 rue Haute<CITY>Lyon<POSTALCODE>69003<COUNTRY>FRA</PAYEE>"
    )
    trns = (
        "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240102<TRNAMT>8254.49<FITID>P1"
        "<NAME>VIR STRIPE TECHNOLOGY EUROPE LTD</STMTTRN>\n"
        "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240103<TRNAMT>310.00<FITID>P2"
        "<NAME>PAYPAL EUROPE S.A.R.L. ET CIE</STMTTRN>\n"
        f"<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240104<TRNAMT>50.00<FITID>P3{payee}</STMTTRN>\n"
        "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240105<TRNAMT>300.00<FITID>P4"
        "<NAME>REMISE CHEQUE 1234567</STMTTRN>\n"
        "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240105<TRNAMT>500.00<FITID>P5"
        "<NAME>DEPOSITED CHECK</STMTTRN>\n"
        "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240106<TRNAMT>20.00<FITID>P6"
        "<NAME>MOLLIE JONES</STMTTRN>\n"
    )
    result = read_statement(write(tmp_path, "s.ofx", OFX1.format(trns)))
    assert result.skipped == [
        (1, "payout from Stripe (import its own export instead)"),
        (2, "payout from PayPal (import its own export instead)"),
        (4, "deposit of several cheques (import each from your register)"),
        (5, "deposit of several cheques (import each from your register)"),
    ]
    assert [(r.line, r.values["donor"], r.values.get("country")) for r in result.rows] == [
        (3, "Anne Lefèvre", "FR"),
        (6, "MOLLIE JONES", None),  # a given name, not the platform Mollie
    ]


CASH = "deposit of cash (record each gift from your cash register)"
CHEQUES = "deposit of several cheques (import each from your register)"


@pytest.mark.parametrize(
    "name",
    [
        "VERSEMENT ESPECES",
        "VERSEMENT ESP",
        "Versement en espèces",
        "DEPOT ESPECES",
        "DÉPÔT D'ESPÈCES",
        "DEPOT D ESPECES",
        "CASH DEPOSIT",
        "REMISE ESPECES",
    ],
)
def test_an_ofx_deposit_of_cash_is_left_out_not_a_donor(tmp_path: Path, name: str) -> None:
    """Cash paid in is the party's takings: each gift in it is recorded from the cash
    register, and "VERSEMENT ESPECES" is no donor."""
    trns = (
        "<STMTTRN><TRNTYPE>DEP<DTPOSTED>20250309<TRNAMT>200.00<FITID>O7"
        f"<NAME>{name}</STMTTRN>\n"
        "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20250310<TRNAMT>20.00<FITID>O8"
        "<NAME>ESPERANCE VERSAILLES</STMTTRN>\n"
    )
    result = read_statement(write(tmp_path, "s.ofx", OFX1.format(trns)))
    assert result.skipped == [(1, CASH)]
    assert [(r.line, r.values["donor"]) for r in result.rows] == [(2, "ESPERANCE VERSAILLES")]


def test_a_camt_deposit_named_by_its_label_or_code_only_is_left_out(tmp_path: Path) -> None:
    """A deposit with no counterparty, told by its label (AddtlNtryInf) or its bank
    transaction code (CNTR/CDPT: cash at the counter), is left out, not a bad row
    without a donor; cash paid in by someone the bank names is that person's gift."""

    def entry(ref: str, code: str, label: str = "", debtor: str = "") -> str:
        family, sub = code.split("/")
        info = f"<AddtlNtryInf>{label}</AddtlNtryInf>" if label else ""
        details = (
            f"<NtryDtls><TxDtls><RltdPties><Dbtr><Pty><Nm>{debtor}</Nm></Pty></Dbtr></RltdPties>"
            "</TxDtls></NtryDtls>"
            if debtor
            else ""
        )
        return (
            f'<Ntry><Amt Ccy="EUR">150.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd>'
            f"</Sts><BookgDt><Dt>2025-04-03</Dt></BookgDt><AcctSvcrRef>{ref}</AcctSvcrRef>"
            f"<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>{family}</Cd><SubFmlyCd>{sub}</SubFmlyCd>"
            f"</Fmly></Domn></BkTxCd>{details}{info}</Ntry>"
        )

    entries = (
        entry("R1", "CNTR/CDPT", "VERSEMENT ESPECES")
        + entry("R2", "CNTR/CDPT")
        + entry("R3", "RCDT/ESCT", "DÉPÔT D'ESPÈCES AGENCE 12")
        + entry("R4", "RCHQ/CCHQ", "REMISE CHEQUES N 0001234 NB 3")
        + entry("R5", "CNTR/CDPT", "VERSEMENT", debtor="FATIMA ZAHRA")
        + entry("R6", "RCHQ/CCHQ", "CHEQUE 0004567")
    )
    result = read_statement(write(tmp_path, "s.xml", camt(entries, "08")))
    assert result.skipped == [(1, CASH), (2, CASH), (3, CASH), (4, CHEQUES)]
    assert values(result) == [
        (
            5,
            {
                "date": "2025-04-03",
                "amount": "150.00",
                "currency": "EUR",
                "method": "cash",
                "reference": "R5",
                "donor": "FATIMA ZAHRA",
                "notes": "VERSEMENT",
            },
        ),
        (  # one cheque: its donor is to be named (a bad row in the import)
            6,
            {
                "date": "2025-04-03",
                "amount": "150.00",
                "currency": "EUR",
                "method": "cheque",
                "reference": "R6",
                "notes": "CHEQUE 0004567",
            },
        ),
    ]


def test_ofx2_with_an_unescaped_ampersand_is_read_leniently(tmp_path: Path) -> None:
    text = (SAMPLES / "ofx2_xml.qfx").read_text(encoding="utf-8").replace("&amp;", "&")
    result = read_statement(write(tmp_path, "s.qfx", text))
    assert result == read_statement(SAMPLES / "ofx2_xml.qfx")


@pytest.mark.parametrize(
    ("transaction", "reason"),
    [
        (TRN.replace("<TRNAMT>{}", ""), "transaction 1 (FITID F1): no amount (TRNAMT)"),
        (ONE.replace("<DTPOSTED>20240102", ""), "transaction 1 (FITID F1): no date (DTPOSTED)"),
        (
            ONE.replace("20240102", "2024-01-02"),
            "transaction 1 (FITID F1): DTPOSTED '2024-01-02' is not a date",
        ),
        (
            ONE.replace("20240102", "20241302"),
            "transaction 1 (FITID F1): DTPOSTED '20241302' is not a date",
        ),
        (
            TRN.format("12,3,4"),
            "transaction 1 (FITID F1): the amount '12,3,4' is not a number",
        ),
        (
            TRN.format("1,234.00"),
            "transaction 1 (FITID F1): the amount '1,234.00' is not a number",
        ),
    ],
)
def test_ofx_bad_transactions_name_the_transaction(
    tmp_path: Path, transaction: str, reason: str
) -> None:
    assert refused(write(tmp_path, "s.ofx", OFX1.format(transaction))) == reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (OFX1.format(TRN.format("1.00"))[:-20], "the OFX file ends before </OFX>"),
        ("OFXHEADER:100\nDATA:OFXSGML\n\n", "the OFX file ends before </OFX>"),
        ("OFXHEADER:100\n\n" + "<A>" * 600 + "</OFX>", "the OFX elements are nested too deeply"),
        (
            '<?xml version="1.0"?><?OFX OFXHEADER="200"?><BANK><X>1</X></BANK>',
            "the file has an OFX header but no <OFX> element",
        ),
        (
            (SAMPLES / "ofx2_xml.qfx").read_text(encoding="utf-8")[:1500],
            "the OFX file ends before </OFX>",
        ),
    ],
)
def test_ofx_bad_files(tmp_path: Path, text: str, reason: str) -> None:
    assert refused(write(tmp_path, "s.ofx", text)).startswith(reason)


# ---------------------------------------------------------------- all formats


@pytest.mark.parametrize(("name", "fmt"), SAMPLE_FORMATS.items())
def test_detection_of_the_samples(name: str, fmt: str) -> None:
    path = SAMPLES / name
    assert detect_statement(path, path.read_bytes()[:2048]) == fmt


@pytest.mark.parametrize(
    "head",
    [
        b"",
        b"Date,Amount,Donor\n2024-01-01,10,Ann\n",
        b"PK\x03\x04\x14\x00",
        b'<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.052.001.08">'
        b"<BkToCstmrAcctRpt>",
        b'<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">',
        b"<html><body>statement</body></html>",
        b":20:X\n:25:Y\n:28C:1\n:34F:EUR0,\n:13D:2401011200+0100\n",  # MT942
        b":20:only a reference\n",
    ],
)
def test_detection_says_none_for_other_files(head: bytes) -> None:
    assert detect_statement(Path("x.txt"), head) is None


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "the file is empty"),
        (b"\xef\xbb\xbf \r\n", "the file is empty"),
        (b"Date,Amount\n", "this is not a bank statement Treasurer can read"),
    ],
)
def test_files_that_are_not_statements(tmp_path: Path, content: bytes, reason: str) -> None:
    assert refused(write(tmp_path, "s.txt", content)).startswith(reason)


def test_a_file_that_cannot_be_read(tmp_path: Path) -> None:
    assert refused(tmp_path).startswith("the file cannot be read")
    assert refused(tmp_path / "missing.sta").startswith("the file cannot be read")


@pytest.mark.parametrize("name", SAMPLE_FORMATS)
def test_rows_hold_only_known_fields_and_plain_values(name: str) -> None:
    result = read_statement(SAMPLES / name)
    assert result.rows
    for row in map(good, result.rows):
        assert set(row.values) <= set(FIELDS)
        assert set(row.columns) <= set(row.values)
        assert re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", row.values["date"])
        assert re.fullmatch(r"[0-9]+(\.[0-9]+)?", row.values["amount"])
        assert row.values["method"] in ("transfer", "cash", "cheque")
        assert all(v == " ".join(v.split()) and v for v in row.values.values())


# ---------------------------------------------------------------- fuzzing

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SAMPLE_BYTES = [(SAMPLES / name).read_bytes() for name in SAMPLE_FORMATS]


def read_or_refuse(directory: Path, content: bytes) -> None:
    """Reading any bytes gives a result or an ImportFileError, never another exception."""
    path = directory / "fuzz.bin"
    path.write_bytes(content)
    try:
        result = read_statement(path)
    except ImportFileError as exc:
        reason = str(exc.reason)
    else:
        reason = "read"
        for row in result.rows:
            assert set(row.values) <= set(FIELDS)
    assert reason


@st.composite
def garbled(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SAMPLE_BYTES)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["cut", "delete", "insert", "replace", "truncate"]))
        if action == "truncate":
            del data[at:]
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=12))
        elif action == "replace" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif action == "cut":
            data[at:at] = draw(
                st.sampled_from(
                    [
                        b"</OFX>",
                        b"<OFX>",
                        b"<STMTTRN>",
                        b"\n:61:",
                        b"\n:86:",
                        b"?20",
                        b"/REMI/",
                        b"<Ntry>",
                        b"</Ntry>",
                        b"<TxDtls>",
                        b"<!DOCTYPE x>",
                        b"&amp;",
                        b"\n-}\n",
                        b"{4:",
                        b"\xef\xbb\xbf",
                        b"\x00",
                        b"<?xml",
                        b"12,3,4",
                    ]
                )
            )
    return bytes(data)


@FUZZ
@given(content=st.binary(max_size=400))
def test_fuzz_random_bytes(tmp_path_factory: pytest.TempPathFactory, content: bytes) -> None:
    read_or_refuse(tmp_path_factory.mktemp("fuzz"), content)


@FUZZ
@given(content=garbled())
def test_fuzz_garbled_samples(tmp_path_factory: pytest.TempPathFactory, content: bytes) -> None:
    read_or_refuse(tmp_path_factory.mktemp("fuzz"), content)


MT940_TOKENS = [
    ":20:X\n",
    ":25:Y\n",
    ":60F:C240101EUR1,\n",
    ":61:",
    "2401150115",
    "C",
    "D",
    "RC",
    "R",
    "12,50",
    "0,",
    "NTRF",
    "NONREF",
    "//",
    "B1",
    "\n",
    ":86:",
    "?20",
    "?32",
    "166",
    "SVWZ+",
    "EREF+",
    "/REMI/",
    "/NAME/",
    "/RTRN/",
    "-\n",
    "{4:\n",
    "é",
    "x" * 65,
]
OFX_TOKENS = [
    "OFXHEADER:100\n\n",
    "<OFX>",
    "</OFX>",
    "<STMTRS>",
    "</STMTRS>",
    "<CURDEF>EUR",
    "<STMTTRN>",
    "</STMTTRN>",
    "<TRNAMT>",
    "-1.5",
    "2,0",
    "<DTPOSTED>",
    "20240101",
    "<FITID>",
    "<NAME>",
    "<MEMO>",
    "&amp;",
    "<TRNTYPE>INT",
    "<CORRECTACTION>DELETE",
    "<CORRECTFITID>",
    "A",
    " ",
    "\n",
    "<!-- c -->",
    "</NAME>",
]


@FUZZ
@given(tokens=st.lists(st.sampled_from(MT940_TOKENS + OFX_TOKENS), max_size=60))
def test_fuzz_token_soup(tmp_path_factory: pytest.TempPathFactory, tokens: list[str]) -> None:
    read_or_refuse(tmp_path_factory.mktemp("fuzz"), "".join(tokens).encode("utf-8"))
