"""What the window's screens read and preview: a filtered page of donations, donor
search and records, what a donation would do before it is saved, what a merge would
do before it is made, and the undo of an entry.

Like the other services, each function is one unit of work and returns records;
the rules are those of ``core.compliance``, run on the same data the live check uses.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from treasurer.core.compliance import (
    Contribution,
    DonorFacts,
    Finding,
    evaluate_donor,
    period_bucket,
)
from treasurer.core.errors import UserError
from treasurer.core.matching import AmbiguousDonorError, donor_among
from treasurer.core.messages import FlagText, explain
from treasurer.core.model import Donation, Donor, DonorDetails, DonorKind, EntryType
from treasurer.core.money import Money
from treasurer.core.names import normalise_name
from treasurer.core.profiles import DONOR_FIELDS, Period, Profile, Rule, RuleKind
from treasurer.db.browse import BrowseQueries, DonationQuery, DonorHit
from treasurer.db.repository import LedgerRepository
from treasurer.services.compliance import (
    flag_json,
    list_flags,
    rule_context,
    rule_data,
    rules_apply,
)
from treasurer.services.donations import delete_donation
from treasurer.services.ledger import DonationRequest, _donor_details, _new_donation
from treasurer.services.session import Ledger, current_actor

__all__ = [
    "DonationPreview",
    "DonationQuery",
    "DonorHit",
    "DonorRecord",
    "MergePreview",
    "PreviewFlag",
    "count_filtered",
    "donation_page",
    "donations_by_ids",
    "donor_record",
    "flagged_donations",
    "merge_preview",
    "preview_donation",
    "reopen_flag",
    "resolve_donor_text",
    "search_donors",
    "sort_by_urgency",
    "undo_donation",
]

#: The id the donation being typed takes in a preview: after every real one.
PENDING_ID = 1 << 62
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


# ---------------------------------------------------------------- donations
def flagged_donations(ledger: Ledger, language: str = "en") -> dict[int, list[tuple[str, str]]]:
    """Donation id -> (severity, explanation) of every open flag that names it; the
    explanation in ``language`` (en, fr, ar)."""
    if language == "en":  # the stored text: one query, for a million-row table
        with ledger.store.transaction() as repo:
            return BrowseQueries(repo.session).flagged_donations()
    found: dict[int, list[tuple[str, str]]] = {}
    for flag in list_flags(ledger, language=language):
        for donation_id in flag["donation_ids"]:
            found.setdefault(int(donation_id), []).append((flag["severity"], flag["message"]))
    return found


def count_filtered(
    ledger: Ledger, query: DonationQuery, *, flagged: Iterable[int] | None = None
) -> int:
    """How many donations ``query`` selects (``flagged``: the ids ``flagged_donations`` gave,
    for ``query.flagged_only``)."""
    with ledger.store.transaction() as repo:
        return BrowseQueries(repo.session).count_donations(query, flagged)


def donation_page(
    ledger: Ledger,
    query: DonationQuery,
    *,
    sort: str = "date",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
    flagged: Iterable[int] | None = None,
) -> list[Donation]:
    """A page of the donations ``query`` selects, sorted by the database."""
    with ledger.store.transaction() as repo:
        return BrowseQueries(repo.session).donations(
            query, sort=sort, descending=descending, offset=offset, limit=limit, flagged=flagged
        )


def resolve_donor_text(ledger: Ledger, query: DonationQuery, *, limit: int = 2000) -> DonationQuery:
    """``query`` with its donor text turned into the ids of the donors it finds, looked up
    once: the count and every page then read those donors' rows through their index."""
    if not query.donor_text:
        return query
    with ledger.store.transaction() as repo:
        ids = BrowseQueries(repo.session).donor_ids_matching(query.donor_text, limit=limit + 1)
    if len(ids) > limit:
        return query  # a very common start: let the database match it each time
    return replace(query, donor_text=None, donor_ids=tuple(ids))


def donations_by_ids(ledger: Ledger, ids: Sequence[int]) -> list[Donation]:
    with ledger.store.transaction() as repo:
        return BrowseQueries(repo.session).donations_by_ids(ids)


# ---------------------------------------------------------------- donors
def search_donors(ledger: Ledger, text: str, *, limit: int = 20) -> list[DonorHit]:
    """Donors whose name has a word starting with ``text`` (accents, case, Arabic letter
    forms and punctuation ignored, as in donor matching), or whose e-mail starts with it.

    "moh" finds "Mohamed El Alami", and "محمد العلمي" when the e-mail recorded for
    him starts with "moh" or when "Mohamed El Alami" was merged into him.
    """
    key = normalise_name(text)
    if not key:
        return []
    with ledger.store.transaction() as repo:
        return BrowseQueries(repo.session).search_donors(key, limit=limit)


