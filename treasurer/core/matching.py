"""Which known donor a new contribution comes from.

Donors are matched on their normalised name key; among donors of the same name, a
matching email or postcode decides (a postcode in another country is another place:
01200 in France and 1200 in Switzerland compare equal once a spreadsheet has dropped
the zero), and otherwise the one donor whose email and postcode do not contradict the
new details (its country included). Two such donors are ambiguous: the
caller must ask (``AmbiguousDonorError``), never guess.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from treasurer.core.errors import Message, UserError
from treasurer.core.model import Donor, DonorDetails
from treasurer.core.names import clean_text, normalise_email, normalise_postcode

#: A donor's address, one block: filled from one gift's details, never pieced together.
ADDRESS_FIELDS = ("address", "postcode", "city", "country")
#: The details a later gift may tell of a donor whose record lacks them.
FILLABLE = (*ADDRESS_FIELDS, "email", "employer", "occupation")


class AmbiguousDonorError(UserError):
    """Several donors have the name and nothing tells them apart."""

    def __init__(self, name: str, ids: Sequence[int]) -> None:
        self.ids = tuple(ids)
        listed = ", ".join(str(i) for i in ids)
        super().__init__(
            Message(
                "{count} donors are named {name!r} (ids {ids})",
                count=len(ids),
                name=name,
                ids=listed,
            )
        )


@dataclass(frozen=True, slots=True)
class Candidate:
    """A known donor with the same name key (postcode and email as normalised keys,
    country as its ISO code or None where not known)."""

    id: int
    postcode: str | None
    email: str | None
    country: str | None = None

    @classmethod
    def of(
        cls,
        donor_id: int,
        postcode: str | None,
        email: str | None,
        country: str | None = None,
    ) -> Candidate:
        return cls(
            donor_id,
            normalise_postcode(postcode) if postcode else None,
            normalise_email(email) if email else None,
            country.upper() if country else None,
        )

    def lives_at(self, postcode: str, country: str | None) -> bool:
        """Whether this donor's postcode is ``postcode`` (a normalised key) in ``country``:
        a country missing on either side does not contradict."""
        return self.postcode == postcode and not (
            country and self.country and self.country != country.upper()
        )


def match_donor(
    candidates: Sequence[Candidate],
    *,
    name: str,
    postcode: str | None,
    email: str | None,
    country: str | None = None,
) -> int | None:
    """The id of the donor the details describe, or None for a new donor. Candidates
    are built with ``Candidate.of`` (normalised postcode and email).

    Raises:
        AmbiguousDonorError: two or more candidates fit and nothing decides.
    """
    if not candidates:
        return None
    email_key = normalise_email(email) if email else None
    postcode_key = normalise_postcode(postcode) if postcode else None
    if email_key:
        for c in candidates:
            if c.email == email_key:
                return c.id
    if postcode_key:
        for c in candidates:
            if c.lives_at(postcode_key, country):
                return c.id
    country_key = country.upper() if country else None
    compatible = [
        c
        for c in candidates
        if not (email_key and c.email)
        and not (postcode_key and c.postcode)
        and not (country_key and c.country and c.country != country_key)
    ]
    if len(compatible) == 1:
        return compatible[0].id
    if not compatible:
        return None  # the same name with another email or postcode: another person
    raise AmbiguousDonorError(name, [c.id for c in compatible])


def donor_among(donors: Sequence[Donor], details: DonorDetails) -> Donor | None:
    """The one donor among same-name ``donors`` that ``details`` describes, or None.

    Raises:
        AmbiguousDonorError: two or more fit and nothing decides.
    """
    found = match_donor(
        [
            Candidate.of(d.id, d.details.postcode, d.details.email, d.details.country)
            for d in donors
        ],
        name=details.name,
        postcode=details.postcode,
        email=details.email,
        country=details.country,
    )
    return next((d for d in donors if d.id == found), None)


def blanks_filled(
    existing: Mapping[str, str | None], offered: Mapping[str, str | None]
) -> dict[str, str]:
    """The details of ``offered`` (a later gift's) that fill blanks of ``existing`` (a
    donor's record): never one that replaces a value. An address is one block: its
    blanks are filled only where the parts the donor has agree with those offered (a
    postcode alone, then the street and town at that postcode), never from another
    address (a donor who moved keeps the one recorded until the treasurer changes it)."""
    found = {
        name: text for name in FILLABLE if not existing.get(name) and (text := offered.get(name))
    }
    if any(name in found for name in ADDRESS_FIELDS) and not same_address(existing, offered):
        for name in ADDRESS_FIELDS:
            found.pop(name, None)
    return found


_PLACE = ("address", "postcode", "city")


def two_addresses(one: Mapping[str, str | None], other: Mapping[str, str | None]) -> bool:
    """Whether two address blocks are surely two addresses: a part both have differs,
    or each has a street, postcode or town and they have none of them in common."""
    shared = [name for name in ADDRESS_FIELDS if one.get(name) and other.get(name)]
    if not all(same_detail(name, one[name] or "", other[name] or "") for name in shared):
        return True
    return (
        any(one.get(name) for name in _PLACE)
        and any(other.get(name) for name in _PLACE)
        and not any(name in _PLACE for name in shared)
    )


def same_address(here: Mapping[str, str | None], offered: Mapping[str, str | None]) -> bool:
    """Whether two address blocks may be one address, to complete one with the other:
    every part both have agrees, and where ``here`` has a street, postcode or town, the
    other has one of them too (a postcode alone is not known to be of the same street,
    nor a country alone of the same town)."""
    shared = [name for name in ADDRESS_FIELDS if here.get(name) and offered.get(name)]
    if not all(same_detail(name, here[name] or "", offered[name] or "") for name in shared):
        return False
    return not any(here.get(name) for name in _PLACE) or any(n in _PLACE for n in shared)


def same_detail(name: str, here: str, offered: str) -> bool:
    """Whether two texts of a donor's detail ``name`` say the same (a postcode with or
    without its space, a town in capitals)."""
    if name == "postcode":
        return normalise_postcode(here) == normalise_postcode(offered)
    return clean_text(here).casefold() == clean_text(offered).casefold()


def details_filled(existing: DonorDetails, offered: DonorDetails) -> DonorDetails:
    """``existing`` with the blanks ``offered`` fills (``blanks_filled``)."""
    found: dict[str, Any] = blanks_filled(details_fields(existing), details_fields(offered))
    return replace(existing, **found) if found else existing


def without_address(details: DonorDetails) -> DonorDetails:
    """``details`` with no address block."""
    return replace(details, address=None, postcode=None, city=None, country=None)


def details_fields(details: DonorDetails) -> dict[str, str | None]:
    """The ``FILLABLE`` details, by name."""
    return {name: getattr(details, name) for name in FILLABLE}
