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
from treasurer.ui.i18n import current_language, say

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the person about ``exc`` in a modal box, in the words its kind calls for."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("errors", "Treasurer"))
    if isinstance(exc, UserError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(sentence(say(exc)))
    elif isinstance(exc, TreasurerError):
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(QCoreApplication.translate("errors", "Treasurer cannot use the ledger."))
        box.setInformativeText(sentence(say(exc)))
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


def sentence(text: str, *, full_stop: bool = True) -> str:
    """Services write messages as clauses ("there is no ledger at …"); a box wants a
    sentence: a capital first letter (French too: "il n'y a…" becomes "Il n'y a…") and,
    with ``full_stop``, a full stop. Arabic has no capitals: only the full stop is added,
    and a first word in Latin letters (a name, a value) keeps its case."""
    text = text.strip()
    if not text:
        return text
    if current_language() != "ar":
        text = text[0].upper() + text[1:]
    if not full_stop or text.endswith((".", "!", "?", "؟")):
        return text
    return f"{text}."
