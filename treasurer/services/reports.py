"""Producing reports: choose one, its period and language, write PDF or XLSX."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from treasurer.core.errors import UserError
from treasurer.core.money import Money, parse_amount
from treasurer.core.periods import Span, parse_period
from treasurer.core.profiles import RuleKind
from treasurer.db.repository import LedgerRepository
from treasurer.reports import more_reports
from treasurer.reports.filings import FILINGS, FilingContext, acceptance_days, profile_family
from treasurer.reports.filings import TITLES as FILING_TITLES
from treasurer.reports.ledger_reports import REPORTS, donations_journal, donor_totals
from treasurer.reports.model import Report
from treasurer.reports.pdf import write_pdf, write_pdf_sections
from treasurer.reports.xlsx import write_workbook, write_xlsx
from treasurer.services.compliance import get_profile
from treasurer.services.periods import amendments
from treasurer.services.receipts import update_receipts
from treasurer.services.session import Ledger

_BUILDERS: dict[str, Any] = {
    "donations-journal": donations_journal,
    "donor-totals": donor_totals,
    "refunds": more_reports.refunds,
    "flags": more_reports.flags_report,
    "large-donations": None,  # needs a threshold, see _large_donations
    "year-end": None,  # a workbook of several sheets, XLSX only
}
_TITLES = (
    REPORTS
    | more_reports.TITLES
    | {
        "year-end": {
            "en": "Year-end package (XLSX)",
            "fr": "Dossier de clôture (XLSX)",
            "ar": "ملف نهاية السنة (XLSX)",
        },
    }
)
LANGUAGES = ("en", "fr", "ar")


@dataclass(frozen=True, slots=True)
class ReportResult:
    report: str
    path: Path
    rows: int
    period: str
    language: str

    def to_json(self) -> dict[str, Any]:
        return {
            "report": self.report,
            "path": str(self.path),
            "rows": self.rows,
            "period": self.period,
            "language": self.language,
        }


def list_reports(language: str = "en", ledger: Ledger | None = None) -> list[dict[str, str]]:
    """The reports every ledger has, then, given a ledger, the filings of its profile."""
    rows = [
        {"id": key, "title": _TITLES[key].get(language) or _TITLES[key]["en"]} for key in _BUILDERS
    ]
    if ledger is not None:
        family = profile_family(get_profile(ledger.settings().jurisdiction))
        rows += [
            {"id": key, "title": FILING_TITLES[key].get(language) or FILING_TITLES[key]["en"]}
            for key, filing in FILINGS.items()
            if filing.family == family
        ]
    return rows


def produce_report(
    ledger: Ledger,
    report: str,
    *,
    period: str,
    out: Path,
    language: str | None = None,
    unit: str | None = None,
    threshold: str | None = None,
    today: dt.date | None = None,
) -> ReportResult:
    """Write one report for a period to ``out`` (its suffix, .pdf or .xlsx, chooses the format).

    ``language`` None is the report's own: Arabic for Morocco's annual statement, French
    for France's filings, else English.

    Raises:
        UserError: an unknown report, period, unit, language or file type; a filing of
            another profile.
    """
    if report not in _BUILDERS and report not in FILINGS:
        raise UserError(
            "there is no report {report!r} (reports: {known})",
            report=report,
            known=", ".join([*_BUILDERS, *FILINGS]),
        )
    if language is None:
        language = FILINGS[report].language if report in FILINGS else "en"
    if language not in LANGUAGES:
        raise UserError("reports are written in en, fr or ar, not {language!r}", language=language)
    suffix = out.suffix.lower()
    if suffix not in {".pdf", ".xlsx"}:
        raise UserError("{path} must end in .pdf or .xlsx", path=out)
    span = parse_period(period)
    changes = amendments(ledger, period)
    with ledger.store.transaction() as repo:
        settings = repo.settings()
        assert settings is not None
        unit_id = None
        if unit:
            found = repo.unit_by_name(unit)
            if found is None:
                raise UserError("there is no accounting unit named {name!r}", name=unit)
            unit_id = int(found.id)
        stamp = today or dt.date.today()
        if report in FILINGS:
            rows = _filing(repo, report, span, unit_id, unit, stamp, out, language, changes)
            return ReportResult(report, out, rows, span.label, language)
        try:
            if report == "year-end":
                if suffix != ".xlsx":
                    raise UserError("the year-end package is an XLSX workbook: use --out FILE.xlsx")
                sheets = [
                    more_reports.summary(repo, settings, span),
                    donations_journal(repo, settings, span, unit_id),
                    donor_totals(repo, settings, span, unit_id),
                    more_reports.flags_report(repo, settings, span),
                    more_reports.refunds(repo, settings, span, unit_id),
                    more_reports.import_batches(repo, settings, span),
                    more_reports.audit_summary(repo, settings, span),
                ]
                counts = write_workbook(
                    [_amended(replace(s, generated_on=stamp), changes) for s in sheets],
                    out,
                    language,
                )
                rows = counts[1]
            else:
                if report == "large-donations":
                    data = _large_donations(repo, settings, span, unit_id, threshold, language)
                else:
                    data = _BUILDERS[report](repo, settings, span, unit_id)
                data = _amended(replace(data, generated_on=stamp), changes)
                rows = (write_pdf if suffix == ".pdf" else write_xlsx)(data, out, language)
        except OSError as exc:
            raise UserError(
                "cannot write {path}: {problem}", path=out, problem=exc.strerror or str(exc)
            ) from exc
    return ReportResult(report, out, rows, span.label, language)


def _large_donations(  # noqa: PLR0917 - the request, as produce_report received it
    repo: LedgerRepository,
    settings: Any,
    span: Any,
    unit_id: int | None,
    threshold: str | None,
    language: str,
) -> Report:
    """The register, over ``threshold`` or else the profile's lowest reporting or
    permissibility threshold; values accepted as the profile's filings count them."""
    profile = get_profile(settings.jurisdiction)
    if threshold:
        limit = parse_amount(threshold, settings.base_currency)
    else:
        figures = [
            e.amount
            for r in profile.rules_for(settings.profile_variant)
            if r.kind in (RuleKind.REPORTABLE, RuleKind.PERMISSIBILITY_CHECK)
            for e in r.entries
            if e.amount is not None
            and e.amount.currency == settings.base_currency
            and (e.start is None or e.start <= span.end)
            and (e.end is None or e.end >= span.start)
        ]
        if not figures:
            raise UserError(
                "the {profile} profile sets no reporting threshold; give one with --threshold",
                profile=profile.id,
            )
        limit = min(figures, key=lambda money: money.minor)
    return more_reports.large_donations(
        repo,
        settings,
        span,
        unit_id,
        threshold=Money(limit.minor, limit.currency),
        within_days=acceptance_days(profile, settings.profile_variant),
        language=language,
    )


