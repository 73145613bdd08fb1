"""Writing a report as XLSX: numbers as numbers, dates as dates, nothing as a formula.

A year-end workbook holds a million-row journal, and the libraries' cell-by-cell writers
are too slow for it: openpyxl's write-only mode and XlsxWriter's constant-memory mode
both write about 17,000-19,000 rows a second here (shared/STACK.md), a minute for the
journal alone. So this module streams each sheet's XML itself, row by row, straight into
the zip (memory does not grow with the row count), and keeps to the small part of
SpreadsheetML (ECMA-376 part 1, section 18) a report needs:

- amounts are numeric cells (``<v>1234.50</v>``) with a currency-precision format,
  dates are date serials with a ``yyyy-mm-dd`` format, counts and ids are numbers;
- every text is an inline string (``t="inlineStr"``): text is never read as a formula,
  so a donor named "=HYPERLINK(…)" stays that text in the accountant's spreadsheet;
  characters XML cannot hold (control characters) are dropped;
- the header row is bold and frozen, has an autofilter, columns have widths, and an
  Arabic report's sheets run right to left.

Tests read the files back with openpyxl and LibreOffice opens them (tests/reports).
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape

from treasurer.core.money import Money, currency_exponent
from treasurer.reports.model import WORDS, Cell, Kind, Report, choice

_EPOCH = dt.date(1899, 12, 30)  # day 0 of Excel's 1900 date system, as LibreOffice reads it
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_WIDTHS = {
    Kind.TEXT: 28,
    Kind.DATE: 12,
    Kind.MONEY: 16,
    Kind.COUNT: 10,
    Kind.ID: 9,
    Kind.CHOICE: 14,
}
# cellXfs in styles.xml: 0 plain, 1 bold, 2 date, 3 bold date, then for each money format
# (exponent 0, 2, 3) a plain and a bold one
_PLAIN, _BOLD, _DATE, _BOLD_DATE = 0, 1, 2, 3
_MONEY_STYLE = {0: 4, 2: 6, 3: 8}
_MONEY_FORMATS = {0: "#,##0", 2: "#,##0.00", 3: "#,##0.000"}
_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def write_xlsx(report: Report, path: Path, language: str = "en") -> int:
    """Write ``report`` to ``path``; return the number of data rows."""
    return write_workbook([report], path, language)[0]


def write_workbook(reports: list[Report], path: Path, language: str = "en") -> list[int]:
    """Write several reports as the sheets of one workbook (an Info sheet last); return
    each sheet's number of data rows. The file appears whole or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    titles = _unique([_sheet_title(r.heading(language)) for r in reports])
    titles.append("Infos" if language == "fr" else "Info")
    right_to_left = language == "ar"
    counts: list[int] = []
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as package:
            for index, report in enumerate(reports, start=1):
                with package.open(f"xl/worksheets/sheet{index}.xml", "w", force_zip64=True) as out:
                    counts.append(_write_sheet(out, report, language, right_to_left=right_to_left))
            with package.open(f"xl/worksheets/sheet{len(reports) + 1}.xml", "w") as out:
                _write_info(out, reports, language, right_to_left=right_to_left)
            filters = [
                (i, c, len(r.columns)) for i, (r, c) in enumerate(zip(reports, counts, strict=True))
            ]
            package.writestr("[Content_Types].xml", _content_types(len(titles)))
            package.writestr("_rels/.rels", _ROOT_RELS)
            package.writestr("docProps/app.xml", _APP)
            package.writestr("docProps/core.xml", _core(reports[0]))
            package.writestr("xl/workbook.xml", _workbook(titles, filters))
            package.writestr("xl/_rels/workbook.xml.rels", _workbook_rels(len(titles)))
            package.writestr("xl/styles.xml", _STYLES)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return counts


