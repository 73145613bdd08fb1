"""Bank statements (OFX/QFX, CAMT.053, MT940) read into candidate donation rows.

A statement lists every movement on the party's account; only money that came in can be
a donation. Each credit becomes a ``SourceRow`` (date, amount, currency, donor, the bank's
reference, remittance text as notes); debits, reversals, returned transfers, interest and
zero amounts go to ``skipped`` with the reason, so the treasurer sees that nothing was
lost. Amounts are kept as the file writes them, with ``.`` as the decimal separator and
never through a float: the pipeline parses them with the core's parsers.

Each format is every bank's own dialect of a standard. What was checked:

- OFX 1.x is SGML: aggregates are closed, leaves usually not (``<TRNAMT>12.50`` then the
  next tag); a tolerant tokenizer reads it. OFX 2.x is XML. Some banks write ``,`` as
  the decimal separator, or an unsigned ``TRNAMT`` with ``TRNTYPE`` DEBIT.
- CAMT.053 (``camt.053.001.02`` to ``.08`` and later): the debtor is
  ``RltdPties/Dbtr/Nm`` up to version 07 and ``RltdPties/Dbtr/Pty/Nm`` from 08; the
  status is ``Sts`` or ``Sts/Cd``; a batch entry has one ``TxDtls`` per payment, and
  they add up to the entry (else some are missing: its payments are bad rows). A
  transfer the bank took charges from books less than the donor gave: the instructed
  amount (``AmtDtls/InstdAmt``) or the charges the entry says it includes
  (``Chrgs/Rcrd/ChrgInclInd``, from version 04) give the gift and its fee. A
  return shows as ``TxDtls/RtrInf``, the bank transaction sub-family (``RRTN``: reversal
  due to a payment return) or a German proprietary code (``NTRF+159+``).
- MT940: ``:61:`` is value date, optional entry date, mark (C, D, RC, RD), optional
  funds code (German banks: the last letter of the currency), amount with a decimal
  comma, transaction type, references. ``:86:`` is free text (French and Moroccan banks
  name the sender after a "from": ``VIR SEPA RECU /DE name /MOTIF …``, ``VIREMENT RECU
  DE name``), German/Polish subfields
  (``?20``..``?29`` remittance with SEPA keywords such as ``SVWZ+``, ``?32``/``?33``
  name, GVC 159 a returned transfer) or Dutch ``/EREF/…/CNTP/…/REMI/…/RTRN/`` tags.
  Lines hold 65 characters and banks cut words there: a full line runs on into the next.

XML is parsed with defusedxml and any DTD is refused: no statement has one, and a file
with entities (billion laughs, external entities) must neither hang nor read local files.
"""

from __future__ import annotations

import codecs
import html
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_et
from defusedxml import DefusedXmlException

from treasurer.core.countries import country_code
from treasurer.core.errors import Message
from treasurer.core.importing import STATEMENT_FORMATS
from treasurer.importers.records import BadLine, ImportFileError, SourceRow, utf8_misread

#: The formats ``detect_statement`` names.
FORMATS = STATEMENT_FORMATS

_HEAD = 65536  # bytes looked at to tell the format
_MAX_DEPTH = 500  # OFX nesting; real statements have fewer than 10 levels
_CAMT_NS = "urn:iso:std:iso:20022:tech:xsd:camt.053."
_NOT_PROVIDED = "NOTPROVIDED"  # ISO 20022's placeholder for a missing EndToEndId

# ISO 20022 bank transaction sub-families of credits that give money back: a payment
# return (RRTN, cross-border XRTN, ACH ARET), an unpaid direct debit credited back
# (UPDD), a reversal after a cancellation request (RPCR).
_CAMT_RETURNS = frozenset({"RRTN", "XRTN", "ARET", "UPDD", "RPCR"})
# German business transaction codes (GVC) of credits that give money back: SEPA and
# instant transfer returns, direct debits returned and credited back.
_GVC_RETURNS = frozenset({"159", "160", "181", "184"})
_GVC_NOT_DONATIONS = {"805": "account settlement", "814": "interest"}
_GVC_METHODS = {"082": "cash", "070": "cheque", "170": "cheque"}
# SWIFT transaction types (:61:) of credits that are not donations.
_MT_TYPES_NOT_DONATIONS = {
    "RTI": "returned transfer",
    "INT": "interest",
    "DIV": "dividend",
    "CHG": "bank charges",
    "COM": "commission",
}
_OFX_TYPES_NOT_DONATIONS = {
    "DEBIT": "debit",
    "DIRECTDEBIT": "debit",
    "INT": "interest",
    "DIV": "dividend",
    "FEE": "bank fee",
    "SRVCHG": "bank service charge",
}
_OFX_METHODS = {"CHECK": "cheque", "CASH": "cash"}

_NUMBER = re.compile(r"([+-]?)([0-9]*)(?:[.,]([0-9]*))?")
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_OFX_DATE = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})")
_COUNTRY = re.compile(r"[A-Za-z]{2}")
_OFX_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9._]*)\s*>|<[!?][^>]*>")
_OFX_CP1252 = re.compile(r"^\s*CHARSET\s*:\s*(1252|ISO-?8859-1|8859-1)\s*$", re.I | re.M)

_MT_TAG = re.compile(r":([0-9]{2}[A-Z]?|NS):")
_MT_LINE = re.compile(
    r"(?P<value>[0-9]{6})(?P<entry>[0-9]{4})?(?P<mark>RC|RD|EC|ED|C|D)(?P<funds>[A-Z])?"
    r"(?P<amount>[0-9][0-9,.]*)(?P<type>[NFS][A-Z0-9]{3})(?P<refs>.*)"
)
#: A balance: credit or debit, date, currency, amount ("C240301EUR1234,56").
_MT_BALANCE = re.compile(r"([CD])[0-9]{6}([A-Z]{3})([0-9]+(?:,[0-9]*)?)?")
_MT_WIDTH = 65  # a SWIFT line; a full one was cut by the bank, not ended by the writer
_MT_SUBFIELD_WIDTH = 27  # a German ?2x subfield; a full one runs on into the next
_MT_STRUCTURED = re.compile(r"([0-9]{3})?([?~])[0-9]{2}")
_MT_SUBFIELDS = {s: re.compile(rf"\{s}([0-9]{{2}})([^\{s}]*)") for s in "?~"}
_SEPA_KEYS = "EREF|KREF|MREF|CRED|DEBT|COAM|OAMT|SVWZ|ABWA|ABWE|IBAN|BIC"
_SEPA_KEY = re.compile(rf"({_SEPA_KEYS})\+")
_SEPA_SPLIT = re.compile(rf"(?:^|\s)({_SEPA_KEYS})\+")
_SLASH_TAG = re.compile(
    r"/(EREF|PREF|MARF|CSID|CNTP|REMI|RTRN|NAME|ADDR|ORDP|BENM|IBAN|BIC|ISDT|PURP|TRTP"
    r"|ULTD|ULTC|ULTB|EXCH|CHGS|TRCD|IREF|CREF|OCMT|ACCW|BUSP|SVCL)/"
)


class Debit(NamedTuple):
    """Money the account paid to someone the statement names: not a donation, but it may
    give one back (a gift returned to its donor), which the import names."""

    entry: int
    day: str  # ISO
    amount: str  # as ``SourceRow`` amounts: positive, "." as the decimal separator
    currency: str
    name: str  # the counterparty, as a donor's name is read


@dataclass(frozen=True, slots=True)
class StatementResult:
    """What a statement holds for the ledger.

    Attributes:
        format: ``"ofx"``, ``"camt053"`` or ``"mt940"``.
        currency: the account's currency (the first account's), when the file says it.
        rows: one row per credit that may be a donation (a batch credit gives one per
            payment in it); ``line`` is the entry's number in the file, from 1. A
            ``BadLine`` is a payment that cannot be imported as it is (its entry's
            payments do not add up to the entry), with its fields all the same.
        skipped: (entry number, reason) for every entry that is not a donation.
        debits: those of the skipped entries that paid someone the statement names.
    """

    format: str
    currency: str | None
    rows: list[SourceRow | BadLine]
    skipped: list[tuple[int, str]]
    debits: list[Debit] = field(default_factory=list)


