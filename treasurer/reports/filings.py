"""The filings each jurisdiction's regulator expects, defined once for PDF and XLSX.

A filing belongs to a family of profiles (``uk``, ``fr``, ``us-fec``, ``ma``, ``ca``):
the shipped profile and the copies a treasurer makes of it. Thresholds come from the
profile's ``reportable`` rules, never from here. Which donations a threshold makes
reportable is decided by the rule engine's own ``reportable`` rule (the code that raises
the "reportable" flags), fed from SQL with only the donors who may be over it, so a
filing and the flags cannot disagree. Each builder returns its sections: the filing,
then any section the form has beside it (impermissible donations, a summary).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from treasurer.core.compliance import (
    Calendar,
    Contribution,
    DonorFacts,
    Finding,
    FlagKind,
    evaluate_donor,
)
from treasurer.core.errors import UserError
from treasurer.core.model import LedgerSettings
from treasurer.core.money import Money, format_money
from treasurer.core.periods import Span
from treasurer.core.profiles import Profile, Rule, RuleKind
from treasurer.db.filings import CheckLine, DonationLine, FilingQueries
from treasurer.db.receipts import ReceiptData
from treasurer.db.repository import LedgerRepository
from treasurer.db.rule_data import RuleData
from treasurer.reports.model import Cell, Column, Kind, Report

#: Which shipped profile each family of filings belongs to, and the prefix its rule ids
#: carry (a copy keeps its rule ids: flags are keyed on them).
FAMILIES = {"uk": "uk.", "fr": "fr.", "us-fec": "us.", "ma": "ma.", "ca": "ca."}


def profile_family(profile: Profile) -> str | None:
    """The family of a profile: a shipped one's id, that of a copy named after it
    (``fr-2026``), or else the one whose rule ids all its rules carry."""
    for family in FAMILIES:
        if profile.id == family or profile.id.startswith((f"{family}-", f"{family}_")):
            return family
    for family, prefix in FAMILIES.items():
        if profile.rules and all(r.id.startswith(prefix) for r in profile.rules):
            return family
    return None


def say_in(language: str, en: str, fr: str, ar: str | None = None) -> str:
    """A note in ``language`` (English when it has none in that language; French where
    Arabic is missing)."""
    return {"fr": fr, "ar": ar or fr}.get(language, en)


@dataclass(frozen=True, slots=True)
class FilingContext:
    """What a filing builder is given."""

    repo: LedgerRepository
    settings: LedgerSettings
    profile: Profile
    span: Span
    unit_id: int | None
    unit_name: str | None
    today: dt.date
    language: str = "en"

    def say(self, en: str, fr: str, ar: str | None = None) -> str:
        """A note in the report's language (see ``say_in``)."""
        return say_in(self.language, en, fr, ar)

    @property
    def currency(self) -> str:
        return self.profile.currency

    def report(
        self,
        report_id: str,
        title: dict[str, str],
        columns: tuple[Column, ...],
        rows: Callable[[], Iterator[tuple[Cell, ...]]],
        *,
        totals: dict[str, Cell] | None = None,
        notes: tuple[str, ...] = (),
    ) -> Report:
        return Report(
            id=report_id,
            title=title,
            organisation=self.settings.name,
            period=self.span.label,
            currency=self.currency,
            columns=columns,
            rows=rows,
            totals=totals or {},
            generated_on=self.today,
            notes=notes,
        )


def _col(  # noqa: PLR0917 - a column heading in three languages, read like a table row
    key: str, en: str, fr: str, ar: str, kind: Kind = Kind.TEXT, width: float = 1.0
) -> Column:
    return Column(key, {"en": en, "fr": fr, "ar": ar}, kind, width)


_ID = _col("id", "No.", "N°", "رقم", Kind.ID, 0.5)
_DATE = _col("date", "Date", "Date", "التاريخ", Kind.DATE, 0.8)
_DONOR = _col("donor", "Donor", "Donateur", "المتبرع", Kind.TEXT, 1.8)
_ADDRESS = _col("address", "Address", "Adresse", "العنوان", Kind.TEXT, 2.0)
_AMOUNT = _col("amount", "Amount", "Montant", "المبلغ", Kind.MONEY, 0.9)
_COUNT = _col("count", "Count", "Nombre", "العدد", Kind.COUNT, 0.6)
_KIND = _col("kind", "Kind", "Type", "الصفة", Kind.CHOICE, 0.8)
_METHOD = _col("method", "Method", "Moyen", "طريقة الدفع", Kind.CHOICE, 0.8)

