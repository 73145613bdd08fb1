"""Amount parsing: every way a treasurer's files write money, and what is refused and why."""

from __future__ import annotations

import pytest
from babel.numbers import get_decimal_symbol
from hypothesis import given, settings
from hypothesis import strategies as st

from treasurer.core.errors import ParseError
from treasurer.core.money import Money, format_money, parse_amount


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("1234.5", "EUR", 123450),
        ("1,234.50", "USD", 123450),
        ("1 234,50", "EUR", 123450),
        ("1.234,50", "EUR", 123450),
        ("1\u202f234,50", "EUR", 123450),
        ("1\xa0234,50 €", "EUR", 123450),
        ("€ 12", "EUR", 1200),
        ("€12.5", "EUR", 1250),
        ("12 MAD", "MAD", 1200),
        ("MAD 12", "MAD", 1200),
        ("12 dh", "MAD", 1200),
        ("12 DHS", "MAD", 1200),
        ("12 درهم", "MAD", 1200),
        ("١٢٣٫٥٠", "MAD", 12350),
        ("١٬٢٣٤٫٥", "MAD", 123450),
        ("۱۲۳", "MAD", 12300),
        ("\u200f-1,234.50\xa0د.م.\u200f", "MAD", -123450),
        ("$25", "USD", 2500),
        ("$25", "CAD", 2500),
        ("US$ 25", "USD", 2500),
        ("£500.01", "GBP", 50001),
        ("1'234.50", "EUR", 123450),
        ("1,234", "EUR", 123400),
        ("12.500", "EUR", 1250000),
        ("1.234.567,89", "EUR", 123456789),
        ("1,234,567", "EUR", 123456700),
        ("0,125", "KWD", 125),
        ("0.50", "EUR", 50),
        (".5", "EUR", 50),
        ("12.", "EUR", 1200),
        ("10.00000", "EUR", 1000),  # trailing zeros beyond the minor unit are harmless
        ("-12", "EUR", -1200),
        ("12-", "EUR", -1200),
        ("(12.50)", "EUR", -1250),
        ("−7", "EUR", -700),
        ("+7", "EUR", 700),
        ("  42  ", "EUR", 4200),
        ("1500", "JPY", 1500),
        ("1,500", "JPY", 1500),
        ("999999999.99", "EUR", 99999999999),
    ],
)
def test_accepted_forms(text: str, currency: str, minor: int) -> None:
    assert parse_amount(text, currency) == Money(minor, currency)


@pytest.mark.parametrize(
    ("text", "currency", "reason"),
    [
        ("", "EUR", "is empty"),
        ("   ", "EUR", "is empty"),
        ("abc", "EUR", "contains 'a', which is not part of a number"),
        ("12a", "EUR", "contains 'a', which is not part of a number"),
        ("1e5", "EUR", "contains 'e', which is not part of a number"),
        ("NaN", "EUR", "contains 'N', which is not part of a number"),
        ("€", "EUR", "has no digits"),
        ("1.2.3", "EUR", "grouped in a way that is not thousands"),
        ("1 2345", "EUR", "grouped in a way that is not thousands"),
        ("12,34,567", "EUR", "grouped in a way that is not thousands"),
        ("1,234.567.8", "EUR", "has more than one decimal separator '.'"),
        ("1.234,56,7", "EUR", "has more than one decimal separator ','"),
        ("12..5", "EUR", "has two separators in a row"),
        ("1 .5", "EUR", "has two separators in a row"),
        ("1 234.567 8", "EUR", "grouping characters after the decimal separator"),
        ("1.0055", "USD", "has 4 decimals but USD has 2"),
        ("0,125", "EUR", "has 3 decimals but EUR has 2"),
        ("10.5", "JPY", "has decimals but JPY has no minor unit"),
        ("1,234", "KWD", "is ambiguous"),
        ("12 USD", "EUR", "is in USD, but EUR is expected here"),
        ("€12", "MAD", "is in EUR, but MAD is expected here"),
        ("$12", "EUR", "is a dollar amount, but EUR is expected here"),
        ("1000000000", "EUR", "is larger than any donation Treasurer accepts (1,000,000,000)"),
        ("1 000 000 000,00", "MAD", "is larger than any donation"),
    ],
)
def test_refused_forms_say_why(text: str, currency: str, reason: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_amount(text, currency)
    assert reason in str(caught.value)
    assert caught.value.value == text
    assert str(caught.value).startswith(f"amount {text!r}: ")


def test_a_known_decimal_separator_settles_ambiguous_forms() -> None:
    assert parse_amount("1,234", "KWD", decimal_separator=",") == Money(1234, "KWD")
    assert parse_amount("1,234", "KWD", decimal_separator=".") == Money(1234000, "KWD")
    assert parse_amount("1.234", "EUR", decimal_separator=",") == Money(123400, "EUR")
    with pytest.raises(ParseError, match="has 3 decimals but EUR has 2"):
        parse_amount("1,234", "EUR", decimal_separator=",")
    with pytest.raises(ParseError, match=r"uses '\.' as decimal separator where ',' is expected"):
        parse_amount("1,234.50", "EUR", decimal_separator=",")


def test_a_currency_code_that_is_not_iso_is_refused() -> None:
    with pytest.raises(ParseError, match="is not an ISO-4217 currency code"):
        parse_amount("12", "EURO")


# ---------------------------------------------------------------- parse(format(x)) == x
_LOCALES = ["en", "fr", "ar", "fr_MA", "ar_MA", "de", "en_GB"]
_CURRENCIES = ["EUR", "MAD", "USD", "GBP", "CAD", "JPY", "KWD"]


@st.composite
def _money(draw: st.DrawFn, currencies: list[str] = _CURRENCIES) -> Money:
    currency = draw(st.sampled_from(currencies))
    limit = 10 ** (9 + {"JPY": 0, "KWD": 3}.get(currency, 2)) - 1
    return Money(draw(st.integers(-limit, limit)), currency)


@settings(max_examples=400)
@given(money=_money(), locale=st.sampled_from(_LOCALES), symbol=st.booleans())
def test_parse_of_format_is_the_identity(money: Money, locale: str, symbol: bool) -> None:
    text = format_money(money, locale, symbol=symbol)
    decimal = str(get_decimal_symbol(locale))
    assert parse_amount(text, money.currency, decimal_separator=decimal) == money


@settings(max_examples=400)
@given(
    money=_money(["EUR", "MAD", "USD", "GBP", "JPY"]),
    locale=st.sampled_from(_LOCALES),
    symbol=st.booleans(),
)
def test_parse_of_format_needs_no_hint_for_currencies_of_up_to_two_decimals(
    money: Money, locale: str, symbol: bool
) -> None:
    assert parse_amount(format_money(money, locale, symbol=symbol), money.currency) == money


@settings(max_examples=200)
@given(money=_money(["EUR", "MAD", "USD"]))
def test_plain_decimal_strings_round_trip(money: Money) -> None:
    assert parse_amount(money.amount, money.currency) == money