def detect_statement(path: Path, head: bytes) -> str | None:
    """The statement format that the first bytes of a file show, or ``None``.

    Args:
        path: the file; its name is not trusted (banks name files anything).
        head: the first bytes of the file (a few kilobytes are enough).
    """
    del path  # the content decides
    text = _sniff_text(head)
    if text.startswith("<"):
        root = re.search(r"<([A-Za-z_][\w.:-]*)", re.sub(r"<[?!][^>]*>", "", text[:4096]))
        if re.search(r"<\?OFX\s", text[:4096], re.IGNORECASE) or (
            root is not None and root.group(1).upper() == "OFX"
        ):
            return "ofx"
        if re.search(r"xsd:camt\.053\.|<(\w+:)?BkToCstmrStmt[\s>]", text):
            return "camt053"
        return None
    if re.match(r"OFXHEADER\s*:", text, re.IGNORECASE):
        return "ofx"
    if re.search(r"\{2:[IO]942|^:34F:", text, re.MULTILINE):
        return None  # MT942, an intraday report, not a statement
    if re.search(r"^:20:|\{4:\s*:20:", text, re.MULTILINE) and re.search(
        r"^:(25|28C?|60[FM]|61):", text, re.MULTILINE
    ):
        return "mt940"
    return None


def read_statement(path: Path, *, encoding: str | None = None) -> StatementResult:
    """Read a bank statement: rows for the credits, reasons for the rest.

    Args:
        path: the statement file (OFX/QFX, CAMT.053 XML or MT940).
        encoding: the text encoding, when the user knows it; otherwise UTF-8 (with or
            without a BOM), then Windows-1252, then Latin-1 for MT940 and OFX 1.x. XML
            states its own encoding.

    Raises:
        ImportFileError: the file cannot be read, is empty, is not a statement, is
            damaged, or has an entry without a usable amount or date (the reason names
            the entry).
    """
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(
            name,
            Message("the file cannot be read ({problem})", problem=exc.strerror or str(exc)),
        ) from exc
    if not data.removeprefix(codecs.BOM_UTF8).strip():
        raise ImportFileError(name, Message("the file is empty"))
    kind = detect_statement(path, data[:_HEAD])
    if kind is None:
        raise ImportFileError(
            name,
            Message("this is not a bank statement Treasurer can read (OFX/QFX, CAMT.053 or MT940)"),
        )
    reader = {"ofx": _read_ofx, "camt053": _read_camt, "mt940": _read_mt940}[kind]
    try:
        return reader(data, encoding)
    except _BadFileError as exc:
        raise ImportFileError(name, exc.reason) from None


# ---------------------------------------------------------------- shared


class _BadFileError(Exception):
    """Why the file cannot be imported; ``read_statement`` adds the path."""

    def __init__(self, reason: Message) -> None:
        super().__init__(str(reason))
        self.reason = reason


class _RefusedXmlError(_BadFileError):
    """XML with a DTD: never read any further, in any way."""


class _Fields:
    """The values of one row and where each came from; empty values are left out."""

    def __init__(self, base: _Fields | None = None) -> None:
        self.values: dict[str, str] = dict(base.values) if base else {}
        self.columns: dict[str, str] = dict(base.columns) if base else {}

    def put(self, name: str, value: str | None, column: str = "") -> None:
        text = _clean(value or "")
        if text and name not in self.values:
            self.values[name] = text
            if column:
                self.columns[name] = column

    def replace(self, name: str, value: str, column: str) -> None:
        self.values.pop(name, None)
        self.columns.pop(name, None)
        self.put(name, value, column)


class _Collector:
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.currency: str | None = None
        self.rows: list[SourceRow | BadLine] = []
        self.skipped: list[tuple[int, str]] = []
        self.debits: list[Debit] = []

    def add(self, number: int, fields: _Fields, *, free_text: str = "") -> None:
        """A credit's row, unless it is not a donor's gift (a payout, a deposit).

        Args:
            free_text: the column of the bank's free text that a donor's name would be
                in, when it is all the entry has: a row without a name is then a bad row
                that says so.
        """
        if "donor" in fields.values:
            fields.values["donor"] = _counterparty(fields.values["donor"])
        platform = _payout_from(fields.values.get("donor", ""))
        if platform is not None:
            # the platform paying out its donations: they come from its own export
            self.skip(number, f"payout from {platform} (import its own export instead)")
            return
        # the bank's words for the entry: who paid, else (no one named) its label
        label = fields.values.get("donor") or fields.values.get("notes", "")
        if _DEPOSIT.match(label):
            # the bank's line for cheques paid in together: no one donor's gift
            self.skip(number, "deposit of several cheques (import each from your register)")
            return
        if _CASH_DEPOSIT.match(label):
            self.skip(number, CASH_DEPOSIT)
            return
        if free_text and "donor" not in fields.values:
            reason = Message(
                "names who paid only in the bank's free text, where Treasurer cannot tell "
                "the name for sure: record this gift by hand ('treasurer add')"
            )
            self.rows.append(BadLine(number, reason, free_text, label, fields.values))
            return
        self.rows.append(SourceRow(number, fields.values, fields.columns))

    def skip(self, number: int, reason: str) -> None:
        self.skipped.append((number, reason))

    def debit(self, number: int, day: str, amount: str, currency: str, name: str) -> None:
        """A debit, left out; kept with its counterparty when the bank names one."""
        self.skip(number, "debit")
        name = _counterparty(_clean(name)) if name.strip() else ""
        if name and currency and not _is_zero(amount):
            self.debits.append(Debit(number, day, amount, currency.upper(), name))

    def result(self) -> StatementResult:
        return StatementResult(self.kind, self.currency, self.rows, self.skipped, self.debits)


#: Payment platforms that pay a party its donations out in one transfer: a credit from
#: one of them on a statement is a payout (its donations are in the platform's export),
#: never a donor.
_PLATFORMS = {
    "STRIPE": "Stripe",
    "PAYPAL": "PayPal",
    "HELLOASSO": "HelloAsso",
    "ACTBLUE": "ActBlue",
    "DONORBOX": "Donorbox",
    "SUMUP": "SumUp",
    "GOCARDLESS": "GoCardless",
    "ADYEN": "Adyen",
    "PAYPLUG": "PayPlug",
    "LEMONWAY": "Lemonway",
    "ZETTLE": "Zettle",
    "IZETTLE": "Zettle",
    "ULULE": "Ulule",
    "GOFUNDME": "GoFundMe",
    "TIPEEE": "Tipeee",
    "KISSKISSBANKBANK": "KissKissBankBank",
    "BRAINTREE": "Braintree",
    "WORLDPAY": "Worldpay",
    "WINRED": "WinRed",
}
_WORD = re.compile(r"[A-Za-z0-9]+")
#: A bank's line for cheques paid in together ("REMISE CHEQUES N 0001234 NB 3").
_DEPOSIT = re.compile(
    r"\s*(?:REMISE\s+(?:DE\s+)?CH[EÈ]QUES?|D[EÉ]P[OÔ]T\s+(?:DE\s+)?CH[EÈ]QUES?|"
    r"CHE(?:QUE|CK)S?\s+DEPOSIT|DEPOSITED\s+CHE(?:QUE|CK)S?|SCHECKEINREICHUNG)\b",
    re.IGNORECASE,
)

#: A bank's line for cash paid in ("VERSEMENT ESPECES", "DÉPÔT D'ESPÈCES", "CASH
#: DEPOSIT"): the party's own takings, whose gifts its cash register records one by one.
_CASH_DEPOSIT = re.compile(
    r"\s*(?:(?:VERSEMENT|VERST|D[EÉ]P[OÔ]T|REMISE)\s+(?:(?:EN|DE|D['’\s])\s*)?ESP(?:[EÈ]CES?)?\b"
    r"|CASH\s+DEPOSIT|DEPOSIT\s+OF\s+CASH|BAREINZAHLUNG)",
    re.IGNORECASE,
)
#: Why a deposit of cash is left out.
CASH_DEPOSIT = "deposit of cash (record each gift from your cash register)"


