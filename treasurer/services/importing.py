"""Importing a file of donations: preview, then one atomic, idempotent commit.

The whole import runs in one transaction: rows are parsed and checked, donors
matched (exactly on the normalised name, with postcode or email; close spellings
are only proposed), rows already in the ledger recognised (by reference, or by a
fingerprint of the row), donations, refunds and processor fees inserted in bulk,
the rules run, and the batch recorded with the file's SHA-256. A dry run, or an
import with bad rows (unless told to skip them), does all of that and rolls back:
the preview shows exactly what the import would do, and nothing is written.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import gc
import hashlib
import json
import logging
import marshal
import os
import pickle
import re
import subprocess
import sys
import tomllib
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from fractions import Fraction
from pathlib import Path
from typing import Any

import platformdirs
from rapidfuzz import fuzz

import treasurer
from treasurer.core.dates import DateOrder
from treasurer.core.errors import Message, ParseError, TreasurerError, UserError
from treasurer.core.export import csv_safe
from treasurer.core.importing import (
    AmountColumnError,
    DateColumnError,
    ImportRow,
    ParseAgain,
    RowIssue,
    RowParser,
)
from treasurer.core.matching import ADDRESS_FIELDS, FILLABLE, blanks_filled, details_fields
from treasurer.core.model import DonorDetails, DonorKind, EntryType
from treasurer.core.money import Money, parse_amount
from treasurer.core.names import TITLES, may_be_legal_form, normalise_name
from treasurer.db.audit import Group
from treasurer.db.import_data import COMPLETED_BY_IMPORT, ImportValues, Referenced
from treasurer.db.offices import OfficeData
from treasurer.db.repository import LedgerRepository
from treasurer.importers import bank
from treasurer.importers import presets as preset_files
from treasurer.importers.donors import NewDonor
from treasurer.importers.plan import (
    HEAD,
    WORKER_CHUNK,
    Ending,
    Job,
    Known,
    Planned,
    Planner,
    RowSource,
    SameReference,
    new_donor,
    reference_key,
)
from treasurer.importers.records import (
    FIELDS,
    REJECTS_COLUMNS,
    BadLine,
    ImportFileError,
    Item,
    SourceRow,
)
from treasurer.importers.tables import (
    Table,
    holds_formulas,
    is_spreadsheet,
    open_table,
    sheet_names,
)
from treasurer.services.backup import backup_ledger
from treasurer.services.compliance import check_repo, raised_flags, rule_context, rules_apply
from treasurer.services.donor_index import insert_donors
from treasurer.services.periods import refuse_batch_in_closed_periods
from treasurer.services.session import APP_NAME, Ledger, current_actor

log = logging.getLogger(__name__)

_CHUNK = 50_000
_PROGRESS_EVERY = 2_000  # rows between two progress reports
_HEADER_SEARCH = 10  # rows in which to look for a header below a title
_SAME_WORD_SCORE = 80  # how alike a word of a refund's donor and of its donation's must be
#: A refund recorded from another source within this many days of the row is the same one.
_SAME_GIFT_DAYS = 3
#: A header cell that is a value (a date, an amount): the file has no header line.
_LOOKS_LIKE_DATA = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}.*|-?\d[\d\s.,]*")
_DONATION = EntryType.DONATION
_DONATION_VALUE = EntryType.DONATION.value
_REFUND = EntryType.REFUND
#: A file this large (about 100,000 rows of a platform's CSV) is read, parsed and
#: planned by a worker process while this one writes: on two cores, a million rows in
#: about two thirds of the time. Smaller files are not worth starting a process for.
WORKER_FROM_BYTES = 8 << 20
_WORKER_CHUNK = WORKER_CHUNK


#: The flags an import's report lists (all are counted, and on the Flags page once saved).
_FLAGS_LISTED = 100


@dataclass(slots=True)
class ImportReport:
    """What an import did, or (dry run, bad rows) would do."""

    file: str
    preset: str
    sha256: str
    rows: int = 0
    new: int = 0
    duplicates: int = 0
    refunds: int = 0
    fees: int = 0
    donors_created: int = 0
    #: known donors whose blank details (an address, an email...) the file filled
    donors_completed: int = 0
    #: known donors without an address to whom the file gives two (neither recorded):
    #: {"donor_id", "name"}
    two_addresses: list[dict[str, Any]] = field(default_factory=list)
    errors: list[RowIssue] = field(default_factory=list)
    fuzzy: list[dict[str, Any]] = field(default_factory=list)
    flags: int = 0
    #: flags the rules closed after the import: the address a known donor lacked, now
    #: filled; a warning near a cap that an over-cap flag now takes the place of
    flags_resolved: int = 0
    #: the flags raised (or open again), as ``treasurer flags --json`` lists them, the
    #: most urgent first: the first ``_FLAGS_LISTED`` (a dry run's ids are not kept)
    raised: list[dict[str, Any]] = field(default_factory=list)
    #: the open flags whose figures the import changed (a donor further over a cap), alike
    updated: list[dict[str, Any]] = field(default_factory=list)
    batch_id: int | None = None
    committed: bool = False
    dry_run: bool = False
    rejects: str | None = None
    #: What is left out, so that the treasurer sees nothing was lost: (entry number,
    #: reason) for a bank statement's entries that are not donations (debits, reversals,
    #: entries not booked...); (line, reason) for the rows of a table that its preset does
    #: not import (its ``[keep]`` column: a HelloAsso payment made offline...).
    skipped: list[tuple[int, str]] = field(default_factory=list)
    statement: bool = False  # the file is a bank statement
    #: The columns of a file read with the generic preset that it does not read (a
    #: "Type" or "Mode" column of values it cannot guess): a mapping can name them.
    unread: list[str] = field(default_factory=list)
    #: The sheet of a workbook that was read, and its other sheets (not read).
    sheet: str | None = None
    other_sheets: list[str] = field(default_factory=list)
    #: When the file's dates are read in the other order than the ledger's (a 04/13/2025
    #: settles month first): that order ("mdy", "dmy") and the date that settled it.
    dates_read: tuple[str, str] | None = None
    #: When amounts that read two ways ("1,500") were read with their mark separating
    #: thousands, no amount of the file showing its decimal mark: the mark and the first
    #: such amount.
    thousands_read: tuple[str, str] | None = None
    #: New donors recorded as persons whose names end as a company's may ("Total SA"):
    #: {"donor_id", "name"}, for the treasurer to check (``may_be_legal_form``)
    maybe_companies: list[dict[str, Any]] = field(default_factory=list)
    #: A statement's debits to donors of the ledger that may send a gift back (its very
    #: amount, on or after it): {"entry", "date", "amount", "currency", "name",
    #: "donation_ids", "in_file"}
    sent_back: list[dict[str, Any]] = field(default_factory=list)

    def left_out(self) -> list[tuple[str, int]]:
        """The reasons of ``skipped`` without their details ("debit", "Statut du paiement
        'Hors ligne'"), each with how many entries it left out, the commonest first."""
        return Counter(reason.split(" (")[0] for _n, reason in self.skipped).most_common()

    def to_json(self) -> dict[str, Any]:
        return {
            "batch_id": self.batch_id,
            "file": self.file,
            "preset": self.preset,
            "sha256": self.sha256,
            "rows": self.rows,
            "new": self.new,
            "duplicates": self.duplicates,
            "refunds": self.refunds,
            "fees": self.fees,
            "donors_created": self.donors_created,
            "donors_completed": self.donors_completed,
            "two_addresses": self.two_addresses,
            # a statement's rows are its entries: "entry" says so, "line" stays for tools
            "errors": [
                {**e.to_json(), "entry": e.line} if self.statement else e.to_json()
                for e in self.errors
            ],
            "fuzzy_matches": self.fuzzy,
            "flags": self.flags,
            "flags_resolved": self.flags_resolved,
            # a dry run's flags and donors are not kept: they have no id
            "raised_flags": [{**f, "id": None} for f in self.raised]
            if self.dry_run
            else self.raised,
            "updated_flags": self.updated,
            "committed": self.committed,
            "dry_run": self.dry_run,
            "rejects": self.rejects,
            "skipped": [{"entry": number, "reason": reason} for number, reason in self.skipped],
            "unread_columns": self.unread,
            "sheet": self.sheet,
            "other_sheets": self.other_sheets,
            "dates_read": (
                {"order": self.dates_read[0], "settled_by": self.dates_read[1]}
                if self.dates_read
                else None
            ),
            "maybe_companies": (
                [{**d, "donor_id": None} for d in self.maybe_companies]
                if self.dry_run
                else self.maybe_companies
            ),
            "sent_back": self.sent_back,
            "thousands_read": (
                {"mark": self.thousands_read[0], "first": self.thousands_read[1]}
                if self.thousands_read
                else None
            ),
        }


class BadRowsError(UserError):
    """The file has bad rows; nothing was imported. ``report`` lists them."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        first = report.errors[0]
        count = len(report.errors)
        rows = Message("1 bad row") if count == 1 else Message("{count} bad rows", count=count)
        said = {
            "rows": rows,
            "file": report.file,
            "line": first.line,
            "column": first.column,
            "value": first.value,
            "reason": first.reason,
        }
        if report.statement:  # numbered by entry, and the bank's file is not to be fixed
            message = Message(
                "{rows} in {file}; nothing was imported. First: entry {line}, {column} "
                "{value!r}: {reason}. Import the good rows with --skip-bad-rows, then "
                "see to the others as each reason says",
                **said,
            )
        else:
            message = Message(
                "{rows} in {file}; nothing was imported. First: line "
                "{line}, {column} {value!r}: {reason}. Fix them, or import "
                "the good rows with --skip-bad-rows",
                **said,
            )
        super().__init__(message)


class _NoWorker(Exception):
    """The worker process could not start; the import runs in the importing process."""


class _Rollback(Exception):
    def __init__(self, report: ImportReport) -> None:
        self.report = report


def user_mappings_dir() -> Path:
    return platformdirs.user_config_path(APP_NAME, appauthor=False) / "mappings"


@dataclass(frozen=True, slots=True)
class FileColumns:
    """A file's column names and which of them the preset used maps to each field."""

    headers: tuple[str, ...]
    preset: str
    columns: dict[str, str]  # field -> header
    missing: list[str]  # required fields no column gives


def file_columns(
    path: Path,
    *,
    preset: str | None = None,
    mapping: Path | None = None,
    encoding: str | None = None,
    sheet: str | None = None,
) -> FileColumns:
    """The columns of a CSV or spreadsheet and how the preset (detected from the header,
    or named, or a mapping file) reads them: for a person to check or change the mapping
    before importing (the window's import wizard).

    Raises:
        ImportFileError: the file cannot be read as a table (a bank statement reads its
            own fields), or the preset is unknown.
    """
    if preset is None and mapping is None and is_statement(path):
        # an MT940 or OFX file read as a table is one column of text, missing every field
        raise ImportFileError(
            str(path), Message("is a bank statement: it has no columns to choose")
        )
    table, chosen, mapped = _sheet_table(
        path, preset=preset, mapping=mapping, encoding=encoding, sheet=sheet, delimiter=None
    )
    return FileColumns(
        headers=tuple(table.headers),
        preset=chosen.id,
        columns={name: table.headers[index] for name, index in mapped.indexes.items()},
        missing=mapped.missing(),
    )


def is_statement(path: Path) -> bool:
    """Whether the file is a bank statement (OFX/QFX, CAMT.053, MT940), which the import
    reads without a preset; False for any other file or one that cannot be read."""
    try:
        return _statement_kind(path) is not None
    except OSError:
        return False


def workbook_sheets(path: Path) -> list[str]:
    """The sheets of a workbook, in order; none for any other file (or one that cannot
    be read: the import says why)."""
    if not is_spreadsheet(path):
        return []
    try:
        return sheet_names(path)
    except ImportFileError:
        return []


def save_mapping(
    name: str,
    columns: dict[str, str],
    *,
    base: str | None = None,
    folder: Path | None = None,
    headers: Iterable[str] = (),
) -> Path:
    """Save a mapping (field -> the file's header) as a TOML preset of one's own, in the
    user's mappings folder (``--preset ID`` uses it; ``treasurer presets`` lists it). The
    preset ``base`` (detected or chosen) gives what the columns do not: its constants,
    translations of words, rows kept, number and date formats. Its rows kept, left out
    and read as currency conversions are by columns of the file (``headers``, or mapped)
    that need not be mapped (PayPal's Status): they are kept where the file has them.

    Raises:
        UserError: no name, an unknown field, or no column for a date, an amount or a name.
    """
    title = " ".join(name.split())
    slug = "-".join(normalise_name(title).split())
    if not slug:
        raise UserError("a saved mapping needs a name")
    if unknown := sorted(set(columns) - set(FIELDS)):
        raise UserError("unknown fields in the mapping: {fields}", fields=", ".join(unknown))
    have = set(columns)
    if not {"date", "amount"} <= have or not ({"donor", "first_name", "last_name"} & have):
        raise UserError("a mapping needs columns for the date, the amount and the donor's name")
    origin = preset_files.find_preset(base, _user_presets()) if base else None
    lines = [
        f"id = {_toml(slug)}",
        f"name = {_toml(title)}",
        f"source = {_toml(f'saved from the import wizard on {dt.date.today().isoformat()}')}",
    ]
    if origin is not None:
        for key in ("delimiter", "decimal_separator", "date_order"):
            value = getattr(origin, key)
            if value:
                lines.append(f"{key} = {_toml(value)}")
    lines.append(f"detect = [{', '.join(_toml(h) for h in sorted(columns.values()))}]")
    lines += ["", "[columns]"]
    lines += [f"{field} = [{_toml(header)}]" for field, header in columns.items()]
    if origin is not None:
        constants = {k: v for k, v in origin.constants.items() if k not in columns}
        if constants:
            lines += ["", "[constants]"] + [f"{k} = {_toml(v)}" for k, v in constants.items()]
        present = {normalise_name(h) for h in (*columns.values(), *headers)}
        for section, by_column in (
            ("keep", origin.keep),
            ("leave_out", origin.leave_out),
            ("conversion", origin.conversion),
        ):
            chosen = {h: v for h, v in by_column.items() if normalise_name(h) in present}
            if section == "conversion" and not {"refund_of", "amount", "currency"} <= have:
                chosen = {}
            if chosen:
                lines += ["", f"[{section}]"]
                lines += [
                    f"{_toml(h)} = [{', '.join(map(_toml, sorted(v)))}]" for h, v in chosen.items()
                ]
        for field, words in origin.values.items():
            if field in columns and words:
                lines += ["", f"[values.{field}]"]
                lines += [f"{_toml(word)} = {_toml(value)}" for word, value in words.items()]
    target = (folder or user_mappings_dir()) / f"{slug}.toml"
    target.parent.mkdir(parents=True, exist_ok=True)
    text = "\n".join(lines) + "\n"
    preset_files.parse_preset(tomllib.loads(text))  # what is saved reads back as a preset
    target.write_text(text, encoding="utf-8")
    return target


def _toml(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(text, ensure_ascii=False)


def _user_presets() -> list[preset_files.Preset]:
    """The mappings a user saved that can be read (one that cannot is reported by
    ``treasurer presets`` and when named, never in the way of other imports)."""
    found = []
    for path in sorted(user_mappings_dir().glob("*.toml")):
        try:
            found.append(preset_files.load_preset(path))
        except ImportFileError as exc:
            log.warning("a saved mapping cannot be read: %s", exc)
    return found


def _chosen_preset(preset: str | None, mapping: Path | None) -> preset_files.Preset | None:
    if mapping is not None:
        return preset_files.load_preset(mapping)
    if preset is not None:
        return preset_files.find_preset(preset, _user_presets())
    return None


def list_presets() -> list[dict[str, Any]]:
    rows = []
    for preset in preset_files.shipped_presets():
        rows.append(
            {
                "id": preset.id,
                "name": preset.name,
                "detect": list(preset.detect),
                "source": preset.source,
                "origin": "shipped",
            }
        )
    for path in sorted(user_mappings_dir().glob("*.toml")):
        try:
            preset = preset_files.load_preset(path)
        except ImportFileError as exc:
            rows.append({"id": path.stem, "error": str(exc), "origin": "user"})
            continue
        rows.append(
            {
                "id": preset.id,
                "name": preset.name,
                "detect": list(preset.detect),
                "source": str(path),
                "origin": "user",
            }
        )
    return rows


def import_file(
    ledger: Ledger,
    path: Path,
    *,
    preset: str | None = None,
    mapping: Path | None = None,
    encoding: str | None = None,
    sheet: str | None = None,
    delimiter: str | None = None,
    dry_run: bool = False,
    skip_bad_rows: bool = False,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    language: str = "en",
) -> ImportReport:
    """Import ``path`` into the ledger (see the module docstring).

    ``progress(rows_read, rows_expected)`` is called as the file is read (every 2,000
    rows, from the thread doing the import); ``rows_expected`` is an estimate from the
    file's size, 0 when unknown (a workbook). ``language``: that of the flags' messages
    in the report.

    Raises:
        ImportFileError: the file cannot be read as donations at all.
        BadRowsError: some rows are bad and ``skip_bad_rows`` is false (nothing written).
    """
    today = today or dt.date.today()
    sha = _sha256(path)
    if not dry_run:
        backup_ledger(ledger, reason="before-import")
    spreadsheet = is_spreadsheet(path)
    source, chosen, decimal, order_hint = _source(
        path, preset=preset, mapping=mapping, encoding=encoding, sheet=sheet, delimiter=delimiter
    )
    if source.mapping is not None and source.table is not None:
        _refuse_unnamed(path, source.mapping, source.table)
    expected = 0 if spreadsheet else _expected_rows(path)
    rows_of: Callable[[], Iterable[Item]] = source.rows
    if progress is not None:
        rows_of = _reporting(rows_of, progress, expected)
    settings = ledger.settings()
    # how the rows are parsed: settled again by a column's values (ParseAgain)
    parsing: dict[str, Any] = {
        "currency": settings.base_currency,
        "date_order": DateOrder(order_hint or settings.date_order),
        "decimal_separator": decimal,
        "today": today,
        "settled_by": None,
        "settle_decimal": not spreadsheet,
    }
    formulas = spreadsheet and holds_formulas(path)
    # a table only (a statement is read already, and is small)
    in_worker = source.table is not None and _file_size(path) >= WORKER_FROM_BYTES
    read_sheet = source.table.sheet if source.table is not None else None
    while True:
        report = ImportReport(
            sheet=read_sheet,
            other_sheets=[n for n in sheet_names(path) if n != read_sheet] if read_sheet else [],
            file=str(path),
            preset=chosen,
            sha256=sha,
            dry_run=dry_run,
            skipped=list(source.skipped),
            statement=source.statement is not None,
            unread=(
                source.mapping.unread()
                if source.mapping is not None and chosen == preset_files.GENERIC
                else []
            ),
            dates_read=(
                (str(parsing["date_order"]), parsing["settled_by"])
                if parsing["settled_by"] and order_hint is None
                else None
            ),
        )
        job = (
            Job(source, parsing, check_cells=spreadsheet, formulas=formulas, chunk=_WORKER_CHUNK)
            if in_worker
            else None
        )
        try:
            with _no_cyclic_gc(), ledger.store.transaction() as repo:
                run = _ImportRun(repo, report, source, language)
                if job is None:
                    parser = RowParser(**parsing)
                    run.run(
                        rows_of(),
                        parser,
                        today,
                        check_cells=spreadsheet,
                        formulas=formulas,
                        statement=source.table is None,
                    )
                else:
                    run.run_with_worker(job, today, progress, expected)
                # bad rows commit nothing unless skipped, and a file of bad rows (and
                # duplicates) records no empty batch
                if dry_run or (
                    report.errors and not (skip_bad_rows and (report.new or report.refunds))
                ):
                    raise _Rollback(report)
                report.committed = True
        except ParseAgain as change:
            # rare: only ambiguous dates (or amounts) came before the value that settles
            # their reading, and the default was the wrong one; everything was rolled back
            parsing.update(change.settings)
            continue
        except _NoWorker:
            log.warning("the import's worker process did not start; importing in this one")
            in_worker = False
            continue
        except DateColumnError as exc:
            raise ImportFileError(
                str(path), Message("the date column is inconsistent: {reason}", reason=exc.message)
            ) from None
        except AmountColumnError as exc:
            raise ImportFileError(
                str(path),
                Message("the amount column is inconsistent: {reason}", reason=exc.message),
            ) from None
        except _Rollback:
            report.committed, report.batch_id = False, None
            if report.errors and not skip_bad_rows and not dry_run:
                raise BadRowsError(report) from None
        if report.errors and not dry_run:
            report.rejects = str(_write_rejects(ledger, path, report.errors, source))
        return report


def _refuse_unnamed(path: Path, mapping: preset_files.Mapping_, table: Table) -> None:
    """Refuse a table with a column that holds values under no header: nothing would
    read it, and it may say what a row is ("espèces": a cash gift, read as a transfer)
    or hold part of it (a surname under a first name's header).

    Raises:
        ImportFileError: naming the column and its first value.
    """
    if unnamed := mapping.unnamed(table):
        number, value = unnamed[0]
        raise ImportFileError(
            str(path),
            Message(
                "column {number} holds values but has no header (the first: {value!r}); "
                "nothing would read it: give it a header, or delete it",
                number=number,
                value=value,
            ),
        )


def _nothing_to_read(report: ImportReport) -> Message:
    """Why a file gives no row to import: none under its header, or all left out."""
    if not report.skipped:
        return Message("the file has no rows under its header")
    listed = ", ".join(f"{reason} {count}" for reason, count in report.left_out()[:5])
    if report.statement:
        return Message(
            "the statement has no credit to import: its {count} entries are not donations "
            "({reasons})",
            count=len(report.skipped),
            reasons=listed,
        )
    return Message(
        "the preset {preset} leaves out all {count} rows ({reasons}): if they are donations, "
        "import the file with a mapping of your own whose [keep] lets them in",
        preset=report.preset,
        count=len(report.skipped),
        reasons=listed,
    )


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _reporting(
    source: Callable[[], Iterable[Item]],
    progress: Callable[[int, int], None],
    expected: int,
) -> Callable[[], Iterator[Item]]:
    def rows() -> Iterator[Item]:
        count = 0
        for count, row in enumerate(source(), start=1):
            yield row
            if count % _PROGRESS_EVERY == 0:
                progress(count, max(expected, count))
        progress(count, count)

    return rows


def _expected_rows(path: Path) -> int:
    """About how many rows a text file holds: its size over the mean length of the
    lines in its first megabyte."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(1 << 20)
    except OSError:
        return 0
    lines = head.count(b"\n")
    if lines == 0:
        return 0
    return max(0, round(size / (len(head) / lines)) - 1)


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector during an import. An import keeps
    millions of objects alive until it ends (caches, chunks of rows), which the collector
    would scan again and again: about a fifth of the time of a million-row import.
    Reference counting still frees everything; collection resumes afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


#: A donation ready to insert, as plain values (a worker process sends a million of them,
#: with marshal): donor (a ledger id, or a new donor's temporary negative id), unit id,
#: the date's ordinal, amount in minor units, currency, method, entry type, reference,
#: fingerprint, notes, processor fee in minor units (same currency) or None.
class _ImportRun:
    """One import inside its transaction: rows planned (here or in a worker process),
    new donors and donations inserted, refunds linked, the rules run."""

    def __init__(
        self,
        repo: LedgerRepository,
        report: ImportReport,
        source: RowSource | None = None,
        language: str = "en",
    ) -> None:
        self.language = language  # of the flags' messages
        self.repo = repo
        self.report = report
        # a table's mapping (None: a statement's, named by its own paths)
        self.mapping = source.mapping if source is not None else None
        self.debits = source.debits if source is not None else ()
        self.actor = current_actor(repo)
        repo.lock_imports()  # before reading what the ledger has
        self.batch_id = repo.create_import_batch(
            source_name=Path(report.file).name,
            preset=report.preset,
            sha256=report.sha256,
            actor=self.actor,
        )
        report.batch_id = self.batch_id
        self.known = _known(repo)
        # the ledger ids of the new donors, by their temporary ids -1, -2, ... (an array:
        # a quarter of a million of them in a large import)
        self.real = array("q")
        self.days: dict[int, dt.date] = {}
        self.existing = repo.last_donation_id()
        self.dropped_indexes: list[str] | None = None
        # rows skipped for a reference already there, but which are not the donation
        # there (another source's reference): bad rows, not duplicates
        self.clashes: list[RowIssue] = []
        self.duplicate_clashes = 0  # of which rows counted as duplicates until checked
        self.unconfirmed: list[SameReference] = []  # their reference's row comes later
        settings = repo.settings()
        assert settings is not None
        self.currency = settings.base_currency

    def run(
        self,
        rows: Iterable[Item],
        parser: RowParser,
        today: dt.date,
        *,
        check_cells: bool,
        formulas: bool,
        statement: bool = False,
    ) -> None:
        """Plan and write the rows in this process (a bank ``statement``'s, or a
        table's)."""
        planner = Planner(
            self.known, check_cells=check_cells, formulas=formulas, statement=statement
        )
        for new, pending, same, last in planner.chunks(rows, parser, _CHUNK):
            self._flush(new, pending, last=last)
            self._confirm_duplicates(same)
        report = self.report
        report.rows, report.duplicates = planner.rows, planner.duplicates
        report.thousands_read = parser.thousands_guessed
        report.errors.extend(planner.errors)
        report.skipped.extend(planner.left_out)
        self._finish(
            planner.refunds,
            planner.donors.proposals(),
            (planner.offered, planner.two_addresses),
            today,
        )

    def run_with_worker(
        self,
        job: Job,
        today: dt.date,
        progress: Callable[[int, int], None] | None,
        expected: int,
    ) -> None:
        """Plan the rows in a worker process (reading and parsing a large file take as
        long as writing it) while this one writes each chunk it sends."""
        job.known = self.known
        with contextlib.closing(_worker_messages(job)) as messages:
            for tag, body in messages:
                if tag == b"C":
                    new, pending, same, read = marshal.loads(body)
                    self._flush([new_donor(d) for d in new], pending, last=False)
                    self._confirm_duplicates(same)
                    if progress is not None:
                        progress(read, max(expected, read))
                    continue
                if tag == b"D":
                    raise ParseAgain(pickle.loads(body))
                if tag == b"X":
                    raise pickle.loads(body)
                ending: Ending = pickle.loads(body)
                break
        report = self.report
        report.rows, report.duplicates = ending.rows, ending.duplicates
        report.thousands_read = ending.thousands
        report.errors.extend(ending.errors)
        report.skipped.extend(ending.left_out)
        if progress is not None:
            progress(report.rows, report.rows)
        self._flush([], [], last=True)
        self._finish(
            ending.refunds, ending.proposals, (ending.offered, ending.two_addresses), today
        )

    def _donor_id(self, ref: int) -> int:
        """The ledger id of a planned donor: a known donor's, or a new one's by its
        temporary (negative) id."""
        return ref if ref > 0 else self.real[-ref - 1]

    def _flush(self, new: list[NewDonor], pending: list[Planned], *, last: bool) -> None:
        if new:
            assert new[0].temp == -(len(self.real) + 1), "new donors come in order"
            self.real.extend(insert_donors(self.repo, new, self.batch_id))
        self.report.donors_created += len(new)
        if not pending:
            if last and self.dropped_indexes:
                self.repo.create_indexes(self.dropped_indexes)
            return
        if (
            not last
            and self.dropped_indexes is None
            and 2 * (self.report.new + len(pending)) >= self.existing
        ):
            # a bulk load at least a third of the table: its indexes are built once at the
            # end rather than updated row by row
            self.dropped_indexes = self.repo.drop_bulk_indexes()
        real = self.real
        days = self.days

        def day(ordinal: int) -> dt.date:
            try:
                return days[ordinal]
            except KeyError:
                found = days[ordinal] = dt.date.fromordinal(ordinal)
                return found

        ids = self.repo.insert_import_rows(
            [
                (
                    p[0] if p[0] > 0 else real[-p[0] - 1],
                    p[1],
                    None,
                    day(p[2]),
                    p[3],
                    p[4],
                    p[5],
                    p[6],
                    p[7],
                    p[8],
                    p[9],
                )
                for p in pending
            ],
            batch_id=self.batch_id,
        )
        fees = [
            {
                "donation_id": donation_id,
                "amount_minor": p[10],
                "currency": p[4],
                "import_batch_id": self.batch_id,
            }
            for p, donation_id in zip(pending, ids, strict=True)
            if p[10] is not None
        ]
        self.repo.insert_fees(fees)
        self.repo.insert_originals(
            [
                {
                    "donation_id": donation_id,
                    "amount_minor": p[11][0],
                    "currency": p[11][1],
                    "import_batch_id": self.batch_id,
                }
                for p, donation_id in zip(pending, ids, strict=True)
                if p[11] is not None
            ]
        )
        self.report.new += len(pending)
        self.report.fees += len(fees)
        if last and self.dropped_indexes:
            self.repo.create_indexes(self.dropped_indexes)

    def _finish(
        self,
        refunds: list[tuple[ImportRow, int | None, int]],
        proposals: list[dict[str, Any]],
        offered: tuple[dict[int, DonorDetails], list[int]],
        today: dt.date,
    ) -> None:
        report = self.report
        if report.rows == 0:
            raise ImportFileError(report.file, _nothing_to_read(report))
        self._record_refunds(refunds)
        self._complete_donors(*offered)
        report.sent_back = self._sent_back()
        report.maybe_companies = [
            {"donor_id": i, "name": name}
            for i, name in self.repo.batch_persons(self.batch_id)
            if may_be_legal_form(name)
        ]
        self._confirm_duplicates(self.unconfirmed, last=True)
        report.duplicates -= self.duplicate_clashes
        # in the file's order (refunds and clashes are checked last), each naming its
        # column as the file does ("Référence"), where what found it knew only the field
        # ("reference": a refund of no donation found at the end, an empty cell)
        header = self.mapping.header_of if self.mapping is not None else str
        report.errors = sorted(
            (
                replace(e, column=header(e.column)) if e.column in FIELDS else e
                for e in [*report.errors, *self.clashes]
            ),
            key=lambda e: e.line,
        )
        refuse_batch_in_closed_periods(self.repo, self.batch_id)
        report.fuzzy = [
            {
                **p,
                "new_donor_id": self._donor_id(p["new_donor_id"]),
                "known_donor_id": self._donor_id(p["known_donor_id"]),
            }
            for p in proposals
        ]
        kept = []
        for proposal in report.fuzzy:  # the names as written (a proposal has the keys)
            kinds = set()
            for id_key, name_key, where_key in (
                ("new_donor_id", "name", "where"),
                ("known_donor_id", "known_name", "known_where"),
            ):
                donor = self.repo.donor(proposal[id_key])
                if donor is not None:
                    details = donor.details
                    proposal[name_key] = details.name
                    kinds.add(details.kind)
                    # where each lives: what may tell two people of one name apart
                    where = " ".join(t for t in (details.postcode, details.city) if t)
                    proposal[where_key] = where or None
            # a company and a person (its manager's email, its founder's name) are two
            # donors, whatever they share: a merge would hide a prohibited gift
            if len(kinds) < 2 or not kinds & _LEGAL_PERSONS:
                kept.append(proposal)
        report.fuzzy = kept
        self.repo.finish_import_batch(
            self.batch_id,
            rows_total=report.rows,
            rows_imported=report.new + report.refunds,
            rows_duplicate=report.duplicates,
            rows_rejected=len(report.errors),
            donors_created=report.donors_created,
        )
        self.repo.append_audit(
            actor=self.actor,
            action="import.commit",
            entity="import_batch",
            entity_uuid=self.repo.import_batch_uuid(self.batch_id),
            after={
                "file": Path(report.file).name,
                "sha256": report.sha256,
                "preset": report.preset,
                "rows": report.rows,
                "new": report.new,
                "refunds": report.refunds,
                "duplicates": report.duplicates,
                "rejected": len(report.errors),
                "donors_created": report.donors_created,
            },
            groups=[
                Group.of_batch(
                    "donation",
                    self.batch_id,
                    self.repo.batch_digest("donation", self.batch_id).known(),
                ),
                Group.of_batch(
                    "donor", self.batch_id, self.repo.batch_digest("donor", self.batch_id).known()
                ),
            ],
        )
        context = rule_context(self.repo)
        settings = self.repo.settings()
        assert settings is not None
        if rules_apply(context, settings):
            checked = check_repo(self.repo, today=today)
            # a flag resolved by an undo and open again counts as raised again
            report.flags = checked.raised + checked.reopened
            report.flags_resolved = checked.resolved
            report.raised = raised_flags(
                self.repo, checked.raised_ids, limit=_FLAGS_LISTED, language=self.language
            )
            # open flags the import changed (a donor further over the cap)
            report.updated = raised_flags(
                self.repo, checked.updated_ids, limit=_FLAGS_LISTED, language=self.language
            )

    def _sent_back(self) -> list[dict[str, Any]]:
        """The statement's debits to a donor of the ledger of a gift's very amount, on or
        after it, not yet given back in full: money sent back, most likely, which the
        ledger still counts until it is recorded as a return (by the treasurer, who knows:
        a debit to a donor may also pay a bill)."""
        debits = [(d, normalise_name(d.name)) for d in self.debits if d.currency == self.currency]
        if not debits:
            return []
        gifts: defaultdict[str, list[tuple[int, dt.date, int]]] = defaultdict(list)
        for i, name_key, on, minor in self.repo.gifts_of_names(key for _d, key in debits):
            gifts[name_key].append((i, on, minor))
        given_back = self.repo.refunded_totals(g[0] for same in gifts.values() for g in same)
        found = []
        for debit, key in debits:
            try:
                paid = parse_amount(debit.amount, self.currency)
            except ParseError:
                continue
            day = dt.date.fromisoformat(debit.day)
            ids = [
                i
                for i, on, minor in gifts.get(key, ())
                if minor == paid.minor and on <= day and given_back.get(i, 0) < minor
            ]
            if ids:
                found.append(
                    {
                        "entry": debit.entry,
                        "date": debit.day,
                        "amount": paid.amount,
                        "currency": paid.currency,
                        "name": debit.name,
                        # a dry run keeps no id of its own rows: the ledger's gifts only
                        "donation_ids": [
                            i for i in ids if not self.report.dry_run or i <= self.existing
                        ],
                        # a gift of this very file
                        "in_file": any(i > self.existing for i in ids),
                    }
                )
        return found

    def _complete_donors(self, offered: dict[int, DonorDetails], two: list[int]) -> None:
        """Fill the blanks of known donors' records with what the file's rows tell of
        them (the address a receipt needs, given with a later gift), as a gift entered by
        hand does (``blanks_filled``: nothing replaced, an address never pieced together
        from two); one audit entry each, which an undo of the batch follows back. The
        donors the batch created are completed as it creates them (``offered`` has those
        given more after they were inserted, by temporary id)."""
        repo = self.repo
        if two:
            # the file gives two addresses of a donor who has none (known, or created by
            # the file): said, for the treasurer to say which is theirs
            ids = [self._donor_id(i) for i in two]
            named = repo.donor_details(ids, ("name", *ADDRESS_FIELDS))
            self.report.two_addresses = [
                {"donor_id": i, "name": named[i]["name"]}
                for i in sorted(ids)
                if i in named and not any(named[i][n] for n in ADDRESS_FIELDS)
            ]
        if not offered:
            return
        # donors of this batch given more by rows after they were inserted (a large file,
        # planned in chunks): completed as a known donor is, though not counted as one
        created = {self._donor_id(i) for i in offered if i < 0}
        if created:
            offered = {self._donor_id(i): d for i, d in offered.items()}
        shown = ("name", "kind", *FILLABLE)
        current = repo.donor_details(offered, ("uuid", "pseudonymised_on", *shown))
        fills = {
            donor_id: blanks
            for donor_id, here in sorted(current.items())
            # a pseudonymised donor's details are not recorded again
            if here["pseudonymised_on"] is None
            and (blanks := blanks_filled(here, details_fields(offered[donor_id])))
        }
        if not fills:
            return
        snapshot = repo.audit_snapshot("donor", [current[i]["uuid"] for i in fills])
        # every row first, then the entries: no row is written while this transaction
        # holds the audit's lock (PostgreSQL), which another writer of the row may wait for
        for donor_id, blanks in fills.items():
            repo.fill_donor(donor_id, blanks)
        batch = repo.import_batch_uuid(self.batch_id)
        for donor_id, blanks in fills.items():
            here = current[donor_id]
            # (the donor and the batch in both: what changed is the details)
            before = {name: here[name] for name in shown}
            before |= {"donor_id": donor_id, "import_batch": batch}
            repo.append_audit(
                actor=self.actor,
                action=COMPLETED_BY_IMPORT,
                entity="donor",
                entity_uuid=here["uuid"],
                before=before,
                after=before | blanks,
                touched=[("donor", here["uuid"])],
                snapshot=snapshot,
            )
        self.report.donors_completed += len(fills.keys() - created)

    def _confirm_duplicates(self, same: list[SameReference], *, last: bool = False) -> None:
        """Of the rows skipped because their reference is already there (in the ledger,
        or earlier in the file and written by now), those whose date or amount differ
        from every entry with that reference are another donation that happens to bear
        the same text (a cheque number, another platform's id): reported, never dropped
        in silence. A reference not written yet is an earlier refund of the file,
        recorded at the end: checked again then (``last``)."""
        if not same:
            return
        # a reference as the ledger spells it, and as it compares (0012345 is 12345)
        wanted = {r for s in same if not s[5] for r in (s[0], reference_key(s[0]))}
        there = self.repo.entries_by_reference(wanted)
        donations = self._donations_by_reference({s[0] for s in same if s[5]})
        given_back = self.repo.refunded_totals(found.id for found in donations.values())
        refunded = {
            ref: given_back[found.id] for ref, found in donations.items() if found.id in given_back
        }
        for reference, ordinal, minor, line, column, marked_refund, donor in same:
            if marked_refund:
                recorded = refunded.get(reference)
                if recorded is None and not last:  # its refund is recorded at the end
                    self.unconfirmed.append((reference, ordinal, minor, line, column, True, donor))
                if recorded is None or recorded == minor:
                    continue
                value = str(Money(minor, self.currency))  # the refunded amount, not the id
                self.duplicate_clashes += 1  # counted a duplicate of its donation's row
                reason = Message(
                    "the platform now says {refunded} was refunded, but the ledger's refunds "
                    "of this donation give back {recorded}: record the difference with "
                    "'treasurer refund'",
                    refunded=str(Money(minor, self.currency)),
                    recorded=str(Money(recorded, self.currency)),
                )
                if minor < recorded:  # the ledger has more given back: an older export
                    reason = Message(
                        "says {refunded} was refunded, but the ledger's refunds of this "
                        "donation give back {recorded} already (from a later export, or by "
                        "hand): if this file is older, leave this row out; if not, check the "
                        "refunds recorded",
                        refunded=str(Money(minor, self.currency)),
                        recorded=str(Money(recorded, self.currency)),
                    )
            else:
                entries = there.get(reference, set()) | there.get(reference_key(reference), set())
                if not entries and not last:
                    self.unconfirmed.append((reference, ordinal, minor, line, column, False, donor))
                if not entries:
                    continue  # a duplicate of a row reported bad
                alike = [e for e in entries if (e[0], e[1]) == (ordinal, minor)]
                if any(_same_donor(donor, e[2]) for e in alike):
                    continue  # the same donation
                self.duplicate_clashes += 1
                value = reference
                remedy = (
                    # a statement's columns are the bank's: nothing to map
                    Message("record this gift by hand ('treasurer add')")
                    if self.report.statement
                    else Message("map another column as the reference, or none")
                )
                if alike:
                    reason = Message(
                        "is already the reference of {donor}'s donation of {amount} on {date}, "
                        "but this row names another donor: if it is that gift, leave the row "
                        "out; if not, its reference comes from another source (another "
                        "account's numbering): {remedy}",
                        donor=min(alike)[3],
                        amount=str(Money(minor, self.currency)),
                        date=dt.date.fromordinal(ordinal).isoformat(),
                        remedy=remedy,
                    )
                else:
                    day, amount, _key, _name = min(entries)
                    reason = Message(
                        "is already the reference of another entry ({amount} on {date}): if "
                        "this row is another donation, its reference comes from another "
                        "source; {remedy}",
                        amount=str(Money(amount, self.currency)),
                        date=dt.date.fromordinal(day).isoformat(),
                        remedy=remedy,
                    )
            self.clashes.append(RowIssue(line, column, value, reason))

    def _donations_by_reference(self, references: set[str]) -> dict[str, Referenced]:
        """Reference -> the donation with that reference, or with one that compares
        alike (``reference_key``: ١٠١ is 101, 0012 is 12), as the ledger spells it (what
        it had before the import, and what the import wrote)."""
        found = self.repo.donations_by_reference(references)
        missing = {reference_key(r): r for r in references - found.keys()}
        if missing:
            spellings = self.known.references | self.repo.references(batch_id=self.batch_id)
            spelt = [r for r in spellings if reference_key(r) in missing]
            for ref, donation in self.repo.donations_by_reference(spelt).items():
                found.setdefault(missing[reference_key(ref)], donation)
        return found

    def _at_gift_rates(
        self, refunds: list[tuple[ImportRow, int | None, int]], originals: dict[str, Referenced]
    ) -> list[tuple[ImportRow, int | None, int]]:
        """The refunds, those converted by the platform at their gift's rate where the
        ledger knows what the gift was in the currency paid (``_at_gift_rate``)."""
        if not any(r.converted is not None for r, _, _ in refunds):
            return refunds
        ids = [found.id for found in originals.values()]
        paid = self.repo.originals(ids)
        back = self.repo.converted_back(ids)
        return [
            (
                _at_gift_rate(r, originals.get(r.reinstates or r.refund_of or ""), paid, back),
                unit,
                donor,
            )
            for r, unit, donor in refunds
        ]

    def _record_refunds(self, refunds: list[tuple[ImportRow, int | None, int]]) -> None:
        """Refunds and returns, linked to the donation they give back (ledger or file:
        the file's donations are in the ledger by now)."""
        if not refunds:
            return
        originals = self._donations_by_reference(
            {ref for r, _, _ in refunds if (ref := r.reinstates or r.refund_of)}
        )
        refunds = self._at_gift_rates(refunds, originals)
        # the refunds the ledger has of them (to know one recorded from another source),
        # and what they give back so far: the ledger's, then this file's
        recorded = self.repo.refunds_of(found.id for found in originals.values())
        given_back = {i: sum(e[1] for e in entries) for i, entries in recorded.items()}
        rows: list[ImportValues] = []
        # what the processor took for the money back, or gave back of its fee, by row
        fees: dict[int, ImportRow] = {}  # (and what it was in the currency paid)
        reinstated = 0
        # money that came back after a chargeback, after the chargebacks (a download may
        # list the newest first)
        for entry in sorted(refunds, key=lambda r: bool(r[0].reinstates)):
            row = entry[0]
            if row.reinstates:
                found = originals.get(row.reinstates)
                reason = self._reinstatement_problem(row, found, given_back)
                if reason is not None:
                    self.report.errors.append(
                        RowIssue(row.line, "refund_of", row.reinstates, reason)
                    )
                    continue
                assert found is not None
                given_back[found.id] -= row.amount.minor
                reinstated += 1
                fees[len(rows)] = row
                rows.append(
                    (
                        found.donor_id,  # a gift of its donation's donor again
                        found.unit_id,
                        None,
                        row.received_on,
                        row.amount.minor,
                        row.amount.currency,
                        row.method._value_,
                        row.entry_type._value_,
                        row.reference,
                        row.fingerprint,
                        row.notes,
                    )
                )
                continue
            found = originals.get(row.refund_of or "")
            if found is not None and row.refunded is not None:
                # the platform's total refunded so far, marked on the donation's row: what
                # other sources recorded of it is part of it
                rest = self._rest_of_total(row, recorded.get(found.id))
                if isinstance(rest, RowIssue):
                    self.report.errors.append(rest)
                    continue
                if rest is None:
                    self.report.duplicates += 1
                    continue
                row = rest
            elif found is not None and self._recorded_elsewhere(row, recorded.get(found.id)):
                self.report.duplicates += 1
                continue
            issue = self._refund_problem(row, found, given_back)
            if issue is not None:
                self.report.errors.append(issue)
                continue
            assert found is not None
            given_back[found.id] = given_back.get(found.id, 0) + row.amount.minor
            original, donor_id, unit_id = found.id, found.donor_id, found.unit_id
            fees[len(rows)] = row
            rows.append(
                (
                    donor_id,  # the donation's donor and unit, whatever the refund row says
                    unit_id,
                    original,
                    row.received_on,
                    -row.amount.minor,
                    row.amount.currency,
                    row.method._value_,
                    row.entry_type._value_,
                    row.reference,
                    row.fingerprint,
                    row.notes,
                )
            )
        self._record_fees(self.repo.insert_import_rows(rows, batch_id=self.batch_id), fees)
        self.report.refunds += len(rows) - reinstated
        self.report.new += reinstated

    def _record_fees(self, ids: Sequence[int], rows: dict[int, ImportRow]) -> None:
        """The fees of the money back just recorded (``ids``, in the order of ``rows``),
        and what it was in the currency paid where the platform converted it."""
        batch = self.batch_id
        charged = [
            {"donation_id": i, "amount_minor": fee.minor, "currency": fee.currency}
            for at, i in enumerate(ids)
            if (fee := rows[at].fee) is not None
        ]
        self.repo.insert_fees([c | {"import_batch_id": batch} for c in charged])
        self.report.fees += len(charged)
        self.repo.insert_originals(
            [
                {
                    "donation_id": i,
                    "amount_minor": abs(foreign.minor),
                    "currency": foreign.currency,
                    "import_batch_id": batch,
                }
                for at, i in enumerate(ids)
                if (c := rows[at].converted) is not None and (foreign := c.foreign) is not None
            ]
        )

    def _refund_problem(
        self, row: ImportRow, found: Referenced | None, given_back: dict[int, int]
    ) -> RowIssue | None:
        """Why the refund ``row`` of the donation ``found`` cannot be recorded, or None."""
        reason = None
        column, value = "refund_of", row.refund_of or ""
        if found is None and (row.reference or "").startswith(f"{row.refund_of}/refund"):
            # the row's own reference was taken for its donation's (no column names it)
            column = "reference"
            reason = Message(
                "is negative (a refund), but no donation in the ledger or the file has its "
                "reference: if it is the refund's own reference, add a column that gives "
                "the reference of the donation it refunds"
            )
        elif found is None:
            reason = Message("refunds a donation that is not in the ledger or the file")
        elif row.donor_key and not _same_donor(row.donor_key, found.donor_key):
            column, value = "donor", row.donor.name
            reason = Message(
                "refunds the donation {reference} of {donor}, but names another donor: "
                "correct the name or the reference of the donation it refunds",
                reference=row.refund_of or "",
                donor=found.donor_name,
            )
        elif row.received_on < found.received_on:
            column, value = "date", row.received_on.isoformat()
            reason = Message(
                "is dated before the donation it refunds ({date})",
                date=found.received_on.isoformat(),
            )
        elif row.amount.minor > found.amount_minor:
            reason = Message(
                "refunds {refund}, more than its donation of {donation}",
                refund=str(row.amount),
                donation=str(Money(found.amount_minor, row.amount.currency)),
            )
        elif row.amount.minor > found.amount_minor - given_back.get(found.id, 0):
            reason = Message(
                "refunds {refund}, but only {left} of its donation of {donation} is left "
                "to give back (other refunds gave back the rest)",
                refund=str(row.amount),
                left=str(
                    Money(found.amount_minor - given_back.get(found.id, 0), row.amount.currency)
                ),
                donation=str(Money(found.amount_minor, row.amount.currency)),
            )
        if reason is None:
            return None
        return RowIssue(row.line, column, value, reason)

    def _rest_of_total(
        self, row: ImportRow, recorded: list[tuple[int, int, str]] | None
    ) -> ImportRow | RowIssue | None:
        """A refund the platform marks on its donation's row says what was refunded in
        all: less what the ledger has of it from other sources (Stripe's balance report,
        a refund entered by hand), the row to record; None if that is all of it (a
        duplicate); the issue if the ledger has more."""
        others = [e for e in recorded or () if e[2] != self.report.preset]
        elsewhere = sum(amount for _when, amount, _preset in others)
        if not elsewhere:
            return row
        if elsewhere > row.amount.minor:
            return RowIssue(
                row.line,
                "refund_amount",
                str(row.amount),
                Message(
                    "says {refunded} was refunded in all, but the ledger's refunds of the "
                    "donation recorded from other sources give back {more}: check them",
                    refunded=str(row.amount),
                    more=str(Money(elsewhere, row.amount.currency)),
                ),
            )
        assert recorded is not None
        for entry in others:
            recorded.remove(entry)
        if elsewhere == row.amount.minor:
            return None
        return row._replace(amount=Money(row.amount.minor - elsewhere, row.amount.currency))

    def _recorded_elsewhere(
        self, row: ImportRow, recorded: list[tuple[int, int, str]] | None
    ) -> bool:
        """Whether the refund ``row`` is one the ledger has of its donation from another
        source: the same amount within a few days, recorded by hand or by an import of
        another kind (Stripe's payments export and its balance report both give a
        refund, each under its own reference). That refund is then taken: one row of
        the file for one refund of the ledger."""
        if not recorded:
            return False
        day = row.received_on.toordinal()
        for entry in recorded:
            when, amount, preset = entry
            if (
                amount == row.amount.minor
                and abs(when - day) <= _SAME_GIFT_DAYS
                and preset != self.report.preset
            ):
                recorded.remove(entry)
                return True
        return False

    def _reinstatement_problem(
        self, row: ImportRow, found: Referenced | None, given_back: dict[int, int]
    ) -> Message | None:
        """Why money said to come back after a refund or a chargeback of the donation
        ``found`` cannot be recorded, or None."""
        if found is None:
            return Message(
                "brings back the money of a donation that is not in the ledger or the file"
            )
        if row.donor_key and not _same_donor(row.donor_key, found.donor_key):
            return Message(
                "brings back the donation {reference} of {donor}, but names another donor: "
                "correct the name or the reference of the donation",
                reference=row.reinstates or "",
                donor=found.donor_name,
            )
        if row.received_on < found.received_on:
            return Message(
                "is dated before the donation it brings back ({date})",
                date=found.received_on.isoformat(),
            )
        taken = given_back.get(found.id, 0)
        if row.amount.minor > taken:
            return Message(
                "brings back {amount}, but the refunds and chargebacks of its donation of "
                "{donation} took back {taken}",
                amount=str(row.amount),
                donation=str(Money(found.amount_minor, row.amount.currency)),
                taken=str(Money(taken, row.amount.currency)),
            )
        return None


def _same_donor(key: str, donor_key: str) -> bool:
    """Whether a refund row's donor (its name key) can be the donor of the donation it
    refunds: the same words, in any order, one side's words all found on the other's
    ("DUPONT Jean", "M. Jean Dupont", "J. Dupont" for Jean Dupont), a word of one letter
    standing for any word it begins and a long word misspelt by a letter or two."""
    if key == donor_key:
        return True
    words = [w for w in key.split() if w not in TITLES]
    others = [w for w in donor_key.split() if w not in TITLES]
    return _words_within(words, others) or _words_within(others, words)


def _words_within(words: list[str], others: list[str]) -> bool:
    return all(
        any(
            word == other
            or (len(word) == 1 and other.startswith(word))
            or (len(word) > 3 and fuzz.ratio(word, other) >= _SAME_WORD_SCORE)
            for other in others
        )
        for word in words
    )


# ---------------------------------------------------------------- the worker process
def _known(repo: LedgerRepository) -> Known:
    """What planning rows needs to know of the ledger."""
    return Known(
        units={u.name.casefold(): int(u.id) for u in repo.units()},
        default_unit=OfficeData(repo).office_unit_id(),
        references=repo.references(),
        fingerprints=repo.fingerprints(),
        donors=repo.donor_index(),
        gifts=repo.gift_keys(),
        kinds=repo.donor_kinds(),
    )


def _worker_stopped() -> TreasurerError:
    return TreasurerError(
        "the import's worker process stopped before the end (short of memory?); nothing "
        "was imported: try again, with other programs closed"
    )


def _worker_messages(job: Job) -> Generator[tuple[bytes, bytes], None, None]:
    """Start the worker, give it ``job`` and yield its messages (tag, body) until the
    caller stops; the worker is then waited for, or killed if it is still working (an
    error or a cancel on this side).

    Raises:
        _NoWorker: it could not start (no Python to run it, as in a frozen app):
            nothing was written yet, the import can run in this process.
    """
    if not sys.executable or getattr(sys, "frozen", False):
        # no Python to run it (a frozen app's executable is the app itself)
        raise _NoWorker
    # -P and PYTHONPATH: the worker runs this very package, whatever the current folder
    env = dict(os.environ)
    package_parent = str(Path(treasurer.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_parent, env.get("PYTHONPATH")]))
    try:
        worker = subprocess.Popen(
            [sys.executable, "-P", "-m", "treasurer.importers.worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
    except (OSError, ValueError, TypeError):
        raise _NoWorker from None
    assert worker.stdin is not None
    assert worker.stdout is not None
    messages = worker.stdout
    started = False
    try:
        try:
            pickle.dump(job, worker.stdin, protocol=pickle.HIGHEST_PROTOCOL)
        except (OSError, pickle.PicklingError, TypeError, ValueError):
            raise _NoWorker from None
        finally:
            with contextlib.suppress(OSError):
                worker.stdin.close()
        while True:
            head = messages.read(HEAD.size)
            if len(head) < HEAD.size:
                if started:
                    raise _worker_stopped()
                raise _NoWorker
            started = True
            tag, size = HEAD.unpack(head)
            body = messages.read(size)
            if len(body) < size:
                raise _worker_stopped()
            yield tag, body
    finally:
        messages.close()
        try:
            worker.wait(timeout=5)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()


# ---------------------------------------------------------------- sources
def _source(
    path: Path,
    *,
    preset: str | None,
    mapping: Path | None,
    encoding: str | None,
    sheet: str | None,
    delimiter: str | None,
) -> tuple[RowSource, str, str | None, str | None]:
    """Where the file's rows come from (each ``rows()`` reads the file again), the
    preset's id, its decimal separator and its date order."""
    statement = _statement_reader(path)
    if statement is not None and preset is None and mapping is None:
        return statement

    table, chosen, mapped = _sheet_table(
        path, preset=preset, mapping=mapping, encoding=encoding, sheet=sheet, delimiter=delimiter
    )
    missing = mapped.missing()
    if missing:
        raise ImportFileError(
            str(path),
            _missing_columns(
                table, missing, mapping=mapping, preset=chosen.name if preset else None
            ),
        )
    if preset is not None and (absent := preset_files.absent_headers(chosen, table.headers)):
        raise ImportFileError(
            str(path),
            Message(
                "this is not what the preset {preset!r} reads: its exports have the columns "
                "{absent}, which this file lacks (what they say would be lost, such as how "
                "much of a gift was refunded); export the file again with them, or import it "
                "with a mapping of your own",
                preset=chosen.id,
                absent=", ".join(absent),
            ),
        )
    decimal = chosen.decimal_separator
    if table.kind == "spreadsheet" and decimal:
        # a number cell is a number: written as text the way the preset reads amounts
        table = replace(table, decimal_mark=decimal)
    return RowSource(path, table, mapped), chosen.id, decimal, chosen.date_order


def _sheet_table(
    path: Path,
    *,
    preset: str | None,
    mapping: Path | None,
    encoding: str | None,
    sheet: str | None,
    delimiter: str | None,
) -> tuple[Table, preset_files.Preset, preset_files.Mapping_]:
    """``_mapped_table``; when no sheet is named and the workbook's first shown sheet is
    not the donations (a "read me", a summary), the one other sheet that is, if only one
    is (the report names the sheet read)."""
    found = _mapped_table(
        path, preset=preset, mapping=mapping, encoding=encoding, sheet=sheet, delimiter=delimiter
    )
    table, _chosen, mapped = found
    if sheet is not None or table.sheet is None or not mapped.missing():
        return found
    fitting = []
    for other in sheet_names(path):
        if other == table.sheet:
            continue
        try:
            candidate = _mapped_table(
                path, preset=preset, mapping=mapping, encoding=None, sheet=other, delimiter=None
            )
        except ImportFileError:
            continue  # an empty sheet, or one without a header
        if not candidate[2].missing():
            fitting.append(candidate)
    return fitting[0] if len(fitting) == 1 else found


def _missing_columns(
    table: Table, missing: list[str], *, mapping: Path | None, preset: str | None = None
) -> Message:
    """Why the file cannot be read as donations, and what to do: check the mapping's
    column names, let the file be recognised rather than name a preset it is not, pick
    another sheet, or write a mapping."""
    fields = ", ".join(missing)
    columns = ", ".join(h for h in table.headers if h)
    if preset is not None:
        return Message(
            "this is not what the preset {preset!r} reads: no column gives the {fields} of "
            "each donation as it names them (columns: {columns}); import it without "
            "--preset to let Treasurer recognise it, or choose another preset "
            "('treasurer presets')",
            preset=preset,
            fields=fields,
            columns=columns,
        )
    if mapping is not None:
        return Message(
            "no column gives the {fields} of each donation (columns: {columns}): check the "
            "column names in the mapping {mapping}",
            fields=fields,
            columns=columns,
            mapping=mapping.name,
        )
    others = [n for n in sheet_names(table.path) if n != table.sheet] if table.sheet else []
    if others:
        return Message(
            "no column of the sheet {sheet!r} gives the {fields} of each donation (columns: "
            "{columns}); the workbook has other sheets ({sheets}): choose one (the import "
            "window's Sheet, --sheet on the command line), or map its columns (the import "
            "window's columns page, a --mapping on the command line)",
            sheet=table.sheet,
            fields=fields,
            columns=columns,
            sheets=", ".join(others),
        )
    if any(_LOOKS_LIKE_DATA.fullmatch(h) for h in table.headers):
        return Message(
            "the first line holds values ({columns}), not column names: add a header line "
            "that names the columns (such as Date, Nom, Montant)",
            columns=columns,
        )
    return Message(
        "no column gives the {fields} of each donation (columns: {columns}); map its columns "
        "(the import window's columns page, a --mapping on the command line)",
        fields=fields,
        columns=columns,
    )


def _mapped_table(
    path: Path,
    *,
    preset: str | None,
    mapping: Path | None,
    encoding: str | None,
    sheet: str | None,
    delimiter: str | None,
) -> tuple[Table, preset_files.Preset, preset_files.Mapping_]:
    """The file as a table, the preset that reads it (named, a mapping file, or detected
    from the header among the shipped presets and the mappings saved) and which column
    feeds each field. The header is the first row, or the first of the next rows that
    gives every field needed (a sheet with a title above its header)."""
    given = _chosen_preset(preset, mapping)
    table = open_table(
        path,
        encoding=encoding,
        sheet=sheet,
        delimiter=delimiter or (given.delimiter if given else None),
    )
    # the presets a header is recognised by, read once for every row tried as the header
    candidates = None if given else [*_user_presets(), *preset_files.shipped_presets()]
    first = _mapping_of(table, given, candidates)
    if isinstance(first, ImportFileError) or first[1].missing():
        best = None if isinstance(first, ImportFileError) else (table, *first)
        below: ImportFileError | None = None  # why the first row below failed, if it did
        rows = table.first_rows(table.skip + _HEADER_SEARCH)
        for skip in range(table.skip + 1, len(rows)):
            try:
                lower = table.with_header(skip, rows[skip])
            except ImportFileError:
                continue
            found = _mapping_of(lower, given, candidates)
            if isinstance(found, ImportFileError):
                below = below or found
                continue
            if not found[1].missing():
                return lower, *found
            if best is not None and len(found[1].indexes) > len(best[2].indexes):
                best = (lower, *found)  # the likeliest header, for the message
        if below is not None and _titled(table) and (best is None or best[0] is table):
            # a title above the header (merged over its width): the header's own problem
            raise below
        if best is not None:
            return best
    if isinstance(first, ImportFileError):
        raise first
    return table, *first


def _titled(table: Table) -> bool:
    """Whether the table's first row is one text, as a title is (a merged cell over the
    row reads the same in each of its cells), not a header."""
    return len({h for h in table.headers if h}) == 1


def _mapping_of(
    table: Table,
    given: preset_files.Preset | None,
    candidates: list[preset_files.Preset] | None,
) -> tuple[preset_files.Preset, preset_files.Mapping_] | ImportFileError:
    """The preset (``given``, or the one of ``candidates`` its header names) and how it
    maps the table's columns, or why it cannot."""
    chosen = given or preset_files.detect_preset(table.headers, candidates)
    try:
        return chosen, preset_files.map_table(table, chosen)
    except ImportFileError as exc:
        return exc


def _statement_kind(path: Path) -> str | None:
    """The kind of bank statement the file is (by its first bytes), or None."""
    with path.open("rb") as handle:
        head = handle.read(4096)
    return bank.detect_statement(path, head)


def _statement_reader(path: Path) -> tuple[RowSource, str, str | None, str | None] | None:
    kind = _statement_kind(path)
    if kind is None:
        return None
    # read here, once: a statement that cannot be read fails before any work
    read = bank.read_statement(path)
    return (
        RowSource(
            path,
            statement=tuple(read.rows),
            skipped=tuple(read.skipped),
            debits=tuple(read.debits),
        ),
        kind,
        ".",
        None,
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except FileNotFoundError:
        raise ImportFileError(str(path), Message("there is no such file")) from None
    except OSError as exc:
        raise ImportFileError(
            str(path), Message("cannot be read ({problem})", problem=exc.strerror)
        ) from None
    return digest.hexdigest()


def _write_rejects(ledger: Ledger, path: Path, errors: list[RowIssue], source: RowSource) -> Path:
    """The bad rows as a CSV: where and why each is bad, then the row as the file had it
    (under the file's own headers), so that the treasurer can fix the cells and import
    the rows again."""
    # next to the ledger file; for a server ledger, next to the imported file
    folder = ledger.location.path.parent if ledger.location.path else path.parent
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    out = folder / f"{path.stem}-rejects-{stamp}.csv"
    conversions: list[tuple[int, list[str]]] = []
    if source.table is None:
        headers, cells = _statement_rows(source, errors)
    else:
        headers, originals = _original_rows(source, {issue.line for issue in errors})
        cells = [originals.get(issue.line, []) for issue in errors]
        mapping = source.mapping
        if mapping is not None and mapping.conversion and "reference" in mapping.indexes:
            # a payment in another currency goes with the platform's conversions of it
            at = mapping.indexes["reference"]
            references = {row[at].strip() for row in originals.values() if at < len(row)}
            with contextlib.suppress(ImportFileError, OSError):
                conversions = mapping.conversion_rows(source.table, references - {""})
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([*REJECTS_COLUMNS, *map(csv_safe, headers)])
        for issue, row in zip(errors, cells, strict=True):
            writer.writerow(
                [
                    issue.line,
                    csv_safe(issue.column),
                    csv_safe(issue.value),
                    str(issue.reason),
                    *map(csv_safe, row),
                ]
            )
        for line, row in conversions:
            writer.writerow([line, "", "", str(_CONVERSION_KEPT), *map(csv_safe, row)])
    return out


_CONVERSION_KEPT = Message(
    "not a bad row: the platform's currency conversion of a payment above, kept to be read "
    "with it when the fixed rows are imported again"
)


def _original_rows(source: RowSource, lines: set[int]) -> tuple[list[str], dict[int, list[str]]]:
    """The headers and the cells of the given lines of a table, read again. A file that
    cannot be read again (moved or changed since) gives none: the reasons are written
    all the same."""
    assert source.table is not None
    found: dict[int, list[str]] = {}
    try:
        for line, cells in source.table.rows():
            if line in lines:
                found[line] = cells
                if len(found) == len(lines):
                    break
    except (ImportFileError, OSError) as exc:
        log.warning("the rejects file has no original cells: %s", exc)
        return [], {}
    return list(source.table.headers), found


def _statement_rows(source: RowSource, errors: list[RowIssue]) -> tuple[list[str], list[list[str]]]:
    """The fields of a statement's bad rows, one per error, in the errors' order. A batch
    entry's payments share its number: each error is the payment whose column (which
    names the payment) holds its value, or that lacks the field it names."""
    lines = {issue.line for issue in errors}
    # a payment refused whole (its entry's amounts do not add up) has its fields all the same
    entries = [
        i if isinstance(i, SourceRow) else SourceRow(i.line, i.values)
        for i in source.rows()
        if isinstance(i, SourceRow | BadLine) and i.line in lines
    ]
    # the fields every donation needs are there to fill in, even when no entry had them
    needed = {"date", "amount", "donor"}
    headers = [name for name in FIELDS if name in needed or any(name in e.values for e in entries)]
    used: set[int] = set()

    def fits(entry: SourceRow, issue: RowIssue) -> bool:
        named = [f for f, column in entry.columns.items() if column == issue.column]
        if named:
            return entry.values.get(named[0], "") == issue.value
        return issue.column in FIELDS and not entry.values.get(issue.column)

    rows: list[list[str]] = []
    for issue in errors:
        same = [i for i, e in enumerate(entries) if e.line == issue.line and i not in used]
        chosen = next((i for i in same if fits(entries[i], issue)), same[0] if same else None)
        if chosen is None:
            rows.append([])
            continue
        used.add(chosen)
        rows.append([entries[chosen].values.get(name, "") for name in headers])
    return headers, rows


# ---------------------------------------------------------------- batches
def list_batches(ledger: Ledger) -> list[dict[str, Any]]:
    with ledger.store.transaction() as repo:
        return repo.import_batches()


#: Donors who are not people: never proposed for a merge with a donor of another kind.
def _at_gift_rate(
    row: ImportRow,
    found: Referenced | None,
    paid: dict[int, tuple[int, str]],
    back: dict[int, tuple[int, int]],
) -> ImportRow:
    """Money given back in the currency its gift was paid in, converted by the platform,
    at the rate the gift was recorded at, whatever the rate of the day it goes back. What
    the gift's refunds give back in all is at that rate (``back``: in the currency paid
    and in the ledger's, so far), each the difference: refunds that add up to the gift
    take it back to the cent (two halves of 9.03 are 4.52 and 4.51), whatever their files."""
    converted = row.converted
    if found is None or converted is None or converted.foreign is None:
        return row
    original = paid.get(found.id)
    if original is None or original[1] != converted.foreign.currency:
        return row
    rate = Fraction(found.amount_minor, original[0])
    before, before_ledger = back.get(found.id, (0, 0))
    after = before - converted.foreign.minor  # a refund's is negative; money back after one, not
    after_ledger = round(after * rate)
    back[found.id] = (after, after_ledger)
    converted = converted.valued(before_ledger - after_ledger, rate)
    return row._replace(
        amount=abs(converted.gross),
        fee=converted.fee(money_back=True),
        notes=converted.noted(),
        converted=converted,
    )


def _blank_again(
    repo: LedgerRepository, batch_id: int, batch_uuid: str
) -> dict[str, tuple[int, list[str]]]:
    """The details an import filled in known donors' records (``_complete_donors``) that
    are still as it wrote them: donor uuid -> its id and those fields, to blank again
    when the batch is undone. A detail changed since (by hand, by a merge) stays; a donor
    the batch created goes with it."""
    found: dict[str, tuple[int, list[str]]] = {}
    entries = repo.completed_by_batch(batch_uuid)
    ids = [int(e["after"]["donor_id"]) for e in entries]
    current = repo.donor_details(ids, ("uuid", "import_batch_id", *FILLABLE))
    for entry in entries:
        before, after = entry["before"], entry["after"]
        here = current.get(int(after["donor_id"]))
        if here is None or here["import_batch_id"] == batch_id:
            continue
        fields = [
            name
            for name in FILLABLE
            if not before.get(name) and after.get(name) and here[name] == after[name]
        ]
        if fields:
            found[here["uuid"]] = (int(after["donor_id"]), fields)
    return found


_LEGAL_PERSONS = frozenset(
    (
        DonorKind.COMPANY,
        DonorKind.UNION,
        DonorKind.ASSOCIATION,
        DonorKind.PARTY,
        DonorKind.PUBLIC_BODY,
    )
)


def undo_import(ledger: Ledger, batch_id: int, *, today: dt.date | None = None) -> dict[str, Any]:
    """Remove everything one import added (its donations, fees and new donors), then
    re-check the rules. Refused when later entries depend on it (a refund of one of its
    donations recorded outside it)."""
    with ledger.store.transaction() as repo:
        repo.lock_imports()
        batch = repo.import_batch(batch_id)
        if batch is None:
            raise UserError("there is no import batch {batch}", batch=batch_id)
        if batch["status"] != "committed":
            raise UserError(
                "import batch {batch} is already {status}", batch=batch_id, status=batch["status"]
            )
        if (dependent := repo.first_dependent(batch_id)) is not None:
            entry, other = dependent
            raise UserError(
                "donations of import batch {batch} have refunds recorded outside it, the "
                "first being {which}; undo those first",
                batch=batch_id,
                which=(
                    Message("entry {id}, entered by hand", id=entry)
                    if other is None
                    else Message("entry {id} of import batch {other}", id=entry, other=other)
                ),
            )
        receipts = repo.issued_receipts(batch_id)
        if len(receipts) == 1:
            [(donation, number)] = receipts
            raise UserError(
                "donation {id} of import batch {batch} has receipt {number} issued for it; "
                "void the receipt first (treasurer receipt void {number} --reason ...)",
                id=donation,
                batch=batch_id,
                number=number,
            )
        if receipts:
            raise UserError(
                "donations of import batch {batch} have receipts {numbers} issued for them; "
                "void the receipts first (treasurer receipt void NUMBER --reason ..., for each)",
                batch=batch_id,
                numbers=", ".join(str(number) for _donation, number in receipts),
            )
        refuse_batch_in_closed_periods(repo, batch_id, undo=True)
        snapshot, touched, drops = repo.audit_undo_plan(batch_id)
        blanked = _blank_again(repo, batch_id, batch["uuid"])
        if blanked:
            uuids = list(blanked)
            snapshot |= repo.audit_snapshot("donor", uuids)
            touched = [*touched, *(("donor", u) for u in uuids)]
            for donor_id, fields in blanked.values():
                repo.fill_donor(donor_id, dict.fromkeys(fields))
        removed = repo.undo_import_batch(batch_id)
        removed["donors_restored"] = len(blanked)
        repo.append_audit(
            actor=current_actor(repo),
            action="import.undo",
            entity="import_batch",
            entity_uuid=batch["uuid"],
            before={"status": "committed"},
            after={"status": "undone", **removed},
            touched=touched,
            snapshot=snapshot,
            drops=drops,
        )
        result = None
        context = rule_context(repo)
        settings = repo.settings()
        assert settings is not None
        if rules_apply(context, settings):
            result = check_repo(repo, today=today or dt.date.today())
    return {"batch_id": batch_id, **removed, "flags_resolved": result.resolved if result else 0}
