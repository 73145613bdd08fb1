"""Receipts (France's reçus-dons): ranges of CNCCFP-numbered forms, numbers given to
donations, void receipts, and the receipts themselves as PDF.

Numbers are given in donation-date order from the lowest unused number of the ranges
recorded, and never change once given: a number designates one document, whose amount
and gift date are stored when it is issued and printed as stored. Running ``receipts``
again numbers the donations still without one; a receipt whose gift changed since it
was issued (a refund or return, partial or full; an edit) is voided, keeping its number
and the reason, and the gift, if anything of it is kept, gets a new number for what is
kept. A gift an open flag is about (``HOLDING_FLAGS``: the donor's address missing,
over the annual cap…) gets no number until the flag is resolved or dismissed.

A receipt is made for each donation (not one per donor for the year, which décret
90-606 art. 11 also allows): a receipt can then be handed over as soon as the gift is
in, its number never depends on gifts that come later, and it states one date and one
mode of payment, as the form asks.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from treasurer.core.compliance import FlagKind
from treasurer.core.errors import Message, UserError
from treasurer.core.money import Money, format_money
from treasurer.core.periods import Span, parse_period
from treasurer.db.receipts import Awaiting, Issue, ReceiptData, ReceiptLine
from treasurer.db.repository import LedgerRepository
from treasurer.db.rule_data import FlagRow
from treasurer.reports.filings import profile_family
from treasurer.reports.receipts import ReceiptDoc, write_receipts
from treasurer.services.compliance import get_profile, rule_data
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
        # the setting's row is sealed by the entry that writes it, as the other settings'
        # are (unsealed, `audit verify` said it was added behind Treasurer's back)
        snapshot = repo.audit_snapshot("setting", [ISSUER_SETTING])
        repo.set_setting(ISSUER_SETTING, text)
        repo.append_audit(
            actor=current_actor(repo),
            action="receipt.issuer",
            entity="setting",
            entity_uuid=None,
            after={"issuer": text},
            touched=[("setting", ISSUER_SETTING)],
            snapshot=snapshot,
        )
    return {"issuer": text}


#: The open flags that withhold a gift's receipt: what the receipt must state is missing
#: (the donor's tax address, nationality), or part or all of the gift must go back (over
#: the annual cap, a prohibited giver, cash over the cash cap). The rule engine decides
#: which gifts a flag is about; a receipt waits until the flag is resolved or dismissed.
HOLDING_FLAGS = frozenset(
    {
        FlagKind.MISSING_INFORMATION,
        FlagKind.OVER_LIMIT,
        FlagKind.PROHIBITED_SOURCE,
        FlagKind.CASH_OVER_CAP,
        FlagKind.ANONYMOUS_OVER_CAP,
    }
)


@dataclass(frozen=True, slots=True)
class Given:
    """A number given to a donation, for the amount its receipt says."""

    number: int
    donation_id: int
    amount: Money


@dataclass(frozen=True, slots=True)
class Voided:
    """An issued receipt voided because its gift changed after it was issued."""

    number: int
    donation_id: int
    issued: Money
    now: Money  # the gift as it stands (zero: given back in full)
    reason: str  # as the register records it
    new_number: int | None = None  # the gift's new receipt, if given in the same run
    held: bool = False  # the new receipt is withheld by an open flag

    @property
    def message(self) -> Message:
        if self.new_number is not None:
            return Message(
                "receipt {number} voided: {reason}; new receipt {new} for {amount}",
                number=self.number,
                reason=self.reason,
                new=self.new_number,
                amount=format_money(self.now),
            )
        if self.held:
            return Message(
                "receipt {number} voided: {reason}; the new receipt for {amount} is withheld "
                "(see below)",
                number=self.number,
                reason=self.reason,
                amount=format_money(self.now),
            )
        if self.now.minor > 0:  # another period's run gives it (the gift's date moved)
            return Message(
                "receipt {number} voided: {reason}; the gift gets a new receipt for {amount} "
                "in the receipts of its period",
                number=self.number,
                reason=self.reason,
                amount=format_money(self.now),
            )
        return Message(
            "receipt {number} voided: {reason}; no new receipt",
            number=self.number,
            reason=self.reason,
        )


@dataclass(frozen=True, slots=True)
class Held:
    """A donation whose receipt is withheld while a flag of the rule engine is open."""

    donation_id: int
    donor_id: int
    donor: str
    amount: Money
    received_on: dt.date
    flag_id: int
    kind: FlagKind
    rule_id: str
    period: str
    missing: tuple[str, ...] = ()
    over: Money | None = None

    @property
    def message(self) -> Message:
        values: dict[str, object] = {
            "donation": self.donation_id,
            "donor": self.donor,
            "amount": format_money(self.amount),
            "date": self.received_on.isoformat(),
            "flag": self.flag_id,
            "rule": self.rule_id,
        }
        if self.kind is FlagKind.MISSING_INFORMATION:
            return Message(
                "no receipt for donation {donation} of {donor} ({amount}, {date}): flag "
                "{flag} ({rule}) is open, {fields} must be recorded first. Record them "
                "(treasurer add … --donor-id {donor_id} --address … --country …, or an import "
                "that has them), then run receipts again",
                fields=", ".join(self.missing),
                donor_id=self.donor_id,
                **values,
            )
        if self.kind is FlagKind.OVER_LIMIT:
            return Message(
                "no receipt for donation {donation} of {donor} ({amount}, {date}): flag "
                "{flag} ({rule}) is open, the donor's gifts of {period} are {over} over the "
                "cap. Return the excess to the donor (treasurer return DONATION --amount …) or "
                "resolve the flag; the next run issues the receipt for what is kept",
                period=self.period,
                over=format_money(self.over) if self.over is not None else "?",
                **values,
            )
        return Message(
            "no receipt for donation {donation} of {donor} ({amount}, {date}): flag {flag} "
            "({rule}) is open and says the gift must go back. Act on it (treasurer flags), "
            "then run receipts again",
            **values,
        )


@dataclass(frozen=True, slots=True)
class ReceiptChanges:
    """What bringing a period's receipts up to date did."""

    given: list[Given]
    voided: list[Voided]
    held: list[Held]