#: What banks write before the name of who paid ("VIR SEPA RECU DE: ", "VIREMENT DE ",
#: "GUTSCHRIFT ") and the titles before it ("MME ", "M OU MME ", "Herrn "): not the name.
#: The words that open it ("VIR", "GUTSCHRIFT"), those that may follow ("SEPA", "INST",
#: "RECU"), and the "from" that may end it, taken only before a colon, after a slash or
#: before a title ("VIR RECU DE: MME", "/DE M OU MME"): "VIR DE GAULLE CHARLES" is
#: Charles de Gaulle, "INST PASTEUR" an institute.
_BANK_PREFIX = re.compile(
    r"^(?:VIR(?:EMENT)?|VRT|SEPA|TRANSFER|GUTSCHRIFT|UEBERWEISUNG|ÜBERWEISUNG)\b"
    r"(?:[\s:./-]*(?:SEPA|INST(?:ANTANE)?|RECU|REÇU|EN\s+VOTRE\s+FAVEUR|CT)\b)*"
    r"(?:[\s./-]*(?:FROM\b|(?:DE|VON)\s*:|/\s*(?:DE|VON)\b(?=\s*\S)|(?:DE|VON)(?=\s+(?:"
    r"M|MME|MLLE|MR|MRS|MS|MONSIEUR|MADAME|HERRN?|HR(?=\.)|FRAU)\b)"
    # the bank's own "DE" in capitals before a name written in small letters: "VIR DE
    # Hélène Garçon" (a surname "DE GAULLE" is in capitals like the rest)
    r"|(?-i:(?:DE|VON)(?=\s+\S*[a-zß-ÿ]))))?[\s:./-]*",
    re.IGNORECASE,
)
#: A title before a name; not one of a couple ("M ET MME", "MR & MRS": both are named).
_TITLE = re.compile(
    r"^(?:M\.?\s+OU\s+MME|MR\.?\s+OR\s+MRS|(?:MONSIEUR|MADAME|MADEMOISELLE|MME|MLLE|MLE|MR|"
    r"MRS|MS|MISS|DR|HERRN?|HR(?=\.)|FRAU|M)(?!\.?\s+(?:ET|&|AND|UND|OR|OU)\s))\b\.?\s+",
    re.IGNORECASE,
)


def _counterparty(name: str) -> str:
    """A statement's counterparty as the donor's name: without the bank's words for the
    transfer before it ("VIR SEPA RECU DE: MME CLAIRE DUPONT" is CLAIRE DUPONT), nor a
    title; a name that is nothing else is kept as it is."""
    stripped = _TITLE.sub("", _BANK_PREFIX.sub("", name.strip()), count=1).strip()
    return stripped if any(c.isalpha() for c in stripped) else name


def _payout_from(name: str) -> str | None:
    """The payment platform a counterparty's name is ("VIR STRIPE TECHNOLOGY EUROPE
    LTD", "PAYPAL EUROPE S.A.R.L."), or None."""
    return next((_PLATFORMS[w] for w in _WORD.findall(name.upper()) if w in _PLATFORMS), None)


def _clean(text: str) -> str:
    """Trimmed, every run of white space (line breaks too) made one space."""
    return " ".join(text.split())


#: Which entry of a statement, for an error: made only when there is one.
_Where = Callable[[], Message]


def _amount(raw: str, where: _Where, *, signed: bool = False) -> tuple[bool, str]:
    """(negative, the amount as plain text with ``.``), from a statement's number."""
    match = _NUMBER.fullmatch(raw.strip())
    if match is None or not (match.group(2) or match.group(3)):
        raise _BadFileError(
            Message(
                "{where}: the amount {amount!r} is not a number", where=where(), amount=raw.strip()
            )
        )
    negative = match.group(1) == "-"
    if negative and not signed:
        raise _BadFileError(
            Message("{where}: the amount {amount!r} is negative", where=where(), amount=raw.strip())
        )
    whole, fraction = match.group(2) or "0", match.group(3) or ""
    return negative, f"{whole}.{fraction}" if fraction else whole


def _entry(number: int, reference: str) -> Message:
    """Entry ``number`` of a statement, with its bank's reference if it has one."""
    if reference:
        return Message("entry {number} ({reference})", number=number, reference=reference)
    return Message("entry {number}", number=number)


def _is_zero(amount: str) -> bool:
    return not amount.replace(".", "").strip("0")


def _date(raw: str, pattern: re.Pattern[str], error: Callable[[], Message]) -> str:
    """The ISO date of a statement's date (``YYYYMMDD…`` or ``YYYY-MM-DD…``); ``error``
    says why not."""
    match = pattern.match(raw)
    try:
        if match is None:
            raise ValueError
        return date(*(int(g) for g in match.groups())).isoformat()
    except ValueError:
        raise _BadFileError(error()) from None


def _decode(data: bytes, encoding: str | None, declared: str | None = None) -> str:
    """Text of a file: the given encoding, else UTF-8, the declared one, cp1252, Latin-1.

    UTF-8 goes before an OFX header's ``CHARSET:1252``: banks' templates keep that header
    over UTF-8 text, while Windows-1252 text with a non-ASCII letter is almost never
    valid UTF-8.
    """
    if encoding:
        try:
            misread = utf8_misread(data, encoding)
            if misread is not None:
                raise _BadFileError(misread)
            return data.decode(encoding).removeprefix("\ufeff")
        except LookupError:
            raise _BadFileError(
                Message("{encoding!r} is not a known text encoding", encoding=encoding)
            ) from None
        except UnicodeDecodeError as exc:
            raise _BadFileError(
                Message(
                    "the file is not {encoding} text (byte {byte})",
                    encoding=encoding,
                    byte=exc.start + 1,
                )
            ) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16")
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data[len(codecs.BOM_UTF8) :], "utf-8")
    for candidate in ("utf-8", declared or "utf-8", "cp1252"):
        try:
            return data.decode(candidate)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _sniff_text(head: bytes) -> str:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head.decode("utf-16", errors="ignore")
    else:
        text = head.removeprefix(codecs.BOM_UTF8).decode("latin-1")
    return text.lstrip("\ufeff \t\r\n")


def _parse_xml(data: bytes, encoding: str | None) -> Element:
    """The root element of an XML file; DTDs and entities are refused."""
    try:
        return safe_et.fromstring(_decode(data, encoding) if encoding else data, forbid_dtd=True)
    except DefusedXmlException:
        raise _RefusedXmlError(
            Message(
                "the XML declares a DTD or entities, which no bank statement does; "
                "it was refused for safety"
            )
        ) from None
    except ParseError as exc:
        line, column = exc.position
        raise _BadFileError(
            Message(
                "the XML is damaged or cut short (line {line}, column {column})",
                line=line,
                column=column + 1,
            )
        ) from None
    except (LookupError, ValueError) as exc:
        raise _BadFileError(
            Message("the XML cannot be read ({problem})", problem=str(exc))
        ) from None


# ---------------------------------------------------------------- OFX


@dataclass(slots=True)
class _Node:
    """An OFX element: a leaf has text, an aggregate has children."""

    name: str
    text: str = ""
    children: list[_Node] = field(default_factory=list)

    def get(self, path: str) -> str:
        """The text at ``A/B`` below this element, or ``""``."""
        node = self
        for part in path.split("/"):
            found = next((c for c in node.children if c.name == part), None)
            if found is None:
                return ""
            node = found
        return _clean(node.text)


