"""The dashboard of a period: money raised, donors, the share of small donations, open
flags, deadlines coming up, and the figures of its two charts.

"Small" is a threshold the law already draws, read from the ledger's profile: the
lowest reporting or permissibility-check figure in force (the US and Canadian $200
itemisation threshold, the UK's £500), else the cash cap (France's 150 €, Morocco's
9,999.99 MAD). A profile with none of these has no small-donation share.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from treasurer.core.errors import UserError
from treasurer.core.money import Money
from treasurer.core.periods import Span, parse_period
from treasurer.core.profiles import Profile, RuleKind
from treasurer.db.browse import BrowseQueries
from treasurer.services.compliance import flag_json, get_profile, rule_data
from treasurer.services.session import Ledger

DEADLINE_DAYS = 30
_SEVERITY = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True, slots=True)
class Band:
    """Donors whose total in the period is above ``low`` (or any, if None) and at most
    ``high`` (or without bound, if None)."""

    low: Money | None
    high: Money | None
    donors: int


@dataclass(frozen=True, slots=True)
class Dashboard:
    period: Span
    currency: str
    raised: Money
    donations: int
    donors: int
    small_threshold: Money | None
    #: the share of the money given (donations, before refunds) that came in donations
    #: at or below ``small_threshold``, between 0 and 1; None without a threshold or money
    small_share: Decimal | None
    open_flags: dict[str, int]  # severity -> count
    deadlines: list[dict[str, Any]]  # open flags due within DEADLINE_DAYS (or overdue)
    months: list[tuple[str, Money]]  # "2025-03" -> net amount, every month of the period
    bands: list[Band] = field(default_factory=list)


def default_period(ledger: Ledger, today: dt.date | None = None) -> str:
    """This year, or the year of the last donation if none was received this year."""
    today = today or dt.date.today()
    with ledger.store.transaction() as repo:
        last = BrowseQueries(repo.session).last_donation_day()
    if last is None or last.year == today.year:
        return str(today.year)
    return str(last.year)


def period_choices(ledger: Ledger, today: dt.date | None = None) -> list[str]:
    """Years to offer: this one and every year that holds donations, newest first."""
    today = today or dt.date.today()
    with ledger.store.transaction() as repo:
        years = BrowseQueries(repo.session).years()
    return [str(y) for y in sorted({today.year, *years}, reverse=True)]


def small_threshold(profile: Profile, variant: str | None, span: Span) -> Money | None:
    """See the module's docstring."""

    def lowest(kinds: set[RuleKind]) -> Money | None:
        figures = [
            e.amount
            for r in profile.rules_for(variant)
            if r.kind in kinds
            for e in r.entries
            if e.amount is not None
            and (e.start is None or e.start <= span.end)
            and (e.end is None or e.end >= span.start)
        ]
        return min(figures, key=lambda money: money.minor) if figures else None

    return lowest({RuleKind.REPORTABLE, RuleKind.PERMISSIBILITY_CHECK}) or lowest(
        {RuleKind.CASH_CAP}
    )


def _band_edges(
    profile: Profile, variant: str | None, span: Span, small: Money | None
) -> list[int]:
    """Where the size bands split: the small threshold, then the caps and reporting
    thresholds a treasurer watches, and 90 % of the lowest cap."""
    edges: set[int] = set()
    if small is not None:
        edges.add(small.minor)
    caps = []
    for rule in profile.rules_for(variant):
        if rule.kind not in (RuleKind.CAP, RuleKind.REPORTABLE):
            continue
        for entry in rule.entries:
            if entry.amount is None or (entry.start and entry.start > span.end):
                continue
            if entry.end and entry.end < span.start:
                continue
            edges.add(entry.amount.minor)
            if rule.kind is RuleKind.CAP:
                caps.append(entry.amount.minor)
    if caps:
        edges.add(min(caps) * 9 // 10)
    ordered = sorted(e for e in edges if e > 0)
    return ordered[:4]


def dashboard(
    ledger: Ledger,
    period: str | None = None,
    *,
    today: dt.date | None = None,
    language: str = "en",
) -> Dashboard:
    """The figures of ``period`` (``2025``, ``2025-Q3``, ``2025-03``, a range; by default
    ``default_period``), in the ledger's currency.

    Raises:
        ParseError: the period cannot be read.
    """
    today = today or dt.date.today()
    span = parse_period(period or default_period(ledger, today))
    settings = ledger.settings()
    currency = settings.base_currency
    try:
        profile: Profile | None = get_profile(settings.jurisdiction)
    except UserError:
        profile = None
    small = None
    edges: list[int] = []
    if profile is not None and profile.currency == currency:
        small = small_threshold(profile, settings.profile_variant, span)
        edges = _band_edges(profile, settings.profile_variant, span, small)
    with ledger.store.transaction() as repo:
        queries = BrowseQueries(repo.session)
        figures = queries.period_figures(
            span.start, span.end, currency, small.minor if small else None
        )
        counts = queries.open_flag_counts()
        horizon = today + dt.timedelta(days=DEADLINE_DAYS)
        # Explained (the costly part) only when due soon.
        deadlines = [
            flag_json(f, profile, language)
            for f in rule_data(repo).flags(status="open")
            if f.deadline is not None and f.deadline <= horizon
        ]
    deadlines.sort(key=lambda f: (f["deadline"], _SEVERITY.get(f["severity"], 3), f["id"]))
    share = None
    if small is not None and figures.gross_minor > 0:
        share = Decimal(figures.small_minor) / Decimal(figures.gross_minor)
    by_month = {(y, mo): t for y, mo, t in figures.by_month}
    months = [
        (f"{y:04d}-{mo:02d}", Money(by_month.get((y, mo), 0), currency))
        for y, mo in _months(span.start, span.end)
    ]
    return Dashboard(
        period=span,
        currency=currency,
        raised=Money(figures.raised_minor, currency),
        donations=figures.donations,
        donors=figures.donors,
        small_threshold=small,
        small_share=share,
        open_flags={s: counts.get(s, 0) for s in ("error", "warning", "info")},
        deadlines=deadlines,
        months=months,
        bands=_bands(figures.donor_totals, edges, currency),
    )


def _months(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    months = []
    y, mo = start.year, start.month
    while (y, mo) <= (end.year, end.month):
        months.append((y, mo))
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return months


def _bands(totals: list[int], edges: list[int], currency: str) -> list[Band]:
    positive = [t for t in totals if t > 0]
    if not edges:
        return [Band(None, None, len(positive))] if positive else []
    counts = [0] * (len(edges) + 1)
    for total in positive:
        index = next((i for i, edge in enumerate(edges) if total <= edge), len(edges))
        counts[index] += 1
    bounds: list[int | None] = [None, *edges, None]
    return [
        Band(
            Money(low, currency) if low is not None else None,
            Money(high, currency) if high is not None else None,
            count,
        )
        for low, high, count in zip(bounds, bounds[1:], counts, strict=False)
    ]
