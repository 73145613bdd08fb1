"""Jurisdiction profiles: the law as data.

A profile is a TOML file (``resources/rules/<id>.toml``) with an id, names in
English, French and Arabic, a currency, a default date order, optional variants
(kinds of recipient the law treats differently) and a list of rules. Each rule has a
kind the engine implements (``cap``, ``prohibited_kind``, ...), parameters, and dated
entries: the amount in force from one date to another, each with the status of the
fact (``verified``, ``verified-secondary``, ``uncertain``) and its source. A donation
is judged by the entry in force on its date.

``load_profile`` refuses a profile that does not validate, with a message that names
the file, the rule and the problem.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, NoReturn

from treasurer.core.dates import DateOrder
from treasurer.core.errors import Message, UserError
from treasurer.core.model import DonorKind, PaymentMethod
from treasurer.core.money import Money, currency_exponent, validate_currency

LANGUAGES = ("en", "fr", "ar")
SCHEMA_VERSION = 1


class ProfileError(UserError):
    """A profile file that cannot be used; the message names the file, rule and problem."""


class RuleKind(enum.StrEnum):
    CAP = "cap"
    NEAR_LIMIT = "near_limit"
    PROHIBITED_KIND = "prohibited_kind"
    CASH_CAP = "cash_cap"
    ANONYMOUS_CAP = "anonymous_cap"
    PERMISSIBILITY_CHECK = "permissibility_check"
    REPORTABLE = "reportable"
    REQUIRED_FIELDS = "required_fields"


class Period(enum.StrEnum):
    """Over what span a donor's contributions add up."""

    CALENDAR_YEAR = "calendar_year"
    FISCAL_YEAR = "fiscal_year"
    ELECTION_CYCLE = "election_cycle"  # two calendar years, starting in an odd year (US)
    PER_ELECTION = "per_election"  # from the day after one election to the next election day
    CONTRIBUTION = "contribution"  # each contribution on its own


class Status(enum.StrEnum):
    VERIFIED = "verified"
    VERIFIED_SECONDARY = "verified-secondary"
    UNCERTAIN = "uncertain"


class ClockStart(enum.StrEnum):
    """The event a deadline counts from."""

    RECEIPT = "receipt"
    DEPOSIT = "deposit"
    AWARENESS = "awareness"


class Severity(enum.StrEnum):
    ERROR = "error"  # the law is broken until the remedy is recorded
    WARNING = "warning"  # action needed (a check, a missing field) or close to a limit
    INFO = "info"  # to know, for a filing (reportable)


#: Fields of a donor that ``required_fields`` may ask for.
DONOR_FIELDS = ("address", "postcode", "city", "country", "email", "employer", "occupation")

#: Which parameters each kind takes (beyond the common ones), and whether its entries
#: need an ``amount``.
_KIND_PARAMS: dict[RuleKind, frozenset[str]] = {
    RuleKind.CAP: frozenset({"period", "donor_kinds", "per_unit", "include_other_parties"}),
    RuleKind.NEAR_LIMIT: frozenset({"of", "share"}),
    RuleKind.PROHIBITED_KIND: frozenset({"donor_kinds"}),
    RuleKind.CASH_CAP: frozenset({"donor_kinds", "whole"}),
    RuleKind.ANONYMOUS_CAP: frozenset({"whole"}),
    RuleKind.PERMISSIBILITY_CHECK: frozenset({"donor_kinds", "period"}),
    RuleKind.REPORTABLE: frozenset({"period", "donor_kinds", "then_each_over", "counts_above"}),
    RuleKind.REQUIRED_FIELDS: frozenset({"period", "donor_kinds", "fields", "counts_above"}),
}
_COMMON = frozenset(
    {"id", "kind", "title", "remedy", "deadline", "severity", "variants", "entries", "note"}
)
_TOP_LEVEL = frozenset(
    {
        "schema",
        "id",
        "version",
        "currency",
        "date_order",
        "name",
        "description",
        "variants",
        "default_variant",
        "rules",
        "reattribution",
    }
)
_ENTRY_KEYS = frozenset({"from", "to", "amount", "status", "source", "url", "note"})
_DEADLINE_KEYS = frozenset({"days", "from"})
_NEEDS_AMOUNT = frozenset(RuleKind) - {RuleKind.PROHIBITED_KIND, RuleKind.NEAR_LIMIT}
_DEFAULT_SEVERITY = {
    RuleKind.CAP: Severity.ERROR,
    RuleKind.NEAR_LIMIT: Severity.WARNING,
    RuleKind.PROHIBITED_KIND: Severity.ERROR,
    RuleKind.CASH_CAP: Severity.ERROR,
    RuleKind.ANONYMOUS_CAP: Severity.ERROR,
    RuleKind.PERMISSIBILITY_CHECK: Severity.WARNING,
    RuleKind.REPORTABLE: Severity.INFO,
    RuleKind.REQUIRED_FIELDS: Severity.WARNING,
}


