"""The shipped jurisdiction profiles: each loads, carries the figures, dates, statuses and
sources of shared/JURISDICTIONS.md, has its texts in English, French and Arabic; and a
profile that does not validate is refused with a message naming the file, rule and problem.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import treasurer
from treasurer.core.dates import DateOrder
from treasurer.core.model import DonorKind
from treasurer.core.money import Money
from treasurer.core.profiles import (
    LANGUAGES,
    ClockStart,
    Entry,
    Profile,
    ProfileError,
    Rule,
    RuleKind,
    Severity,
    Status,
    load_profile,
    parse_profile,
)

RULES = Path(treasurer.__file__).parent / "resources" / "rules"
SHIPPED = ("ca", "custom", "fr", "ma", "uk", "us-fec")
D = dt.date


@functools.cache
def profile(profile_id: str) -> Profile:
    return load_profile(RULES / f"{profile_id}.toml")


def entry(profile_id: str, rule_id: str, day: dt.date) -> Entry | None:
    return profile(profile_id).rule(rule_id).entry_on(day)


def minor_on(profile_id: str, rule_id: str, day: dt.date) -> int | None:
    """The rule's amount in force on ``day`` in minor units (None: no entry or no amount)."""
    found = entry(profile_id, rule_id, day)
    return found.amount.minor if found and found.amount else None


def status_on(profile_id: str, rule_id: str, day: dt.date) -> Status | None:
    found = entry(profile_id, rule_id, day)
    return found.status if found else None


def rule_ids(profile_id: str, variant: str | None = None) -> set[str]:
    return {r.id for r in profile(profile_id).rules_for(variant)}


def all_rules() -> list[tuple[str, Rule]]:
    return [(pid, rule) for pid in SHIPPED for rule in profile(pid).rules]


# ---------------------------------------------------------------- every profile
def test_the_shipped_folder_holds_exactly_the_expected_profiles() -> None:
    assert sorted(p.stem for p in RULES.glob("*.toml")) == list(SHIPPED)


@pytest.mark.parametrize("profile_id", SHIPPED)
def test_profile_loads_under_its_own_id(profile_id: str) -> None:
    loaded = load_profile(RULES / f"{profile_id}.toml")
    assert loaded.id == profile_id
    assert loaded.path == RULES / f"{profile_id}.toml"
    assert loaded.rules


@pytest.mark.parametrize("profile_id", SHIPPED)
def test_profile_currency_and_date_order(profile_id: str) -> None:
    loaded = profile(profile_id)
    expected = {
        "ma": ("MAD", DateOrder.DAY_FIRST),
        "fr": ("EUR", DateOrder.DAY_FIRST),
        "uk": ("GBP", DateOrder.DAY_FIRST),
        "us-fec": ("USD", DateOrder.MONTH_FIRST),
        "ca": ("CAD", DateOrder.DAY_FIRST),
        "custom": ("EUR", DateOrder.DAY_FIRST),
    }
    assert (loaded.currency, loaded.date_order) == expected[profile_id]


@pytest.mark.parametrize("profile_id", SHIPPED)
def test_profile_name_description_and_variants_are_in_three_languages(profile_id: str) -> None:
    loaded = profile(profile_id)
    texts = [loaded.name, loaded.description] + [v.name for v in loaded.variants]
    for text in texts:
        assert text is not None
        assert all(getattr(text, lang) for lang in LANGUAGES), text


@pytest.mark.parametrize(("profile_id", "rule"), all_rules(), ids=lambda x: getattr(x, "id", x))
def test_every_rule_has_titles_and_remedies_in_en_fr_ar(profile_id: str, rule: Rule) -> None:
    for lang in LANGUAGES:
        assert getattr(rule.title, lang), f"{profile_id} {rule.id} title.{lang}"
    if rule.kind is not RuleKind.NEAR_LIMIT or rule.remedy is not None:
        assert rule.remedy is not None, f"{profile_id} {rule.id} has no remedy"
        for lang in LANGUAGES:
            assert getattr(rule.remedy, lang), f"{profile_id} {rule.id} remedy.{lang}"


@pytest.mark.parametrize(("profile_id", "rule"), all_rules(), ids=lambda x: getattr(x, "id", x))
def test_every_entry_has_a_status_and_a_source(profile_id: str, rule: Rule) -> None:
    assert rule.id.startswith(f"{profile_id.split('-', maxsplit=1)[0]}.")
    for item in rule.entries:
        assert isinstance(item.status, Status)
        assert item.source.strip()