TITLES: dict[str, dict[str, str]] = {
    "uk-donations": {
        "en": "Donations report (PPERA, quarterly)",
        "fr": "Rapport des dons (PPERA, trimestriel)",
        "ar": "تقرير التبرعات (PPERA، فصلي)",
    },
    "fr-donors": {
        "en": "List of donors (CNCCFP)",
        "fr": "Liste des donateurs (CNCCFP)",
        "ar": "قائمة المتبرعين (CNCCFP)",
    },
    "fr-receipts": {
        "en": "Register of donation receipts (reçus-dons)",
        "fr": "Registre des reçus-dons",
        "ar": "سجل إيصالات التبرعات",
    },
    "us-schedule-a": {
        "en": "Schedule A: itemized receipts",
        "fr": "Annexe A (Schedule A) : recettes détaillées",
        "ar": "الملحق A: الإيرادات المفصلة",
    },
    "ma-annual": {
        "en": "Annual statement of donations and gifts",
        "fr": "État annuel des dons, legs et libéralités",
        "ar": "البيان السنوي للهبات والتبرعات",
    },
    "ca-contributors": {
        "en": "Contributors over the reporting threshold",
        "fr": "Contributeurs au-delà du seuil de déclaration",
        "ar": "المساهمون فوق عتبة التصريح",
    },
}
_SECTIONS: dict[str, dict[str, str]] = {
    "uk-impermissible": {
        "en": "Impermissible donations",
        "fr": "Dons non autorisés",
        "ar": "التبرعات غير المسموح بها",
    },
    "fr-unused": {
        "en": "Unused receipt numbers (to return to the CNCCFP)",
        "fr": "Numéros de reçus inutilisés (à retourner à la CNCCFP)",
        "ar": "أرقام الإيصالات غير المستعملة (تعاد إلى CNCCFP)",
    },
    "us-summary": {
        "en": "Summary of contributions",
        "fr": "Récapitulatif des contributions",
        "ar": "ملخص المساهمات",
    },
    "ca-summary": {
        "en": "Summary of contributions",
        "fr": "Récapitulatif des contributions",
        "ar": "ملخص المساهمات",
    },
}


# ---------------------------------------------------------------- the engine's view
@dataclass(frozen=True, slots=True)
class Reportable:
    """A donation a reporting rule names, and the day it became reportable."""

    donation_id: int
    donor_id: int
    received_on: dt.date
    reportable_on: dt.date


def _reportable_rules(ctx: FilingContext) -> tuple[Rule, ...]:
    rules = tuple(
        r
        for r in ctx.profile.rules_for(ctx.settings.profile_variant)
        if r.kind is RuleKind.REPORTABLE
    )
    if not rules:
        raise UserError(
            "the {profile} profile has no reporting rule (kind 'reportable') for this "
            "ledger, so this filing has no threshold: add one to a copy of the profile",
            profile=ctx.profile.id,
        )
    return rules


def _calendar(ctx: FilingContext) -> Calendar:
    elections = json.loads(ctx.repo.get_setting("elections") or "[]")
    return Calendar(
        fiscal_year_start=(
            ctx.settings.fiscal_year_start_month,
            ctx.settings.fiscal_year_start_day,
        ),
        elections=tuple(dt.date.fromisoformat(d) for d in elections),
    )


def _evaluate(
    ctx: FilingContext, rules: Sequence[Rule], donor_ids: Sequence[int]
) -> Iterator[tuple[Finding, dict[int, Contribution]]]:
    """The engine's findings of ``rules`` on some donors, with each donor's entries."""
    profile = dataclasses.replace(ctx.profile, rules=tuple(rules))
    data = RuleData(ctx.repo.session, ctx.repo.append_audit, "report")
    calendar = _calendar(ctx)
    batch = 2_000
    for start in range(0, len(donor_ids), batch):
        ids = donor_ids[start : start + batch]
        facts: dict[int, DonorFacts] = data.donor_facts(ids)
        contributions = data.contributions(ids)
        for donor_id in ids:
            donor = facts.get(donor_id)
            if donor is None:
                continue
            entries = contributions.get(donor_id, [])
            by_id = {c.id: c for c in entries}
            for finding in evaluate_donor(
                profile,
                donor,
                entries,
                variant=ctx.settings.profile_variant,
                calendar=calendar,
            ):
                yield finding, by_id


def reportable(ctx: FilingContext) -> list[Reportable]:
    """The donations the profile's reporting rules name that became reportable in the
    period: each on its own date, or, when it is among those that took the donor over
    the threshold, on the day the threshold was crossed."""
    rules = _reportable_rules(ctx)
    figures = [e.amount.minor for r in rules for e in r.entries if e.amount is not None]
    floors = [r.counts_above.minor for r in rules if r.counts_above is not None]
    years = range(ctx.span.start.year, ctx.span.end.year + 1)
    queries = FilingQueries(ctx.repo.session)
    candidates = queries.donors_possibly_over(
        currency=ctx.currency,
        years=years,
        over=min(figures),
        floor=min(floors) if len(floors) == len(rules) else None,
    )
    found: dict[int, Reportable] = {}
    for finding, entries in _evaluate(ctx, rules, candidates):
        if finding.kind is not FlagKind.REPORTABLE:
            continue
        for donation_id in finding.donation_ids:
            entry = entries.get(donation_id)
            if entry is None or entry.amount.minor <= 0:
                continue
            day = entry.received_on
            if finding.crossed_on is not None and day < finding.crossed_on:
                day = finding.crossed_on
            if day in ctx.span and donation_id not in found:
                found[donation_id] = Reportable(
                    donation_id, finding.donor_id, entry.received_on, day
                )
    return sorted(found.values(), key=lambda r: (r.received_on, r.donation_id))


