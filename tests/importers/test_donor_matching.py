"""Which donor an incoming row is: the matcher and the import's index of it agree,
whether a name has few known donors (asked one by one) or many (indexed)."""

from __future__ import annotations

import pytest

from treasurer.core.matching import AmbiguousDonorError, Candidate, match_donor
from treasurer.core.model import DonorDetails
from treasurer.importers.donors import DonorIndex, KnownDonor


def _known(count: int) -> list[KnownDonor]:
    """``count`` known Jean Martins: the first of 01200 in France, the next of 1200 in
    Switzerland, the others each at a postcode of their own in France."""
    rows: list[KnownDonor] = [
        (1, "jean martin", "Jean Martin", "01200", None, "FR"),
        (2, "jean martin", "Jean Martin", "1200", None, "CH"),
    ]
    rows += [
        (i, "jean martin", "Jean Martin", f"{75000 + i}", None, "FR") for i in range(3, count + 1)
    ]
    return rows


@pytest.mark.parametrize("count", [2, 12])  # asked one by one; indexed (8 or more)
@pytest.mark.parametrize(
    ("postcode", "country", "expected"),
    [
        ("1200", "CH", 2),
        ("01200", "CH", 2),  # the zero a spreadsheet may have added or dropped
        ("1200", "FR", 1),
        ("01200", "FR", 1),
        ("1200", "ch", 2),
    ],
)
def test_a_postcode_matches_only_in_its_own_country(
    count: int, postcode: str, country: str, expected: int
) -> None:
    known = _known(count)
    index = DonorIndex(known)
    details = DonorDetails(name="Jean Martin", postcode=postcode, country=country)
    assert index.resolve(details, "jean martin") == expected
    candidates = [Candidate.of(i, p, e, c) for i, _k, _n, p, e, c in known]
    found = match_donor(
        candidates, name="Jean Martin", postcode=postcode, email=None, country=country
    )
    assert found == expected


def test_a_postcode_in_a_country_no_known_donor_has_there_is_a_new_donor() -> None:
    index = DonorIndex(_known(12))
    details = DonorDetails(name="Jean Martin", postcode="1200", country="BE")
    assert index.resolve(details, "jean martin") == -1
    assert [n.details.country for n in index.take_new()] == ["BE"]


def test_a_postcode_without_a_country_matches_as_before() -> None:
    """A row that gives no country says nothing against either: the first donor of the
    postcode, as the postcode alone decided before countries were compared."""
    assert (
        DonorIndex(_known(12)).resolve(
            DonorDetails(name="Jean Martin", postcode="1200"), "jean martin"
        )
        == 1
    )


def test_a_country_tells_namesakes_apart_when_nothing_else_does() -> None:
    candidates = [Candidate.of(1, None, None, "FR"), Candidate.of(2, None, None, "CH")]
    assert match_donor(candidates, name="Jean Martin", postcode=None, email=None, country="fr") == 1
    with pytest.raises(AmbiguousDonorError):
        match_donor(candidates, name="Jean Martin", postcode=None, email=None, country=None)
    index = DonorIndex(
        [(1, "jean martin", "Jean Martin", None, None, "FR")] * 1
        + [(i, "jean martin", "Jean Martin", None, None, "CH") for i in range(2, 12)]
    )
    assert index.resolve(DonorDetails(name="Jean Martin", country="FR"), "jean martin") == 1
    assert index.resolve(DonorDetails(name="Jean Martin", country="BE"), "jean martin") == -1