def _read_ofx(data: bytes, encoding: str | None) -> StatementResult:
    if _sniff_text(data[:4096]).startswith("<?"):
        try:
            ofx = _node_from_element(_parse_xml(data, encoding))
        except _RefusedXmlError:
            raise
        except _BadFileError:
            # OFX 2 writers often leave "&" unescaped: read it as leniently as OFX 1.
            ofx = _ofx_root(_parse_sgml(_decode(data, encoding)))
    else:
        header = data.split(b"<", 1)[0].decode("latin-1")
        text = _decode(data, encoding, "cp1252" if _OFX_CP1252.search(header) else None)
        ofx = _ofx_root(_parse_sgml(text))
    if ofx.name != "OFX":
        raise _BadFileError(Message("the file has an OFX header but no <OFX> element"))
    out = _Collector("ofx")
    stack: list[tuple[_Node, str, str, bool]] = [(ofx, "", "", False)]
    corrected: dict[str, int] = {}  # FITID -> the transaction that corrects it
    number = 0
    while stack:  # depth first, in document order, knowing each statement's CURDEF
        node, curdef, column, card = stack.pop()
        if node.name in ("STMTRS", "CCSTMTRS") and node.get("CURDEF"):
            curdef, column = node.get("CURDEF"), f"{node.name}/CURDEF"
            out.currency = out.currency or curdef
        card = card or node.name == "CCSTMTRS"
        if node.name == "STMTTRN" and card:
            # a credit card's statement: its credits are the card's repayments and
            # merchants' refunds, never gifts (those reach a bank account)
            number += 1
            out.skip(number, "credit card account (repayments and refunds, not donations)")
        elif node.name == "STMTTRN":
            number += 1
            _ofx_entry(out, number, node, curdef, column)
            if node.get("CORRECTACTION").upper() in ("DELETE", "REPLACE"):
                corrected[node.get("CORRECTFITID")] = number
        else:
            stack.extend((child, curdef, column, card) for child in reversed(node.children))
    replaced = [
        r
        for r in out.rows
        if r.values.get("reference") in corrected
        and r.line != corrected[r.values["reference"]]  # not the replacement itself
    ]
    for row in replaced:
        # A correction of a transaction in the same file: the old one is gone, and so is
        # a deletion's reversal of it (a reversal of a transaction of an earlier file
        # stays: the refund of the donation imported from it)
        out.rows.remove(row)
        out.skip(row.line, f"corrected by transaction {corrected[row.values['reference']]}")
        for reversal in [
            r for r in out.rows if r.values.get("refund_of") == row.values["reference"]
        ]:
            out.rows.remove(reversal)
            target = row.values["reference"]
            out.skip(reversal.line, f"reversal (deletes transaction {target}, in this file)")
    out.skipped.sort()
    return out.result()


def _ofx_entry(out: _Collector, number: int, trn: _Node, curdef: str, ccy_column: str) -> None:
    fitid = trn.get("FITID")

    def where() -> Message:
        if fitid:
            return Message("transaction {number} (FITID {fitid})", number=number, fitid=fitid)
        return Message("transaction {number}", number=number)

    if not trn.get("TRNAMT"):
        raise _BadFileError(Message("{where}: no amount (TRNAMT)", where=where()))
    negative, amount = _amount(trn.get("TRNAMT"), where, signed=True)
    tag = next((t for t in ("DTPOSTED", "DTAVAIL", "DTUSER") if trn.get(t)), "")
    if not tag:
        raise _BadFileError(Message("{where}: no date (DTPOSTED)", where=where()))
    day = _date(
        trn.get(tag),
        _OFX_DATE,
        lambda: Message(
            "{where}: {tag} {value!r} is not a date", where=where(), tag=tag, value=trn.get(tag)
        ),
    )
    trntype = trn.get("TRNTYPE").upper()
    if trn.get("CORRECTACTION").upper() == "DELETE":
        _ofx_reversal(out, number, trn, day=day, amount=amount, curdef=curdef)
    elif negative:
        out.debit(number, day, amount, trn.get("CURRENCY/CURSYM") or curdef, trn.get("NAME"))
    elif trntype in _OFX_TYPES_NOT_DONATIONS:
        out.skip(number, f"{_OFX_TYPES_NOT_DONATIONS[trntype]} (TRNTYPE {trntype})")
    elif _is_zero(amount):
        out.skip(number, "zero amount")
    else:
        fields = _Fields()
        fields.put("date", day, "STMTTRN/" + tag)
        fields.put("amount", amount, "STMTTRN/TRNAMT")
        fields.put("currency", trn.get("CURRENCY/CURSYM"), "STMTTRN/CURRENCY/CURSYM")
        fields.put("currency", curdef, ccy_column)
        label = ""
        if trn.get("NAME") and _is_label(trn.get("NAME")):
            # a French bank's label in the payee's place ("VIR RECU 5170284711 DE: M. JEAN
            # DUPONT", its end in the memo): the name in it, as in an MT940's free text
            label = _clean(f"{trn.get('NAME')} {trn.get('MEMO')}")
            fields.put("donor", _mt940_free_name(label), "STMTTRN/NAME")
        else:
            fields.put("donor", trn.get("NAME"), "STMTTRN/NAME")
        fields.put("donor", trn.get("PAYEE/NAME"), "STMTTRN/PAYEE/NAME")
        address = ", ".join(a for a in (trn.get(f"PAYEE/ADDR{i}") for i in (1, 2, 3)) if a)
        fields.put("address", address, "STMTTRN/PAYEE/ADDR1")
        fields.put("postcode", trn.get("PAYEE/POSTALCODE"), "STMTTRN/PAYEE/POSTALCODE")
        fields.put("city", trn.get("PAYEE/CITY"), "STMTTRN/PAYEE/CITY")
        # OFX writes ISO 3166 alpha-3 ("FRA"), the ledger alpha-2
        country = country_code(trn.get("PAYEE/COUNTRY"))
        if country is not None:
            fields.put("country", country, "STMTTRN/PAYEE/COUNTRY")
        replaced = trn.get("CORRECTFITID")
        if trn.get("CORRECTACTION").upper() == "REPLACE" and replaced:
            # it is the transaction it replaces, corrected: under that one's FITID, so that
            # the one imported from an earlier statement is this one (the same, or a clash
            # to correct by hand), never counted beside it
            fields.put("reference", replaced, "STMTTRN/CORRECTFITID")
            fields.put("notes", f"corrects transaction {replaced}", "STMTTRN/CORRECTACTION")
        fields.put("reference", fitid, "STMTTRN/FITID")
        fields.put("method", _OFX_METHODS.get(trntype, "transfer"))
        fields.put("notes", label, "STMTTRN/NAME")  # the bank's whole label, if it is one
        fields.put("notes", trn.get("MEMO"), "STMTTRN/MEMO")
        out.add(number, fields, free_text="STMTTRN/NAME" if label else "")


def _ofx_reversal(
    out: _Collector, number: int, trn: _Node, *, day: str, amount: str, curdef: str
) -> None:
    """A deletion of an earlier transaction: the refund of the donation it was (by its
    FITID), so that the money the bank took back leaves the donor's total."""
    target = trn.get("CORRECTFITID")
    if not target:
        out.skip(number, "reversal (of no transaction it names)")
        return
    if _is_zero(amount):
        out.skip(
            number,
            f"reversal (deletes transaction {target} without its amount: if it was imported, "
            "record its refund with 'treasurer refund')",
        )
        return
    fields = _Fields()
    fields.put("date", day, "STMTTRN/DTPOSTED")
    fields.put("amount", amount, "STMTTRN/TRNAMT")
    fields.put("currency", trn.get("CURRENCY/CURSYM") or curdef, "STMTTRN/CURRENCY/CURSYM")
    fields.put("entry_type", "refund")
    fields.put("refund_of", target, "STMTTRN/CORRECTFITID")
    fields.put("reference", trn.get("FITID") or f"{target}/reversal", "STMTTRN/FITID")
    # no donor: the FITID names the gift, and with it its donor (a deletion's NAME may be
    # the bank's word for it, "STORNO")
    fields.put("method", "transfer")
    fields.put("notes", f"bank reversal of transaction {target}", "STMTTRN/CORRECTACTION")
    out.add(number, fields)


def _ofx_root(root: _Node) -> _Node:
    return next((c for c in root.children if c.name == "OFX"), root)


