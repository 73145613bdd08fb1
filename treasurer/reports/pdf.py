"""Writing a report as PDF: page header and footer, headings on every page, totals.

Rows are laid out one page-sized ``Table`` at a time (one table of all rows takes
minutes at 100,000 rows, shared/DESIGN.md). Arabic text is shaped and put in visual
order with arabic-reshaper and python-bidi before reportlab draws it in DejaVu Sans
(shipped in ``resources/fonts``), so that it renders joined and right to left and
can still be searched and copied (shared/STACK.md, recipe B). The Arabic version of
a report runs right to left: its columns are mirrored and its text right-aligned.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import arabic_reshaper
from bidi import get_display
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import treasurer
from treasurer.core.money import Money, format_money
from treasurer.reports.model import WORDS, Cell, Kind, Report, choice

FONTS = Path(treasurer.__file__).parent / "resources" / "fonts"
FONT, BOLD = "TreasurerSans", "TreasurerSans-Bold"
_ROW_HEIGHT = 13.0  # 8 pt type on 10 pt leading, 1.5 pt padding above and below
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_reshaper = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


@lru_cache(maxsize=1)
def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(FONT, str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONTS / "DejaVuSans-Bold.ttf")))


@lru_cache(maxsize=65536)
def visual(text: str) -> str:
    """Text ready to draw: Arabic shaped and in visual (right-to-left) order."""
    if not _ARABIC.search(text):
        return text
    return str(get_display(_reshaper.reshape(text)))


def write_pdf(report: Report, path: Path, language: str = "en") -> int:
    """Write ``report`` to ``path``; return the number of data rows."""
    return write_pdf_sections([report], path, language)[0]


def write_pdf_sections(reports: list[Report], path: Path, language: str = "en") -> list[int]:
    """Write several reports as the sections of one PDF (a filing with, say, a section of
    impermissible donations): the first one's title heads every page, each later one
    starts a page under its own heading. Return each section's number of data rows."""
    register_fonts()
    first = reports[0]
    page = landscape(A4)
    margin = 12 * mm
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=page,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=24 * mm,
        bottomMargin=16 * mm,
        title=first.heading(language),
        author=first.organisation,
        invariant=1,
    )
    story: list[Any] = []
    counts = []
    for index, report in enumerate(reports):
        heading = None
        if index > 0:
            story.append(PageBreak())
            heading = report.heading(language)
        counts.append(_section(story, report, language, doc, heading))

    def furniture(canvas: Canvas, _doc: Any) -> None:
        _draw_furniture(canvas, first, language, page, margin)

    canvas_class = type("_Canvas", (_NumberedCanvas,), {"language": language})
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture, canvasmaker=canvas_class)
    return counts


def _section(
    story: list[Any],
    report: Report,
    language: str,
    doc: SimpleDocTemplate,
    heading: str | None,
) -> int:
    """Add one report's tables, totals and notes to ``story``; return its row count."""
    words = WORDS.get(language, WORDS["en"])
    rtl = language == "ar"
    width = doc.width
    columns = list(report.columns)
    order = list(range(len(columns)))
    if rtl:
        order.reverse()
    total_weight = sum(c.width for c in columns)
    col_widths = [width * columns[i].width / total_weight for i in order]
    header = [visual(columns[i].heading(language)) for i in order]
    aligns = [_align(columns[i].kind, rtl) for i in order]
    per_page = _rows_per_page(doc)
    first_page = per_page
    if heading is not None:
        heading_style = ParagraphStyle(
            "section",
            fontName=BOLD,
            fontSize=11,
            leading=14,
            spaceAfter=4,
            alignment=TA_RIGHT if rtl else TA_LEFT,
        )
        story.append(Paragraph(_escape(visual(heading)), heading_style))
        first_page = per_page - 2  # the heading takes about two rows
    count = 0
    started = False
    for chunk in _chunks(report.rows(), per_page, first=first_page):
        body = [[_text(row[i], columns[i].kind, language) for i in order] for row in chunk]
        if started:
            story.append(PageBreak())
        started = True
        count += len(body)
        story.append(_table([header, *body], col_widths, aligns))
    if not started:
        story.append(_table([header], col_widths, aligns))
    if report.totals:
        totals = [
            _text(report.totals.get(columns[i].key), columns[i].kind, language) for i in order
        ]
        first = order.index(0)
        if not totals[first]:
            totals[first] = visual(words["total"])
        story.append(_table([totals], col_widths, aligns, bold=True))
    story.append(Spacer(1, 4 * mm))
    note_style = ParagraphStyle(
        "note", fontName=FONT, fontSize=8, leading=10, alignment=TA_RIGHT if rtl else TA_LEFT
    )
    story.append(Paragraph(visual(words["rows"].format(count=f"{count:,}")), note_style))
    for note in report.notes:
        story.append(Paragraph(_escape(visual(note)), note_style))
    return count