def _threshold_note(ctx: FilingContext, rules: Sequence[Rule]) -> str:
    parts = []
    for rule in rules:
        for entry in rule.entries:
            if entry.amount is None:
                continue
            if entry.start and entry.start > ctx.span.end:
                continue
            if entry.end and entry.end < ctx.span.start:
                continue
            since = f" from {entry.start.isoformat()}" if entry.start else ""
            parts.append(
                f"{rule.id}: over {format_money(entry.amount, 'en')}{since} "
                f"({entry.status.value}; {entry.source})"
            )
        if rule.then_each_over is not None:
            parts.append(
                f"{rule.id}: then each later donation over {format_money(rule.then_each_over)}"
            )
        if rule.counts_above is not None:
            parts.append(
                f"{rule.id}: donations of {format_money(rule.counts_above)} or less not counted"
            )
    return "Thresholds from the profile " + ctx.profile.id + ": " + "; ".join(parts) + "."


# ---------------------------------------------------------------- uk
def uk_donations(ctx: FilingContext) -> list[Report]:
    """The quarterly donations report of a registered party (PPERA): the reportable
    donations, and the impermissible ones with the date and manner of their return."""
    rules = _reportable_rules(ctx)
    chosen = reportable(ctx)
    queries = FilingQueries(ctx.repo.session)
    lines = queries.donation_lines(r.donation_id for r in chosen)
    if ctx.unit_name is not None:
        chosen = [r for r in chosen if lines[r.donation_id].unit == ctx.unit_name]
    # what was given back of a donation before it was accepted lowers its value; given
    # back whole then, it was never accepted (an impermissible one is on the
    # impermissible donations' sheet, not here); see accepted_values
    backs = queries.returned(r.donation_id for r in chosen)
    accepted = accepted_values(
        (lines[r.donation_id] for r in chosen),
        backs,
        within_days=acceptance_days(ctx.profile, ctx.settings.profile_variant),
    )
    chosen = [r for r in chosen if accepted[r.donation_id] > 0]
    checks = queries.permissibility_checks({r.donor_id for r in chosen})
    total = sum(accepted[r.donation_id] for r in chosen)

    def rows() -> Iterator[tuple[Cell, ...]]:
        for item in chosen:
            line = lines[item.donation_id]
            yield (
                line.id,
                line.donor_name,
                f"ec:{line.donor_kind}",
                line.full_address,
                line.company_number,
                Money(accepted[line.id], ctx.currency),
                line.received_on,
                _accepted_on(line, checks.get(line.donor_id, []), ctx.today),
                "ec:non-cash" if line.method == "in-kind" else "ec:cash",
                line.unit,
                item.reportable_on if item.reportable_on != line.received_on else None,
            )

    main = ctx.report(
        "uk-donations",
        TITLES["uk-donations"],
        (
            _col("id", "No.", "N°", "رقم", Kind.ID, 0.4),
            _col("donor", "Donor", "Donateur", "المتبرع", Kind.TEXT, 1.4),
            _col("status", "Donor status", "Statut", "صفة المتبرع", Kind.CHOICE, 1.1),
            _col("address", "Address", "Adresse", "العنوان", Kind.TEXT, 1.4),
            _col("company", "Company no.", "N° société", "رقم الشركة", Kind.TEXT, 0.75),
            _col("value", "Value", "Valeur", "القيمة", Kind.MONEY, 0.8),
            _col("received", "Received", "Reçu le", "تاريخ الاستلام", Kind.DATE, 0.75),
            _col("accepted", "Accepted", "Accepté le", "تاريخ القبول", Kind.DATE, 0.75),
            _col("nature", "Cash / non-cash", "Nature", "نقدي / غير نقدي", Kind.CHOICE, 1.05),
            _col("unit", "Accounting unit", "Unité comptable", "الوحدة المحاسبية", Kind.TEXT, 1.05),
            _col(
                "reportable_on",
                "Reportable from",
                "À déclarer depuis",
                "يصرح به منذ",
                Kind.DATE,
                0.95,
            ),
        ),
        rows,
        totals={"id": len(chosen), "value": Money(total, ctx.currency)},
        notes=(
            _threshold_note(ctx, rules),
            "A donation that took its donor over the threshold, or came earlier in the "
            "year, is reported in the quarter the threshold was crossed ('Reportable from'; "
            "blank: from the day received).",
            ctx.say(
                "Value: the donation less what was refunded, returned or charged back within "
                "30 days of receipt; a donation given back whole by then was not accepted and "
                "is not here (one returned as impermissible is among the impermissible "
                "donations). Given back later, it was accepted (PPERA s.56).",
                "Valeur : le don, moins ce qui en a été remboursé, restitué ou contesté "
                "(rétrofacturation) dans les 30 jours de sa réception ; un don rendu en entier "
                "dans ce délai n'a pas été accepté et n'est pas ici (un don restitué comme non "
                "autorisé figure parmi les dons non autorisés). Rendu plus tard, il a été "
                "accepté (PPERA s.56).",
                "القيمة: التبرع ناقصا ما رد منه أو أرجع أو استرجع بطلب من البنك خلال 30 يوما "
                "من استلامه؛ والتبرع المرجع كاملا خلال هذه المدة لم يقبل ولا يرد هنا (والمرجع "
                "لعدم السماح به يرد ضمن التبرعات غير المسموح بها). وإن أرجع بعدها فقد قبل "
                "(PPERA المادة 56).",
            ),
            "Accepted: the date of the permissibility check recorded on or after receipt; "
            "the date received when the donor was checked before; otherwise the 30th day "
            "after receipt, when keeping a donation counts as accepting it (PPERA s.56); "
            "blank until then.",
            "Addresses of individuals are reported but not published by the Electoral Commission.",
        ),
    )
    return [main, _uk_impermissible(ctx, queries)]


