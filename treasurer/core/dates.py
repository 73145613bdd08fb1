"""Dates as treasurers' files write them: ISO, day-first, month-first, with month names.

The order of ``03/04/2025`` cannot be known from the value alone: the ledger's
profile gives a default (day-first in Morocco, France and the UK, month-first for
the US FEC), and ``infer_date_order`` settles it for a whole column from the values
that can only be read one way (``25/01/2025``).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
from collections.abc import Iterable

from treasurer.core.errors import Message, ParseError, UserError
from treasurer.core.names import LATIN_DIGITS

_BIDI_CONTROLS = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), None
)

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("jan", "january", "janv", "janvier"),
        ("feb", "february", "fev", "fév", "fevr", "févr", "fevrier", "février"),
        ("mar", "march", "mars"),
        ("apr", "april", "avr", "avril"),
        ("may", "mai"),
        ("jun", "june", "juin"),
        ("jul", "july", "juil", "juillet"),
        ("aug", "august", "aout", "août"),
        ("sep", "sept", "september", "septembre"),
        ("oct", "october", "octobre"),
        ("nov", "november", "novembre"),
        ("dec", "december", "déc", "decembre", "décembre"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number

#: Arabic month names (their alef without hamza, as ``_month`` looks them up): the
#: Maghreb's (Morocco: ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر; Algeria and Tunisia:
#: جانفي، فيفري، أفريل، جوان، جويلية، أوت), the Mashreq's (مايو، يوليو، أغسطس) and the
#: Syriac names of the Levant and Iraq in one word (شباط … أيلول).
_ALEF = str.maketrans("أإآ", "ااا")
for _number, _names in enumerate(
    (
        ("يناير", "جانفي"),
        ("فبراير", "فيفري", "شباط"),
        ("مارس", "آذار"),
        ("أبريل", "ابريل", "إبريل", "أفريل", "نيسان"),
        ("ماي", "مايو", "أيار"),
        ("يونيو", "يونيه", "جوان", "حزيران"),
        ("يوليوز", "يوليو", "يوليه", "جويلية", "تموز"),
        ("غشت", "أغسطس", "أوت", "آب"),
        ("شتنبر", "سبتمبر", "أيلول"),
        ("أكتوبر",),
        ("نونبر", "نوفمبر"),
        ("دجنبر", "ديسمبر"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name.translate(_ALEF)] = _number

# A time of day after the date is read and ignored, but must be one (not "25:99"); so is
# its zone (Z, -0500, +01:00, UTC, CEST): the date is the day as written.
_TIME = (
    r"(?:[T ](?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?"
    r"(?:\s*[AaPp][Mm])?(?:\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{3,5}))?)?"
)
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIME)
_NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})" + _TIME)
# the year in two digits too after a month name: Excel's "3-mars-25", "03-Mar-25"
_DAY_NAME_YEAR = re.compile(r"(\d{1,2})(?:[eE][rR])?[\s-]+([^\W\d_]+)\.?,?[\s-]+(\d{4}|\d{2})")
_NAME_DAY_YEAR = re.compile(r"([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})")
#: A day's name before a date with a month name ("lundi 3 mars 2025", "Monday, March 3,
#: 2025", "الاثنين 3 مارس 2025").
_DAY_NAMED = re.compile(r"([^\W\d_]+)\.?,?\s+(.+)")
_WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("monday", "mon", "lundi", "lun", "الاثنين"),
        ("tuesday", "tue", "tues", "mardi", "mar", "الثلاثاء"),
        ("wednesday", "wed", "mercredi", "mer", "الاربعاء"),
        ("thursday", "thu", "thur", "thurs", "jeudi", "jeu", "الخميس"),
        ("friday", "fri", "vendredi", "ven", "الجمعه", "الجمعة"),
        ("saturday", "sat", "samedi", "sam", "السبت"),
        ("sunday", "sun", "dimanche", "dim", "الاحد"),
    )
):
    for _name in _names:
        _WEEKDAYS[_name] = _number


class DateOrder(enum.StrEnum):
    """How an all-numeric date like 03/04/2025 is read."""

    DAY_FIRST = "dmy"
    MONTH_FIRST = "mdy"


def parse_date(text: str, order: DateOrder = DateOrder.DAY_FIRST) -> dt.date:
    """Read a date: ISO (``2025-01-31``, with or without a time), numeric in ``order``,
    or with an English, French or Arabic month name (``31 Jan 2025``, ``January 31, 2025``,
    ``31 janvier 2025``, Excel's ``31-janv.-25``), after the day's name or not (``lundi 3
    mars 2025``: the name must be the date's). Arabic-Indic digits are accepted.

    Raises:
        ParseError: the text is not a date, or names a day that does not exist
            (``31/02/2025``).
    """
    s = _clean(text)
    if not s:
        raise ParseError("date", text, Message("is empty"))
    if m := _ISO.fullmatch(s):
        return _build(text, int(m[1]), int(m[2]), int(m[3]))
    if m := _NUMERIC.fullmatch(s):
        first, second, year = int(m[1]), int(m[2]), _full_year(m[3])
        day, month = (first, second) if order is DateOrder.DAY_FIRST else (second, first)
        return _build(text, year, month, day)
    named = _named_month(text, s)
    if named is not None:
        return named
    if (m := _DAY_NAMED.fullmatch(s)) and (
        weekday := _WEEKDAYS.get(m[1].casefold().translate(_ALEF))
    ) is not None:
        named = _named_month(text, m[2])
        if named is not None:
            if named.weekday() != weekday:
                raise ParseError(
                    "date",
                    text,
                    Message(
                        "says {said}, but {date} falls on another day of the week: correct "
                        "the day or the date",
                        said=m[1],
                        date=named.isoformat(),
                    ),
                )
            return named
    if s.isascii() and s.isdigit() and len(s) == 5:
        # a spreadsheet's day number: its cell was not formatted as a date
        serial_day = _SERIAL_ZERO + dt.timedelta(days=int(s))
        raise ParseError(
            "date",
            text,
            Message(
                "is a spreadsheet's day number ({number} is {date}), not a date: format the "
                "column as dates in the spreadsheet, save, and import again",
                number=s,
                date=serial_day.isoformat(),
            ),
        )
    raise ParseError(
        "date",
        text,
        Message("is not a date Treasurer can read (use YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY)"),
    )


def _named_month(original: str, s: str) -> dt.date | None:
    """The date ``s`` writes with a month name ("3 mars 2025", "March 3, 2025",
    "3-mars-25"), or None if it is not written so."""
    if m := _DAY_NAME_YEAR.fullmatch(s):
        return _build(original, _full_year(m[3]), _month(original, m[2]), int(m[1]))
    if m := _NAME_DAY_YEAR.fullmatch(s):
        return _build(original, int(m[3]), _month(original, m[1]), int(m[2]))
    return None


def infer_date_order(values: Iterable[str]) -> DateOrder | None:
    """The order that reads every numeric date of a column, or None if any order would.

    Raises:
        UserError: some values can only be day-first and others only month-first.
    """
    day_first_only: str | None = None
    month_first_only: str | None = None
    for value in values:
        order = order_evidence(value)
        if order is DateOrder.DAY_FIRST:
            day_first_only = day_first_only or value
        elif order is DateOrder.MONTH_FIRST:
            month_first_only = month_first_only or value
    if day_first_only and month_first_only:
        raise contradiction(day_first_only, month_first_only)
    if day_first_only:
        return DateOrder.DAY_FIRST
    if month_first_only:
        return DateOrder.MONTH_FIRST
    return None


def order_evidence(value: str) -> DateOrder | None:
    """The only order that can read ``value`` (``25/01/2025``: day-first), or None when
    it tells nothing (``03/04/2025``, ISO dates, month names, not a date)."""
    m = _NUMERIC.fullmatch(_clean(value))
    if not m:
        return None
    first, second = int(m[1]), int(m[2])
    if first > 12 >= second:
        return DateOrder.DAY_FIRST
    if second > 12 >= first:
        return DateOrder.MONTH_FIRST
    return None


def contradiction(day_first: str, month_first: str) -> UserError:
    """The error for a column with a day-first-only and a month-first-only value."""
    return UserError(
        "the dates contradict each other: {day_first!r} is day-first "
        "but {month_first!r} is month-first",
        day_first=day_first,
        month_first=month_first,
    )


def _clean(text: str) -> str:
    """Composed (a decomposed "février" is still février), no bidi marks, Western digits."""
    return (
        unicodedata.normalize("NFC", text).translate(_BIDI_CONTROLS).translate(LATIN_DIGITS).strip()
    )


_SERIAL_ZERO = dt.date(1899, 12, 30)  # day 0 of Excel's and LibreOffice's day numbers


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        return 2000 + year  # donation files are of this century
    return year


def _month(original: str, name: str) -> int:
    key = name.casefold().rstrip(".").translate(_ALEF)
    if key not in _MONTHS:
        raise ParseError(
            "date", original, Message("has {name!r}, which is not a month name", name=name)
        )
    return _MONTHS[key]


def _build(original: str, year: int, month: int, day: int) -> dt.date:
    if not 1900 <= year <= 2999:
        raise ParseError(
            "date", original, Message("has the year {year}, which is out of range", year=year)
        )
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ParseError("date", original, Message("is not a day of the calendar")) from None
