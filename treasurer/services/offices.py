"""Field offices: set up, export bundles for headquarters, take in acknowledgements.

A field office is an ordinary ledger whose settings name its headquarters ledger and
its accounting unit; its donations carry that unit by default. ``export_bundle``
writes everything since the last export headquarters acknowledged:

- new rows, by id above the acknowledged export's watermark of each table (donors,
  donations with their refunds and returns, permissibility checks);
- rows changed since, found in the audit log above its audit watermark (donor
  details, merges, declarations, overrides, dismissed flags);
- and, so that any bundle can be imported alone and in any order, every row those
  name (a refund's donation, a donation's donor).

Until headquarters acknowledges an export, the next one starts from the same
watermarks and sends it again: harmless, as headquarters imports by uuid. If an
import was undone since (rows deleted, ids reusable), the export sends everything.
The import at headquarters is in ``office_import``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from treasurer.core import bundle as fmt
from treasurer.core.crypto import decrypt_file, encrypt_file, is_encrypted
from treasurer.core.errors import UserError
from treasurer.db.offices import EDIT_ACTIONS, WATERMARKS, OfficeData, OfficeSettings
from treasurer.db.repository import LedgerRepository
from treasurer.services.ledger import init_ledger
from treasurer.services.session import Ledger, LedgerLocation, current_actor

SETUP_FORMAT = "treasurer-office-setup"
ACK_FORMAT = "treasurer-office-ack"
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@contextmanager
def plain_bundle(path: Path, passphrase: str | None) -> Iterator[Path]:
    """The bundle at ``path`` as a plain zip: itself, or decrypted (the scheme of
    encrypted backups, ``treasurer.core.crypto``) into a temporary file removed after.

    Raises:
        UserError: the bundle is encrypted and no passphrase was given, the passphrase is
            wrong, or the encrypted file was changed or cut short.
    """
    if not is_encrypted(path):
        yield path
        return
    if passphrase is None:
        raise UserError(
            "{path} is an encrypted bundle: give its passphrase with --passphrase-file "
            "(or $TREASURER_PASSPHRASE)",
            path=path,
        )
    with tempfile.TemporaryDirectory(prefix="treasurer-bundle-") as folder:
        plain = Path(folder) / "bundle.zip"
        decrypt_file(path, plain, passphrase)
        yield plain


# ---------------------------------------------------------------- setting up
def write_setup_file(ledger: Ledger, *, unit: str, out: Path) -> dict[str, Any]:
    """At headquarters: write the file a new field office is set up from (and add the
    office's accounting unit here if it is new)."""
    unit = " ".join(unit.split())
    if not unit:
        raise UserError("a field office needs the name of its accounting unit (--unit)")
    with ledger.store.transaction() as repo:
        if OfficeData(repo).office() is not None:
            raise UserError(
                "this ledger is itself a field office; write setup files at headquarters"
            )
        settings = repo.settings()
        assert settings is not None
        created = repo.unit_by_name(unit) is None
        if created:
            added = repo.add_unit(unit)
            repo.append_audit(
                actor=current_actor(repo),
                action="unit.add",
                entity="accounting_unit",
                entity_uuid=added.uuid,
                after={"name": unit, "for": "field office"},
            )
        setup = {
            "format": SETUP_FORMAT,
            "version": 1,
            "hq_ledger_id": settings.ledger_id,
            "hq_name": settings.name,
            "jurisdiction": settings.jurisdiction,
            "variant": settings.profile_variant,
            "currency": settings.base_currency,
            "fiscal_year_start": (
                f"{settings.fiscal_year_start_month:02d}-{settings.fiscal_year_start_day:02d}"
            ),
            "date_order": settings.date_order,
            "unit": unit,
        }
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(setup, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return {**setup, "path": str(out), "unit_created": created}


def read_setup_file(path: Path) -> dict[str, Any]:
    try:
        setup = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError("there is no setup file at {path}", path=path) from None
    except (ValueError, UnicodeDecodeError):
        raise UserError("{path} is not an office setup file (it is not JSON)", path=path) from None
    if not isinstance(setup, dict) or setup.get("format") != SETUP_FORMAT:
        raise UserError(
            "{path} is not an office setup file; write one at headquarters with "
            "'treasurer office setup-file --unit NAME --out FILE'",
            path=path,
        )
    for key in ("hq_ledger_id", "unit", "jurisdiction", "currency"):
        if not isinstance(setup.get(key), str) or not setup[key]:
            raise UserError("the office setup file {path} has no {key}", path=path, key=key)
    return setup


def init_office(
    location: LedgerLocation,
    *,
    hq_ledger_id: str | None = None,
    unit: str | None = None,
    setup: Path | None = None,
) -> dict[str, Any]:
    """Make the ledger at ``location`` a field office of headquarters ``hq_ledger_id``
    whose donations carry the accounting unit ``unit`` (or both from a setup file;
    the ledger is created from it, in headquarters' jurisdiction and currency, if
    there is none yet).

    Raises:
        UserError: an id that is not a ledger id, the ledger's own id, a ledger already
            the office of another headquarters, or a currency other than headquarters'.
    """
    values = read_setup_file(setup) if setup is not None else None
    if values is not None:
        hq_ledger_id, unit = values["hq_ledger_id"], values["unit"]
    if not hq_ledger_id or not unit:
        raise UserError("give --hq-ledger-id and --unit, or --setup FILE from headquarters")
    hq_ledger_id = hq_ledger_id.strip().lower()
    unit = " ".join(unit.split())
    if not _UUID.fullmatch(hq_ledger_id):
        raise UserError(
            "{ledger_id!r} is not a ledger id; 'treasurer info' at headquarters shows it",
            ledger_id=hq_ledger_id,
        )
    created = False
    if values is not None and location.path is not None and not location.path.exists():
        init_ledger(
            location,
            name=str(values.get("hq_name") or "Field office") + f" — {unit}",
            jurisdiction=values["jurisdiction"],
            currency=values["currency"],
            fiscal_year_start=str(values.get("fiscal_year_start") or "01-01"),
            date_order=values.get("date_order"),
            variant=values.get("variant"),
        )
        created = True
    with Ledger.open(location) as ledger, ledger.store.transaction() as repo:
        settings = repo.settings()
        assert settings is not None
        if settings.ledger_id == hq_ledger_id:
            raise UserError("a ledger cannot be a field office of itself")
        if values is not None and values["currency"] != settings.base_currency:
            raise UserError(
                "headquarters counts in {hq_currency} and this ledger in {currency}; "
                "a field office counts in headquarters' currency",
                hq_currency=values["currency"],
                currency=settings.base_currency,
            )
        data = OfficeData(repo)
        before = data.office()
        wanted = OfficeSettings(hq_ledger_id, unit)
        if before == wanted:
            return {"office": asdict(wanted), "changed": False, "ledger_created": created}
        if before is not None and before.hq_ledger_id != hq_ledger_id and data.exports():
            raise UserError(
                "this ledger is already the field office of headquarters {ledger_id} "
                "and has exported bundles to it",
                ledger_id=before.hq_ledger_id,
            )
        actor = current_actor(repo)
        if repo.unit_by_name(unit) is None:
            added = repo.add_unit(unit)
            repo.append_audit(
                actor=actor,
                action="unit.add",
                entity="accounting_unit",
                entity_uuid=added.uuid,
                after={"name": unit},
            )
        data.set_office(wanted)
        repo.append_audit(
            actor=actor,
            action="office.init",
            entity="organisation",
            entity_uuid=settings.ledger_id,
            before=asdict(before) if before else None,
            after=asdict(wanted),
        )
    return {"office": asdict(wanted), "changed": True, "ledger_created": created}


def office_status(ledger: Ledger) -> dict[str, Any]:
    """The office's settings and exports, or headquarters' received bundles."""
    with ledger.store.transaction() as repo:
        data = OfficeData(repo)
        office = data.office()
        settings = repo.settings()
        assert settings is not None
        return {
            "ledger_id": settings.ledger_id,
            "role": "office" if office else "headquarters",
            "office": asdict(office) if office else None,
            "exports": data.exports(),
            "bundles": data.bundles(),
        }


# ---------------------------------------------------------------- export
@dataclass(frozen=True, slots=True)
class ExportResult:
    path: str
    sequence: int
    sha256: str
    bytes: int
    counts: dict[str, int]
    sums_minor: dict[str, int]
    full: bool
    after: dict[str, int]
    through: dict[str, int]
    resent: list[int]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def export_bundle(ledger: Ledger, *, out: Path, passphrase: str | None = None) -> ExportResult:
    """Write the bundle of everything since the last acknowledged export (see the module
    docstring); the export is recorded with its watermarks.

    With ``passphrase``, the bundle is encrypted (AES-256-GCM, as encrypted backups).

    Raises:
        UserError: the ledger is not a field office.
    """
    with ledger.store.transaction() as repo:
        data = OfficeData(repo)
        office = data.office()
        if office is None:
            raise UserError(
                "this ledger is not a field office; set it up with 'treasurer office init'"
            )
        settings = repo.settings()
        assert settings is not None
        acked, after = data.acknowledged_through()
        through = data.high_watermarks()
        edits = data.audit_since(after["audit"], through["audit"])
        full = any(action == "import.undo" for action, *_ in edits) or any(
            through[k] < after[k] for k in WATERMARKS
        )
        parts = _Selection(repo, data, after, edits, full=full).parts()
        sequence = data.next_sequence()
        resent = [e["sequence"] for e in data.exports() if e["acknowledged_at"] is None]
        actor = current_actor(repo)
        manifest = {
            "office_ledger_id": settings.ledger_id,
            "office_name": settings.name,
            "hq_ledger_id": office.hq_ledger_id,
            "unit": office.unit,
            "sequence": sequence,
            "created_at": _now().isoformat(),
            "actor": actor,
            "encrypted": False,
            "range": {
                "full": full,
                "after_acknowledged_sequence": acked,
                "after": after,
                "through": through,
            },
        }
        if passphrase is None:
            sha = fmt.write_bundle(out, manifest, parts)
        else:
            plain = out.with_name(f"{out.name}.plain-partial")
            try:
                sha = fmt.write_bundle(plain, manifest, parts)
                encrypt_file(plain, out, passphrase)
            finally:
                plain.unlink(missing_ok=True)
        counts = {fmt.COUNT_OF[n]: len(parts[n]) for n in fmt.PARTS}
        sums = fmt.donation_sums(parts[fmt.DONATIONS])
        data.record_export(
            sequence=sequence,
            hq_ledger_id=office.hq_ledger_id,
            unit=office.unit,
            after=after,
            through=through,
            full=full,
            counts=counts,
            sums=sums,
            sha256=sha,
            file_name=out.name,
            actor=actor,
        )
        repo.append_audit(
            actor=actor,
            action="office.export",
            entity="organisation",
            entity_uuid=settings.ledger_id,
            after={"sequence": sequence, "sha256": sha, "counts": counts, "full": full},
        )
    return ExportResult(
        path=str(out),
        sequence=sequence,
        sha256=sha,
        bytes=out.stat().st_size,
        counts=counts,
        sums_minor=sums,
        full=full,
        after=after,
        through=through,
        resent=resent,
    )


class _Selection:
    """The rows of one export, turned into bundle lines."""

    def __init__(
        self,
        repo: LedgerRepository,
        data: OfficeData,
        after: dict[str, int],
        edits: list[tuple[str, str, str | None, str | None]],
        *,
        full: bool,
    ) -> None:
        self.data = data
        self.repo = repo
        self.after = dict.fromkeys(WATERMARKS, 0) if full else after
        self.edits = edits

    def parts(self) -> dict[str, list[dict[str, Any]]]:
        data = self.data
        touched: dict[str, set[str]] = {"donor": set(), "donation": set(), "flag": set()}
        for action, _entity, entity_uuid, after_json in self.edits:
            kind = EDIT_ACTIONS.get(action)
            if kind is None or entity_uuid is None:
                continue
            touched[kind].add(entity_uuid)
            if action == "donor.merge" and after_json:
                into = json.loads(after_json).get("merged_into")
                if into:
                    touched["donor"].add(into)
        donations = {r["id"]: r for r in data.rows_after("donation", self.after["donation"])}
        extra = data.ids_of_uuids("donation", touched["donation"]).values()
        donations.update(
            {r["id"]: r for r in data.rows_by_id("donation", set(extra) - set(donations))}
        )
        checks = data.rows_after("permissibility_check", self.after["permissibility_check"])
        flags = [f for f in data.flags_by_uuid(touched["flag"]) if f["status"] == "dismissed"]
        # the rows these name: a refund's donation, a check's donation
        wanted = {r["refund_of_id"] for r in donations.values()} | {
            r["donation_id"] for r in checks
        }
        wanted.discard(None)
        donations.update({r["id"]: r for r in data.rows_by_id("donation", wanted - set(donations))})
        donors = {r["id"]: r for r in data.rows_after("donor", self.after["donor"])}
        extra = data.ids_of_uuids("donor", touched["donor"]).values()
        need = (
            set(extra)
            | {r["donor_id"] for r in donations.values()}
            | {r["donor_id"] for r in checks}
            | {f["donor_id"] for f in flags if f["donor_id"] is not None}
        )
        donors.update({r["id"]: r for r in data.rows_by_id("donor", need - set(donors))})
        while True:  # the donors they were merged into, to the end of the chain
            into = {r["merged_into_id"] for r in donors.values()} - {None} - set(donors)
            if not into:
                break
            donors.update({r["id"]: r for r in data.rows_by_id("donor", into)})
        return {
            fmt.DONORS: self._donors(donors),
            fmt.DONATIONS: self._donations(donations, donors),
            fmt.CHECKS: self._checks(checks, donors, donations),
            fmt.RESOLUTIONS: self._resolutions(flags, donors),
        }

    def _donors(self, donors: dict[int, dict[str, Any]]) -> list[dict[str, Any]]:
        declared = self.data.declarations_of(donors)
        return [
            {
                "uuid": r["uuid"],
                "kind": r["kind"],
                "name": r["name"],
                "address": r["address"],
                "postcode": r["postcode"],
                "city": r["city"],
                "country": r["country"],
                "email": r["email"],
                "employer": r["employer"],
                "occupation": r["occupation"],
                "company_number": r["company_number"],
                "merged_into": donors[r["merged_into_id"]]["uuid"] if r["merged_into_id"] else None,
                "declarations": declared.get(r["id"], []),
            }
            for _id, r in sorted(donors.items())
        ]

    def _donations(
        self, donations: dict[int, dict[str, Any]], donors: dict[int, dict[str, Any]]
    ) -> list[dict[str, Any]]:
        units = self.data.unit_names()
        fees = self.data.fees_of(donations)
        return [
            {
                "uuid": r["uuid"],
                "donor": donors[r["donor_id"]]["uuid"],
                "unit": units.get(r["unit_id"]) if r["unit_id"] is not None else None,
                "refund_of": donations[r["refund_of_id"]]["uuid"] if r["refund_of_id"] else None,
                "received_on": r["received_on"].isoformat(),
                "amount_minor": r["amount_minor"],
                "currency": r["currency"],
                "method": r["method"],
                "entry_type": r["entry_type"],
                "reference": r["reference"],
                "fingerprint": r["fingerprint"],
                "notes": r["notes"],
                "exclude_from_aggregate": bool(r["exclude_from_aggregate"]),
                "force_report": bool(r["force_report"]),
                "override_reason": r["override_reason"],
                "fees": fees.get(r["id"], []),
            }
            for _id, r in sorted(donations.items())
        ]

    def _checks(
        self,
        checks: list[dict[str, Any]],
        donors: dict[int, dict[str, Any]],
        donations: dict[int, dict[str, Any]],
    ) -> list[dict[str, Any]]:
        return [
            {
                "uuid": r["uuid"],
                "donor": donors[r["donor_id"]]["uuid"],
                "donation": donations[r["donation_id"]]["uuid"] if r["donation_id"] else None,
                "checked_on": r["checked_on"].isoformat(),
                "permissible": bool(r["permissible"]),
                "method": r["method"],
                "evidence": r["evidence"],
            }
            for r in checks
        ]

    def _resolutions(
        self, flags: list[dict[str, Any]], donors: dict[int, dict[str, Any]]
    ) -> list[dict[str, Any]]:
        if not flags:
            return []
        uuids = self.data.uuids_of_ids("donation", {i for f in flags for i in f["donation_ids"]})
        donor_uuids = {i: r["uuid"] for i, r in donors.items()}
        units = self.data.unit_names()
        lines = []
        for f in flags:
            key = portable_key(f["key"], donor_uuids, uuids, units)
            if key is None:
                continue
            lines.append(
                {
                    "uuid": f["uuid"],
                    "key": key,
                    "rule_id": f["rule_id"],
                    "donor": donor_uuids.get(f["donor_id"]) if f["donor_id"] else None,
                    "donations": [uuids[i] for i in f["donation_ids"] if i in uuids],
                    "over_minor": f["over_minor"],
                    "status": f["status"],
                    "reason": f["resolution"] or "",
                    "resolved_at": f["resolved_at"].isoformat() if f["resolved_at"] else None,
                }
            )
        return lines


# ---------------------------------------------------------------- flag keys between ledgers
def portable_key(
    key: str, donors: dict[int, str], donations: dict[int, str], units: dict[int, str]
) -> str | None:
    """A flag's key with the ledger's ids replaced by uuids (donor, donation) and names
    (unit), so that another ledger can find the same finding; None if an id is unknown.
    Keys are ``rule|donor|scope`` (see core.compliance)."""
    parts = key.split("|")
    try:
        out = [parts[0], f"donor:{donors[int(parts[1])]}"]
        for piece in parts[2:]:
            name, _, value = piece.partition(":")
            if name == "donation" and value.isdigit():
                out.append(f"donation:{donations[int(value)]}")
            elif name == "unit" and value.isdigit():
                out.append(f"unit:{urllib.parse.quote(units[int(value)], safe='')}")
            else:
                out.append(piece)
    except (IndexError, KeyError, ValueError):
        return None
    return "|".join(out)


def local_key(
    portable: str, donors: dict[str, int], donations: dict[str, int], units: dict[str, int]
) -> str | None:
    """``portable_key`` read back in this ledger's ids; None if a row is not here."""
    parts = portable.split("|")
    try:
        prefix, _, donor = parts[1].partition(":")
        if prefix != "donor":
            return None
        out = [parts[0], str(donors[donor])]
        for piece in parts[2:]:
            name, _, value = piece.partition(":")
            if name == "donation" and _UUID.fullmatch(value):
                out.append(f"donation:{donations[value]}")
            elif name == "unit":
                out.append(f"unit:{units[urllib.parse.unquote(value).casefold()]}")
            else:
                out.append(piece)
    except (IndexError, KeyError):
        return None
    return "|".join(out)


# ---------------------------------------------------------------- acknowledgements
def write_ack(ledger: Ledger, *, out: Path) -> dict[str, Any]:
    """At headquarters: the acknowledgement file, per office what was received."""
    with ledger.store.transaction() as repo:
        settings = repo.settings()
        assert settings is not None
        bundles = OfficeData(repo).bundles()
    offices: dict[str, dict[str, Any]] = {}
    for b in bundles:
        entry = offices.setdefault(
            b["office_ledger_id"],
            {
                "office_ledger_id": b["office_ledger_id"],
                "office_name": b["office_name"],
                "unit": b["unit"],
                "last_sequence": 0,
                "bundles": [],
            },
        )
        entry["last_sequence"] = max(entry["last_sequence"], b["sequence"])
        entry["bundles"].append(
            {"sequence": b["sequence"], "sha256": b["sha256"], "imported_at": b["at"]}
        )
    ack = {
        "format": ACK_FORMAT,
        "version": 1,
        "hq_ledger_id": settings.ledger_id,
        "hq_name": settings.name,
        "created_at": _now().isoformat(),
        "offices": sorted(offices.values(), key=lambda o: (o["unit"], o["office_ledger_id"])),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(ack, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return {**ack, "path": str(out)}


def import_ack(ledger: Ledger, path: Path) -> dict[str, Any]:
    """At a field office: mark the exports headquarters received as acknowledged, so that
    the next export starts after them."""
    try:
        ack = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError("there is no acknowledgement file at {path}", path=path) from None
    except (ValueError, UnicodeDecodeError):
        raise UserError(
            "{path} is not an acknowledgement file (it is not JSON)", path=path
        ) from None
    if not isinstance(ack, dict) or ack.get("format") != ACK_FORMAT:
        raise UserError(
            "{path} is not an acknowledgement file; headquarters writes one with "
            "'treasurer office ack --out FILE'",
            path=path,
        )
    with ledger.store.transaction() as repo:
        data = OfficeData(repo)
        office = data.office()
        settings = repo.settings()
        assert settings is not None
        if office is None:
            raise UserError("this ledger is not a field office; acknowledgements are for offices")
        if ack.get("hq_ledger_id") != office.hq_ledger_id:
            raise UserError(
                "{path} comes from headquarters ledger {sender}, not from this office's "
                "headquarters ({ledger_id}); nothing was changed",
                path=path,
                sender=ack.get("hq_ledger_id"),
                ledger_id=office.hq_ledger_id,
            )
        mine = next(
            (
                o
                for o in ack.get("offices", [])
                if isinstance(o, dict) and o.get("office_ledger_id") == settings.ledger_id
            ),
            None,
        )
        received = {b.get("sha256") for b in (mine or {}).get("bundles", []) if isinstance(b, dict)}
        exports = data.exports()
        matched = [e["sequence"] for e in exports if e["sha256"] in received]
        newly = data.acknowledge_through(max(matched)) if matched else []
        if newly:
            repo.append_audit(
                actor=current_actor(repo),
                action="office.ack",
                entity="organisation",
                entity_uuid=settings.ledger_id,
                after={"acknowledged": newly, "file": path.name},
            )
        last = max(matched, default=0)
        pending = [e["sequence"] for e in exports if e["sequence"] > last]
    return {
        "received_by_headquarters": sorted(matched),
        "newly_acknowledged": newly,
        "last_acknowledged": last or None,
        "not_yet_received": pending,
    }


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
