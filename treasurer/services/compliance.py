"""Use cases of the rule engine: profiles, checks, flags and their remedies.

The live check after one donation and ``check_ledger`` call the same
``evaluate_donor`` on the same data (all of a donor's contributions), and reconcile
the stored flags the same way, so the two always agree.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import platformdirs

import treasurer
from treasurer.core.compliance import Calendar, Finding, evaluate_donor
from treasurer.core.dates import DateOrder, parse_date
from treasurer.core.errors import Message, ParseError, UserError
from treasurer.core.messages import FlagText, explain
from treasurer.core.model import EntryType, LedgerSettings, NewDonation
from treasurer.core.money import Money, parse_amount
from treasurer.core.profiles import (
    Entry,
    Period,
    Profile,
    ProfileError,
    Rule,
    RuleKind,
    Status,
    load_profile,
)
from treasurer.db.repository import LedgerRepository
from treasurer.db.rule_data import FlagRow, Reconciliation, RuleData
from treasurer.services.periods import guard, record_amendments
from treasurer.services.session import APP_NAME, Ledger, current_actor

BUILTIN_RULES = Path(treasurer.__file__).parent / "resources" / "rules"
#: The template profile: a ledger may use it in any currency, and no rule is applied
#: until the treasurer copies it and writes their own figures.
TEMPLATE_PROFILE = "custom"
FLAG_STATUSES = ("open", "resolved", "dismissed", "all")
#: An entry of each type, as a message names it: "entry 12 is itself a refund"…
AN_ENTRY = {
    EntryType.DONATION: Message("a donation"),
    EntryType.REFUND: Message("a refund"),
    EntryType.RETURN: Message("a return"),
}
#: …and "the refund is dated 2025-03-01, in period 2025-Q1…"
THE_ENTRY = {
    EntryType.DONATION: Message("the donation"),
    EntryType.REFUND: Message("the refund"),
    EntryType.RETURN: Message("the return"),
}
#: A flag that is no longer open, as "flag 7 is already dismissed" says it.
_CLOSED_FLAG = {"resolved": Message("resolved"), "dismissed": Message("dismissed")}


# ---------------------------------------------------------------- profiles
def user_rules_dir() -> Path:
    """Where a treasurer's own (copied and edited) profiles live."""
    return platformdirs.user_config_path(APP_NAME, appauthor=False) / "rules"


def profile_paths() -> dict[str, Path]:
    """Profile id -> file: the shipped ones, then the user's (which win on the same id)."""
    paths: dict[str, Path] = {}
    for folder in (BUILTIN_RULES, user_rules_dir()):
        if folder.is_dir():
            for path in sorted(folder.glob("*.toml")):
                paths[path.stem] = path
    return paths


@lru_cache(maxsize=32)
def _load(path: Path, _mtime: float) -> Profile:
    return load_profile(path)


def get_profile(profile_id: str) -> Profile:
    """The profile ``profile_id``, validated.

    Raises:
        UserError: there is no such profile.
        ProfileError: its file does not validate.
    """
    path = profile_paths().get(profile_id)
    if path is None:
        raise UserError(
            "there is no rule profile {profile!r} (known: {known})",
            profile=profile_id,
            known=", ".join(profile_paths()),
        )
    profile = _load(path, path.stat().st_mtime)
    if profile.id != profile_id:
        raise ProfileError(
            "profile {path}: its id is {found!r}, not {wanted!r}",
            path=path,
            found=profile.id,
            wanted=profile_id,
        )
    return profile


def list_profiles() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for profile_id, path in profile_paths().items():
        try:
            profile = get_profile(profile_id)
        except ProfileError as exc:
            rows.append({"id": profile_id, "path": str(path), "error": str(exc)})
            continue
        uncertain = sum(
            1 for r in profile.rules if any(e.status is Status.UNCERTAIN for e in r.entries)
        )
        rows.append(
            {
                "id": profile.id,
                "name": {"en": profile.name.en, "fr": profile.name.fr, "ar": profile.name.ar},
                "currency": profile.currency,
                "version": profile.version,
                "date_order": profile.date_order.value,
                "variants": [v.id for v in profile.variants],
                "default_variant": profile.default_variant,
                "rules": len(profile.rules),
                "uncertain_rules": uncertain,
                "origin": "shipped" if path.parent == BUILTIN_RULES else "user",
                "path": str(path),
            }
        )
    return rows


