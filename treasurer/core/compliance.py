"""The rule engine: a donor's contributions and a profile in, findings out.

Pure and deterministic: ``evaluate_donor`` sees everything about one donor (their
contributions, refunds and returns, declared gifts to other parties, permissibility
checks) and returns every finding the profile's rules make of it. The live check of
one new donation and the full check of a ledger call the same function, so they
cannot disagree.

Money never mixes currencies: a contribution in another currency than the profile's
is not added to any total; it gets a ``missing_information`` finding asking for its
value in the profile's currency.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from treasurer.core.model import DonorKind, EntryType, PaymentMethod
from treasurer.core.money import Money
from treasurer.core.profiles import (
    ClockStart,
    Entry,
    Period,
    Profile,
    Rule,
    RuleKind,
    Severity,
    Status,
)


class FlagKind(enum.StrEnum):
    OVER_LIMIT = "over_limit"
    NEAR_LIMIT = "near_limit"
    PROHIBITED_SOURCE = "prohibited_source"
    CASH_OVER_CAP = "cash_over_cap"
    ANONYMOUS_OVER_CAP = "anonymous_over_cap"
    PERMISSIBILITY_CHECK = "permissibility_check"
    REPORTABLE = "reportable"
    MISSING_INFORMATION = "missing_information"


@dataclass(frozen=True, slots=True)
class Contribution:
    """One ledger entry of a donor as the rules see it (refunds and returns negative)."""

    id: int
    received_on: dt.date
    amount: Money
    method: PaymentMethod = PaymentMethod.TRANSFER
    entry_type: EntryType = EntryType.DONATION
    unit_id: int | None = None
    refund_of: int | None = None
    exclude_from_aggregate: bool = False
    force_report: bool = False


@dataclass(frozen=True, slots=True)
class PermissibilityCheck:
    """A recorded check of a donor's eligibility (electoral register, Companies House…)."""

    checked_on: dt.date
    permissible: bool
    donation_id: int | None = None


@dataclass(frozen=True, slots=True)
class DonorFacts:
    id: int
    name: str
    kind: DonorKind
    present_fields: frozenset[str] = frozenset()
    #: Gifts the donor declared to other parties, by calendar year (France's joint cap).
    other_party_gifts: Mapping[int, Money] = field(default_factory=dict)
    checks: tuple[PermissibilityCheck, ...] = ()


