"""Dates: ISO, day-first and month-first, month names, Arabic-Indic digits; column inference."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from treasurer.core.dates import DateOrder, infer_date_order, parse_date
from treasurer.core.errors import ParseError, UserError

D = dt.date
DMY, MDY = DateOrder.DAY_FIRST, DateOrder.MONTH_FIRST


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("2025-01-31", DMY, D(2025, 1, 31)),
        ("2025-01-31", MDY, D(2025, 1, 31)),
        ("2025/1/5", DMY, D(2025, 1, 5)),
        ("2025-01-31T10:22:00Z", DMY, D(2025, 1, 31)),
        ("2025-01-31 10:22", DMY, D(2025, 1, 31)),
        ("2025-01-31T23:59:59.123+01:00", DMY, D(2025, 1, 31)),
        ("03/04/2025", DMY, D(2025, 4, 3)),
        ("03/04/2025", MDY, D(2025, 3, 4)),
        ("3.4.2025", DMY, D(2025, 4, 3)),
        ("03-04-25", DMY, D(2025, 4, 3)),
        ("1/15/2025 3:04 PM", MDY, D(2025, 1, 15)),
        ("29/02/2024", DMY, D(2024, 2, 29)),
        ("31 Jan 2025", DMY, D(2025, 1, 31)),
        ("31 January 2025", MDY, D(2025, 1, 31)),
        ("January 31, 2025", DMY, D(2025, 1, 31)),
        ("Jan. 5, 2025", DMY, D(2025, 1, 5)),
        ("1er mars 2025", DMY, D(2025, 3, 1)),
        ("15 février 2025", DMY, D(2025, 2, 15)),
        ("25 Décembre 2025", DMY, D(2025, 12, 25)),
        ("٢٠٢٥-٠١-٣١", DMY, D(2025, 1, 31)),
        ("٠٣/٠٤/٢٠٢٥", DMY, D(2025, 4, 3)),
        ("  2025-01-31  ", DMY, D(2025, 1, 31)),
    ],
)
def test_accepted_dates(text: str, order: DateOrder, expected: dt.date) -> None:
    assert parse_date(text, order) == expected


@pytest.mark.parametrize(
    ("text", "order", "reason"),
    [
        ("31/02/2025", DMY, "is not a day of the calendar"),
        ("2025-02-29", DMY, "is not a day of the calendar"),
        ("02/31/2025", MDY, "is not a day of the calendar"),
        ("13/25/2025", DMY, "is not a day of the calendar"),
        ("2025-13-01", DMY, "is not a day of the calendar"),
        ("", DMY, "is empty"),
        ("tomorrow", DMY, "is not a date Treasurer can read"),
        ("2025", DMY, "is not a date Treasurer can read"),
        ("31 Foo 2025", DMY, "has 'Foo', which is not a month name"),
        ("1850-01-01", DMY, "has the year 1850, which is out of range"),
        ("01/01/3025", DMY, "has the year 3025, which is out of range"),
    ],
)
def test_refused_dates_say_why(text: str, order: DateOrder, reason: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_date(text, order)
    assert reason in str(caught.value)
    assert str(caught.value).startswith(f"date {text!r}: ")


def test_column_order_is_inferred_from_unambiguous_values() -> None:
    assert infer_date_order(["03/04/2025", "25/01/2025", "2025-01-01"]) is DMY
    assert infer_date_order(["03/04/2025", "01/25/2025"]) is MDY
    assert infer_date_order(["03/04/2025", "05/06/2025", "not a date"]) is None
    assert infer_date_order([]) is None
    with pytest.raises(
        UserError, match="'25/01/2025' is day-first but '01/25/2025' is month-first"
    ):
        infer_date_order(["25/01/2025", "01/25/2025"])


@given(day=st.dates(min_value=D(1900, 1, 1), max_value=D(2999, 12, 31)))
def test_each_order_reads_what_it_writes(day: dt.date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(day.strftime("%d/%m/%Y"), DMY) == day
    assert parse_date(day.strftime("%m/%d/%Y"), MDY) == day