def acceptance_days(profile: Profile, variant: str | None) -> int | None:
    """The days a party has to check a donation and send it back before keeping it counts
    as accepting it (PPERA s.56: 30 from receipt): the deadline of the profile's
    permissibility check rule; None when the profile has none."""
    for rule in profile.rules_for(variant):
        if rule.kind is RuleKind.PERMISSIBILITY_CHECK and rule.deadline is not None:
            return rule.deadline.days
    return None


def accepted_values(
    lines: Iterable[DonationLine],
    backs: Mapping[int, Sequence[DonationLine]],
    *,
    within_days: int | None,
) -> dict[int, int]:
    """Each donation's value accepted, in minor units, by id: its amount less the
    refunds, returns and chargebacks linked to it (``backs``, as FilingQueries.returned
    gives them) dated within ``within_days`` of its receipt, or whatever their date when
    None. A donation given back whole in that time was never accepted: 0 (it is left
    out of a filing or register). What goes back after it does not lower the value: a
    donation kept beyond that time was accepted (PPERA s.56).

    Money a chargeback's reversal brings back is a donation of its own (the importer
    records it so, on the day it came back), so a gift charged back and then reinstated
    is one donation: the reinstated one.
    """
    values: dict[int, int] = {}
    for line in lines:
        deadline = (
            line.received_on + dt.timedelta(days=within_days) if within_days is not None else None
        )
        back = sum(
            b.amount.minor
            for b in backs.get(line.id, ())
            if b.amount.minor < 0 and (deadline is None or b.received_on <= deadline)
        )
        values[line.id] = max(line.amount.minor + back, 0)
    return values


def _accepted_on(line: DonationLine, checks: list[CheckLine], today: dt.date) -> dt.date | None:
    mine = [c for c in checks if c.permissible and c.donation_id in (None, line.id)]
    after = [c.checked_on for c in mine if c.checked_on >= line.received_on]
    if after:
        return min(after)
    if mine:
        return line.received_on
    deemed = line.received_on + dt.timedelta(days=30)
    return deemed if deemed <= today else None


def _uk_impermissible(ctx: FilingContext, queries: FilingQueries) -> Report:
    """Donations returned as impermissible (a 'return' entry), and those the rules still
    say must go back."""
    returned = set(queries.returns_between(ctx.span.start, ctx.span.end, currency=ctx.currency))
    pending = _flagged_impermissible(ctx)
    ids = returned | set(pending)
    lines = queries.donation_lines(ids)
    backs = queries.returned(ids)
    ordered = sorted(lines.values(), key=lambda line: (line.received_on, line.id))
    if ctx.unit_name is not None:
        ordered = [line for line in ordered if line.unit == ctx.unit_name]
    value = sum(line.amount.minor for line in ordered)
    given_back = sum(
        -b.amount.minor for line in ordered for b in backs.get(line.id, []) if b.amount.minor < 0
    )

    def rows() -> Iterator[tuple[Cell, ...]]:
        for line in ordered:
            gone = backs.get(line.id, [])
            back = -sum(b.amount.minor for b in gone)
            if gone:
                last = max(b.received_on for b in gone)
                manner = "; ".join(
                    b.notes or ("returned to the donor" if b.entry_type == "return" else "refunded")
                    for b in gone
                )
            else:
                last = None
                deadline = pending.get(line.id)
                manner = "not yet returned" + (
                    f" (deadline {deadline.isoformat()})" if deadline else ""
                )
            yield (
                line.id,
                line.donor_name,
                f"ec:{line.donor_kind}",
                line.full_address,
                line.amount,
                line.received_on,
                last,
                Money(back, ctx.currency) if gone else None,
                manner,
            )

    return ctx.report(
        "uk-impermissible",
        _SECTIONS["uk-impermissible"],
        (
            _col("id", "No.", "N°", "رقم", Kind.ID, 0.4),
            _col("donor", "Donor", "Donateur", "المتبرع", Kind.TEXT, 1.4),
            _col("status", "Donor status", "Statut", "صفة المتبرع", Kind.CHOICE, 1.2),
            _col("address", "Address", "Adresse", "العنوان", Kind.TEXT, 1.3),
            _col("value", "Value", "Valeur", "القيمة", Kind.MONEY, 0.8),
            _col("received", "Received", "Reçu le", "تاريخ الاستلام", Kind.DATE, 0.75),
            _col("returned", "Returned", "Restitué le", "تاريخ الإرجاع", Kind.DATE, 0.75),
            _col("back", "Amount returned", "Montant restitué", "المبلغ المرجع", Kind.MONEY, 1.05),
            _col("manner", "Manner of return", "Mode de restitution", "طريقة الإرجاع", width=2.2),
        ),
        rows,
        totals={
            "id": len(ordered),
            "value": Money(value, ctx.currency),
            "back": Money(given_back, ctx.currency),
        },
        notes=(
            "Impermissible donations: those given back by a 'return' entry (treasurer "
            "return), received or returned in the period, and those the profile's rules "
            "still flag as impermissible or unidentifiable. The manner of return is the "
            "reason recorded with the return.",
        ),
    )


