"""Deciding what an import does with each row of a file, without the ledger, and the
worker process that does it for a large file.

The ``Planner`` parses each row (the core's ``RowParser``), recognises the rows already
in the ledger or earlier in the file, and matches donors (``DonorIndex``): what comes
out is a ``Planned`` donation with plain values, ready for the importing process to
insert. A large file is planned in a worker process (``python -m
treasurer.importers.worker``, fed a ``Job`` on stdin) while the importing process
writes: reading and parsing a million rows take about as long as writing them, and
the two run on two cores. This module imports neither the database layer nor
SQLAlchemy, so the worker stays small.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import itertools
import marshal
import os
import pickle
import struct
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from treasurer.core.errors import Message, TreasurerError
from treasurer.core.importing import (
    BANK_REFERENCE,
    MISSING,
    NO_NAME,
    NO_REFERENCE,
    OTHER_REFERENCE,
    ImportRow,
    ParseAgain,
    RowIssue,
    RowParser,
    gift_key,
)
from treasurer.core.matching import (
    FILLABLE,
    AmbiguousDonorError,
    details_fields,
    details_filled,
    two_addresses,
    without_address,
)
from treasurer.core.model import DonorDetails, DonorKind, EntryType
from treasurer.core.names import LATIN_DIGITS
from treasurer.importers import bank
from treasurer.importers.donors import DonorIndex, KnownDonor, NewDonor
from treasurer.importers.presets import Mapping_
from treasurer.importers.records import BadLine, Item, LeftOut, SourceRow
from treasurer.importers.tables import Table, as_typed, cell_error

_DONATION = EntryType.DONATION
_DONATION_VALUE = EntryType.DONATION.value
_REFUND = EntryType.REFUND
#: Planned rows per message from the worker; each message is a tag and its length.
WORKER_CHUNK = 10_000
HEAD = struct.Struct(">cQ")


@dataclass(frozen=True, slots=True)
class RowSource:
    """Where a file's rows come from, once its kind and mapping are known: a table and
    how its columns map to fields (picklable, so that a worker process reads the very
    same rows), or the rows of a bank statement, read once."""

    path: Path
    table: Table | None = None
    mapping: Mapping_ | None = None
    statement: tuple[SourceRow | BadLine, ...] | None = None
    #: A statement's entries that are not donations: (entry number, reason).
    skipped: tuple[tuple[int, str], ...] = ()
    #: Those of them that paid someone the statement names (a gift sent back?).
    debits: tuple[bank.Debit, ...] = ()

    def rows(self) -> Iterator[Item]:
        """The file's rows, read again at each call."""
        if self.table is None or self.mapping is None:
            if self.statement is not None:
                return iter(self.statement)
            return iter(bank.read_statement(self.path).rows)
        return self.mapping.rows(self.table)


#: A donation to insert: its donor (a new one's temporary id if negative), unit, day (an
#: ordinal), amount in minor units, currency, method, entry type, reference, fingerprint,
#: notes, fee in minor units, and (amount, currency) as paid where the platform converted it.
Planned = tuple[
    int,
    int | None,
    int,
    int,
    str,
    str,
    str,
    str | None,
    str | None,
    str | None,
    int | None,
    tuple[int, str] | None,
]
#: A row skipped because its reference is already in the ledger or earlier in the file,
#: as the importing process checks it against what is there (``_ImportRun``): reference,
#: the date's ordinal, amount in minor units (positive), line, column, and whether it is
#: the refund a platform marks on its donation's row (then the reference is the
#: donation's, and the amount must be what the ledger's refunds of it give back in all),
#: and the row's donor (name key).
SameReference = tuple[str, int, int, int, str, bool, str]


@dataclass(slots=True)
class Known:
    """What deciding about rows needs to know of the ledger (sent to a worker as is)."""

    units: dict[str, int]  # casefolded name -> id
    default_unit: int | None  # a field office's rows carry its unit unless the file names one
    references: set[str]
    fingerprints: set[str]
    donors: list[KnownDonor]
    #: the ``gift_key`` of each of the ledger's donations
    gifts: set[int] = field(default_factory=set)
    #: the kind of each donor that is not a person (the others are individuals)
    kinds: dict[int, str] = field(default_factory=dict)