@pytest.mark.parametrize(
    ("profile_id", "rule"),
    [(pid, r) for pid, r in all_rules() if r.kind is RuleKind.NEAR_LIMIT],
    ids=lambda x: getattr(x, "id", x),
)
def test_near_limit_entries_mirror_their_cap(profile_id: str, rule: Rule) -> None:
    """Same spans and statuses as the cap: the near-limit finding carries the near rule's
    status, so a warning near an uncertain cap must itself say uncertain."""
    cap = profile(profile_id).rule(rule.of or "")
    assert cap.kind is RuleKind.CAP
    assert [(e.start, e.end, e.status) for e in rule.entries] == [
        (e.start, e.end, e.status) for e in cap.entries
    ]
    assert rule.share == Decimal("0.9")
    assert rule.variants == cap.variants


def test_custom_template_has_one_rule_of_each_kind_all_uncertain_placeholders() -> None:
    custom = profile("custom")
    assert custom.currency == "EUR"
    assert sorted(r.kind for r in custom.rules) == sorted(RuleKind)
    for rule in custom.rules:
        for item in rule.entries:
            assert item.status is Status.UNCERTAIN
            assert item.source == "Your jurisdiction's law: replace this citation"
    assert "placeholder" in (custom.description.en if custom.description else "").lower()


# ---------------------------------------------------------------- France
def test_fr_figures() -> None:
    assert minor_on("fr", "fr.cap.natural-person", D(2025, 6, 1)) == 750000
    assert minor_on("fr", "fr.cap.natural-person", D(2013, 10, 12)) is None
    assert profile("fr").rule("fr.cap.natural-person").include_other_parties
    assert minor_on("fr", "fr.cash-cap", D(2025, 6, 1)) == 15000
    assert status_on("fr", "fr.cash-cap", D(2025, 6, 1)) is Status.VERIFIED_SECONDARY
    prohibited = profile("fr").rule("fr.prohibited.legal-persons")
    assert DonorKind.PARTY not in (prohibited.donor_kinds or set())


# ---------------------------------------------------------------- Morocco
def test_ma_cap_changes_on_2021_04_01() -> None:
    assert profile("ma").currency == "MAD"
    assert profile("ma").date_order is DateOrder.DAY_FIRST
    assert minor_on("ma", "ma.cap.annual", D(2015, 1, 1)) == 30000000
    assert minor_on("ma", "ma.cap.annual", D(2021, 3, 31)) == 30000000
    assert status_on("ma", "ma.cap.annual", D(2021, 3, 31)) is Status.VERIFIED_SECONDARY
    assert minor_on("ma", "ma.cap.annual", D(2021, 4, 1)) == 50000000
    assert status_on("ma", "ma.cap.annual", D(2021, 4, 1)) is Status.UNCERTAIN
    assert minor_on("ma", "ma.cap.annual", D(2030, 1, 1)) == 50000000  # the 2025 draft is not law
    new = entry("ma", "ma.cap.annual", D(2021, 4, 1))
    assert new is not None
    assert new.note is not None
    assert "exact date" in new.note
    assert "uncertain" in new.note
    cap = profile("ma").rule("ma.cap.annual")
    assert cap.donor_kinds is None
    assert cap.note is not None
    assert "31 March" in cap.note  # the annual accounts deadline is a reporting fact


def test_ma_cheque_rule_is_a_cash_cap_just_under_10000() -> None:
    rule = profile("ma").rule("ma.cheque-from-10000")
    assert rule.kind is RuleKind.CASH_CAP
    assert minor_on("ma", rule.id, D(2025, 1, 1)) == 999999
    assert status_on("ma", rule.id, D(2025, 1, 1)) is Status.VERIFIED_SECONDARY
    assert rule.note is not None
    assert "bank or postal cheque" in rule.note


def test_ma_prohibited_sources_are_uncertain() -> None:
    rule = profile("ma").rule("ma.prohibited.foreign-public")
    assert rule.donor_kinds == frozenset({DonorKind.FOREIGN, DonorKind.PUBLIC_BODY})
    assert status_on("ma", rule.id, D(2025, 1, 1)) is Status.UNCERTAIN
    assert profile("ma").rule("ma.near-cap").share == Decimal("0.9")


