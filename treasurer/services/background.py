"""Long work that a person may stop: imports, checks, reports run off the window's thread.

``cancellable(ledger, should_stop)`` makes the ledger's next SQL statement raise
``Cancelled`` once ``should_stop()`` is true; the unit of work then rolls back whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from treasurer.db.interrupt import Cancelled, interruptible
from treasurer.services.session import Ledger

__all__ = ["Cancelled", "cancellable"]


@contextmanager
def cancellable(ledger: Ledger, should_stop: Callable[[], bool]) -> Iterator[None]:
    with interruptible(ledger.store.engine, should_stop):
        yield
