"""Edits the window can take back (Ctrl+Z) and make again (Ctrl+Shift+Z).

Each command is done once before it is pushed (so that an error is shown and nothing
is pushed); ``redo`` after an ``undo`` does it again through the same service, and
``undo`` calls the service that takes it back (each writes to the audit log).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from treasurer.services.browse import reopen_flag, undo_donation
from treasurer.services.compliance import dismiss_flag
from treasurer.services.ledger import (
    AddResult,
    DonationRequest,
    Ledger,
    add_donation,
    update_settings,
)


class LedgerCommand(QUndoCommand):
    """A change already made; ``undo``/``redo`` call back into the services.

    ``on_error`` is told of a failure (the ledger changed under us, say); the window
    then shows it and clears the stack."""

    def __init__(
        self,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[], Any],
        changed: Callable[[], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._changed = changed
        self._on_error = on_error
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, fn: Callable[[], Any]) -> None:
        try:
            fn()
        except Exception as exc:
            self.setObsolete(True)
            self._on_error(exc)
        self._changed()


def add_donation_command(
    ledger: Ledger,
    request: DonationRequest,
    *,
    text: str,
    changed: Callable[[], None],
    on_error: Callable[[BaseException], None],
) -> tuple[AddResult, LedgerCommand]:
    """Add the donation now; the command takes it back and adds it again."""
    result = add_donation(ledger, request)
    state = {"id": int(result.donation_id)}
    # The donor exists now: adding again must not create another of the same name.
    again = DonationRequest(**{**_fields(request), "donor_id": int(result.donor_id)})

    def redo() -> None:
        state["id"] = int(add_donation(ledger, again).donation_id)

    def undo() -> None:
        undo_donation(ledger, state["id"])

    return result, LedgerCommand(text, redo, undo, changed, on_error)


def dismiss_command(
    ledger: Ledger,
    flag_id: int,
    *,
    reason: str,
    text: str,
    changed: Callable[[], None],
    on_error: Callable[[BaseException], None],
) -> LedgerCommand:
    dismiss_flag(ledger, flag_id, reason=reason)
    return LedgerCommand(
        text,
        lambda: dismiss_flag(ledger, flag_id, reason=reason),
        lambda: reopen_flag(ledger, flag_id),
        changed,
        on_error,
    )


def rename_command(
    ledger: Ledger,
    *,
    old: str,
    new: str,
    text: str,
    changed: Callable[[], None],
    on_error: Callable[[BaseException], None],
) -> LedgerCommand:
    update_settings(ledger, name=new)
    return LedgerCommand(
        text,
        lambda: update_settings(ledger, name=new),
        lambda: update_settings(ledger, name=old),
        changed,
        on_error,
    )


def _fields(request: DonationRequest) -> dict[str, Any]:
    return {name: getattr(request, name) for name in request.__dataclass_fields__}
