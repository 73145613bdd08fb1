"""Receipts (France's reçus-dons): ranges of CNCCFP-numbered forms, numbers given to
donations, void receipts, and the receipts themselves as PDF.

Numbers are given in donation-date order from the lowest unused number of the ranges
recorded, and never change once given; running ``receipts`` again only numbers the
donations still without one. A receipt is made for each donation (not one per donor
for the year, which décret 90-606 art. 11 also allows): a receipt can then be handed
over as soon as the gift is in, its number never depends on gifts that come later,
and it states one date and one mode of payment, as the form asks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from treasurer.core.errors import UserError
from treasurer.core.periods import Span, parse_period
from treasurer.db.receipts import ReceiptData, ReceiptLine
from treasurer.db.repository import LedgerRepository
from treasurer.reports.filings import profile_family
from treasurer.reports.receipts import ReceiptDoc, write_receipts
from treasurer.services.compliance import get_profile
from treasurer.services.session import Ledger, current_actor

#: Who gets a receipt: natural persons, the only donors French law lets give to a party
#: (loi 88-227 art. 11-4) and the only ones a tax reduction is for.
RECEIPT_DONOR_KINDS = ("individual",)
ISSUER_SETTING = "receipt_issuer"


def _fr_only(repo: LedgerRepository) -> None:
    settings = repo.settings()
    assert settings is not None
    profile = get_profile(settings.jurisdiction)
    if profile_family(profile) != "fr":
        raise UserError(
            "receipts are France's reçus-dons, numbered by the CNCCFP; this ledger follows "
            "the {profile} profile. Treasurer makes no receipts for it: a home-made "
            "acknowledgement could be taken for an official tax receipt, whose form that "
            "jurisdiction sets",
            profile=profile.id,
        )


def add_range(ledger: Ledger, first: int, last: int, note: str | None = None) -> dict[str, Any]:
    """Record a range of receipt forms the CNCCFP issued (first and last number included).

    Raises:
        UserError: not a French ledger, a reversed range, or one that overlaps another.
    """
    with ledger.store.transaction() as repo:
        _fr_only(repo)
        row = ReceiptData(repo.session).add_range(first, last, (note or "").strip() or None)
        repo.append_audit(
            actor=current_actor(repo),
            action="receipt_range.add",
            entity="receipt_range",
            entity_uuid=row.uuid,
            after={"first": first, "last": last, "note": row.note},
        )
    return _range_json(row)


def list_ranges(ledger: Ledger) -> list[dict[str, Any]]:
    with ledger.store.transaction() as repo:
        return [_range_json(r) for r in ReceiptData(repo.session).ranges()]


def _range_json(row: Any) -> dict[str, Any]:
    return {
        "first": row.first,
        "last": row.last,
        "size": row.size,
        "issued": row.issued,
        "void": row.void,
        "unused": row.unused,
        "note": row.note,
    }


def void_receipt(
    ledger: Ledger, number: int, *, reason: str, today: dt.date | None = None
) -> dict[str, Any]:
    """Void a receipt number (a receipt cancelled, or a spoilt form): it stays in the
    sequence, marked void with the reason; its donation will get a new number.

    Raises:
        UserError: no reason, a number in no range, or a number already void.
    """
    reason = " ".join(reason.split())
    if not reason:
        raise UserError("say why the receipt is void (--reason)")
    today = today or dt.date.today()
    with ledger.store.transaction() as repo:
        _fr_only(repo)
        data = ReceiptData(repo.session)
        range_id = data.range_of(number)
        if range_id is None:
            raise UserError(
                "receipt number {number} is in none of the ranges recorded "
                "(see 'treasurer receipt-ranges')",
                number=number,
            )
        before = data.receipt(number)
        if before is not None and before.status == "void":
            raise UserError(
                "receipt number {number} is already void ({reason})",
                number=number,
                reason=before.void_reason,
            )
        row = data.void(number, range_id, reason, today)
        repo.append_audit(
            actor=current_actor(repo),
            action="receipt.void",
            entity="receipt",
            entity_uuid=row.uuid,
            before={"status": before.status, "donation_id": before.donation_id}
            if before
            else {"status": "unused"},
            after={"number": number, "status": "void", "reason": reason},
        )
    return {
        "number": number,
        "status": "void",
        "donation_id": row.donation_id,
        "reason": reason,
        "was": before.status if before else "unused",
    }


def set_issuer(ledger: Ledger, text: str) -> dict[str, Any]:
    """Record the mandataire printed on receipts (name and address)."""
    text = " ".join(text.split())
    if not text:
        raise UserError("give the mandataire's name and address, e.g. 'AFP Exemple, 1 rue …'")
    with ledger.store.transaction() as repo:
        _fr_only(repo)
        repo.set_setting(ISSUER_SETTING, text)
        repo.append_audit(
            actor=current_actor(repo),
            action="receipt.issuer",
            entity="setting",
            entity_uuid=None,
            after={"issuer": text},
        )
    return {"issuer": text}


def assign_numbers(repo: LedgerRepository, span: Span, today: dt.date) -> list[tuple[int, int]]:
    """Give a number to each donation of ``span`` that needs a receipt and has none, in
    donation-date order; return (number, donation id) of those given.

    Raises:
        UserError: the ranges recorded do not hold enough numbers (nothing is given).
    """
    settings = repo.settings()
    assert settings is not None
    data = ReceiptData(repo.session)
    waiting = data.awaiting(
        span.start,
        span.end,
        currency=get_profile(settings.jurisdiction).currency,
        donor_kinds=RECEIPT_DONOR_KINDS,
    )
    if not waiting:
        return []
    free, unused = data.free_numbers(len(waiting))
    if len(free) < len(waiting):
        values = {"count": len(waiting), "period": span.label, "unused": unused}
        missing = len(waiting) - len(free)
        if missing == 1:
            raise UserError(
                "{count} donations of {period} need a receipt but the ranges recorded have "
                "{unused} unused numbers left: 1 more is needed. Record the next range the "
                "CNCCFP sends with 'treasurer receipt-range add START END'; no number was given",
                **values,
            )
        raise UserError(
            "{count} donations of {period} need a receipt but the ranges recorded have "
            "{unused} unused numbers left: {missing} more are needed. Record the next range "
            "the CNCCFP sends with 'treasurer receipt-range add START END'; no number was "
            "given",
            missing=missing,
            **values,
        )
    assignments = [
        (number, range_id, donation_id)
        for (number, range_id), donation_id in zip(free, waiting, strict=True)
    ]
    uuids = data.issue(assignments, today)
    actor = current_actor(repo)
    for (number, _range, donation_id), uuid in zip(assignments, uuids, strict=True):
        repo.append_audit(
            actor=actor,
            action="receipt.issue",
            entity="receipt",
            entity_uuid=uuid,
            after={"number": number, "donation_id": donation_id},
        )
    return [(number, donation_id) for number, _range, donation_id in assignments]


@dataclass(frozen=True, slots=True)
class ReceiptsResult:
    period: str
    paths: list[Path]
    numbers: list[int]
    newly_numbered: int
    to_void: list[int]  # issued for a donation since given back in full

    def to_json(self) -> dict[str, Any]:
        return {
            "period": self.period,
            "paths": [str(p) for p in self.paths],
            "receipts": len(self.numbers),
            "numbers": self.numbers,
            "newly_numbered": self.newly_numbered,
            "to_void": self.to_void,
        }


def issue_receipts(
    ledger: Ledger, *, period: str, out: Path, today: dt.date | None = None
) -> ReceiptsResult:
    """Number the period's donations that still need a receipt, then write every issued
    receipt of the period: into ``out`` if it ends in .pdf (a page each), else into the
    folder ``out`` (a PDF each, ``recu-NUMBER.pdf``).

    Raises:
        UserError: not a French ledger, a bad period, or too few numbers left.
    """
    today = today or dt.date.today()
    span = parse_period(period)
    single = out.suffix.lower() == ".pdf"
    if not single and out.exists() and not out.is_dir():
        raise UserError("{path} is a file: give a folder, or a file name ending in .pdf", path=out)
    with ledger.store.transaction() as repo:
        _fr_only(repo)
        settings = repo.settings()
        assert settings is not None
        given = assign_numbers(repo, span, today)
        issuer = repo.get_setting(ISSUER_SETTING)
        lines = [
            line
            for line in ReceiptData(repo.session).receipts_between(span.start, span.end)
            if line.status == "issued"
        ]
        docs = [_doc(line, settings.name, issuer) for line in lines if _kept(line)]
        to_void = [line.number for line in lines if not _kept(line)]
        paths: list[Path] = []
        try:
            if single:
                write_receipts(docs, out)
                paths.append(out)
            else:
                out.mkdir(parents=True, exist_ok=True)
                for doc in docs:
                    target = out / f"recu-{doc.number}.pdf"
                    write_receipts([doc], target)
                    paths.append(target)
        except OSError as exc:
            raise UserError(
                "cannot write {path}: {problem}", path=out, problem=exc.strerror or str(exc)
            ) from exc
    return ReceiptsResult(span.label, paths, [d.number for d in docs], len(given), to_void)


def _kept(line: ReceiptLine) -> bool:
    return line.net is not None and line.net.minor > 0


def _doc(line: ReceiptLine, party: str, issuer: str | None) -> ReceiptDoc:
    assert line.net is not None
    assert line.received_on is not None
    town = " ".join(x for x in (line.postcode, line.city) if x) or None
    return ReceiptDoc(
        number=line.number,
        party=party,
        issuer=issuer,
        donor_name=line.donor_name or "",
        address=line.address,
        town=town,
        country=line.country,
        amount=line.net,
        received_on=line.received_on,
        method=line.method or "",
        issued_on=line.issued_on,
    )
