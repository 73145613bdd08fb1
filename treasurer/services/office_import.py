"""At headquarters: import a field office's bundle, atomically and idempotently.

The bundle is read and checked whole first (``core.bundle``: format, hashes, counts,
sums, links), then checked against this ledger (it is addressed to it, from another
ledger). One transaction then:

- recognises every row already here by uuid (an earlier bundle, or an overlapping
  one): it is not added again;
- matches the office's new donors with the donors here as a file import does
  (``DonorIndex``: the same name key, then email or postcode). An exact match keeps
  the office's donor as a record merged into the one here (its uuid stays known for
  later bundles); close spellings are listed as proposals, never merged; a name
  that several donors here share without anything to tell them apart gives a new
  donor, listed too. Blank details of a matched donor are filled from the office's;
- follows the office's own merges (one person typed twice there);
- adds the new donations (refunds and returns linked to their donation), fees,
  permissibility checks and declarations of gifts to other parties, in the office's
  accounting unit (created here if new);
- re-runs the rules over the ledger, so that totals given at several offices meet;
- applies the office's dismissals of flags to the same findings here, unless here
  the flag counts contributions the office did not see (then it stays open);
- records the bundle (office, sequence, SHA-256, counts, who, when) and an audit entry.

A dry run does all of it and rolls back. Importing the same file again changes
nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from treasurer.core import bundle as fmt
from treasurer.core.errors import Message, UserError
from treasurer.core.matching import FILLABLE, AmbiguousDonorError, blanks_filled
from treasurer.core.model import DonorDetails, DonorKind
from treasurer.core.names import normalise_name
from treasurer.db.offices import OfficeData
from treasurer.db.repository import LedgerRepository
from treasurer.importers.donors import DonorIndex
from treasurer.services.compliance import (
    check_repo,
    flag_json,
    get_profile,
    rule_context,
    rule_data,
    rules_apply,
)
from treasurer.services.donor_index import insert_donors
from treasurer.services.offices import local_key, plain_bundle
from treasurer.services.session import Ledger, current_actor

_LISTED = 100  # matches and proposals listed in a report (all are counted)


@dataclass(slots=True)
class OfficeImportReport:
    """What importing a bundle did, or (dry run) would do."""

    file: str
    sha256: str
    office_ledger_id: str
    office_name: str
    unit: str
    sequence: int
    bundle: dict[str, int]
    already_imported: dict[str, Any] | None = None
    added: dict[str, int] = field(default_factory=dict)
    already_here: dict[str, int] = field(default_factory=dict)
    matched_donors: list[dict[str, Any]] = field(default_factory=list)
    fuzzy: list[dict[str, Any]] = field(default_factory=list)
    ambiguous: list[dict[str, Any]] = field(default_factory=list)
    resolutions: list[dict[str, Any]] = field(default_factory=list)
    flags_raised: list[dict[str, Any]] = field(default_factory=list)
    check: dict[str, int] | None = None
    committed: bool = False
    dry_run: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "sha256": self.sha256,
            "office_ledger_id": self.office_ledger_id,
            "office_name": self.office_name,
            "unit": self.unit,
            "sequence": self.sequence,
            "bundle": self.bundle,
            "already_imported": self.already_imported,
            "added": self.added,
            "already_here": self.already_here,
            "matched_donors": self.matched_donors,
            "fuzzy_matches": self.fuzzy,
            "ambiguous_donors": self.ambiguous,
            "resolutions": self.resolutions,
            "flags_raised": self.flags_raised,
            "check": self.check,
            "committed": self.committed,
            "dry_run": self.dry_run,
        }


class _Rollback(Exception):
    pass


def import_bundle(
    ledger: Ledger,
    path: Path,
    *,
    dry_run: bool = False,
    passphrase: str | None = None,
    today: dt.date | None = None,
) -> OfficeImportReport:
    """Import a field office's bundle (see the module docstring).

    Raises:
        BundleError: the file is not a sound bundle (nothing written).
        UserError: the bundle is for another headquarters, or comes from this ledger,
            or this ledger is itself a field office (nothing written).
    """
    with plain_bundle(path, passphrase) as plain:
        checked = fmt.read_bundle(plain)
    manifest = checked.manifest
    report = OfficeImportReport(
        file=str(path),
        sha256=checked.sha256,
        office_ledger_id=manifest["office_ledger_id"],
        office_name=manifest["office_name"],
        unit=manifest["unit"],
        sequence=manifest["sequence"],
        bundle=dict(manifest["counts"]),
        dry_run=dry_run,
    )
    try:
        with ledger.store.transaction() as repo:
            repo.lock_imports()
            _check_addressed(repo, path, manifest)
            data = OfficeData(repo)
            earlier = data.bundle_by_sha(checked.sha256)
            if earlier is not None:
                report.already_imported = earlier
                return report
            _Apply(repo, data, checked, report).run(today or dt.date.today())
            if dry_run:
                raise _Rollback
            report.committed = True
    except _Rollback:
        report.committed = False
    return report


def _check_addressed(repo: LedgerRepository, path: Path, manifest: dict[str, Any]) -> None:
    settings = repo.settings()
    assert settings is not None
    if OfficeData(repo).office() is not None:
        raise UserError(
            "this ledger is a field office; bundles are imported at headquarters, and nothing "
            "was imported"
        )
    if manifest["hq_ledger_id"] != settings.ledger_id:
        raise fmt.BundleError(
            path,
            Message(
                "it is addressed to headquarters ledger {addressed}, and this ledger is {ledger}",
                addressed=manifest["hq_ledger_id"],
                ledger=settings.ledger_id,
            ),
        )
    if manifest["office_ledger_id"] == settings.ledger_id:
        raise fmt.BundleError(path, Message("it was exported from this very ledger"))


class _Apply:
    """One bundle applied inside the import's transaction."""

    def __init__(
        self,
        repo: LedgerRepository,
        data: OfficeData,
        checked: fmt.Bundle,
        report: OfficeImportReport,
    ) -> None:
        self.repo = repo
        self.data = data
        self.parts = checked.parts
        self.manifest = checked.manifest
        self.report = report
        self.path = Path(report.file)
        self.actor = current_actor(repo)
        self.added = dict.fromkeys(
            (
                "donors",
                "donors_matched",
                "donors_completed",
                "donor_merges",
                "donations",
                "refunds",
                "fees",
                "checks",
                "declarations",
                "units",
                "overrides_updated",
            ),
            0,
        )
        self.here = dict.fromkeys(("donors", "donations", "checks"), 0)
        self.links = data.merge_links()
        self.donor_ids: dict[str, int] = {}  # office donor uuid -> live donor here

    def run(self, today: dt.date) -> None:
        self._donors()
        units = self._units()
        self._donations(units)
        self._fees()
        self._checks()
        self._declarations()
        settings = self.repo.settings()
        assert settings is not None
        context = rule_context(self.repo)
        raised: list[int] = []
        if rules_apply(context, settings):
            last_flag = self.data.max_flag_id()
            self.report.check = check_repo(self.repo, today=today).to_json()
            raised = self.data.flag_ids_after(last_flag)
        self._resolutions()
        self._flags(raised)
        self.report.added = self.added
        self.report.already_here = self.here
        bundle_uuid = self.data.record_bundle(
            office_ledger_id=self.manifest["office_ledger_id"],
            office_name=self.manifest["office_name"],
            unit=self.manifest["unit"],
            sequence=self.manifest["sequence"],
            sha256=self.report.sha256,
            source_name=self.path.name,
            counts=self.manifest["counts"],
            added=self.added,
            actor=self.actor,
        )
        self.repo.append_audit(
            actor=self.actor,
            action="office.import",
            entity="office_bundle",
            entity_uuid=bundle_uuid,
            after={
                "office_ledger_id": self.manifest["office_ledger_id"],
                "unit": self.manifest["unit"],
                "sequence": self.manifest["sequence"],
                "sha256": self.report.sha256,
                "file": self.path.name,
                "added": self.added,
                "already_here": self.here,
            },
        )

    # ------------------------------------------------------------ donors
    def live(self, donor_id: int) -> int:
        seen = 0
        while donor_id in self.links and seen < 50:
            donor_id = self.links[donor_id]
            seen += 1
        return donor_id

    def _donors(self) -> None:
        rows = {r["uuid"]: r for r in self.parts[fmt.DONORS]}
        known = self.data.donors_by_uuid(rows)
        self.here["donors"] = len(known)
        for u, donor_id in known.items():
            self.donor_ids[u] = self.live(donor_id)
        index = DonorIndex(self.repo.donor_index())
        pending: dict[str, int] = {}  # office uuid -> id here or temporary (negative) id
        for u, row in rows.items():
            if u in known or row["merged_into"] is not None:
                continue
            details = _details(row)
            key = normalise_name(details.name)
            try:
                pending[u] = index.resolve(details, key, uuid=u)
            except AmbiguousDonorError as exc:
                pending[u] = index.add_new(details, key, uuid=u)
                self._list(self.report.ambiguous, {"donor": details.name, "reason": str(exc)})
        new = index.take_new()
        real = dict(zip((d.temp for d in new), insert_donors(self.repo, new, None), strict=True))
        matched: list[dict[str, Any]] = []  # office donors that are a donor here
        for u, found in pending.items():
            target = real.get(found, found)
            self.donor_ids[u] = target
            if found < 0 and index.created_with(found) == u:
                self.added["donors"] += 1
            else:
                matched.append(_merged_row(rows[u], target))
        self._merged_office_donors(rows, known, matched)
        # merges here may have moved a donor into another: everything to the live donor
        self.donor_ids = {u: self.live(i) for u, i in self.donor_ids.items()}
        for row in matched:
            row["merged_into_id"] = self.live(row["merged_into_id"])
        if matched:
            self.data.insert_rows("donor", matched)
            self.added["donors_matched"] = len(matched)
            names = self._names({r["merged_into_id"] for r in matched})
            for r in matched[:_LISTED]:
                self.report.matched_donors.append(
                    {
                        "office_donor": r["name"],
                        "donor_id": r["merged_into_id"],
                        "donor": names.get(r["merged_into_id"]),
                    }
                )
        self._fill_blanks(rows)
        self._company_numbers(rows)
        self.report.fuzzy = index.proposals(lambda temp: real.get(temp, temp))[:_LISTED]

    def _merged_office_donors(
        self, rows: dict[str, dict[str, Any]], known: dict[str, int], matched: list[dict[str, Any]]
    ) -> None:
        """Office donors merged into another there: the same here."""

        def target(u: str, depth: int = 0) -> int:
            into = rows[u]["merged_into"]
            if into is None or depth > 50:
                return self.donor_ids[u]
            return target(into, depth + 1)

        for u, row in rows.items():
            if row["merged_into"] is None:
                continue
            keep = target(u)
            if u not in known:
                self.donor_ids[u] = keep
                matched.append(_merged_row(row, keep))
                continue
            other = self.donor_ids[u]
            if other != keep:
                moved = self.repo.merge_donor(keep_id=keep, other_id=other)
                self.links[other] = keep
                self.added["donor_merges"] += 1
                self.repo.append_audit(
                    actor=self.actor,
                    action="donor.merge",
                    entity="donor",
                    entity_uuid=u,
                    before={"donor_id": other},
                    after={
                        "merged_into": keep,
                        "donations_moved": moved,
                        "by": f"field office {self.manifest['unit']}",
                    },
                )
            self.donor_ids[u] = keep

    def _fill_blanks(self, rows: dict[str, dict[str, Any]]) -> None:
        """Details the office knows of a donor matched here and the donor here lacks."""
        by_id: dict[int, dict[str, Any]] = {}
        for u, row in rows.items():
            donor_id = self.donor_ids[u]
            known = by_id.setdefault(donor_id, {})
            known.update(blanks_filled(known, row))
        current = self.repo.donor_details([i for i, d in by_id.items() if d], FILLABLE)
        for donor_id, details in by_id.items():
            blanks = blanks_filled(current.get(donor_id, {}), details)
            if blanks:
                self.repo.fill_donor(donor_id, blanks)
                self.added["donors_completed"] += 1

    def _company_numbers(self, rows: dict[str, dict[str, Any]]) -> None:
        for u, row in rows.items():
            if row["company_number"]:
                self.data.set_company_number_if_blank(self.donor_ids[u], row["company_number"])

    def _names(self, ids: Iterable[int]) -> dict[int, str]:
        found = {}
        for donor_id in ids:
            donor = self.repo.donor(donor_id)
            if donor is not None:
                found[donor_id] = donor.details.name
        return found

    def _list(self, target: list[dict[str, Any]], item: dict[str, Any]) -> None:
        if len(target) < _LISTED:
            target.append(item)

    # ------------------------------------------------------------ donations and facts
    def _units(self) -> dict[str, int]:
        """Unit name -> id here, for the units the bundle names (new ones created)."""
        names = {r["unit"] for r in self.parts[fmt.DONATIONS] if r["unit"]}
        found: dict[str, int] = {}
        for name in sorted(names):
            unit = self.repo.unit_by_name(name)
            if unit is None:
                unit = self.repo.add_unit(name)
                self.added["units"] += 1
                self.repo.append_audit(
                    actor=self.actor,
                    action="unit.add",
                    entity="accounting_unit",
                    entity_uuid=unit.uuid,
                    after={"name": name, "from": f"field office {self.manifest['unit']}"},
                )
            found[name] = int(unit.id)
        return found

    def _donations(self, units: dict[str, int]) -> None:
        """Add the new donations, then the new refunds and returns; keep uuid -> id of
        every donation of the bundle here."""
        rows = self.parts[fmt.DONATIONS]
        known = self.data.donations_by_uuid(r["uuid"] for r in rows)
        self.here["donations"] = len(known)
        ids = {u: v[0] for u, v in known.items()}
        for row in rows:
            here = known.get(row["uuid"])
            if here is None:
                continue
            wanted = (row["exclude_from_aggregate"], row["force_report"], row["override_reason"])
            if here[1:] != wanted:
                self.data.set_override(
                    here[0], excluded=wanted[0], forced=wanted[1], reason=wanted[2]
                )
                self.added["overrides_updated"] += 1
        now = dt.datetime.now(dt.UTC)
        for giving in (True, False):
            new = [r for r in rows if r["uuid"] not in known and (r["refund_of"] is None) == giving]
            if not new:
                continue
            self.data.insert_rows(
                "donation",
                [
                    {
                        "uuid": r["uuid"],
                        "donor_id": self.donor_ids[r["donor"]],
                        "unit_id": units[r["unit"]] if r["unit"] else None,
                        "import_batch_id": None,
                        "refund_of_id": ids[r["refund_of"]] if r["refund_of"] else None,
                        "received_on": dt.date.fromisoformat(r["received_on"]),
                        "amount_minor": r["amount_minor"],
                        "currency": r["currency"],
                        "method": r["method"],
                        "entry_type": r["entry_type"],
                        "reference": r["reference"],
                        "fingerprint": r["fingerprint"],
                        "notes": r["notes"],
                        "exclude_from_aggregate": r["exclude_from_aggregate"],
                        "force_report": r["force_report"],
                        "override_reason": r["override_reason"],
                        "created_at": now,
                    }
                    for r in new
                ],
            )
            ids.update(self.data.ids_of_uuids("donation", [r["uuid"] for r in new]))
            self.added["donations" if giving else "refunds"] += len(new)
        self.new_donations = {r["uuid"] for r in rows if r["uuid"] not in known}
        self.donation_ids = ids

    def _fees(self) -> None:
        fees = [
            {
                "donation_id": self.donation_ids[r["uuid"]],
                "amount_minor": amount,
                "currency": currency,
                "import_batch_id": None,
            }
            for r in self.parts[fmt.DONATIONS]
            if r["uuid"] in self.new_donations
            for amount, currency in r["fees"]
        ]
        self.data.insert_rows("processor_fee", fees)
        self.added["fees"] = len(fees)

    def _checks(self) -> None:
        rows = self.parts[fmt.CHECKS]
        known = self.data.ids_of_uuids("permissibility_check", (r["uuid"] for r in rows))
        self.here["checks"] = len(known)
        now = dt.datetime.now(dt.UTC)
        new = [
            {
                "uuid": r["uuid"],
                "donor_id": self.donor_ids[r["donor"]],
                "donation_id": self.donation_ids[r["donation"]] if r["donation"] else None,
                "checked_on": dt.date.fromisoformat(r["checked_on"]),
                "permissible": r["permissible"],
                "method": r["method"],
                "evidence": r["evidence"],
                "created_at": now,
            }
            for r in rows
            if r["uuid"] not in known
        ]
        self.data.insert_rows("permissibility_check", new)
        self.added["checks"] = len(new)

    def _declarations(self) -> None:
        for row in self.parts[fmt.DONORS]:
            for d in row["declarations"]:
                if self.data.declare_at_least(
                    self.donor_ids[row["uuid"]],
                    d["year"],
                    d["amount_minor"],
                    d["currency"],
                    d["note"],
                ):
                    self.added["declarations"] += 1

    # ------------------------------------------------------------ flags
    def _resolutions(self) -> None:
        rows = self.parts[fmt.RESOLUTIONS]
        if not rows:
            return
        data = rule_data(self.repo)
        all_units = {u.name.casefold(): int(u.id) for u in self.repo.units()}
        for row in rows:
            key = local_key(row["key"], self.donor_ids, self.donation_ids, all_units)
            flag = self.data.flag_by_key(key) if key else None
            outcome = {"flag_uuid": row["uuid"], "rule_id": row["rule_id"], "reason": row["reason"]}
            if flag is None:
                outcome["result"] = "no such flag here (the rules here do not raise it)"
            elif flag["status"] != "open":
                outcome |= {"flag_id": flag["id"], "result": f"already {flag['status']} here"}
            else:
                office_ids = {
                    self.donation_ids[u] for u in row["donations"] if u in self.donation_ids
                }
                covered = set(flag["donation_ids"]) <= office_ids and (flag["over_minor"] or 0) <= (
                    row["over_minor"] or 0
                )
                outcome["flag_id"] = flag["id"]
                if covered:
                    reason = f"{row['reason']} (dismissed at field office {self.manifest['unit']})"
                    data.dismiss(flag["id"], reason)
                    outcome["result"] = "dismissed here too"
                else:
                    outcome["result"] = (
                        "kept open: here the flag counts contributions the office did not see"
                    )
            self.report.resolutions.append(outcome)

    def _flags(self, raised: list[int]) -> None:
        if not raised:
            return
        settings = self.repo.settings()
        assert settings is not None
        profile = get_profile(settings.jurisdiction)
        data = rule_data(self.repo)
        for flag_id in raised[:_LISTED]:
            rows = data.flags(flag_id=flag_id)
            if not rows or rows[0].status != "open":  # dismissed as at the office
                continue
            shown = flag_json(rows[0], profile)
            shown["units"] = self.data.units_of_donations(rows[0].donation_ids)
            self.report.flags_raised.append(shown)


def _details(row: dict[str, Any]) -> DonorDetails:
    return DonorDetails(
        name=row["name"],
        kind=DonorKind(row["kind"]),
        address=row["address"],
        postcode=row["postcode"],
        city=row["city"],
        country=row["country"],
        email=row["email"],
        employer=row["employer"],
        occupation=row["occupation"],
    )


def _merged_row(row: dict[str, Any], into: int) -> dict[str, Any]:
    """The office's donor kept as a record merged into the donor here."""
    return {
        "uuid": row["uuid"],
        "kind": row["kind"],
        "name": row["name"],
        "name_key": normalise_name(row["name"]),
        "address": row["address"],
        "postcode": row["postcode"],
        "city": row["city"],
        "country": row["country"],
        "email": row["email"],
        "employer": row["employer"],
        "occupation": row["occupation"],
        "company_number": row["company_number"],
        "merged_into_id": into,
        "import_batch_id": None,
        "created_at": dt.datetime.now(dt.UTC),
    }
