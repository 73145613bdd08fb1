"""The error presenter: each kind of error gets the box its kind calls for."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.ui.support import Box
from treasurer.core.errors import Message, ParseError, TreasurerError, UserError
from treasurer.ui.errors import show_error

pytestmark = pytest.mark.gui


def test_a_user_error_is_a_warning_in_a_sentence(
    qapp: object, message_boxes: list[Box], caplog: pytest.LogCaptureFixture
) -> None:
    show_error(None, UserError("there is no accounting unit named 'East'"))

    assert message_boxes == [
        Box(QMessageBox.Icon.Warning, "There is no accounting unit named 'East'.", "", "")
    ]
    assert caplog.records == []


def test_a_parse_error_keeps_its_own_words(qapp: object, message_boxes: list[Box]) -> None:
    show_error(None, ParseError("amount", "12,3,4", Message("has digits grouped oddly.")))
    assert message_boxes[0].text == "Amount '12,3,4': has digits grouped oddly."


def test_a_storage_error_says_the_ledger_cannot_be_used(
    qapp: object, message_boxes: list[Box], caplog: pytest.LogCaptureFixture
) -> None:
    show_error(None, TreasurerError("cannot use the ledger l.db: the file is read-only"))

    assert message_boxes == [
        Box(
            QMessageBox.Icon.Critical,
            "Treasurer cannot use the ledger.",
            "Cannot use the ledger l.db: the file is read-only.",
            "",
        )
    ]
    assert caplog.records == []


def test_anything_else_is_a_bug_logged_with_its_traceback(
    qapp: object, message_boxes: list[Box], caplog: pytest.LogCaptureFixture
) -> None:
    known: dict[str, int] = {}
    try:
        known["missing"]
    except KeyError as exc:
        show_error(None, exc)

    [box] = message_boxes
    assert box.icon == QMessageBox.Icon.Critical
    assert box.text == "Something went wrong inside Treasurer. This is a bug."
    assert box.informative == "Please report it, with the details below."
    assert "Traceback" in box.detailed
    assert "KeyError: 'missing'" in box.detailed
    [record] = caplog.records
    assert record.levelname == "ERROR"
    assert record.exc_info is not None
    assert record.exc_info[0] is KeyError
