"""Start the window: ``treasurer-gui [--ledger PATH | --db URL] [--lang en|fr|ar]
[--screenshot FILE]``.

Without a ledger named on the command line or in ``TREASURER_LEDGER`` /
``TREASURER_DB``, the default ledger in the user data folder opens; while there is
none, the demo ledger opens instead (made on first use), so that a first start
shows what Treasurer does. A ledger that was named but is not there is an error.

Exit status, as for the ``treasurer`` command: 0 when all went well, 2 for
something the user can fix, 3 when the ledger cannot be read, 70 for a bug.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEventLoop, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from treasurer.core.errors import TreasurerError, UserError
from treasurer.services.demo import ensure_demo_ledger
from treasurer.services.ledger import APP_NAME, Ledger, LedgerLocation, demo_ledger_path
from treasurer.ui import errors, prefs
from treasurer.ui.i18n import LANGUAGES, apply_language
from treasurer.ui.main_window import MainWindow

EXIT_USER = 2
EXIT_STORAGE = 3
EXIT_BUG = 70

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the window until it is closed (or, with ``--screenshot``, until it is drawn).

    Returns:
        The process exit status.
    """
    args = build_parser().parse_args(argv)
    if args.screenshot is not None:
        # A screenshot needs no display: it works the same on a server or in CI.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")
    apply_language(args.lang or prefs.language())

    try:
        window = open_window(ledger=args.ledger, db=args.db)
    except Exception as exc:
        return _fail(exc, gui=args.screenshot is None)

    if args.screenshot is not None:
        return _screenshot(app, window, args.screenshot)
    window.show()
    previous_hook = sys.excepthook
    sys.excepthook = _show_unexpected
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        QThreadPool.globalInstance().waitForDone()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="treasurer-gui", description="The donation ledger of a political party."
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--ledger", metavar="PATH", help="the ledger file to open")
    where.add_argument(
        "--db", metavar="URL", help="a ledger database URL (postgresql+psycopg://user@host/db)"
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, help="the language of the window (remembered otherwise)"
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE",
        type=Path,
        help="draw the window once, save it as a PNG image to FILE and exit",
    )
    return parser


def open_window(*, ledger: str | None, db: str | None) -> MainWindow:
    """The main window on the ledger the options, the environment or the defaults name.

    Raises:
        UserError: a ledger was named but is not there, or the URL is not valid.
        TreasurerError: the ledger cannot be read.
    """
    named = bool(
        ledger or db or os.environ.get("TREASURER_LEDGER") or os.environ.get("TREASURER_DB")
    )
    location = LedgerLocation.resolve(ledger=ledger, db=db)
    demo = False
    path = location.path
    if path is not None and not path.exists():
        if named:
            raise UserError(
                "there is no ledger at {path}; create one with 'treasurer init --ledger {path}'",
                path=path,
            )
        location = ensure_demo_ledger(LedgerLocation.for_path(demo_ledger_path()))
        demo = True
    opened = Ledger.open(location)
    try:
        return MainWindow(opened, demo=demo)
    except BaseException:
        opened.close()
        raise


SCREENSHOT_SIZE = (1280, 800)


def wait_until_painted(window: MainWindow, timeout_ms: int = 60_000) -> bool:
    """Wait until the dashboard shows its figures (computed in the background)."""
    page = window.dashboard
    if window.ledger is None or page.is_loaded:
        return True
    loop = QEventLoop()
    page.loaded.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    page.loaded.disconnect(loop.quit)
    return page.is_loaded


def _screenshot(app: QApplication, window: MainWindow, out: Path) -> int:
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    wait_until_painted(window)
    app.processEvents()
    saved = window.grab().save(str(out), "PNG")
    window.close()
    if not saved:
        print(f"treasurer-gui: error: could not write the screenshot {out}", file=sys.stderr)
        return EXIT_USER
    return 0


def _fail(exc: Exception, *, gui: bool) -> int:
    """Report an error that keeps the window from opening; the exit status for it."""
    if isinstance(exc, UserError):
        code = EXIT_USER
    elif isinstance(exc, TreasurerError):
        code = EXIT_STORAGE
    else:
        code = EXIT_BUG
        if not gui:  # the presenter logs the traceback of a bug itself
            log.error("unexpected error", exc_info=exc)
    print(f"treasurer-gui: error: {exc}", file=sys.stderr)
    if gui:
        errors.show_error(None, exc)
    return code


def _show_unexpected(
    kind: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """While the window runs, an exception no code caught is a bug: say so, keep running."""
    if not isinstance(exc, Exception):  # KeyboardInterrupt and friends
        sys.__excepthook__(kind, exc, tb)
        return
    try:
        errors.show_error(QApplication.activeWindow(), exc.with_traceback(tb))
    except Exception:  # the presenter itself failed: at least the traceback is kept
        traceback.print_exception(kind, exc, tb)
