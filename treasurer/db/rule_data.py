"""What the rule engine reads from a ledger, and the flags it writes back.

Contributions are read per donor through the (donor, date, id) index: one donor for
the live check of a new donation, every donor in batches for a full check. Findings
are reconciled with the stored flags by their key: new ones are raised, changed ones
updated, gone ones resolved with the reason, and dismissed ones left alone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from treasurer.core.compliance import (
    Contribution,
    DonorFacts,
    Finding,
    FlagKind,
    PermissibilityCheck,
)
from treasurer.core.model import DonorKind, EntryType, PaymentMethod
from treasurer.core.money import Money
from treasurer.core.profiles import DONOR_FIELDS
from treasurer.db import models as m

#: Why a flag whose cause is gone was resolved, by kind.
_GONE = {
    FlagKind.OVER_LIMIT: "the donor's total is no longer over the cap",
    FlagKind.NEAR_LIMIT: "the donor's total is no longer close to the cap",
    FlagKind.PROHIBITED_SOURCE: "the contribution was returned or the donor's kind changed",
    FlagKind.CASH_OVER_CAP: "the cash above the cap was returned",
    FlagKind.ANONYMOUS_OVER_CAP: "the anonymous contribution above the cap was returned",
    FlagKind.PERMISSIBILITY_CHECK: "a permissibility check was recorded",
    FlagKind.REPORTABLE: "the donor is no longer over the reporting threshold",
    FlagKind.MISSING_INFORMATION: "the missing information was recorded",
}

#: The kinds whose reason above names something recorded: when the flag went because
#: its donations were given back, whole or in part, that is the reason given instead.
_GONE_BY_AN_ACT = frozenset({FlagKind.PERMISSIBILITY_CHECK, FlagKind.MISSING_INFORMATION})
#: Why a flag of those kinds was resolved when its donations were all given back, and
#: when some were given back in part.
_GIVEN_BACK = "the donation was refunded or returned in full"
_GIVEN_BACK_IN_PART = (
    "part of the donation was refunded or returned, so that it is no longer over the threshold"
)

AuditFn = Callable[..., str]


@dataclass(frozen=True, slots=True)
class FlagRow:
    """A stored flag, as services and the CLI show it."""

    id: int
    uuid: str
    key: str
    kind: FlagKind
    rule_id: str
    severity: str
    status: str
    donor_id: int | None
    donor_name: str | None
    donation_ids: tuple[int, ...]
    period: str
    currency: str | None
    total: Money | None
    limit: Money | None
    over: Money | None
    deadline: dt.date | None
    fact_status: str
    source: str | None
    details: dict[str, Any]
    raised_on: dt.date
    resolution: str | None


@dataclass(slots=True)
class Reconciliation:
    raised: list[int] = dataclasses.field(default_factory=list)
    updated: list[int] = dataclasses.field(default_factory=list)
    resolved: list[int] = dataclasses.field(default_factory=list)
    reopened: list[int] = dataclasses.field(default_factory=list)


#: Ids per IN list (within every database's limit on a statement's parameters).
_ID_CHUNK = 10_000


class RuleData:
    """Reads for the engine and flag writes, inside one transaction."""

    def __init__(self, session: Session, audit: AuditFn, actor: str) -> None:
        self._s = session
        self._audit = audit
        self._actor = actor

    # ------------------------------------------------------------ reads
    def donor_facts(self, donor_ids: Sequence[int]) -> dict[int, DonorFacts]:
        if not donor_ids:
            return {}
        ids = list(donor_ids)
        donors = self._s.execute(
            select(
                m.Donor.id,
                m.Donor.name,
                m.Donor.kind,
                *(getattr(m.Donor, f) for f in DONOR_FIELDS),
            ).where(m.Donor.id.in_(ids))
        ).all()
        declarations: dict[int, dict[int, Money]] = defaultdict(dict)
        for donor_id, year, amount, currency in self._s.execute(
            select(
                m.DonorDeclaration.donor_id,
                m.DonorDeclaration.year,
                m.DonorDeclaration.amount_minor,
                m.DonorDeclaration.currency,
            ).where(m.DonorDeclaration.donor_id.in_(ids))
        ):
            declarations[donor_id][year] = Money(amount, currency)
        checks: dict[int, list[PermissibilityCheck]] = defaultdict(list)
        for donor_id, checked_on, permissible, donation_id in self._s.execute(
            select(
                m.PermissibilityCheckRow.donor_id,
                m.PermissibilityCheckRow.checked_on,
                m.PermissibilityCheckRow.permissible,
                m.PermissibilityCheckRow.donation_id,
            ).where(m.PermissibilityCheckRow.donor_id.in_(ids))
        ):
            checks[donor_id].append(PermissibilityCheck(checked_on, bool(permissible), donation_id))
        facts = {}
        for row in donors:
            present = frozenset(
                f
                for f, value in zip(DONOR_FIELDS, row[3:], strict=True)
                if value and str(value).strip()
            )
            facts[row[0]] = DonorFacts(
                id=row[0],
                name=row[1],
                kind=DonorKind(row[2]),
                present_fields=present,
                other_party_gifts=declarations.get(row[0], {}),
                checks=tuple(checks.get(row[0], ())),
            )
        return facts

    def contributions(self, donor_ids: Sequence[int]) -> dict[int, list[Contribution]]:
        """The contributions of some donors, in date order."""
        grouped: dict[int, list[Contribution]] = defaultdict(list)
        for donor_id, contribution in self._contribution_rows(
            m.Donation.donor_id.in_(list(donor_ids))
        ):
            grouped[donor_id].append(contribution)
        return grouped

    def all_donors_in_batches(self, batch: int = 20_000) -> Iterator[list[int]]:
        """Every live donor id, in ascending batches."""
        last = 0
        while True:
            ids = list(
                self._s.scalars(
                    select(m.Donor.id)
                    .where(m.Donor.id > last, m.Donor.merged_into_id.is_(None))
                    .order_by(m.Donor.id)
                    .limit(batch)
                )
            )
            if not ids:
                return
            yield ids
            last = ids[-1]

    def candidate_donors(
        self,
        *,
        currency: str,
        aggregate_over: int | None,
        yearly: bool,
        single_over: int | None,
        cash_over: int | None,
        kinds: Iterable[str],
        missing_any_of: Iterable[str] = (),
    ) -> list[int]:
        """Donors some rule could flag: a superset, found in SQL, so that a full check
        evaluates in Python only the donors that matter.

        Args:
            aggregate_over: the lowest threshold of the aggregate rules (caps, their
                near-limit share, reporting, required fields); a donor whose positive
                total in a calendar year (or over all time, when not ``yearly``) is
                not above it cannot cross any of them.
            single_over: the lowest per-donation threshold (permissibility checks).
            cash_over: the lowest cash cap.
            kinds: donor kinds some rule names (prohibited sources, anonymous gifts).
            missing_any_of: donor fields some rule requires; donors lacking one are
                candidates.
        """
        d = m.Donation
        # "donor_id + 0" keeps SQLite from walking the (donor, date) index and fetching
        # each row from the table: one sequential scan is several times faster here.
        donor = d.donor_id + 0
        per_row = [
            d.currency != currency,
            d.force_report.is_(True),
            d.exclude_from_aggregate.is_(True),
            d.refund_of_id.is_not(None),
        ]
        if single_over is not None:
            per_row.append(d.amount_minor > single_over)
        if cash_over is not None:
            per_row.append((d.method == PaymentMethod.CASH.value) & (d.amount_minor > cash_over))
        queries: list[Any] = [
            select(donor).where(or_(*per_row)),
            select(m.DonorDeclaration.donor_id),
            select(m.PermissibilityCheckRow.donor_id),
            select(m.Flag.donor_id).where(m.Flag.status == "open", m.Flag.donor_id.is_not(None)),
        ]
        if aggregate_over is not None:
            groups: list[Any] = [donor]
            if yearly:
                groups.append(func.extract("year", d.received_on))
            queries.append(
                select(donor)
                .where(
                    d.amount_minor > 0, d.currency == currency, d.exclude_from_aggregate.is_(False)
                )
                .group_by(*groups)
                .having(func.sum(d.amount_minor) > aggregate_over)
            )
        missing = [getattr(m.Donor, f) for f in missing_any_of]
        if missing:
            queries.append(
                select(m.Donor.id).where(or_(*(c.is_(None) | (c == "") for c in missing)))
            )
        kinds = list(kinds)
        if kinds:
            queries.append(select(m.Donor.id).where(m.Donor.kind.in_(kinds)))
        found: set[int] = set()
        for query in queries:
            found.update(self._s.scalars(query))
        live = set(self._s.scalars(select(m.Donor.id).where(m.Donor.merged_into_id.is_not(None))))
        return sorted(found - live)

    def contributions_between(self, first: int, last: int) -> dict[int, list[Contribution]]:
        """Contributions of donors with ids in [first, last], read in one indexed range scan."""
        grouped: dict[int, list[Contribution]] = defaultdict(list)
        condition = m.Donation.donor_id.between(first, last)
        for donor_id, contribution in self._contribution_rows(condition):
            grouped[donor_id].append(contribution)
        return grouped

    def _contribution_rows(self, condition: Any) -> Iterator[tuple[int, Contribution]]:
        stmt = (
            select(
                m.Donation.donor_id,
                m.Donation.id,
                m.Donation.received_on,
                m.Donation.amount_minor,
                m.Donation.currency,
                m.Donation.method,
                m.Donation.entry_type,
                m.Donation.unit_id,
                m.Donation.refund_of_id,
                m.Donation.exclude_from_aggregate,
                m.Donation.force_report,
            )
            .where(condition)
            .order_by(m.Donation.donor_id, m.Donation.received_on, m.Donation.id)
        )
        methods = {p.value: p for p in PaymentMethod}
        types = {t.value: t for t in EntryType}
        for row in self._s.execute(stmt):
            yield (
                row[0],
                Contribution(
                    id=row[1],
                    received_on=row[2],
                    amount=Money(row[3], row[4]),
                    method=methods[row[5]],
                    entry_type=types[row[6]],
                    unit_id=row[7],
                    refund_of=row[8],
                    exclude_from_aggregate=bool(row[9]),
                    force_report=bool(row[10]),
                ),
            )

    # ------------------------------------------------------------ flags
    def flags(
        self,
        *,
        status: str | None = None,
        donor_ids: Iterable[int] | None = None,
        flag_id: int | None = None,
    ) -> list[FlagRow]:
        stmt = (
            select(m.Flag, m.Donor.name)
            .outerjoin(m.Donor, m.Donor.id == m.Flag.donor_id)
            .order_by(m.Flag.deadline.is_(None), m.Flag.deadline, m.Flag.id)
        )
        if status is not None:
            stmt = stmt.where(m.Flag.status == status)
        if donor_ids is not None:
            stmt = stmt.where(m.Flag.donor_id.in_(list(donor_ids)))
        if flag_id is not None:
            stmt = stmt.where(m.Flag.id == flag_id)
        return [_flag_row(flag, name) for flag, name in self._s.execute(stmt)]

    def most_urgent(self, flag_ids: Iterable[int], limit: int) -> list[FlagRow]:
        """The first ``limit`` of these flags as ``flags`` orders them (the nearest
        deadline first): their deadlines read in chunks, then those flags alone."""
        wanted = sorted(set(flag_ids))
        order: list[tuple[bool, dt.date, int]] = []
        for start in range(0, len(wanted), _ID_CHUNK):
            stmt = select(m.Flag.id, m.Flag.deadline).where(
                m.Flag.id.in_(wanted[start : start + _ID_CHUNK])
            )
            order.extend(
                (deadline is None, deadline or dt.date.min, int(i))
                for i, deadline in self._s.execute(stmt)
            )
        first = [i for *_key, i in sorted(order)[:limit]]
        if not first:
            return []
        rows = (
            select(m.Flag, m.Donor.name)
            .outerjoin(m.Donor, m.Donor.id == m.Flag.donor_id)
            .where(m.Flag.id.in_(first))
            .order_by(m.Flag.deadline.is_(None), m.Flag.deadline, m.Flag.id)
        )
        return [_flag_row(flag, name) for flag, name in self._s.execute(rows)]

    def reconcile(
        self,
        findings: Iterable[Finding],
        *,
        donor_ids: Iterable[int] | None,
        today: dt.date,
        messages: Callable[[Finding], tuple[str, str | None]],
    ) -> Reconciliation:
        """Make the stored flags of ``donor_ids`` (all donors if None) match ``findings``."""
        stmt = select(m.Flag)
        if donor_ids is not None:
            stmt = stmt.where(m.Flag.donor_id.in_(list(donor_ids)))
        existing = {flag.key: flag for flag in self._s.scalars(stmt)}
        result = Reconciliation()
        seen: set[str] = set()
        for finding in findings:
            seen.add(finding.key)
            flag = existing.get(finding.key)
            values = _finding_values(finding)
            if flag is None:
                message, remedy = messages(finding)
                deadline = finding.deadline
                if finding.deadline_from_awareness is not None:
                    deadline = today + dt.timedelta(days=finding.deadline_from_awareness)
                flag = m.Flag(
                    key=finding.key,
                    raised_on=today,
                    status="open",
                    message=message,
                    remedy=remedy,
                    deadline=deadline,
                    **values,
                )
                self._s.add(flag)
                self._s.flush()
                result.raised.append(flag.id)
                self._log("flag.raise", flag, None, values)
                continue
            if flag.status == "dismissed":
                grew = values["donation_ids"] != flag.donation_ids or (
                    (values["over_minor"] or 0) > (flag.over_minor or 0)
                )
                if not grew:
                    continue
                # a dismissal covers what was seen then, not contributions made since
                flag.status, flag.resolved_at = "open", None
                flag.resolution = (
                    f"Reopened on {today.isoformat()}: new contributions since it was dismissed"
                )
                result.reopened.append(flag.id)
                self._log("flag.reopen", flag, {"status": "dismissed"}, values)
            if flag.status == "resolved":
                flag.status, flag.resolution, flag.resolved_at = "open", None, None
                result.reopened.append(flag.id)
                self._log("flag.reopen", flag, None, values)
            if finding.deadline_from_awareness is None:
                values["deadline"] = finding.deadline
            changed = {k: v for k, v in values.items() if getattr(flag, k) != v}
            if changed:
                before = {k: getattr(flag, k) for k in changed}
                for k, v in changed.items():
                    setattr(flag, k, v)
                if flag.id not in result.reopened:
                    result.updated.append(flag.id)
                self._log("flag.update", flag, before, changed)
        gone = [f for key, f in existing.items() if key not in seen and f.status == "open"]
        result.resolved.extend(self._resolve(gone, today))
        self._s.flush()
        return result

    def _resolve(self, flags: list[m.Flag], today: dt.date) -> list[int]:
        """Resolve open flags whose cause is gone, each with the reason it went: for a
        flag that asked for something to be recorded (a permissibility check, missing
        details), that its donations were given back, whole or in part, when they were;
        else its kind's."""
        given_back = self._given_back(
            {i for f in flags for i in json.loads(f.donation_ids or "[]")}
        )
        for flag in flags:
            ids = json.loads(flag.donation_ids or "[]")
            flag.status = "resolved"
            kind = FlagKind(flag.kind)
            if kind not in _GONE_BY_AN_ACT:
                reason = _GONE.get(kind, "the rule no longer raises it")
            elif ids and all(given_back.get(i) for i in ids):
                reason = _GIVEN_BACK
            elif any(i in given_back for i in ids):
                reason = _GIVEN_BACK_IN_PART
            else:
                reason = _GONE[kind]
            flag.resolution = f"Resolved automatically on {today.isoformat()}: {reason}"
            flag.resolved_at = m.utc_now()
            self._log(
                "flag.resolve",
                flag,
                {"status": "open"},
                {"status": "resolved", "resolution": flag.resolution},
            )
        return [flag.id for flag in flags]

    def _given_back(self, donation_ids: set[int]) -> dict[int, bool]:
        """Those of ``donation_ids`` that refunds, returns and chargebacks linked to them
        gave back, each with whether they gave it back whole."""
        d = m.Donation
        found: dict[int, bool] = {}
        wanted = sorted(donation_ids)
        for start in range(0, len(wanted), 5_000):
            chunk = wanted[start : start + 5_000]
            back = (
                select(d.refund_of_id, func.sum(d.amount_minor).label("back"))
                .where(d.refund_of_id.in_(chunk), d.amount_minor < 0)
                .group_by(d.refund_of_id)
                .subquery()
            )
            stmt = select(d.id, d.amount_minor + back.c.back <= 0).join(
                back, back.c.refund_of_id == d.id
            )
            found.update((i, bool(whole)) for i, whole in self._s.execute(stmt))
        return found

    def dismiss(self, flag_id: int, reason: str) -> FlagRow | None:
        flag = self._s.get(m.Flag, flag_id)
        if flag is None:
            return None
        before = {"status": flag.status}
        flag.status, flag.resolution, flag.resolved_at = "dismissed", reason, m.utc_now()
        self._s.flush()
        self._log("flag.dismiss", flag, before, {"status": "dismissed", "reason": reason})
        return self.flags(flag_id=flag_id)[0]

    def _log(
        self, action: str, flag: m.Flag, before: dict[str, Any] | None, after: dict[str, Any]
    ) -> None:
        self._audit(
            actor=self._actor,
            action=action,
            entity="flag",
            entity_uuid=flag.uuid,
            before=_jsonable(before) if before is not None else None,
            after=_jsonable({"key": flag.key, **after}),
        )

    # ------------------------------------------------------------ remedies and facts
    def add_check(
        self,
        *,
        donor_id: int,
        donation_id: int | None,
        checked_on: dt.date,
        permissible: bool,
        method: str,
        evidence: str | None,
    ) -> str:
        row = m.PermissibilityCheckRow(
            donor_id=donor_id,
            donation_id=donation_id,
            checked_on=checked_on,
            permissible=permissible,
            method=method,
            evidence=evidence,
        )
        self._s.add(row)
        self._s.flush()
        return row.uuid

    def declare(self, *, donor_id: int, year: int, amount: Money, note: str | None) -> None:
        row = self._s.scalar(
            select(m.DonorDeclaration).where(
                m.DonorDeclaration.donor_id == donor_id, m.DonorDeclaration.year == year
            )
        )
        if row is None:
            self._s.add(
                m.DonorDeclaration(
                    donor_id=donor_id,
                    year=year,
                    amount_minor=amount.minor,
                    currency=amount.currency,
                    note=note,
                )
            )
        else:
            row.amount_minor, row.currency, row.note = amount.minor, amount.currency, note
        self._s.flush()

    def set_override(
        self, donation_id: int, *, exclude_from_aggregate: bool, force_report: bool, reason: str
    ) -> None:
        self._s.execute(
            update(m.Donation)
            .where(m.Donation.id == donation_id)
            .values(
                exclude_from_aggregate=exclude_from_aggregate,
                force_report=force_report,
                override_reason=reason,
            )
        )