def reference_key(reference: str) -> str:
    """A reference as it compares: its digits as Latin digits (a receipt number written
    ١٠١ in one register, 101 in its copy saved in Windows-1256, which has no Arabic-Indic
    digits), and a number without its leading zeros (a spreadsheet turns 0012345 into
    12345)."""
    if not reference.isascii():
        reference = reference.translate(LATIN_DIGITS)
    if reference[:1] == "0" and reference.isascii() and reference.isdigit():
        return reference.lstrip("0") or "0"
    return reference


class Planner:
    """Decides, without the ledger, what the import does with each row of the file: a
    bad row (into ``errors``), a duplicate (counted), a refund (kept for the end, when
    the donations it gives back are in), or a donation to insert with its unit and its
    donor (known, or new with a temporary id). It runs in the importing process, or in
    a worker process for a large file while the importing process writes."""

    def __init__(
        self, known: Known, *, check_cells: bool, formulas: bool, statement: bool = False
    ) -> None:
        self.rows = 0
        # where the file's references come from: a bank's, or a platform's, a register's
        self.referenced = BANK_REFERENCE if statement else OTHER_REFERENCE
        self.duplicates = 0
        self.errors: list[RowIssue] = []
        self.donors = DonorIndex(known.donors)
        self.units = known.units
        self.default_unit = known.default_unit
        # references compare without the leading zeros of a number (a spreadsheet turns a
        # cheque number 0012345 into 12345): the set holds those keys too, and the ledger's
        # own spelling of each, to check a row against what it holds
        self.known_refs = known.references
        self.spelt: dict[str, str] = {}
        for ref in [r for r in known.references if reference_key(r) != r]:
            key = reference_key(ref)
            self.spelt.setdefault(key, ref)
            self.known_refs.add(key)
        self.known_prints = known.fingerprints
        self.kinds = known.kinds
        self.known_gifts = known.gifts
        self.check_cells = check_cells
        self.formulas = formulas
        self.refunds: list[tuple[ImportRow, int | None, int]] = []
        # rows skipped as already there by their reference, since the last chunk: a
        # reference names a donation within one source only (a cheque number and a
        # platform's payment id can be the same text)
        self.same_references: list[SameReference] = []
        #: rows the preset does not import: (line, reason)
        self.left_out: list[tuple[int, str]] = []
        # known donor -> what the rows tell of them, and the last row's details
        self._offers: dict[int, tuple[DonorDetails, DonorDetails]] = {}
        # the same of donors the file created that are not written yet (by temporary id)
        self._fresh: dict[int, tuple[DonorDetails, DonorDetails]] = {}
        self._two_addresses: set[int] = set()  # donors the rows give two addresses

    def chunks(
        self, rows: Iterable[Item], parser: RowParser, size: int
    ) -> Iterator[tuple[list[NewDonor], list[Planned], list[SameReference], bool]]:
        """Plan ``rows`` in chunks: (the donors created since the last chunk, the planned
        donations, the rows skipped for their reference, whether it is the last chunk).
        A chunk ends at ``size`` donations or ``size`` rows read, whichever comes first
        (so that progress shows even on a file of duplicates); the last one may be
        empty."""
        pending: list[Planned] = []
        read = 0  # rows read when the last chunk ended
        for item in rows:
            if isinstance(item, LeftOut):
                self.left_out.append((item.line, item.reason))
                continue
            planned = self.accept(item, parser)
            if planned is not None:
                pending.append(planned)
            if len(pending) >= size or self.rows - read >= size:
                yield self._take_new(), pending, self._take_same_references(), False
                pending, read = [], self.rows
        yield self._take_new(), pending, self._take_same_references(), True

    def _take_new(self) -> list[NewDonor]:
        """The donors created since the last chunk, each with the blanks of the row that
        created it filled by its later rows (an email, then an address: as a known
        donor's record is completed, ``_offer``)."""
        new = self.donors.take_new()
        if self._fresh:  # (of donors not yet taken: those of this chunk)
            where = {donor.temp: i for i, donor in enumerate(new)}
            for temp, (offered, _last) in self._fresh.items():
                i = where[temp]
                new[i] = new[i]._replace(details=details_filled(new[i].details, offered))
            # what later rows tell goes on being weighed against it (two addresses)
            self._offers.update(self._fresh)
            self._fresh.clear()
        return new

    def _offer(self, donor_id: int, details: DonorDetails) -> None:
        """Keep what a gift's row tells of a known donor: the blanks of its record it may
        fill (``offered``). Rows that give two addresses (a donor who moved, two people of
        one name) give none: which one is the donor's is the treasurer's to say. Of a
        donor the file created (given other details than before): the same, for the
        blanks of its first row's as it is written (``_take_new``), or of its record if it
        is already."""
        offers = self._offers
        if donor_id < 0 and self.donors.new_details(donor_id) is not None:
            offers = self._fresh
        kept = offers.get(donor_id)
        if kept is None:
            if any(getattr(details, name) for name in FILLABLE):
                offers[donor_id] = (details, details)
            return
        offered, last = kept
        if last is details:  # the parser shares details between rows
            return
        given = details
        if donor_id in self._two_addresses or two_addresses(
            details_fields(offered), details_fields(details)
        ):
            self._two_addresses.add(donor_id)
            offered, given = without_address(offered), without_address(details)
        offers[donor_id] = (details_filled(offered, given), details)

    @property
    def offered(self) -> dict[int, DonorDetails]:
        """What the file's rows tell of each known donor they give for (the first
        address given, and each other detail), for the blanks of its record; and of the
        donors the file created, by temporary id, since they were inserted."""
        return {donor_id: kept[0] for donor_id, kept in self._offers.items()}

    @property
    def two_addresses(self) -> list[int]:
        """The donors the file's rows give two addresses (none is offered): known ones,
        and those the file created, by temporary id."""
        return sorted(self._two_addresses)

    def _given_already(
        self, parsed: ImportRow, item: SourceRow, donor_ref: int, *, created: bool
    ) -> bool:
        """Whether the row is a gift the ledger has from another source (then a bad row;
        a donor created for it is taken back: no donor without a gift)."""
        # the donor, or a known one whose name has the same words in another order (a
        # bank writes DUPONT JEAN where the register has Jean Dupont)
        ids = [donor_ref] if donor_ref > 0 else []
        ids += self.donors.reordered(parsed.donor_key)
        source = self.referenced if parsed.reference else NO_REFERENCE
        other = next(
            (m for i in ids if (m := _another_source(parsed, i, self.known_gifts, source))), None
        )
        if other is None:
            return False
        self.errors.append(
            RowIssue(
                parsed.line,
                item.columns.get("amount", "amount"),
                item.values.get("amount", ""),
                other,
            )
        )
        if created:
            self.donors.forget(donor_ref, parsed.donor)
        elif donor_ref > 0:
            # the gift is there, but the row may tell more of its donor (the register's
            # address for a name the bank gave alone): kept, as another gift's row would
            self._offer(donor_ref, parsed.donor)
        return True

    def _other_kind(self, parsed: ImportRow, item: SourceRow, donor_ref: int) -> bool:
        """Whether a row that says what its donor is (its kind column, or its name)
        names a donor recorded (or created by an earlier row) as another kind: then a bad
        row, since a company's gift taken for a person's would escape the rules on
        companies. (The row that creates its donor agrees with it.)"""
        if donor_ref > 0:
            recorded = self.kinds.get(donor_ref, _PERSON.value)
        elif (details := self.donors.new_details(donor_ref)) is not None:
            recorded = details.kind.value
        else:
            return False  # created by the file and written already
        if recorded == parsed.donor.kind.value:
            return False
        reason = Message(
            "says {donor} is {kind}, but the ledger has {donor} as {recorded}: correct the "
            "donor ('treasurer donor edit', or the Donors page) or the row",
            donor=parsed.donor.name,
            kind=parsed.donor.kind.value,
            recorded=recorded,
        )
        if "kind" in item.columns:  # the cell as written ("entreprise"), not as read
            column = item.columns["kind"]
            value = item.written.get("kind") or item.values["kind"]
        else:  # the name says it
            named = [item.columns[f] for f in _NAME_FIELDS if f in item.columns]
            column, value = (named[0] if named else "donor"), parsed.donor.name
        self.errors.append(RowIssue(parsed.line, column, value, reason))
        return True

    def _take_same_references(self) -> list[SameReference]:
        taken, self.same_references = self.same_references, []
        return taken

    def accept(self, item: SourceRow | BadLine, parser: RowParser) -> Planned | None:
        """The donation to insert for ``item``, or None (a bad row, now in ``errors``; a
        duplicate; a refund, now in ``refunds``)."""
        self.rows += 1
        errors = self.errors
        if isinstance(item, BadLine):
            errors.append(RowIssue(item.line, item.column, item.value, item.reason))
            return None
        if self.check_cells and (bad := [n for n, text in item.values.items() if cell_error(text)]):
            errors.append(
                RowIssue(
                    item.line,
                    item.columns.get(bad[0], bad[0]),
                    item.values[bad[0]],
                    Message("is a spreadsheet error, not a value"),
                )
            )
            return None
        parsed = parser.parse(item.line, item.values, item.columns)
        if isinstance(parsed, RowIssue):
            if item.written:
                parsed = _as_written(parsed, item)
            if self.check_cells:  # a workbook: its number shown as typed
                parsed = replace(parsed, value=as_typed(parsed.value))
            if self.formulas and parsed.reason in (MISSING, NO_NAME):
                parsed = replace(
                    parsed,
                    reason=Message(
                        "is empty in the workbook, which holds formulas or error cells without a "
                        "saved value: open it, paste the cells as values, save, and import again"
                    ),
                )
            errors.append(parsed)
            return None
        key = reference_key(parsed.reference) if parsed.reference else parsed.fingerprint or ""
        known = (
            key in self.known_refs
            or key in self.known_prints
            or any(f in self.known_prints for f in parsed.older_fingerprints)
        )
        refunded = parsed.refunded
        if refunded is not None and reference_key(refunded.reference) in self.known_refs:
            # imported before, with its donation: of the same amount, unless the platform
            # refunded more since (checked by the importing process)
            columns = item.columns
            self.same_references.append(
                (
                    parsed.reference or refunded.reference,  # the donation's
                    refunded.received_on.toordinal(),
                    refunded.amount.minor,
                    parsed.line,
                    columns.get("refund_amount") or columns.get("refund_status", "refund"),
                    True,
                    parsed.donor_key,
                )
            )
            refunded = None
        if known and refunded is None:
            self.duplicates += 1
            # (an amount the platform converted is worth what the rates made it, its money
            # given back what its gift was: the reference alone says it is the same)
            if parsed.reference and parsed.converted is None:
                self.same_references.append(
                    (
                        self.spelt.get(key, parsed.reference),  # as the ledger spells it
                        parsed.received_on.toordinal(),
                        parsed.amount.minor,
                        parsed.line,
                        item.columns.get("reference", "reference"),
                        False,
                        parsed.donor_key,
                    )
                )
            return None
        unit_id = self.default_unit
        if parsed.unit:
            unit_id = self.units.get(parsed.unit.casefold())
            if unit_id is None:
                errors.append(
                    RowIssue(
                        parsed.line,
                        item.columns.get("unit", "unit"),
                        parsed.unit,
                        Message(
                            "is not an accounting unit of this ledger (units: {units}): "
                            "correct the name, or add the unit first ('treasurer unit add')",
                            units=", ".join(sorted(self.units)) or "none",
                        ),
                    )
                )
                return None
        try:
            made = self.donors.made
            # a refund takes its donation's donor (_record_refunds): only a new donation
            # needs one
            # money back after a refund (reinstates) is its donation's donor's too
            donor_ref = (
                self.donors.resolve(parsed.donor, parsed.donor_key)
                if parsed.entry_type is _DONATION and not known and not parsed.reinstates
                else 0
            )
        except AmbiguousDonorError as exc:
            errors.append(
                RowIssue(
                    parsed.line,
                    item.columns.get("donor", "donor"),
                    parsed.donor.name,
                    _ambiguous(exc),
                )
            )
            return None
        # a kind the row says (its column, or its name: "ACME SARL", "Anonyme"), not a
        # preset's constant (ActBlue's "individual" for all)
        if (
            donor_ref
            and (
                "kind" in item.columns
                or (parsed.donor.kind is not _PERSON and "kind" not in item.values)
            )
            and self._other_kind(parsed, item, donor_ref)
        ):
            return None
        if (
            self.known_gifts
            and donor_ref
            and not known
            and self._given_already(parsed, item, donor_ref, created=self.donors.made > made)
        ):
            return None
        if refunded is not None:
            # the donation (in the file, or already in the ledger) and its refund: the
            # refund is recorded after the donations, linked by the donation's reference
            self.known_refs.add(reference_key(refunded.reference))
            self.refunds.append(
                (
                    parsed._replace(
                        received_on=refunded.received_on,
                        amount=refunded.amount,
                        entry_type=_REFUND,
                        reference=refunded.reference,
                        refund_of=parsed.reference,
                        fee=None,
                        fingerprint=None,
                        older_fingerprints=(),
                        # kept: the refund is what the platform says was refunded in all
                        refunded=refunded,
                    ),
                    unit_id,
                    donor_ref,
                )
            )
            if known:
                return None
        (self.known_refs if parsed.reference else self.known_prints).add(key)
        if parsed.entry_type is not _DONATION or parsed.reinstates:
            self.refunds.append((parsed, unit_id, donor_ref))
            return None
        if donor_ref > 0 or (donor_ref < 0 and not self.donors.nothing_new):
            self._offer(donor_ref, parsed.donor)
        amount, fee = parsed.amount, parsed.fee
        return (
            donor_ref,
            unit_id,
            parsed.received_on.toordinal(),
            amount.minor,
            amount.currency,
            parsed.method._value_,
            _DONATION_VALUE,
            parsed.reference,
            parsed.fingerprint,
            parsed.notes,
            None if fee is None else fee.minor,  # parsed in the ledger's currency, as amount
            # what it was in the currency paid, where the platform converted it
            None
            if (c := parsed.converted) is None or c.foreign is None
            else (abs(c.foreign.minor), c.foreign.currency),
        )