# ---------------------------------------------------------------- United Kingdom
def test_uk_reportable_threshold_rose_on_2024_01_01() -> None:
    assert minor_on("uk", "uk.reportable.central", D(2024, 1, 1)) == 1118000
    assert minor_on("uk", "uk.reportable.central", D(2023, 12, 31)) == 750000
    assert status_on("uk", "uk.reportable.central", D(2024, 1, 1)) is Status.VERIFIED
    assert status_on("uk", "uk.reportable.central", D(2023, 12, 31)) is Status.VERIFIED
    rule = profile("uk").rule("uk.reportable.central")
    assert rule.then_each_over == Money(223000, "GBP")
    assert rule.severity is Severity.INFO


def test_uk_accounting_unit_threshold() -> None:
    assert minor_on("uk", "uk.reportable.accounting-unit", D(2024, 1, 1)) == 223000
    assert minor_on("uk", "uk.reportable.accounting-unit", D(2023, 12, 31)) is None
    assert status_on("uk", "uk.reportable.accounting-unit", D(2025, 1, 1)) is (
        Status.VERIFIED_SECONDARY
    )


def test_uk_permissibility_over_500_within_30_days_of_receipt() -> None:
    rule = profile("uk").rule("uk.permissibility-check")
    assert minor_on("uk", rule.id, D(2025, 1, 1)) == 50000
    assert status_on("uk", rule.id, D(2025, 1, 1)) is Status.VERIFIED
    assert rule.deadline is not None
    assert (rule.deadline.days, rule.deadline.start) == (30, ClockStart.RECEIPT)
    assert rule.remedy is not None
    assert "Companies House" in rule.remedy.en
    assert "30 days" in rule.remedy.en


def test_uk_prohibited_and_anonymous() -> None:
    prohibited = profile("uk").rule("uk.prohibited.impermissible")
    assert prohibited.donor_kinds == frozenset({DonorKind.FOREIGN, DonorKind.PUBLIC_BODY})
    assert minor_on("uk", prohibited.id, D(2025, 1, 1)) == 50000
    assert minor_on("uk", "uk.anonymous-over-500", D(2025, 1, 1)) == 50000


def test_uk_variants_differ_and_central_is_the_default() -> None:
    uk = profile("uk")
    assert [v.id for v in uk.variants] == ["central", "accounting_unit"]
    assert uk.default_variant == "central"
    common = {"uk.permissibility-check", "uk.prohibited.impermissible", "uk.anonymous-over-500"}
    assert rule_ids("uk") == rule_ids("uk", "central")
    assert rule_ids("uk", "central") == common | {"uk.reportable.central", "uk.address.central"}
    assert rule_ids("uk", "accounting_unit") == common | {
        "uk.reportable.accounting-unit",
        "uk.address.accounting-unit",
    }


def test_uk_has_no_cap_and_says_so() -> None:
    uk = profile("uk")
    assert not [r for r in uk.rules if r.kind in {RuleKind.CAP, RuleKind.NEAR_LIMIT}]
    assert uk.description is not None
    assert "no cap" in uk.description.en


def test_uk_reportable_donors_need_an_address_above_the_threshold() -> None:
    central = profile("uk").rule("uk.address.central")
    assert central.fields == ("address",)
    assert minor_on("uk", central.id, D(2024, 1, 1)) == 1118000
    assert minor_on("uk", central.id, D(2023, 12, 31)) == 750000
    assert minor_on("uk", "uk.address.accounting-unit", D(2024, 1, 1)) == 223000


# ---------------------------------------------------------------- United States
def test_us_national_party_cap_2025_2026() -> None:
    us = profile("us-fec")
    assert (us.currency, us.date_order, us.default_variant) == (
        "USD",
        DateOrder.MONTH_FIRST,
        "national_party",
    )
    cap = us.rule("us.cap.national-party")
    assert cap.donor_kinds == frozenset({DonorKind.INDIVIDUAL})
    assert cap.variants == frozenset({"national_party"})
    assert minor_on("us-fec", cap.id, D(2025, 1, 1)) == 4430000
    assert minor_on("us-fec", cap.id, D(2026, 12, 31)) == 4430000
    assert status_on("us-fec", cap.id, D(2025, 1, 1)) is Status.VERIFIED
    assert minor_on("us-fec", cap.id, D(2024, 12, 31)) is None  # indexed: another figure
    assert minor_on("us-fec", cap.id, D(2027, 1, 1)) is None
    assert cap.deadline is not None
    assert (cap.deadline.days, cap.deadline.start) == (60, ClockStart.RECEIPT)
    assert cap.remedy is not None
    assert "reattribution or redesignation" in cap.remedy.en