def _parse_sgml(text: str) -> _Node:
    """The elements of OFX 1.x SGML (or of sloppy XML): leaves need no end tag.

    An element followed by text is a leaf. One followed by a tag is taken for an
    aggregate until the end tag of an ancestor shows that it never had one: it was an
    empty leaf, and what followed it goes back to its parent.
    """
    root = _Node("")
    stack = [root]
    open_names: dict[str, int] = {}
    last: _Node | None = None  # the element opened by the previous tag
    ofx_closed = False
    position = 0

    def pop(*, empty_leaf: bool) -> _Node:
        node = stack.pop()
        open_names[node.name] -= 1
        if empty_leaf:
            stack[-1].children.extend(node.children)
            node.children = []
        return node

    for match in _OFX_TAG.finditer(text):
        between, position = text[position : match.start()], match.end()
        if last is not None and between.strip():
            last.text = html.unescape(between).strip()
            pop(empty_leaf=False)
        last = None
        if match.group(2) is None:
            continue  # a comment or processing instruction
        name = match.group(2).upper()
        if match.group(1):  # an end tag; a leaf's, or a stray one, closes nothing
            if open_names.get(name, 0) > 0:
                while stack[-1].name != name:
                    pop(empty_leaf=True)
                pop(empty_leaf=False)
                ofx_closed = ofx_closed or name == "OFX"
            continue
        last = _Node(name)
        stack[-1].children.append(last)
        stack.append(last)
        open_names[name] = open_names.get(name, 0) + 1
        if len(stack) > _MAX_DEPTH:
            raise _BadFileError(
                Message("the OFX elements are nested too deeply: the file is damaged")
            )
    if not ofx_closed:
        raise _BadFileError(Message("the OFX file ends before </OFX>: it is cut short or damaged"))
    while len(stack) > 1:
        pop(empty_leaf=True)
    return root


def _node_from_element(element: Element) -> _Node:
    root = _Node(element.tag.rpartition("}")[2].upper())
    stack = [(element, root)]
    while stack:
        parent, node = stack.pop()
        node.text = "" if len(parent) else parent.text or ""
        for kid in parent:
            child = _Node(kid.tag.rpartition("}")[2].upper())
            node.children.append(child)
            stack.append((kid, child))
    return root


# ---------------------------------------------------------------- CAMT.053


def _find(element: Element | None, path: str) -> Element | None:
    return None if element is None else element.find(path)


def _text(element: Element | None, path: str) -> str:
    found = _find(element, path)
    return "" if found is None else _clean(found.text or "")


def _all_text(element: Element | None, path: str) -> str:
    return "" if element is None else " ".join(e.text or "" for e in element.findall(path))


def _read_camt(data: bytes, encoding: str | None) -> StatementResult:
    document = _camt_document(_parse_xml(data, encoding))
    out = _Collector("camt053")
    number = 0
    for statement in document.findall("BkToCstmrStmt/Stmt"):
        balance = _find(statement, "Bal/Amt")
        currency = _text(statement, "Acct/Ccy") or (
            "" if balance is None else _clean(balance.get("Ccy", ""))
        )
        out.currency = out.currency or currency or None
        for entry in statement.findall("Ntry"):
            number += 1
            _camt_entry(out, number, entry, currency)
    return out.result()


def _camt_document(root: Element) -> Element:
    for element in root.iter():
        namespace, _, local = element.tag.rpartition("}")
        if local == "Document" and (
            namespace.lstrip("{").startswith(_CAMT_NS)
            or (not namespace and element.find("BkToCstmrStmt") is not None)
        ):
            for child in element.iter():  # camt.053.001.02 to .13 differ only in namespace
                child.tag = child.tag.rpartition("}")[2]
            if element.find("BkToCstmrStmt") is None:
                raise _BadFileError(
                    Message("the CAMT.053 document has no statement (BkToCstmrStmt)")
                )
            return element
    namespace, _, local = root.tag.rpartition("}")
    found = re.search(r"[a-z]{4}\.[0-9]{3}\.[0-9]{3}\.[0-9]{2}", namespace)
    if found and not found.group(0).startswith("camt.053."):
        raise _BadFileError(
            Message("the XML is a {kind} message, not a CAMT.053 statement", kind=found.group(0))
        )
    raise _BadFileError(
        Message("the XML root element is <{root}>, not a CAMT.053 <Document>", root=local)
    )


def _camt_entry(out: _Collector, number: int, entry: Element, account_ccy: str) -> None:
    own_ref = _text(entry, "AcctSvcrRef") or _text(entry, "NtryRef")

    def where() -> Message:
        return _entry(number, own_ref)

    amount_el = _find(entry, "Amt")
    if amount_el is None or not _clean(amount_el.text or ""):
        raise _BadFileError(Message("{where}: no amount (Amt)", where=where()))
    amount = _amount(amount_el.text or "", where)[1]
    dates = ("BookgDt/Dt", "BookgDt/DtTm", "ValDt/Dt", "ValDt/DtTm")
    path = next((p for p in dates if _text(entry, p)), "")
    if not path:
        raise _BadFileError(Message("{where}: no date (BookgDt or ValDt)", where=where()))
    day = _date(
        _text(entry, path),
        _ISO_DATE,
        lambda: Message(
            "{where}: {tag} {value!r} is not a date",
            where=where(),
            tag=path,
            value=_text(entry, path),
        ),
    )
    indicator = _text(entry, "CdtDbtInd").upper()
    status = (_text(entry, "Sts/Cd") or _text(entry, "Sts")).upper()
    if indicator not in ("CRDT", "DBIT"):
        raise _BadFileError(
            Message(
                "{where}: CdtDbtInd is {indicator!r}, neither CRDT nor DBIT",
                where=where(),
                indicator=indicator,
            )
        )
    if indicator == "DBIT":
        tx = _find(entry, "NtryDtls/TxDtls")
        creditor = _text(tx, "RltdPties/Cdtr/Nm") or _text(tx, "RltdPties/Cdtr/Pty/Nm")
        currency = _clean(amount_el.get("Ccy", "")) or account_ccy
        out.debit(number, day, amount, currency, creditor)
    elif _text(entry, "RvslInd").lower() in ("true", "1"):
        out.skip(number, "reversal")
    elif status and status != "BOOK":
        out.skip(number, f"not booked (status {status})")
    elif _camt_return(entry):
        out.skip(number, f"returned transfer ({_camt_return(entry)})")
    elif _is_zero(amount):
        out.skip(number, "zero amount")
    else:
        base = _Fields()
        base.put("date", day, path)
        base.put("amount", amount, "Amt")
        base.put("currency", _clean(amount_el.get("Ccy", "")) or account_ccy, "Amt/@Ccy")
        base.put("method", _camt_method(entry))
        _camt_payments(out, number, entry, base, where)


def _camt_payments(
    out: _Collector, number: int, entry: Element, base: _Fields, where: _Where
) -> None:
    """The rows of an entry's payments (one, or each of a batch), or, when those do not
    add up to the entry, each of them as a bad row."""
    details: list[Element | None] = [*entry.findall("NtryDtls/TxDtls")] or [None]
    batch = len(details) > 1
    # a reference the sender gave every payment of a batch (a direct debit run's
    # EndToEndId) tells none apart: not theirs
    seen = Counter(_text(tx, path) for tx in details for path in ("Refs/EndToEndId", "Refs/TxId"))
    shared = frozenset(ref for ref, count in seen.items() if ref and count > 1)
    payments: list[_Fields] = []
    for k, tx in enumerate(details, 1):
        label = f"transaction {k}: " if batch else ""
        if _text(tx, "CdtDbtInd").upper() == "DBIT":
            out.skip(number, f"{label}debit")
        elif tx is not None and _camt_return(tx):
            out.skip(number, f"{label}returned transfer ({_camt_return(tx)})")
        else:
            fields = _camt_payment(base, entry, tx, k if batch else 0, where, shared=shared)
            if _is_zero(fields.values["amount"]):
                out.skip(number, f"{label}zero amount")
            else:
                payments.append(fields)
    total = _camt_unmatched(
        base.values["amount"], base.values["currency"], details, where, batch=batch
    )
    for fields in payments:
        if total is None and "donor" not in fields.values and _camt_cash_deposit(entry):
            out.skip(number, CASH_DEPOSIT)  # no one named: the party paid its takings in
        elif total is None:
            out.add(number, fields)
        else:
            # payments the statement leaves out would be lost without a word: the
            # entry is the treasurer's to record, all its payments together
            out.rows.append(
                BadLine(
                    number,
                    Message(
                        "is the entry's amount, but the payments the statement details for "
                        "it add up to {total}: some are missing; record the entry's gifts "
                        "by hand ('treasurer add') from the bank's advice of it",
                        total=total,
                    ),
                    "Amt",
                    base.values["amount"],
                    fields.values,
                )
            )