_PERSON = DonorKind.INDIVIDUAL
_NAME_FIELDS = ("company", "donor", "last_name", "first_name")
_NEAR_DAYS = (0, -1, 1, -2, 2, -3, 3)  # a bank books a transfer a day or three later


#: The gifts a row may be, by where its reference comes from (``gift_key``): gifts of
#: one source that both bear references are told apart by them (two transfers at the
#: bank, two payments on a platform); any other pair may be one gift seen twice.
_MAY_BE = {
    NO_REFERENCE: (NO_REFERENCE, BANK_REFERENCE, OTHER_REFERENCE),
    BANK_REFERENCE: (NO_REFERENCE, OTHER_REFERENCE),
    OTHER_REFERENCE: (NO_REFERENCE, BANK_REFERENCE),
}
_HOW = {
    NO_REFERENCE: Message("without a reference"),
    BANK_REFERENCE: Message("on a bank statement"),
    OTHER_REFERENCE: Message("with a reference"),
}


def _another_source(row: ImportRow, donor_id: int, gifts: set[int], source: int) -> Message | None:
    """Why the row (its reference from ``source``) may be a gift the ledger has already,
    recorded from another source: the same donor and amount within three days, one
    with a reference and the other without (a bank's transfer and a volunteer's
    register), a bank's line and a register's cheque with its number, or both without
    (the register exported again with the row's date or postcode corrected, a gift
    entered by hand and then in the register); else None. (The same row again is a
    duplicate, found before; one more of the same in the same file is another gift.)"""
    ordinal, minor = row.received_on.toordinal(), row.amount.minor
    for offset, other in itertools.product(_NEAR_DAYS, _MAY_BE[source]):
        if gift_key(donor_id, ordinal + offset, minor, other) in gifts:
            return Message(
                "{donor} already gave {amount} on {date} in the ledger, recorded from another "
                "source ({how}): if this row is that gift, leave it out of the import; if it "
                "is another one, record it by hand ('treasurer add')",
                donor=row.donor.name,
                amount=str(row.amount),
                date=dt.date.fromordinal(ordinal + offset).isoformat(),
                how=_HOW[other],
            )
    return None