def test_us_state_local_party_cap_is_a_variant() -> None:
    cap = profile("us-fec").rule("us.cap.state-local-party")
    assert cap.variants == frozenset({"state_local_party"})
    assert minor_on("us-fec", cap.id, D(2025, 6, 1)) == 1000000
    assert status_on("us-fec", cap.id, D(2025, 6, 1)) is Status.VERIFIED
    national = rule_ids("us-fec", "national_party")
    state = rule_ids("us-fec", "state_local_party")
    assert "us.cap.national-party" in national - state
    assert "us.cap.state-local-party" in state - national
    assert rule_ids("us-fec") == national


def test_us_prohibited_cash_anonymous_and_itemization() -> None:
    us = profile("us-fec")
    prohibited = us.rule("us.prohibited")
    assert prohibited.donor_kinds == frozenset(
        {DonorKind.COMPANY, DonorKind.UNION, DonorKind.FOREIGN}
    )
    assert prohibited.deadline is not None
    assert (prohibited.deadline.days, prohibited.deadline.start) == (30, ClockStart.RECEIPT)
    assert status_on("us-fec", prohibited.id, D(2025, 1, 1)) is Status.VERIFIED
    assert prohibited.note is not None
    assert "Green-card holders" in prohibited.note
    assert "contractors" in prohibited.note
    assert minor_on("us-fec", "us.cash-over-100", D(2025, 1, 1)) == 10000
    assert status_on("us-fec", "us.cash-over-100", D(2025, 1, 1)) is Status.VERIFIED_SECONDARY
    assert minor_on("us-fec", "us.anonymous-over-50", D(2025, 1, 1)) == 5000
    assert minor_on("us-fec", "us.itemize", D(2025, 1, 1)) == 20000
    assert us.rule("us.itemize").then_each_over is None
    assert status_on("us-fec", "us.itemize", D(2025, 1, 1)) is Status.VERIFIED


def test_us_best_efforts_fields_are_uncertain_in_their_timing() -> None:
    rule = profile("us-fec").rule("us.best-efforts")
    assert rule.fields == ("address", "employer", "occupation")
    assert minor_on("us-fec", rule.id, D(2025, 1, 1)) == 20000
    assert status_on("us-fec", rule.id, D(2025, 1, 1)) is Status.UNCERTAIN
    assert rule.deadline is not None
    assert (rule.deadline.days, rule.deadline.start) == (30, ClockStart.RECEIPT)


# ---------------------------------------------------------------- Canada
def test_ca_cap_each_year() -> None:
    cap = "ca.cap.individual"
    assert minor_on("ca", cap, D(2023, 6, 1)) == 170000
    assert minor_on("ca", cap, D(2024, 6, 1)) == 172500
    assert minor_on("ca", cap, D(2025, 6, 1)) == 175000
    assert minor_on("ca", cap, D(2025, 12, 31)) == 175000
    assert minor_on("ca", cap, D(2026, 1, 1)) == 177500
    assert minor_on("ca", cap, D(2026, 6, 1)) == 177500
    assert minor_on("ca", cap, D(2022, 12, 31)) is None
    assert minor_on("ca", cap, D(2027, 1, 1)) is None
    assert status_on("ca", cap, D(2023, 6, 1)) is Status.VERIFIED_SECONDARY
    assert status_on("ca", cap, D(2024, 6, 1)) is Status.UNCERTAIN
    assert status_on("ca", cap, D(2025, 6, 1)) is Status.VERIFIED_SECONDARY
    assert status_on("ca", cap, D(2026, 6, 1)) is Status.UNCERTAIN
    assert profile("ca").rule(cap).donor_kinds == frozenset({DonorKind.INDIVIDUAL})