def _flagged_impermissible(ctx: FilingContext) -> dict[int, dt.date | None]:
    """Donations received in the period that the engine says must still go back (a
    prohibited source, an unidentifiable donor, a check that found the donor
    impermissible), with the deadline."""
    rules = [
        r
        for r in ctx.profile.rules_for(ctx.settings.profile_variant)
        if r.kind
        in (RuleKind.PROHIBITED_KIND, RuleKind.ANONYMOUS_CAP, RuleKind.PERMISSIBILITY_CHECK)
    ]
    if not rules:
        return {}
    kinds = {k.value for r in rules if r.donor_kinds for k in r.donor_kinds}
    kinds.add("anonymous")
    donors = FilingQueries(ctx.repo.session).donors_to_check(
        ctx.span.start, ctx.span.end, currency=ctx.currency, kinds=sorted(kinds)
    )
    found: dict[int, dt.date | None] = {}
    for finding, entries in _evaluate(ctx, rules, donors):
        if finding.kind not in (FlagKind.PROHIBITED_SOURCE, FlagKind.ANONYMOUS_OVER_CAP):
            continue
        for donation_id in finding.donation_ids:
            entry = entries.get(donation_id)
            if entry is not None and entry.received_on in ctx.span:
                found[donation_id] = finding.deadline
    return found


# ---------------------------------------------------------------- us
def us_schedule_a(ctx: FilingContext) -> list[Report]:
    """FEC Schedule A: the contributions of contributors whose aggregate in the calendar
    year is over the itemization threshold, each with the aggregate year to date; the
    others are added up as unitemized."""
    rules = _reportable_rules(ctx)
    chosen = reportable(ctx)
    chosen = [r for r in chosen if r.received_on in ctx.span]  # itemized when received
    queries = FilingQueries(ctx.repo.session)
    lines = queries.donation_lines(r.donation_id for r in chosen)
    if ctx.unit_name is not None:
        chosen = [r for r in chosen if lines[r.donation_id].unit == ctx.unit_name]
    years = range(ctx.span.start.year, ctx.span.end.year + 1)
    ytd = queries.year_to_date({r.donor_id for r in chosen}, currency=ctx.currency, years=years)
    ordered = sorted(
        (lines[r.donation_id] for r in chosen),
        key=lambda line: (line.donor_name.casefold(), line.received_on, line.id),
    )
    itemized = sum(line.amount.minor for line in ordered)
    gifts, everything = queries.totals(
        ctx.span.start, ctx.span.end, currency=ctx.currency, unit_id=ctx.unit_id
    )
    unitemized_count = gifts - len(ordered)
    refunds_count, refunds_total = queries.totals(
        ctx.span.start,
        ctx.span.end,
        currency=ctx.currency,
        unit_id=ctx.unit_id,
        entry_types=("refund", "return"),
    )

    def rows() -> Iterator[tuple[Cell, ...]]:
        for line in ordered:
            yield (
                line.id,
                line.donor_name,
                line.full_address,
                line.employer,
                line.occupation,
                line.received_on,
                line.amount,
                ytd.get(line.id),
            )

    main = ctx.report(
        "us-schedule-a",
        TITLES["us-schedule-a"],
        (
            _ID,
            _col("name", "Contributor name", "Nom du contributeur", "اسم المساهم", width=1.6),
            _col("address", "Address", "Adresse", "العنوان", Kind.TEXT, 1.6),
            _col("employer", "Employer", "Employeur", "جهة العمل", width=1.1),
            _col("occupation", "Occupation", "Profession", "المهنة", width=1.1),
            _col("date", "Date received", "Date de réception", "تاريخ الاستلام", Kind.DATE, 0.8),
            _col("amount", "Amount", "Montant", "المبلغ", Kind.MONEY, 0.9),
            _col(
                "aggregate",
                "Aggregate year-to-date",
                "Cumul de l'année",
                "المجموع منذ بداية السنة",
                Kind.MONEY,
                1.3,
            ),
        ),
        rows,
        totals={"id": len(ordered), "amount": Money(itemized, ctx.currency)},
        notes=(
            _threshold_note(ctx, rules),
            ctx.say(
                "Every contribution received in the period from a contributor whose "
                "aggregate in the calendar year is over the threshold is itemized when "
                "received, refunded since or not, with the aggregate up to and including it. "
                "A refund is a disbursement (Form 3X Line 28(a), itemized on Schedule B when "
                "its contribution was itemized): it lowers the aggregate from the day it was "
                "made, and not at all when it gives back a contribution of an earlier year "
                "(fec.gov, Refunds made by the party committee).",
                "Chaque contribution reçue dans la période d'un contributeur dont le cumul "
                "de l'année civile dépasse le seuil est détaillée à sa réception, remboursée "
                "depuis ou non, avec le cumul jusqu'à elle incluse. Un remboursement est une "
                "dépense (Form 3X ligne 28(a), détaillée en annexe B quand sa contribution "
                "l'a été) : il réduit le cumul à partir du jour où il est fait, et pas du "
                "tout quand il rend une contribution d'une année antérieure (fec.gov, Refunds "
                "made by the party committee).",
                "كل مساهمة مستلمة خلال الفترة من مساهم يتجاوز مجموعه في السنة الميلادية "
                "العتبة تفصل عند استلامها، سواء ردت بعد ذلك أم لا، مع المجموع حتى المساهمة "
                "نفسها. والرد نفقة (النموذج 3X، البند 28(a)، يفصل في الملحق B إذا فصلت "
                "مساهمته): ينقص المجموع ابتداء من يوم إجرائه، ولا ينقصه إذا رد مساهمة من سنة "
                "سابقة (fec.gov، Refunds made by the party committee).",
            ),
            ctx.say(
                f"Refunds of contributions made in the period: {refunds_count}, "
                f"{format_money(Money(-refunds_total, ctx.currency), ctx.language)} "
                "(Line 28(a); not deducted from the contributions above).",
                f"Remboursements de contributions faits dans la période : {refunds_count}, "
                f"{format_money(Money(-refunds_total, ctx.currency), ctx.language)} "
                "(ligne 28(a) ; non déduits des contributions ci-dessus).",
                f"المساهمات المردودة خلال الفترة: {refunds_count}، "
                f"{format_money(Money(-refunds_total, ctx.currency), ctx.language)} "
                "(البند 28(a)؛ لا تخصم من المساهمات أعلاه).",
            ),
        ),
    )
    summary = _summary(
        ctx,
        "us-summary",
        [
            ("line:itemized", len(ordered), itemized),
            ("line:unitemized", unitemized_count, everything - itemized),
        ],
    )
    return [main, summary]


