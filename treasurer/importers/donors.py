"""Which ledger donor each incoming donor is: the matching shared by file imports and
field-office bundles. Pure (no database): an import's worker process runs it.

Known donors are indexed by name key; ``DonorIndex.resolve`` asks ``match_donor`` the
same question the live entry asks (exact name key, then email or postcode), and gives
a temporary negative id to a donor it creates, handed over by ``take_new`` to be
inserted in bulk (``services.donor_index.insert_donors``), by the process that holds
the ledger. Close spellings are only proposed
(``proposals``), never merged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from rapidfuzz import fuzz, process

from treasurer.core.matching import Candidate, match_donor
from treasurer.core.model import DonorDetails
from treasurer.core.names import normalise_email, normalise_postcode, without_couple

_FUZZY_SCORE = 88
_FUZZY_LIMIT = 100
_GROUP_AT = 8  # candidates of one name from which they are indexed


class _Group:
    """The candidates of one name key, indexed for ``match_donor``'s questions (built
    once a name has many candidates: a common name in a large ledger)."""

    __slots__ = ("count", "emails", "first", "postcodes")

    def __init__(self, candidates: Iterable[Candidate]) -> None:
        self.emails: dict[str, int] = {}
        self.postcodes: dict[str, Candidate] = {}
        # by what the new details have (0: neither email nor postcode, 1: an email,
        # 2: a postcode, 3: both), the candidates match_donor finds compatible
        self.first: list[int | None] = [None, None, None, None]
        self.count = [0, 0, 0, 0]
        for candidate in candidates:
            self.add(candidate)

    def add(self, c: Candidate) -> None:
        if c.email:
            self.emails.setdefault(c.email, c.id)
        if c.postcode:
            self.postcodes.setdefault(c.postcode, c)
        for slot in (0, 1, 2, 3):
            if (slot & 1 and c.email) or (slot & 2 and c.postcode):
                continue
            if self.count[slot] == 0:
                self.first[slot] = c.id
            self.count[slot] += 1


#: (id, name key, name, postcode, email, country) of a known donor:
#: ``repo.donor_index()``'s rows
KnownDonor = tuple[int, str, str, str | None, str | None, str | None]


class NewDonor(NamedTuple):
    """A donor the import creates: its temporary id, details, name key and the uuid to
    keep (None: a new one)."""

    temp: int
    details: DonorDetails
    key: str
    uuid: str | None


class DonorIndex:
    """Known donors by name key, and the new ones this import creates."""

    def __init__(self, known: Iterable[KnownDonor]) -> None:
        self._by_key: dict[str, list[Candidate]] = defaultdict(list)
        self._groups: dict[str, _Group] = {}
        self._names: dict[str, str] = {}
        for donor_id, key, name, postcode, email, country in known:
            self._by_key[key].append(Candidate.of(donor_id, postcode, email, country))
            self._names.setdefault(key, name)
        for key, candidates in self._by_key.items():
            if len(candidates) >= _GROUP_AT:
                self._groups[key] = _Group(candidates)
        self._existing_keys = set(self._by_key)
        self._reordered: defaultdict[int, list[str]] | None = None  # built when asked
        # temporary negative id -> details, name key and the uuid to keep (None: a new one)
        self._new: dict[int, tuple[DonorDetails, str, str | None]] = {}
        self._given: dict[int, str] = {}  # temporary id -> the uuid it was created with
        # id of details (the parser shares them between rows) -> them, postcode and email
        # keys, how many candidates their name had, and the donor found among them
        self._keys: dict[int, tuple[DonorDetails, str | None, str | None, int, int]] = {}
        self.created = 0
        #: whether the last ``resolve`` created its donor, or was of details it had
        #: resolved before (the parser shares them between rows of the same texts): then
        #: they tell nothing new of a donor
        self.nothing_new = False

    def resolve(self, details: DonorDetails, key: str, *, uuid: str | None = None) -> int:
        """The donor ``match_donor`` finds among those named ``key`` (new donors of this
        import included), or a new donor's temporary (negative) id; a new donor keeps
        ``uuid`` if given.

        Raises:
            AmbiguousDonorError: several donors fit and nothing tells them apart.
        """
        known = self._keys.get(id(details))
        candidates = self._by_key.get(key)
        self.nothing_new = known is not None and known[0] is details
        if self.nothing_new:
            assert known is not None
            if candidates is not None and known[3] == len(candidates):
                # the same details (the parser shares them between rows) among the same
                # candidates: the same answer
                return known[4]
            postcode, email = known[1], known[2]
        else:
            postcode = normalise_postcode(details.postcode) if details.postcode else None
            email = normalise_email(details.email) if details.email else None
        found = self._find(details, key, candidates, postcode, email, uuid=uuid)
        self._keys[id(details)] = (details, postcode, email, len(self._by_key[key]), found)
        return found

    def _find(
        self,
        details: DonorDetails,
        key: str,
        candidates: list[Candidate] | None,
        postcode: str | None,
        email: str | None,
        *,
        uuid: str | None = None,
    ) -> int:
        if candidates:
            group = self._groups.get(key)
            if group is None:
                found = _ask(candidates, details)
            else:
                found = _match(group, candidates, details, postcode, email)
            if found is not None:
                return found
        return self.add_new(details, key, uuid=uuid, postcode=postcode, email=email)

    def add_new(
        self,
        details: DonorDetails,
        key: str,
        *,
        uuid: str | None = None,
        postcode: str | None = None,
        email: str | None = None,
    ) -> int:
        """A new donor (whatever the known ones), as a temporary negative id; ``postcode``
        and ``email`` are the normalised keys if already computed."""
        if postcode is None and details.postcode:
            postcode = normalise_postcode(details.postcode)
        if email is None and details.email:
            email = normalise_email(details.email)
        candidates = self._by_key.get(key)
        self.nothing_new = True
        temp = -(len(self._new) + self.created + 1)
        self._new[temp] = (details, key, uuid)
        if uuid is not None:
            self._given[temp] = uuid
        candidate = Candidate(temp, postcode, email, details.country)
        if candidates is None:
            self._by_key[key] = [candidate]
            return temp
        candidates.append(candidate)
        group = self._groups.get(key)
        if group is not None:
            group.add(candidate)
        elif len(candidates) >= _GROUP_AT:
            self._groups[key] = _Group(candidates)
        return temp

    def reordered(self, key: str) -> list[int]:
        """The known donors whose name has the words of ``key`` in another order, a
        couple's titles aside ("M. et Mme Benali Karim" for Karim Benali, and back)."""
        if self._reordered is None:
            self._reordered = defaultdict(list)
            for known in self._existing_keys:
                self._reordered[_words_hash(without_couple(known))].append(known)
        words = _words(key)
        return [
            c.id
            for other in self._reordered.get(_words_hash(without_couple(key)), ())
            if other != key and _words(other) == words
            for c in self._by_key[other]
            if c.id > 0
        ]

    @property
    def made(self) -> int:
        """How many new donors the import has created so far."""
        return len(self._new) + self.created

    def forget(self, temp: int, details: DonorDetails) -> None:
        """Take back the new donor ``temp`` that ``resolve`` just created for ``details``
        (its row turned out bad): no donor without a gift. Only the last one created, and
        not among a name's many (whose index would keep it)."""
        if temp != -self.made or temp not in self._new:
            return
        _details, key, _uuid = self._new[temp]
        candidates = self._by_key[key]
        if key in self._groups or candidates[-1].id != temp:
            return
        del self._new[temp]
        self._given.pop(temp, None)
        self._keys.pop(id(details), None)
        candidates.pop()
        if not candidates:
            del self._by_key[key]

    def new_details(self, temp: int) -> DonorDetails | None:
        """The details the new donor ``temp`` is created with, until it is taken."""
        entry = self._new.get(temp)
        return entry[0] if entry is not None else None

    def take_new(self) -> list[NewDonor]:
        """The donors created since the last call, for the ledger's process to insert."""
        new = [NewDonor(temp, *entry) for temp, entry in self._new.items()]
        self._new.clear()
        self.created += len(new)
        return new

    def created_with(self, temp: int) -> str | None:
        """The uuid the new donor ``temp`` was created with (``resolve``'s ``uuid``)."""
        return self._given.get(temp)

    def proposals(self, real: Callable[[int], int] = int) -> list[dict[str, Any]]:
        """New donors to review as maybe the same person as another, never merged: those
        who have the very name of a known donor, or of another new donor of the file,
        with another postcode or email (another person, or one who moved or writes from
        two addresses); those whose name has the words of another donor's in another order
        ("DUPONT Jean") or whose email is another donor's under another name ("MME A
        MARTIN"), known or new; and those whose name is close to a known donor's. ``real``
        gives a new donor's ledger id for its temporary id once inserted."""
        existing = list(self._existing_keys)
        found: list[dict[str, Any]] = []
        # the first donor (known ones first) of each name's words in any order ("DUPONT
        # Jean", "Jean Dupont"), and of each email
        # (by the hash of the words: a quarter of a million names in a large import, and
        # the strings they point to are the index's own)
        by_words: dict[int, str] = {}
        by_email: dict[str, str] = {}
        for key, candidates in self._by_key.items():
            by_words.setdefault(_words_hash(key), key)
            if (bare := without_couple(key)) != key:
                by_words.setdefault(_words_hash(bare), key)
            for c in candidates:
                if c.email:
                    by_email.setdefault(c.email, key)

        def known_id(donor_id: int) -> int:
            return donor_id if donor_id > 0 else real(donor_id)

        for key, candidates in self._by_key.items():
            if len(found) >= _FUZZY_LIMIT:
                break
            before = len(found)
            if len(candidates) > 1:
                first = next((c for c in candidates if c.id > 0), candidates[0])
                found += [
                    {
                        "new_donor_id": real(c.id),
                        "name": key,
                        "known_donor_id": first.id if first.id > 0 else real(first.id),
                        "known_name": self._names.get(key, key),
                        "score": 100.0,
                    }
                    for c in candidates
                    # two emails that differ: two people, or one with two addresses (a
                    # personal and a work one), whose gifts count together under a cap:
                    # asked, as two postcodes are
                    if c.id < 0 and c is not first
                ]
            if len(found) > before:
                continue  # asked already
            twin = by_words.get(_words_hash(without_couple(key)), key)
            if twin == key:  # a couple's titles aside, the first with these words
                twin = by_words.get(_words_hash(key), key)
            new = [c for c in candidates if c.id < 0]
            if twin != key and new and _words(twin) == _words(key):
                # the same words in another order (a surname written first), or a
                # couple's gift beside one of the two
                found.append(
                    {
                        "new_donor_id": real(new[0].id),
                        "name": key,
                        "known_donor_id": known_id(self._by_key[twin][0].id),
                        "known_name": self._names.get(twin, twin),
                        "score": 100.0,
                    }
                )
                continue
            other = next(
                ((c, by_email[c.email]) for c in new if c.email and by_email[c.email] != key),
                None,
            )
            if other is not None:
                # another name with the same email: a card's or a bank's spelling
                c, other_key = other
                other_id = next(o.id for o in self._by_key[other_key] if o.email == c.email)
                found.append(
                    {
                        "new_donor_id": real(c.id),
                        "name": key,
                        "known_donor_id": known_id(other_id),
                        "known_name": self._names.get(other_key, other_key),
                        "score": round(fuzz.token_sort_ratio(key, other_key), 1),
                        "same_email": True,
                    }
                )
                continue
            if key in self._existing_keys or not existing:
                continue
            best = process.extractOne(
                key, existing, scorer=fuzz.token_sort_ratio, score_cutoff=_FUZZY_SCORE
            )
            if best is None:
                continue
            match_key, score, _ = best
            found.append(
                {
                    "new_donor_id": real(candidates[0].id),
                    "name": key,
                    "known_donor_id": self._by_key[match_key][0].id,
                    "known_name": self._names.get(match_key, match_key),
                    "score": round(score, 1),  # a similarity percentage, not money
                }
            )
        return found[:_FUZZY_LIMIT]