def update_receipts(repo: LedgerRepository, span: Span, today: dt.date) -> ReceiptChanges:
    """Bring the receipts of ``span`` up to date with the ledger: void each issued receipt
    whose gift changed since (a refund or return, partial or full; an edit), keeping its
    number and the reason; then give a number to each donation that needs a receipt and
    has none, in donation-date order, unless an open flag withholds it (``HOLDING_FLAGS``).

    Raises:
        UserError: the ranges recorded do not hold enough numbers (nothing is given).
    """
    settings = repo.settings()
    assert settings is not None
    data = ReceiptData(repo.session)
    voided = _void_changed(repo, data, span, today)
    waiting = data.awaiting(
        span.start,
        span.end,
        currency=get_profile(settings.jurisdiction).currency,
        donor_kinds=RECEIPT_DONOR_KINDS,
    )
    held = _held(repo, waiting)
    held_ids = {h.donation_id for h in held}
    waiting = [w for w in waiting if w.donation_id not in held_ids]
    given = _give_numbers(repo, data, span, waiting, today)
    new_numbers = {g.donation_id: g.number for g in given}
    voided = [
        dataclasses.replace(
            v, new_number=new_numbers.get(v.donation_id), held=v.donation_id in held_ids
        )
        for v in voided
    ]
    return ReceiptChanges(given, voided, held)


def _void_changed(
    repo: LedgerRepository, data: ReceiptData, span: Span, today: dt.date
) -> list[Voided]:
    """Void the issued receipts of ``span`` whose gift no longer is what they say."""
    voided: list[Voided] = []
    actor = current_actor(repo)
    for line in list(data.receipts_between(span.start, span.end)):
        if line.status != "issued" or line.issued is None or line.net is None:
            continue
        assert line.donation_id is not None
        gift_on = line.gift_date or line.received_on
        if line.issued == line.net and line.gift_on in {None, gift_on}:
            continue
        reason = _void_reason(line.issued, line.net, line.gift_on, gift_on)
        range_id = data.range_of(line.number)
        assert range_id is not None
        row = data.void(line.number, range_id, reason, today)
        repo.append_audit(
            actor=actor,
            action="receipt.void",
            entity="receipt",
            entity_uuid=row.uuid,
            before={"status": "issued", "donation_id": line.donation_id},
            after={"number": line.number, "status": "void", "reason": reason},
        )
        voided.append(Voided(line.number, line.donation_id, line.issued, line.net, reason))
    return voided


def _void_reason(
    issued: Money, now: Money, issued_date: dt.date | None, gift_on: dt.date | None
) -> str:
    """Why a receipt is void, in the words the register keeps (English, as a treasurer's
    own reason is kept as typed)."""
    if now.minor <= 0:
        message = Message("donation given back in full ({amount})", amount=format_money(issued))
    elif now.currency == issued.currency and now.minor < issued.minor:
        message = Message("donation refunded {amount}", amount=format_money(issued - now))
    elif now != issued:
        message = Message(
            "donation changed from {was} to {now}",
            was=format_money(issued),
            now=format_money(now),
        )
    else:
        message = Message(
            "the gift's date changed from {was} to {now}",
            was=issued_date.isoformat() if issued_date else "?",
            now=gift_on.isoformat() if gift_on else "?",
        )
    return str(message)