def _summary(ctx: FilingContext, section: str, lines: list[tuple[str, int, int]]) -> Report:
    count = sum(n for _, n, _ in lines)
    total = sum(amount for _, _, amount in lines)

    def rows() -> Iterator[tuple[Cell, ...]]:
        for label, n, amount in lines:
            yield (label, n, Money(amount, ctx.currency))

    return ctx.report(
        section,
        _SECTIONS[section],
        (
            _col("line", "Line", "Ligne", "البند", Kind.CHOICE, 2.0),
            _COUNT,
            _col("amount", "Amount", "Montant", "المبلغ", Kind.MONEY, 1.0),
        ),
        rows,
        totals={"count": count, "amount": Money(total, ctx.currency)},
    )


# ---------------------------------------------------------------- ca
def ca_contributors(ctx: FilingContext) -> list[Report]:
    """Contributors named in the return: those whose contributions in a calendar year go
    over the reporting threshold, with their total in the period; the others as one line."""
    rules = _reportable_rules(ctx)
    named = {r.donor_id for r in reportable_donors(ctx)}
    queries = FilingQueries(ctx.repo.session)
    totals = list(
        queries.donor_totals(
            ctx.span.start, ctx.span.end, currency=ctx.currency, unit_id=ctx.unit_id
        )
    )
    listed = [t for t in totals if t.donor_id in named]
    others = [t for t in totals if t.donor_id not in named]
    listed_total = sum(t.total.minor for t in listed)

    def rows() -> Iterator[tuple[Cell, ...]]:
        for t in listed:
            yield (t.donor_id, t.name, t.full_address, t.count, t.total)

    main = ctx.report(
        "ca-contributors",
        TITLES["ca-contributors"],
        (
            _ID,
            _col("name", "Contributor", "Contributeur", "المساهم", width=1.8),
            _ADDRESS,
            _col("count", "Contributions", "Contributions", "المساهمات", Kind.COUNT, 0.7),
            _col("total", "Total", "Total", "المجموع", Kind.MONEY, 1.0),
        ),
        rows,
        totals={"count": sum(t.count for t in listed), "total": Money(listed_total, ctx.currency)},
        notes=(
            _threshold_note(ctx, rules),
            "A contributor is named when their contributions in a calendar year go over "
            "the threshold; the total is their net contributions in the period.",
        ),
    )
    summary = _summary(
        ctx,
        "ca-summary",
        [
            ("line:named", len(listed), listed_total),
            (
                "line:others",
                len(others),
                sum(t.total.minor for t in others),
            ),
        ],
    )
    return [main, summary]


