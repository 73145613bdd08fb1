"""The one place where an error becomes a message box.

A ``UserError`` is the treasurer's to fix and says how; any other ``TreasurerError``
is the environment's fault (the ledger file is locked, read-only, damaged, or the
server is unreachable); anything else is a bug in Treasurer, logged with its
traceback.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from treasurer.core.errors import TreasurerError, UserError

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the person about ``exc`` in a modal box, in the words its kind calls for."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("errors", "Treasurer"))
    if isinstance(exc, UserError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(_sentence(str(exc)))
    elif isinstance(exc, TreasurerError):
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(QCoreApplication.translate("errors", "Treasurer cannot use the ledger."))
        box.setInformativeText(_sentence(str(exc)))
    else:
        log.error("unexpected error", exc_info=exc)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(
            QCoreApplication.translate(
                "errors", "Something went wrong inside Treasurer. This is a bug."
            )
        )
        box.setInformativeText(
            QCoreApplication.translate("errors", "Please report it, with the details below.")
        )
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.exec()


def _sentence(text: str) -> str:
    """Services write messages as clauses ("there is no ledger at …"); a box wants a sentence."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else f"{text}."
