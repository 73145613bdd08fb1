"""Defects found in the rule engine and the profile validator while writing the shipped
profiles, now fixed: each test states the behaviour that must hold."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from treasurer.core.compliance import Contribution, DonorFacts, FlagKind, evaluate_donor
from treasurer.core.model import DonorKind
from treasurer.core.money import Money
from treasurer.core.profiles import ProfileError, Status, parse_profile

D = dt.date


def _cap_and_near(
    *,
    cap_status: str = "verified",
    near_status: str = "verified",
    cap_variants: list[str] | None = None,
) -> dict[str, Any]:
    cap: dict[str, Any] = {
        "id": "x.cap",
        "kind": "cap",
        "title": {"en": "Cap"},
        "entries": [{"amount": "100.00", "status": cap_status, "source": "Law"}],
    }
    if cap_variants is not None:
        cap["variants"] = cap_variants
    data: dict[str, Any] = {
        "id": "x",
        "currency": "EUR",
        "name": {"en": "X"},
        "rules": [
            cap,
            {
                "id": "x.near",
                "kind": "near_limit",
                "of": "x.cap",
                "title": {"en": "Near"},
                "entries": [{"status": near_status, "source": "Treasurer: 90 %"}],
            },
        ],
    }
    if cap_variants is not None:
        data["variants"] = {"a": {"en": "A"}, "b": {"en": "B"}}
        data["default_variant"] = "a"
    return data


_DONOR = DonorFacts(id=1, name="D", kind=DonorKind.INDIVIDUAL)
_NINETY_FIVE = [Contribution(1, D(2025, 5, 1), Money(9500, "EUR"))]


def test_near_limit_finding_carries_the_status_of_the_cap_it_watches() -> None:
    profile = parse_profile(_cap_and_near(cap_status="uncertain", near_status="verified"))
    findings = evaluate_donor(profile, _DONOR, _NINETY_FIVE)
    (near,) = [f for f in findings if f.kind is FlagKind.NEAR_LIMIT]
    assert near.limit == Money(10000, "EUR")
    assert near.fact_status is Status.UNCERTAIN


def test_near_limit_does_not_watch_a_cap_of_another_variant() -> None:
    profile = parse_profile(_cap_and_near(cap_variants=["a"]))
    assert not [
        f
        for f in evaluate_donor(profile, _DONOR, _NINETY_FIVE, variant="a")
        if f.kind is FlagKind.OVER_LIMIT
    ]
    findings = evaluate_donor(profile, _DONOR, _NINETY_FIVE, variant="b")
    assert not [f for f in findings if f.kind is FlagKind.NEAR_LIMIT]


def _minimal() -> dict[str, Any]:
    return {
        "id": "x",
        "currency": "EUR",
        "name": {"en": "X"},
        "rules": [
            {
                "id": "x.cap",
                "kind": "cap",
                "title": {"en": "Cap"},
                "entries": [
                    {
                        "from": D(2025, 1, 1),
                        "amount": "100.00",
                        "status": "verified",
                        "source": "Law",
                    }
                ],
            }
        ],
    }


def test_unknown_key_in_an_entry_is_refused() -> None:
    data = _minimal()
    data["rules"][0]["entries"][0]["until"] = D(2025, 12, 31)
    with pytest.raises(ProfileError, match=r"rule 'x\.cap', entry 1: .*until"):
        parse_profile(data, source="bad.toml")


def test_unknown_key_in_a_deadline_is_refused() -> None:
    data = _minimal()
    data["rules"][0]["deadline"] = {"days": 30, "form": "awareness"}
    with pytest.raises(ProfileError, match=r"rule 'x\.cap': .*form"):
        parse_profile(data, source="bad.toml")


def test_a_flag_written_as_text_is_refused() -> None:
    data = _minimal()
    data["rules"][0]["include_other_parties"] = "false"
    with pytest.raises(ProfileError, match=r"rule 'x\.cap': .*include_other_parties"):
        parse_profile(data, source="bad.toml")


def test_unknown_top_level_key_is_refused() -> None:
    data = _minimal()
    data["date_ordre"] = "mdy"
    with pytest.raises(ProfileError, match=r"date_ordre"):
        parse_profile(data, source="bad.toml")