def reportable_donors(ctx: FilingContext) -> list[Reportable]:
    """Like ``reportable``, but every donor the rules name by the period's end, whatever
    the day their donations became reportable."""
    wide = dataclasses.replace(
        ctx, span=Span(dt.date(ctx.span.start.year, 1, 1), ctx.span.end, ctx.span.label)
    )
    return reportable(wide)


# ---------------------------------------------------------------- fr
def fr_donors(ctx: FilingContext) -> list[Report]:
    """The annual list of donors for the CNCCFP: each donor's identity, address, number
    of gifts, total net of what was given back, and receipt numbers."""
    queries = FilingQueries(ctx.repo.session)
    receipts: dict[int, list[int]] = {}
    for line in ReceiptData(ctx.repo.session).receipts_between(ctx.span.start, ctx.span.end):
        if line.status == "issued" and line.donor_id is not None:
            receipts.setdefault(line.donor_id, []).append(line.number)
    donors = [
        t
        for t in queries.donor_totals(
            ctx.span.start, ctx.span.end, currency=ctx.currency, unit_id=ctx.unit_id
        )
        if t.total.minor > 0
    ]
    donors.sort(key=lambda t: (t.name.casefold(), t.donor_id))

    def rows() -> Iterator[tuple[Cell, ...]]:
        for t in donors:
            numbers = receipts.get(t.donor_id, [])
            yield (
                t.donor_id,
                t.name,
                t.kind,
                t.full_address,
                t.country,
                t.count,
                t.total,
                ", ".join(str(n) for n in numbers) or None,
            )

    return [
        ctx.report(
            "fr-donors",
            TITLES["fr-donors"],
            (
                _ID,
                _DONOR,
                _KIND,
                _ADDRESS,
                _col("country", "Country", "Pays", "البلد", Kind.TEXT, 0.5),
                _col("gifts", "Gifts", "Dons", "التبرعات", Kind.COUNT, 0.5),
                _col("total", "Total", "Total", "المجموع", Kind.MONEY, 0.9),
                _col("receipts", "Receipts", "Reçus", "الإيصالات", Kind.TEXT, 1.0),
            ),
            rows,
            totals={
                "id": len(donors),
                "gifts": sum(t.count for t in donors),
                "total": Money(sum(t.total.minor for t in donors), ctx.currency),
            },
            notes=(
                ctx.say(
                    "Donors whose gifts in the period, less what was refunded or returned, "
                    "are above zero. Due to the CNCCFP by 15 April of the following year.",
                    "Donateurs dont les dons de la période, déduction faite des "
                    "remboursements et restitutions, sont supérieurs à zéro. À remettre à la "
                    "CNCCFP au plus tard le 15 avril de l'année suivante.",
                ),
            ),
        )
    ]


def fr_receipts(ctx: FilingContext) -> list[Report]:
    """The register of reçus-dons: every number used for a donation of the period
    (issued or void, in number order), then the unused numbers to return."""
    data = ReceiptData(ctx.repo.session)
    lines = list(data.receipts_between(ctx.span.start, ctx.span.end))
    # what each receipt says, as issued: a number designates one document
    amounts = {line.number: line.issued or line.net for line in lines}
    total = sum(
        amount.minor
        for line in lines
        if line.status == "issued" and (amount := amounts[line.number]) is not None
    )

    def rows() -> Iterator[tuple[Cell, ...]]:
        for line in lines:
            yield (
                line.number,
                f"receipt:{line.status}",
                line.donation_id,
                line.gift_on or line.received_on,
                line.donor_name,
                line.method,
                amounts[line.number],
                line.void_reason,
            )

    register = ctx.report(
        "fr-receipts",
        TITLES["fr-receipts"],
        (
            _col("number", "Receipt no.", "N° de reçu", "رقم الإيصال", Kind.ID, 0.7),
            _col("status", "Status", "État", "الحالة", Kind.CHOICE, 0.6),
            _col("donation", "Donation", "Don", "التبرع", Kind.ID, 0.6),
            _col("date", "Date of gift", "Date du don", "تاريخ التبرع", Kind.DATE, 0.8),
            _DONOR,
            _METHOD,
            _col("amount", "Amount", "Montant", "المبلغ", Kind.MONEY, 0.9),
            _col("reason", "Reason void", "Motif d'annulation", "سبب الإلغاء", width=1.4),
        ),
        rows,
        totals={"number": len(lines), "amount": Money(total, ctx.currency)},
        notes=(
            ctx.say(
                "Numbers come from the ranges of forms the CNCCFP issued (treasurer "
                "receipt-ranges), lowest first, in donation-date order; once given, a number "
                "never changes. A void receipt keeps its number; its donation gets a new one. "
                "A receipt whose gift was refunded or returned after it was issued is void, "
                "and what is kept of the gift has a new receipt. A gift an open flag is about "
                "(the donor's address missing, over the annual cap) has no receipt until the "
                "flag is resolved.",
                "Les numéros viennent des séries de formulaires délivrées par la CNCCFP "
                "(treasurer receipt-ranges), du plus petit au plus grand, dans l'ordre des "
                "dates des dons ; un numéro donné ne change plus. Un reçu annulé garde son "
                "numéro ; son don en reçoit un nouveau. Un reçu dont le don a été remboursé "
                "ou restitué après sa délivrance est annulé, et la part conservée du don "
                "reçoit un nouveau reçu. Un don visé par une alerte ouverte (adresse du "
                "donateur manquante, plafond annuel dépassé) n'a pas de reçu tant que "
                "l'alerte n'est pas levée.",
            ),
            ctx.say(
                "Amounts are those the receipts state, as issued: the gifts less what was "
                "refunded or returned before the receipt was issued.",
                "Les montants sont ceux qu'indiquent les reçus délivrés : les dons, déduction "
                "faite des remboursements et restitutions antérieurs à la délivrance du reçu.",
            ),
        ),
    )
    runs = data.unused_runs()

    def unused_rows() -> Iterator[tuple[Cell, ...]]:
        for first, last in runs:
            yield (first, last, last - first + 1)

    unused = ctx.report(
        "fr-unused",
        _SECTIONS["fr-unused"],
        (
            _col("first", "From", "Du n°", "من", Kind.ID, 0.8),
            _col("last", "To", "Au n°", "إلى", Kind.ID, 0.8),
            _col("count", "Forms", "Formulaires", "الاستمارات", Kind.COUNT, 0.8),
        ),
        unused_rows,
        totals={"count": sum(last - first + 1 for first, last in runs)},
        notes=(
            ctx.say(
                "Unused forms, with the stubs of the used ones, go back to the CNCCFP by "
                "15 March of the following year (15 April if the evidence is filed on "
                "Fin'Pol).",
                "Les formulaires inutilisés et les souches des reçus délivrés sont retournés "
                "à la CNCCFP au plus tard le 15 mars de l'année suivante (15 avril si les "
                "pièces sont déposées sur Fin'Pol).",
            ),
        ),
    )
    return [register, unused]


