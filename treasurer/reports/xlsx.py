"""Writing a report as XLSX: numbers as numbers, dates as dates, nothing as a formula.

openpyxl's write-only mode keeps memory flat whatever the row count. Amount and date
cells carry their number format; every other cell is plain. Text a user typed that
starts with ``=``, ``+``, ``-`` or ``@`` is written as text, so a donor named
"=HYPERLINK(…)" cannot become a formula in the accountant's spreadsheet.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from treasurer.core.money import Money, currency_exponent
from treasurer.reports.model import WORDS, Cell, Kind, Report, choice

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_xlsx(report: Report, path: Path, language: str = "en") -> int:
    """Write ``report`` to ``path``; return the number of data rows."""
    return write_workbook([report], path, language)[0]


def write_workbook(reports: list[Report], path: Path, language: str = "en") -> list[int]:
    """Write several reports as the sheets of one workbook (an Info sheet last); return
    each sheet's number of data rows."""
    workbook = Workbook(write_only=True)
    counts = [_write_sheet(workbook, report, language) for report in reports]
    words = WORDS.get(language, WORDS["en"])
    first = reports[0]
    info = workbook.create_sheet(title="Info" if language != "fr" else "Infos")
    info.append([first.heading(language) if len(reports) == 1 else first.organisation])
    info.append([first.organisation])
    info.append([words["period"], first.period])
    info.append([words["generated"], first.generated_on])
    for report in reports:
        for note in report.notes:
            info.append([_text(note)])
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return counts


def _write_sheet(workbook: Any, report: Report, language: str) -> int:
    words = WORDS.get(language, WORDS["en"])
    sheet: Any = workbook.create_sheet(title=_sheet_title(report.heading(language)))
    if language == "ar":
        sheet.sheet_view.rightToLeft = True
    exponent = currency_exponent(report.currency)
    money_format = "#,##0" + ("." + "0" * exponent if exponent else "")
    widths = [max(10, len(c.heading(language)) + 2) for c in report.columns]
    for index, column in enumerate(report.columns, start=1):
        letter = get_column_letter(index)
        wide = {
            Kind.TEXT: 28,
            Kind.DATE: 12,
            Kind.MONEY: 16,
            Kind.COUNT: 10,
            Kind.ID: 9,
            Kind.CHOICE: 14,
        }[column.kind]
        sheet.column_dimensions[letter].width = max(widths[index - 1], wide)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for column in report.columns:
        cell = WriteOnlyCell(sheet, value=column.heading(language))
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    kinds = [c.kind for c in report.columns]
    count = 0
    for row in report.rows():
        sheet.append(
            [
                _cell(
                    sheet,
                    choice(value, language)
                    if kind is Kind.CHOICE and isinstance(value, str)
                    else value,
                    kind,
                    money_format,
                )
                for value, kind in zip(row, kinds, strict=True)
            ]
        )
        count += 1
    last = get_column_letter(len(report.columns))
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"
    if report.totals:
        total_row: list[Any] = []
        for index, column in enumerate(report.columns):
            value = report.totals.get(column.key)
            if index == 0 and value is None:
                cell = WriteOnlyCell(sheet, value=words["total"])
                cell.font = bold
                total_row.append(cell)
            else:
                total_row.append(_cell(sheet, value, column.kind, money_format, bold=True))
        sheet.append(total_row)
    return count


def _cell(sheet: Any, value: Cell, kind: Kind, money_format: str, *, bold: bool = False) -> Any:
    if value is None:
        return None
    if isinstance(value, Money):
        cell = WriteOnlyCell(sheet, value=value.to_decimal())
        cell.number_format = money_format
    elif isinstance(value, dt.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "yyyy-mm-dd"
    elif isinstance(value, str):
        if not bold and not value.startswith(_FORMULA_START):
            return value
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"  # text, never a formula
    else:
        if not bold:
            return value
        cell = WriteOnlyCell(sheet, value=value)
    if bold:
        cell.font = Font(bold=True)
    return cell


def _text(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _sheet_title(title: str) -> str:
    cleaned = "".join(c for c in title if c not in "[]:*?/\\")
    return cleaned[:31] or "Report"