@dataclass(frozen=True, slots=True)
class Text:
    """A text in the three languages of the app (English is required)."""

    en: str
    fr: str | None = None
    ar: str | None = None

    def get(self, language: str) -> str:
        value = getattr(self, language, None) if language in LANGUAGES else None
        return value or self.en


@dataclass(frozen=True, slots=True)
class Entry:
    """The rule's figure in force from ``start`` to ``end`` (inclusive; None is open)."""

    start: dt.date | None
    end: dt.date | None
    amount: Money | None
    status: Status
    source: str
    url: str | None = None
    note: str | None = None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Deadline:
    days: int
    start: ClockStart


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    kind: RuleKind
    title: Text
    entries: tuple[Entry, ...]
    severity: Severity
    remedy: Text | None = None
    deadline: Deadline | None = None
    variants: frozenset[str] | None = None
    period: Period = Period.CALENDAR_YEAR
    donor_kinds: frozenset[DonorKind] | None = None  # None: every kind
    per_unit: bool = False
    include_other_parties: bool = False
    of: str | None = None  # near_limit: the cap it watches
    share: Decimal = Decimal("0.9")
    then_each_over: Money | None = None  # reportable: later contributions above this
    #: reportable, required_fields: gifts at or below are left out of the total, with
    #: their refunds (a refund of a gift above it counts whatever its size)
    counts_above: Money | None = None
    whole: bool = False  # cash/anonymous caps: the whole contribution must go back
    fields: tuple[str, ...] = ()
    note: str | None = None

    def entry_on(self, day: dt.date) -> Entry | None:
        """The entry in force on ``day``, if the rule applies then."""
        return next((e for e in self.entries if e.covers(day)), None)

    def applies_to(self, kind: DonorKind) -> bool:
        return self.donor_kinds is None or kind in self.donor_kinds


@dataclass(frozen=True, slots=True)
class Variant:
    id: str
    name: Text


@dataclass(frozen=True, slots=True)
class Profile:
    id: str
    version: str
    name: Text
    currency: str
    date_order: DateOrder
    rules: tuple[Rule, ...]
    variants: tuple[Variant, ...] = ()
    default_variant: str | None = None
    path: Path | None = None
    description: Text | None = None
    #: Whether the law lets an excessive contribution be reattributed to another person
    #: who shares the account (US FEC: spouse or joint account holder, in writing).
    reattribution: bool = False
    methods_cash: frozenset[PaymentMethod] = field(
        default_factory=lambda: frozenset({PaymentMethod.CASH})
    )

    def rules_for(self, variant: str | None) -> tuple[Rule, ...]:
        """The rules of a variant (the profile's default when None)."""
        chosen = variant or self.default_variant
        return tuple(r for r in self.rules if r.variants is None or chosen in r.variants)

    def rule(self, rule_id: str) -> Rule:
        for candidate in self.rules:
            if candidate.id == rule_id:
                return candidate
        raise KeyError(rule_id)


