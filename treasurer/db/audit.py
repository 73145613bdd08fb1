"""Tamper evidence: the audit log's hash chain, and seals that tie ledger rows to it.

The audit log is a hash chain: each entry's SHA-256 covers the previous entry's hash
and the entry's canonical form, so an entry edited, deleted or moved breaks the chain
from there on. The chain alone says nothing about the ledger's rows, so each entry
also carries a *seal* (canonical JSON, inside the hashed form) naming the rows it
wrote and the SHA-256 of each row's canonical content afterwards:

- ``rows``: rows written one by one, as ``[table, key, order, prev, before, after]``:
  the entry that governed the row before (``prev``), the row's hash before and after
  (``None`` for "did not exist" and "deleted").
- ``groups``: rows written in bulk (an import batch, demo data, the rows a ledger held
  when it was upgraded), as a count and one digest: SHA-256 over the rows' hashes in
  ``order`` (id) order. A row written later by another entry leaves its group; that
  entry's ``rows`` record gives the hash it had, so the group's digest can still be
  recomputed.
- ``drops``: groups whose remaining rows this entry deleted (an import undone).

Each covered row holds ``audit_id``, the entry that last wrote it; an imported row
holds NULL and is governed by its batch's entry. ``verify`` walks the chain, then
every covered row, and reports each row whose content, existence or governing entry
differs from what the log says.

Row content is read through ``canonical_select``: dates as ISO text and booleans as
0/1 in SQL, so that SQLite and PostgreSQL give the same values and the same hashes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Date,
    Integer,
    Select,
    String,
    cast,
    func,
    select,
    text,
)
from sqlalchemy.orm import Session

from treasurer.db import models as m

GENESIS_HASH = "0" * 64
SEAL_VERSION = 1
_PG_AUDIT_LOCK = 7_357_0001  # pg_advisory_xact_lock key: one audit writer at a time


def transaction_lock(session: Session, key: int) -> None:
    """On PostgreSQL, hold the advisory lock ``key`` until the transaction ends (waiting
    for whoever holds it); SQLite has one writer at a time anyway."""
    if session.connection().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": key})


@dataclass(frozen=True, slots=True)
class Cover:
    """A table whose rows the audit log covers."""

    table: Any  # the SQLAlchemy Table
    key: str  # the column naming a row across the log (uuid, key, label, ledger_id)
    order: str  # the column groups are digested in (id, or key)
    columns: tuple[str, ...]  # the canonical content, in this order (seal version 1)

    @property
    def name(self) -> str:
        return str(self.table.name)

    @property
    def has_batch(self) -> bool:
        return "import_batch_id" in self.table.columns


COVERS: dict[str, Cover] = {
    c.name: c
    for c in (
        Cover(
            m.Donation.__table__,
            "uuid",
            "id",
            (
                "id",
                "uuid",
                "donor_id",
                "unit_id",
                "import_batch_id",
                "refund_of_id",
                "received_on",
                "amount_minor",
                "currency",
                "method",
                "entry_type",
                "reference",
                "fingerprint",
                "notes",
                "exclude_from_aggregate",
                "force_report",
                "override_reason",
            ),
        ),
        Cover(
            m.Donor.__table__,
            "uuid",
            "id",
            (
                "id",
                "uuid",
                "kind",
                "name",
                "name_key",
                "address",
                "postcode",
                "city",
                "country",
                "email",
                "employer",
                "occupation",
                "merged_into_id",
                "import_batch_id",
                "marketing_consent",
                "pseudonymised_on",
            ),
        ),
        Cover(
            m.Organisation.__table__,
            "ledger_id",
            "id",
            (
                "id",
                "ledger_id",
                "name",
                "jurisdiction",
                "profile_variant",
                "base_currency",
                "fiscal_year_start_month",
                "fiscal_year_start_day",
                "date_order",
            ),
        ),
        Cover(m.Setting.__table__, "key", "key", ("key", "value")),
        Cover(
            m.Period.__table__, "label", "id", ("id", "label", "start_on", "end_on", "closed_by")
        ),
    )
}
#: Columns of covered tables left out of the canonical content on purpose.
NOT_COVERED = {"audit_id", "created_at", "closed_at"}


# ---------------------------------------------------------------- canonical forms
def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def _sha(textual: str) -> str:
    return hashlib.sha256(textual.encode("utf-8", "surrogatepass")).hexdigest()


# json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode for a flat row, without
# its per-call set-up (a third of the time of sealing a million rows): the same C encoder
if c_make_encoder is not None:
    _ROW_ENCODER = c_make_encoder(None, None, encode_basestring, None, ":", ",", False, False, True)

    def _encode_row(values: Sequence[Any]) -> str:
        return "".join(_ROW_ENCODER(values, 0))

else:  # pragma: no cover - a Python without the json C accelerator
    _PLAIN_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)

    def _encode_row(values: Sequence[Any]) -> str:
        return _PLAIN_ENCODER.encode(values)


def row_digest(values: Sequence[Any]) -> bytes:
    """SHA-256 of a row's canonical content (``canonical_select``'s values after the
    four bookkeeping columns), as a JSON array."""
    return hashlib.sha256(_encode_row(values).encode("utf-8", "surrogatepass")).digest()


class BatchDigest:
    """The digest ``SealWriter`` would compute over a batch's rows (SHA-256 over each
    row's ``row_digest``, in id order), built as the rows are inserted. Rows must be
    added in id order with their canonical values; ``spoil`` when that cannot be
    promised (ids not known in order), and sealing reads the rows back instead."""

    __slots__ = ("count", "digest", "spoilt")

    def __init__(self) -> None:
        self.digest = hashlib.sha256()
        self.count = 0
        self.spoilt = False

    def add(self, rows: Iterable[Sequence[Any]]) -> None:
        update, digest = self.digest.update, row_digest
        before = self.count
        for values in rows:
            update(digest(values))
            before += 1
        self.count = before

    def spoil(self) -> None:
        self.spoilt = True

    def known(self) -> tuple[int, str] | None:
        return None if self.spoilt else (self.count, self.digest.hexdigest())


def row_hash(values: Sequence[Any]) -> str:
    return row_digest(values).hex()


def stream(session: Session, stmt: Select[Any]) -> Iterator[Sequence[Any]]:
    """The rows of ``stmt`` as plain tuples, streamed: through the SQLite driver's cursor
    (SQLAlchemy's rows cost more than the hashing), else SQLAlchemy with a server-side
    cursor."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield from connection.execute(stmt, execution_options={"yield_per": 10_000})
        return
    compiled = stmt.compile(dialect=connection.dialect)
    params = compiled.construct_params()
    positional = [params[name] for name in compiled.positiontup or []]
    raw = connection.connection.dbapi_connection
    assert raw is not None
    cursor = raw.cursor()
    try:
        cursor.execute(str(compiled), positional)
        while rows := cursor.fetchmany(10_000):
            yield from rows
    finally:
        cursor.close()


def canonical_select(cover: Cover) -> Select[Any]:
    """order, key, audit_id, import batch (or NULL), then the canonical columns."""
    t = cover.table

    def canon(name: str) -> ColumnElement[Any]:
        column = t.columns[name]
        if isinstance(column.type, Date):
            return cast(column, String)
        if isinstance(column.type, Boolean):
            return cast(column, Integer)
        return column  # type: ignore[no-any-return]

    batch = t.columns["import_batch_id"] if cover.has_batch else cast(None, Integer)
    return select(
        t.columns[cover.order],
        t.columns[cover.key],
        t.columns["audit_id"],
        batch,
        *(canon(n) for n in cover.columns),
    )


def entry_hash(
    prev_hash: str,
    *,
    at: dt.datetime,
    actor: str,
    action: str,
    entity: str,
    entity_uuid: str | None,
    before: str | None,
    after: str | None,
    seal: str | None = None,
    digests: tuple[str | None, str | None] | None = None,
) -> str:
    """SHA-256 over the previous hash and the entry's canonical form.

    Entries without a seal (written before schema 0006) hash ``before`` and ``after``
    as text; sealed entries hash their SHA-256 instead (``digests`` when the text was
    redacted), so that the text can be redacted and the chain still checked."""
    stamp = at.astimezone(dt.UTC).replace(tzinfo=None).isoformat() if at.tzinfo else at.isoformat()
    form: dict[str, Any] = {
        "at": stamp,
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_uuid": entity_uuid,
    }
    if seal is None:
        form |= {"before": before, "after": after}
    else:
        if digests is None:
            digests = (text_digest(before), text_digest(after))
        form |= {"before_sha256": digests[0], "after_sha256": digests[1], "seal": seal}
    return hashlib.sha256((prev_hash + canonical_json(form)).encode()).hexdigest()


def text_digest(value: str | None) -> str | None:
    return _sha(value) if value is not None else None


# ---------------------------------------------------------------- writing seals
@dataclass(frozen=True, slots=True)
class RowState:
    """A covered row as it is now: its order value, governing entry and hash."""

    order: Any
    governor: int | None
    hash: str


@dataclass(slots=True)
class Snapshot:
    """Rows as they were before a change (``SealWriter.snapshot``)."""

    states: dict[tuple[str, str], RowState] = field(default_factory=dict)

    def __or__(self, other: Snapshot) -> Snapshot:
        return Snapshot(self.states | other.states)


@dataclass(frozen=True, slots=True)
class Group:
    """Rows an entry writes in bulk: a batch's rows not written since (``batch``), or the
    rows matching ``where`` with no entry yet, which the entry adopts (``adopt``)."""

    table: str
    batch: int | None = None
    where: str | None = None  # SQL over the table's columns, for ``adopt``
    #: (count, digest) of a batch's rows, computed as they were inserted (``BatchDigest``)
    #: so that sealing need not read them back
    known: tuple[int, str] | None = None

    @classmethod
    def of_batch(cls, table: str, batch_id: int, known: tuple[int, str] | None = None) -> Group:
        return cls(table, batch=batch_id, known=known)

    @classmethod
    def adopt(cls, table: str, where: str = "1 = 1") -> Group:
        return cls(table, where=where)


_IN = 900


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), _IN):
        yield values[start : start + _IN]


