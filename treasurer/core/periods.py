"""Reporting periods as treasurers write them: ``2025``, ``2025-Q3``, ``2025-03``,
``2025-01-01..2025-06-30``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from treasurer.core.errors import Message, ParseError


@dataclass(frozen=True, slots=True)
class Span:
    """A closed range of days with the label it was asked for by."""

    start: dt.date
    end: dt.date
    label: str

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end


def parse_period(text: str) -> Span:
    """Read a period.

    Raises:
        ParseError: not a year, quarter, month or ``START..END`` range, or an empty range.
    """
    s = text.strip()
    if m := re.fullmatch(r"(\d{4})", s):
        year = int(m[1])
        return Span(dt.date(year, 1, 1), dt.date(year, 12, 31), s)
    if m := re.fullmatch(r"(\d{4})-?Q([1-4])", s, re.IGNORECASE):
        year, quarter = int(m[1]), int(m[2])
        start = dt.date(year, 3 * quarter - 2, 1)
        return Span(start, _month_end(year, 3 * quarter), f"{year}-Q{quarter}")
    if m := re.fullmatch(r"(\d{4})-(\d{2})", s):
        year, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12:
            raise ParseError("period", text, Message("has no such month"))
        return Span(dt.date(year, month, 1), _month_end(year, month), s)
    if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})", s):
        try:
            start, end = dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
        except ValueError:
            raise ParseError(
                "period", text, Message("holds a day that is not in the calendar")
            ) from None
        if end < start:
            raise ParseError("period", text, Message("ends before it starts"))
        return Span(start, end, s)
    raise ParseError(
        "period",
        text,
        Message("is not a period like 2025, 2025-Q3, 2025-03 or 2025-01-01..2025-06-30"),
    )


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)