@dataclass(frozen=True, slots=True)
class YearTotal:
    year: int
    total: Money
    entries: int


@dataclass(frozen=True, slots=True)
class DonorRecord:
    """One donor as the donor screen shows them."""

    donor: Donor
    aliases: list[str]
    merged_into: int | None
    donations: list[Donation]
    totals: list[YearTotal]
    flags: list[dict[str, Any]]


def donor_record(ledger: Ledger, donor_id: int, *, language: str = "en") -> DonorRecord:
    """A donor's details, every donation, refund and return, totals per year and flags.

    Raises:
        UserError: there is no such donor.
    """
    with ledger.store.transaction() as repo:
        donor = repo.donor(donor_id)
        if donor is None:
            raise UserError("there is no donor with id {id}", id=donor_id)
        queries = BrowseQueries(repo.session)
        donations = repo.donations(donor_id=donor_id, sort="date")
        totals = [
            YearTotal(year, Money(total, currency), count)
            for year, currency, total, count in queries.donor_totals_by_year(donor_id)
        ]
        context = _profile(repo)
        flags = [
            flag_json(f, context, language)
            for f in rule_data(repo).flags(donor_ids=[donor_id])
            if f.status in ("open", "dismissed")
        ]
        return DonorRecord(
            donor=donor,
            aliases=queries.aliases(donor_id),
            merged_into=repo.merged_into(donor_id),
            donations=donations,
            totals=totals,
            flags=sorted(flags, key=_urgency),
        )


def _urgency(flag: dict[str, Any]) -> tuple[int, int, str, int]:
    """Open before dismissed; errors first; the nearest deadline first; then by id."""
    return (
        0 if flag["status"] == "open" else 1,
        _SEVERITY_ORDER.get(flag["severity"], 3),
        flag["deadline"] or "9999-12-31",
        flag["id"],
    )


