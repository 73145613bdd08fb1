"""The audit trail: verify it, and read it (all of it, since a day, about a donation or a
donor)."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from typing import Any

from treasurer.core.dates import parse_date
from treasurer.core.errors import UserError
from treasurer.db.audit import verify
from treasurer.db.repository import LedgerRepository
from treasurer.db.trust_data import TrustData
from treasurer.services.session import Ledger


@dataclass(frozen=True, slots=True)
class AuditReport:
    """What ``treasurer audit verify`` found."""

    ok: bool
    entries: int
    rows: int
    head: str
    problems: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def first(self) -> str | None:
        return self.problems[0]["message"] if self.problems else None

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "entries": self.entries,
            "rows": self.rows,
            "head": self.head,
            "problems": self.problems,
            "seconds": round(self.seconds, 3),
        }


def verify_audit(ledger: Ledger) -> AuditReport:
    """Check the audit chain and every covered row (donations, donors, settings, the
    organisation, closed periods) against the entry that last wrote it."""
    started = time.perf_counter()
    with ledger.store.transaction() as repo:
        found = verify(repo.session)
    return AuditReport(
        ok=found.ok,
        entries=found.entries,
        rows=found.rows,
        head=found.head,
        problems=[p.to_json() for p in found.problems],
        seconds=time.perf_counter() - started,
    )


def audit_log(
    ledger: Ledger,
    *,
    since: str | None = None,
    donation_id: int | None = None,
    donor_id: int | None = None,
) -> list[dict[str, Any]]:
    """Audit entries, oldest first: all, or since a day, or about one donation or donor
    (a donor's entries include those of its donations and of donors merged into it)."""
    start = None
    if since:
        day = parse_date(since)
        start = dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)
    with ledger.store.transaction() as repo:
        keys: set[str] | None = None
        if donation_id is not None:
            donation = repo.donation(donation_id)
            if donation is None:
                raise UserError("there is no donation with id {id}", id=donation_id)
            keys = {donation.uuid}
        if donor_id is not None:
            donor = repo.donor(donor_id)
            if donor is None:
                raise UserError("there is no donor with id {id}", id=donor_id)
            keys = (keys or set()) | _donor_keys(repo, donor_id)
        return repo.audit_entries(since=start, keys=keys)


def _donor_keys(repo: LedgerRepository, donor_id: int) -> set[str]:
    data = TrustData(repo.session)
    ids = [donor_id, *data.merged_from(donor_id)]
    keys: set[str] = set()
    for i in ids:
        donor = repo.donor(i)
        if donor is not None:
            keys.add(donor.uuid)
        keys.update(data.donation_uuids(i))
        keys.update(data.import_batch_uuids(i))  # the imports that brought them
    return keys