def _ambiguous(exc: AmbiguousDonorError) -> Message:
    """Why a row's donor cannot be told among donors of the same name: the ledger's by
    their ids, the file's new ones by their count (their ids do not exist yet)."""
    known = [str(i) for i in exc.ids if i > 0]
    if len(known) == len(exc.ids):
        return Message("{problem}; add a postcode or email column", problem=exc.message)
    return Message(
        "several donors have this name ({known} of the ledger{ids}, {new} new in this file, "
        "told apart by their postcode or email) and this row has neither: add a postcode or "
        "email column",
        known=len(known),
        ids=f": ids {', '.join(known)}" if known else "",
        new=len(exc.ids) - len(known),
    )


@dataclass(slots=True)
class Job:
    """What the worker needs to read, parse and plan the file as this process would."""

    source: RowSource
    parser: dict[str, Any]
    check_cells: bool
    formulas: bool
    known: Known | None = None
    chunk: int = WORKER_CHUNK  # planned rows per message


@dataclass(slots=True)
class Ending:
    """The worker's last message: its counts, bad rows, refunds and fuzzy proposals."""

    rows: int
    duplicates: int
    errors: list[RowIssue]
    refunds: list[tuple[ImportRow, int | None, int]]
    proposals: list[dict[str, Any]]
    left_out: list[tuple[int, str]]
    offered: dict[int, DonorDetails]
    two_addresses: list[int]
    thousands: tuple[str, str] | None = None  # ``RowParser.thousands_guessed``