@dataclass(frozen=True, slots=True)
class Calendar:
    """What the ledger says about its own periods."""

    fiscal_year_start: tuple[int, int] = (1, 1)
    elections: tuple[dt.date, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """Something a rule says about a donor: what, by how much, by when, and why.

    ``key`` identifies the finding across evaluations (rule, donor, period or
    donation), so re-checking updates a flag instead of adding another.
    """

    key: str
    kind: FlagKind
    rule_id: str
    severity: Severity
    donor_id: int
    donation_ids: tuple[int, ...]
    period: str
    currency: str
    total: Money | None = None
    limit: Money | None = None
    over: Money | None = None
    deadline: dt.date | None = None
    deadline_from_awareness: int | None = None  # days, when the clock starts at awareness
    fact_status: Status = Status.VERIFIED
    source: str = ""
    url: str | None = None
    missing_fields: tuple[str, ...] = ()
    #: A reportable finding: the day the donor's aggregate went over the threshold
    #: (None when only forced donations make it reportable). Filings report the
    #: donations up to that day in the quarter of that day.
    crossed_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class _Bucket:
    key: str
    label: str
    start: dt.date
    end: dt.date


def evaluate_donor(
    profile: Profile,
    donor: DonorFacts,
    contributions: Sequence[Contribution],
    *,
    variant: str | None = None,
    calendar: Calendar = Calendar(),
) -> list[Finding]:
    """Every finding of the profile's rules about one donor, in a stable order."""
    ordered = sorted(_in_original_period(contributions), key=lambda c: (c.received_on, c.id))
    currency = profile.currency
    counted = [c for c in ordered if c.amount.currency == currency]
    findings: list[Finding] = [
        _foreign_currency(donor, c) for c in ordered if c.amount.currency != currency
    ]
    net = _net_amounts(counted)
    rules = profile.rules_for(variant)
    for rule in rules:
        if not rule.applies_to(donor.kind) and rule.kind is not RuleKind.NEAR_LIMIT:
            continue
        if rule.kind in _AGGREGATING and donor.kind is DonorKind.ANONYMOUS:
            # gifts of people no one knows: none adds up with another (each is capped,
            # reported... on its own), as if each were of a donor of its own
            for gift, entries in _gifts(counted).items():
                findings += [
                    dataclasses.replace(f, key=f"{f.key}|gift:{gift}")
                    for f in _aggregating(
                        rule, profile, rules, donor=donor, counted=entries, calendar=calendar
                    )
                ]
        elif rule.kind in _AGGREGATING:
            findings += _aggregating(
                rule, profile, rules, donor=donor, counted=counted, calendar=calendar
            )
        elif rule.kind is RuleKind.PROHIBITED_KIND:
            findings += _per_donation(
                rule, donor, counted, net, FlagKind.PROHIBITED_SOURCE, whole=True
            )
        elif rule.kind is RuleKind.CASH_CAP:
            if donor.kind is DonorKind.ANONYMOUS and _anonymous_cap_covers(rule, rules):
                continue  # its lower cap takes the excess; there is no one to give it back to
            cash = [c for c in counted if c.method is PaymentMethod.CASH]
            findings += _per_donation(
                rule, donor, cash, net, FlagKind.CASH_OVER_CAP, whole=rule.whole
            )
        elif rule.kind is RuleKind.ANONYMOUS_CAP:
            if donor.kind is DonorKind.ANONYMOUS:
                findings += _per_donation(
                    rule, donor, counted, net, FlagKind.ANONYMOUS_OVER_CAP, whole=rule.whole
                )
        elif rule.kind is RuleKind.PERMISSIBILITY_CHECK:
            findings += _permissibility(rule, donor, counted, net)
    return sorted(findings, key=lambda f: f.key)


def _anonymous_cap_covers(cash_cap: Rule, rules: Sequence[Rule]) -> bool:
    """Whether a cap on anonymous gifts no higher than ``cash_cap`` applies: an anonymous
    gift in cash over both is over that one (US: $50 to dispose of, not also $100)."""
    cash = [e.amount.minor for e in cash_cap.entries if e.amount is not None]
    return any(
        rule.kind is RuleKind.ANONYMOUS_CAP
        and rule.applies_to(DonorKind.ANONYMOUS)
        and all(
            e.amount is not None and e.amount.minor <= min(cash, default=0) for e in rule.entries
        )
        for rule in rules
    )


#: The rules on what a donor's gifts add up to.
_AGGREGATING = frozenset(
    (RuleKind.CAP, RuleKind.NEAR_LIMIT, RuleKind.REPORTABLE, RuleKind.REQUIRED_FIELDS)
)


def _aggregating(
    rule: Rule,
    profile: Profile,
    rules: Sequence[Rule],
    *,
    donor: DonorFacts,
    counted: list[Contribution],
    calendar: Calendar,
) -> list[Finding]:
    currency = profile.currency
    if rule.kind is RuleKind.CAP:
        return _caps(
            rule, None, donor=donor, contributions=counted, calendar=calendar, currency=currency
        )
    if rule.kind is RuleKind.NEAR_LIMIT:
        cap = profile.rule(rule.of or "")
        if cap in rules and cap.applies_to(donor.kind):
            return _caps(
                cap, rule, donor=donor, contributions=counted, calendar=calendar, currency=currency
            )
        return []
    if rule.kind is RuleKind.REPORTABLE:
        return _reportable(rule, donor, counted, calendar, currency)
    return _required_fields(rule, donor, counted, calendar, currency)


def _gifts(contributions: list[Contribution]) -> dict[int, list[Contribution]]:
    """Each donation's id -> it and the refunds and returns of it, in order; money
    given back of no donation of these is left out (it takes back no one gift)."""
    gifts: dict[int, list[Contribution]] = {}
    for c in contributions:
        if c.amount.minor > 0:
            gifts[c.id] = [c]
        elif c.refund_of in gifts:
            gifts[c.refund_of].append(c)
    return gifts


# ---------------------------------------------------------------- periods
def period_bucket(
    period: Period, day: dt.date, calendar: Calendar, contribution_id: int = 0
) -> _Bucket:
    """The span of ``period`` that ``day`` falls in."""
    if period is Period.CALENDAR_YEAR:
        return _Bucket(
            str(day.year), str(day.year), dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
        )
    if period is Period.FISCAL_YEAR:
        month, dom = calendar.fiscal_year_start
        start = _fiscal_start(day.year, month, dom)
        if day < start:
            start = _fiscal_start(day.year - 1, month, dom)
        end = _fiscal_start(start.year + 1, month, dom) - dt.timedelta(days=1)
        label = f"{start.isoformat()}..{end.isoformat()}"
        return _Bucket(f"FY{start.isoformat()}", label, start, end)
    if period is Period.ELECTION_CYCLE:
        first = day.year if day.year % 2 else day.year - 1
        label = f"{first}-{first + 1}"
        return _Bucket(label, label, dt.date(first, 1, 1), dt.date(first + 1, 12, 31))
    if period is Period.PER_ELECTION:
        elections = sorted(calendar.elections)
        previous = max((e for e in elections if e < day), default=None)
        upcoming = min((e for e in elections if e >= day), default=None)
        start = previous + dt.timedelta(days=1) if previous else dt.date.min
        if upcoming is None:
            return _Bucket("election:next", "the next election", start, dt.date.max)
        return _Bucket(
            f"election:{upcoming.isoformat()}",
            f"the election of {upcoming.isoformat()}",
            start,
            upcoming,
        )
    return _Bucket(f"donation:{contribution_id}", f"donation {contribution_id}", day, day)


def _fiscal_start(year: int, month: int, day: int) -> dt.date:
    while True:
        try:
            return dt.date(year, month, day)
        except ValueError:  # 29 February, or a day past the month's end
            day -= 1


def _buckets(
    rule: Rule, contributions: Iterable[Contribution], calendar: Calendar
) -> dict[tuple[str, int | None], tuple[_Bucket, list[Contribution]]]:
    grouped: dict[tuple[str, int | None], tuple[_Bucket, list[Contribution]]] = {}
    contributions = list(contributions)
    # a refund or return of a donation left out of aggregates is left out with it
    excluded = {c.id for c in contributions if c.exclude_from_aggregate}
    for c in contributions:
        if c.exclude_from_aggregate or (c.refund_of is not None and c.refund_of in excluded):
            continue
        bucket = period_bucket(rule.period, c.received_on, calendar, c.id)
        unit = c.unit_id if rule.per_unit else None
        grouped.setdefault((bucket.key, unit), (bucket, []))[1].append(c)
    return grouped


def _sorted_buckets(
    rule: Rule, contributions: Iterable[Contribution], calendar: Calendar
) -> list[tuple[tuple[str, int | None], tuple[_Bucket, list[Contribution]]]]:
    """The rule's period buckets (per unit if it says so), in a stable order."""
    return sorted(
        _buckets(rule, contributions, calendar).items(),
        key=lambda item: (item[0][0], item[0][1] or 0),
    )


# ---------------------------------------------------------------- rule kinds
def _caps(
    cap: Rule,
    near: Rule | None,
    *,
    donor: DonorFacts,
    contributions: Sequence[Contribution],
    calendar: Calendar,
    currency: str,
) -> list[Finding]:
    """Over-limit (or, with ``near``, near-limit) findings of one cap rule.

    Each donation is judged by the cap in force on its date: the part of it that
    takes the running total above that cap is excess. A refund or return cures
    excess first. The finding's ``over`` is the excess left, exact to the minor unit.
    """
    findings = []
    for (bucket_key, unit), (bucket, entries) in _sorted_buckets(cap, contributions, calendar):
        base = 0
        if cap.include_other_parties and cap.period is Period.CALENDAR_YEAR:
            declared = donor.other_party_gifts.get(bucket.start.year)
            base = declared.minor if declared and declared.currency == currency else 0
        running, excess = base, 0
        excess_ids: list[int] = []
        last_entry: Entry | None = None
        first_excess: Contribution | None = None
        excess_entry: Entry | None = None  # the cap in force when the excess began
        for c in entries:
            amount = c.amount.minor
            if amount > 0:
                entry = cap.entry_on(c.received_on)
                before, running = running, running + amount
                if entry is None or entry.amount is None:
                    continue
                last_entry = entry
                over_here = max(0, running - max(entry.amount.minor, before))
                if over_here:
                    excess += over_here
                    excess_ids.append(c.id)
                    if first_excess is None:
                        first_excess, excess_entry = c, entry
            else:
                running += amount
                excess = max(0, excess + amount)
                if excess == 0:
                    excess_ids, first_excess, excess_entry = [], None, None
        if last_entry is None or last_entry.amount is None:
            continue
        limit = last_entry.amount.minor
        ids = tuple(c.id for c in entries)
        unit_key = f"|unit:{unit}" if unit is not None else ""
        if near is None and excess > 0:
            assert first_excess is not None
            assert excess_entry is not None
            assert excess_entry.amount is not None
            findings.append(
                _finding(
                    cap,
                    donor,
                    FlagKind.OVER_LIMIT,
                    scope=f"{bucket_key}{unit_key}",
                    donation_ids=ids,
                    period=bucket.label,
                    currency=currency,
                    entry=excess_entry,
                    trigger=first_excess.received_on,
                    total=running,
                    limit=excess_entry.amount.minor,
                    over=excess,
                )
            )
        elif near is not None and excess == 0 and running >= near.share * limit and running > 0:
            findings.append(
                _finding(
                    near,
                    donor,
                    FlagKind.NEAR_LIMIT,
                    scope=f"{bucket_key}{unit_key}",
                    donation_ids=ids,
                    period=bucket.label,
                    currency=currency,
                    entry=last_entry,  # the status and source of the cap's figure
                    trigger=entries[-1].received_on,
                    total=running,
                    limit=limit,
                    over=None,
                )
            )
    return findings


def _per_donation(
    rule: Rule,
    donor: DonorFacts,
    contributions: Sequence[Contribution],
    net: Mapping[int, int],
    kind: FlagKind,
    *,
    whole: bool = False,
) -> list[Finding]:
    """One finding per donation that breaks a per-donation rule, until it is returned:
    the part over the cap, or (``whole``) all of it, as the law of the rule requires."""
    findings = []
    for c in contributions:
        if c.amount.minor <= 0:
            continue
        entry = rule.entry_on(c.received_on)
        if entry is None:
            continue
        remaining = net.get(c.id, c.amount.minor)
        cap = entry.amount.minor if entry.amount else 0
        if c.amount.minor <= cap or remaining <= (0 if whole else cap):
            continue
        findings.append(
            _finding(
                rule,
                donor,
                kind,
                scope=f"donation:{c.id}",
                donation_ids=(c.id,),
                period=f"donation {c.id}",
                currency=c.amount.currency,
                entry=entry,
                trigger=c.received_on,
                total=remaining,
                limit=cap if entry.amount else None,
                over=remaining if whole else remaining - cap,
            )
        )
    return findings


def _permissibility(
    rule: Rule, donor: DonorFacts, contributions: Sequence[Contribution], net: Mapping[int, int]
) -> list[Finding]:
    """Donations above the threshold need a recorded check that the donor may give."""
    findings = []
    for c in contributions:
        entry = rule.entry_on(c.received_on)
        if c.amount.minor <= 0 or entry is None or entry.amount is None:
            continue
        remaining = net.get(c.id, c.amount.minor)
        if remaining <= entry.amount.minor:
            continue
        checks = [
            k
            for k in donor.checks
            if k.donation_id == c.id or (k.donation_id is None and k.checked_on >= c.received_on)
        ]
        if any(k.permissible for k in checks):
            continue
        refused = any(not k.permissible for k in checks)
        findings.append(
            _finding(
                rule,
                donor,
                FlagKind.PROHIBITED_SOURCE if refused else FlagKind.PERMISSIBILITY_CHECK,
                scope=f"donation:{c.id}",
                donation_ids=(c.id,),
                period=f"donation {c.id}",
                currency=c.amount.currency,
                entry=entry,
                trigger=c.received_on,
                total=remaining,
                limit=entry.amount.minor,
                over=None,
                severity=Severity.ERROR if refused else None,
            )
        )
    return findings


def _reportable(
    rule: Rule,
    donor: DonorFacts,
    contributions: Sequence[Contribution],
    calendar: Calendar,
    currency: str,
) -> list[Finding]:
    """A donor whose aggregate in a period crosses the threshold is reportable, with the
    donations that make them so and, after that, each later one the rule names."""
    findings = []
    for (bucket_key, unit), (bucket, entries) in _sorted_buckets(rule, contributions, calendar):
        if rule.counts_above is not None:  # gifts at or below it are outside the rules
            kept = _above_floor(entries, rule.counts_above.minor, contributions)
            if not kept:
                continue
            entries[:] = kept
        # ``given``: the aggregate when the threshold was crossed (refunds until then
        # lower it, as they lower the total that crossed), then each later gift
        running = given = 0
        crossed = False
        reported: list[int] = []
        entry_used: Entry | None = None
        trigger: dt.date | None = None
        for c in entries:
            running += c.amount.minor
            if crossed:
                given += max(c.amount.minor, 0)
            entry = rule.entry_on(c.received_on)
            if entry is None or entry.amount is None:
                continue
            if not crossed and running > entry.amount.minor:
                crossed, entry_used, trigger, given = True, entry, c.received_on, running
                reported = [
                    e.id
                    for e in entries
                    if e.amount.minor > 0 and (e.received_on, e.id) <= (c.received_on, c.id)
                ]
            elif (
                crossed
                and c.amount.minor > 0
                and (rule.then_each_over is None or c.amount.minor > rule.then_each_over.minor)
            ):
                reported.append(c.id)
        forced = [c.id for c in entries if c.force_report and c.id not in reported]
        if not crossed and not forced:
            continue
        entry_used = entry_used or rule.entry_on(entries[-1].received_on) or rule.entries[-1]
        unit_key = f"|unit:{unit}" if unit is not None else ""
        findings.append(
            dataclasses.replace(
                _finding(
                    rule,
                    donor,
                    FlagKind.REPORTABLE,
                    scope=f"{bucket_key}{unit_key}",
                    donation_ids=tuple(sorted(reported + forced)),
                    period=bucket.label,
                    currency=currency,
                    entry=entry_used,
                    trigger=trigger or entries[-1].received_on,
                    # what took the donor over, and the gifts since (a refund after they
                    # were reportable does not undo that they were: it is reported in its
                    # turn), not "0.00 given" once refunded nor gifts refunded before
                    total=given if crossed else running,
                    limit=entry_used.amount.minor if entry_used.amount else None,
                    over=None,
                ),
                crossed_on=trigger,
            )
        )
    # Forced donations outside any aggregate (excluded rows) are still reported.
    excluded = [c for c in contributions if c.exclude_from_aggregate and c.force_report]
    for c in excluded:
        entry = rule.entry_on(c.received_on) or rule.entries[-1]
        findings.append(
            _finding(
                rule,
                donor,
                FlagKind.REPORTABLE,
                scope=f"donation:{c.id}",
                donation_ids=(c.id,),
                period=f"donation {c.id}",
                currency=currency,
                entry=entry,
                trigger=c.received_on,
                total=c.amount.minor,
                limit=None,
                over=None,
            )
        )
    return findings


def _required_fields(
    rule: Rule,
    donor: DonorFacts,
    contributions: Sequence[Contribution],
    calendar: Calendar,
    currency: str,
) -> list[Finding]:
    missing = tuple(f for f in rule.fields if f not in donor.present_fields)
    if not missing:
        return []
    findings = []
    for (bucket_key, _unit), (bucket, entries) in _sorted_buckets(rule, contributions, calendar):
        if rule.counts_above is not None:  # as for reporting: gifts at or below it are out
            entries[:] = _above_floor(entries, rule.counts_above.minor, contributions)
        running = 0
        # the information is owed for what the donor gave in the end: gifts refunded since
        # (counted on their donation's date) owe none
        net = sum(e.amount.minor for e in entries)
        for c in entries:
            running += c.amount.minor
            entry = rule.entry_on(c.received_on)
            if entry is None or entry.amount is None or c.amount.minor <= 0:
                continue
            if running > entry.amount.minor and net > entry.amount.minor:
                findings.append(
                    _finding(
                        rule,
                        donor,
                        FlagKind.MISSING_INFORMATION,
                        scope=bucket_key,
                        donation_ids=tuple(e.id for e in entries),
                        period=bucket.label,
                        currency=currency,
                        entry=entry,
                        trigger=c.received_on,
                        total=net,
                        limit=entry.amount.minor,
                        over=None,
                        missing=missing,
                    )
                )
                break
    return findings


def _foreign_currency(donor: DonorFacts, c: Contribution) -> Finding:
    return Finding(
        key=f"currency|{donor.id}|donation:{c.id}",
        kind=FlagKind.MISSING_INFORMATION,
        rule_id="treasurer.currency",
        severity=Severity.WARNING,
        donor_id=donor.id,
        donation_ids=(c.id,),
        period=f"donation {c.id}",
        currency=c.amount.currency,
        total=c.amount,
        source="Treasurer: amounts in another currency are never added to limits unconverted",
        missing_fields=("value in the profile's currency",),
    )


# ---------------------------------------------------------------- helpers
def _in_original_period(contributions: Sequence[Contribution]) -> list[Contribution]:
    """Refunds and returns linked to a donation count on that donation's date: money given
    back in January for a December excess cures December's year, not January's."""
    dates = {c.id: c.received_on for c in contributions if c.amount.minor > 0}
    return [
        dataclasses.replace(c, received_on=dates[c.refund_of])
        if c.refund_of is not None and c.refund_of in dates and c.amount.minor < 0
        else c
        for c in contributions
    ]


def _above_floor(
    entries: Sequence[Contribution], floor: int, contributions: Sequence[Contribution]
) -> list[Contribution]:
    """The entries an aggregate keeps when gifts of ``floor`` or less are outside the
    rules (PPERA: £500): the floor applies to what was given, gift by gift.

    A gift over the floor counts, and so does every refund or return of it, whatever
    its size (£400 back from a gift of £11,000 lowers the aggregate by £400). A refund
    of a gift at or below the floor is left out with its gift. A refund whose gift is
    not among ``contributions`` (no link, or a gift the engine is not given) is counted
    only when it is over the floor, since it cannot then give back a single gift at or
    below it; one at or below the floor may be the refund of a gift outside the rules,
    so it does not lower the aggregate: an unknown refund never keeps a donor from
    being reported.
    """
    gifts = {c.id: c.amount.minor for c in contributions if c.amount.minor > 0}

    def counts(c: Contribution) -> bool:
        if c.amount.minor >= 0:
            return c.amount.minor > floor
        given = gifts.get(c.refund_of) if c.refund_of is not None else None
        return (given if given is not None else -c.amount.minor) > floor

    return [c for c in entries if counts(c)]


def _net_amounts(contributions: Sequence[Contribution]) -> dict[int, int]:
    """Each donation's amount less the refunds and returns linked to it."""
    net = {c.id: c.amount.minor for c in contributions if c.amount.minor > 0}
    refunds: dict[int, int] = defaultdict(int)
    for c in contributions:
        if c.amount.minor < 0 and c.refund_of is not None:
            refunds[c.refund_of] += c.amount.minor
    for donation_id, refunded in refunds.items():
        if donation_id in net:
            net[donation_id] += refunded
    return net


def _finding(
    rule: Rule,
    donor: DonorFacts,
    kind: FlagKind,
    *,
    scope: str,
    donation_ids: tuple[int, ...],
    period: str,
    currency: str,
    entry: Entry,
    trigger: dt.date,
    total: int | None,
    limit: int | None,
    over: int | None,
    missing: tuple[str, ...] = (),
    severity: Severity | None = None,
) -> Finding:
    deadline = None
    awareness_days = None
    if rule.deadline is not None:
        if rule.deadline.start is ClockStart.AWARENESS:
            awareness_days = rule.deadline.days
        else:  # receipt; a deposit date is not recorded, so the receipt date stands for it
            deadline = trigger + dt.timedelta(days=rule.deadline.days)
    return Finding(
        key=f"{rule.id}|{donor.id}|{scope}",
        kind=kind,
        rule_id=rule.id,
        severity=severity or rule.severity,
        donor_id=donor.id,
        donation_ids=donation_ids,
        period=period,
        currency=currency,
        total=Money(total, currency) if total is not None else None,
        limit=Money(limit, currency) if limit is not None else None,
        over=Money(over, currency) if over is not None else None,
        deadline=deadline,
        deadline_from_awareness=awareness_days,
        fact_status=entry.status,
        source=entry.source,
        url=entry.url,
        missing_fields=missing,
    )