def test_ca_only_individuals_may_give() -> None:
    rule = profile("ca").rule("ca.prohibited.not-individual")
    assert rule.donor_kinds == frozenset(DonorKind) - {DonorKind.INDIVIDUAL, DonorKind.ANONYMOUS}
    assert status_on("ca", rule.id, D(2025, 1, 1)) is Status.VERIFIED
    assert rule.deadline is not None
    assert (rule.deadline.days, rule.deadline.start) == (30, ClockStart.AWARENESS)
    assert rule.note is not None
    assert "section number" in rule.note
    assert "uncertain" in rule.note


def test_ca_cash_anonymous_and_reporting() -> None:
    assert minor_on("ca", "ca.cash-over-20", D(2025, 1, 1)) == 2000
    assert status_on("ca", "ca.cash-over-20", D(2025, 1, 1)) is Status.VERIFIED
    assert minor_on("ca", "ca.anonymous-over-20", D(2025, 1, 1)) == 2000
    assert status_on("ca", "ca.anonymous-over-20", D(2025, 1, 1)) is Status.VERIFIED
    assert minor_on("ca", "ca.reportable.named", D(2025, 1, 1)) == 20000
    assert status_on("ca", "ca.reportable.named", D(2025, 1, 1)) is Status.UNCERTAIN


# ---------------------------------------------------------------- validation
def valid() -> dict[str, Any]:
    """A minimal profile that validates; each test breaks one thing of it."""
    return {
        "schema": 1,
        "id": "x",
        "currency": "EUR",
        "name": {"en": "X"},
        "rules": [
            {
                "id": "x.cap",
                "kind": "cap",
                "title": {"en": "Cap", "fr": "Plafond", "ar": "سقف"},
                "entries": [
                    {
                        "from": D(2025, 1, 1),
                        "to": D(2025, 12, 31),
                        "amount": "100.00",
                        "status": "verified",
                        "source": "Law",
                    }
                ],
            }
        ],
    }


def test_the_minimal_profile_is_valid() -> None:
    parsed = parse_profile(valid(), source="bad.toml")
    assert parsed.rule("x.cap").entry_on(D(2025, 6, 1)) is not None


def _refused(data: dict[str, Any]) -> str:
    with pytest.raises(ProfileError) as caught:
        parse_profile(data, source="bad.toml")
    return str(caught.value)


def _rule(data: dict[str, Any]) -> dict[str, Any]:
    rule: dict[str, Any] = data["rules"][0]
    return rule


