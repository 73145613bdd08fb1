"""Errors that are the environment's fault (locked, read-only, full, damaged, unreachable)."""

from __future__ import annotations

from treasurer.core.errors import TreasurerError, UserError


class StorageError(TreasurerError):
    """The ledger cannot be read or written for a reason outside Treasurer's code."""


class NoLedgerError(UserError):
    """There is no ledger where one was expected."""
