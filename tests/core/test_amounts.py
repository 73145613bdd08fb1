"""Amount parsing: every way a treasurer's files write money, and what is refused and why."""

from __future__ import annotations

import pytest
from babel.numbers import get_decimal_symbol
from hypothesis import given, settings
from hypothesis import strategies as st

from treasurer.core.errors import ParseError, UserError
from treasurer.core.money import Money, currency_exponent, format_money, parse_amount

# Babel loads each locale once; without a deadline its first call cannot flake.
_SETTINGS = settings(max_examples=300, deadline=None)


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        # the forms of the issue
        ("1234.5", "EUR", 123450),
        ("1,234.50", "USD", 123450),
        ("1 234,50", "EUR", 123450),
        ("1.234,50", "EUR", 123450),
        ("€ 12", "EUR", 1200),
        ("12 MAD", "MAD", 1200),
        ("١٢٣٫٥٠", "MAD", 12350),
        # grouping: spaces of every width, apostrophes, Arabic separators
        ("1\xa0234,50", "EUR", 123450),
        ("1\u202f234,50", "EUR", 123450),
        ("1\u2009234,50", "EUR", 123450),
        ("1\u2007234", "EUR", 123400),
        ("1'234.50", "EUR", 123450),
        ("1\u2019234.50", "EUR", 123450),
        ("1 234 567", "EUR", 123456700),
        ("1.234.567", "EUR", 123456700),
        ("1,234,567", "EUR", 123456700),
        ("1.234.567,89", "EUR", 123456789),
        ("1,234,567.89", "EUR", 123456789),
        ("١٬٢٣٤٫٥", "MAD", 123450),
        ("۱۲۳", "MAD", 12300),
        ("٫٥", "MAD", 50),
        ("1٬234.5", "MAD", 123450),
        # decimals written as a dash: a whole amount, not a trailing minus
        ("150,-", "EUR", 15000),
        ("150.-", "CHF", 15000),
        ("1.500,-", "EUR", 150000),
        ("1,500.--", "USD", 150000),
        ("1 500,– €", "EUR", 150000),
        ("-150,-", "EUR", -15000),
        ("(150,-)", "EUR", -15000),
        # one mark: decimal unless it can only be thousands
        ("1,234", "EUR", 123400),
        ("12.500", "EUR", 1250000),
        ("1,23", "EUR", 123),
        ("1,2", "EUR", 120),
        ("12,5", "EUR", 1250),
        ("0,125", "KWD", 125),
        ("1234,567", "KWD", 1234567),
        ("0.50", "EUR", 50),
        (".5", "EUR", 50),
        (",5", "EUR", 50),
        ("12.", "EUR", 1200),
        ("1,234.", "EUR", 123400),
        ("10.00000", "EUR", 1000),  # zeros beyond the minor unit are harmless
        ("1500", "JPY", 1500),
        ("1,500", "JPY", 1500),
        ("1.500", "JPY", 1500),
        ("0", "EUR", 0),
        ("00012", "EUR", 1200),
        ("0012,50", "EUR", 1250),
        # signs
        ("-12", "EUR", -1200),
        ("- 12", "EUR", -1200),
        ("12-", "EUR", -1200),
        ("−7", "EUR", -700),
        ("–7", "EUR", -700),
        ("+7", "EUR", 700),
        ("-0", "EUR", 0),
        ("(12.50)", "EUR", -1250),
        ("( 12.50 )", "EUR", -1250),
        ("(1 234,50 €)", "EUR", -123450),
        ("(€1,234.50)", "EUR", -123450),
        ("-€12", "EUR", -1200),
        ("€-12", "EUR", -1200),
        ("12 €-", "EUR", -1200),
        ("-12 EUR", "EUR", -1200),
        # currency signs and codes
        ("1\xa0234,50 €", "EUR", 123450),
        ("€12.5", "EUR", 1250),
        ("12€", "EUR", 1200),
        ("EUR 12", "EUR", 1200),
        ("eur12", "EUR", 1200),
        ("12eur", "EUR", 1200),
        ("12", "eur", 1200),
        ("MAD 12", "MAD", 1200),
        ("12 dh", "MAD", 1200),
        ("12 DHS", "MAD", 1200),
        ("12 درهم", "MAD", 1200),
        ("12 د.م.", "MAD", 1200),
        ("$25", "USD", 2500),
        ("$25", "CAD", 2500),
        ("$25", "AUD", 2500),  # "$" alone is whichever dollar the ledger counts in
        ("US$ 25", "USD", 2500),
        ("25 $US", "USD", 2500),
        ("25,00\xa0$US", "USD", 2500),
        ("CA$ 25", "CAD", 2500),
        ("25 C$", "CAD", 2500),
        ("£500.01", "GBP", 50001),
        ("500,01\xa0£GB", "GBP", 50001),
        ("UK£500.01", "GBP", 50001),
        ("¥1,500", "JPY", 1500),
        ("JP¥1,500", "JPY", 1500),
        ("0.125 د.ك.", "KWD", 125),
        ("KWD 1,234.567", "KWD", 1234567),
        # what Babel's Arabic formatting wraps around numbers
        ("\u200f-1,234.50\xa0د.م.\u200f", "MAD", -123450),
        ("\u061c-12", "EUR", -1200),
        ("\u202b12,50 €\u202c", "EUR", 1250),
        ("\u2067١٢٣٫٥٠\u2069", "MAD", 12350),
        # whitespace and the largest amount accepted
        ("  42  ", "EUR", 4200),
        ("\t42\n", "EUR", 4200),
        ("999999999.99", "EUR", 99999999999),
        ("999 999 999,99 €", "EUR", 99999999999),
        ("-999999999.99", "EUR", -99999999999),
        ("999999999", "JPY", 999999999),
        ("999999999.999", "KWD", 999999999999),
        # the currency's name, as a volunteer types it
        ("50 euros", "EUR", 5000),
        ("50 Euro", "EUR", 5000),
        ("1 200 dirhams", "MAD", 120000),
        ("50 دراهم", "MAD", 5000),
        ("50 dollars", "USD", 5000),
    ],
)
def test_accepted_forms(text: str, currency: str, minor: int) -> None:
    assert parse_amount(text, currency) == Money(minor, currency.upper())