def rules_in_force(
    profile: Profile, day: dt.date, variant: str | None = None, language: str = "en"
) -> list[dict[str, Any]]:
    """The profile's rules on ``day``: each with its figure, status and source."""
    rows = []
    for rule in profile.rules_for(variant):
        entry = rule.entry_on(day)
        if entry is None:
            continue
        rows.append(_rule_json(rule, entry, language))
    return rows


def copy_profile(source_id: str, new_id: str) -> Path:
    """Copy a profile to the user's folder under a new id, ready to edit."""
    if not new_id or not all(c.isalnum() or c in "-_" for c in new_id):
        raise UserError(
            "{profile!r} is not a usable profile id (letters, digits, - and _)", profile=new_id
        )
    if new_id in profile_paths():
        raise UserError("there is already a profile {profile!r}", profile=new_id)
    source = profile_paths().get(source_id)
    if source is None:
        raise UserError("there is no rule profile {profile!r}", profile=source_id)
    get_profile(source_id)
    text = source.read_text(encoding="utf-8")
    lines = text.splitlines()
    top = next(i for i, line in enumerate(lines) if line.startswith("id = "))  # before [[rules]]
    lines[top] = f'id = "{new_id}"'
    target = user_rules_dir() / f"{new_id}.toml"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    get_profile(new_id)
    return target


def _rule_json(rule: Rule, entry: Entry, language: str) -> dict[str, Any]:
    return {
        "rule_id": rule.id,
        "kind": rule.kind.value,
        "title": rule.title.get(language),
        "amount": entry.amount.amount if entry.amount else None,
        "currency": entry.amount.currency if entry.amount else None,
        "period": rule.period.value,
        "donor_kinds": sorted(k.value for k in rule.donor_kinds) if rule.donor_kinds else None,
        "from": entry.start.isoformat() if entry.start else None,
        "to": entry.end.isoformat() if entry.end else None,
        "deadline_days": rule.deadline.days if rule.deadline else None,
        "deadline_from": rule.deadline.start.value if rule.deadline else None,
        "remedy": rule.remedy.get(language) if rule.remedy else None,
        "status": entry.status.value,
        "source": entry.source,
        "url": entry.url,
    }


# ---------------------------------------------------------------- evaluation
@dataclass(frozen=True, slots=True)
class RuleContext:
    profile: Profile
    variant: str | None
    calendar: Calendar


def rule_context(repo: LedgerRepository) -> RuleContext:
    settings = repo.settings()
    assert settings is not None
    return context_for(settings, repo.get_setting("elections"))


def rules_apply(context: RuleContext, settings: LedgerSettings) -> bool:
    """Whether the profile's figures are in the ledger's currency (never converted blindly)."""
    return context.profile.currency == settings.base_currency


def context_for(settings: LedgerSettings, elections_json: str | None) -> RuleContext:
    elections = tuple(dt.date.fromisoformat(d) for d in json.loads(elections_json or "[]"))
    return RuleContext(
        profile=get_profile(settings.jurisdiction),
        variant=settings.profile_variant,
        calendar=Calendar(
            fiscal_year_start=(settings.fiscal_year_start_month, settings.fiscal_year_start_day),
            elections=elections,
        ),
    )


def rule_data(repo: LedgerRepository) -> RuleData:
    return RuleData(repo.session, repo.append_audit, current_actor(repo))


def check_donors(
    repo: LedgerRepository, context: RuleContext, donor_ids: Sequence[int], today: dt.date
) -> Reconciliation:
    """Evaluate some donors and reconcile their flags (the live check after a change)."""
    data = rule_data(repo)
    settings = repo.settings()
    if settings is None or not rules_apply(context, settings):
        return Reconciliation()
    findings = _evaluate(data, context, donor_ids, data.contributions(donor_ids))
    return data.reconcile(
        findings, donor_ids=donor_ids, today=today, messages=_messages(context, data, donor_ids)
    )


def _evaluate(
    data: RuleData,
    context: RuleContext,
    donor_ids: Sequence[int],
    contributions: dict[int, list[Any]],
) -> list[Finding]:
    facts = data.donor_facts(donor_ids)
    findings: list[Finding] = []
    for donor_id in donor_ids:
        donor = facts.get(donor_id)
        if donor is None:
            continue
        findings += evaluate_donor(
            context.profile,
            donor,
            contributions.get(donor_id, []),
            variant=context.variant,
            calendar=context.calendar,
        )
    return findings


