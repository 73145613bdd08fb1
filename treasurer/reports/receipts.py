"""French donation receipts (reçus-dons) as PDF: a page per receipt.

A receipt carries what décret 90-606 art. 11 asks for (shared/JURISDICTIONS.md): the
number the CNCCFP gave the form, the nature of the payment (a gift), its amount in
figures and in words, its date and mode of payment, the donor's identity, tax address
and nationality (country), the party and its mandataire, and room for the donor's
signature; with the mention of the tax reduction of article 200 of the code général
des impôts (CGI art. 200, 3: gifts to parties).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from num2words import num2words
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from treasurer.core.money import Money, currency_exponent, format_money
from treasurer.reports.pdf import BOLD, FONT, register_fonts, visual

_METHODS = {
    "cash": "espèces",
    "cheque": "chèque",
    "card": "carte bancaire",
    "transfer": "virement",
    "online": "paiement en ligne (carte bancaire)",
    "in-kind": "en nature",
}


@dataclass(frozen=True, slots=True)
class ReceiptDoc:
    """What one receipt prints."""

    number: int
    party: str
    issuer: str | None  # the mandataire (association de financement), name and address
    donor_name: str
    address: str | None
    town: str | None
    country: str | None
    amount: Money
    received_on: dt.date
    method: str
    issued_on: dt.date


def amount_in_words(money: Money) -> str:
    """The amount in French words: ``cent cinquante euros``, ``douze euros et cinquante
    centimes`` (num2words, from the integer minor units: no float is involved)."""
    if money.currency != "EUR" or currency_exponent(money.currency) != 2:
        return ""
    euros, cents = divmod(money.minor, 100)
    text = num2words(euros, lang="fr")
    unit = "euro" if euros == 1 else "euros"
    if euros % 1_000_000 == 0 and euros:
        unit = "d'euros"  # un million d'euros
    words = f"{text} {unit}" if euros else ""
    if cents:
        centimes = f"{num2words(cents, lang='fr')} centime{'s' if cents > 1 else ''}"
        words = f"{words} et {centimes}" if words else centimes
    return str(words)


def write_receipts(receipts: Sequence[ReceiptDoc], path: Path) -> None:
    """Write one PDF with a page for each receipt."""
    register_fonts()
    path.parent.mkdir(parents=True, exist_ok=True)
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setTitle("Reçus-dons")
    for receipt in receipts:
        _draw(canvas, receipt)
        canvas.showPage()
    canvas.save()


def _draw(c: Canvas, r: ReceiptDoc) -> None:
    width, height = A4
    left, right = 20 * mm, width - 20 * mm
    y = height - 22 * mm
    c.setFont(BOLD, 13)
    c.drawString(left, y, visual(r.party))
    c.setFont(BOLD, 15)
    c.drawRightString(right, y, f"Reçu n° {r.number}")
    y -= 6 * mm
    c.setFont(FONT, 9)
    c.drawString(left, y, "Mandataire : " + (visual(r.issuer) if r.issuer else "_" * 60))
    y -= 14 * mm
    c.setFont(BOLD, 12)
    c.drawCentredString(width / 2, y, "REÇU AU TITRE D'UN DON À UN PARTI OU GROUPEMENT POLITIQUE")
    y -= 5 * mm
    c.setFont(FONT, 8.5)
    c.drawCentredString(
        width / 2,
        y,
        "Article 11-4 de la loi n° 88-227 du 11 mars 1988 relative à la transparence "
        "financière de la vie politique",
    )
    y -= 4 * mm
    c.drawCentredString(width / 2, y, "Décret n° 90-606, article 11")
    y -= 10 * mm
    y = _box(
        c,
        left,
        right,
        y,
        title="Donateur",
        fields=[
            ("Nom et prénom", visual(r.donor_name)),
            ("Adresse du domicile fiscal", visual(r.address) if r.address else ""),
            ("Code postal et commune", visual(r.town) if r.town else ""),
            ("Pays (nationalité)", r.country or ""),
        ],
    )
    y -= 8 * mm
    words = amount_in_words(r.amount)
    y = _box(
        c,
        left,
        right,
        y,
        title="Versement",
        fields=[
            ("Nature", "don"),
            ("Montant", format_money(r.amount, "fr").replace("\u202f", " ")),
            ("Montant en lettres", words),
            ("Date du versement", r.received_on.strftime("%d/%m/%Y")),
            ("Mode de versement", _METHODS.get(r.method, r.method)),
        ],
    )
    y -= 10 * mm
    c.setFont(FONT, 9)
    for line in (
        "Ce versement ouvre droit, pour le donateur, à la réduction d'impôt sur le revenu prévue",
        "à l'article 200 du code général des impôts (CGI, art. 200, 3), sur présentation "
        "de ce reçu.",
    ):
        c.drawString(left, y, line)
        y -= 4.5 * mm
    y -= 14 * mm
    half = (left + right) / 2
    c.setFont(FONT, 9)
    c.drawString(left, y, "Signature du donateur")
    c.drawString(half + 5 * mm, y, "Pour le mandataire, signature")
    c.setLineWidth(0.5)
    c.rect(left, y - 28 * mm, half - left - 5 * mm, 25 * mm)
    c.rect(half + 5 * mm, y - 28 * mm, right - half - 5 * mm, 25 * mm)
    c.setFont(FONT, 7.5)
    c.drawString(
        left,
        15 * mm,
        f"Reçu n° {r.number} établi le {r.issued_on.strftime('%d/%m/%Y')} — "
        "numéro attribué par la CNCCFP au parti",
    )


def _box(
    c: Canvas,
    left: float,
    right: float,
    top: float,
    *,
    title: str,
    fields: list[tuple[str, str]],
) -> float:
    """A titled frame of label: value lines; return the y below it."""
    line = 7 * mm
    height = line * len(fields) + 9 * mm
    c.setLineWidth(0.6)
    c.rect(left, top - height, right - left, height)
    c.setFont(BOLD, 10)
    c.drawString(left + 3 * mm, top - 6 * mm, title)
    y = top - 6 * mm - line
    for label, value in fields:
        c.setFont(FONT, 8.5)
        c.drawString(left + 3 * mm, y, label + " :")
        c.setFont(BOLD if label == "Montant" else FONT, 10)
        c.drawString(left + 55 * mm, y, value)
        y -= line
    bottom: float = top - height
    return bottom