_TOO_MUCH = "more than any donation Treasurer accepts"


@pytest.mark.parametrize(
    ("text", "currency", "reason"),
    [
        ("", "EUR", "is empty"),
        ("   ", "EUR", "is empty"),
        ("\u200f", "EUR", "is empty"),
        # letters and other characters
        ("abc", "EUR", "contains 'a', which is not part of a number"),
        ("12a", "EUR", "contains 'a', which is not part of a number"),
        ("1e5", "EUR", "contains 'e', which is not part of a number"),
        ("NaN", "EUR", "contains 'N', which is not part of a number"),
        ("12 ABC", "EUR", "contains 'A', which is not part of a number"),
        ("12 EUR EUR", "EUR", "contains 'E', which is not part of a number"),
        ("1²", "EUR", "contains '²', which is not part of a number"),
        ("１２３", "EUR", "contains '１', which is not part of a number"),
        ("12%", "EUR", "contains '%', which is not part of a number"),
        ("(12", "EUR", "contains '(', which is not part of a number"),
        ("12)", "EUR", "contains ')', which is not part of a number"),
        ("-(12)", "EUR", "contains '(', which is not part of a number"),
        ("12+", "EUR", "contains '+', which is not part of a number"),
        ("€", "EUR", "has no digits"),
        ("-", "EUR", "has no digits"),
        ("()", "EUR", "has no digits"),
        (".", "EUR", "has no digits"),
        # more than one sign: a slip, never a double negation
        ("--12", "EUR", "has more than one sign (minus, plus or parentheses)"),
        ("-12-", "EUR", "has more than one sign (minus, plus or parentheses)"),
        ("(-12)", "EUR", "has more than one sign (minus, plus or parentheses)"),
        ("(12-)", "EUR", "has more than one sign (minus, plus or parentheses)"),
        ("+-12", "EUR", "has more than one sign (minus, plus or parentheses)"),
        ("-+12", "EUR", "has more than one sign (minus, plus or parentheses)"),
        ("-€-12", "EUR", "has more than one sign (minus, plus or parentheses)"),
        # separators
        ("1.2.3", "EUR", "has digits grouped in a way that is not thousands"),
        ("1 2345", "EUR", "has digits grouped in a way that is not thousands"),
        ("12345 678", "EUR", "has digits grouped in a way that is not thousands"),
        ("12,34,567", "EUR", "has digits grouped in a way that is not thousands"),
        ("1,23.50", "EUR", "has digits grouped in a way that is not thousands"),
        ("1 234.567,8", "EUR", "mixes different thousands separators"),
        ("1,234.567.8", "EUR", "has more than one decimal separator '.'"),
        ("1.234,56,7", "EUR", "has more than one decimal separator ','"),
        ("12..5", "EUR", "has two separators in a row"),
        ("1 .5", "EUR", "has two separators in a row"),
        ("1, 234", "EUR", "has two separators in a row"),
        ("1 234.567 8", "EUR", "has grouping characters after the decimal separator"),
        # more decimals than the currency has
        ("1.0055", "USD", "has 4 decimals but USD has 2"),
        ("0,125", "EUR", "has 3 decimals but EUR has 2"),
        ("999999999.995", "EUR", "has 3 decimals but EUR has 2"),
        ("0.0001", "KWD", "has 4 decimals but KWD has 3"),
        ("10.5", "JPY", "has decimals but JPY has no minor unit"),
        ("1,5", "JPY", "has decimals but JPY has no minor unit"),
        # one mark, three digits, a three-decimal currency: cannot be told
        (
            "1,234",
            "KWD",
            "is ambiguous: ',' could separate thousands or decimals; "
            "write it with both separators or set the file's decimal separator",
        ),
        ("1.000", "KWD", "is ambiguous: '.' could separate thousands or decimals"),
        # a currency other than the one expected
        ("12 USD", "EUR", "is in USD, but EUR is expected here"),
        ("€12", "MAD", "is in EUR, but MAD is expected here"),
        ("12 DH", "EUR", "is in MAD, but EUR is expected here"),
        ("12 £", "EUR", "is in GBP, but EUR is expected here"),
        ("CHF 12", "EUR", "is in CHF, but EUR is expected here"),
        ("$12", "EUR", "is a dollar amount, but EUR is expected here"),
        ("US$ 12", "CAD", "is in USD, but CAD is expected here"),
        ("$US 12", "CAD", "is in USD, but CAD is expected here"),
        ("12 US$", "CAD", "is in USD, but CAD is expected here"),
        ("C$ 12", "USD", "is in CAD, but USD is expected here"),
        # a Latin-9 file read as Latin-1: its euro sign is '¤'
        (
            "1 250,00 \u00a4",
            "EUR",
            "contains '¤', which is how a euro sign of a file in ISO-8859-15 shows when the "
            "file is read in another encoding: import it as iso-8859-15 (the import window's "
            "Encoding, --encoding on the command line)",
        ),
        # absurd sizes
        ("1000000000", "EUR", "is 1,000,000,000 or more, " + _TOO_MUCH),
        ("-1000000000", "EUR", "is 1,000,000,000 or more, " + _TOO_MUCH),
        ("1 000 000 000,00", "MAD", "more than any donation Treasurer accepts"),
        ("1.000.000.000", "EUR", "more than any donation Treasurer accepts"),
        ("123 456 789 012", "EUR", "more than any donation Treasurer accepts"),
        ("1000000000", "JPY", "more than any donation Treasurer accepts"),
        # decimals as a dash after a mark that also groups: 1.50 or 1,500?
        ("1.500.-", "EUR", "writes its decimals as a dash after '.', which it also uses"),
        ("1,500,-", "EUR", "writes its decimals as a dash after ',', which it also uses"),
    ],
)
def test_refused_forms_say_why(text: str, currency: str, reason: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_amount(text, currency)
    error = caught.value
    assert reason in str(error.reason)
    assert (error.what, error.value) == ("amount", text)
    assert str(error) == f"amount {text!r}: {error.reason}"
    assert isinstance(error, UserError)


@pytest.mark.parametrize(
    ("text", "currency", "separator", "minor"),
    [
        ("1,234", "KWD", ",", 1234),
        ("1,234", "KWD", ".", 1234000),
        ("1.234", "KWD", ".", 1234),
        ("1.234", "KWD", ",", 1234000),
        ("1.234", "EUR", ",", 123400),
        ("1,234", "EUR", ".", 123400),
        ("1,23", "EUR", ",", 123),
        ("1.234.567", "EUR", ",", 123456700),
        ("1 234,5", "EUR", ",", 123450),
        ("1,234.5", "EUR", ".", 123450),
        ("12", "EUR", ",", 1200),
        # Arabic separators say themselves which is which, whatever the hint
        ("١٬٢٣٤٫٥", "MAD", ",", 123450),
    ],
)
def test_a_known_decimal_separator_settles_ambiguous_forms(
    text: str, currency: str, separator: str, minor: int
) -> None:
    assert parse_amount(text, currency, decimal_separator=separator) == Money(minor, currency)


@pytest.mark.parametrize(
    ("text", "currency", "separator", "reason"),
    [
        ("1,234", "EUR", ",", "has 3 decimals but EUR has 2"),
        ("1,234.50", "EUR", ",", "uses '.' as decimal separator where ',' is expected"),
        ("1.234,50", "EUR", ".", "uses ',' as decimal separator where '.' is expected"),
        ("1.2.3", "EUR", ".", "has more than one decimal separator '.'"),
        ("1,2,3", "EUR", ",", "has more than one decimal separator ','"),
        ("1.5", "EUR", ",", "has digits grouped in a way that is not thousands"),
        ("1 234.50", "EUR", ",", "mixes different thousands separators"),
    ],
)
def test_a_known_decimal_separator_refuses_the_other(
    text: str, currency: str, separator: str, reason: str
) -> None:
    with pytest.raises(ParseError) as caught:
        parse_amount(text, currency, decimal_separator=separator)
    assert str(caught.value.reason) == reason


def test_a_currency_code_that_is_not_iso_is_refused() -> None:
    with pytest.raises(ParseError) as caught:
        parse_amount("12", "EURO")
    assert str(caught.value) == (
        "currency 'EURO': is not an ISO-4217 currency code such as EUR or MAD"
    )


# ---------------------------------------------------------------- parse(format(x)) == x
_LOCALES = ["en", "fr", "ar", "fr_MA", "ar_MA", "de", "en_GB"]
_CURRENCIES = ["EUR", "MAD", "USD", "GBP", "JPY", "KWD", "CAD"]
_TWO_DECIMALS = ["EUR", "MAD", "USD", "GBP", "CAD"]


@st.composite
def _money(draw: st.DrawFn, currencies: list[str] = _CURRENCIES) -> Money:
    """Any amount parse_amount accepts: up to a billion major units, either sign.

    Small amounts (a few minor units: 0.05, 0,005) are drawn as often as large ones.
    """
    currency = draw(st.sampled_from(currencies))
    exponent = currency_exponent(currency)
    limit = 10 ** (9 + exponent) - 1
    small = 10 ** (exponent + 1)
    minor = draw(st.integers(-limit, limit) | st.integers(-small, small))
    return Money(minor, currency)


@_SETTINGS
@given(money=_money(), locale=st.sampled_from(_LOCALES), symbol=st.booleans())
def test_parse_of_format_is_the_identity(money: Money, locale: str, symbol: bool) -> None:
    text = format_money(money, locale, symbol=symbol)
    decimal = str(get_decimal_symbol(locale))
    assert parse_amount(text, money.currency, decimal_separator=decimal) == money


@_SETTINGS
@given(
    money=_money([*_TWO_DECIMALS, "JPY"]),
    locale=st.sampled_from(_LOCALES),
    symbol=st.booleans(),
)
def test_parse_of_format_needs_no_hint_for_currencies_of_up_to_two_decimals(
    money: Money, locale: str, symbol: bool
) -> None:
    assert parse_amount(format_money(money, locale, symbol=symbol), money.currency) == money


@_SETTINGS
@given(money=_money(), locale=st.sampled_from(_LOCALES))
def test_parentheses_negate_a_formatted_amount(money: Money, locale: str) -> None:
    text = f"({format_money(abs(money), locale)})"
    decimal = str(get_decimal_symbol(locale))
    assert parse_amount(text, money.currency, decimal_separator=decimal) == -abs(money)


@_SETTINGS
@given(money=_money())
def test_plain_decimal_strings_round_trip(money: Money) -> None:
    assert parse_amount(money.amount, money.currency, decimal_separator=".") == money
    if currency_exponent(money.currency) != 3:
        assert parse_amount(money.amount, money.currency) == money


@_SETTINGS
@given(number=st.integers(1000, 10**8), data=st.data())
def test_a_space_anywhere_but_between_thousands_is_refused(
    number: int, data: st.DataObject
) -> None:
    digits = str(number)
    cut = data.draw(
        st.integers(1, len(digits) - 1).filter(lambda i: (len(digits) - i) % 3 != 0), label="cut"
    )
    text = f"{digits[:cut]} {digits[cut:]}"
    with pytest.raises(ParseError) as caught:
        parse_amount(text, "EUR")
    assert str(caught.value.reason) == "has digits grouped in a way that is not thousands"


@_SETTINGS
@given(major=st.integers(10**9, 10**15), currency=st.sampled_from(_CURRENCIES))
def test_a_billion_or_more_is_refused(major: int, currency: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_amount(f"{major:,}", currency, decimal_separator=".")
    assert str(caught.value.reason) == (
        "is 1,000,000,000 or more, more than any donation Treasurer accepts"
    )