def _camt_unmatched(
    amount: str, currency: str, details: list[Element | None], where: _Where, *, batch: bool
) -> str | None:
    """What the payments of an entry add up to (with the currency) when it is not the
    entry's amount, or None. Credits, less the debits, may make the entry; a single
    payment of more than the entry is its gross amount (the bank took charges), and
    payments in another currency cannot be added up: None."""
    credits, debits = Decimal(0), Decimal(0)
    for tx in details:
        try:
            own = _camt_own_amount(tx, where)
        except _BadFileError:
            return None  # a debit's, left out: a credit's was refused already
        if own is None:
            return None  # no details, or a payment without an amount (refused, unless a debit)
        value, ccy, _path = own
        if (ccy or currency) != currency:
            return None
        if _text(tx, "CdtDbtInd").upper() == "DBIT":
            debits += Decimal(value)
        else:
            credits += Decimal(value)
    expected = Decimal(amount)
    if expected in (credits, credits - debits) or (not batch and credits > expected):
        return None
    return f"{credits} {currency}" if currency else str(credits)


def _camt_own_amount(tx: Element | None, where: _Where) -> tuple[str, str, str] | None:
    """A payment's own amount: (amount, its currency or "", where it is), or None."""
    for path in ("Amt", "AmtDtls/TxAmt/Amt"):
        element = _find(tx, path)
        if element is not None and _clean(element.text or ""):
            return _amount(element.text or "", where)[1], _clean(element.get("Ccy", "")), path
    return None


def _camt_payment(
    base: _Fields,
    entry: Element,
    tx: Element | None,
    k: int,
    entry_where: _Where,
    *,
    shared: frozenset[str] = frozenset(),
) -> _Fields:
    """The row of payment ``k`` of a batch entry, or (``k`` 0) of a single entry; a
    reference in ``shared`` is given to several payments of the entry and is none's."""
    fields = _Fields(base)
    # a batch's payments are told apart by their number, in their columns too (a bad
    # row's column then says which payment of the entry it is)
    prefix = f"NtryDtls/TxDtls[{k}]/" if k else "NtryDtls/TxDtls/"
    if k:  # a batch: each payment has its own amount; the entry's is their total
        fields.values.pop("amount")

    def where() -> Message:
        if k:
            return Message("{where}, transaction {number}", where=entry_where(), number=k)
        return entry_where()

    paid = _camt_own_amount(tx, where)
    if paid is not None:
        value, currency, path = paid
        currency = currency or base.values.get("currency", "")
        if k or currency == base.values.get("currency"):  # else keep what the account got
            fields.replace("amount", value, prefix + path)
            fields.replace("currency", currency, prefix + path + "/@Ccy")
    if "amount" in fields.values:
        _camt_gross(fields, [(tx, prefix)] if k else [(tx, prefix), (entry, "")], where)
    if "amount" not in fields.values:
        raise _BadFileError(
            Message("{where}: a payment in a batch entry has no amount of its own", where=where())
        )

    end_to_end = _text(tx, "Refs/EndToEndId")
    references = [
        (_text(tx, "Refs/AcctSvcrRef"), prefix + "Refs/AcctSvcrRef"),
        ("" if end_to_end.upper() == _NOT_PROVIDED else end_to_end, prefix + "Refs/EndToEndId"),
        (_text(tx, "Refs/TxId"), prefix + "Refs/TxId"),
    ]
    own = [(_text(entry, path), path) for path in ("AcctSvcrRef", "NtryRef")]
    if k:  # the entry's reference is shared by its payments: number them
        references += [(f"{ref}/{k}" if ref else "", path) for ref, path in own]
    else:
        references = [own[0], *references, own[1]]
    for reference, column in references:
        if reference not in shared:
            fields.put("reference", reference, column)

    _camt_debtor(fields, tx, prefix)

    fields.put("notes", _all_text(tx, "RmtInf/Ustrd"), prefix + "RmtInf/Ustrd")
    fields.put("notes", _all_text(tx, "RmtInf/Strd/CdtrRefInf/Ref"), prefix + "RmtInf/Strd")
    fields.put("notes", _text(tx, "AddtlTxInf"), prefix + "AddtlTxInf")
    if not k:
        fields.put("notes", _text(entry, "AddtlNtryInf"), "AddtlNtryInf")
    ultimate = _text(tx, "RltdPties/UltmtDbtr/Nm") or _text(tx, "RltdPties/UltmtDbtr/Pty/Nm")
    if ultimate and ultimate != fields.values.get("donor"):
        # Paid for someone else: the treasurer must see who gave.
        column = fields.columns.get("notes", prefix + "RltdPties/UltmtDbtr")
        notes = fields.values.get("notes", "")
        fields.replace("notes", f"{notes} (ultimate debtor: {ultimate})", column)
    return fields


def _camt_gross(fields: _Fields, levels: list[tuple[Element | None, str]], where: _Where) -> None:
    """A payment the bank took its charges from: the donor gave more than the account
    got. The gift is the amount the donor instructed (``AmtDtls/InstdAmt``), else the
    amount booked and the charges the bank says it includes (``Chrgs/Rcrd`` with
    ``ChrgInclInd`` true, version 04 and later); the difference is the gift's fee. Only
    in the currency booked: an amount in another one is converted, not charged. A
    version 02 ``Chrgs`` (``Chrgs/Amt``) does not say whether the bank took it from the
    amount or booked it apart: alone, it changes nothing.

    Args:
        levels: the payment's details, then (for an entry of one payment) the entry,
            each with the path before its columns.
    """
    currency = fields.values.get("currency", "")
    booked = Decimal(fields.values["amount"])
    for element, prefix in levels:
        instructed = _find(element, "AmtDtls/InstdAmt/Amt")
        if instructed is None or not _clean(instructed.text or ""):
            continue
        if _clean(instructed.get("Ccy", "")) in ("", currency):
            gross = _amount(instructed.text or "", where)[1]
            if Decimal(gross) > booked:
                path = prefix + "AmtDtls/InstdAmt/Amt"
                fields.replace("amount", gross, path)
                fields.put("fee", str(Decimal(gross) - booked), path)
        return  # the instructed amount says what was given, whatever the charges
    for element, prefix in levels:
        records = [] if element is None else element.findall("Chrgs/Rcrd")
        included = [
            charge
            for r in records
            if _text(r, "ChrgInclInd").lower() in ("true", "1")
            and _text(r, "CdtDbtInd").upper() != "CRDT"  # a charge the bank gave back
            and (charge := _find(r, "Amt")) is not None
            and _clean(charge.text or "")
        ]
        if not included:
            continue
        if any(_clean(c.get("Ccy", "")) not in ("", currency) for c in included):
            return
        charges = sum((Decimal(_amount(c.text or "", where)[1]) for c in included), Decimal(0))
        if charges:
            path = prefix + "Chrgs/Rcrd/Amt"
            fields.replace("amount", str(booked + charges), path)
            fields.put("fee", str(charges), path)
        return


def _camt_debtor(fields: _Fields, tx: Element | None, prefix: str) -> None:
    """Who paid: the debtor's name, kind, address and country."""
    party = prefix + "RltdPties/Dbtr/"
    debtor = _find(tx, "RltdPties/Dbtr")
    if _find(debtor, "Pty") is not None:  # version 08 and later
        debtor, party = _find(debtor, "Pty"), party + "Pty/"
    fields.put("donor", _text(debtor, "Nm"), party + "Nm")
    if _find(debtor, "Id/OrgId") is not None:  # identified as an organisation (SIRET, LEI…)
        fields.put("kind", "company", party + "Id/OrgId")
    elif _find(debtor, "Id/PrvtId") is not None:  # a person, whatever the name looks like
        fields.put("kind", "individual", party + "Id/PrvtId")
    address = _find(debtor, "PstlAdr")
    street = f"{_text(address, 'StrtNm')} {_text(address, 'BldgNb')}"
    fields.put("address", street, party + "PstlAdr/StrtNm")
    lines = [] if address is None else address.findall("AdrLine")
    fields.put("address", ", ".join(_clean(a.text or "") for a in lines), party + "PstlAdr/AdrLine")
    fields.put("postcode", _text(address, "PstCd"), party + "PstlAdr/PstCd")
    fields.put("city", _text(address, "TwnNm"), party + "PstlAdr/TwnNm")
    if _COUNTRY.fullmatch(_text(address, "Ctry")):
        fields.put("country", _text(address, "Ctry"), party + "PstlAdr/Ctry")