class SealWriter:
    """Reads row states and builds seals, inside the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self._s = session
        self._batch_entries: dict[int, int | None] = {}

    def lock(self) -> None:
        """One audit writer at a time on PostgreSQL (SQLite has one writer anyway), so that
        the chain never forks and entry ids are assigned in order."""
        transaction_lock(self._s, _PG_AUDIT_LOCK)

    def batch_entry(self, batch_id: int) -> int | None:
        """The entry whose seal covers the rows of import batch ``batch_id``."""
        if batch_id not in self._batch_entries:
            uuid = self._s.scalar(select(m.ImportBatch.uuid).where(m.ImportBatch.id == batch_id))
            found = self._s.scalar(
                select(m.AuditEntry.id)
                .where(
                    m.AuditEntry.entity == "import_batch",
                    m.AuditEntry.entity_uuid == uuid,
                    m.AuditEntry.action == "import.commit",
                    m.AuditEntry.seal.is_not(None),
                )
                .order_by(m.AuditEntry.id)
                .limit(1)
            )
            self._batch_entries[batch_id] = found
        return self._batch_entries[batch_id]

    def states(self, table: str, keys: Iterable[str]) -> dict[str, RowState]:
        cover = COVERS[table]
        found: dict[str, RowState] = {}
        wanted = sorted(set(keys))
        for chunk in _chunks(wanted):
            stmt = canonical_select(cover).where(cover.table.columns[cover.key].in_(chunk))
            for row in self._s.execute(stmt):
                order, key, audit_id, batch = row[0], row[1], row[2], row[3]
                governor = audit_id
                if governor is None and batch is not None:
                    governor = self.batch_entry(batch)
                found[str(key)] = RowState(order, governor, row_hash(row[4:]))
        return found

    def snapshot(self, table: str, keys: Iterable[str]) -> Snapshot:
        return Snapshot({(table, k): s for k, s in self.states(table, keys).items()})

    def seal(
        self,
        entry_id: int,
        *,
        touched: Sequence[tuple[str, str]],
        before: Snapshot | None,
        groups: Sequence[Group],
        drops: Sequence[tuple[int, str]],
        redacts: Sequence[int],
    ) -> str | None:
        """Stamp the touched and adopted rows with ``entry_id``; return the seal's JSON."""
        records: list[list[Any]] = []
        by_table: dict[str, list[str]] = defaultdict(list)
        for table, key in touched:
            by_table[table].append(key)
        prior = before.states if before else {}
        for table, keys in by_table.items():
            cover = COVERS[table]
            now = self.states(table, keys)
            for key in dict.fromkeys(keys):
                was = prior.get((table, key))
                after = now.get(key)
                if was is None and after is None:
                    continue
                records.append(
                    [
                        table,
                        key,
                        (after or was).order,  # type: ignore[union-attr]
                        was.governor if was else None,
                        was.hash if was else None,
                        after.hash if after else None,
                    ]
                )
            present = [k for k in keys if k in now]
            column = cover.table.columns[cover.key]
            for chunk in _chunks(present):
                self._s.execute(
                    cover.table.update().where(column.in_(chunk)).values(audit_id=entry_id)
                )
        sealed_groups = [self._group(entry_id, g) for g in groups]
        if not (records or sealed_groups or drops or redacts):
            return canonical_json({"v": SEAL_VERSION})
        seal: dict[str, Any] = {"v": SEAL_VERSION}
        if records:
            seal["rows"] = records
        if sealed_groups:
            seal["groups"] = sealed_groups
        if drops:
            seal["drops"] = [list(d) for d in drops]
        if redacts:
            seal["redacts"] = list(redacts)
        return canonical_json(seal)

    def _group(self, entry_id: int, group: Group) -> dict[str, Any]:
        cover = COVERS[group.table]
        t = cover.table
        if group.batch is not None:
            spec: dict[str, Any] = {"table": group.table, "batch": group.batch}
            where: Any = (t.columns["import_batch_id"] == group.batch) & t.columns["audit_id"].is_(
                None
            )
            if group.known is not None:
                # the digest built at insertion, if it covers every row of the batch
                count = self._s.scalar(select(func.count()).select_from(t).where(where))
                if count == group.known[0]:
                    return spec | {"count": count, "digest": group.known[1]}
        else:
            self._s.execute(
                t.update()
                .where(t.columns["audit_id"].is_(None), text(group.where or "1 = 1"))
                .values(audit_id=entry_id)
            )
            where = t.columns["audit_id"] == entry_id
            spec = {"table": group.table, "entry": entry_id}
        digest = hashlib.sha256()
        count = 0
        stmt = canonical_select(cover).where(where).order_by(t.columns[cover.order])
        for row in stream(self._s, stmt):
            digest.update(row_digest(row[4:]))
            count += 1
        return spec | {"count": count, "digest": digest.hexdigest()}


