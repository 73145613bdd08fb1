"""Numbers for people: grouped by locale, amounts with their currency's decimals."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from treasurer.core.money import Money
from treasurer.ui.formatting import babel_locale, format_amount, format_count, format_date

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("locale", "amount", "count"),
    [
        ("en_US", "1,234,567.50", "2,000"),
        ("fr_FR", "1\u202f234\u202f567,50", "2\u202f000"),
        ("C", "1,234,567.50", "2,000"),  # no locale configured: read as US English
    ],
)
def test_amounts_and_counts_agree_on_grouping(locale: str, amount: str, count: str) -> None:
    qlocale = QLocale(locale)
    assert format_amount(Money(123456750, "EUR"), qlocale) == amount
    assert format_count(2000, qlocale) == count


def test_an_amount_can_carry_its_currency_and_its_own_decimals() -> None:
    en = QLocale("en_US")
    assert format_amount(Money(1050, "MAD"), en, currency=True) == "10.50 MAD"
    assert format_amount(Money(1500, "JPY"), en, currency=True) == "1,500 JPY"
    assert format_amount(Money(-2000, "EUR"), en) == "-20.00"


def test_babel_locale_and_dates() -> None:
    assert babel_locale(QLocale("ar_MA")) == "ar_MA"
    assert babel_locale(QLocale.c()) == "en_US"
    assert format_date(dt.date(2025, 3, 4)) == "2025-03-04"
