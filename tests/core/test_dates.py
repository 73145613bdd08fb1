"""Dates: ISO, day-first and month-first, month names, Arabic-Indic digits; column inference."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treasurer.core.dates import DateOrder, infer_date_order, parse_date
from treasurer.core.errors import ParseError, UserError

D = dt.date
DMY, MDY = DateOrder.DAY_FIRST, DateOrder.MONTH_FIRST
_SETTINGS = settings(max_examples=300, deadline=None)
_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_ENGLISH = ["January", "February", "March", "April", "May", "June", "July", "August"]
_ENGLISH += ["September", "October", "November", "December"]
_FRENCH = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"]
_FRENCH += ["septembre", "octobre", "novembre", "décembre"]


def test_date_orders() -> None:
    assert [o.value for o in DateOrder] == ["dmy", "mdy"]
    assert DateOrder("mdy") is MDY


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        # ISO, with or without a time, in either order setting
        ("2025-01-31", DMY, D(2025, 1, 31)),
        ("2025-01-31", MDY, D(2025, 1, 31)),
        ("2025/1/5", DMY, D(2025, 1, 5)),
        ("2025.12.01", MDY, D(2025, 12, 1)),
        ("2025-01-31T10:22:00Z", DMY, D(2025, 1, 31)),
        ("2025-01-31T10:22", DMY, D(2025, 1, 31)),
        ("2025-01-31 10:22", DMY, D(2025, 1, 31)),
        ("2025-01-31T23:59:59.123+01:00", DMY, D(2025, 1, 31)),
        ("2025-01-31T00:00:00-0500", DMY, D(2025, 1, 31)),
        ("2025-1-1T1:00", DMY, D(2025, 1, 1)),
        # numeric, day-first or month-first
        ("03/04/2025", DMY, D(2025, 4, 3)),
        ("03/04/2025", MDY, D(2025, 3, 4)),
        ("3.4.2025", DMY, D(2025, 4, 3)),
        ("3-4-2025", MDY, D(2025, 3, 4)),
        ("03-04-25", DMY, D(2025, 4, 3)),
        ("31/12/99", DMY, D(2099, 12, 31)),  # two-digit years are of this century
        ("12/31/2025", MDY, D(2025, 12, 31)),
        ("1/15/2025 3:04 PM", MDY, D(2025, 1, 15)),
        ("15/01/2025 15:04:59", DMY, D(2025, 1, 15)),
        ("29/02/2024", DMY, D(2024, 2, 29)),
        # English and French month names
        ("31 Jan 2025", DMY, D(2025, 1, 31)),
        ("31 January 2025", MDY, D(2025, 1, 31)),
        ("31-Jan-2025", DMY, D(2025, 1, 31)),
        ("31 jan, 2025", DMY, D(2025, 1, 31)),
        ("January 31, 2025", DMY, D(2025, 1, 31)),
        ("May 31 2025", DMY, D(2025, 5, 31)),
        ("Jan. 5, 2025", DMY, D(2025, 1, 5)),
        ("Sept. 1, 2025", DMY, D(2025, 9, 1)),
        ("1 Sept 2025", DMY, D(2025, 9, 1)),
        ("1er mars 2025", DMY, D(2025, 3, 1)),
        ("1ER MARS 2025", DMY, D(2025, 3, 1)),
        ("15 février 2025", DMY, D(2025, 2, 15)),
        ("15 fevrier 2025", DMY, D(2025, 2, 15)),
        ("15 fe\u0301vrier 2025", DMY, D(2025, 2, 15)),  # decomposed é, as macOS writes it
        ("3 févr. 2025", DMY, D(2025, 2, 3)),
        ("3 fév. 2025", DMY, D(2025, 2, 3)),
        ("31 janv. 2025", DMY, D(2025, 1, 31)),
        ("14 juil. 2025", DMY, D(2025, 7, 14)),
        ("31 août 2025", DMY, D(2025, 8, 31)),
        ("31 AOÛT 2025", DMY, D(2025, 8, 31)),
        ("31 aout 2025", DMY, D(2025, 8, 31)),
        ("25 Décembre 2025", DMY, D(2025, 12, 25)),
        ("25 déc. 2025", DMY, D(2025, 12, 25)),
        ("31\xa0janvier\xa02025", DMY, D(2025, 1, 31)),
        # Excel's dd-mmm-yy, in French and English; a two-digit year after a month name
        ("3-mars-25", DMY, D(2025, 3, 3)),
        ("03-Mar-25", MDY, D(2025, 3, 3)),
        ("14-juil.-25", DMY, D(2025, 7, 14)),
        ("3 mars 25", DMY, D(2025, 3, 3)),
        # with the day's name (checked against the date)
        ("lundi 3 mars 2025", DMY, D(2025, 3, 3)),
        ("Lundi 3 mars 2025", DMY, D(2025, 3, 3)),
        ("lun. 3 mars 2025", DMY, D(2025, 3, 3)),
        ("mar. 4 mars 2025", DMY, D(2025, 3, 4)),
        ("Monday, March 3, 2025", MDY, D(2025, 3, 3)),
        ("Fri, 31 Jan 2025", DMY, D(2025, 1, 31)),
        ("الاثنين 3 مارس 2025", DMY, D(2025, 3, 3)),
        ("الإثنين ٣ مارس ٢٠٢٥", DMY, D(2025, 3, 3)),
        # Arabic-Indic digits, bidi marks, surrounding space
        ("٢٠٢٥-٠١-٣١", DMY, D(2025, 1, 31)),
        ("۲۰۲۵-۰۱-۳۱", DMY, D(2025, 1, 31)),
        ("٠٣/٠٤/٢٠٢٥", DMY, D(2025, 4, 3)),
        ("٠٣/٠٤/٢٠٢٥", MDY, D(2025, 3, 4)),
        ("٣١ janvier ٢٠٢٥", DMY, D(2025, 1, 31)),
        ("\u200f31/01/2025\u200f", DMY, D(2025, 1, 31)),
        ("\u202b31/01/2025\u202c", DMY, D(2025, 1, 31)),
        ("\u20662025-01-31\u2069", DMY, D(2025, 1, 31)),
        ("  2025-01-31  ", DMY, D(2025, 1, 31)),
        # a time and its zone are ignored: the day as written
        ("2025-01-15 10:12:03 -0500", DMY, D(2025, 1, 15)),
        ("2025-01-15 23:12:03 +01:00", DMY, D(2025, 1, 15)),
        ("2025-01-15 10:12:03 UTC", DMY, D(2025, 1, 15)),
        ("15/01/2025 10:12 CEST", DMY, D(2025, 1, 15)),
    ],
)
def test_accepted_dates(text: str, order: DateOrder, expected: dt.date) -> None:
    assert parse_date(text, order) == expected


def test_day_first_is_the_default_order() -> None:
    assert parse_date("03/04/2025") == D(2025, 4, 3)


_UNREADABLE = "is not a date Treasurer can read (use YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY)"


@pytest.mark.parametrize(
    ("text", "order", "reason"),
    [
        # impossible days
        ("31/02/2025", DMY, "is not a day of the calendar"),
        ("29/02/2025", DMY, "is not a day of the calendar"),
        ("2025-02-29", DMY, "is not a day of the calendar"),
        ("02/31/2025", MDY, "is not a day of the calendar"),
        ("31/04/2025", DMY, "is not a day of the calendar"),
        ("13/25/2025", DMY, "is not a day of the calendar"),
        ("25/01/2025", MDY, "is not a day of the calendar"),
        ("2025-13-01", DMY, "is not a day of the calendar"),
        ("0/1/2025", DMY, "is not a day of the calendar"),
        ("00/00/2025", DMY, "is not a day of the calendar"),
        ("32 janvier 2025", DMY, "is not a day of the calendar"),
        ("31 avril 2025", DMY, "is not a day of the calendar"),
        ("February 30, 2025", DMY, "is not a day of the calendar"),
        # impossible times
        ("2025-01-31T24:00", DMY, _UNREADABLE),
        ("2025-01-31T10:60", DMY, _UNREADABLE),
        ("2025-01-31T99:99", DMY, _UNREADABLE),
        ("31/01/2025 10:22:61", DMY, _UNREADABLE),
        # not dates at all
        ("", DMY, "is empty"),
        ("   ", DMY, "is empty"),
        ("\u200f", DMY, "is empty"),
        ("tomorrow", DMY, _UNREADABLE),
        ("2025", DMY, _UNREADABLE),
        ("20250131", DMY, _UNREADABLE),
        ("31/01", DMY, _UNREADABLE),
        ("31/01/202", DMY, _UNREADABLE),
        ("31.01.2025.", DMY, _UNREADABLE),
        ("31/01/2025 extra", DMY, _UNREADABLE),
        # a day's name the date contradicts (31 January 2025 was a Friday)
        (
            "Mon, 31 Jan 2025",
            DMY,
            "says Mon, but 2025-01-31 falls on another day of the week: correct the day or "
            "the date",
        ),
        (
            "mardi 3 mars 2025",
            DMY,
            "says mardi, but 2025-03-03 falls on another day of the week: correct the day or "
            "the date",
        ),
        ("jour 3 mars 2025", DMY, _UNREADABLE),
        ("lundi 03/03/2025", DMY, _UNREADABLE),
        # a cell of a spreadsheet not formatted as a date
        (
            "45800",
            DMY,
            "is a spreadsheet's day number (45800 is 2025-05-23), not a date: format the "
            "column as dates in the spreadsheet, save, and import again",
        ),
        # month names that are not months
        ("31 Foo 2025", DMY, "has 'Foo', which is not a month name"),
        ("Foo 31, 2025", DMY, "has 'Foo', which is not a month name"),
        ("31 Janvie 2025", DMY, "has 'Janvie', which is not a month name"),
        # years out of range
        ("1850-01-01", DMY, "has the year 1850, which is out of range"),
        ("01/01/3025", DMY, "has the year 3025, which is out of range"),
        ("1/1/0025", DMY, "has the year 25, which is out of range"),
        ("1 Jan 1899", DMY, "has the year 1899, which is out of range"),
    ],
)
def test_refused_dates_say_why(text: str, order: DateOrder, reason: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_date(text, order)
    error = caught.value
    assert (error.what, error.value, str(error.reason)) == ("date", text, reason)
    assert str(error) == f"date {text!r}: {reason}"


# ---------------------------------------------------------------- a column's order
@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["03/04/2025", "25/01/2025", "2025-01-01"], DMY),
        (["03/04/2025", "01/25/2025"], MDY),
        (["13/01/2025"], DMY),
        (["01/13/2025"], MDY),
        (["25/01/2025 10:00", "\u200f13/01/2025"], DMY),
        (["٢٥/٠١/٢٠٢٥"], DMY),
        ([" 01/25/25 "], MDY),
        (["03/04/2025", "05/06/2025", "not a date"], None),
        (["2025-01-25", "31 Jan 2025"], None),  # unambiguous forms say nothing of the column
        (["13/13/2025"], None),  # no order reads it: parse_date will say so
        ([], None),
    ],
)
def test_column_order_is_inferred_from_unambiguous_values(
    values: list[str], expected: DateOrder | None
) -> None:
    assert infer_date_order(values) is expected
    assert infer_date_order(iter(values)) is expected


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (
            ["25/01/2025", "01/25/2025"],
            "the dates contradict each other: '25/01/2025' is day-first "
            "but '01/25/2025' is month-first",
        ),
        (
            ["03/04/2025", "01/13/2025", "14/01/2025", "13/02/2025", "01/14/2025"],
            "the dates contradict each other: '14/01/2025' is day-first "
            "but '01/13/2025' is month-first",
        ),
        (
            ["٢٥/٠١/٢٠٢٥", "01/13/2025"],
            "the dates contradict each other: '٢٥/٠١/٢٠٢٥' is day-first "
            "but '01/13/2025' is month-first",
        ),
    ],
)
def test_contradicting_values_are_refused(values: list[str], message: str) -> None:
    with pytest.raises(UserError) as caught:
        infer_date_order(values)
    assert type(caught.value) is UserError
    assert str(caught.value) == message


# ---------------------------------------------------------------- properties
_DAYS = st.dates(min_value=D(1900, 1, 1), max_value=D(2999, 12, 31))


@_SETTINGS
@given(day=_DAYS)
def test_each_order_reads_what_it_writes(day: dt.date) -> None:
    assert parse_date(day.isoformat(), MDY) == day
    assert parse_date(f"{day.isoformat()}T12:34:56Z") == day
    assert parse_date(day.strftime("%d/%m/%Y"), DMY) == day
    assert parse_date(day.strftime("%d.%m.%Y"), DMY) == day
    assert parse_date(day.strftime("%m/%d/%Y"), MDY) == day
    assert parse_date(day.strftime("%d/%m/%Y").translate(_ARABIC_INDIC), DMY) == day


@_SETTINGS
@given(day=_DAYS)
def test_month_names_read_in_english_and_french(day: dt.date) -> None:
    english, french = _ENGLISH[day.month - 1], _FRENCH[day.month - 1]
    assert parse_date(f"{day.day} {english} {day.year}") == day
    assert parse_date(f"{english} {day.day}, {day.year}") == day
    assert parse_date(f"{english[:3]}. {day.day}, {day.year}") == day
    assert parse_date(f"{day.day} {french} {day.year}") == day
    assert parse_date(f"{day.day} {french.upper()} {day.year}") == day


@_SETTINGS
@given(day=st.dates(min_value=D(2000, 1, 1), max_value=D(2099, 12, 31)))
def test_two_digit_years_are_of_this_century(day: dt.date) -> None:
    assert parse_date(day.strftime("%d/%m/%y"), DMY) == day
    assert parse_date(day.strftime("%m-%d-%y"), MDY) == day


@_SETTINGS
@given(day=_DAYS.filter(lambda d: d.day > 12))
def test_a_day_above_twelve_settles_the_column(day: dt.date) -> None:
    assert infer_date_order([day.strftime("%d/%m/%Y")]) is DMY
    assert infer_date_order([day.strftime("%m/%d/%Y")]) is MDY


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("3 أبريل 2025", dt.date(2025, 4, 3)),  # Morocco
        ("٣ ابريل ٢٠٢٥", dt.date(2025, 4, 3)),  # Arabic-Indic digits, alef without hamza
        ("15 غشت 2025", dt.date(2025, 8, 15)),
        ("2 يوليوز 2025", dt.date(2025, 7, 2)),
        ("1 دجنبر 2024", dt.date(2024, 12, 1)),
        ("9 جوان 2025", dt.date(2025, 6, 9)),  # Algeria, Tunisia
        ("20 أغسطس 2025", dt.date(2025, 8, 20)),  # the Mashreq
        ("5 أيار 2025", dt.date(2025, 5, 5)),  # the Levant
    ],
)
def test_arabic_month_names(text: str, day: dt.date) -> None:
    assert parse_date(text, DMY) == day


def test_an_arabic_word_that_is_no_month_is_refused() -> None:
    with pytest.raises(ParseError, match="which is not a month name"):
        parse_date("3 ربيع 2025", DMY)