def _camt_return(element: Element) -> str:
    """Why an entry or payment is money coming back, or ``""``."""
    if _find(element, "RtrInf") is not None:
        reason = _text(element, "RtrInf/Rsn/Cd")
        return "return information" + (f" {reason}" if reason else "")
    domain = _find(element, "BkTxCd/Domn")
    sub = _text(domain, "Fmly/SubFmlyCd").upper()
    if sub in _CAMT_RETURNS:
        return f"bank transaction code {_text(domain, 'Cd')}/{_text(domain, 'Fmly/Cd')}/{sub}"
    code = re.search(r"\+([0-9]{3})(?:\+|$)", _text(element, "BkTxCd/Prtry/Cd"))
    if code and code.group(1) in _GVC_RETURNS:
        return f"transaction code {code.group(1)}"
    return ""


def _camt_cash_deposit(entry: Element) -> bool:
    """Whether the bank's code says cash paid in at the counter (CNTR/CDPT)."""
    family = _text(entry, "BkTxCd/Domn/Fmly/Cd").upper()
    return family == "CNTR" and _text(entry, "BkTxCd/Domn/Fmly/SubFmlyCd").upper() == "CDPT"


def _camt_method(entry: Element) -> str:
    family = _text(entry, "BkTxCd/Domn/Fmly/Cd").upper()
    sub = _text(entry, "BkTxCd/Domn/Fmly/SubFmlyCd").upper()
    if family == "RCHQ":
        return "cheque"
    if family == "CNTR" and sub in ("CDPT", "BCDP"):
        return "cash"
    return "transfer"


# ---------------------------------------------------------------- MT940


@dataclass(slots=True)
class _Details:
    """What an :86: field says of a payment."""

    donor: tuple[str, str] = ("", "")  # (text, where it came from), as below
    address: tuple[str, str] = ("", "")
    notes: tuple[str, str] = ("", "")
    end_to_end: tuple[str, str] = ("", "")
    returned: str = ""
    gvc: str = ""
    free: bool = False  # free text, no subfields or tags


def _read_mt940(data: bytes, encoding: str | None) -> StatementResult:
    statements: list[list[tuple[str, list[str]]]] = []  # (tag, lines) per statement
    current: list[tuple[str, list[str]]] | None = None
    for raw in _decode(data, encoding).splitlines():
        line = raw
        if raw.startswith("{"):  # SWIFT header blocks, then the text block {4:
            if "{4:" not in raw:
                continue
            line = raw[raw.find("{4:") + 3 :]
        if line.strip() == "-" or line.startswith("-}"):
            current = None  # the end of a message
        elif match := _MT_TAG.match(line):
            if current is None or match.group(1) == "20":
                current = []
                statements.append(current)
            current.append((match.group(1), [line[match.end() :]]))
        elif current:
            current[-1][1].append(line)

    out = _Collector("mt940")
    number = 0
    for which, fields in enumerate(statements, 1):
        currency = ("", "")
        balance = next((f for f in fields if f[0] in ("60F", "60M", "62F", "62M", "64")), None)
        if balance is not None:
            match = _MT_BALANCE.match(balance[1][0].strip())
            if match is None:
                raise _BadFileError(
                    Message(
                        "the balance :{tag}:{value} is unreadable",
                        tag=balance[0],
                        value=balance[1][0],
                    )
                )
            currency = (match.group(2), f":{balance[0]}:")
            out.currency = out.currency or currency[0]
        for (tag, lines), (next_tag, next_lines) in itertools.pairwise([*fields, ("", [""])]):
            if tag == "61":
                number += 1
                info = next_lines if next_tag == "86" else [""]
                _mt940_entry(out, number, lines[0], _mt940_details(info), currency)
        _mt940_balances(fields, which if len(statements) > 1 else 0)
    return out.result()


def _mt940_balances(fields: list[tuple[str, list[str]]], which: int) -> None:
    """A statement with an opening balance must close (a file cut short has no :62F:), and
    its entries must take the opening balance to the closing one (none lost or garbled).

    Raises:
        _BadFileError: either is not so.
    """
    tags: dict[str, list[str]] = {}
    for tag, lines in fields:
        tags.setdefault(tag, lines)  # the first of each tag
    opening = next((tags[t] for t in ("60F", "60M") if t in tags), None)
    closing = next((tags[t] for t in ("62F", "62M") if t in tags), None)
    if opening is None:
        return  # no balances at all (an excerpt some banks give): nothing to check
    name = Message("statement {number}", number=which) if which else Message("the statement")
    reference = tags.get("20", [""])[0].strip()
    if reference:
        name = Message("{name} ({reference})", name=name, reference=reference)
    if closing is None:
        raise _BadFileError(
            Message(
                "{name} has an opening balance but no closing one (:62F:): the file may be cut "
                "short; export it again",
                name=name,
            )
        )
    total = _mt940_balance(opening[0])
    for tag, lines in fields:
        if tag == "61" and (match := _MT_LINE.match(lines[0].strip())):
            amount = Decimal(match.group("amount").replace(",", "."))
            total += amount if match.group("mark") in ("C", "RD", "EC") else -amount
    expected = _mt940_balance(closing[0])
    if None not in (total, expected) and total != expected:
        raise _BadFileError(
            Message(
                "{name}: its entries take the opening balance to {total}, but its closing "
                "balance is {expected}: entries are missing or damaged; export it again",
                name=name,
                total=f"{total:.2f}",
                expected=f"{expected:.2f}",
            )
        )


def _mt940_balance(text: str) -> Decimal:
    """The signed amount of a balance line ("C240301EUR1234,56")."""
    match = _MT_BALANCE.match(text.strip())
    if match is None or match.group(3) is None:
        raise _BadFileError(Message("the balance {value!r} is unreadable", value=text))
    amount = Decimal(match.group(3).replace(",", ".") or "0")
    return -amount if match.group(1) == "D" else amount


def _mt940_entry(
    out: _Collector, number: int, line61: str, details: _Details, currency: tuple[str, str]
) -> None:
    first = line61.strip()  # the next lines (supplementary details) say nothing we need
    match = _MT_LINE.fullmatch(first)
    if match is None:
        raise _BadFileError(
            Message(
                "entry {number}: :61:{line} is not a statement line "
                "(value date, C/D mark, amount, transaction type, reference)",
                number=number,
                line=first,
            )
        )
    own_ref, _, bank_ref = (p.strip() for p in match.group("refs").partition("//"))
    shown = bank_ref or ("" if own_ref.upper() == "NONREF" else own_ref)

    def where() -> Message:
        return _entry(number, shown)

    value, booked = match.group("value"), match.group("entry")
    century = "20" if int(value[:2]) < 80 else "19"
    day = _date(
        century + value,
        _OFX_DATE,
        lambda: Message(
            "{where}: the value date {value} is not a date", where=where(), value=value
        ),
    )
    if booked:  # the entry date has no year: the value date's, or the next or last one
        year = int(day[:4]) + {("12", "01"): -1, ("01", "12"): 1}.get((booked[:2], day[5:7]), 0)
        day = _date(
            f"{year}{booked}",
            _OFX_DATE,
            lambda: Message(
                "{where}: the entry date {value} is not a date", where=where(), value=booked
            ),
        )
    amount = _amount(match.group("amount"), where)[1]
    mark, kind = match.group("mark"), match.group("type")[1:]
    if mark == "D":
        out.skip(number, "debit")
    elif mark in ("RC", "RD"):
        out.skip(number, f"reversal ({mark})")
    elif mark in ("EC", "ED"):
        out.skip(number, "expected, not booked")
    elif details.returned:
        out.skip(number, f"returned transfer ({details.returned})")
    elif kind in _MT_TYPES_NOT_DONATIONS:
        out.skip(number, f"{_MT_TYPES_NOT_DONATIONS[kind]} (transaction type {kind})")
    elif details.gvc in _GVC_NOT_DONATIONS:
        out.skip(number, f"{_GVC_NOT_DONATIONS[details.gvc]} (code {details.gvc})")
    elif _is_zero(amount):
        out.skip(number, "zero amount")
    else:
        fields = _Fields()
        fields.put("date", day, ":61:")
        fields.put("amount", amount, ":61:")
        fields.put("currency", *currency)
        fields.put("donor", *details.donor)
        fields.put("address", *details.address)
        fields.put("reference", bank_ref, ":61:")
        fields.put("reference", "" if own_ref.upper() == "NONREF" else own_ref, ":61:")
        if details.end_to_end[0].upper() != _NOT_PROVIDED:
            fields.put("reference", *details.end_to_end)
        method = "cheque" if kind == "CHK" else _GVC_METHODS.get(details.gvc, "transfer")
        fields.put("method", method)
        fields.put("notes", *details.notes)
        out.add(number, fields, free_text=":86:" if details.free else "")


