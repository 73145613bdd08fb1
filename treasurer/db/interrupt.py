"""Stopping a long unit of work from another thread: the next SQL statement it runs
raises ``Cancelled``, so its transaction rolls back and nothing of it is kept."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event

from treasurer.core.errors import TreasurerError


class Cancelled(TreasurerError):
    """The person asked to stop; the work was rolled back."""


_stops: dict[int, Callable[[], bool]] = {}
_watched: weakref.WeakSet[Engine] = weakref.WeakSet()
_lock = threading.Lock()


def _before_execute(*_args: Any, **_kwargs: Any) -> None:
    stop = _stops.get(threading.get_ident())
    if stop is not None and stop():
        raise Cancelled("stopped on request; nothing was changed")


@contextmanager
def interruptible(engine: Engine, should_stop: Callable[[], bool]) -> Iterator[None]:
    """While the block runs in this thread, each statement on ``engine`` first asks
    ``should_stop``; statements of other threads are not affected."""
    with _lock:
        if engine not in _watched:
            event.listen(engine, "before_cursor_execute", _before_execute)
            _watched.add(engine)
    ident = threading.get_ident()
    _stops[ident] = should_stop
    try:
        yield
    finally:
        _stops.pop(ident, None)