# ---------------------------------------------------------------- sheets
def _write_sheet(out: IO[bytes], report: Report, language: str, *, right_to_left: bool) -> int:
    columns = report.columns
    exponent = currency_exponent(report.currency)
    money_style = _MONEY_STYLE.get(exponent, _MONEY_STYLE[2])
    letters = [_letter(i) for i in range(1, len(columns) + 1)]
    widths = [max(10, len(c.heading(language)) + 2, _WIDTHS[c.kind]) for c in columns]
    out.write(_sheet_start(widths, right_to_left=right_to_left, frozen=True))
    header = [(c.heading(language), _BOLD) for c in columns]
    out.write(_row(1, letters, header))
    styles = [
        money_style if c.kind is Kind.MONEY else _DATE if c.kind is Kind.DATE else _PLAIN
        for c in columns
    ]
    choices = [c.kind is Kind.CHOICE for c in columns]
    count = 0
    buffer: list[str] = []
    for number, values in enumerate(report.rows(), start=2):
        cells = [
            _cell(
                f"{letter}{number}",
                choice(value, language) if translate and isinstance(value, str) else value,
                style,
            )
            for letter, value, style, translate in zip(
                letters, values, styles, choices, strict=True
            )
            if value is not None
        ]
        buffer.append(f'<row r="{number}">{"".join(cells)}</row>')
        count += 1
        if len(buffer) >= 2000:
            out.write("".join(buffer).encode())
            buffer.clear()
    out.write("".join(buffer).encode())
    if report.totals:
        words = WORDS.get(language, WORDS["en"])
        total_cells: list[tuple[Cell, int]] = []
        for index, column in enumerate(columns):
            value = report.totals.get(column.key)
            if index == 0 and value is None:
                total_cells.append((words["total"], _BOLD))
            elif isinstance(value, Money):
                total_cells.append((value, money_style + 1))
            elif isinstance(value, dt.date):
                total_cells.append((value, _BOLD_DATE))
            else:
                total_cells.append((value, _BOLD))
        out.write(_row(count + 2, letters, total_cells))
    last = letters[-1] if letters else "A"
    out.write(f'</sheetData><autoFilter ref="A1:{last}{count + 1}"/>{_PAGE}</worksheet>'.encode())
    return count


def _cell(ref: str, value: Cell, style: int) -> str:
    """One cell's XML: text inline (never a formula), amounts and counts as numbers,
    dates as serial day numbers."""
    styled = f' s="{style}"' if style else ""
    if isinstance(value, str):
        text = _xml(value)
        return f'<c r="{ref}"{styled} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'
    if isinstance(value, Money):
        return f'<c r="{ref}"{styled}><v>{value.to_decimal()}</v></c>'
    if isinstance(value, dt.date):
        return f'<c r="{ref}"{styled}><v>{(value - _EPOCH).days}</v></c>'
    return f'<c r="{ref}"{styled}><v>{int(value or 0)}</v></c>'  # counts and ids


def _row(number: int, letters: list[str], cells: Iterable[tuple[Cell, int]]) -> bytes:
    parts = [
        _cell(f"{letter}{number}", value, style)
        for letter, (value, style) in zip(letters, cells, strict=False)
        if value is not None
    ]
    return f'<row r="{number}">{"".join(parts)}</row>'.encode()


def _write_info(
    out: IO[bytes], reports: list[Report], language: str, *, right_to_left: bool
) -> None:
    words = WORDS.get(language, WORDS["en"])
    first = reports[0]
    lines: list[list[Cell]] = [
        [first.heading(language) if len(reports) == 1 else first.organisation],
        [first.organisation],
        [words["period"], first.period],
        [words["generated"], first.generated_on],
    ]
    lines.extend([note] for note in (n for r in reports for n in r.notes))
    out.write(_sheet_start([40, 60], right_to_left=right_to_left, frozen=False))
    letters = ["A", "B"]
    for number, line in enumerate(lines, start=1):
        styles = [_BOLD if number == 1 else _PLAIN, _PLAIN]
        cells = [
            (v, _DATE if isinstance(v, dt.date) else s) for v, s in zip(line, styles, strict=False)
        ]
        out.write(_row(number, letters, cells))
    out.write(f"</sheetData>{_PAGE}</worksheet>".encode())


def _sheet_start(widths: list[int], *, right_to_left: bool, frozen: bool) -> bytes:
    rtl = ' rightToLeft="1"' if right_to_left else ""
    pane = (
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
        if frozen
        else ""
    )
    cols = "".join(
        f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
        for i, w in enumerate(widths, start=1)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<worksheet xmlns="{_NS}" xmlns:r="{_REL_NS}">'
        f'<sheetViews><sheetView workbookViewId="0"{rtl}>{pane}</sheetView></sheetViews>'
        f'<sheetFormatPr defaultRowHeight="15"/>'
        f"<cols>{cols}</cols><sheetData>"
    ).encode()


