"""Refunds and returns, flags, large donations, import batches, the audit summary, and the
year-end summary that the accountant reconciles against the journal."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from treasurer.core.model import LedgerSettings
from treasurer.core.money import Money, format_money
from treasurer.core.periods import Span
from treasurer.db import models as m
from treasurer.db.filings import FilingQueries
from treasurer.db.repository import LedgerRepository
from treasurer.reports.filings import accepted_values, say_in
from treasurer.reports.model import Cell, Column, Kind, Report

#: The titles of these reports, in the three languages (used by the list of reports too).
TITLES: dict[str, dict[str, str]] = {
    "refunds": {
        "en": "Refunds and returns",
        "fr": "Remboursements et restitutions",
        "ar": "المبالغ المستردة والمرجعة",
    },
    "flags": {"en": "Flags", "fr": "Alertes", "ar": "التنبيهات"},
    "large-donations": {
        "en": "Register of large donations",
        "fr": "Registre des dons importants",
        "ar": "سجل التبرعات الكبيرة",
    },
}


def _col(  # noqa: PLR0917 - a column heading in three languages, read like a table row
    key: str, en: str, fr: str, ar: str, kind: Kind = Kind.TEXT, width: float = 1.0
) -> Column:
    return Column(key, {"en": en, "fr": fr, "ar": ar}, kind, width)


_ID = _col("id", "No.", "N°", "رقم", Kind.ID, 0.5)
_DATE = _col("date", "Date", "Date", "التاريخ", Kind.DATE, 0.8)
_DONOR = _col("donor", "Donor", "Donateur", "المتبرع", Kind.TEXT, 2.0)
_AMOUNT = _col("amount", "Amount", "Montant", "المبلغ", Kind.MONEY, 0.9)


def refunds(
    repo: LedgerRepository, settings: LedgerSettings, span: Span, unit_id: int | None = None
) -> Report:
    """Money given back in the period: refunds and returns, with the donation they return."""
    d, donor = m.Donation, m.Donor
    original = aliased(m.Donation)
    where = [d.received_on >= span.start, d.received_on <= span.end, d.entry_type != "donation"]
    if unit_id is not None:
        where.append(d.unit_id == unit_id)
    stmt = (
        select(
            d.id,
            d.received_on,
            donor.name,
            d.entry_type,
            d.refund_of_id,
            original.received_on,
            d.notes,
            d.amount_minor,
            d.currency,
        )
        .join(donor, donor.id == d.donor_id)
        .outerjoin(original, original.id == d.refund_of_id)
        .where(*where)
        .order_by(d.received_on, d.id)
    )
    session = repo.session

    def rows() -> Iterator[tuple[Cell, ...]]:
        for r in session.execute(stmt):
            yield (r[0], r[1], r[2], r[3], r[4], r[5], r[6], Money(-r[7], r[8]))

    total = session.execute(
        select(func.coalesce(func.sum(d.amount_minor), 0), func.count(d.id)).where(
            *where, d.currency == settings.base_currency
        )
    ).one()
    return Report(
        id="refunds",
        title=TITLES["refunds"],
        organisation=settings.name,
        period=span.label,
        currency=settings.base_currency,
        columns=(
            _ID,
            _DATE,
            _DONOR,
            _col("type", "Type", "Type", "النوع", Kind.CHOICE, 0.7),
            _col("of", "Of donation", "Du don", "عن التبرع", Kind.ID, 0.6),
            _col("of_date", "Donation date", "Date du don", "تاريخ التبرع", Kind.DATE, 0.8),
            _col("notes", "Notes", "Notes", "ملاحظات", Kind.TEXT, 1.6),
            _AMOUNT,
        ),
        rows=rows,
        totals={"id": int(total[1]), "amount": Money(-int(total[0]), settings.base_currency)},
    )


def flags_report(
    repo: LedgerRepository, settings: LedgerSettings, span: Span, unit_id: int | None = None
) -> Report:
    """Flags raised in the period and flags still open, with their deadlines."""
    f, donor = m.Flag, m.Donor
    stmt = (
        select(
            f.id,
            f.raised_on,
            donor.name,
            f.kind,
            f.severity,
            f.status,
            f.period,
            f.deadline,
            f.rule_id,
            f.over_minor,
            f.currency,
        )
        .outerjoin(donor, donor.id == f.donor_id)
        .where(((f.raised_on >= span.start) & (f.raised_on <= span.end)) | (f.status == "open"))
        .order_by(f.status != "open", f.deadline.is_(None), f.deadline, f.id)
    )
    session = repo.session

    def rows() -> Iterator[tuple[Cell, ...]]:
        for r in session.execute(stmt):
            over = (
                Money(r[9], r[10]) if r[9] is not None and r[10] == settings.base_currency else None
            )
            yield (r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], over)

    return Report(
        id="flags",
        title=TITLES["flags"],
        organisation=settings.name,
        period=span.label,
        currency=settings.base_currency,
        columns=(
            _ID,
            _col("raised", "Raised", "Levée le", "تاريخ الإثارة", Kind.DATE, 0.8),
            _DONOR,
            _col("kind", "Kind", "Nature", "النوع", Kind.TEXT, 1.1),
            _col("severity", "Severity", "Gravité", "الخطورة", Kind.TEXT, 0.6),
            _col("status", "Status", "État", "الحالة", Kind.TEXT, 0.6),
            _col("period", "Period", "Période", "الفترة", Kind.TEXT, 0.7),
            _col("deadline", "Deadline", "Échéance", "الأجل", Kind.DATE, 0.8),
            _col("rule", "Rule", "Règle", "القاعدة", Kind.TEXT, 1.4),
            _col("over", "Over", "Dépassement", "التجاوز", Kind.MONEY, 0.8),
        ),
        rows=rows,
    )


def large_donations(
    repo: LedgerRepository,
    settings: LedgerSettings,
    span: Span,
    unit_id: int | None = None,
    *,
    threshold: Money,
    within_days: int | None = None,
    language: str = "en",
) -> Report:
    """The register of large donations: each gift over ``threshold`` received in the
    period and not given back whole, at its value accepted, with the permissibility
    check recorded for its donor (the latest on or after it, else the latest before).

    The value accepted is the one the filings report (filings.accepted_values): the gift
    less what was refunded, returned or charged back of it within ``within_days`` of
    receipt (the profile's permissibility check deadline; None: whenever). Whether a
    gift is large is decided on what was given, as the rules decide which gifts count
    (a £2,000 gift of which £1,500 went back needed its check: listed, at £500).
    """
    d, check = m.Donation, m.PermissibilityCheckRow
    where = [
        d.received_on >= span.start,
        d.received_on <= span.end,
        d.entry_type == "donation",
        d.amount_minor > threshold.minor,
        d.currency == threshold.currency,
    ]
    if unit_id is not None:
        where.append(d.unit_id == unit_id)
    session = repo.session
    queries = FilingQueries(session)
    ids = list(session.scalars(select(d.id).where(*where)))
    lines = queries.donation_lines(ids)
    back = queries.returned(ids)
    accepted = accepted_values(lines.values(), back, within_days=within_days)
    kept = sorted(
        (line for line in lines.values() if accepted[line.id] > 0),
        key=lambda line: (line.received_on, line.id),
    )

    def rows() -> Iterator[tuple[Cell, ...]]:
        for line in kept:
            checks = session.execute(
                select(check.checked_on, check.method, check.permissible)
                .where(check.donor_id == line.donor_id)
                .order_by(check.checked_on.desc())
            ).all()
            evidence = next(
                (c for c in checks if c[0] >= line.received_on), checks[0] if checks else None
            )
            text = (
                (
                    f"{evidence[0].isoformat()} {evidence[1]}: "
                    f"{'permissible' if evidence[2] else 'impermissible'}"
                )
                if evidence
                else None
            )
            given = line.amount.minor - accepted[line.id]
            yield (
                line.id,
                line.received_on,
                line.donor_name,
                line.donor_kind,
                line.full_address,
                line.method,
                text,
                line.amount,
                Money(given, line.amount.currency) if given else None,
                Money(accepted[line.id], line.amount.currency),
            )

    currency = threshold.currency

    def total(values: Iterable[int]) -> Money:
        return Money(sum(values), currency)

    over = format_money(threshold, language)
    when = (
        say_in(
            language,
            f"within {within_days} days of receipt (kept longer, it was accepted)",
            f"dans les {within_days} jours de sa réception (conservé plus longtemps, il a été "
            "accepté)",
            f"خلال {within_days} يوما من استلامه (وإن احتفظ به أكثر فقد قبل)",
        )
        if within_days is not None
        else say_in(language, "whenever", "quelle qu'en soit la date", "أيا كان تاريخه")
    )
    return Report(
        id="large-donations",
        title=TITLES["large-donations"],
        organisation=settings.name,
        period=span.label,
        currency=settings.base_currency,
        columns=(
            _ID,
            _DATE,
            _DONOR,
            _col("kind", "Kind", "Type", "الصفة", Kind.CHOICE, 0.8),
            _col("address", "Address", "Adresse", "العنوان", Kind.TEXT, 1.6),
            _col("method", "Method", "Moyen", "طريقة الدفع", Kind.CHOICE, 0.7),
            _col(
                "check", "Permissibility check", "Vérification", "التحقق من الأهلية", Kind.TEXT, 1.6
            ),
            _col("received", "Received", "Reçu", "المبلغ المستلم", Kind.MONEY, 0.9),
            _col("back", "Given back", "Rendu", "المبلغ المرجع", Kind.MONEY, 0.9),
            _col("amount", "Value accepted", "Valeur acceptée", "القيمة المقبولة", Kind.MONEY, 0.9),
        ),
        rows=rows,
        totals={
            "id": len(kept),
            "received": total(line.amount.minor for line in kept),
            "back": total(line.amount.minor - accepted[line.id] for line in kept),
            "amount": total(accepted[line.id] for line in kept),
        },
        notes=(
            say_in(
                language,
                f"Donations of over {over} received in the period, at their value accepted: "
                f"the gift less what was refunded, returned or charged back of it {when}. A "
                "donation given back whole in that time was not accepted and is not listed; "
                "money a chargeback's reversal brought back is listed as a donation of the "
                "day it came back.",
                f"Dons de plus de {over} reçus dans la période, pour leur valeur acceptée : le "
                f"don, moins ce qui en a été remboursé, restitué ou contesté {when}. Un don "
                "rendu en entier dans ce délai n'a pas été accepté et n'est pas listé ; "
                "l'argent revenu après l'annulation d'une contestation est listé comme un don "
                "du jour de son retour.",
                f"التبرعات التي تزيد على {over} المستلمة خلال الفترة، بقيمتها المقبولة: التبرع "
                f"ناقصا ما رد منه أو أرجع أو استرجع بطلب من البنك {when}. والتبرع المرجع كاملا "
                "خلال هذه المدة لم يقبل ولا يدرج؛ والمال العائد بعد إلغاء الاسترجاع يدرج تبرعا "
                "في يوم عودته.",
            ),
        ),
    )


def summary(repo: LedgerRepository, settings: LedgerSettings, span: Span) -> Report:
    """Totals per currency and unit: donations, money given back, net — the figures the
    other sheets add up to."""
    d, unit = m.Donation, m.AccountingUnit
    stmt = (
        select(d.currency, unit.name, d.entry_type, func.count(d.id), func.sum(d.amount_minor))
        .outerjoin(unit, unit.id == d.unit_id)
        .where(d.received_on >= span.start, d.received_on <= span.end)
        .group_by(d.currency, unit.name, d.entry_type)
    )
    table: dict[tuple[str, str], list[int]] = {}
    for currency, unit_name, entry_type, count, total in repo.session.execute(stmt):
        row = table.setdefault((currency, unit_name or ""), [0, 0, 0, 0, 0])
        if entry_type == "donation":
            row[0] += int(count)
            row[1] += int(total)
        else:
            row[2] += int(count)
            row[3] += int(total)
    # the processors' fees on the period's donations (recorded beside them, never netted):
    # what the platforms kept of the gross
    f = m.ProcessorFee
    fees = (
        select(f.currency, unit.name, func.sum(f.amount_minor))
        .join(d, d.id == f.donation_id)
        .outerjoin(unit, unit.id == d.unit_id)
        .where(d.received_on >= span.start, d.received_on <= span.end)
        .group_by(f.currency, unit.name)
    )
    for currency, unit_name, total in repo.session.execute(fees):
        table.setdefault((currency, unit_name or ""), [0, 0, 0, 0, 0])[4] += int(total)

    def rows() -> Iterator[tuple[Cell, ...]]:
        for (currency, unit_name), (n, gross, back_n, back, fee) in sorted(table.items()):
            yield (
                currency,
                unit_name or None,
                n,
                Money(gross, currency),
                back_n,
                Money(-back, currency),
                Money(gross + back, currency),
                Money(fee, currency),
                Money(gross + back - fee, currency),
            )

    base = settings.base_currency
    mine = [v for (c, _), v in table.items() if c == base]
    return Report(
        id="summary",
        title={"en": "Summary", "fr": "Synthèse", "ar": "الملخص"},
        organisation=settings.name,
        period=span.label,
        currency=base,
        columns=(
            _col("currency", "Currency", "Devise", "العملة", Kind.TEXT, 0.5),
            _col("unit", "Unit", "Unité", "الوحدة", Kind.TEXT, 1.2),
            _col("donations", "Donations", "Dons", "التبرعات", Kind.COUNT, 0.6),
            _col("gross", "Gross", "Brut", "الإجمالي", Kind.MONEY, 0.9),
            _col("back_count", "Refunds/returns", "Remb./restit.", "المسترد", Kind.COUNT, 0.6),
            _col("back", "Given back", "Rendu", "المبلغ المسترد", Kind.MONEY, 0.9),
            _col("net", "Net", "Net", "الصافي", Kind.MONEY, 0.9),
            _col("fees", "Processor fees", "Frais de paiement", "رسوم الدفع", Kind.MONEY, 0.9),
            _col("received", "Net of fees", "Net des frais", "الصافي بعد الرسوم", Kind.MONEY, 0.9),
        ),
        rows=rows,
        totals={
            "donations": sum(v[0] for v in mine),
            "gross": Money(sum(v[1] for v in mine), base),
            "back_count": sum(v[2] for v in mine),
            "back": Money(-sum(v[3] for v in mine), base),
            "net": Money(sum(v[1] + v[3] for v in mine), base),
            "fees": Money(sum(v[4] for v in mine), base),
            "received": Money(sum(v[1] + v[3] - v[4] for v in mine), base),
        },
        notes=(
            f"Totals row: {base} only; other currencies are listed on their own rows.",
            "Processor fees: what the payment platforms kept of the period's donations; the "
            "donations count at their gross amount, the fees are the party's expense.",
        ),
    )


def import_batches(repo: LedgerRepository, settings: LedgerSettings, span: Span) -> Report:
    b = m.ImportBatch
    stmt = select(
        b.id,
        b.created_at,
        b.source_name,
        b.preset,
        b.rows_total,
        b.rows_imported,
        b.rows_duplicate,
        b.rows_rejected,
        b.status,
        b.file_sha256,
    ).order_by(b.id)
    session = repo.session

    def rows() -> Iterator[tuple[Cell, ...]]:
        for r in session.execute(stmt):
            yield (r[0], r[1].date(), r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9])

    return Report(
        id="import-batches",
        title={"en": "Import batches", "fr": "Imports", "ar": "دفعات الاستيراد"},
        organisation=settings.name,
        period=span.label,
        currency=settings.base_currency,
        columns=(
            _ID,
            _DATE,
            _col("file", "File", "Fichier", "الملف", Kind.TEXT, 1.5),
            _col("preset", "Preset", "Modèle", "القالب", Kind.TEXT, 0.7),
            _col("rows", "Rows", "Lignes", "الأسطر", Kind.COUNT, 0.5),
            _col("imported", "Imported", "Importées", "المستوردة", Kind.COUNT, 0.5),
            _col("duplicates", "Duplicates", "Doublons", "المكررة", Kind.COUNT, 0.5),
            _col("rejected", "Rejected", "Rejetées", "المرفوضة", Kind.COUNT, 0.5),
            _col("status", "Status", "État", "الحالة", Kind.TEXT, 0.6),
            _col("sha256", "SHA-256", "SHA-256", "SHA-256", Kind.TEXT, 2.0),
        ),
        rows=rows,
    )


def audit_summary(repo: LedgerRepository, settings: LedgerSettings, span: Span) -> Report:
    """How many changes of each kind, by whom, since the ledger began: changes made after a
    year's end to that year's donations matter to its accounts too (the log stays in the
    ledger, hash-chained)."""
    a = m.AuditEntry
    stmt = (
        select(a.action, a.actor, func.count(a.id), func.min(a.at), func.max(a.at))
        .group_by(a.action, a.actor)
        .order_by(a.action, a.actor)
    )
    session = repo.session

    def rows() -> Iterator[tuple[Cell, ...]]:
        for action, actor, count, first, last in session.execute(stmt):
            yield (action, actor, int(count), first.date(), last.date())

    return Report(
        id="audit-summary",
        title={"en": "Audit summary", "fr": "Journal des changements", "ar": "ملخص سجل التدقيق"},
        organisation=settings.name,
        period=span.label,
        currency=settings.base_currency,
        columns=(
            _col("action", "Change", "Changement", "التغيير", Kind.TEXT, 1.2),
            _col("actor", "By", "Par", "بواسطة", Kind.TEXT, 0.8),
            _col("count", "Count", "Nombre", "العدد", Kind.COUNT, 0.5),
            _col("first", "First", "Premier", "الأول", Kind.DATE, 0.8),
            _col("last", "Last", "Dernier", "الأخير", Kind.DATE, 0.8),
        ),
        rows=rows,
    )