def _chunks(
    rows: Iterator[tuple[Cell, ...]], size: int, *, first: int | None = None
) -> Iterator[list[tuple[Cell, ...]]]:
    chunk: list[tuple[Cell, ...]] = []
    limit = first or size
    for row in rows:
        chunk.append(row)
        if len(chunk) == limit:
            yield chunk
            chunk = []
            limit = size
    if chunk:
        yield chunk


def _table(
    rows: list[list[str]], widths: list[float], aligns: list[str], *, bold: bool = False
) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=0)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), BOLD if bold else FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("LEADING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, -1), (-1, -1), 0.25, colors.grey),
    ]
    for index, align in enumerate(aligns):
        style.append(("ALIGN", (index, 0), (index, -1), align))
    if not bold:
        style += [
            ("FONTNAME", (0, 0), (-1, 0), BOLD),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8ECF2")),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ]
    else:
        style.append(("LINEABOVE", (0, 0), (-1, 0), 0.75, colors.black))
    table.setStyle(TableStyle(style))
    return table


def _align(kind: Kind, rtl: bool) -> str:
    if kind in (Kind.MONEY, Kind.COUNT):
        return "RIGHT" if not rtl else "LEFT"
    return "RIGHT" if rtl else "LEFT"


def _rows_per_page(doc: SimpleDocTemplate) -> int:
    """As many rows as fit under the heading row, so that each page holds one table."""
    return max(5, int((doc.height - 2 * _ROW_HEIGHT) // _ROW_HEIGHT) - 1)


def _text(value: Cell, kind: Kind, language: str) -> str:
    if value is None:
        return ""
    if isinstance(value, Money):
        return format_money(value, language, symbol=False)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value) if kind is Kind.ID else f"{value:,}"
    if kind is Kind.CHOICE:
        return visual(choice(value, language))
    text = value if len(value) <= 60 else value[:57] + "…"
    return visual(text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _draw_furniture(
    canvas: Canvas, report: Report, language: str, page: tuple[float, float], margin: float
) -> None:
    words = WORDS.get(language, WORDS["en"])
    width, height = page
    rtl = language == "ar"
    canvas.saveState()
    canvas.setFont(BOLD, 12)
    title = visual(report.heading(language))
    organisation = visual(report.organisation)
    # dates and periods stay outside the bidi algorithm, which would reorder their parts
    if rtl:
        period = f"{report.period} :{visual(words['period'])}"
        generated = f"{report.generated_on.isoformat()} {visual(words['generated'])}"
    else:
        period = f"{words['period']}: {report.period}"
        generated = f"{words['generated']} {report.generated_on.isoformat()}"
    top = height - 12 * mm
    if rtl:
        canvas.drawRightString(width - margin, top, title)
        canvas.setFont(FONT, 9)
        canvas.drawRightString(width - margin, top - 5 * mm, f"{organisation} — {period}")
        canvas.drawString(margin, top, generated)
    else:
        canvas.drawString(margin, top, title)
        canvas.setFont(FONT, 9)
        canvas.drawString(margin, top - 5 * mm, f"{organisation} — {period}")
        canvas.drawRightString(width - margin, top, generated)
    canvas.setLineWidth(0.5)
    canvas.line(margin, top - 7.5 * mm, width - margin, top - 7.5 * mm)
    canvas.restoreState()


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Draws "page X of Y" once the number of pages is known."""

    language = "en"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        words = WORDS.get(self.language, WORDS["en"])
        self.setFont(FONT, 8)
        text = visual(words["page"].format(page=self._pageNumber, pages=total))
        self.drawCentredString(self._pagesize[0] / 2, 8 * mm, text)
