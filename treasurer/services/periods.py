"""Closed (filed) periods and amendments.

Closing a period (``treasurer period close 2025-Q3``) backs the ledger up and records
the period. From then on a change to a donation dated in it is refused, unless it is
made as an amendment (``--amend``): then it is recorded (``amendment`` table, with the
audit entry that made it), and ``amendments(ledger, period)`` lists what changed, for
the amended report of that period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from treasurer.core.errors import Message, UserError
from treasurer.core.periods import parse_period
from treasurer.db.repository import LedgerRepository
from treasurer.db.trust_data import ClosedPeriod, TrustData
from treasurer.services.session import Ledger, current_actor


def close_period(ledger: Ledger, period: str, *, today: dt.date | None = None) -> dict[str, Any]:
    """Mark ``period`` filed: its donations change only as amendments from now on. The
    ledger is backed up first (a SQLite file).

    Raises:
        UserError: not a period, already closed, or not over yet.
    """
    from treasurer.services.backup import backup_ledger

    span = parse_period(period)
    today = today or dt.date.today()
    if span.start > today:
        raise UserError(
            "period {period} has not started yet; it cannot be closed", period=span.label
        )
    with ledger.store.transaction() as repo:
        data = TrustData(repo.session)
        if data.period(span.label) is not None:
            raise UserError("period {period} is already closed", period=span.label)
    backup = backup_ledger(ledger, reason=f"period-close-{span.label}")
    with ledger.store.transaction() as repo:
        data = TrustData(repo.session)
        actor = current_actor(repo)
        data.close_period(label=span.label, start=span.start, end=span.end, actor=actor)
        repo.append_audit(
            actor=actor,
            action="period.close",
            entity="period",
            entity_uuid=None,
            after={
                "period": span.label,
                "start": span.start.isoformat(),
                "end": span.end.isoformat(),
            },
            touched=[("period", span.label)],
        )
        closed = data.period(span.label)
        assert closed is not None
    return closed.to_json() | {"backup": str(backup) if backup else None}


def list_periods(ledger: Ledger) -> list[dict[str, Any]]:
    with ledger.store.transaction() as repo:
        data = TrustData(repo.session)
        periods = data.periods()
        counts = {p.label: len(data.amendments([p.id])) for p in periods}
    return [p.to_json() | {"amendments": counts[p.label]} for p in periods]


def guard(
    repo: LedgerRepository,
    days: Iterable[dt.date],
    *,
    amend: bool,
    what: Message,
) -> list[ClosedPeriod]:
    """The closed periods a change to entries dated ``days`` falls in; ``what`` names
    the entry changed ("the donation") in the refusal.

    Raises:
        UserError: it falls in one and ``amend`` is false.
    """
    hits = TrustData(repo.session).closed_covering(days)
    if hits and not amend:
        day, period = hits[0]
        raise UserError(
            "{what} is dated {day}, in period {period}, which {actor} closed on {closed} "
            "(filed); a change to a filed period is an amendment: repeat the command with "
            "--amend (and a --reason) to record it as one",
            what=what,
            day=day.isoformat(),
            period=period.label,
            actor=period.closed_by,
            closed=period.closed_at.date().isoformat(),
        )
    return list({p.id: p for _day, p in hits}.values())


def record_amendments(
    repo: LedgerRepository,
    periods: list[ClosedPeriod],
    *,
    donation_uuid: str,
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    reason: str | None,
) -> None:
    """Record an amendment in each closed period a change fell in (call it after the
    change's audit entry: the amendment names it)."""
    if not periods:
        return
    data = TrustData(repo.session)
    entry = repo.last_audit_id()
    actor = current_actor(repo)
    for period in periods:
        data.add_amendment(
            period_id=period.id,
            donation_uuid=donation_uuid,
            action=action,
            before=before,
            after=after,
            reason=reason,
            actor=actor,
            audit_entry_id=entry,
        )


def refuse_batch_in_closed_periods(
    repo: LedgerRepository, batch_id: int, *, undo: bool = False
) -> None:
    """An import may not add entries to a filed period (record them one by one with
    --amend), nor may undoing one remove entries from it.

    Raises:
        UserError: a row of the batch is dated in a closed period.
    """
    data = TrustData(repo.session)
    for period in data.periods():
        day = data.batch_days_in(batch_id, period)
        if day is not None and undo:
            raise UserError(
                "import batch {batch} has entries dated in period {period} (the first on "
                "{day}), which {actor} closed (filed); it cannot be undone as a whole. "
                "Delete its entries one by one with 'treasurer donation delete … --amend'",
                batch=batch_id,
                period=period.label,
                day=day.isoformat(),
                actor=period.closed_by,
            )
        if day is not None:
            raise UserError(
                "the file has entries dated in period {period} (the first on {day}), which "
                "{actor} closed (filed); nothing was imported. Remove those rows and record "
                "them one by one with 'treasurer add … --amend', so that the amended report "
                "lists them",
                period=period.label,
                day=day.isoformat(),
                actor=period.closed_by,
            )


def amendments(ledger: Ledger, period: str) -> list[dict[str, Any]]:
    """What changed in ``period`` after it was closed: each amendment to a donation dated
    in it (before and after values, who, when, why, and the audit entry), oldest first.

    The amended report of the period lists these (the report layer wires them in)."""
    span = parse_period(period)
    with ledger.store.transaction() as repo:
        data = TrustData(repo.session)
        overlapping = [p.id for p in data.periods() if p.start <= span.end and span.start <= p.end]
        found = data.amendments(overlapping)

    def dated_in(values: dict[str, Any] | None) -> bool:
        day = (values or {}).get("received_on")
        return day is not None and span.start <= dt.date.fromisoformat(day) <= span.end

    unique: dict[tuple[int, str], dict[str, Any]] = {}
    for a in found:
        if dated_in(a["before"]) or dated_in(a["after"]):
            unique.setdefault((a["audit_entry"], a["donation_uuid"]), a)
    return list(unique.values())
