"""Countries as files write them: ``FR``, ``FRA``, ``France``, ``United States``, ``المغرب``.

The ledger keeps ISO 3166 two-letter codes. Platform exports write country names in the
account's language (ActBlue "United States", HelloAsso "France" or "FRA", Donorbox
"Morocco"); ``country_code`` reads them with the Unicode CLDR data that Babel ships: the
territory names in the languages Treasurer speaks and a few more, and CLDR's aliases
(three-letter codes, "UK").
"""

from __future__ import annotations

import functools
import unicodedata

from babel.core import Locale, get_global

# The languages whose country names are recognised: Treasurer's own and the languages of
# the donors' files most often met (Spanish and German names appear in exports too).
_LANGUAGES = ("en", "fr", "ar", "es", "de", "it", "pt", "nl")
# CLDR territories that are not countries: the European Union, the eurozone, the United
# Nations, "Outlying Oceania", pseudo-locales and "Unknown Region"
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})


def country_code(text: str) -> str | None:
    """The ISO 3166 alpha-2 code of the country ``text`` names, or None if it names none.

    >>> country_code("france"), country_code("FRA"), country_code("Royaume-Uni")
    ('FR', 'FR', 'GB')
    """
    key = _key(text)
    if not key:
        return None
    return _names().get(key)


def _key(text: str) -> str:
    """Case, accents, punctuation and spacing do not matter ("Côte d'Ivoire")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join(kept.split())


@functools.cache
def _names() -> dict[str, str]:
    codes = {
        code
        for code in map(str, Locale("en").territories)
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }
    found: dict[str, str] = {}
    for code in codes:
        found[_key(code)] = code
    for alias, targets in get_global("territory_aliases").items():
        if alias.isalpha() and len(targets) == 1 and targets[0] in codes:
            found.setdefault(_key(alias), targets[0])
    for language in _LANGUAGES:
        for code, name in Locale(language).territories.items():
            if str(code) in codes:
                found.setdefault(_key(name), str(code))
    # the short forms people write that CLDR keeps as alternates only
    for alias, code in (("usa", "US"), ("u s a", "US"), ("u s", "US"), ("great britain", "GB")):
        found.setdefault(alias, code)
    return found
