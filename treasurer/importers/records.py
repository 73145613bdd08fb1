"""What every reader produces: rows of text mapped to the ledger's fields.

A reader (CSV, XLSX, a bank statement) turns a file into ``SourceRow``s: the line (or
entry) number in the file and a mapping from field name to the text found there.
Parsing that text (amounts, dates, kinds) is the pipeline's job, with the core's
parsers, so that every format reports bad values the same way.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from treasurer.core.errors import Message, UserError

#: The fields a row can map to. ``donor`` is the full name; ``first_name`` and
#: ``last_name`` are joined when there is no ``donor``. ``amount`` is the gross amount;
#: ``fee`` a processor's fee (recorded as its own linked row). ``entry_type`` is
#: ``donation`` (default), ``refund`` or ``return``; ``refund_of`` the reference of the
#: donation a refund gives back. ``state`` (a state, province or region) is kept with the
#: city ("Chicago, IL"), as the ledger has no column of its own for it.
#:
#: A platform that marks a refund on the donation's own row (ActBlue's Refund ID and
#: Refund Date, Stripe's Amount Refunded, Donorbox's and HelloAsso's status) maps
#: ``refund_reference``, ``refund_date``, ``refund_amount`` or ``refund_status``: when one
#: of them says so, the row is recorded as the donation and, linked to it, its refund
#: (the whole amount unless ``refund_amount`` says less; on ``refund_date``, else the
#: donation's day; referenced ``refund_reference``, else the donation's reference and
#: ``/refund``). ``refund_status`` says so when its text is ``refunded`` (after the
#: preset's ``[values.refund_status]`` translation), ``charged back`` (a dispute lost:
#: the whole amount, whatever ``refund_amount`` says), and ``partly refunded`` with the
#: amount in ``refund_amount`` (a bad row without it); ``refund_status_date`` is the day the
#: status was reached (Stripe's dispute date), the refund's day when ``refund_date`` is
#: empty.
FIELDS = (
    "date",
    "donor",
    "first_name",
    "last_name",
    "company",
    "kind",
    "address",
    "postcode",
    "city",
    "state",
    "country",
    "email",
    "employer",
    "occupation",
    "amount",
    "currency",
    "method",
    "reference",
    "unit",
    "notes",
    "fee",
    "net",
    "entry_type",
    "refund_of",
    "refund_reference",
    "refund_date",
    "refund_amount",
    "refund_status",
    "refund_status_date",
)


#: The first columns of a rejects file (the bad rows of an import, then each row's own
#: cells): a file that starts so is read back with the formula guards taken off.
REJECTS_COLUMNS = ("line", "column", "value", "reason")


class ImportFileError(UserError):
    """A file that cannot be imported at all (wrong format, unreadable, empty).

    Attributes:
        path: the file's name as given (or words for a mapping that is not a file).
        reason: what is wrong with it.
    """

    def __init__(self, path: str | Message, reason: Message) -> None:
        self.path = path
        self.reason = reason
        super().__init__(Message("{path}: {reason}", path=path, reason=reason))


_NO_COLUMNS: Mapping[str, str] = MappingProxyType({})


class SourceRow(NamedTuple):
    """One row of a file, mapped to fields (text as found, stripped). A NamedTuple: a
    million of them are made per large import.

    Attributes:
        line: the line number in the file (1 = the first line, the header in a CSV),
            or the entry number in a statement.
        values: field name (one of ``FIELDS``) -> text; absent fields are missing.
        columns: field name -> the column (header) it came from, for error messages.
        written: field name -> the cell as written, where a preset's ``[values]`` table
            gave the field another text (``partially_refunded`` read as ``partly
            refunded``): an error quotes the cell.
    """

    line: int
    values: Mapping[str, str]
    columns: Mapping[str, str] = _NO_COLUMNS
    written: Mapping[str, str] = _NO_COLUMNS


class BadLine(NamedTuple):
    """A line of a file that cannot be a row at all (too many cells), and why.

    Attributes:
        line: as ``SourceRow.line``.
        reason: why it cannot be imported.
        column: where the problem is (the whole row unless said).
        value: the text there.
        values: what the row holds all the same (a statement's entry read in full whose
            amounts do not add up), for the rejects file.
    """

    line: int
    reason: Message
    column: str = "(row)"
    value: str = ""
    values: Mapping[str, str] = _NO_COLUMNS


class LeftOut(NamedTuple):
    """A row the preset does not import (its ``[keep]`` column says so: a HelloAsso
    payment made offline, a PayPal debit), and why: counted and listed, never dropped in
    silence."""

    line: int
    reason: str


#: What a reader yields for each line of a file.
Item = SourceRow | BadLine | LeftOut


#: A word with a letter beyond ASCII (what shows what an encoding makes of a file).
_ACCENTED_WORD = re.compile(r"[^\W\d_]*[^\x00-\x7f][^\W\d_]*")


def utf8_misread(data: bytes, encoding: str) -> Message | None:
    """Why UTF-8 text must not be read in the 8-bit ``encoding`` a person chose (every
    accented letter would become two or three others, "Hélène" "HÃ©lÃ¨ne", recorded so in
    the donors' names and addresses), or None. Bytes beyond ASCII that make valid UTF-8
    sequences throughout are no Windows-1252, Latin-1 or Windows-1256 text anyone
    writes. ``data`` may end within a character (a file's first bytes)."""
    if codecs.lookup(encoding).name.startswith("utf") or data.isascii():
        return None
    try:
        utf8 = codecs.getincrementaldecoder("utf_8")(errors="strict").decode(data, final=False)
    except UnicodeDecodeError:
        return None
    word = _ACCENTED_WORD.search(utf8)
    if word is None:  # bytes beyond ASCII that are no letters (a symbol): nothing to show
        return None
    shown = word.group(0)
    return Message(
        "the file is UTF-8 text, not {encoding}: read as {encoding}, {word!r} would be "
        "recorded as {garbled!r}; import it without choosing an encoding, or choose utf-8",
        encoding=encoding,
        word=shown,
        garbled=shown.encode("utf-8").decode(encoding, errors="replace"),
    )
