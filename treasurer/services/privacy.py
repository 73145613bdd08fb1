"""Donors' personal data: what is held about one donor (subject access), marketing
consent and mailing lists, and pseudonymisation after the keeping period.

Pseudonymising a donor removes the name and contact details (kind, country, amounts and
dates stay: the accounts and the rules need them), clears the notes of their donations,
and redacts those fields from the earlier audit entries about them. A sealed audit entry
hashes the SHA-256 of its texts, so the chain still verifies; the pseudonymisation is
itself an audit entry that names the entries it redacted.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

from treasurer.core.errors import UserError
from treasurer.core.export import csv_safe
from treasurer.db.audit import text_digest
from treasurer.db.repository import LedgerRepository
from treasurer.db.trust_data import CONTACT_COLUMNS, TrustData
from treasurer.services.compliance import flag_json, rule_data
from treasurer.services.session import Ledger, current_actor

#: Keys of audit texts that hold personal data (redacted on pseudonymisation).
PERSONAL_KEYS = frozenset({"name", "notes", "evidence", *CONTACT_COLUMNS})
REDACTED = "[pseudonymised]"


def export_donor(ledger: Ledger, donor_id: int, out: Path) -> dict[str, Any]:
    """Write everything the ledger holds about a donor to ``out`` as JSON: the donor (and
    donors merged into it), donations, refunds and returns, fees, permissibility checks,
    declarations, flags and audit entries. The export itself is audited."""
    from treasurer.services.audit import audit_log

    with ledger.store.transaction() as repo:
        data = TrustData(repo.session)
        record = data.donor_record(donor_id)
        if record is None:
            raise UserError("there is no donor with id {id}", id=donor_id)
        ids = [donor_id, *data.merged_from(donor_id)]
        merged = [data.donor_record(i) for i in ids[1:]]
        flags = [flag_json(f, None) for f in rule_data(repo).flags(donor_ids=ids)]
        document: dict[str, Any] = {
            "exported_at": dt.datetime.now(dt.UTC).isoformat(),
            "donor": record,
            "merged_donors": merged,
            "donations": data.donor_donations(ids),
            "permissibility_checks": data.donor_checks(ids),
            "declarations": data.donor_declarations(ids),
            "flags": flags,
        }
    document["audit_entries"] = audit_log(ledger, donor_id=donor_id)
    try:
        out.write_text(
            json.dumps(document, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
        )
    except OSError as exc:
        raise UserError(
            "cannot write {path}: {problem}", path=out, problem=exc.strerror or str(exc)
        ) from exc
    with ledger.store.transaction() as repo:
        repo.append_audit(
            actor=current_actor(repo),
            action="donor.export",
            entity="donor",
            entity_uuid=record["uuid"],
            after={"file": out.name},
        )
    return {
        "donor_id": donor_id,
        "path": str(out),
        "donations": len(document["donations"]),
        "flags": len(flags),
        "audit_entries": len(document["audit_entries"]),
    }


def set_consent(ledger: Ledger, donor_id: int, *, consent: bool) -> dict[str, Any]:
    """Record whether a donor agreed to receive mailings."""
    with ledger.store.transaction() as repo:
        data = TrustData(repo.session)
        record = data.donor_record(donor_id)
        if record is None:
            raise UserError("there is no donor with id {id}", id=donor_id)
        if record["pseudonymised_on"] and consent:
            raise UserError(
                "donor {id} was pseudonymised; there is no one to write to", id=donor_id
            )
        snapshot = repo.audit_snapshot("donor", [record["uuid"]])
        data.set_consent(donor_id, consent)
        repo.append_audit(
            actor=current_actor(repo),
            action="donor.consent",
            entity="donor",
            entity_uuid=record["uuid"],
            before={"marketing_consent": record["marketing_consent"]},
            after={"marketing_consent": consent},
            touched=[("donor", record["uuid"])],
            snapshot=snapshot,
        )
    return {"donor_id": donor_id, "marketing_consent": consent}


MAILING_COLUMNS = ("donor_id", "name", "email", "address", "postcode", "city", "country")


def export_mailing_list(ledger: Ledger, out: Path) -> dict[str, Any]:
    """Write the donors who consented to mailings (and are not merged or pseudonymised) to
    a CSV file; no cell can become a spreadsheet formula."""
    with ledger.store.transaction() as repo:
        rows = TrustData(repo.session).consented_donors()
    try:
        with out.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(MAILING_COLUMNS)
            for row in rows:
                writer.writerow([csv_safe(row[c]) for c in MAILING_COLUMNS])
    except OSError as exc:
        raise UserError(
            "cannot write {path}: {problem}", path=out, problem=exc.strerror or str(exc)
        ) from exc
    return {"path": str(out), "donors": len(rows)}


def _cutoff(today: dt.date, years: int) -> dt.date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def apply_retention(
    ledger: Ledger, *, today: dt.date | None = None, dry_run: bool = False
) -> dict[str, Any]:
    """Pseudonymise every donor whose last entry is older than the keeping period (the
    ``retention_years`` setting).

    Raises:
        UserError: no keeping period is set.
    """
    today = today or dt.date.today()
    with ledger.store.transaction() as repo:
        setting = repo.get_setting("retention_years")
        if not setting:
            raise UserError(
                "no keeping period is set: set one with 'treasurer settings --retention-years N' "
                "(the law of your country says how long donation records are kept)"
            )
        years = int(setting)
        cutoff = _cutoff(today, years)
        data = TrustData(repo.session)
        due = data.donors_last_given_before(cutoff)
        done = []
        kept = 0
        if not dry_run:
            for donor_id, _uuid in due:
                kept += _pseudonymise(repo, data, donor_id, years=years, cutoff=cutoff, today=today)
                done.append(donor_id)
    return {
        "keeping_period_years": years,
        "last_gift_before": cutoff.isoformat(),
        "donors": [d for d, _u in due],
        "pseudonymised": len(done),
        "dry_run": dry_run,
        "unredactable_entries": kept,
    }


def _pseudonymise(
    repo: LedgerRepository,
    data: TrustData,
    donor_id: int,
    *,
    years: int,
    cutoff: dt.date,
    today: dt.date,
) -> int:
    """Pseudonymise one donor (and donors merged into it); return how many audit entries
    about them could not be redacted (written before seals, schema 0006)."""
    ids = [donor_id, *data.merged_from(donor_id)]
    donors = [d for d in (data.donor_record(i) for i in ids) if d is not None]
    donations = [u for i in ids for u in data.donation_uuids(i)]
    keys = {d["uuid"] for d in donors} | set(donations)
    entries = data.audit_rows_about(keys)
    sealed = [e for e in entries if e.seal is not None and e.redacted is None]
    unsealed = sum(1 for e in entries if e.seal is None)
    touched = [("donor", d["uuid"]) for d in donors] + [("donation", u) for u in donations]
    snapshot = repo.audit_snapshot("donor", [d["uuid"] for d in donors]) | (
        repo.audit_snapshot("donation", donations)
    )
    for i in ids:
        data.pseudonymise(i, on=today)
    repo.append_audit(
        actor=current_actor(repo),
        action="donor.pseudonymise",
        entity="donor",
        entity_uuid=donors[0]["uuid"],
        after={
            "reason": f"keeping period of {years} years over: no gift since before "
            f"{cutoff.isoformat()}",
            "donors": ids,
            "redacted_entries": [e.id for e in sealed],
        },
        touched=touched,
        snapshot=snapshot,
        redacts=[e.id for e in sealed],
    )
    by = repo.last_audit_id()
    for entry in sealed:
        data.redact(
            entry,
            before=_redact(entry.before),
            after=_redact(entry.after),
            by=by,
            digests={"before": text_digest(entry.before), "after": text_digest(entry.after)},
        )
    return unsealed


def _redact(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        parsed = json.loads(value)
    except ValueError:
        return json.dumps(REDACTED)
    if not isinstance(parsed, dict):
        return json.dumps(REDACTED)
    cleaned = {
        k: (REDACTED if k in PERSONAL_KEYS and v is not None else v) for k, v in parsed.items()
    }
    return json.dumps(cleaned, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
