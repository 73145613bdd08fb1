"""The one way the window runs long work: off its thread, with an optional progress
dialog that can stop it, and results or errors handed back on the window's thread.

    run_op(parent, lambda op: import_file(...), on_done=show_summary, label="Importing…")

The function gets the ``Operation``; it may call ``op.cancellable(ledger)`` so that
the ledger's next statement stops the work (rolled back) once Cancel is pressed.
A failure goes to ``on_failed``, by default the one error presenter.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from treasurer.services.background import Cancelled, cancellable
from treasurer.services.session import Ledger
from treasurer.ui import errors

#: Operations still running: kept alive until they report back.
_running: set[Operation] = set()


class _Task(QRunnable):
    def __init__(self, op: Operation, fn: Callable[[Operation], Any]) -> None:
        super().__init__()
        self._op = op
        self._fn = fn

    def run(self) -> None:
        try:
            try:
                result = self._fn(self._op)
            except BaseException as exc:
                self._op.failed.emit(exc)
            else:
                self._op.done.emit(result)
        except RuntimeError:
            pass  # the application quit while this ran: nobody is left to tell


class Operation(QObject):
    """One piece of work in the thread pool.

    Signals:
        done(object): it returned this (on the window's thread).
        failed(object): it raised this exception.
        finished(): after ``done`` or ``failed`` was handled.
        progressed(int, int): the work says how far it is (done, expected; 0: unknown);
            emitted from the pool's thread, delivered on the window's.
    """

    done = Signal(object)
    failed = Signal(object)
    finished = Signal()
    progressed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self.is_finished = False

    def cancel(self) -> None:
        self._stop.set()

    def report(self, done: int, expected: int) -> None:
        """For the work: how far it is (any thread)."""
        self.progressed.emit(done, expected)

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    @contextmanager
    def cancellable(self, ledger: Ledger) -> Iterator[None]:
        with cancellable(ledger, self._stop.is_set):
            yield


def run_op(
    parent: QWidget | None,
    fn: Callable[[Operation], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    label: str | None = None,
    pool: QThreadPool | None = None,
) -> Operation:
    """Run ``fn(op)`` in the thread pool; with ``label``, show a busy progress dialog
    whose Cancel button cancels the operation."""
    op = Operation()
    dialog: QProgressDialog | None = None
    if label is not None:
        dialog = QProgressDialog(
            label, QCoreApplication.translate("Operation", "Cancel"), 0, 0, parent
        )
        dialog.setWindowTitle(QCoreApplication.translate("Operation", "Treasurer"))
        dialog.setMinimumDuration(400)
        dialog.canceled.connect(op.cancel)
        op.dialog = dialog  # type: ignore[attr-defined]

    def finish() -> None:
        op.is_finished = True
        if dialog is not None:
            dialog.canceled.disconnect(op.cancel)
            dialog.reset()
            dialog.deleteLater()
        _running.discard(op)
        op.finished.emit()
        op.deleteLater()

    def succeeded(result: Any) -> None:
        try:
            if on_done is not None:
                on_done(result)
        finally:
            finish()

    def failed(exc: BaseException) -> None:
        try:
            if on_failed is not None:
                on_failed(exc)
            elif not isinstance(exc, Cancelled):
                errors.show_error(parent, exc)
        finally:
            finish()

    op.done.connect(succeeded)
    op.failed.connect(failed)
    _running.add(op)
    (pool or QThreadPool.globalInstance()).start(_Task(op, fn))
    return op


def running() -> int:
    """How many operations have not reported back yet (tests wait for none)."""
    return len(_running)


def later(fn: Callable[[], None], ms: int = 0) -> None:
    QTimer.singleShot(ms, fn)
