"""Producing reports: choose one, its period and language, write PDF or XLSX."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from treasurer.core.errors import UserError
from treasurer.core.periods import parse_period
from treasurer.reports.ledger_reports import REPORTS, donations_journal, donor_totals
from treasurer.reports.pdf import write_pdf
from treasurer.reports.xlsx import write_xlsx
from treasurer.services.session import Ledger

_BUILDERS = {"donations-journal": donations_journal, "donor-totals": donor_totals}
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


def list_reports(language: str = "en") -> list[dict[str, str]]:
    return [
        {"id": key, "title": title.get(language) or title["en"]} for key, title in REPORTS.items()
    ]


def produce_report(
    ledger: Ledger,
    report: str,
    *,
    period: str,
    out: Path,
    language: str = "en",
    unit: str | None = None,
    today: dt.date | None = None,
) -> ReportResult:
    """Write one report for a period to ``out`` (its suffix, .pdf or .xlsx, chooses the format).

    Raises:
        UserError: an unknown report, period, unit, language or file type.
    """
    if report not in _BUILDERS:
        raise UserError(f"there is no report {report!r} (reports: {', '.join(_BUILDERS)})")
    if language not in LANGUAGES:
        raise UserError(f"reports are written in en, fr or ar, not {language!r}")
    suffix = out.suffix.lower()
    if suffix not in {".pdf", ".xlsx"}:
        raise UserError(f"{out} must end in .pdf or .xlsx")
    span = parse_period(period)
    with ledger.store.transaction() as repo:
        settings = repo.settings()
        assert settings is not None
        unit_id = None
        if unit:
            found = repo.unit_by_name(unit)
            if found is None:
                raise UserError(f"there is no accounting unit named {unit!r}")
            unit_id = int(found.id)
        data = _BUILDERS[report](repo, settings, span, unit_id)
        if today is not None:
            from dataclasses import replace

            data = replace(data, generated_on=today)
        try:
            rows = (write_pdf if suffix == ".pdf" else write_xlsx)(data, out, language)
        except OSError as exc:
            raise UserError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return ReportResult(report, out, rows, span.label, language)