# ---------------------------------------------------------------- verifying
@dataclass(frozen=True, slots=True)
class Problem:
    """One thing ``verify`` found wrong. ``entry`` is the audit entry concerned (None for
    a row no entry wrote)."""

    entry: int | None
    message: str
    table: str | None = None
    key: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"entry": self.entry, "table": self.table, "key": self.key, "message": self.message}


@dataclass(slots=True)
class Verification:
    entries: int = 0
    rows: int = 0
    head: str = GENESIS_HASH
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(slots=True)
class _GroupCheck:
    entry: int
    table: str
    count: int
    digest: str
    departures: list[tuple[Any, str]] = field(default_factory=list)
    seen: int = 0
    hasher: Any = field(default_factory=hashlib.sha256)
    next_departure: int = 0

    def feed(self, order: Any, digest: bytes) -> None:
        while (
            self.next_departure < len(self.departures)
            and self.departures[self.next_departure][0] < order
        ):
            self._take(bytes.fromhex(self.departures[self.next_departure][1]))
            self.next_departure += 1
        self._take(digest)

    def finish(self) -> None:
        for _order, digest in self.departures[self.next_departure :]:
            self._take(bytes.fromhex(digest))
        self.next_departure = len(self.departures)

    def _take(self, digest: bytes) -> None:
        self.hasher.update(digest)
        self.seen += 1


