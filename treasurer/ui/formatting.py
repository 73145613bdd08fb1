"""How the window writes numbers, amounts and dates for the person reading them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from treasurer.core.money import Money, format_money


def display_locale(locale: QLocale | None = None) -> QLocale:
    """``locale`` (the system's by default), with Qt's "C" locale read as US English.

    "C" is what a machine with no locale configured gets (many containers); it writes
    2000 without grouping, while amounts come out grouped, so the two would disagree.
    """
    locale = locale if locale is not None else QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def babel_locale(locale: QLocale) -> str:
    """The Babel locale tag (``en_US``, ``fr_FR``, ``ar_MA``) that matches a Qt locale."""
    return display_locale(locale).name()


def format_amount(money: Money, locale: QLocale, *, currency: bool = False) -> str:
    """``1,234.50`` (en), ``1 234,50`` with U+202F (fr): grouped, the currency's decimals.

    With ``currency`` the ISO code follows the number (``1,234.50 EUR``).
    """
    text = format_money(money, babel_locale(locale), symbol=False)
    return f"{text} {money.currency}" if currency else text


def format_count(count: int, locale: QLocale) -> str:
    """A whole number grouped the locale's way: ``2,000`` (en), ``2 000`` (fr)."""
    return display_locale(locale).toString(count)


def format_date(day: dt.date) -> str:
    """ISO 8601 (``2025-03-04``): the one numeric form nobody reads as another day."""
    return day.isoformat()


def isolate(text: str) -> str:
    """``text`` as a left-to-right island (U+2066 … U+2069) inside a sentence: an ISO date
    or an amount with its code keeps its order in Arabic text ("2026-12-31" is not
    shown as "31-12-2026", and "7.630,00 EUR" stays one piece)."""
    return f"\u2066{text}\u2069"
