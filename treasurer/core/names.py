"""Name normalisation for matching donors typed in different ways.

"Mohamed El Alami", "MOHAMED EL-ALAMI" and "mohamed  el.alami" share one key, as do
"محمد العلمي" and "محمّد العلمى". The key is for matching only; the name as typed is
what the ledger shows and prints.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

# Letters that do not decompose under NFD but are commonly typed for one another.
_FOLD = str.maketrans(
    {
        "\u0671": "\u0627",  # alef wasla -> alef
        "\u0649": "\u064a",  # alef maqsura -> yeh
        "\u06cc": "\u064a",  # Farsi yeh -> yeh
        "\u0629": "\u0647",  # taa marbuta -> heh
        "\u06a9": "\u0643",  # keheh -> kaf
        "\u0640": None,  # tatweel
        "ø": "o",
        "đ": "d",
        "ł": "l",
        "œ": "oe",
        "æ": "ae",
        "ı": "i",
    }
)
# Hyphens, dots, apostrophes and other punctuation separate words; they do not join them.
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212.'\u2019\u02bc`´,;:/_()\"\u060c\u061b]+")


#: Control characters and bidi overrides: text a person typed must not rewrite the
#: terminal, or reorder the text around it (RLO and friends can disguise a name).
#: Tabs and line breaks are not dropped but read as spaces: "Jean\nDupont" from a
#: multi-line cell is two words, not "JeanDupont".
_CONTROLS = [*range(0x20), 0x7F, *range(0x80, 0xA0)]
_BIDI_OVERRIDES = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_UNSAFE = {c: None for c in [*_CONTROLS, *_BIDI_OVERRIDES] if not chr(c).isspace()}


def clean_text(text: str) -> str:
    """Text as typed, without control or bidi-override characters, whitespace collapsed."""
    return " ".join(text.translate(_UNSAFE).split())


#: Titles before a name, as name keys write them: no part of who the donor is.
TITLES = frozenset(
    (
        *("m", "mme", "mmes", "mlle", "melle", "mle", "mr", "mrs", "ms", "miss", "dr"),
        *("monsieur", "madame", "mademoiselle", "docteur", "maitre", "me"),
        *("herr", "herrn", "frau"),
        *("السيد", "السيده", "سيد", "سيده"),
    )
)
_JOINS = frozenset(("et", "and", "und", "&", "و"))
#: "M. ou Mme": the one of the two who holds the account, whose name follows.
_EITHER = frozenset(("ou", "or", "oder"))


def without_title(name: str) -> str:
    """The name without the titles written before it ("Mme Alice MARTIN" -> "Alice
    MARTIN", "Monsieur Paul GIRARD" -> "Paul GIRARD", a bank's "M OU MME DURAND PIERRE"
    -> "DURAND PIERRE"); a couple ("M. et Mme Dupont"), or a name that is only titles,
    as it is. "M" is a title only as "M." ("M Dupont" may be an initial), "Me" (Maître)
    only before two words or more."""
    words = name.split()
    if len(words) < 2 or _word_key(words[0]) not in TITLES:
        return name  # most names: one look at the first word
    start = _titles_end(words, display=True)
    if start == 0 or normalise_name(words[start]) in _JOINS:
        return name
    return " ".join(words[start:])


@functools.lru_cache(maxsize=4096)
def _word_key(word: str) -> str:
    """A word's name key, kept for the words a file repeats (first names)."""
    return normalise_name(word)


def without_couple(key: str) -> str:
    """A name key without the titles of a couple before it ("m et mme benali karim" ->
    "benali karim"), to find the donor the couple's gift may be one of; any other key as
    it is."""
    words = key.split()
    start = _titles_end(words, display=False)
    if 0 < start < len(words) - 1 and words[start] in _JOINS:
        end = _titles_end(words, display=False, start=start + 1)
        if start + 1 < end < len(words):
            return " ".join(words[end:])
    return key


def _titles_end(words: list[str], *, display: bool, start: int = 0) -> int:
    """Where the titles at ``start`` of ``words`` end (``start``: none), a name's last
    word never among them; "M. ou Mme" counts as one title. ``display``: the words are
    as typed ("M" without a dot is an initial), else a name key's."""
    # no closure here: an import plans with the garbage collector off, and a nested
    # function that calls itself is a cycle it would keep
    keys = [normalise_name(w) for w in words[start : start + 6]] if display else words[start:]
    at = 0
    while start + at < len(words) - 1 and _title_at(words, keys, start, at, display):
        at += 1
        if (
            at + 1 < len(keys)
            and keys[at] in _EITHER
            and start + at < len(words) - 2
            and _title_at(words, keys, start, at + 1, display)
        ):
            at += 1
    return start + at


def _title_at(words: list[str], keys: list[str], start: int, i: int, display: bool) -> bool:
    """Whether the word at ``start + i`` of ``words`` (its key ``keys[i]``) is a title."""
    key, left = keys[i], len(words) - start - i - 1
    if key not in TITLES:
        return False
    if key == "m" and display and words[start + i] != "M.":
        # "M OU MME", "M et Mme": before another title "M" is one, else an initial
        return (
            left >= 2
            and i + 2 < len(keys)
            and keys[i + 1] in _JOINS | _EITHER
            and _title_at(words, keys, start, i + 2, display)
        )
    return key != "me" or left >= 2  # Maître before a name, not "Me Faure"