def _entry(data: dict[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = _rule(data)["entries"][0]
    return item


def test_unknown_rule_kind_is_refused() -> None:
    data = valid()
    _rule(data)["kind"] = "capp"
    message = _refused(data)
    assert message.startswith("profile bad.toml, rule 'x.cap': has the unknown kind 'capp'")
    assert "(known kinds: cap, near_limit, prohibited_kind, cash_cap, anonymous_cap," in message


def test_missing_amount_is_refused() -> None:
    data = valid()
    del _entry(data)["amount"]
    assert _refused(data) == "profile bad.toml, rule 'x.cap', entry 1: has no amount"


def test_overlapping_dates_are_refused() -> None:
    data = valid()
    _rule(data)["entries"].append(
        {"from": D(2025, 6, 1), "amount": "200.00", "status": "uncertain", "source": "Draft"}
    )
    assert _refused(data) == (
        "profile bad.toml, rule 'x.cap': has entries whose dates overlap "
        "(2025-01-01..2025-12-31 and 2025-06-01..…)"
    )


def test_adjacent_dates_do_not_overlap() -> None:
    data = valid()
    _rule(data)["entries"].append(
        {"from": D(2026, 1, 1), "amount": "200.00", "status": "uncertain", "source": "Draft"}
    )
    rule = parse_profile(data, source="bad.toml").rule("x.cap")
    assert [e.amount for e in rule.entries] == [Money(10000, "EUR"), Money(20000, "EUR")]


def test_unknown_parameter_is_refused() -> None:
    data = valid()
    _rule(data)["then_each_over"] = "50.00"
    _rule(data)["perod"] = "calendar_year"
    assert _refused(data) == (
        "profile bad.toml, rule 'x.cap': has parameters a cap rule does not take: perod, "
        "then_each_over"
    )


def test_float_amount_is_refused() -> None:
    data = valid()
    _entry(data)["amount"] = 100.0
    assert _refused(data) == (
        "profile bad.toml, rule 'x.cap', entry 1: writes 'amount' as a float; "
        'write it as a string, e.g. "7500.00"'
    )


def test_missing_source_is_refused() -> None:
    data = valid()
    del _entry(data)["source"]
    assert _refused(data) == "profile bad.toml, rule 'x.cap', entry 1: needs a source citation"
    _entry(data)["source"] = "   "
    assert _refused(data) == "profile bad.toml, rule 'x.cap', entry 1: needs a source citation"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: _entry(d).update(status="sure"),
            "rule 'x.cap', entry 1: needs a status: verified, verified-secondary or uncertain",
        ),
        (
            lambda d: _entry(d).update(amount="100.001"),
            "rule 'x.cap', entry 1: has an invalid amount '100.001'",
        ),
        (
            lambda d: _entry(d).update(amount="0.00"),
            "rule 'x.cap', entry 1: has an amount that is not positive",
        ),
        (
            lambda d: _entry(d).update(to=D(2024, 12, 31)),
            "rule 'x.cap', entry 1: ends (2024-12-31) before it starts (2025-01-01)",
        ),
        (
            lambda d: _entry(d).update({"from": "2025-01-01"}),
            "rule 'x.cap', entry 1: has 'from' that is not a TOML date like 2025-01-01",
        ),
        (
            lambda d: _entry(d).update({"from": dt.datetime(2025, 1, 1, tzinfo=dt.UTC)}),
            "rule 'x.cap', entry 1: has 'from' that is not a TOML date like 2025-01-01",
        ),
        (lambda d: _rule(d).update(entries=[]), "rule 'x.cap': has no [[rules.entries]]"),
        (lambda d: _rule(d).pop("title"), "rule 'x.cap': needs 'title' as a table"),
        (
            lambda d: _rule(d).update(title={"fr": "Plafond"}),
            "rule 'x.cap': needs an English title (title.en)",
        ),
        (
            lambda d: _rule(d).update(title={"en": "Cap", "de": "Grenze"}),
            "rule 'x.cap': has title in unknown languages: de",
        ),
        (
            lambda d: _rule(d).update(donor_kinds=["person"]),
            "rule 'x.cap': has unknown donor kinds: person",
        ),
        (
            lambda d: _rule(d).update(period="monthly"),
            "rule 'x.cap': has the unknown period 'monthly'",
        ),
        (
            lambda d: _rule(d).update(severity="fatal"),
            "rule 'x.cap': has the unknown severity 'fatal'",
        ),
        (
            lambda d: _rule(d).update(deadline={"days": 0}),
            "rule 'x.cap': has a deadline without a positive number of days",
        ),
        (
            lambda d: _rule(d).update(deadline={"days": 30, "from": "filing"}),
            "rule 'x.cap': has a deadline from 'filing'; use receipt, deposit or awareness",
        ),
        (
            lambda d: _rule(d).update(variants=["central"]),
            "rule 'x.cap': names unknown variants: central",
        ),
        (
            lambda d: _rule(d).update(kind="prohibited_kind"),
            "rule 'x.cap': must list the prohibited donor_kinds",
        ),
        (
            lambda d: _rule(d).update(kind="required_fields", fields=["phone"]),
            "rule 'x.cap': must list fields among: address, postcode, city, country, email,",
        ),
        (
            lambda d: d["rules"].append(copy.deepcopy(_rule(d))),
            "rule 'x.cap': the id is used twice",
        ),
        (
            lambda d: d["rules"].append(
                {
                    "id": "x.near",
                    "kind": "near_limit",
                    "of": "x.missing",
                    "title": {"en": "Near"},
                    "entries": [{"status": "verified", "source": "Treasurer"}],
                }
            ),
            "rule 'x.near': 'of' must name a cap rule of this profile",
        ),
        (
            lambda d: d["rules"].append(
                {
                    "id": "x.near",
                    "kind": "near_limit",
                    "of": "x.cap",
                    "share": "1.5",
                    "title": {"en": "Near"},
                    "entries": [{"status": "verified", "source": "Treasurer"}],
                }
            ),
            "rule 'x.near': has a share that is not between 0 and 1",
        ),
        (lambda d: _rule(d).pop("id"), "rule 1: needs 'id' (text)"),
    ],
)
def test_rule_problems_are_refused_naming_file_and_rule(change: Any, expected: str) -> None:
    data = valid()
    change(data)
    message = _refused(data)
    assert message.startswith("profile bad.toml"), message
    assert expected in message


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.update(currency="EURO"), "profile bad.toml: has an invalid currency"),
        (lambda d: d.update(schema=2), "profile bad.toml: has schema 2; this Treasurer reads"),
        (lambda d: d.update(date_order="ymd"), "profile bad.toml: has date_order 'ymd'"),
        (lambda d: d.pop("id"), "profile bad.toml: needs 'id' (text)"),
        (lambda d: d.update(rules=[]), "profile bad.toml: has no [[rules]]"),
        (
            lambda d: d.update(variants={"a": {"en": "A"}}, default_variant="b"),
            "profile bad.toml: default_variant 'b' is not one of its variants",
        ),
    ],
)
def test_profile_problems_are_refused_naming_the_file(change: Any, expected: str) -> None:
    data = valid()
    change(data)
    assert expected in _refused(data)