_PAGE = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'


def _xml(text: str) -> str:
    """Text as XML character data: escaped, without the characters XML 1.0 forbids."""
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    return escape(text)


def _letter(index: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _sheet_title(title: str) -> str:
    cleaned = "".join(c for c in title if c not in "[]:*?/\\").strip("'")
    return cleaned[:31] or "Report"


def _unique(titles: list[str]) -> list[str]:
    """Sheet names are unique without regard to case: "Flags", "Flags (2)"."""
    seen: set[str] = set()
    unique = []
    for title in titles:
        candidate, n = title, 1
        while candidate.casefold() in seen:
            n += 1
            suffix = f" ({n})"
            candidate = title[: 31 - len(suffix)] + suffix
        seen.add(candidate.casefold())
        unique.append(candidate)
    return unique


# ---------------------------------------------------------------- package parts
def _content_types(sheets: int) -> str:
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, sheets + 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
        'package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.extended-properties+xml"/>'
        f"{overrides}</Types>"
    )


_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL_TYPE}/officeDocument" Target="xl/workbook.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL_TYPE}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)
_APP = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties"><Application>Treasurer</Application></Properties>'
)


def _core(report: Report) -> str:
    created = dt.datetime.combine(report.generated_on, dt.time()).strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{_xml(report.heading('en'))}</dc:title>"
        f"<dc:creator>{_xml(report.organisation)}</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        "</cp:coreProperties>"
    )


def _workbook(titles: list[str], filters: list[tuple[int, int, int]]) -> str:
    sheets = "".join(
        f'<sheet name="{_xml(t)}" sheetId="{i}" r:id="rId{i}"/>'
        for i, t in enumerate(titles, start=1)
    )
    names = "".join(
        f'<definedName name="_xlnm._FilterDatabase" localSheetId="{index}" hidden="1">'
        f"'{_xml(titles[index]).replace(chr(39), chr(39) * 2)}'!$A$1:${_letter(width)}"
        f"${count + 1}</definedName>"
        for index, count, width in filters
        if width
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<workbook xmlns="{_NS}" xmlns:r="{_REL_NS}">'
        '<bookViews><workbookView activeTab="0"/></bookViews>'
        f"<sheets>{sheets}</sheets>"
        f"{f'<definedNames>{names}</definedNames>' if names else ''}"
        '<calcPr calcId="191029"/></workbook>'
    )


def _workbook_rels(sheets: int) -> str:
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{_REL_TYPE}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, sheets + 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'{rels}<Relationship Id="rId{sheets + 1}" Type="{_REL_TYPE}/styles" '
        'Target="styles.xml"/></Relationships>'
    )


def _styles() -> str:
    formats = {
        164: "yyyy-mm-dd",
        165: _MONEY_FORMATS[0],
        166: _MONEY_FORMATS[2],
        167: _MONEY_FORMATS[3],
    }
    num_fmts = "".join(
        f'<numFmt numFmtId="{i}" formatCode="{_xml(code)}"/>' for i, code in formats.items()
    )
    xfs: list[tuple[int, int]] = [(0, 0), (0, 1), (164, 0), (164, 1)]  # (format, font)
    for fmt in (165, 166, 167):
        xfs += [(fmt, 0), (fmt, 1)]
    apply_format, apply_font = ' applyNumberFormat="1"', ' applyFont="1"'
    cell_xfs = "".join(
        f'<xf numFmtId="{fmt}" fontId="{font}" fillId="0" borderId="0" xfId="0"'
        f"{apply_format if fmt else ''}{apply_font if font else ''}/>"
        for fmt, font in xfs
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<styleSheet xmlns="{_NS}">'
        f'<numFmts count="{len(formats)}">{num_fmts}</numFmts>'
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
        '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
        "</cellStyleXfs>"
        f'<cellXfs count="{len(xfs)}">{cell_xfs}</cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    )


_STYLES = _styles()
