"""A report, defined once: its title, columns and rows, written to PDF and XLSX alike.

Reports are data. A report's rows come from ledger queries as a stream (so a
million-row journal never sits in memory); the PDF and XLSX writers read the same
``Report`` and so always hold the same rows and totals.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from treasurer.core.money import Money

Cell = str | int | dt.date | Money | None


class Kind(enum.StrEnum):
    TEXT = "text"
    DATE = "date"
    MONEY = "money"
    COUNT = "count"
    ID = "id"  # a number shown as is, never grouped
    CHOICE = "choice"  # a code (donor kind, payment method) shown in the report's language


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: Mapping[str, str]  # language -> heading
    kind: Kind = Kind.TEXT
    width: float = 1.0  # relative width in the PDF

    def heading(self, language: str) -> str:
        return self.title.get(language) or self.title["en"]


@dataclass(frozen=True, slots=True)
class Report:
    """What a writer needs: the header of every page, the columns, rows and totals."""

    id: str
    title: Mapping[str, str]
    organisation: str
    period: str
    currency: str
    columns: tuple[Column, ...]
    rows: Callable[[], Iterator[tuple[Cell, ...]]]
    totals: Mapping[str, Cell] = field(default_factory=dict)
    generated_on: dt.date = field(default_factory=dt.date.today)
    notes: tuple[str, ...] = ()

    def heading(self, language: str) -> str:
        return self.title.get(language) or self.title["en"]


#: Codes of donor kinds and payment methods, in the report's language.
CHOICES: dict[str, dict[str, str]] = {
    "fr": {
        "individual": "personne",
        "company": "entreprise",
        "union": "syndicat",
        "association": "association",
        "party": "parti",
        "public-body": "organisme public",
        "foreign": "étranger",
        "anonymous": "anonyme",
        "other": "autre",
        "cash": "espèces",
        "cheque": "chèque",
        "card": "carte",
        "transfer": "virement",
        "online": "en ligne",
        "in-kind": "en nature",
    },
    "ar": {
        "individual": "شخص",
        "company": "شركة",
        "union": "نقابة",
        "association": "جمعية",
        "party": "حزب",
        "public-body": "هيئة عمومية",
        "foreign": "أجنبي",
        "anonymous": "مجهول",
        "other": "آخر",
        "cash": "نقدا",
        "cheque": "شيك",
        "card": "بطاقة",
        "transfer": "تحويل",
        "online": "عبر الإنترنت",
        "in-kind": "عيني",
    },
}


#: Codes that only filings use, in every language (English too): the Electoral
#: Commission's donor statuses and natures of donation, a register's states.
_FILING_CHOICES: dict[str, dict[str, str]] = {
    "en": {
        "ec:individual": "Individual",
        "ec:company": "Company",
        "ec:union": "Trade union",
        "ec:association": "Unincorporated association",
        "ec:party": "Registered political party",
        "ec:public-body": "Impermissible donor (public body)",
        "ec:foreign": "Impermissible donor",
        "ec:anonymous": "Unidentifiable donor",
        "ec:other": "Other",
        "ec:cash": "Cash",
        "ec:non-cash": "Non-cash",
        "receipt:issued": "issued",
        "receipt:void": "void",
        "nature:cash": "in cash",
        "nature:in-kind": "in kind",
        "line:itemized": "Itemized contributions",
        "line:unitemized": "Unitemized contributions",
        "line:named": "Named contributors",
        "line:others": "Contributors at or under the threshold",
    },
    "fr": {
        "ec:individual": "Personne",
        "ec:company": "Société",
        "ec:union": "Syndicat",
        "ec:association": "Association non constituée",
        "ec:party": "Parti politique enregistré",
        "ec:public-body": "Donateur non autorisé (organisme public)",
        "ec:foreign": "Donateur non autorisé",
        "ec:anonymous": "Donateur non identifiable",
        "ec:other": "Autre",
        "ec:cash": "Numéraire",
        "ec:non-cash": "En nature",
        "receipt:issued": "délivré",
        "receipt:void": "annulé",
        "nature:cash": "en numéraire",
        "nature:in-kind": "en nature",
        "line:itemized": "Contributions détaillées",
        "line:unitemized": "Contributions non détaillées",
        "line:named": "Contributeurs nommés",
        "line:others": "Contributeurs au plus au seuil",
    },
    "ar": {
        "ec:individual": "شخص",
        "ec:company": "شركة",
        "ec:union": "نقابة عمالية",
        "ec:association": "جمعية غير مسجلة",
        "ec:party": "حزب سياسي مسجل",
        "ec:public-body": "متبرع غير مسموح له (هيئة عمومية)",
        "ec:foreign": "متبرع غير مسموح له",
        "ec:anonymous": "متبرع مجهول الهوية",
        "ec:other": "آخر",
        "ec:cash": "نقدي",
        "ec:non-cash": "غير نقدي",
        "receipt:issued": "مسلَّم",
        "receipt:void": "ملغى",
        "nature:cash": "مالي",
        "nature:in-kind": "عيني",
        "line:itemized": "المساهمات المفصلة",
        "line:unitemized": "المساهمات غير المفصلة",
        "line:named": "المساهمون المذكورون بالاسم",
        "line:others": "المساهمون عند العتبة أو دونها",
    },
}
for _language, _table in _FILING_CHOICES.items():
    CHOICES.setdefault(_language, {}).update(_table)


def choice(code: str, language: str) -> str:
    return CHOICES.get(language, {}).get(code, code)


#: Words of the page furniture, by language.
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "period": "Period",
        "generated": "Generated on",
        "page": "Page {page} of {pages}",
        "total": "Total",
        "rows": "{count} rows",
    },
    "fr": {
        "period": "Période",
        "generated": "Établi le",
        "page": "Page {page} sur {pages}",
        "total": "Total",
        "rows": "{count} lignes",
    },
    "ar": {
        "period": "الفترة",
        "generated": "أعد في",
        "page": "الصفحة {page} من {pages}",
        "total": "المجموع",
        "rows": "{count} سطر",
    },
}