def _messages(context: RuleContext, data: RuleData, donor_ids: Sequence[int]) -> Any:
    names = {d.id: d.name for d in data.donor_facts(donor_ids).values()}

    def render(finding: Finding) -> tuple[str, str | None]:
        rule = _rule_or_none(context.profile, finding.rule_id)
        text = FlagText(
            kind=finding.kind,
            donor=names.get(finding.donor_id, "?"),
            period=finding.period,
            total=finding.total,
            limit=finding.limit,
            over=finding.over,
            deadline=finding.deadline,
            fact_status=finding.fact_status.value,
            source=finding.source,
            missing_fields=finding.missing_fields,
        )
        remedy = rule.remedy.en if rule and rule.remedy else None
        return explain(text, rule, "en"), remedy

    return render


@dataclass(frozen=True, slots=True)
class CheckResult:
    donors: int
    donations: int
    raised: int
    updated: int
    resolved: int
    reopened: int
    open_flags: int
    #: the flags raised, and those open again (ids); those whose amounts changed
    raised_ids: tuple[int, ...] = ()
    updated_ids: tuple[int, ...] = ()

    def to_json(self) -> dict[str, int]:
        found = dataclasses.asdict(self)
        del found["raised_ids"], found["updated_ids"]
        return found


def raised_flags(
    repo: LedgerRepository, ids: Iterable[int], *, limit: int = 100, language: str = "en"
) -> list[dict[str, Any]]:
    """The open flags of ``ids`` as ``list_flags`` gives them, the most urgent first, at
    most ``limit`` (what an import raises, shown in its preview before anything is
    written)."""
    rows = rule_data(repo).most_urgent(ids, limit)
    if not rows:
        return []
    profile = _profile_or_none(repo)
    return [flag_json(f, profile, language) for f in rows]


_BATCH = 5_000


def ledger_rules_apply(ledger: Ledger) -> bool:
    """Whether the ledger's profile can judge its donations (same currency)."""
    with ledger.store.transaction() as repo:
        settings = repo.settings()
        assert settings is not None
        return rules_apply(rule_context(repo), settings)


def _thresholds(context: RuleContext) -> dict[str, Any]:
    """The lowest figure of each family of rules: below them no rule can flag a donor."""
    rules = context.profile.rules_for(context.variant)
    near = {r.of: r.share for r in rules if r.kind is RuleKind.NEAR_LIMIT}

    def lowest(kinds: set[RuleKind], *, scaled: bool = False) -> int | None:
        figures = []
        for rule in rules:
            if rule.kind not in kinds:
                continue
            for entry in rule.entries:
                if entry.amount is None:
                    continue
                share = near.get(rule.id, 1) if scaled else 1
                figures.append(int(entry.amount.minor * share))
        return min(figures) if figures else None

    aggregate = {RuleKind.CAP, RuleKind.REPORTABLE}
    kinds: set[str] = set()
    for rule in rules:
        if rule.kind is RuleKind.PROHIBITED_KIND and rule.donor_kinds:
            kinds |= {k.value for k in rule.donor_kinds}
        if rule.kind is RuleKind.ANONYMOUS_CAP:
            kinds.add("anonymous")
    return {
        "aggregate_over": lowest(aggregate, scaled=True),
        "yearly": all(r.period is Period.CALENDAR_YEAR for r in rules if r.kind in aggregate),
        "single_over": lowest({RuleKind.PERMISSIBILITY_CHECK}),
        "cash_over": lowest({RuleKind.CASH_CAP}),
        "kinds": kinds,
        # required_fields: only donors missing one of the fields can be flagged
        "missing_any_of": sorted(
            {f for r in rules if r.kind is RuleKind.REQUIRED_FIELDS for f in r.fields}
        ),
    }


def check_ledger(ledger: Ledger, *, today: dt.date | None = None) -> CheckResult:
    """Re-evaluate every rule over the whole ledger, in one transaction.

    Deterministic and idempotent: run twice, the second run changes nothing.
    """
    with ledger.store.transaction() as repo:
        return check_repo(repo, today=today or dt.date.today())


