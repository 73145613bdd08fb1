"""Money: integer minor units with an ISO-4217 currency, parsed from what people type.

A treasurer's files write amounts in every local way: ``1234.5``, ``1,234.50``,
``1 234,50``, ``1.234,50``, ``€ 12``, ``12 MAD``, ``١٢٣٫٥٠``. ``parse_amount`` reads
all of them exactly (through ``Decimal``, never a float) and refuses, with a reason,
anything that is ambiguous or absurd. ``Money`` refuses to mix currencies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel.numbers import (
    format_currency,
    format_decimal,
    get_currency_precision,
    get_currency_symbol,
    is_currency,
)

from treasurer.core.errors import CurrencyMismatchError, Message, ParseError
from treasurer.core.names import LATIN_DIGITS

#: No single amount Treasurer reads may reach this many major units (a billion):
#: such a figure in a donation file is a column mix-up (an account number, a
#: phone number), not money.
MAX_AMOUNT_MAJOR = 1_000_000_000

_BIDI_CONTROLS = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), None
)
# Arabic-Indic (U+0660..) and Extended Arabic-Indic (U+06F0..) digits.
# After that translation only ASCII digits count: str.isdigit() would also let "²" or
# "①" through, which Decimal cannot read.
_ASCII_DIGITS = frozenset("0123456789")
_ARABIC_DECIMAL = "\u066b"
_ARABIC_THOUSANDS = "\u066c"
_SPACES = frozenset(" \u00a0\u202f\u2009\u2007\u2008")
_APOSTROPHES = frozenset("'\u2019")
_GROUPS = _SPACES | _APOSTROPHES
_MINUS = frozenset("-\u2212\u2012\u2013")

#: Currency signs seen in donation files, longest first when matched. ``$`` alone
#: stands for whichever dollar the ledger counts in.
_SYMBOLS: dict[str, str] = {
    "US$": "USD",
    "$US": "USD",
    "CA$": "CAD",
    "$CA": "CAD",
    "C$": "CAD",
    "$": "$",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "د.م.": "MAD",
    "د.م": "MAD",
    "درهم": "MAD",
    "DHS": "MAD",
    "DH": "MAD",
    # the currency's name, as a volunteer types it
    "EUROS": "EUR",
    "EURO": "EUR",
    "DIRHAMS": "MAD",
    "DIRHAM": "MAD",
    "دراهم": "MAD",
    "DOLLARS": "$",
    "DOLLAR": "$",
}
_SYMBOL_LOCALES = ("en", "fr", "ar", "fr_MA", "ar_MA", "en_GB", "fr_CA", "en_CA", "de")
_DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "MXN"})
_SYMBOL_ORDER = sorted(_SYMBOLS, key=len, reverse=True)
_ISO_PREFIX = re.compile(r"^([A-Za-z]{3})(?![A-Za-z])")
_ISO_SUFFIX = re.compile(r"(?<![A-Za-z])([A-Za-z]{3})$")


@lru_cache(maxsize=256)
def currency_exponent(code: str) -> int:
    """The number of decimals of a currency's minor unit (EUR 2, JPY 0, KWD 3).

    Raises:
        ParseError: the code is not an ISO-4217 currency.
    """
    return int(get_currency_precision(validate_currency(code)))


def validate_currency(code: str) -> str:
    """Return ``code`` upper-cased if it names an ISO-4217 currency, else raise ParseError."""
    upper = code.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", upper) or not is_currency(upper):
        raise ParseError(
            "currency", code, Message("is not an ISO-4217 currency code such as EUR or MAD")
        )
    return upper


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount: ``minor`` units (cents, centimes) of ``currency``.

    Arithmetic and comparison between different currencies raise
    CurrencyMismatchError rather than produce a meaningless figure.
    """

    minor: int
    currency: str

    def __post_init__(self) -> None:
        if type(self.minor) is not int:
            raise TypeError(f"Money.minor must be an int, not {type(self.minor).__name__}")
        code = validate_currency(self.currency)
        if code != self.currency:  # " eur " is stored as "EUR", so equal amounts compare equal
            object.__setattr__(self, "currency", code)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    @classmethod
    def from_decimal(cls, value: Decimal | int | str, currency: str) -> Money:
        """Exact conversion; a value with more decimals than the currency has is refused.

        Raises:
            TypeError: ``value`` is a float or a bool.
            ParseError: ``value`` is not a finite number, or has more decimals than
                the currency has.
        """
        if isinstance(value, float | bool):
            raise TypeError(
                f"money is never built from a {type(value).__name__}; pass a Decimal or a string"
            )
        exponent = currency_exponent(currency)
        try:
            number = Decimal(value)
        except InvalidOperation:
            raise ParseError("amount", str(value), Message("is not a number")) from None
        if not number.is_finite():
            raise ParseError("amount", str(value), Message("is not a finite number"))
        scaled = number.scaleb(exponent)
        if scaled != scaled.to_integral_value():
            raise ParseError(
                "amount",
                str(value),
                Message(
                    "has more decimals than {currency} has ({exponent})",
                    currency=currency.upper(),
                    exponent=exponent,
                ),
            )
        return cls(int(scaled), currency)

    def to_decimal(self) -> Decimal:
        exponent = currency_exponent(self.currency)
        return Decimal(self.minor).scaleb(-exponent).quantize(Decimal(1).scaleb(-exponent))

    @property
    def amount(self) -> str:
        """The amount as a plain decimal string with the currency's decimals, e.g. ``"150.00"``."""
        return str(self.to_decimal())

    def _check(self, other: object) -> Money:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise CurrencyMismatchError(
                "cannot combine amounts in {first} and {second}",
                first=self.currency,
                second=other.currency,
            )
        return other

    def __add__(self, other: Money) -> Money:
        return Money(self.minor + self._check(other).minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        return Money(self.minor - self._check(other).minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def __abs__(self) -> Money:
        return Money(abs(self.minor), self.currency)

    def __lt__(self, other: Money) -> bool:
        return self.minor < self._check(other).minor

    def __le__(self, other: Money) -> bool:
        return self.minor <= self._check(other).minor

    def __gt__(self, other: Money) -> bool:
        return self.minor > self._check(other).minor

    def __ge__(self, other: Money) -> bool:
        return self.minor >= self._check(other).minor

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}"


def format_money(money: Money, locale: str = "en", *, symbol: bool = True) -> str:
    """Format for people, by locale (``en``, ``fr``, ``ar`` or a full tag like ``fr_MA``).

    French groups with U+202F, which stays intact inside right-to-left text.
    """
    value = money.to_decimal()
    if symbol:
        return str(format_currency(value, money.currency, locale=locale))
    exponent = currency_exponent(money.currency)
    pattern = "#,##0" + ("." + "0" * exponent if exponent else "")
    return str(format_decimal(value, format=pattern, locale=locale))


def parse_amount(text: str, currency: str, *, decimal_separator: str | None = None) -> Money:
    """Read an amount as people write it, in the given currency.

    Args:
        text: the amount, with or without grouping, currency sign or code, in Western
            or Arabic-Indic digits; negative with a leading or trailing minus or in
            parentheses.
        currency: the currency expected (the ledger's or the column's). A different
            currency written in ``text`` is an error.
        decimal_separator: ``"."`` or ``","`` when known (a file's locale); it
            settles forms such as ``1,234`` that could be read two ways.

    Raises:
        ParseError: the text is empty, has letters, two decimal separators, bad
            grouping, more decimals than the currency has, or an absurd size.
    """
    code = validate_currency(currency)
    exponent = currency_exponent(code)
    original = text
    s = text.translate(_BIDI_CONTROLS).translate(LATIN_DIGITS).strip()
    if _ARABIC_DECIMAL in s or _ARABIC_THOUSANDS in s:
        s = s.replace(_ARABIC_DECIMAL, ".").replace(_ARABIC_THOUSANDS, ",")
        decimal_separator = "."
    if not s:
        raise ParseError("amount", original, Message("is empty"))

    # One sign at most: "(-12)" or "--12" is a typing slip, not a double negation.
    signs: list[str] = []
    if s.startswith("(") and s.endswith(")"):
        signs, s = ["-"], s[1:-1].strip()
    s, dashed = _undashed(s, original)
    s, sign = _strip_sign(s)
    s, found = _strip_currency(s, code)
    if dashed is None:  # "150,- €"
        s, dashed = _undashed(s, original)
    s, sign_after_currency = _strip_sign(s)
    signs += filter(None, (sign, sign_after_currency))
    if len(signs) > 1:
        raise ParseError(
            "amount", original, Message("has more than one sign (minus, plus or parentheses)")
        )
    if dashed:  # "150,-": the mark before the dash is the decimal one
        decimal_separator = dashed
    negative = signs == ["-"]
    if found is not None:
        _check_currency(original, found, code)

    body = s
    allowed = _ASCII_DIGITS | _SPACES | _APOSTROPHES | {".", ","}
    bad = next((c for c in body if c not in allowed), None)
    if bad == "\u00a4":
        # a Latin-9 (ISO-8859-15) file's euro sign, read as Latin-1 or Windows-1252
        raise ParseError(
            "amount",
            original,
            Message(
                "contains '¤', which is how a euro sign of a file in ISO-8859-15 shows when "
                "the file is read in another encoding: import it as iso-8859-15 (the import "
                "window's Encoding, --encoding on the command line)"
            ),
        )
    if bad is not None:
        raise ParseError(
            "amount",
            original,
            Message("contains {bad!r}, which is not part of a number", bad=bad),
        )
    if not any(c in _ASCII_DIGITS for c in body):
        raise ParseError("amount", original, Message("has no digits"))
    if re.search(r"[.,][\s.,'\u2019\u00a0\u202f]|[\s'\u2019\u00a0\u202f][.,]", body):
        raise ParseError("amount", original, Message("has two separators in a row"))

    integer, fraction = _split_decimal(original, body, exponent, decimal_separator)
    digits = _ungroup(original, integer)
    if not _ASCII_DIGITS.issuperset(fraction):
        raise ParseError(
            "amount",
            original,
            Message("has grouping characters after the decimal separator"),
        )
    value = Decimal(f"{digits or '0'}.{fraction or '0'}")
    significant = fraction.rstrip("0")
    if len(significant) > exponent:
        raise ParseError(
            "amount",
            original,
            Message(
                "has {count} decimals but {currency} has {exponent}",
                count=len(fraction),
                currency=code,
                exponent=exponent,
            )
            if exponent
            else Message("has decimals but {currency} has no minor unit", currency=code),
        )
    if value >= MAX_AMOUNT_MAJOR:
        raise ParseError(
            "amount",
            original,
            Message(
                "is {limit} or more, more than any donation Treasurer accepts",
                limit=f"{MAX_AMOUNT_MAJOR:,}",
            ),
        )
    money = Money.from_decimal(value, code)
    return -money if negative else money


#: Decimals written as a dash: "150,-", "1.500,–", "20.--" (a whole amount).
_DASHED = re.compile(r"(?<=\d)([.,])\s?(?:--|[-\u2013\u2014])$")


def _undashed(s: str, original: str) -> tuple[str, str | None]:
    """``s`` without decimals written as a dash ("150,-" is 150: the dash is not a
    trailing minus), and the decimal mark before the dash (None: none such).

    Raises:
        ParseError: the mark is also between the digits ("1.500.-": a thousands mark,
            or a slip; read either way it would be 1.50 or 1,500).
    """
    s = s.strip()
    found = _DASHED.search(s)
    if found is None:
        return s, None
    whole, mark = s[: found.start()], found[1]
    if mark in whole:
        raise ParseError(
            "amount",
            original,
            Message(
                "writes its decimals as a dash after {mark!r}, which it also uses between its "
                "digits: write it without the dash",
                mark=mark,
            ),
        )
    return whole, mark


def _strip_sign(s: str) -> tuple[str, str]:
    """Remove a leading or trailing minus or a leading plus; return the rest and the sign."""
    s = s.strip()
    if s[:1] in _MINUS:
        return s[1:].strip(), "-"
    if s[-1:] in _MINUS:
        return s[:-1].strip(), "-"
    if s[:1] == "+":
        return s[1:].strip(), "+"
    return s, ""


@lru_cache(maxsize=64)
def _currency_signs(code: str) -> tuple[tuple[str, str], ...]:
    """The signs to look for when ``code`` is expected, longest first, each with its currency.

    The signs Babel writes for ``code`` in the app's locales ("JP¥", "د.ك.", "$US"…) mean
    ``code``; the others of ``_SYMBOLS`` mean their own currency. Longest first, so that
    "$US" is read as US dollars even where "$" alone would be the expected currency.
    """
    local = {
        str(get_currency_symbol(code, locale)).translate(_BIDI_CONTROLS).strip().upper()
        for locale in _SYMBOL_LOCALES
    }
    local -= {"", code}
    signs = [(sign, code) for sign in sorted(local)]
    signs += [(sign, _SYMBOLS[sign]) for sign in _SYMBOL_ORDER if sign not in local]
    return tuple(sorted(signs, key=lambda pair: len(pair[0]), reverse=True))


def _strip_currency(s: str, expected: str) -> tuple[str, str | None]:
    upper = s.upper()
    for token, found in _currency_signs(expected):
        if upper.startswith(token):
            return s[len(token) :].strip(), found
        if upper.endswith(token):
            return s[: -len(token)].strip(), found
    for pattern in (_ISO_PREFIX, _ISO_SUFFIX):
        match = pattern.search(s)
        if match and is_currency(match.group(1).upper()):
            return (s[: match.start()] + s[match.end() :]).strip(), match.group(1).upper()
    return s, None


def _check_currency(original: str, found: str, expected: str) -> None:
    if found == "$" and expected in _DOLLARS:
        return
    if found != expected:
        reason = (
            Message("is a dollar amount, but {expected} is expected here", expected=expected)
            if found == "$"
            else Message(
                "is in {found}, but {expected} is expected here", found=found, expected=expected
            )
        )
        raise ParseError("amount", original, reason)


def decimal_mark_shown(text: str) -> tuple[str | None, str | None]:
    """What an amount as written says of its decimal mark: ``(shown, ambiguous)``.
    ``shown`` is the mark the text shows to be decimal ("1,234.50", "12.5", "0,125",
    "1 234,50" show theirs; "1.234.567" shows its grouping, so the other mark), or None;
    ``ambiguous`` is the mark of a text that reads both ways ("1.500", "12,345"), or None.
    Arabic separators say nothing of "." and "," (``parse_amount`` reads them apart)."""
    if _ARABIC_DECIMAL in text or _ARABIC_THOUSANDS in text:
        return None, None
    body = "".join(
        c for c in text.translate(LATIN_DIGITS) if c in _ASCII_DIGITS or c in ".," or c in _GROUPS
    ).strip("".join(_GROUPS))
    marks = [c for c in body if c in ".,"]
    if not marks or not any(c in _ASCII_DIGITS for c in body):
        return None, None
    if len(set(marks)) == 2:
        decimal = body[max(body.rfind("."), body.rfind(","))]
        integer = body[: body.rfind(decimal)]
        if body.count(decimal) > 1 or not _thousands(integer):
            return None, None  # "1,23.4", "1.2,3,4": wrong, says nothing of the file
        return decimal, None
    mark = marks[0]
    if len(marks) > 1:
        # "1.234.567" groups with its mark; "12,34,5" is wrong, and says nothing
        return (("," if mark == "." else "."), None) if _thousands(body) else (None, None)
    integer, fraction = body.split(mark)
    if any(c in _GROUPS for c in integer):
        return (mark, None) if _thousands(integer) else (None, None)
    if len(fraction) != 3 or not integer or integer.startswith("0") or len(integer) > 3:
        return mark, None
    return None, mark


def _thousands(integer: str) -> bool:
    """Whether the digits of ``integer`` are grouped by thousands, if at all."""
    groups = re.split(r"[^0-9]+", integer.strip("".join(_GROUPS)))
    return bool(groups[0]) and len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _split_decimal(
    original: str, body: str, exponent: int, decimal_separator: str | None
) -> tuple[str, str]:
    """Split ``body`` into its integer and fraction parts, deciding which mark is decimal."""
    marks = [c for c in body if c in ".,"]
    kinds = set(marks)
    if not kinds:
        return body, ""
    if len(kinds) == 2:
        decimal = body[max(body.rfind("."), body.rfind(","))]
        if decimal_separator is not None and decimal != decimal_separator:
            raise ParseError(
                "amount",
                original,
                Message(
                    "uses {decimal!r} as decimal separator where {expected!r} is expected",
                    decimal=decimal,
                    expected=decimal_separator,
                ),
            )
        if body.count(decimal) > 1:
            raise ParseError(
                "amount",
                original,
                Message("has more than one decimal separator {mark!r}", mark=decimal),
            )
        integer, fraction = body.rsplit(decimal, 1)
        return integer, fraction
    mark = marks[0]
    if len(marks) > 1:
        if decimal_separator == mark:
            raise ParseError(
                "amount",
                original,
                Message("has more than one decimal separator {mark!r}", mark=mark),
            )
        return body, ""  # repeated: grouping, checked by _ungroup
    integer, fraction = body.split(mark)
    if decimal_separator is not None:
        is_decimal = mark == decimal_separator
    elif any(c in _SPACES or c in _APOSTROPHES for c in integer):
        is_decimal = True  # "1 234,50": spaces group, so the mark is the decimal
    elif len(fraction) != 3 or not integer or integer.startswith("0") or len(integer) > 3:
        is_decimal = True  # "1234.5", "0,125", "1234,567": cannot be a thousands mark
    elif exponent < 3:
        is_decimal = False  # "1,234" / "12.500" in a two-decimal currency: thousands
    else:
        raise ParseError(
            "amount",
            original,
            Message(
                "is ambiguous: {mark!r} could separate thousands or decimals; "
                "write it with both separators or set the file's decimal separator",
                mark=mark,
            ),
        )
    if is_decimal:
        return integer, fraction
    return body, ""


def _ungroup(original: str, integer: str) -> str:
    """Remove thousands grouping from the integer part, checking groups of three."""
    separators = {("space" if c in _SPACES else c) for c in integer if c not in _ASCII_DIGITS}
    if not separators:
        return integer
    if len(separators) > 1:
        raise ParseError("amount", original, Message("mixes different thousands separators"))
    groups = re.split(r"[^0-9]", integer)
    if not groups[0] or len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]):
        raise ParseError(
            "amount", original, Message("has digits grouped in a way that is not thousands")
        )
    return "".join(groups)