def _held(repo: LedgerRepository, waiting: list[Awaiting]) -> list[Held]:
    """The waiting donations an open flag of ``HOLDING_FLAGS`` is about, with the flag."""
    if not waiting:
        return []
    flags = [
        f
        for f in rule_data(repo).flags(
            status="open", donor_ids=sorted({w.donor_id for w in waiting})
        )
        if f.kind in HOLDING_FLAGS
    ]
    first_flag: dict[int, FlagRow] = {}  # donation -> the first open flag about it
    for f in flags:
        for donation_id in f.donation_ids:
            first_flag.setdefault(donation_id, f)
    held = []
    for w in waiting:
        flag = first_flag.get(w.donation_id)
        if flag is None:
            continue
        held.append(
            Held(
                donation_id=w.donation_id,
                donor_id=w.donor_id,
                donor=w.donor_name,
                amount=w.net,
                received_on=w.received_on,
                flag_id=flag.id,
                kind=flag.kind,
                rule_id=flag.rule_id,
                period=flag.period,
                missing=tuple(flag.details.get("missing_fields", ())),
                over=flag.over,
            )
        )
    return held


def _give_numbers(
    repo: LedgerRepository,
    data: ReceiptData,
    span: Span,
    waiting: list[Awaiting],
    today: dt.date,
) -> list[Given]:
    """Give the lowest unused numbers to ``waiting``, in order.

    Raises:
        UserError: the ranges recorded do not hold enough numbers (nothing is given).
    """
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
        Issue(number, range_id, w.donation_id, w.net, w.gift_on)
        for (number, range_id), w in zip(free, waiting, strict=True)
    ]
    uuids = data.issue(assignments, today)
    actor = current_actor(repo)
    for a, uuid in zip(assignments, uuids, strict=True):
        repo.append_audit(
            actor=actor,
            action="receipt.issue",
            entity="receipt",
            entity_uuid=uuid,
            after={
                "number": a.number,
                "donation_id": a.donation_id,
                "amount": a.amount.amount,
                "currency": a.amount.currency,
                "gift_on": a.gift_on.isoformat(),
            },
        )
    return [Given(a.number, a.donation_id, a.amount) for a in assignments]


@dataclass(frozen=True, slots=True)
class ReceiptsResult:
    period: str
    paths: list[Path]
    numbers: list[int]
    changes: ReceiptChanges

    @property
    def newly_numbered(self) -> int:
        return len(self.changes.given)

    def messages(self) -> list[Message]:
        """What the run voided and withheld, for the person, in that order."""
        return [v.message for v in self.changes.voided] + [h.message for h in self.changes.held]

    def to_json(self) -> dict[str, Any]:
        return {
            "period": self.period,
            "paths": [str(p) for p in self.paths],
            "receipts": len(self.numbers),
            "numbers": self.numbers,
            "newly_numbered": self.newly_numbered,
            "given": [
                {"number": g.number, "donation_id": g.donation_id, "amount": g.amount.amount}
                for g in self.changes.given
            ],
            "voided": [
                {
                    "number": v.number,
                    "donation_id": v.donation_id,
                    "issued": v.issued.amount,
                    "now": v.now.amount,
                    "reason": v.reason,
                    "new_number": v.new_number,
                    "message": str(v.message),
                }
                for v in self.changes.voided
            ],
            "held": [
                {
                    "donation_id": h.donation_id,
                    "donor_id": h.donor_id,
                    "donor": h.donor,
                    "amount": h.amount.amount,
                    "flag_id": h.flag_id,
                    "kind": h.kind.value,
                    "rule_id": h.rule_id,
                    "message": str(h.message),
                }
                for h in self.changes.held
            ],
        }


def issue_receipts(
    ledger: Ledger, *, period: str, out: Path, today: dt.date | None = None
) -> ReceiptsResult:
    """Bring the period's receipts up to date (``update_receipts``: void those whose gift
    changed, number the donations still without one unless a flag withholds them), then
    write every issued receipt of the period, as issued: into ``out`` if it ends in .pdf
    (a page each), else into the folder ``out`` (a PDF each, ``recu-NUMBER.pdf``).

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
        changes = update_receipts(repo, span, today)
        issuer = repo.get_setting(ISSUER_SETTING)
        docs = [
            _doc(line, settings.name, issuer)
            for line in ReceiptData(repo.session).receipts_between(span.start, span.end)
            if line.status == "issued"
        ]
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
    return ReceiptsResult(span.label, paths, [d.number for d in docs], changes)


def _doc(line: ReceiptLine, party: str, issuer: str | None) -> ReceiptDoc:
    """The receipt as issued: the amount and gift date stored with its number."""
    amount = line.issued or line.net
    gift_on = line.gift_on or line.gift_date or line.received_on
    assert amount is not None
    assert gift_on is not None
    town = " ".join(x for x in (line.postcode, line.city) if x) or None
    return ReceiptDoc(
        number=line.number,
        party=party,
        issuer=issuer,
        donor_name=line.donor_name or "",
        address=line.address,
        town=town,
        country=line.country,
        amount=amount,
        received_on=gift_on,
        method=line.method or "",
        issued_on=line.issued_on,
    )