def check_repo(repo: LedgerRepository, *, today: dt.date) -> CheckResult:
    """``check_ledger`` inside a unit of work already open (an import's, say)."""
    totals = Reconciliation()
    context = rule_context(repo)
    settings = repo.settings()
    assert settings is not None
    if not rules_apply(context, settings):
        raise UserError(
            "the ledger counts in {currency} but its rule profile {profile} counts in "
            "{profile_currency}: copy the profile (treasurer profile copy), set its currency "
            "and figures, and use it",
            currency=settings.base_currency,
            profile=context.profile.id,
            profile_currency=context.profile.currency,
        )
    data = rule_data(repo)
    candidates = data.candidate_donors(currency=context.profile.currency, **_thresholds(context))
    for start in range(0, len(candidates), _BATCH):
        batch = candidates[start : start + _BATCH]
        contributions = data.contributions(batch)
        findings = _evaluate(data, context, batch, contributions)
        result = data.reconcile(
            findings, donor_ids=batch, today=today, messages=_messages(context, data, batch)
        )
        for name in ("raised", "updated", "resolved", "reopened"):
            getattr(totals, name).extend(getattr(result, name))
    return CheckResult(
        donors=repo.count_donors(),
        donations=repo.count_donations(),
        raised=len(totals.raised),
        updated=len(totals.updated),
        resolved=len(totals.resolved),
        reopened=len(totals.reopened),
        open_flags=len(data.flags(status="open")),
        raised_ids=(*totals.raised, *totals.reopened),
        updated_ids=tuple(totals.updated),
    )


# ---------------------------------------------------------------- flags
def flag_json(flag: FlagRow, profile: Profile | None, language: str = "en") -> dict[str, Any]:
    rule = _rule_or_none(profile, flag.rule_id) if profile else None
    text = FlagText(
        kind=flag.kind,
        donor=flag.donor_name or "?",
        period=flag.period,
        total=flag.total,
        limit=flag.limit,
        over=flag.over,
        deadline=flag.deadline,
        fact_status=flag.fact_status,
        source=flag.source or "",
        missing_fields=tuple(flag.details.get("missing_fields", [])),
    )
    return {
        "id": flag.id,
        "kind": flag.kind.value,
        "severity": flag.severity,
        "rule_id": flag.rule_id,
        "donor_id": flag.donor_id,
        "donor_name": flag.donor_name,
        "donation_ids": list(flag.donation_ids),
        "total": flag.total.amount if flag.total else None,
        "limit": flag.limit.amount if flag.limit else None,
        "amount_over": flag.over.amount if flag.over else None,
        "currency": flag.currency,
        "period": flag.period,
        "deadline": flag.deadline.isoformat() if flag.deadline else None,
        "status": flag.status,
        "fact_status": flag.fact_status,
        "uncertain": flag.fact_status == Status.UNCERTAIN.value,
        "source": flag.source,
        "url": flag.details.get("url"),
        "missing_fields": flag.details.get("missing_fields", []),
        "raised_on": flag.raised_on.isoformat(),
        "resolution": flag.resolution,
        "remedy": rule.remedy.get(language) if rule and rule.remedy else None,
        "message": explain(text, rule, language),
    }


def list_flags(
    ledger: Ledger, *, status: str = "open", language: str = "en"
) -> list[dict[str, Any]]:
    if status not in FLAG_STATUSES:
        raise UserError("--status must be one of: {choices}", choices=", ".join(FLAG_STATUSES))
    with ledger.store.transaction() as repo:
        profile = _profile_or_none(repo)
        rows = rule_data(repo).flags(status=None if status == "all" else status)
    return [flag_json(f, profile, language) for f in rows]


def dismiss_flag(
    ledger: Ledger, flag_id: int, *, reason: str, language: str = "en"
) -> dict[str, Any]:
    reason = " ".join(reason.split())
    if not reason:
        raise UserError("dismissing a flag needs a reason (--reason)")
    with ledger.store.transaction() as repo:
        data = rule_data(repo)
        existing = data.flags(flag_id=flag_id)
        if not existing:
            raise UserError("there is no flag with id {id}", id=flag_id)
        if existing[0].status != "open":
            raise UserError(
                "flag {id} is already {status}",
                id=flag_id,
                status=_CLOSED_FLAG.get(existing[0].status, existing[0].status),
            )
        flag = data.dismiss(flag_id, reason)
        assert flag is not None
        profile = _profile_or_none(repo)
    return flag_json(flag, profile, language)


