"""Flag explanations a volunteer understands, in English, French and Arabic.

Each message says who, what is wrong and by how much, under which rule (with its
source), what to do and by when; and, when the rule's figure is ``uncertain``,
that it must be checked against the source.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from treasurer.core.compliance import FlagKind
from treasurer.core.money import Money, format_money
from treasurer.core.profiles import Rule

#: Arabic as the window writes it (Moroccan: Latin digits, 1.500,00), so that a flag's
#: explanation and the tables beside it agree
_LOCALES = {"en": "en", "fr": "fr", "ar": "ar_MA"}

_WHAT: dict[str, dict[FlagKind, str]] = {
    "en": {
        FlagKind.OVER_LIMIT: "{donor} has given {total} in {period}; the cap is {limit}, so {over} is over it.",
        FlagKind.NEAR_LIMIT: "{donor} has given {total} in {period}, close to the cap of {limit}.",
        FlagKind.PROHIBITED_SOURCE: "{donor} may not give to the party; {total} was received.",
        FlagKind.CASH_OVER_CAP: "{donor} gave {total} in cash; cash is allowed up to {limit}, so {over} is over it.",
        FlagKind.ANONYMOUS_OVER_CAP: "An anonymous gift of {total} exceeds the {limit} allowed; {over} is over it.",
        FlagKind.PERMISSIBILITY_CHECK: "{donor} gave {total}, above {limit}: record a check that they may give.",
        FlagKind.REPORTABLE: "{donor} has given {total} in {period}, over the reporting threshold of {limit}.",
        FlagKind.MISSING_INFORMATION: "{donor}: {fields} must be recorded ({total} given in {period}).",
    },
    "fr": {
        FlagKind.OVER_LIMIT: "{donor} a donné {total} en {period} ; le plafond est de {limit}, soit {over} de trop.",
        FlagKind.NEAR_LIMIT: "{donor} a donné {total} en {period}, près du plafond de {limit}.",
        FlagKind.PROHIBITED_SOURCE: "{donor} ne peut pas financer le parti ; {total} ont été reçus.",
        FlagKind.CASH_OVER_CAP: "{donor} a donné {total} en espèces ; la limite est de {limit}, soit {over} de trop.",
        FlagKind.ANONYMOUS_OVER_CAP: "Un don anonyme de {total} dépasse les {limit} permis, de {over}.",
        FlagKind.PERMISSIBILITY_CHECK: "{donor} a donné {total}, plus de {limit} : enregistrez la vérification de son droit à donner.",
        FlagKind.REPORTABLE: "{donor} a donné {total} en {period}, au-delà du seuil de déclaration de {limit}.",
        FlagKind.MISSING_INFORMATION: "{donor} : il faut enregistrer {fields} ({total} donnés en {period}).",
    },
    "ar": {
        FlagKind.OVER_LIMIT: "تبرع {donor} بمبلغ {total} في {period}؛ السقف هو {limit}، أي بزيادة {over}.",
        FlagKind.NEAR_LIMIT: "تبرع {donor} بمبلغ {total} في {period}، وهو قريب من السقف {limit}.",
        FlagKind.PROHIBITED_SOURCE: "لا يجوز لـ{donor} التبرع للحزب؛ تم استلام {total}.",
        FlagKind.CASH_OVER_CAP: "تبرع {donor} نقداً بمبلغ {total}؛ الحد المسموح نقداً هو {limit}، أي بزيادة {over}.",
        FlagKind.ANONYMOUS_OVER_CAP: "تبرع مجهول المصدر بمبلغ {total} يتجاوز الحد المسموح {limit} بمقدار {over}.",
        FlagKind.PERMISSIBILITY_CHECK: "تبرع {donor} بمبلغ {total}، أكثر من {limit}: سجّل التحقق من أهليته للتبرع.",
        FlagKind.REPORTABLE: "تبرع {donor} بمبلغ {total} في {period}، فوق عتبة التصريح {limit}.",
        FlagKind.MISSING_INFORMATION: "{donor}: يجب تسجيل {fields} (تبرع بمبلغ {total} في {period}).",
    },
}
_RULE = {
    "en": "Rule {rule}: {title}. Source: {source}.",
    "fr": "Règle {rule} : {title}. Source : {source}.",
    "ar": "القاعدة {rule}: {title}. المصدر: {source}.",
}
_BY = {
    "en": "To do by {date}: {remedy}",
    "fr": "À faire avant le {date} : {remedy}",
    "ar": "يجب القيام بذلك قبل {date}: {remedy}",
}
_TODO = {"en": "To do: {remedy}", "fr": "À faire : {remedy}", "ar": "المطلوب: {remedy}"}
_UNCERTAIN = {
    "en": "This rule's figure is marked uncertain: check it against the source before relying on it.",
    "fr": "Le montant de cette règle est incertain : vérifiez-le à la source avant de vous y fier.",
    "ar": "رقم هذه القاعدة غير مؤكد: تحقق منه في المصدر قبل الاعتماد عليه.",
}
_FIELD_NAMES = {
    "fr": {
        "address": "l'adresse",
        "postcode": "le code postal",
        "city": "la ville",
        "country": "le pays",
        "email": "l'e-mail",
        "employer": "l'employeur",
        "occupation": "la profession",
    },
    "ar": {
        "address": "العنوان",
        "postcode": "الرمز البريدي",
        "city": "المدينة",
        "country": "البلد",
        "email": "البريد الإلكتروني",
        "employer": "المشغّل",
        "occupation": "المهنة",
    },
}


@dataclass(frozen=True, slots=True)
class FlagText:
    """The parts of a flag's explanation."""

    kind: FlagKind
    donor: str
    period: str
    total: Money | None
    limit: Money | None
    over: Money | None
    deadline: dt.date | None
    fact_status: str
    source: str
    missing_fields: tuple[str, ...] = ()


def explain(text: FlagText, rule: Rule | None, language: str = "en") -> str:
    """The full explanation of a flag in ``language`` (en, fr or ar)."""
    lang = language if language in _WHAT else "en"
    locale = _LOCALES[lang]

    def amount(value: Money | None) -> str:
        return format_money(value, locale) if value is not None else "—"

    names = _FIELD_NAMES.get(lang, {})
    fields = ", ".join(names.get(f, f) for f in text.missing_fields)
    parts = [
        _WHAT[lang][text.kind].format(
            donor=text.donor,
            period=text.period,
            total=amount(text.total),
            limit=amount(text.limit),
            over=amount(text.over),
            fields=fields,
        )
    ]
    if rule is not None:
        parts.append(
            _RULE[lang].format(rule=rule.id, title=rule.title.get(lang), source=text.source)
        )
        if rule.remedy is not None:
            remedy = rule.remedy.get(lang)
            if text.deadline is not None:
                parts.append(_BY[lang].format(date=text.deadline.isoformat(), remedy=remedy))
            else:
                parts.append(_TODO[lang].format(remedy=remedy))
    else:
        parts.append(text.source)
    if text.fact_status == "uncertain":
        parts.append(_UNCERTAIN[lang])
    return " ".join(parts)
