"""Use cases on a ledger that the CLI and the GUI both call.

Each function takes an open ``Ledger`` (or a location, to create one), does one unit
of work in one transaction, and returns a result record. None of them prints.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from treasurer.core.countries import country_code
from treasurer.core.dates import DateOrder, parse_date
from treasurer.core.errors import Message, ParseError, UserError
from treasurer.core.matching import (
    FILLABLE,
    AmbiguousDonorError,
    details_filled,
    donor_among,
    same_detail,
)
from treasurer.core.model import (
    Donation,
    DonationId,
    Donor,
    DonorDetails,
    DonorId,
    DonorKind,
    DonorSummary,
    LedgerSettings,
    NewDonation,
    PaymentMethod,
    Unit,
    parse_choice,
)
from treasurer.core.money import Money, parse_amount, validate_currency
from treasurer.core.names import clean_text, normalise_name
from treasurer.db import migrate
from treasurer.db.offices import OfficeData
from treasurer.db.repository import LedgerRepository
from treasurer.db.store import LedgerStore, UpgradeReport
from treasurer.db.trust_data import TrustData
from treasurer.services.compliance import (
    TEMPLATE_PROFILE,
    check_donors,
    check_ledger,
    flag_json,
    get_profile,
    rule_context,
    rule_data,
    rules_apply,
)
from treasurer.services.periods import guard, record_amendments
from treasurer.services.session import (
    APP_NAME,
    Ledger,
    LedgerLocation,
    current_actor,
    data_dir,
    default_ledger_path,
    demo_ledger_path,
)

__all__ = [
    "APP_NAME",
    "Ledger",
    "LedgerLocation",
    "data_dir",
    "default_ledger_path",
    "demo_ledger_path",
]


# ---------------------------------------------------------------- init and info
@dataclass(frozen=True, slots=True)
class LedgerInfo:
    ledger_id: str
    name: str
    jurisdiction: str
    currency: str
    fiscal_year_start: str
    date_order: str
    schema_version: str
    location: str
    counts: dict[str, int]
    totals: dict[str, str]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def init_ledger(
    location: LedgerLocation,
    *,
    name: str,
    jurisdiction: str,
    currency: str,
    fiscal_year_start: str = "01-01",
    date_order: str | None = None,
    variant: str | None = None,
) -> LedgerInfo:
    """Create a new ledger at ``location``.

    Raises:
        UserError: a ledger is already there, or an argument is not valid.
    """
    name = name.strip()
    if not name:
        raise UserError("the organisation needs a name (--name)")
    jurisdiction = jurisdiction.strip().lower()
    profile = get_profile(jurisdiction)
    currency = validate_currency(currency)
    if currency != profile.currency and jurisdiction != TEMPLATE_PROFILE:
        raise UserError(
            "the {profile} profile counts in {profile_currency}, not {currency}; "
            "use --currency {profile_currency}, or copy a profile and set its currency",
            profile=jurisdiction,
            profile_currency=profile.currency,
            currency=currency,
        )
    month, day = _parse_month_day(fiscal_year_start)
    order = parse_choice(DateOrder, date_order, "date order") if date_order else profile.date_order
    path = location.path
    created_file = path is not None and not path.exists()
    try:
        store = LedgerStore.open(location.url, create=True)
        try:
            with store.transaction() as repo:
                if repo.settings() is not None:
                    raise UserError("there is already a ledger at {location}", location=location)
                settings = LedgerSettings(
                    ledger_id=str(uuid.uuid4()),
                    name=name,
                    jurisdiction=jurisdiction,
                    base_currency=currency,
                    fiscal_year_start_month=month,
                    fiscal_year_start_day=day,
                    date_order=order.value,
                    profile_variant=variant or None,
                )
                repo.create_organisation(settings)
                repo.append_audit(
                    actor=current_actor(repo),
                    action="ledger.create",
                    entity="organisation",
                    entity_uuid=settings.ledger_id,
                    after=asdict(settings),
                    touched=[("organisation", settings.ledger_id)],
                )
        finally:
            store.close()
    except BaseException:
        if created_file and path is not None:
            _remove_sqlite_files(path)
        raise
    with Ledger.open(location) as ledger:
        return ledger_info(ledger)


def ledger_info(ledger: Ledger) -> LedgerInfo:
    with ledger.store.transaction() as repo:
        settings = repo.settings()
        assert settings is not None
        counts = repo.counts()
        totals = repo.totals_by_currency()
    with ledger.store.engine.connect() as connection:
        revision = migrate.current_revision(connection) or ""
    return LedgerInfo(
        ledger_id=settings.ledger_id,
        name=settings.name,
        jurisdiction=settings.jurisdiction,
        currency=settings.base_currency,
        fiscal_year_start=f"{settings.fiscal_year_start_month:02d}-{settings.fiscal_year_start_day:02d}",
        date_order=settings.date_order,
        schema_version=revision,
        location=str(ledger.location),
        counts=counts,
        totals={c: Money(v, c).amount for c, v in sorted(totals.items())},
    )


def update_settings(
    ledger: Ledger,
    *,
    name: str | None = None,
    variant: str | None = None,
    elections: list[str] | None = None,
    user_name: str | None = None,
    backup_dir: str | None = None,
    backup_keep: int | None = None,
    retention_years: int | None = None,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """Change the ledger's settings; the rules are re-checked when they depend on them.

    Args:
        variant: the profile's variant (kind of recipient), or "" for its default.
        elections: election days (YYYY-MM-DD) for per-election limits; [] clears them.
        user_name: the name written in the audit log for changes made here.
        backup_dir: the folder of automatic backups ("" for the default, beside the ledger).
        backup_keep: how many recent backups to keep (besides one a month).
        retention_years: the keeping period after which donors are pseudonymised.
    """
    with ledger.store.transaction() as repo:
        settings = repo.settings()
        assert settings is not None
        actor = current_actor(repo)
        keys = ["elections", "user_name", "backup_dir", "backup_keep", "retention_years"]
        snapshot = repo.audit_snapshot("organisation", [settings.ledger_id]) | (
            repo.audit_snapshot("setting", keys)
        )
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        if name is not None:
            if not name.strip():
                raise UserError("the organisation needs a name")
            before["name"], after["name"] = settings.name, " ".join(name.split())
            repo.update_organisation(name=after["name"])
        if variant is not None:
            profile = get_profile(settings.jurisdiction)
            known = [v.id for v in profile.variants]
            if variant and not known:
                raise UserError(
                    "the {profile} profile has no variant {variant!r} (variants: none)",
                    profile=profile.id,
                    variant=variant,
                )
            if variant and variant not in known:
                raise UserError(
                    "the {profile} profile has no variant {variant!r} (variants: {variants})",
                    profile=profile.id,
                    variant=variant,
                    variants=", ".join(known),
                )
            before["variant"], after["variant"] = settings.profile_variant, variant or None
            repo.update_organisation(profile_variant=variant or None)
        if elections is not None:
            days = sorted({parse_date(d, DateOrder(settings.date_order)) for d in elections})
            before["elections"] = repo.get_setting("elections")
            after["elections"] = [d.isoformat() for d in days]
            repo.set_setting("elections", json.dumps(after["elections"]))
        if user_name is not None:
            before["user_name"], after["user_name"] = (
                repo.get_setting("user_name"),
                user_name.strip(),
            )
            repo.set_setting("user_name", user_name.strip())
        numbers = {"backup_keep": (backup_keep, 1), "retention_years": (retention_years, 1)}
        for key, (number, lowest) in numbers.items():
            if number is None:
                continue
            if number < lowest:
                raise UserError(
                    "--{option} must be at least {lowest}",
                    option=key.replace("_", "-"),
                    lowest=lowest,
                )
            before[key], after[key] = repo.get_setting(key), number
            repo.set_setting(key, str(number))
        if backup_dir is not None:
            before["backup_dir"], after["backup_dir"] = repo.get_setting("backup_dir"), backup_dir
            repo.set_setting("backup_dir", backup_dir.strip())
        if not after:
            raise UserError(
                "nothing to change: give --name, --variant, --elections, --user-name, "
                "--backup-dir, --backup-keep or --retention-years"
            )
        repo.append_audit(
            actor=actor,
            action="settings.update",
            entity="organisation",
            entity_uuid=settings.ledger_id,
            before=before,
            after=after,
            touched=[("organisation", settings.ledger_id)]
            + [("setting", k) for k in keys if k in after],
            snapshot=snapshot,
        )
    if "variant" in after or "elections" in after:
        with ledger.store.transaction() as repo:
            applies = rules_apply(rule_context(repo), ledger_settings(repo))
        if applies:
            check_ledger(ledger, today=today)
    return after


def ledger_settings(repo: LedgerRepository) -> LedgerSettings:
    settings = repo.settings()
    assert settings is not None
    return settings


def upgrade_schema(location: LedgerLocation) -> UpgradeReport | None:
    """Create (on an empty server database) or upgrade the schema; None if already current."""
    store = LedgerStore.open(location.url, create=location.path is None)
    try:
        return store.upgrade
    finally:
        store.close()


# ---------------------------------------------------------------- units
def add_unit(ledger: Ledger, name: str) -> Unit:
    name = name.strip()
    if not name:
        raise UserError("an accounting unit needs a name")
    with ledger.store.transaction() as repo:
        if repo.unit_by_name(name) is not None:
            raise UserError("there is already an accounting unit named {name!r}", name=name)
        unit = repo.add_unit(name)
        repo.append_audit(
            actor=current_actor(repo),
            action="unit.add",
            entity="accounting_unit",
            entity_uuid=unit.uuid,
            after={"name": name},
        )
    return unit


def list_units(ledger: Ledger) -> list[Unit]:
    with ledger.store.transaction() as repo:
        return repo.units()


# ---------------------------------------------------------------- donations
@dataclass(frozen=True, slots=True)
class DonationRequest:
    """A donation as typed by a person (CLI options, GUI form): every field is text."""

    date: str
    donor: str
    amount: str
    kind: str | None = None
    method: str | None = None
    address: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str | None = None
    email: str | None = None
    employer: str | None = None
    occupation: str | None = None
    reference: str | None = None
    unit: str | None = None
    notes: str | None = None
    donor_id: int | None = None


@dataclass(frozen=True, slots=True)
class AddResult:
    donation_id: DonationId
    donation_uuid: str
    donor_id: DonorId
    donor_name: str
    donor_created: bool
    amount: Money
    donor_total: Money
    flags: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "donation_id": self.donation_id,
            "donation_uuid": self.donation_uuid,
            "donor_id": self.donor_id,
            "donor_name": self.donor_name,
            "donor_created": self.donor_created,
            "amount": self.amount.amount,
            "currency": self.amount.currency,
            "donor_total": self.donor_total.amount,
            "flags": self.flags,
            "warnings": [str(w) for w in self.warnings],
        }


def add_donation(
    ledger: Ledger,
    request: DonationRequest,
    *,
    today: dt.date | None = None,
    amend: bool = False,
    reason: str | None = None,
) -> AddResult:
    """Record one donation; find its donor by normalised name (and postcode or email) or
    create the donor.

    Raises:
        ParseError: a field cannot be read (with the field named).
        UserError: the amount is not positive, the date is in the future, the unit
            does not exist, the reference is already recorded, or several donors
            match and nothing tells them apart; or the date is in a closed period and
            ``amend`` is false (with it, the donation is recorded as an amendment).
    """
    settings = ledger.settings()
    details = _donor_details(request)
    new = _new_donation(request, settings, today or dt.date.today())
    key = normalise_name(details.name)
    with ledger.store.transaction() as repo:
        actor = current_actor(repo)
        unit_id = None
        if request.unit and request.unit.strip():
            unit = repo.unit_by_name(request.unit)
            if unit is None:
                known = ", ".join(u.name for u in repo.units())
                if not known:
                    raise UserError(
                        "there is no accounting unit named {name!r} (known: none yet); "
                        "create it with 'treasurer unit add'",
                        name=request.unit,
                    )
                raise UserError(
                    "there is no accounting unit named {name!r} (known: {known}); "
                    "create it with 'treasurer unit add'",
                    name=request.unit,
                    known=known,
                )
            unit_id = unit.id
        else:  # a field office's donations carry its unit
            unit_id = OfficeData(repo).office_unit_id()
        if new.reference and repo.has_reference(new.reference):
            raise UserError(
                "a donation with reference {reference!r} is already recorded",
                reference=new.reference,
            )
        closed = guard(repo, [new.received_on], amend=amend, what=Message("the donation"))
        donor, created = _find_or_create_donor(repo, request, details, key, actor)
        TrustData(repo.session).lock_donor(donor.id)
        donation_id, donation_uuid = repo.add_donation(donor.id, replace(new, unit_id=unit_id))
        repo.append_audit(
            actor=actor,
            action="donation.amend" if closed else "donation.add",
            entity="donation",
            entity_uuid=donation_uuid,
            touched=[("donation", donation_uuid)],
            after={
                "donor_uuid": donor.uuid,
                "received_on": new.received_on.isoformat(),
                "amount": new.amount.amount,
                "currency": new.amount.currency,
                "method": new.method.value,
                "reference": new.reference,
                "unit": request.unit,
                "notes": new.notes,
            }
            | ({"reason": reason} if closed else {}),
        )
        record_amendments(
            repo,
            closed,
            donation_uuid=donation_uuid,
            action="add",
            before=None,
            after={
                "donor_id": donor.id,
                "received_on": new.received_on.isoformat(),
                "amount": new.amount.amount,
                "currency": new.amount.currency,
                "method": new.method.value,
                "reference": new.reference,
                "notes": new.notes,
            },
            reason=reason,
        )
        context = rule_context(repo)
        check_donors(repo, context, [donor.id], today or dt.date.today())
        profile = context.profile
        warnings = []
        if not rules_apply(context, settings):
            warnings.append(
                Message(
                    "no rule was checked: the {profile} profile counts in {profile_currency} "
                    "and this ledger in {currency}; copy the profile and set its currency "
                    "and figures",
                    profile=profile.id,
                    profile_currency=profile.currency,
                    currency=settings.base_currency,
                )
            )
        if not created and (kept := _not_recorded(details, donor.details)):
            warnings.append(
                Message(
                    "donor {id}'s record was kept as it is for {fields}: what was typed "
                    "differs from it or would mix two addresses; to change the record, edit "
                    "the donor (the Donors page, or 'treasurer donor edit {id}')",
                    id=donor.id,
                    fields=", ".join(kept),
                )
            )
        flags = [
            flag_json(f, profile)
            for f in rule_data(repo).flags(status="open", donor_ids=[donor.id])
            if donation_id in f.donation_ids
        ]
        total = sum(
            (
                s.total
                for s in repo.donor_summaries(donor_id=donor.id)
                if s.total.currency == new.amount.currency
            ),
            Money.zero(new.amount.currency),
        )
    return AddResult(
        donation_id=donation_id,
        donation_uuid=donation_uuid,
        donor_id=donor.id,
        donor_name=donor.details.name,
        donor_created=created,
        amount=new.amount,
        donor_total=total,
        flags=flags,
        warnings=warnings,
    )


def list_donors(ledger: Ledger) -> list[DonorSummary]:
    with ledger.store.transaction() as repo:
        return repo.donor_summaries()


def list_donations(
    ledger: Ledger,
    *,
    donor_id: int | None = None,
    sort: str = "date",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[Donation]:
    with ledger.store.transaction() as repo:
        if donor_id is not None and repo.donor(donor_id) is None:
            raise UserError("there is no donor with id {id}", id=donor_id)
        return repo.donations(
            donor_id=donor_id, sort=sort, descending=descending, offset=offset, limit=limit
        )


def count_donations(ledger: Ledger, *, donor_id: int | None = None) -> int:
    with ledger.store.transaction() as repo:
        return repo.count_donations(donor_id=donor_id)


# ---------------------------------------------------------------- helpers
MAX_FIELD = 300


def _clean(value: str | None) -> str | None:
    """A field as typed, cleaned; None if empty.

    Raises:
        ParseError: it is longer than ``MAX_FIELD``.
    """
    if value is None:
        return None
    value = clean_text(value)
    if len(value) > MAX_FIELD:
        raise ParseError("text", value[:40] + "…", _too_long(value))
    return value or None


def _too_long(value: str) -> Message:
    return Message("is {length} characters long; at most {most}", length=len(value), most=MAX_FIELD)


def _donor_details(request: DonationRequest) -> DonorDetails:
    name = clean_text(request.donor)
    if len(name) > MAX_FIELD:
        raise ParseError("donor name", name[:40] + "…", _too_long(name))
    if not name or not normalise_name(name):
        raise ParseError("donor name", request.donor, Message("is empty"))
    kind = (
        parse_choice(DonorKind, request.kind, "donor kind")
        if request.kind
        else DonorKind.INDIVIDUAL
    )
    country = _clean(request.country)
    if country is not None:
        code = country_code(country)
        if code is None:
            raise ParseError(
                "country",
                country,
                Message(
                    "is not a country Treasurer knows: write its name (France, Maroc, المغرب) "
                    "or its ISO code (FR, FRA)"
                ),
            )
        country = code
    email = _clean(request.email)
    if email is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        raise ParseError("email", email, Message("is not an email address"))
    return DonorDetails(
        name=name,
        kind=kind,
        address=_clean(request.address),
        postcode=_clean(request.postcode),
        city=_clean(request.city),
        country=country,
        email=email,
        employer=_clean(request.employer),
        occupation=_clean(request.occupation),
    )


def _new_donation(
    request: DonationRequest, settings: LedgerSettings, today: dt.date
) -> NewDonation:
    received_on = parse_date(request.date, DateOrder(settings.date_order))
    if received_on > today:
        raise ParseError(
            "date",
            request.date,
            Message("is in the future (today is {today})", today=today.isoformat()),
        )
    amount = parse_amount(request.amount, settings.base_currency)
    if amount.minor <= 0:
        raise ParseError(
            "amount",
            request.amount,
            Message(
                "must be more than zero (a refund is recorded against the donation it returns)"
            ),
        )
    method = (
        parse_choice(PaymentMethod, request.method, "payment method")
        if request.method
        else PaymentMethod.TRANSFER
    )
    return NewDonation(
        received_on=received_on,
        amount=amount,
        method=method,
        reference=_clean(request.reference),
        notes=_clean(request.notes),
    )


def _find_or_create_donor(
    repo: LedgerRepository,
    request: DonationRequest,
    details: DonorDetails,
    key: str,
    actor: str,
) -> tuple[Donor, bool]:
    if request.donor_id is not None:
        match = repo.donor(request.donor_id)
        if match is None:
            raise UserError("there is no donor with id {id}", id=request.donor_id)
        # as for a donor found by name, the details given fill what the donor lacks (the
        # address a receipt needs, given with the next gift); they never replace any
        return _filled(repo, match, details, actor), False
    candidates = [
        d for d in repo.donors_by_key(key) if request.kind is None or d.details.kind == details.kind
    ]
    match = _match_donor(candidates, details)
    if match is None:
        donor = repo.add_donor(details)
        repo.append_audit(
            actor=actor,
            action="donor.add",
            entity="donor",
            entity_uuid=donor.uuid,
            after=_donor_json(donor.details),
            touched=[("donor", donor.uuid)],
        )
        return donor, True
    return _filled(repo, match, details, actor), False


def _filled(repo: LedgerRepository, match: Donor, details: DonorDetails, actor: str) -> Donor:
    """``match`` with its blank details filled from ``details`` (audited), or as it is
    (a pseudonymised donor's details are not recorded again)."""
    filled = details_filled(match.details, details)
    if filled == match.details or repo.is_pseudonymised(match.id):
        return match
    snapshot = repo.audit_snapshot("donor", [match.uuid])
    updated = repo.update_donor(match.id, filled)
    repo.append_audit(
        actor=actor,
        action="donor.update",
        entity="donor",
        entity_uuid=match.uuid,
        before=_donor_json(match.details),
        after=_donor_json(filled),
        touched=[("donor", match.uuid)],
        snapshot=snapshot,
    )
    return updated


def _not_recorded(given: DonorDetails, recorded: DonorDetails) -> list[str]:
    """The details typed with a gift that the donor's record does not hold as typed:
    its own (another email), or an address that would have been pieced with its own."""
    return [
        name
        for name in FILLABLE
        if (typed := getattr(given, name))
        and not same_detail(name, getattr(recorded, name) or "", typed)
    ]


def _match_donor(candidates: list[Donor], details: DonorDetails) -> Donor | None:
    """The one donor among same-name ``candidates`` that ``details`` describes, if any."""
    try:
        return donor_among(candidates, details)
    except AmbiguousDonorError as exc:
        raise UserError(
            "{problem}; give --postcode, --email or --donor-id to say which", problem=exc.message
        ) from None


def _donor_json(details: DonorDetails) -> dict[str, Any]:
    return {k: (v.value if isinstance(v, DonorKind) else v) for k, v in asdict(details).items()}


def _parse_month_day(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{1,2})-(\d{1,2})", text.strip())
    if not match:
        raise ParseError(
            "fiscal year start", text, Message("is not a month and day like 01-01 or 04-06")
        )
    month, day = int(match[1]), int(match[2])
    try:
        dt.date(2001, month, day)
    except ValueError:
        raise ParseError("fiscal year start", text, Message("is not a day of the year")) from None
    return month, day


def _remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