# ---------------------------------------------------------------- loading
def load_profile(path: Path) -> Profile:
    """Read and validate one profile file.

    Raises:
        ProfileError: the file cannot be read, is not TOML, or does not validate.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ProfileError(
            "profile {path}: cannot be read ({problem})",
            path=path,
            problem=exc.strerror or str(exc),
        ) from exc
    except UnicodeDecodeError as exc:
        raise ProfileError("profile {path}: is not UTF-8 text", path=path) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(
            "profile {path}: is not valid TOML ({problem})", path=path, problem=str(exc)
        ) from exc
    return parse_profile(data, source=path)


def parse_profile(data: Mapping[str, Any], *, source: Path | str = "<profile>") -> Profile:
    """Validate a profile already read from TOML."""
    where = Message("profile {source}", source=source)
    checker = _Checker(where)
    unknown_top = set(data) - _TOP_LEVEL
    if unknown_top:
        checker.fail(
            Message(
                "has keys this Treasurer does not know: {keys}", keys=", ".join(sorted(unknown_top))
            )
        )
    schema = data.get("schema", SCHEMA_VERSION)
    if schema != SCHEMA_VERSION:
        checker.fail(
            Message(
                "has schema {schema!r}; this Treasurer reads schema {readable}",
                schema=schema,
                readable=SCHEMA_VERSION,
            )
        )
    profile_id = checker.string(data, "id")
    currency = checker.call(validate_currency, checker.string(data, "currency"), "currency")
    order_text = data.get("date_order", "dmy")
    if order_text not in {o.value for o in DateOrder}:
        checker.fail(Message("has date_order {order!r}; use 'dmy' or 'mdy'", order=order_text))
    variants = tuple(
        Variant(key, _text(checker, value, f"variant {key!r} name"))
        for key, value in _table(checker, data.get("variants", {}), "variants").items()
    )
    variant_ids = {v.id for v in variants}
    default_variant = data.get("default_variant")
    if variants and default_variant not in variant_ids:
        checker.fail(
            Message(
                "default_variant {variant!r} is not one of its variants", variant=default_variant
            )
        )
    rules_data = data.get("rules")
    if not isinstance(rules_data, list) or not rules_data:
        checker.fail(Message("has no [[rules]]"))
    rules: list[Rule] = []
    seen: set[str] = set()
    for index, rule_data in enumerate(rules_data, start=1):
        rule = _parse_rule(where, index, rule_data, currency, variant_ids)
        if rule.id in seen:
            checker.fail(Message("rule {id!r}: the id is used twice", id=rule.id))
        seen.add(rule.id)
        rules.append(rule)
    for rule in rules:
        if rule.kind is RuleKind.NEAR_LIMIT:
            target = next((r for r in rules if r.id == rule.of), None)
            if target is None or target.kind is not RuleKind.CAP:
                checker.fail(
                    Message("rule {id!r}: 'of' must name a cap rule of this profile", id=rule.id)
                )
    return Profile(
        id=profile_id,
        version=str(data.get("version", "1")),
        name=_text(checker, data.get("name"), "name"),
        currency=currency,
        date_order=DateOrder(order_text),
        rules=tuple(rules),
        variants=variants,
        default_variant=default_variant,
        path=Path(source) if isinstance(source, Path) else None,
        reattribution=_flag(checker, data, "reattribution"),
        description=_text(checker, data["description"], "description")
        if "description" in data
        else None,
    )


def _parse_rule(  # noqa: PLR0915 - one check after another, in the order of the format
    where: Message, index: int, data: Any, currency: str, variant_ids: set[str]
) -> Rule:
    checker = _Checker(Message("{where}, rule {index}", where=where, index=index))
    if not isinstance(data, Mapping):
        checker.fail(Message("is not a table"))
    rule_id = checker.string(data, "id")
    checker = _Checker(Message("{where}, rule {id!r}", where=where, id=rule_id))
    kind_text = checker.string(data, "kind")
    if kind_text not in {k.value for k in RuleKind}:
        known = ", ".join(k.value for k in RuleKind)
        checker.fail(
            Message(
                "has the unknown kind {kind!r} (known kinds: {known})", kind=kind_text, known=known
            )
        )
    kind = RuleKind(kind_text)
    unknown = set(data) - _COMMON - _KIND_PARAMS[kind]
    if unknown:
        checker.fail(
            Message(
                "has parameters a {kind} rule does not take: {keys}",
                kind=kind.value,
                keys=", ".join(sorted(unknown)),
            )
        )
    entries = _parse_entries(
        checker, data.get("entries"), currency, needs_amount=kind in _NEEDS_AMOUNT
    )
    variants = None
    if "variants" in data:
        variants = frozenset(checker.string_list(data, "variants"))
        if not variants <= variant_ids:
            checker.fail(
                Message(
                    "names unknown variants: {variants}",
                    variants=", ".join(sorted(variants - variant_ids)),
                )
            )
    period = Period.CALENDAR_YEAR
    if "period" in data:
        if data["period"] not in {p.value for p in Period}:
            checker.fail(Message("has the unknown period {period!r}", period=data["period"]))
        period = Period(data["period"])
    donor_kinds = None
    if "donor_kinds" in data:
        names = checker.string_list(data, "donor_kinds")
        allowed = {k.value for k in DonorKind}
        if bad := [n for n in names if n not in allowed]:
            checker.fail(Message("has unknown donor kinds: {kinds}", kinds=", ".join(bad)))
        donor_kinds = frozenset(DonorKind(n) for n in names)
    if kind is RuleKind.PROHIBITED_KIND and not donor_kinds:
        checker.fail(Message("must list the prohibited donor_kinds"))
    fields: tuple[str, ...] = ()
    if kind is RuleKind.REQUIRED_FIELDS:
        fields = tuple(checker.string_list(data, "fields"))
        if not fields or any(f not in DONOR_FIELDS for f in fields):
            checker.fail(
                Message("must list fields among: {fields}", fields=", ".join(DONOR_FIELDS))
            )
    share = Decimal("0.9")
    if "share" in data:
        share = checker.call(Decimal, str(data["share"]), "share")
        if not Decimal(0) < share < Decimal(1):
            checker.fail(Message("has a share that is not between 0 and 1"))
    then_each_over = None
    if "then_each_over" in data:
        then_each_over = _money(checker, data["then_each_over"], currency, "then_each_over")
    counts_above = None
    if "counts_above" in data:
        counts_above = _money(checker, data["counts_above"], currency, "counts_above")
    deadline = None
    if "deadline" in data:
        clock = _table(checker, data["deadline"], "deadline")
        if unknown_clock := set(clock) - _DEADLINE_KEYS:
            checker.fail(
                Message(
                    "has a deadline with unknown keys: {keys}",
                    keys=", ".join(sorted(unknown_clock)),
                )
            )
        days = clock.get("days")
        if not isinstance(days, int) or days <= 0:
            checker.fail(Message("has a deadline without a positive number of days"))
        start = clock.get("from", "receipt")
        if start not in {c.value for c in ClockStart}:
            checker.fail(
                Message(
                    "has a deadline from {start!r}; use receipt, deposit or awareness", start=start
                )
            )
        deadline = Deadline(days, ClockStart(start))
    severity = _DEFAULT_SEVERITY[kind]
    if "severity" in data:
        if data["severity"] not in {s.value for s in Severity}:
            checker.fail(
                Message("has the unknown severity {severity!r}", severity=data["severity"])
            )
        severity = Severity(data["severity"])
    return Rule(
        id=rule_id,
        kind=kind,
        title=_text(checker, data.get("title"), "title"),
        entries=entries,
        severity=severity,
        remedy=_text(checker, data["remedy"], "remedy") if "remedy" in data else None,
        deadline=deadline,
        variants=variants,
        period=period,
        donor_kinds=donor_kinds,
        per_unit=_flag(checker, data, "per_unit"),
        include_other_parties=_flag(checker, data, "include_other_parties"),
        of=data.get("of"),
        share=share,
        then_each_over=then_each_over,
        counts_above=counts_above,
        whole=_flag(checker, data, "whole"),
        fields=fields,
        note=data.get("note"),
    )


def _parse_entries(
    checker: _Checker, data: Any, currency: str, *, needs_amount: bool
) -> tuple[Entry, ...]:
    if not isinstance(data, list) or not data:
        checker.fail(
            Message("has no [[rules.entries]] (each with its dates, figure, status and source)")
        )
    entries = []
    for number, raw in enumerate(data, start=1):
        sub = _Checker(Message("{where}, entry {number}", where=checker.where, number=number))
        item = _table(sub, raw, "entry")
        if unknown := set(item) - _ENTRY_KEYS:
            sub.fail(
                Message("has keys an entry does not take: {keys}", keys=", ".join(sorted(unknown)))
            )
        start = _date(sub, item.get("from"), "from")
        end = _date(sub, item.get("to"), "to")
        if start and end and end < start:
            sub.fail(Message("ends ({end}) before it starts ({start})", end=end, start=start))
        amount = None
        if "amount" in item:
            amount = _money(sub, item["amount"], currency, "amount")
            if amount.minor <= 0:
                sub.fail(Message("has an amount that is not positive"))
        elif needs_amount:
            sub.fail(Message("has no amount"))
        status_text = item.get("status")
        if status_text not in {s.value for s in Status}:
            sub.fail(Message("needs a status: verified, verified-secondary or uncertain"))
        source = item.get("source")
        if not isinstance(source, str) or not source.strip():
            sub.fail(Message("needs a source citation"))
        entries.append(
            Entry(
                start,
                end,
                amount,
                Status(status_text),
                source.strip(),
                item.get("url"),
                item.get("note"),
            )
        )
    ordered = sorted(entries, key=lambda e: e.start or dt.date.min)
    for before, after in itertools.pairwise(ordered):
        before_end = before.end or dt.date.max
        after_start = after.start or dt.date.min
        if after_start <= before_end:
            checker.fail(
                Message(
                    "has entries whose dates overlap ({first} and {second})",
                    first=_span(before),
                    second=_span(after),
                )
            )
    return tuple(ordered)


def _span(entry: Entry) -> str:
    return f"{entry.start or '…'}..{entry.end or '…'}"


class _Checker:
    def __init__(self, where: Message) -> None:
        self.where = where

    def fail(self, problem: Message) -> NoReturn:
        raise ProfileError("{where}: {problem}", where=self.where, problem=problem)

    def string(self, data: Mapping[str, Any], key: str) -> str:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            self.fail(Message("needs '{key}' (text)", key=key))
        return str(value).strip()

    def string_list(self, data: Mapping[str, Any], key: str) -> list[str]:
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(Message("needs '{key}' as a list of texts", key=key))
        return list(value)

    def call(self, fn: Any, value: Any, what: str) -> Any:
        try:
            return fn(value)
        except (UserError, InvalidOperation, ValueError) as exc:
            self.fail(Message("has an invalid {what}: {problem}", what=what, problem=_why(exc)))


def _why(exc: Exception) -> Message | str:
    """What an error says: a Treasurer error's message (translated), else its text."""
    return exc.message if isinstance(exc, UserError) else str(exc)