@dataclass(frozen=True, slots=True)
class _Said:
    """What verify keeps of each entry to name it in a message."""

    action: str
    actor: str
    at: dt.datetime


def _name(entry: _Said | m.AuditEntry | None, entry_id: int) -> str:
    if entry is None:
        return f"audit entry {entry_id}"
    at = entry.at.astimezone(dt.UTC) if entry.at.tzinfo else entry.at
    return f"audit entry {entry_id} ({entry.action} by {entry.actor}, {at:%Y-%m-%d %H:%M} UTC)"


def verify(session: Session) -> Verification:
    """Check the chain, then every covered row against the entry that last wrote it."""
    return _Verifier(session).run()


class _Verifier:
    def __init__(self, session: Session) -> None:
        self._s = session
        self.result = Verification()
        self.entries: dict[int, _Said] = {}
        self.explicit: dict[tuple[str, str], tuple[int, str | None]] = {}
        self.departures: dict[tuple[int, str], list[tuple[Any, str]]] = defaultdict(list)
        self.groups: dict[tuple[int, str], _GroupCheck] = {}
        self.batch_groups: dict[tuple[str, int], int] = {}
        self.dropped: set[tuple[int, str]] = set()
        self.redactions: dict[int, int] = {}
        self.redacted_by: dict[int, list[int]] = defaultdict(list)
        self.seen: set[tuple[str, str]] = set()

    def run(self) -> Verification:
        self._chain()
        for (entry_id, table), check in self.groups.items():
            check.departures = sorted(self.departures.get((entry_id, table), []))
        for cover in COVERS.values():
            self._rows(cover)
        self._missing()
        self._digests()
        self.result.problems.sort(key=lambda p: (p.entry is None, p.entry or 0))
        return self.result

    def _problem(
        self, entry: int | None, message: str, table: str | None = None, key: str | None = None
    ) -> None:
        self.result.problems.append(Problem(entry, message, table, key))

    def _name(self, entry_id: int) -> str:
        return _name(self.entries.get(entry_id), entry_id)

    def _chain(self) -> None:
        previous = GENESIS_HASH
        stmt = select(m.AuditEntry).order_by(m.AuditEntry.id)
        for entry in self._s.scalars(stmt, execution_options={"yield_per": 5_000}):
            self.result.entries += 1
            self.entries[entry.id] = _light(entry)
            digests = None
            if entry.redacted:
                info = json.loads(entry.redacted)
                digests = (info.get("before"), info.get("after"))
                self.redactions[entry.id] = int(info.get("by", 0))
            if entry.prev_hash != previous:
                self._problem(
                    entry.id,
                    f"{self._name(entry.id)} does not follow the entry before it: an entry "
                    "was deleted, inserted or moved behind Treasurer's back",
                )
            recomputed = entry_hash(
                entry.prev_hash,
                at=entry.at,
                actor=entry.actor,
                action=entry.action,
                entity=entry.entity,
                entity_uuid=entry.entity_uuid,
                before=entry.before,
                after=entry.after,
                seal=entry.seal,
                digests=digests,
            )
            if recomputed != entry.hash:
                self._problem(
                    entry.id,
                    f"{self._name(entry.id)} was changed behind Treasurer's back "
                    "(its content no longer matches its hash)",
                )
            previous = entry.hash
            if entry.seal:
                self._seal(entry.id, entry.seal)
        self.result.head = previous
        for target, by in self.redactions.items():
            if by not in self.redacted_by.get(target, []):
                self._problem(
                    target,
                    f"{self._name(target)} was marked redacted behind Treasurer's back "
                    "(no pseudonymisation entry redacted it)",
                )

    def _seal(self, entry_id: int, text_: str) -> None:
        try:
            seal = json.loads(text_)
        except ValueError:
            return  # the hash check has reported it
        for table, key, order, prev, before, after in seal.get("rows", []):
            self.explicit[(table, key)] = (entry_id, after)
            if prev is not None and before is not None:
                self.departures[(int(prev), table)].append((order, before))
        for spec in seal.get("groups", []):
            check = _GroupCheck(entry_id, spec["table"], int(spec["count"]), spec["digest"])
            self.groups[(entry_id, spec["table"])] = check
            if spec.get("batch") is not None:
                self.batch_groups[(spec["table"], int(spec["batch"]))] = entry_id
        for dropped, table in seal.get("drops", []):
            self.dropped.add((int(dropped), table))
        for target in seal.get("redacts", []):
            self.redacted_by[int(target)].append(entry_id)

    def _rows(self, cover: Cover) -> None:
        table = cover.name
        rows = stream(self._s, canonical_select(cover).order_by(cover.table.columns[cover.order]))
        for row in rows:
            self.result.rows += 1
            order, key, audit_id, batch = row[0], str(row[1]), row[2], row[3]
            raw = row_digest(row[4:])
            governor = audit_id
            if governor is None and batch is not None:
                governor = self.batch_groups.get((table, int(batch)))
            where = _row_name(table, key, order)
            known = self.explicit.get((table, key))
            if known is not None:
                self.seen.add((table, key))
                self._explicit_row(
                    where=where,
                    table=table,
                    key=key,
                    governor=governor,
                    known=known,
                    digest=raw.hex(),
                )
                continue
            if governor is None or governor not in self.entries:
                self._problem(
                    None,
                    f"{where} is in no audit entry: it was added behind Treasurer's back",
                    table,
                    key,
                )
                continue
            group = self.groups.get((governor, table))
            if group is None or (governor, table) in self.dropped:
                self._problem(
                    governor,
                    f"{where} is not among the rows {self._name(governor)} wrote: it was "
                    "added or changed behind Treasurer's back",
                    table,
                    key,
                )
                continue
            group.feed(order, raw)

    def _explicit_row(
        self,
        *,
        where: str,
        table: str,
        key: str,
        governor: int | None,
        known: tuple[int, str | None],
        digest: str,
    ) -> None:
        writer, expected = known
        if governor is not None and governor not in self.entries:
            self._problem(
                governor,
                f"{where} is marked as written by audit entry {governor}, which is missing "
                "from the log: entries were deleted behind Treasurer's back",
                table,
                key,
            )
            return
        if governor != writer:
            why = "its record says otherwise: it was changed behind Treasurer's back"
        elif expected is None:
            why = "it was deleted then and is back: restored behind Treasurer's back"
        elif expected != digest:
            why = "it differs from what that entry wrote: changed behind Treasurer's back"
        else:
            return
        self._problem(
            writer, f"{where} was last written by {self._name(writer)}, but {why}", table, key
        )

    def _missing(self) -> None:
        for (table, key), (writer, expected) in self.explicit.items():
            if expected is not None and (table, key) not in self.seen:
                self._problem(
                    writer,
                    f"{_row_name(table, key, None)}, written by {self._name(writer)}, is "
                    "missing: it was deleted behind Treasurer's back",
                    table,
                    key,
                )

    def _digests(self) -> None:
        for (entry_id, table), check in self.groups.items():
            if (entry_id, table) in self.dropped:
                continue
            check.finish()
            if check.seen == check.count and check.hasher.hexdigest() == check.digest:
                continue
            if check.seen < check.count:
                change = f"{check.count - check.seen} of them deleted"
            elif check.seen > check.count:
                change = f"{check.seen - check.count} added"
            else:
                change = "one or more of them changed"
            self._problem(
                entry_id,
                f"the {check.count} {table} rows written by {self._name(entry_id)} no longer "
                f"match its seal ({change} behind Treasurer's back)",
                table,
            )


def _light(entry: m.AuditEntry) -> _Said:
    return _Said(entry.action, entry.actor, entry.at)


def _row_name(table: str, key: str, order: Any) -> str:
    if table in {"donation", "donor"}:
        return f"{table} {order} ({key})" if order is not None else f"{table} {key}"
    return f"{table} row {key!r}"