# ---------------------------------------------------------------- ma
def ma_annual(ctx: FilingContext) -> list[Report]:
    """The annual statement of gifts, bequests and liberalities: each gift with its donor,
    nature and date, gifts given back as negative lines, and the net total."""
    queries = FilingQueries(ctx.repo.session)
    span, currency = ctx.span, ctx.currency
    gifts, gross = queries.totals(span.start, span.end, currency=currency, unit_id=ctx.unit_id)
    backs, back = queries.totals(
        span.start,
        span.end,
        currency=currency,
        unit_id=ctx.unit_id,
        entry_types=("refund", "return"),
    )
    count = gifts + backs

    def rows() -> Iterator[tuple[Cell, ...]]:
        for line in queries.lines_between(
            ctx.span.start, ctx.span.end, currency=ctx.currency, unit_id=ctx.unit_id
        ):
            yield (
                line.id,
                line.received_on,
                line.donor_name,
                line.donor_kind,
                "nature:in-kind" if line.method == "in-kind" else "nature:cash",
                line.method,
                line.amount,
            )

    gross_text = format_money(Money(gross, ctx.currency), ctx.language)
    back_text = format_money(Money(-back, ctx.currency), ctx.language)
    return [
        ctx.report(
            "ma-annual",
            TITLES["ma-annual"],
            (
                _ID,
                _DATE,
                _DONOR,
                _KIND,
                _col("nature", "Nature", "Nature", "الطبيعة", Kind.CHOICE, 0.7),
                _METHOD,
                _AMOUNT,
            ),
            rows,
            totals={"id": count, "amount": Money(gross + back, ctx.currency)},
            notes=(
                ctx.say(
                    f"Gifts {gross_text}; given back {back_text} (negative lines).",
                    f"Dons {gross_text} ; restitués {back_text} (lignes négatives).",
                    f"الهبات {gross_text}؛ المبالغ المرجعة {back_text} (أسطر سالبة).",
                ),
                ctx.say(
                    "The annual accounts, certified by an expert-comptable, go to the Cour "
                    "des comptes by 31 March of the following year (verified: arts. 42 and "
                    "44 LO 29-11).",
                    "Les comptes annuels, certifiés par un expert-comptable, sont remis à la "
                    "Cour des comptes au plus tard le 31 mars de l'année suivante (art. 42 et "
                    "44 de la LO 29-11).",
                    "تودع الحسابات السنوية، المشهود بصحتها من طرف خبير محاسب، لدى المجلس "
                    "الأعلى للحسابات قبل 31 مارس من السنة الموالية (المادتان 42 و44 من "
                    "القانون التنظيمي 29.11).",
                ),
            ),
        )
    ]


#: Each filing: its family of profiles, its builder and the language it is written in
#: when none is asked for.
@dataclass(frozen=True, slots=True)
class Filing:
    family: str
    build: Callable[[FilingContext], list[Report]]
    language: str = "en"


FILINGS: dict[str, Filing] = {
    "uk-donations": Filing("uk", uk_donations),
    "fr-donors": Filing("fr", fr_donors, "fr"),
    "fr-receipts": Filing("fr", fr_receipts, "fr"),
    "us-schedule-a": Filing("us-fec", us_schedule_a),
    "ma-annual": Filing("ma", ma_annual, "ar"),
    "ca-contributors": Filing("ca", ca_contributors),
}