def sort_by_urgency(flags: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Flags (as ``list_flags`` gives them) most urgent first."""
    return sorted(flags, key=_urgency)


def _profile(repo: LedgerRepository) -> Profile | None:
    try:
        return rule_context(repo).profile
    except UserError:
        return None


# ---------------------------------------------------------------- previews
@dataclass(frozen=True, slots=True)
class PreviewFlag:
    """A finding a change would leave open: what, under which rule, what to do by when."""

    kind: str
    severity: str
    rule_id: str
    title: str
    message: str
    remedy: str | None
    deadline: dt.date | None
    new: bool  # not an open flag of the ledger now


@dataclass(frozen=True, slots=True)
class DonationPreview:
    """What saving a donation would do: whose it is, their total against the cap, flags."""

    donor_id: int | None
    donor_name: str
    new_donor: bool
    amount: Money
    period: str | None = None
    total_before: Money | None = None
    total_after: Money | None = None
    cap: Money | None = None
    cap_rule: str | None = None
    flags: list[PreviewFlag] = field(default_factory=list)
    #: the rules could not judge it (the profile counts in another currency)
    unchecked: bool = False


def preview_donation(
    ledger: Ledger,
    request: DonationRequest,
    *,
    today: dt.date | None = None,
    language: str = "en",
) -> DonationPreview:
    """What ``add_donation(request)`` would do, without writing anything.

    Raises:
        ParseError: a field cannot be read (with the field named).
        UserError: several donors have this name and nothing tells them apart.
    """
    today = today or dt.date.today()
    settings = ledger.settings()
    details = _donor_details(request)
    new = _new_donation(request, settings, today)
    with ledger.store.transaction() as repo:
        donor = _find_donor(repo, request, details)
        context = rule_context(repo)
        data = rule_data(repo)
        if donor is not None:
            donor_id = int(donor.id)
            facts = data.donor_facts([donor_id])[donor_id]
            contributions = list(data.contributions([donor_id]).get(donor_id, []))
            open_keys = {f.key for f in data.flags(status="open", donor_ids=[donor_id])}
            name = donor.details.name
        else:
            donor_id = -1
            present = frozenset(
                f for f in DONOR_FIELDS if (getattr(details, f, None) or "").strip()
            )
            facts = DonorFacts(id=-1, name=details.name, kind=details.kind, present_fields=present)
            contributions, open_keys, name = [], set(), details.name
        pending = Contribution(
            id=PENDING_ID,
            received_on=new.received_on,
            amount=new.amount,
            method=new.method,
            entry_type=EntryType.DONATION,
        )
        base = DonationPreview(
            donor_id=donor_id if donor is not None else None,
            donor_name=name,
            new_donor=donor is None,
            amount=new.amount,
        )
        if not rules_apply(context, settings):
            return replace(base, unchecked=True)
        profile, calendar = context.profile, context.calendar
        findings = evaluate_donor(
            profile,
            facts,
            [*contributions, pending],
            variant=context.variant,
            calendar=calendar,
        )
        flags = [
            _preview_flag(f, profile, name, language, today, new=f.key not in open_keys)
            for f in findings
            if PENDING_ID in f.donation_ids
        ]
        cap = _cap_rule(profile, context.variant, facts.kind, new.received_on)
        if cap is None:
            return replace(base, flags=_ordered(flags))
        entry = cap.entry_on(new.received_on)
        assert entry is not None
        assert entry.amount is not None
        bucket = period_bucket(cap.period, new.received_on, calendar, PENDING_ID)
        before = _total_in(contributions, bucket.start, bucket.end, new.amount.currency)
        if cap.include_other_parties and cap.period is Period.CALENDAR_YEAR:
            declared = facts.other_party_gifts.get(bucket.start.year)
            if declared is not None and declared.currency == new.amount.currency:
                before += declared.minor
        return replace(
            base,
            period=bucket.label,
            total_before=Money(before, new.amount.currency),
            total_after=Money(before + new.amount.minor, new.amount.currency),
            cap=entry.amount,
            cap_rule=cap.id,
            flags=_ordered(flags),
        )


def _ordered(flags: list[PreviewFlag]) -> list[PreviewFlag]:
    return sorted(flags, key=lambda f: (_SEVERITY_ORDER.get(f.severity, 3), f.rule_id))


def _find_donor(
    repo: LedgerRepository, request: DonationRequest, details: DonorDetails
) -> Donor | None:
    """The donor ``add_donation`` would give the donation to, or None for a new one."""
    if request.donor_id is not None:
        chosen = repo.donor(request.donor_id)
        if chosen is None:
            raise UserError("there is no donor with id {id}", id=request.donor_id)
        return chosen
    candidates = repo.donors_by_key(normalise_name(details.name))
    if request.kind:
        candidates = [c for c in candidates if c.details.kind.value == request.kind]
    try:
        return donor_among(candidates, details)
    except AmbiguousDonorError as exc:
        raise UserError(
            "{problem}; choose the donor from the list to say which", problem=exc.message
        ) from None


def _cap_rule(profile: Profile, variant: str | None, kind: DonorKind, day: dt.date) -> Rule | None:
    """The lowest cap on a donor of ``kind`` in force on ``day``, if any."""
    caps = []
    for rule in profile.rules_for(variant):
        if rule.kind is not RuleKind.CAP or not rule.applies_to(kind):
            continue
        entry = rule.entry_on(day)
        if entry is not None and entry.amount is not None:
            caps.append((entry.amount.minor, rule.id, rule))
    return min(caps, key=lambda c: (c[0], c[1]))[2] if caps else None


def _total_in(
    contributions: Sequence[Contribution], start: dt.date, end: dt.date, currency: str
) -> int:
    """A donor's net total in a span; refunds count in the period of what they return."""
    days = {c.id: c.received_on for c in contributions}
    excluded = {c.id for c in contributions if c.exclude_from_aggregate}
    total = 0
    for c in contributions:
        if c.amount.currency != currency or c.exclude_from_aggregate or c.refund_of in excluded:
            continue
        day = days.get(c.refund_of, c.received_on) if c.refund_of else c.received_on
        if start <= day <= end:
            total += c.amount.minor
    return total


def _preview_flag(
    finding: Finding, profile: Profile, donor: str, language: str, today: dt.date, *, new: bool
) -> PreviewFlag:
    rule = profile.rule(finding.rule_id)
    deadline = finding.deadline
    if finding.deadline_from_awareness is not None:
        deadline = today + dt.timedelta(days=finding.deadline_from_awareness)
    text = FlagText(
        kind=finding.kind,
        donor=donor,
        period=finding.period,
        total=finding.total,
        limit=finding.limit,
        over=finding.over,
        deadline=deadline,
        fact_status=finding.fact_status.value,
        source=finding.source,
        missing_fields=finding.missing_fields,
    )
    return PreviewFlag(
        kind=finding.kind.value,
        severity=finding.severity.value,
        rule_id=rule.id,
        title=rule.title.get(language),
        message=explain(text, rule, language),
        remedy=rule.remedy.get(language) if rule.remedy else None,
        deadline=deadline,
        new=new,
    )


@dataclass(frozen=True, slots=True)
class MergePreview:
    """What merging ``other`` into ``keep`` would change."""

    keep_id: int
    keep_name: str
    other_id: int
    other_name: str
    donations_moved: int
    totals_after: list[YearTotal]
    flags_after: list[PreviewFlag]


def merge_preview(
    ledger: Ledger,
    keep_id: int,
    other_id: int,
    *,
    today: dt.date | None = None,
    language: str = "en",
) -> MergePreview:
    """The donations that would move, the kept donor's totals after, and the flags the
    rules would then raise on the kept donor (``new`` if not open now).

    Raises:
        UserError: the same donor twice, a donor that does not exist or is merged already.
    """
    today = today or dt.date.today()
    if keep_id == other_id:
        raise UserError("a donor cannot be merged into itself")
    with ledger.store.transaction() as repo:
        keep, other = repo.donor(keep_id), repo.donor(other_id)
        if keep is None or other is None:
            raise UserError(
                "there is no donor with id {id}", id=keep_id if keep is None else other_id
            )
        if repo.merged_into(keep_id) is not None or repo.merged_into(other_id) is not None:
            raise UserError("one of these donors was already merged into another")
        data = rule_data(repo)
        grouped = data.contributions([keep_id, other_id])
        together = sorted(
            [*grouped.get(keep_id, []), *grouped.get(other_id, [])],
            key=lambda c: (c.received_on, c.id),
        )
        totals: dict[tuple[int, str], list[int]] = {}
        for c in together:
            slot = totals.setdefault((c.received_on.year, c.amount.currency), [0, 0])
            slot[0] += c.amount.minor
            slot[1] += 1
        flags: list[PreviewFlag] = []
        context = rule_context(repo)
        settings = repo.settings()
        assert settings is not None
        if rules_apply(context, settings):
            facts = data.donor_facts([keep_id])[keep_id]
            open_keys = {f.key for f in data.flags(status="open", donor_ids=[keep_id, other_id])}
            findings = evaluate_donor(
                context.profile,
                facts,
                together,
                variant=context.variant,
                calendar=context.calendar,
            )
            flags = _ordered(
                [
                    _preview_flag(
                        f,
                        context.profile,
                        keep.details.name,
                        language,
                        today,
                        new=f.key not in open_keys,
                    )
                    for f in findings
                ]
            )
        return MergePreview(
            keep_id=keep_id,
            keep_name=keep.details.name,
            other_id=other_id,
            other_name=other.details.name,
            donations_moved=len(grouped.get(other_id, [])),
            totals_after=[
                YearTotal(year, Money(total, currency), count)
                for (year, currency), (total, count) in sorted(totals.items())
            ],
            flags_after=flags,
        )


# ---------------------------------------------------------------- undo
def undo_donation(
    ledger: Ledger, donation_id: int, *, today: dt.date | None = None
) -> dict[str, Any]:
    """Take back a donation just entered by mistake (the window's Undo): deleted as
    ``treasurer donation delete`` does (audited and sealed, refused in a closed period),
    and its donor checked again.

    Raises:
        UserError: no such donation, or money was already given back against it (or a
            fee or a check refers to it): record a refund instead.
    """
    with ledger.store.transaction() as repo:
        if repo.donation(donation_id) is None:
            raise UserError("there is no donation with id {id}", id=donation_id)
        if BrowseQueries(repo.session).references_to(donation_id):
            raise UserError(
                "donation {id} has refunds, fees or checks recorded against it; "
                "it cannot be taken back, record a refund instead",
                id=donation_id,
            )
    result = delete_donation(
        ledger, donation_id, reason="entered by mistake: undone in the window", today=today
    )
    return {"id": donation_id, "flags_resolved": result["flags_resolved"]}


def reopen_flag(ledger: Ledger, flag_id: int) -> None:
    """Open a dismissed flag again (the window's Undo of a dismissal).

    Raises:
        UserError: there is no such flag, or it is not dismissed.
    """
    with ledger.store.transaction() as repo:
        uuid = BrowseQueries(repo.session).reopen_flag(flag_id)
        if uuid is None:
            raise UserError("flag {id} is not a dismissed flag", id=flag_id)
        repo.append_audit(
            actor=current_actor(repo),
            action="flag.reopen",
            entity="flag",
            entity_uuid=uuid,
            before={"status": "dismissed"},
            after={"status": "open", "reason": "the dismissal was undone"},
        )


# ---------------------------------------------------------------- settings
@dataclass(frozen=True, slots=True)
class LedgerOptions:
    """The settings a treasurer may change, as they are now."""

    variant: str | None
    elections: list[str]
    user_name: str


def ledger_options(ledger: Ledger) -> LedgerOptions:
    with ledger.store.transaction() as repo:
        settings = repo.settings()
        assert settings is not None
        return LedgerOptions(
            variant=settings.profile_variant,
            elections=list(json.loads(repo.get_setting("elections") or "[]")),
            user_name=repo.get_setting("user_name") or "",
        )