def _flag(checker: _Checker, data: Mapping[str, Any], key: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        checker.fail(Message("needs '{key}' as true or false (without quotes)", key=key))
    return value


def _table(checker: _Checker, value: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        checker.fail(Message("needs '{key}' as a table", key=what))
    return value


def _text(checker: _Checker, value: Any, what: str) -> Text:
    if isinstance(value, str):
        return Text(en=value)
    table = _table(checker, value, what)
    if not isinstance(table.get("en"), str):
        checker.fail(Message("needs an English {key} ({key}.en)", key=what))
    unknown = set(table) - set(LANGUAGES)
    if unknown:
        checker.fail(
            Message(
                "has {key} in unknown languages: {languages}",
                key=what,
                languages=", ".join(sorted(unknown)),
            )
        )
    return Text(en=table["en"], fr=table.get("fr"), ar=table.get("ar"))


def _date(checker: _Checker, value: Any, what: str) -> dt.date | None:
    is_date = isinstance(value, dt.date) and not isinstance(value, dt.datetime)
    if value is not None and not is_date:
        checker.fail(Message("has '{key}' that is not a TOML date like 2025-01-01", key=what))
    return value if is_date else None


def _money(checker: _Checker, value: Any, currency: str, what: str) -> Money:
    if isinstance(value, float):
        checker.fail(
            Message("writes '{key}' as a float; write it as a string, e.g. \"7500.00\"", key=what)
        )
    if isinstance(value, bool) or not isinstance(value, int | str):
        checker.fail(Message("needs '{key}' as a string amount like \"7500.00\"", key=what))
    try:
        decimal = Decimal(str(value).strip())
        currency_exponent(currency)
        return Money.from_decimal(decimal, currency)
    except (InvalidOperation, UserError) as exc:
        checker.fail(
            Message(
                "has an invalid {what} {value!r}: {problem}",
                what=what,
                value=value,
                problem=_why(exc),
            )
        )