def _mt940_details(lines: list[str]) -> _Details:
    joined = "".join(lines).strip()
    if _MT_STRUCTURED.match(joined):
        return _mt940_subfields(joined)
    text = lines[0]
    for previous, line in itertools.pairwise(lines):
        text += line if len(previous) >= _MT_WIDTH else " " + line
    if _SLASH_TAG.match(text.lstrip()):
        return _mt940_slash_tags(text.strip())
    text = _clean(text)
    return _Details(donor=(_mt940_free_name(text), ":86:"), notes=(text, ":86:"), free=bool(text))


#: A transfer received whose free :86: text (French and Moroccan banks) names who sent
#: it after a "from": "VIR SEPA RECU /DE M. JEAN DUPONT /MOTIF DON /REF X" (BNP
#: Paribas), "VIR RECU 1234567 DE: JEAN DUPONT MOTIF: DON" (Société Générale), "VIREMENT
#: RECU DE MOHAMED ALAMI", "VIR. INSTANTANE RECU DE …" (Moroccan banks), "VIREMENT DE MME
#: CLAIRE MARTIN", "TRANSFER FROM …". A bare "DE" counts only after "RECU" or "EN VOTRE
#: FAVEUR", or before a title: "VIR DE GAULLE CHARLES" is Charles de Gaulle.
_MT_FREE_FROM = re.compile(
    r"(?:VIR(?:EMENT)?\.?|VRT|TRANSFER|CREDIT\s+TRANSFER)(?![^\W\d_])"
    r"(?P<words>(?:[\s.]*(?:SEPA|INST(?:ANTANE)?|RECU|REÇU|RE|CPTE\s+A\s+CPTE|EN\s+VOTRE\s+FAVEUR"
    r"|[0-9]+)\b)*)"
    r"[\s.]*(?:(?P<marked>/\s*(?:DE|FROM)\b\s*:?|(?:DE|FROM)\s*:|FROM\b)|(?P<bare>DE\b))"
    r"\s*(?P<rest>.*)",
    re.IGNORECASE,
)
#: Where the name ends: the next "/" field, or a keyword of what follows it (the
#: bank's "MOTIF", "REF"; the sender's "POUR LA CAMPAGNE", "DON 2025").
_MT_FREE_END = re.compile(
    r"/|\b(?:MOTIF|REF|REFERENCE|REFDO|REFBEN|LIB|LIBELLE|OBJET|PAYS|EREF|MDT|ECH|POUR|FOR"
    r"|DONS?|COTISATION|ADHESION)\b",
    re.IGNORECASE,
)
_MT_FREE_WORDS = 5  # a title and a name, or a company's; more is the name and more
#: What follows "DE" and is no one's name: "VIREMENT RECU DE L'ETRANGER", "DE VOTRE
#: COMPTE", "DE COMPTE A COMPTE".
_MT_FREE_NOT_NAME = re.compile(
    r"(?:L['’\s]?\s*ETRANGER|VOTRE|NOTRE|COMPTE|CPTE|CARTE)\b", re.IGNORECASE
)


#: A bank's label where a payee's name goes: a transfer's words before a number, a
#: "from" or a field ("VIR RECU 5170284711", "VIR SEPA RECU /DE", "VIR INST RE 5432").
_LABEL = re.compile(
    r"(?:VIR(?:EMENT)?\.?|VRT)(?:[\s.]+(?:SEPA|INST(?:ANTANE)?|RECU|REÇU|RE)\b)*"
    r"[\s.]*(?:[0-9]+\b|/|(?:DE|FROM)\s*:|RECU\b|REÇU\b)",
    re.IGNORECASE,
)


def _is_label(name: str) -> bool:
    """Whether an OFX NAME is the bank's label of a transfer rather than who paid."""
    return _LABEL.match(name.strip()) is not None or bool(
        _MT_FREE_FROM.match(name.strip()) and _mt940_free_name(name.strip())
    )


def _mt940_free_name(text: str) -> str:
    """Who sent a transfer, as a free :86: text names them, or "" when it does not in
    a way that is sure (a wrong name is worse than none): the text after the "from",
    up to the next field, of a few words; with a digit in it, it is an account or a
    reference."""
    match = _MT_FREE_FROM.match(text)
    if match is None:
        return ""
    rest = match.group("rest")
    if match.group("bare") and not (
        re.search(r"RECU|REÇU|FAVEUR", match.group("words"), re.IGNORECASE) or _TITLE.match(rest)
    ):
        return ""
    name = _clean(_MT_FREE_END.split(rest, maxsplit=1)[0]).strip(" :-.,")
    if not any(c.isalpha() for c in name) or any(c.isdigit() for c in name):
        return ""
    if len(name.split()) > _MT_FREE_WORDS:
        return ""
    return "" if _MT_FREE_NOT_NAME.match(name) else name


def _mt940_subfields(text: str) -> _Details:
    """German (``?``) and Polish (``~``) structured :86:: ``166?00…?20…?32…``."""
    start = _MT_STRUCTURED.match(text)
    assert start is not None
    found: dict[str, list[str]] = {}
    for code, value in _MT_SUBFIELDS[start.group(2)].findall(text):
        found.setdefault(code, []).append(value)
    codes = [f"{c:02d}" for c in [*range(20, 30), *range(60, 64)]]
    pieces = _SEPA_SPLIT.split(_glue([v for c in codes for v in found.get(c, [])]))
    keyed = dict(zip(pieces[1::2], pieces[2::2], strict=False))
    gvc = start.group(1) or ""
    return _Details(
        donor=(_glue(found.get("32", []) + found.get("33", [])), ":86:?32"),
        notes=(keyed["SVWZ"], ":86:SVWZ+") if "SVWZ" in keyed else (pieces[0], ":86:?20"),
        end_to_end=(keyed.get("EREF", ""), ":86:EREF+"),
        returned=f"code {gvc}" if gvc in _GVC_RETURNS else "",
        gvc=gvc,
    )


def _glue(parts: list[str]) -> str:
    """German subfields joined: a full one (27 characters) runs on into the next."""
    text = ""
    for index, part in enumerate(parts):
        if index and (len(parts[index - 1]) < _MT_SUBFIELD_WIDTH or _SEPA_KEY.match(part)):
            text += " "
        text += part
    return text


def _mt940_slash_tags(text: str) -> _Details:
    """The ``/TAG/value`` form of :86: (ING, ABN AMRO, Rabobank)."""
    tags: dict[str, str] = {}
    matches = list(_SLASH_TAG.finditer(text))
    for match, following in itertools.pairwise([*matches, None]):
        assert match is not None
        end = len(text) if following is None else following.start()
        tags.setdefault(match.group(1), text[match.end() : end].strip("/ "))
    counterparty = [*tags.get("CNTP", "").split("/"), "", "", ""]  # account/BIC/name/city
    remittance = tags.get("REMI", "")
    for prefix in ("USTD//", "USTD/", "STRD/CUR/", "STRD/ISO/", "STRD/"):
        if remittance.startswith(prefix):
            remittance = remittance[len(prefix) :]
            break
    returned = tags.get("RTRN")
    return _Details(
        donor=(tags["NAME"], ":86:/NAME/") if tags.get("NAME") else (counterparty[2], ":86:/CNTP/"),
        address=(tags.get("ADDR", ""), ":86:/ADDR/"),
        notes=(remittance.strip("/"), ":86:/REMI/"),
        end_to_end=(tags.get("EREF", ""), ":86:/EREF/"),
        returned="" if returned is None else f"/RTRN/ {returned}".strip(),
    )