# ---------------------------------------------------------------- remedies
def record_refund(
    ledger: Ledger,
    donation_id: int,
    *,
    amount: str,
    date: str,
    entry_type: EntryType = EntryType.REFUND,
    reason: str | None = None,
    today: dt.date | None = None,
    amend: bool = False,
) -> dict[str, Any]:
    """Record money given back against a donation, then re-check its donor. Dated in a
    closed period, it is refused unless ``amend``."""
    today = today or dt.date.today()
    with ledger.store.transaction() as repo:
        settings = repo.settings()
        assert settings is not None
        donation = repo.donation(donation_id)
        if donation is None:
            raise UserError("there is no donation with id {id}", id=donation_id)
        if donation.entry_type is not EntryType.DONATION:
            raise UserError(
                "entry {id} is itself {entry}", id=donation_id, entry=AN_ENTRY[donation.entry_type]
            )
        value = parse_amount(amount, donation.amount.currency)
        if value.minor <= 0:
            raise ParseError(
                "amount", amount, Message("must be more than zero (the amount given back)")
            )
        on = parse_date(date, context_order(settings))
        if on > today:
            raise ParseError(
                "date",
                date,
                Message("is in the future (today is {today})", today=today.isoformat()),
            )
        if on < donation.received_on:
            raise ParseError("date", date, Message("is before the donation was received"))
        already = repo.refunded_total(donation_id)
        if already + value.minor > donation.amount.minor:
            left = Money(donation.amount.minor - already, donation.amount.currency)
            raise UserError(
                "only {left} of donation {id} is left to give back ({amount} less {given} already)",
                left=left,
                id=donation_id,
                amount=donation.amount,
                given=Money(already, donation.amount.currency),
            )
        closed = guard(repo, [on], amend=amend, what=THE_ENTRY[entry_type])
        new_id, new_uuid = repo.add_donation(
            donation.donor_id,
            NewDonation(
                received_on=on,
                amount=-value,
                method=donation.method,
                entry_type=entry_type,
                notes=reason,
                unit_id=repo.unit_id_of(donation_id),
            ),
            refund_of=donation_id,
        )
        repo.append_audit(
            actor=current_actor(repo),
            action=f"donation.{entry_type.value}",
            entity="donation",
            entity_uuid=new_uuid,
            touched=[("donation", new_uuid)],
            after={
                "of": donation.uuid,
                "amount": value.amount,
                "date": on.isoformat(),
                "reason": reason,
            },
        )
        record_amendments(
            repo,
            closed,
            donation_uuid=new_uuid,
            action=entry_type.value,
            before=None,
            after={"of": donation.uuid, "received_on": on.isoformat(), "amount": value.amount},
            reason=reason,
        )
        result = check_donors(repo, rule_context(repo), [donation.donor_id], today)
    return {
        "id": new_id,
        "refund_of": donation_id,
        "type": entry_type.value,
        "amount": value.amount,
        "currency": value.currency,
        "flags_resolved": result.resolved,
        "flags_raised": result.raised,
    }


