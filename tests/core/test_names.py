"""Donor-name keys: one person typed in different ways has one key."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from treasurer.core.names import normalise_email, normalise_name, normalise_postcode


@pytest.mark.parametrize(
    ("variants", "key"),
    [
        (
            ["Mohamed El Alami", "MOHAMED EL-ALAMI", "mohamed  el.alami", " Mohamed\tEl Alami "],
            "mohamed el alami",
        ),
        (
            ["محمد العلمي", "محمّد العلمى", "مُحَمَّد العلمي", "محـمد العلمي", "ﻣﺤﻤﺪ العلمي"],
            "محمد العلمي",
        ),
        (["أحمد", "إحمد", "آحمد", "ٱحمد", "احمد"], "احمد"),
        (["فاطمة", "فاطمه"], "فاطمه"),
        (["Hélène d’Arçy", "HELENE D'ARCY", "helene d arcy"], "helene d arcy"),
        (
            ["Jean-Pierre Lefèvre", "jean pierre lefevre", "JEAN–PIERRE LEFÈVRE"],
            "jean pierre lefevre",
        ),
        (["Œuvre Straße", "oeuvre strasse"], "oeuvre strasse"),
        (["Zoë O'Brien", "zoe o brien"], "zoe o brien"),
    ],
)
def test_variants_share_a_key(variants: list[str], key: str) -> None:
    assert {normalise_name(v) for v in variants} == {key}


def test_different_people_keep_different_keys() -> None:
    assert normalise_name("Mohamed El Alami") != normalise_name("Mohammed El Alami")
    assert normalise_name("محمد العلمي") != normalise_name("محمد العالمي")
    assert normalise_name("Jean Martin") != normalise_name("Jeanne Martin")


def test_punctuation_only_names_have_an_empty_key() -> None:
    assert normalise_name(" - . ' ") == ""


def test_postcodes_and_emails() -> None:
    assert normalise_postcode("sw1a 1aa") == normalise_postcode("SW1A1AA") == "SW1A1AA"
    assert normalise_email(" Claire@Example.ORG ") == "claire@example.org"


_NAMES = st.text(
    alphabet=st.sampled_from(list("abcdeéèçàôïABCDE -.'’") + list("محمدالعلميىةأإآ") + ["\u0651"]),
    max_size=30,
)


@given(name=_NAMES)
def test_the_key_is_a_fixed_point(name: str) -> None:
    key = normalise_name(name)
    assert normalise_name(key) == key
    assert key == key.strip()
    assert "  " not in key


@given(name=_NAMES)
def test_case_and_separators_do_not_change_the_key(name: str) -> None:
    key = normalise_name(name)
    assert normalise_name(name.upper()) == key
    assert normalise_name(name.replace(" ", "-")) == key
    assert normalise_name(f"  {name}  ") == key