def worker_main() -> int:
    """``python -m treasurer.importers.worker``: the worker process of a large import.
    It reads its ``Job`` (pickled) on stdin and writes its messages on stdout, each a
    tag and a length (``HEAD``) then the body; anything printed goes to stderr."""
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    job = pickle.load(sys.stdin.buffer)

    def send(tag: bytes, body: bytes) -> None:
        out.write(HEAD.pack(tag, len(body)))
        out.write(body)

    try:
        plan_in_worker(job, send)
    finally:
        with contextlib.suppress(OSError):
            out.close()
    sys.stderr.flush()
    # everything is sent: end now, without freeing a million objects one by one (the
    # importing process waits for this exit)
    os._exit(0)


def plan_in_worker(job: Job, send: Callable[[bytes, bytes], None]) -> None:
    """Read, parse and plan the file; send the planned donations (with the donors they
    create) in chunks, then the ending. An error is sent back to be raised by the
    importing process; a changed date order asks it to start again."""
    try:
        assert job.known is not None
        parser = RowParser(**job.parser)
        planner = Planner(job.known, check_cells=job.check_cells, formulas=job.formulas)
        gc.disable()  # as _no_cyclic_gc: the caches live until the end
        for new, pending, same, _last in planner.chunks(job.source.rows(), parser, job.chunk):
            send(b"C", marshal.dumps(([*map(donor_values, new)], pending, same, planner.rows)))
        donors = planner.donors
        ending = Ending(
            planner.rows,
            planner.duplicates,
            planner.errors,
            planner.refunds,
            donors.proposals(),
            planner.left_out,
            planner.offered,
            planner.two_addresses,
            parser.thousands_guessed,
        )
        send(b"E", pickle.dumps(ending, protocol=pickle.HIGHEST_PROTOCOL))
    except ParseAgain as change:
        send(b"D", pickle.dumps(change.settings))
    except BaseException as exc:  # every failure is the importing process's to raise
        # Treasurer's own errors travel as they are (they speak to the person); anything
        # else is a bug, sent with the worker's traceback
        travels = isinstance(exc, TreasurerError)
        try:
            message = pickle.dumps(exc, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.loads(message)
        except Exception:  # an error that does not travel
            travels = False
        if not travels:
            message = pickle.dumps(
                RuntimeError(
                    "the import's worker process failed:\n"
                    + "".join(traceback.format_exception(exc))
                ),
                protocol=pickle.HIGHEST_PROTOCOL,
            )
        with contextlib.suppress(OSError):
            send(b"X", message)


def donor_values(new: NewDonor) -> tuple[Any, ...]:
    d = new.details
    return (
        new.temp,
        d.name,
        d.kind._value_,
        d.address,
        d.postcode,
        d.city,
        d.country,
        d.email,
        d.employer,
        d.occupation,
        new.key,
        new.uuid,
    )


def new_donor(values: Sequence[Any]) -> NewDonor:
    temp, name, kind, address, postcode, city, country, email, employer, occupation, key, uuid = (
        values
    )
    details = DonorDetails(
        name=name,
        kind=DonorKind(kind),
        address=address,
        postcode=postcode,
        city=city,
        country=country,
        email=email,
        employer=employer,
        occupation=occupation,
    )
    return NewDonor(temp, details, key, uuid)


def _as_written(issue: RowIssue, item: SourceRow) -> RowIssue:
    """The issue quoting its cell as written, where a preset's ``[values]`` table read it
    otherwise (Donorbox's ``partially_refunded``, not Treasurer's "partly refunded")."""
    for name, text in item.written.items():
        if item.columns.get(name) == issue.column and item.values.get(name) == issue.value:
            return replace(issue, value=text)
    return issue