def record_check(
    ledger: Ledger,
    donor_id: int,
    *,
    date: str,
    permissible: bool,
    method: str,
    evidence: str | None = None,
    donation_id: int | None = None,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """Record a permissibility check of a donor (register, Companies House…), then re-check."""
    today = today or dt.date.today()
    method = " ".join(method.split())
    if not method:
        raise UserError("say how the donor was checked (--method), e.g. electoral-register")
    with ledger.store.transaction() as repo:
        settings = repo.settings()
        assert settings is not None
        if repo.donor(donor_id) is None:
            raise UserError("there is no donor with id {id}", id=donor_id)
        on = parse_date(date, context_order(settings))
        if on > today:
            raise ParseError(
                "date",
                date,
                Message("is in the future (today is {today})", today=today.isoformat()),
            )
        if donation_id is not None:
            checked = repo.donation(donation_id)
            if checked is None or checked.donor_id != donor_id:
                raise UserError(
                    "donation {id} is not a donation of donor {donor}",
                    id=donation_id,
                    donor=donor_id,
                )
        data = rule_data(repo)
        check_uuid = data.add_check(
            donor_id=donor_id,
            donation_id=donation_id,
            checked_on=on,
            permissible=permissible,
            method=method,
            evidence=evidence,
        )
        repo.append_audit(
            actor=current_actor(repo),
            action="donor.permissibility_check",
            entity="permissibility_check",
            entity_uuid=check_uuid,
            after={
                "donor_id": donor_id,
                "date": on.isoformat(),
                "permissible": permissible,
                "method": method,
                "evidence": evidence,
                "donation_id": donation_id,
            },
        )
        result = check_donors(repo, rule_context(repo), [donor_id], today)
    return {"check": check_uuid, "flags_resolved": result.resolved, "flags_raised": result.raised}


def set_override(
    ledger: Ledger,
    donation_id: int,
    *,
    exclude_from_aggregate: bool,
    force_report: bool,
    reason: str,
    today: dt.date | None = None,
    amend: bool = False,
) -> dict[str, Any]:
    """Mark a donation excluded from aggregates and/or forced into reports, with a reason
    (in a closed period, only with ``amend``)."""
    reason = " ".join(reason.split())
    if not reason:
        raise UserError("an override needs a reason (--reason); it goes to the audit log")
    with ledger.store.transaction() as repo:
        donation = repo.donation(donation_id)
        if donation is None:
            raise UserError("there is no donation with id {id}", id=donation_id)
        closed = guard(
            repo,
            [donation.received_on],
            amend=amend,
            what=Message("donation {id}", id=donation_id),
        )
        snapshot = repo.audit_snapshot("donation", [donation.uuid])
        rule_data(repo).set_override(
            donation_id,
            exclude_from_aggregate=exclude_from_aggregate,
            force_report=force_report,
            reason=reason,
        )
        repo.append_audit(
            actor=current_actor(repo),
            action="donation.override",
            entity="donation",
            entity_uuid=donation.uuid,
            touched=[("donation", donation.uuid)],
            snapshot=snapshot,
            after={
                "exclude_from_aggregate": exclude_from_aggregate,
                "force_report": force_report,
                "reason": reason,
            },
        )
        record_amendments(
            repo,
            closed,
            donation_uuid=donation.uuid,
            action="override",
            before={"received_on": donation.received_on.isoformat()},
            after={
                "received_on": donation.received_on.isoformat(),
                "exclude_from_aggregate": exclude_from_aggregate,
                "force_report": force_report,
            },
            reason=reason,
        )
        result = check_donors(
            repo, rule_context(repo), [donation.donor_id], today or dt.date.today()
        )
    return {
        "donation_id": donation_id,
        "flags_resolved": result.resolved,
        "flags_raised": result.raised,
    }


def declare_other_gifts(
    ledger: Ledger,
    donor_id: int,
    *,
    year: int,
    amount: str,
    note: str | None = None,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """Record what a donor declared giving to other parties in a year (France's joint cap)."""
    with ledger.store.transaction() as repo:
        settings = repo.settings()
        assert settings is not None
        if repo.donor(donor_id) is None:
            raise UserError("there is no donor with id {id}", id=donor_id)
        today = today or dt.date.today()
        if not 1900 <= year <= today.year:
            raise ParseError(
                "year", str(year), Message("is not a year up to this one ({year})", year=today.year)
            )
        profile = get_profile(settings.jurisdiction)
        if not any(r.include_other_parties for r in profile.rules_for(settings.profile_variant)):
            raise UserError(
                "the {profile} profile has no cap that counts gifts to other parties; "
                "declared gifts would change nothing",
                profile=profile.id,
            )
        value = parse_amount(amount, settings.base_currency)
        if value.minor < 0:
            raise ParseError("amount", amount, Message("must not be negative"))
        rule_data(repo).declare(donor_id=donor_id, year=year, amount=value, note=note)
        repo.append_audit(
            actor=current_actor(repo),
            action="donor.declare_other_gifts",
            entity="donor",
            entity_uuid=repo.donor(donor_id).uuid,  # type: ignore[union-attr]
            after={"year": year, "amount": value.amount, "currency": value.currency, "note": note},
        )
        result = check_donors(repo, rule_context(repo), [donor_id], today)
    return {"donor_id": donor_id, "flags_resolved": result.resolved, "flags_raised": result.raised}


# ---------------------------------------------------------------- helpers
def context_order(settings: LedgerSettings) -> DateOrder:
    return DateOrder(settings.date_order)


def _rule_or_none(profile: Profile | None, rule_id: str) -> Rule | None:
    if profile is None:
        return None
    try:
        return profile.rule(rule_id)
    except KeyError:
        return None


def _profile_or_none(repo: LedgerRepository) -> Profile | None:
    settings = repo.settings()
    if settings is None:
        return None
    try:
        return get_profile(settings.jurisdiction)
    except UserError:
        return None


def merge_donors(
    ledger: Ledger,
    keep_id: int,
    other_id: int,
    *,
    today: dt.date | None = None,
    amend: bool = False,
) -> dict[str, Any]:
    """Merge donor ``other_id`` into ``keep_id``: one person typed two ways.

    The other donor's contributions, checks and declarations move to the kept donor;
    the other donor stays as a record marked merged (for the audit trail). Both are
    re-checked, so their totals add up under the rules from now on.
    """
    if keep_id == other_id:
        raise UserError("a donor cannot be merged into itself")
    with ledger.store.transaction() as repo:
        keep, other = repo.donor(keep_id), repo.donor(other_id)
        if keep is None or other is None:
            missing = keep_id if keep is None else other_id
            raise UserError("there is no donor with id {id}", id=missing)
        if repo.merged_into(keep_id) is not None or repo.merged_into(other_id) is not None:
            raise UserError("one of these donors was already merged into another")
        entries = repo.donations(donor_id=other_id)
        closed = guard(
            repo,
            [d.received_on for d in entries],
            amend=amend,
            what=Message("a donation of donor {donor}", donor=other_id),
        )
        moving = [("donation", d.uuid) for d in entries]
        moving.append(("donor", other.uuid))
        snapshot = repo.audit_snapshot("donation", [k for t, k in moving if t == "donation"])
        snapshot |= repo.audit_snapshot("donor", [other.uuid])
        moved = repo.merge_donor(keep_id=keep_id, other_id=other_id)
        repo.append_audit(
            actor=current_actor(repo),
            action="donor.merge",
            entity="donor",
            entity_uuid=other.uuid,
            touched=moving,
            snapshot=snapshot,
            before={"donor": other.uuid},
            after={"merged_into": keep.uuid, "donations_moved": moved},
        )
        for d in entries:
            record_amendments(
                repo,
                [p for p in closed if p.start <= d.received_on <= p.end],
                donation_uuid=d.uuid,
                action="merge",
                before={"donor_id": other_id, "received_on": d.received_on.isoformat()},
                after={"donor_id": keep_id, "received_on": d.received_on.isoformat()},
                reason=None,
            )
        result = check_donors(
            repo, rule_context(repo), [keep_id, other_id], today or dt.date.today()
        )
    return {
        "kept": keep_id,
        "merged": other_id,
        "donations_moved": moved,
        "flags_resolved": result.resolved,
        "flags_raised": result.raised,
    }


def unmerge_donors(
    ledger: Ledger,
    keep_id: int,
    other_id: int,
    donation_ids: Sequence[int],
    *,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """Take back a merge (the window's Undo): donor ``other_id`` is a donor of its own
    again and the donations that were its own (``donation_ids``, as they were before the
    merge) go back to it; audited like the merge. Permissibility checks and declarations
    that moved stay with the kept donor. Both donors are checked again.

    Raises:
        UserError: ``other_id`` is not merged into ``keep_id``.
    """
    with ledger.store.transaction() as repo:
        keep, other = repo.donor(keep_id), repo.donor(other_id)
        if keep is None or other is None or repo.merged_into(other_id) != keep_id:
            raise UserError(
                "donor {other} is not merged into donor {keep}", other=other_id, keep=keep_id
            )
        wanted = set(donation_ids)
        entries = [d for d in repo.donations(donor_id=keep_id) if int(d.id) in wanted]
        moving = [("donation", d.uuid) for d in entries] + [("donor", other.uuid)]
        snapshot = repo.audit_snapshot("donation", [d.uuid for d in entries])
        snapshot |= repo.audit_snapshot("donor", [other.uuid])
        repo.unmerge_donor(keep_id=keep_id, other_id=other_id, donation_ids=[d.id for d in entries])
        repo.append_audit(
            actor=current_actor(repo),
            action="donor.unmerge",
            entity="donor",
            entity_uuid=other.uuid,
            touched=moving,
            snapshot=snapshot,
            before={"merged_into": keep.uuid},
            after={"donor": other.uuid, "donations_moved_back": len(entries)},
        )
        result = check_donors(
            repo, rule_context(repo), [keep_id, other_id], today or dt.date.today()
        )
    return {
        "kept": keep_id,
        "unmerged": other_id,
        "donations_moved_back": len(entries),
        "flags_resolved": result.resolved,
        "flags_raised": result.raised,
    }


def record_reattribution(
    ledger: Ledger,
    donation_id: int,
    *,
    to_donor_id: int,
    amount: str,
    date: str,
    reason: str | None = None,
    today: dt.date | None = None,
    amend: bool = False,
) -> dict[str, Any]:
    """Move part of a donation to another contributor, where the profile allows it (US).

    The original donor gets a refund-like entry (linked to the donation, so it cures
    the excess in its period); the other donor gets a donation on the original's date.
    Both donors are re-checked.
    """
    today = today or dt.date.today()
    with ledger.store.transaction() as repo:
        settings = repo.settings()
        assert settings is not None
        profile = get_profile(settings.jurisdiction)
        if not profile.reattribution:
            raise UserError(
                "the {profile} profile does not allow reattribution; refund or return instead",
                profile=profile.id,
            )
        donation = repo.donation(donation_id)
        if donation is None or donation.entry_type is not EntryType.DONATION:
            raise UserError("there is no donation with id {id}", id=donation_id)
        target = repo.donor(to_donor_id)
        if target is None:
            raise UserError("there is no donor with id {id}", id=to_donor_id)
        if to_donor_id == donation.donor_id:
            raise UserError("a donation is reattributed to another person than its donor")
        value = parse_amount(amount, donation.amount.currency)
        if value.minor <= 0:
            raise ParseError("amount", amount, Message("must be more than zero"))
        on = parse_date(date, context_order(settings))
        if on > today or on < donation.received_on:
            raise ParseError("date", date, Message("must be between the donation's date and today"))
        already = repo.refunded_total(donation_id)
        if already + value.minor > donation.amount.minor:
            left = Money(donation.amount.minor - already, donation.amount.currency)
            raise UserError(
                "only {left} of donation {id} is left to reattribute", left=left, id=donation_id
            )
        closed = guard(
            repo,
            [on, donation.received_on],
            amend=amend,
            what=Message("donation {id}", id=donation_id),
        )
        note = f"reattributed to donor {to_donor_id} ({target.details.name})"
        out_id, out_uuid = repo.add_donation(
            donation.donor_id,
            NewDonation(
                received_on=on,
                amount=-value,
                method=donation.method,
                entry_type=EntryType.REFUND,
                notes=f"{note}; {reason}" if reason else note,
                unit_id=repo.unit_id_of(donation_id),
            ),
            refund_of=donation_id,
        )
        in_id, in_uuid = repo.add_donation(
            target.id,
            NewDonation(
                received_on=donation.received_on,
                amount=value,
                method=donation.method,
                notes=f"reattributed from donation {donation_id} of donor "
                f"{donation.donor_id} ({donation.donor_name})",
                unit_id=repo.unit_id_of(donation_id),
            ),
        )
        repo.append_audit(
            actor=current_actor(repo),
            action="donation.reattribute",
            entity="donation",
            entity_uuid=donation.uuid,
            touched=[("donation", out_uuid), ("donation", in_uuid)],
            after={
                "amount": value.amount,
                "date": on.isoformat(),
                "to_donor": target.uuid,
                "out": out_uuid,
                "in": in_uuid,
                "reason": reason,
            },
        )
        for uuid, day, value_ in ((out_uuid, on, -value), (in_uuid, donation.received_on, value)):
            record_amendments(
                repo,
                [p for p in closed if p.start <= day <= p.end],
                donation_uuid=uuid,
                action="reattribute",
                before=None,
                after={"received_on": day.isoformat(), "amount": value_.amount},
                reason=reason,
            )
        result = check_donors(repo, rule_context(repo), [donation.donor_id, target.id], today)
    return {
        "out_id": out_id,
        "in_id": in_id,
        "amount": value.amount,
        "currency": value.currency,
        "flags_resolved": result.resolved,
        "flags_raised": result.raised,
    }