VALID_TOML = """\
schema = 1
id = "x"
currency = "EUR"
name.en = "X"

[[rules]]
id = "x.cap"
kind = "{kind}"
title.en = "Cap"
[[rules.entries]]
amount = "100.00"
status = "verified"
source = "Law"
"""


def test_a_valid_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_text(VALID_TOML.format(kind="cap"), encoding="utf-8")
    assert load_profile(path).rule("x.cap").entries[0].amount == Money(10000, "EUR")


def test_a_rule_problem_in_a_file_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_text(VALID_TOML.format(kind="ceiling"), encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert str(caught.value).startswith(
        f"profile {path}, rule 'x.cap': has the unknown kind 'ceiling'"
    )


def test_a_float_in_a_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_text(VALID_TOML.format(kind="cap").replace('"100.00"', "100.0"), encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert str(caught.value) == (
        f"profile {path}, rule 'x.cap', entry 1: writes 'amount' as a float; "
        'write it as a string, e.g. "7500.00"'
    )


def test_bad_toml_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('id = "x"\n[[rules]\n', encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert str(caught.value).startswith(f"profile {path}: is not valid TOML (")


def test_non_utf8_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(VALID_TOML.format(kind="cap").replace("X", "Été").encode("latin-1"))
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert str(caught.value) == f"profile {path}: is not UTF-8 text"


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "absent.toml"
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert str(caught.value).startswith(f"profile {path}: cannot be read (")


@pytest.mark.parametrize("profile_id", SHIPPED)
def test_shipped_profile_with_one_figure_changed_still_validates(
    profile_id: str, tmp_path: Path
) -> None:
    """What a treasurer does with a copy: change one amount, keep everything else."""
    text = (RULES / f"{profile_id}.toml").read_text(encoding="utf-8")
    first_amount = next(line for line in text.splitlines() if line.startswith("amount = "))
    edited = text.replace(first_amount, 'amount = "1.00"', 1)
    path = tmp_path / f"{profile_id}.toml"
    path.write_text(edited, encoding="utf-8")
    loaded = load_profile(path)
    amounts = [e.amount for r in loaded.rules for e in r.entries if e.amount is not None]
    assert Money.from_decimal("1.00", loaded.currency) in amounts


@pytest.mark.parametrize("profile_id", SHIPPED)
def test_shipped_profile_can_be_copied_under_a_new_id(profile_id: str) -> None:
    """``treasurer profile copy``: only the profile's id changes, not its rules' ids."""
    from treasurer.services.compliance import copy_profile, get_profile, user_rules_dir

    path = copy_profile(profile_id, f"{profile_id}-mine")  # HOME is a temporary folder
    assert path.parent == user_rules_dir()
    copied = get_profile(f"{profile_id}-mine")
    assert copied.id == f"{profile_id}-mine"
    assert copied.rules == profile(profile_id).rules


def test_readme_documents_every_kind_period_and_status() -> None:
    readme = (RULES / "README.md").read_text(encoding="utf-8")
    for kind in RuleKind:
        assert f"| `{kind}` |" in readme, kind
    for name in ("calendar_year", "fiscal_year", "election_cycle", "per_election", "contribution"):
        assert f"`{name}`" in readme
    for status in Status:
        assert f"`{status}`" in readme
    for start in ClockStart:
        assert f"`{start}`" in readme
    for profile_id in SHIPPED:
        assert f"`{profile_id}.toml`" in readme
