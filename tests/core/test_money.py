"""Money: exact minor units, one currency at a time, formatted by locale."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from decimal import Decimal

import pytest

from treasurer.core.errors import CurrencyMismatchError, ParseError, UserError
from treasurer.core.money import Money, currency_exponent, format_money, validate_currency

USD = "USD"


# ---------------------------------------------------------------- arithmetic and comparison
def test_arithmetic_in_one_currency_is_exact() -> None:
    # The three amounts a float SUM gets wrong (3300.0000000000005): exact here.
    a, b, c = Money(143865, USD), Money(92149, USD), Money(93986, USD)
    assert a + b + c == Money(330000, USD)
    assert a - b == Money(51716, USD)
    assert b - a == Money(-51716, USD)
    assert -a == Money(-143865, USD)
    assert -Money(0, USD) == Money(0, USD)
    assert abs(Money(-5, USD)) == Money(5, USD)
    assert abs(Money(5, USD)) == Money(5, USD)
    assert sum([a, b, c], Money.zero(USD)) == Money(330000, USD)
    assert Money.zero("JPY") == Money(0, "JPY")


def test_comparison_in_one_currency() -> None:
    a, b = Money(143865, USD), Money(92149, USD)
    assert b < a
    assert not a < b
    assert a <= Money(143865, USD)
    assert not a <= b
    assert a > b
    assert not b > a
    assert b >= Money(92149, USD)
    assert not b >= a
    assert max([b, a]) == a
    assert sorted([a, Money(-1, USD), b]) == [Money(-1, USD), b, a]


def test_equality_and_hashing() -> None:
    assert Money(100, "EUR") == Money(100, "EUR")
    assert Money(100, "EUR") != Money(101, "EUR")
    # Equal figures in different currencies are simply not equal (no error: a set may hold both).
    assert Money(100, "EUR") != Money(100, "MAD")
    plain: object = 100
    assert Money(100, "EUR") != plain
    assert len({Money(100, "EUR"), Money(100, "eur"), Money(100, "MAD")}) == 2


@pytest.mark.parametrize("code", ["eur", "Eur", " EUR ", "eur\n"])
def test_the_currency_is_stored_as_its_iso_code(code: str) -> None:
    money = Money(100, code)
    assert money.currency == "EUR"
    assert money == Money(100, "EUR")
    assert money + Money(1, "EUR") == Money(101, "EUR")
    assert str(money) == "1.00 EUR"


def test_money_is_immutable() -> None:
    money = Money(100, "EUR")
    with pytest.raises(dataclasses.FrozenInstanceError):
        money.minor = 5  # type: ignore[misc]
    assert dataclasses.replace(money, minor=5) == Money(5, "EUR")


_OPERATIONS: list[Callable[[Money, Money], object]] = [
    lambda a, b: a + b,
    lambda a, b: a - b,
    lambda a, b: a < b,
    lambda a, b: a <= b,
    lambda a, b: a > b,
    lambda a, b: a >= b,
]


@pytest.mark.parametrize("operation", _OPERATIONS, ids=["+", "-", "<", "<=", ">", ">="])
def test_mixed_currencies_are_refused(operation: Callable[[Money, Money], object]) -> None:
    with pytest.raises(CurrencyMismatchError) as caught:
        operation(Money(100, "EUR"), Money(100, "MAD"))
    assert str(caught.value) == "cannot combine amounts in EUR and MAD"
    assert isinstance(caught.value, UserError)


@pytest.mark.parametrize("operation", _OPERATIONS, ids=["+", "-", "<", "<=", ">", ">="])
def test_money_does_not_combine_with_plain_numbers(
    operation: Callable[[Money, object], object],
) -> None:
    for other, name in [(1, "int"), (Decimal(1), "Decimal"), (1.0, "float")]:
        with pytest.raises(TypeError) as caught:
            operation(Money(100, "EUR"), other)
        assert str(caught.value) == f"cannot combine Money with {name}"


# ---------------------------------------------------------------- never from a float
@pytest.mark.parametrize(
    ("minor", "message"),
    [
        (12.5, "Money.minor must be an int, not float"),
        (12.0, "Money.minor must be an int, not float"),
        (True, "Money.minor must be an int, not bool"),
        (Decimal(12), "Money.minor must be an int, not Decimal"),
        ("12", "Money.minor must be an int, not str"),
    ],
)
def test_minor_units_must_be_an_int(minor: object, message: str) -> None:
    with pytest.raises(TypeError) as caught:
        Money(minor, "EUR")  # type: ignore[arg-type]
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (12.5, "money is never built from a float; pass a Decimal or a string"),
        (0.1, "money is never built from a float; pass a Decimal or a string"),
        (True, "money is never built from a bool; pass a Decimal or a string"),
    ],
)
def test_from_decimal_refuses_floats(value: object, message: str) -> None:
    with pytest.raises(TypeError) as caught:
        Money.from_decimal(value, "EUR")  # type: ignore[arg-type]
    assert str(caught.value) == message


# ---------------------------------------------------------------- from_decimal, to_decimal, amount
@pytest.mark.parametrize(
    ("value", "currency", "minor", "amount"),
    [
        (Decimal("1234.5"), "EUR", 123450, "1234.50"),
        (Decimal("1234.50"), "EUR", 123450, "1234.50"),
        ("0.01", "EUR", 1, "0.01"),
        ("-0.01", "EUR", -1, "-0.01"),
        ("0", "EUR", 0, "0.00"),
        ("-0", "EUR", 0, "0.00"),
        (" 12 ", "EUR", 1200, "12.00"),
        ("1E+2", "EUR", 10000, "100.00"),
        ("10.000", "EUR", 1000, "10.00"),  # zeros beyond the minor unit are harmless
        (7, "MAD", 700, "7.00"),
        ("-20", "USD", -2000, "-20.00"),
        ("0.5", "gbp", 50, "0.50"),
        ("1500", "JPY", 1500, "1500"),
        (Decimal("1500.0"), "JPY", 1500, "1500"),
        (-3, "JPY", -3, "-3"),
        ("1.234", "KWD", 1234, "1.234"),
        ("1234.5", "KWD", 1234500, "1234.500"),
        ("-0.001", "KWD", -1, "-0.001"),
        ("999999999.999", "KWD", 999999999999, "999999999.999"),
    ],
)
def test_from_decimal_and_back(
    value: Decimal | int | str, currency: str, minor: int, amount: str
) -> None:
    money = Money.from_decimal(value, currency)
    assert money == Money(minor, currency.upper())
    assert money.amount == amount
    assert money.to_decimal() == Decimal(amount)
    assert str(money.to_decimal()) == amount  # the exponent is the currency's, not the input's
    assert str(money) == f"{amount} {currency.upper()}"
    assert Money.from_decimal(money.to_decimal(), currency) == money


@pytest.mark.parametrize(
    ("value", "currency", "reason"),
    [
        ("1.005", "EUR", "has more decimals than EUR has (2)"),
        ("0.001", "eur", "has more decimals than EUR has (2)"),
        ("1.5", "JPY", "has more decimals than JPY has (0)"),
        ("0.0001", "KWD", "has more decimals than KWD has (3)"),
        ("abc", "EUR", "is not a number"),
        ("", "EUR", "is not a number"),
        ("1,5", "EUR", "is not a number"),
        ("NaN", "EUR", "is not a finite number"),
        ("sNaN", "EUR", "is not a finite number"),
        ("Infinity", "EUR", "is not a finite number"),
        (Decimal("-Infinity"), "EUR", "is not a finite number"),
    ],
)
def test_from_decimal_refuses_what_is_not_an_amount(
    value: Decimal | str, currency: str, reason: str
) -> None:
    with pytest.raises(ParseError) as caught:
        Money.from_decimal(value, currency)
    assert str(caught.value.reason) == reason
    assert caught.value.value == str(value)
    assert str(caught.value) == f"amount {str(value)!r}: {reason}"


@pytest.mark.parametrize(
    ("money", "amount"),
    [
        (Money(0, "EUR"), "0.00"),
        (Money(5, "EUR"), "0.05"),
        (Money(-5, "EUR"), "-0.05"),
        (Money(123450, "EUR"), "1234.50"),
        (Money(99999999999, "EUR"), "999999999.99"),
        (Money(0, "JPY"), "0"),
        (Money(1500, "JPY"), "1500"),
        (Money(-1500, "JPY"), "-1500"),
        (Money(0, "KWD"), "0.000"),
        (Money(1, "KWD"), "0.001"),
        (Money(1234567, "KWD"), "1234.567"),
        (Money(-1234567, "KWD"), "-1234.567"),
    ],
)
def test_amount_has_the_currency_decimals(money: Money, amount: str) -> None:
    assert money.amount == amount
    assert str(money) == f"{amount} {money.currency}"


# ---------------------------------------------------------------- currencies
@pytest.mark.parametrize(
    ("code", "exponent"),
    [
        ("EUR", 2),
        ("MAD", 2),
        ("USD", 2),
        ("GBP", 2),
        ("CAD", 2),
        ("JPY", 0),
        ("KWD", 3),
        ("BHD", 3),
        ("TND", 3),
        ("mad", 2),
        ("kwd", 3),
    ],
)
def test_currency_exponents(code: str, exponent: int) -> None:
    assert currency_exponent(code) == exponent
    assert validate_currency(f" {code} ") == code.upper()


@pytest.mark.parametrize("code", ["EURO", "XYZ", "", "  ", "12", "€", "E U", "EU"])
def test_unknown_currencies_are_refused(code: str) -> None:
    message = f"currency {code!r}: is not an ISO-4217 currency code such as EUR or MAD"
    with pytest.raises(ParseError) as caught:
        validate_currency(code)
    assert str(caught.value) == message
    with pytest.raises(ParseError) as caught:
        currency_exponent(code)
    assert str(caught.value) == message
    with pytest.raises(ParseError):
        Money(1, code)


# ---------------------------------------------------------------- formatting
@pytest.mark.parametrize(
    ("money", "locale", "expected"),
    [
        (Money(123450, "EUR"), "en", "€1,234.50"),
        (Money(-123450, "EUR"), "en", "-€1,234.50"),
        (Money(0, "EUR"), "en", "€0.00"),
        (Money(99999999999, "EUR"), "en", "€999,999,999.99"),
        (Money(-123450, "USD"), "en", "-$1,234.50"),
        (Money(123450, "GBP"), "en", "£1,234.50"),
        (Money(123450, "MAD"), "en", "MAD1,234.50"),
        (Money(1500, "JPY"), "en", "¥1,500"),
        (Money(1234567, "KWD"), "en", "KWD1,234.567"),
        (Money(123450, "EUR"), "fr", "1\u202f234,50\xa0€"),
        (Money(-123450, "EUR"), "fr", "-1\u202f234,50\xa0€"),
        (Money(0, "EUR"), "fr", "0,00\xa0€"),
        (Money(123450, "MAD"), "fr", "1\u202f234,50\xa0MAD"),
        (Money(123450, "USD"), "fr", "1\u202f234,50\xa0$US"),
        (Money(123450, "GBP"), "fr", "1\u202f234,50\xa0£GB"),
        (Money(1500, "JPY"), "fr", "1\u202f500\xa0JPY"),
        (Money(-1, "KWD"), "fr", "-0,001\xa0KWD"),
        (Money(123450, "MAD"), "ar", "\u200f1,234.50\xa0د.م.\u200f"),
        (Money(-123450, "MAD"), "ar", "\u200f-1,234.50\xa0د.م.\u200f"),
        (Money(5, "EUR"), "ar", "\u200f0.05\xa0€"),
        (Money(123450, "USD"), "ar", "\u200f1,234.50\xa0US$"),
        (Money(123450, "GBP"), "ar", "\u200f1,234.50\xa0UK£"),
        (Money(1500, "JPY"), "ar", "\u200f1,500\xa0JP¥"),
        (Money(1234567, "KWD"), "ar", "\u200f1,234.567\xa0د.ك.\u200f"),
        (Money(123450, "MAD"), "fr_MA", "1\u202f234,50\xa0MAD"),
        (Money(123450, "MAD"), "ar_MA", "\u200f1.234,50\xa0د.م.\u200f"),
        (Money(-123450, "EUR"), "de", "-1.234,50\xa0€"),
    ],
)
def test_format_money_by_locale(money: Money, locale: str, expected: str) -> None:
    assert format_money(money, locale) == expected
    assert format_money(money, locale, symbol=True) == expected


def test_format_money_defaults_to_english() -> None:
    assert format_money(Money(123450, "EUR")) == "€1,234.50"
    assert format_money(Money(123450, "EUR"), symbol=False) == "1,234.50"


@pytest.mark.parametrize(
    ("money", "locale", "expected"),
    [
        (Money(123450, "EUR"), "en", "1,234.50"),
        (Money(-123450, "EUR"), "en", "-1,234.50"),
        (Money(0, "EUR"), "en", "0.00"),
        (Money(123450, "EUR"), "fr", "1\u202f234,50"),
        (Money(1500, "JPY"), "fr", "1\u202f500"),
        (Money(1500, "JPY"), "en", "1,500"),
        (Money(-1, "KWD"), "fr", "-0,001"),
        (Money(1234567, "KWD"), "en", "1,234.567"),
        (Money(5, "EUR"), "ar", "0.05"),
        (Money(-123450, "MAD"), "ar", "-1,234.50"),
        (Money(123450, "MAD"), "ar_MA", "1.234,50"),
        (Money(123450, "MAD"), "de", "1.234,50"),
    ],
)
def test_format_without_symbol(money: Money, locale: str, expected: str) -> None:
    assert format_money(money, locale, symbol=False) == expected
