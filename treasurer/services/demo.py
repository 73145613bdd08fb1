"""A realistic, seeded demo ledger: for trying Treasurer, for screenshots and benchmarks.

Donors with Arabic, French and English names; many small gifts and a few large
ones over the twelve months before ``end``; some cash; a few companies,
associations and other kinds; a few near-duplicates of the same person spelled
differently (for the matching to find); several donors with the same name who are
different people (told apart by postcode).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from treasurer.core.model import (
    DonorDetails,
    DonorId,
    DonorKind,
    NewDonation,
    PaymentMethod,
    UnitId,
)
from treasurer.core.money import Money, currency_exponent
from treasurer.db.audit import Group
from treasurer.services.compliance import check_ledger, ledger_rules_apply
from treasurer.services.ledger import init_ledger
from treasurer.services.session import Ledger, LedgerLocation, current_actor

_ARABIC_FIRST = (
    "محمد",
    "أحمد",
    "يوسف",
    "عمر",
    "حسن",
    "كريم",
    "إبراهيم",
    "عبد الله",
    "سعيد",
    "رشيد",
    "فاطمة",
    "خديجة",
    "مريم",
    "سعاد",
    "نادية",
    "زينب",
    "ليلى",
    "حنان",
    "سلمى",
    "أمينة",
)
_ARABIC_LAST = (
    "العلمي",
    "بنعلي",
    "الإدريسي",
    "التازي",
    "الفاسي",
    "بنجلون",
    "الشرقاوي",
    "المنصوري",
    "الحسني",
    "الوزاني",
    "بناني",
    "العمراني",
    "السباعي",
    "الكتاني",
    "الزياني",
)
_MAGHREB_LATIN_FIRST = (
    "Mohamed",
    "Youssef",
    "Karim",
    "Fatima Zahra",
    "Khadija",
    "Omar",
    "Salma",
    "Rachid",
    "Nadia",
    "Hicham",
    "Meryem",
    "Abdellah",
)
_MAGHREB_LATIN_LAST = (
    "El Alami",
    "Benali",
    "El Idrissi",
    "Tazi",
    "Bennani",
    "Cherkaoui",
    "El Mansouri",
    "Alaoui",
    "Berrada",
    "Ouazzani",
    "Lahlou",
    "Squalli",
)
_FRENCH_FIRST = (
    "Claire",
    "Jean-Pierre",
    "Hélène",
    "François",
    "Amélie",
    "Théo",
    "Chloé",
    "Loïc",
    "Élodie",
    "Benoît",
    "Camille",
    "Sébastien",
    "Margaux",
    "Noël",
    "Anaïs",
)
_FRENCH_LAST = (
    "Dubois",
    "Lefèvre",
    "Moreau",
    "Girard",
    "Fontaine",
    "Rousseau",
    "Bérenger",
    "Leclerc",
    "Chevalier",
    "Faure",
    "Gauthier",
    "Perrin",
    "Morel",
    "Lambert",
    "Dupré",
)
_ENGLISH_FIRST = (
    "James",
    "Olivia",
    "Thomas",
    "Amelia",
    "George",
    "Isla",
    "Harry",
    "Emily",
    "Jack",
    "Sophie",
    "William",
    "Grace",
)
_ENGLISH_LAST = (
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Robinson",
    "Wright",
    "O'Connor",
    "Hughes",
)
_COMPANIES = (
    "Atlas Import SARL",
    "Boulangerie Martin SAS",
    "Northwind Trading Ltd",
    "شركة الأطلس للتجارة",
    "Imprimerie du Centre",
    "Green Valley Farms Ltd",
)
_ASSOCIATIONS = ("Association des Amis du Quartier", "جمعية الأمل", "Friends of the Park")
_UNIONS = ("Syndicat National des Enseignants", "Union of Transport Workers")
_FOREIGN = ("Global Holdings Inc.", "Fundación Horizonte")
#: Pairs (as typed on one form, as typed on another): one person, two spellings
#: whose keys differ, so only fuzzy matching can propose to merge them.
_NEAR_DUPLICATES = (
    ("Mohamed El Alami", "Mohammed El-Alami"),
    ("Youssef Benali", "Yousef Ben Ali"),
    ("Catherine Smith", "Katherine Smith"),
    ("محمد العلمي", "محمد العالمي"),
    ("Jean-Pierre Lefèvre", "J.-P. Lefèvre"),
)
_CITIES = {
    "MA": (("Casablanca", "20000"), ("Rabat", "10000"), ("Fès", "30000"), ("Marrakech", "40000")),
    "FR": (("Paris", "75011"), ("Lyon", "69003"), ("Marseille", "13001"), ("Lille", "59000")),
    "GB": (("London", "N1 9GU"), ("Leeds", "LS1 4DY"), ("Bristol", "BS1 5TR")),
}
_UNITS = ("North office", "South office")
_BATCH = 50_000


@dataclass(frozen=True, slots=True)
class DemoResult:
    donors: int
    donations: int
    units: int


def generate_demo(
    ledger: Ledger,
    *,
    donations: int = 2000,
    seed: int = 1,
    end: dt.date | None = None,
    unit: str | None = None,
) -> DemoResult:
    """Add ``donations`` seeded donations (and their donors) to the ledger, in one
    transaction; all in accounting unit ``unit`` if given (a field office's)."""
    if donations < 0:
        raise ValueError("donations must not be negative")
    rng = random.Random(seed)
    settings = ledger.settings()
    currency = settings.base_currency
    end = end or dt.date.today()
    scale = 10 if currency == "MAD" else 1
    exponent = currency_exponent(currency)
    pool = _donor_pool(rng, max(12, donations // 4))
    with ledger.store.transaction() as repo:
        units: list[UnitId | None] = [None, None, None]
        for name in _UNITS if unit is None else (unit,):
            found = repo.unit_by_name(name) or repo.add_unit(name)
            units.append(found.id)
        if unit is not None:
            units = units[3:]
        donations_before = repo.last_donation_id()
        donor_ids = repo.bulk_add_donors(pool)
        weights = _donor_weights(pool)
        first = repo.count_donations() + 1  # demo references stay unique across runs
        stream = _donations(
            rng, donor_ids, weights, donations, end, currency, scale, exponent, units, first
        )
        added = 0
        while chunk := list(islice(stream, _BATCH)):
            added += repo.bulk_add_donations(chunk)
        repo.append_audit(
            actor=current_actor(repo),
            action="demo.generate",
            entity="ledger",
            entity_uuid=settings.ledger_id,
            after={"donors": len(pool), "donations": added, "seed": seed, "end": end.isoformat()},
            groups=[
                Group.adopt("donor", f"id >= {int(donor_ids[0])}" if donor_ids else "1 = 0"),
                Group.adopt("donation", f"id > {int(donations_before)}"),
            ],
        )
    return DemoResult(donors=len(pool), donations=added, units=len(_UNITS))


def _donor_pool(rng: random.Random, size: int) -> list[DonorDetails]:
    pool: list[DonorDetails] = []
    for a, b in _NEAR_DUPLICATES:
        country = (
            "MA"
            if any("\u0600" <= c <= "\u06ff" for c in a) or "El" in a or "Ben" in a
            else ("FR" if "Lef" in a else "GB")
        )
        city, postcode = _CITIES[country][0]
        pool.append(DonorDetails(name=a, city=city, postcode=postcode, country=country))
        pool.append(DonorDetails(name=b, city=city, country=country))
    while len(pool) < size:
        roll = rng.random()
        if roll < 0.03:
            pool.append(_organisation(rng, DonorKind.COMPANY, _COMPANIES))
        elif roll < 0.04:
            pool.append(_organisation(rng, DonorKind.ASSOCIATION, _ASSOCIATIONS))
        elif roll < 0.045:
            pool.append(_organisation(rng, DonorKind.UNION, _UNIONS))
        elif roll < 0.05:
            pool.append(_organisation(rng, DonorKind.FOREIGN, _FOREIGN, country="ES"))
        else:
            pool.append(_person(rng))
    return pool[:size]


def _person(rng: random.Random) -> DonorDetails:
    roll = rng.random()
    if roll < 0.35:
        name, country = f"{rng.choice(_ARABIC_FIRST)} {rng.choice(_ARABIC_LAST)}", "MA"
    elif roll < 0.55:
        name, country = (
            f"{rng.choice(_MAGHREB_LATIN_FIRST)} {rng.choice(_MAGHREB_LATIN_LAST)}",
            "MA",
        )
    elif roll < 0.8:
        name, country = f"{rng.choice(_FRENCH_FIRST)} {rng.choice(_FRENCH_LAST)}", "FR"
    else:
        name, country = f"{rng.choice(_ENGLISH_FIRST)} {rng.choice(_ENGLISH_LAST)}", "GB"
    city, postcode = _address(rng, country)
    if rng.random() < 0.5:  # a second given name or initial: fewer namesakes
        given, _, family = name.partition(" ")
        middle = (
            rng.choice(_ARABIC_FIRST)
            if country == "MA" and "\u0600" <= name[0] <= "\u06ff"
            else (f"{rng.choice('ABCDEFGHJKLMNPRST')}.")
        )
        name = f"{given} {middle} {family}"
    return DonorDetails(
        name=name,
        address=_street(rng, country) if rng.random() < 0.9 else None,
        city=city,
        postcode=postcode,
        country=country,
        employer=rng.choice((None, "Self-employed", "City council", "Atlas Import SARL")),
        email=f"donor{rng.randrange(10**8):08d}@example.org" if rng.random() < 0.6 else None,
        occupation=rng.choice((None, "Teacher", "Engineer", "Retired", "Nurse", "Shopkeeper")),
    )


def _organisation(
    rng: random.Random, kind: DonorKind, names: tuple[str, ...], country: str = "MA"
) -> DonorDetails:
    city, postcode = _address(rng, country if country in _CITIES else "FR")
    return DonorDetails(
        name=rng.choice(names),
        kind=kind,
        address=_street(rng, country),
        city=city,
        postcode=postcode,
        country=country,
    )


def _street(rng: random.Random, country: str) -> str:
    number = rng.randrange(1, 200)
    if country == "MA":
        return (
            f"{number} {rng.choice(('Avenue Hassan II', 'Rue Ibn Batouta', 'Boulevard Zerktouni'))}"
        )
    if country == "GB":
        return f"{number} {rng.choice(('High Street', 'Station Road', 'Church Lane'))}"
    return (
        f"{number} {rng.choice(('rue de la République', 'avenue Jean Jaurès', 'rue Victor Hugo'))}"
    )


def _address(rng: random.Random, country: str) -> tuple[str, str]:
    """A city and a plausible postcode in it (so namesakes usually differ by postcode)."""
    city, base = rng.choice(_CITIES[country])
    if country == "GB":
        return (
            city,
            f"{base.split()[0]} {rng.randrange(1, 10)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}",
        )
    return city, f"{base[:2]}{rng.randrange(1000):03d}"


def _donor_weights(pool: list[DonorDetails]) -> list[float]:
    """Regulars give often; most donors give once or twice."""
    return [8.0 if i < 10 else 1.0 / (1 + (i % 50)) + 0.2 for i in range(len(pool))]


def _donations(  # noqa: PLR0917 - a private generator with one caller
    rng: random.Random,
    donor_ids: list[DonorId],
    weights: list[float],
    count: int,
    end: dt.date,
    currency: str,
    scale: int,
    exponent: int,
    units: list[UnitId | None],
    first: int,
) -> Iterator[tuple[DonorId, NewDonation]]:
    # Everyone in the pool gives at least once (while there are donations to go round).
    chosen = donor_ids[:count] + rng.choices(
        donor_ids, weights=weights, k=max(0, count - len(donor_ids))
    )
    rng.shuffle(chosen)
    unit_of_minor = 10**exponent
    for n, donor_id in enumerate(chosen):
        roll = rng.random()
        if roll < 0.70:
            major = rng.choice((5, 10, 10, 15, 20, 20, 25, 30, 50, 50, 75, 100))
        elif roll < 0.95:
            major = rng.choice((100, 150, 200, 250, 300, 500, 750, 1000))
        elif roll < 0.995:
            major = rng.choice((1000, 1500, 2000, 2500, 3000, 5000))
        else:
            major = rng.choice((5000, 7500, 10000, 20000))
        minor = major * scale * unit_of_minor
        if exponent and rng.random() < 0.1:
            minor += 50 * unit_of_minor // 100
        method = rng.choices(
            (
                PaymentMethod.ONLINE,
                PaymentMethod.CARD,
                PaymentMethod.TRANSFER,
                PaymentMethod.CHEQUE,
                PaymentMethod.CASH,
                PaymentMethod.IN_KIND,
            ),
            weights=(45, 20, 18, 8, 8, 1),
        )[0]
        if method is PaymentMethod.CASH and rng.random() < 0.85:
            minor = min(minor, 100 * scale * unit_of_minor)
        reference = (
            None
            if method in (PaymentMethod.CASH, PaymentMethod.IN_KIND)
            else f"DEMO-{first + n:08d}"
        )
        yield (
            donor_id,
            NewDonation(
                received_on=end - dt.timedelta(days=rng.randrange(365)),
                amount=Money(minor, currency),
                method=method,
                reference=reference,
                unit_id=rng.choice(units),
                notes="furniture for the office" if method is PaymentMethod.IN_KIND else None,
            ),
        )


def ensure_demo_ledger(
    location: LedgerLocation, *, donations: int = 2000, seed: int = 1
) -> LedgerLocation:
    """The demo ledger at ``location``, created and filled (a Moroccan party, MAD) if absent."""
    path = location.path
    if path is not None and path.exists():
        return location
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    init_ledger(location, name="Demo party", jurisdiction="ma", currency="MAD")
    with Ledger.open(location) as ledger:
        generate_demo(ledger, donations=donations, seed=seed)
        if ledger_rules_apply(ledger):
            check_ledger(ledger)
    return location