def normalise_name(name: str) -> str:
    """The matching key of a donor's name.

    Case folded; Latin accents removed; Arabic hamza forms of alef made bare alef,
    alef maqsura made yeh, taa marbuta made heh, tatweel and harakat removed;
    invisible format characters (bidi marks, zero-width joiners) removed; hyphens,
    dots, apostrophes and commas (Latin or Arabic) read as spaces; whitespace collapsed.
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    # NFD splits accents (é -> e + U+0301) and hamza (أ -> ا + U+0654); drop every mark.
    decomposed = unicodedata.normalize("NFD", text)
    # Format characters (bidi marks pasted with Arabic text, zero-width joiners, soft
    # hyphens) are invisible: a name typed with them is the same name.
    stripped = "".join(c for c in decomposed if not unicodedata.category(c).startswith(("M", "Cf")))
    folded = unicodedata.normalize("NFC", stripped).translate(_FOLD)
    return _SEPARATORS.sub(" ", folded).strip()


#: Arabic-Indic and Eastern Arabic-Indic digits to Latin ones (``str.translate``).
LATIN_DIGITS = {0x0660 + i: str(i) for i in range(10)} | {0x06F0 + i: str(i) for i in range(10)}


def normalise_postcode(postcode: str) -> str:
    """Postcodes compare without case or spaces ("sw1a 1aa" == "SW1A1AA"), in Latin
    digits, and a postcode of digits without its leading zeros: a spreadsheet that
    opens a file turns the postcode 06000 into the number 6000."""
    key = re.sub(r"\s+", "", postcode).upper().translate(LATIN_DIGITS)
    if key.isascii() and key.isdigit():
        return key.lstrip("0") or "0"
    return key


def normalise_email(email: str) -> str:
    return email.strip().casefold()


#: Words of a legal form that make a name a company's wherever they stand ("SARL Dupuis",
#: "Müller & Söhne GmbH", "Acme, Inc."), and those that name an association; initials
#: written with dots count ("S.A.R.L."), and Arabic's شركة ("company") and ش.م.م (SARL).
#: Words that are also people's names ("Sas", "Sae", "Asso") are not among them.
_COMPANY_WORDS = frozenset(
    (
        *("sarl", "sasu", "eurl", "snc", "sci", "scop", "scic", "selarl", "sarlau", "sarlu"),
        *("gmbh", "llc", "inc", "incorporated", "ltd", "limited", "plc", "llp", "lllp"),
        *("corp", "corporation", "sprl", "bvba", "srl", "gaec", "scea", "selas", "شركه", "شمم"),
        *("ltee", "limitee", "senc", "sencrl", "scp", "scm"),
    )
)
_ASSOCIATION_WORDS = frozenset(
    (
        *("association", "associations", "stichting", "fondation", "foundation", "verein"),
        *("vereniging", "fundacion", "associazione", "جمعيه"),
    )
)
#: Short forms that are also names or initials ("Rui SA", "E. V. Rao", "Paul Sas"): a
#: company's (an association's: e.V.) only as the last of three words or more
#: ("BATIMENT DURAND SAS"); "Total SA" alone is not told from a person.
#: Two words that open a body's name, each of which alone could open a person's.
_LEAD_PAIRS = {
    ("centre", "hospitalier"): "public-body",
    # "Ville de Lyon", "CHU de Rouen" ("Ville" and "Chu" are also first names and surnames)
    **{(first, of): "public-body" for first in ("ville", "chu", "chr") for of in ("de", "d")},
    ("المكتب", "الوطني"): "public-body",
    **{
        ("union", second): "union"
        for second in ("departementale", "locale", "regionale", "syndicale", "nationale")
    },
}
_END_FORMS = {
    "sa": "company",
    "sas": "company",
    "ag": "company",
    "bv": "company",
    "nv": "company",
    "kg": "company",
    "se": "company",
    "ab": "company",
    "oy": "company",
    "asa": "company",
    "ev": "association",
}
#: The last two words of a firm's name after its founder's ("Dupont et Fils", "Martin &
#: Cie", "Smith & Sons").
_END_PAIRS = {
    (joined, heirs): "company"
    for joined in ("et", "&", "and")
    for heirs in ("fils", "freres", "cie", "sons", "co", "brothers")
}
#: A party's name: its word for party, then an adjective or an article ("Parti
#: socialiste", "Partido Popular", "Partito Democratico", "Parti de gauche").
_PARTY_LEADS = frozenset(("parti", "partido", "partito"))
_PARTY_SECONDS = frozenset(
    (
        *("de", "du", "des", "d", "la", "le", "les", "pour", "del", "della", "dei", "per"),
        *("socialiste", "communiste", "radical", "populaire", "ecologiste", "democrate"),
        *("republicain", "national", "nationaliste", "liberal", "chretien", "pirate"),
        *("animaliste", "ouvrier", "revolutionnaire", "vert", "breton", "occitan", "corse"),
        *("socialista", "comunista", "popular", "democratico", "democrata", "nacional"),
        *("verde", "liberale", "radicale", "repubblicano", "nazionale", "animalista"),
        *("progressiste", "anticapitaliste", "federaliste", "humaniste", "regionaliste"),
        *("travailliste", "independantiste", "autonomiste", "centriste", "europeen"),
    )
)
_FORM_WORDS = _COMPANY_WORDS | _ASSOCIATION_WORDS
_INITIALS = re.compile(r"(?<!\S)((?:\S )+\S)(?!\S)")
#: Words that open the name of a body, never a person's ("Société Générale", "Mairie de
#: Lyon", "Syndicat CGT", "Amicale des retraités", "Ets Martin et Fils"): what the donor is
#: when the name has two words or more and starts with one.
_LEAD_WORDS = {
    **dict.fromkeys(
        (
            *("societe", "ste", "ets", "etablissements", "entreprise", "compagnie", "cie"),
            *("groupe", "cooperative", "caisse", "credit", "banque", "laboratoires"),
            *("laboratoire", "cabinet"),
        ),
        "company",
    ),
    **dict.fromkeys(("syndicat", "confederation", "نقابه"), "union"),
    **dict.fromkeys(
        (
            *("mairie", "commune", "prefecture", "ministere", "departement"),
            *("region", "conseil", "communaute", "collectivite", "chambre"),
            *("office", "wilaya", "بلديه", "وزاره", "جماعه", "مجلس", "ولايه"),
        ),
        "public-body",
    ),
    **dict.fromkeys(
        ("ambassade", "consulat", "embassy", "consulate", "سفاره", "قنصليه"), "foreign"
    ),
    "حزب": "party",
    **dict.fromkeys(
        ("comite", "amicale", "federation", "club", "cercle", "collectif", "mutuelle"),
        "association",
    ),
}


def legal_form(name: str, key: str | None = None) -> str | None:
    """``"company"``, ``"association"``, ``"union"`` or ``"public-body"`` when a donor's
    name carries the legal form of one ("ACME S.A.R.L.", "SMITH & SONS HARDWARE LLC",
    "Stichting Vrienden", "BATIMENT DURAND SAS", "SAS Boulangerie Durand") or starts as
    one's does ("Société Générale", "Syndicat CGT", "Mairie de Lyon"), else None: a person,
    as far as the name says. ``key``: its ``normalise_name``, if known."""
    words = (normalise_name(name) if key is None else key).split()
    if not words:
        return None
    if not _FORM_WORDS.isdisjoint(words):
        return "association" if not _ASSOCIATION_WORDS.isdisjoint(words) else "company"
    if any(len(w) == 1 for w in words):
        # initials spelt with dots or spaces are one word: "s a r l" -> "sarl"
        words = _INITIALS.sub(_joined_initials, " ".join(words)).split()
        if not _FORM_WORDS.isdisjoint(words):
            return "association" if not _ASSOCIATION_WORDS.isdisjoint(words) else "company"
    if len(words) >= 2 and (lead := _LEAD_WORDS.get(words[0])) is not None:
        return lead
    if len(words) >= 2 and (lead := _LEAD_PAIRS.get((words[0], words[1]))) is not None:
        return lead
    if len(words) >= 2 and words[0] in _PARTY_LEADS and words[1] in _PARTY_SECONDS:
        return "party"  # "Parti socialiste", not "PARTI János" (a Hungarian surname first)
    if any(w == "local" and n.isdigit() for w, n in itertools.pairwise(words)):
        return "union"  # "Unifor Local 444": a union's local
    if len(words) >= 3 and (words[-2], words[-1]) in _END_PAIRS:
        return _END_PAIRS[(words[-2], words[-1])]
    written = name.split()
    if len(written) >= 3:
        form = _END_FORMS.get(words[-1])
        if form is not None:
            return form
        # "SAS Boulangerie Durand", "S.A.S. Dupuis Frères", "SA des Eaux de Paris"; not
        # initials ("S.A. de Villiers")
        if words[0] == "sas" or (words[0] == "sa" and written[0] == "SA"):
            return "company"
    return None


def may_be_legal_form(name: str) -> bool:
    """Whether a name ``legal_form`` takes for a person's ends as a company's may: with a
    short form written as one, in capitals or with its dots ("Total SA", "Leroy S.A.",
    "Martin SAS", "Müller AG"), after words not all in capitals ("ANNE SA" is a name in
    capitals; "Anne Sa" a surname). Said to the treasurer, who knows the donor: such a
    name is also a person's ("Rui SA")."""
    written = name.split()
    if len(written) < 2:
        return False
    last = written[-1]
    letters = last.replace(".", "")
    if not letters.isupper() or _END_FORMS.get(letters.casefold()) is None:
        return False
    return ("." in last or not " ".join(written[:-1]).isupper()) and legal_form(name) is None


def _joined_initials(match: re.Match[str]) -> str:
    parts = match.group(1).split(" ")
    return "".join(parts) if all(len(p) == 1 for p in parts) else match.group(1)