def _words(key: str) -> list[str]:
    """A name key's words in order, a couple's titles before them aside."""
    return sorted(without_couple(key).split())


def _words_hash(key: str) -> int:
    """The same number for a name's words in any order ("dupont jean", "jean dupont")."""
    return hash(" ".join(sorted(key.split())))


def _match(
    group: _Group,
    candidates: list[Candidate],
    details: DonorDetails,
    postcode: str | None,
    email: str | None,
) -> int | None:
    """What ``match_donor`` finds among ``candidates``, answered from their index."""
    if email:
        found = group.emails.get(email)
        if found is not None:
            return found
    if postcode:
        at = group.postcodes.get(postcode)
        if at is not None:
            if not at.lives_at(postcode, details.country):
                # the first donor of the postcode lives in another country: ask them all
                return _ask(candidates, details)
            return at.id
    if details.country:
        # the index does not know countries: ask the candidates one by one
        return _ask(candidates, details)
    slot = (1 if email else 0) | (2 if postcode else 0)
    count = group.count[slot]
    if count == 1:
        return group.first[slot]
    if count == 0:
        return None
    # ambiguous: match_donor raises the error
    return _ask(candidates, details)


def _ask(candidates: list[Candidate], details: DonorDetails) -> int | None:
    """``match_donor``'s answer for ``details`` among ``candidates``, one by one."""
    return match_donor(
        candidates,
        name=details.name,
        postcode=details.postcode,
        email=details.email,
        country=details.country,
    )