def _filing(  # noqa: PLR0917 - the request, as produce_report received it
    repo: LedgerRepository,
    report: str,
    span: Span,
    unit_id: int | None,
    unit: str | None,
    today: dt.date,
    out: Path,
    language: str,
    changes: list[dict[str, Any]],
) -> int:
    """Write a jurisdiction's filing (its sections as PDF sections or XLSX sheets); return
    the rows of its first section."""
    settings = repo.settings()
    assert settings is not None
    profile = get_profile(settings.jurisdiction)
    filing = FILINGS[report]
    if profile_family(profile) != filing.family:
        raise UserError(
            "the report {report} is a filing of the {family} profile (or a copy of it); "
            "this ledger follows {profile}: see 'treasurer reports'",
            report=report,
            family=filing.family,
            profile=profile.id,
        )
    if report == "fr-receipts":
        update_receipts(repo, span, today)  # the register lists every donation's number
    context = FilingContext(
        repo=repo,
        settings=settings,
        profile=profile,
        span=span,
        unit_id=unit_id,
        unit_name=unit if unit_id is not None else None,
        today=today,
        language=language,
    )
    sections = [_amended(section, changes) for section in filing.build(context)]
    try:
        if out.suffix.lower() == ".pdf":
            counts = write_pdf_sections(sections, out, language)
        else:
            counts = write_workbook(sections, out, language)
    except OSError as exc:
        raise UserError(
            "cannot write {path}: {problem}", path=out, problem=exc.strerror or str(exc)
        ) from exc
    return counts[0]


_AMENDED = {"en": "Amended", "fr": "Rectificatif", "ar": "مُعدَّل"}


def _amended(report: Report, changes: list[dict[str, Any]]) -> Report:
    """A report of a period changed after it was closed (``treasurer period close``,
    changes made with ``--amend``): its title says it is amended, and its notes list
    each change, oldest first."""
    if not changes:
        return report
    title = {
        lang: f"{_AMENDED.get(lang, 'Amended')}: {text}" for lang, text in report.title.items()
    }
    notes = [
        f"Amended report: {len(changes)} change(s) after the period was closed "
        "(treasurer period amendments PERIOD)."
    ]
    for change in changes:
        notes.append(
            f"{change['at'][:10]} {change['actor']}: {change['action']} of donation "
            f"{change['donation_uuid']} (closed period {change['period']}); before "
            f"{_summary(change['before'])}; after {_summary(change['after'])}; "
            f"reason: {change['reason'] or '-'}"
        )
    return replace(report, title=title, notes=(*notes, *report.notes))


def _summary(values: dict[str, Any] | None) -> str:
    if not values:
        return "none"
    keys = ("received_on", "amount", "currency", "donor", "method", "reference")
    return ", ".join(f"{k} {values[k]}" for k in keys if values.get(k) is not None) or "-"
