"""Money: exact minor units, one currency at a time, formatted by locale."""

from __future__ import annotations

from decimal import Decimal

import pytest

from treasurer.core.errors import CurrencyMismatchError, ParseError
from treasurer.core.money import Money, currency_exponent, format_money, validate_currency


def test_arithmetic_and_comparison_in_one_currency() -> None:
    a, b = Money(143865, "USD"), Money(92149, "USD")
    assert a + b + Money(93986, "USD") == Money(330000, "USD")
    assert a - b == Money(51716, "USD")
    assert -a == Money(-143865, "USD")
    assert abs(Money(-5, "USD")) == Money(5, "USD")
    assert b < a <= Money(143865, "USD") < a + Money(1, "USD")
    assert a > b >= Money(92149, "USD")
    assert sum([a, b], Money.zero("USD")) == Money(236014, "USD")


@pytest.mark.parametrize(
    "operation",
    [
        lambda a, b: a + b,
        lambda a, b: a - b,
        lambda a, b: a < b,
        lambda a, b: a <= b,
        lambda a, b: a > b,
        lambda a, b: a >= b,
    ],
)
def test_mixed_currencies_are_refused(operation: object) -> None:
    with pytest.raises(CurrencyMismatchError, match="cannot combine amounts in EUR and MAD"):
        operation(Money(100, "EUR"), Money(100, "MAD"))  # type: ignore[operator]


def test_money_is_never_a_float() -> None:
    with pytest.raises(TypeError, match="must be an int, not float"):
        Money(12.5, "EUR")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="never built from a float"):
        Money.from_decimal(12.5, "EUR")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be an int, not bool"):
        Money(True, "EUR")
    with pytest.raises(TypeError, match="cannot combine Money with int"):
        Money(1, "EUR") + 1  # type: ignore[operator]


@pytest.mark.parametrize(
    ("value", "currency", "minor", "text"),
    [
        (Decimal("1234.5"), "EUR", 123450, "1234.50"),
        ("0.01", "GBP", 1, "0.01"),
        ("1500", "JPY", 1500, "1500"),
        ("1.234", "KWD", 1234, "1.234"),
        ("-20", "CAD", -2000, "-20.00"),
        (7, "MAD", 700, "7.00"),
    ],
)
def test_from_decimal_and_back(value: object, currency: str, minor: int, text: str) -> None:
    money = Money.from_decimal(value, currency)  # type: ignore[arg-type]
    assert money.minor == minor
    assert money.amount == text
    assert money.to_decimal() == Decimal(text)
    assert str(money) == f"{text} {currency}"


def test_more_decimals_than_the_currency_has_is_refused() -> None:
    with pytest.raises(ParseError, match=r"has more decimals than EUR has \(2\)"):
        Money.from_decimal("1.005", "EUR")
    with pytest.raises(ParseError, match=r"has more decimals than JPY has \(0\)"):
        Money.from_decimal("1.5", "JPY")


@pytest.mark.parametrize(("code", "exponent"), [("EUR", 2), ("mad", 2), ("JPY", 0), ("KWD", 3)])
def test_currency_exponents(code: str, exponent: int) -> None:
    assert currency_exponent(code.upper()) == exponent
    assert validate_currency(f" {code} ") == code.upper()


@pytest.mark.parametrize("code", ["EURO", "XYZ", "", "12", "€"])
def test_unknown_currencies_are_refused(code: str) -> None:
    with pytest.raises(ParseError, match="is not an ISO-4217 currency code"):
        validate_currency(code)
    with pytest.raises(ParseError):
        Money(1, code)


@pytest.mark.parametrize(
    ("money", "locale", "expected"),
    [
        (Money(123450, "EUR"), "en", "€1,234.50"),
        (Money(123450, "EUR"), "fr", "1\u202f234,50\xa0€"),
        (Money(123450, "MAD"), "fr", "1\u202f234,50\xa0MAD"),
        (Money(123450, "MAD"), "ar", "\u200f1,234.50\xa0د.م.\u200f"),
        (Money(-123450, "USD"), "en", "-$1,234.50"),
        (Money(1500, "JPY"), "en", "¥1,500"),
        (Money(1234567, "KWD"), "en", "KWD1,234.567"),
    ],
)
def test_format_money_by_locale(money: Money, locale: str, expected: str) -> None:
    assert format_money(money, locale) == expected


@pytest.mark.parametrize(
    ("money", "locale", "expected"),
    [
        (Money(123450, "EUR"), "en", "1,234.50"),
        (Money(123450, "EUR"), "fr", "1\u202f234,50"),
        (Money(1500, "JPY"), "fr", "1\u202f500"),
        (Money(5, "EUR"), "ar", "0.05"),
    ],
)
def test_format_without_symbol(money: Money, locale: str, expected: str) -> None:
    assert format_money(money, locale, symbol=False) == expected