def _finding_values(f: Finding) -> dict[str, Any]:
    return {
        "kind": f.kind.value,
        "rule_id": f.rule_id,
        "severity": f.severity.value,
        "donor_id": f.donor_id,
        "donation_id": f.donation_ids[0] if f.donation_ids else None,
        "donation_ids": json.dumps(list(f.donation_ids)),
        "period": f.period,
        "currency": f.currency,
        "total_minor": f.total.minor if f.total else None,
        "limit_minor": f.limit.minor if f.limit else None,
        "over_minor": f.over.minor if f.over else None,
        "fact_status": f.fact_status.value,
        "source": f.source,
        "details": json.dumps(
            {"missing_fields": list(f.missing_fields), "url": f.url}, ensure_ascii=False
        ),
    }


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in values.items()}


def _flag_row(flag: m.Flag, donor_name: str | None) -> FlagRow:
    currency = flag.currency

    def money(minor: int | None) -> Money | None:
        return Money(minor, currency) if minor is not None and currency else None

    return FlagRow(
        id=flag.id,
        uuid=flag.uuid,
        key=flag.key,
        kind=FlagKind(flag.kind),
        rule_id=flag.rule_id,
        severity=flag.severity,
        status=flag.status,
        donor_id=flag.donor_id,
        donor_name=donor_name,
        donation_ids=tuple(json.loads(flag.donation_ids or "[]")),
        period=flag.period,
        currency=currency,
        total=money(flag.total_minor),
        limit=money(flag.limit_minor),
        over=money(flag.over_minor),
        deadline=flag.deadline,
        fact_status=flag.fact_status,
        source=flag.source,
        details=json.loads(flag.details) if flag.details else {},
        raised_on=flag.raised_on,
        resolution=flag.resolution,
    )
