"""GUI test fixtures: an offscreen Qt, private user folders, ledgers built through the
services, and message boxes that record what they would say instead of waiting for a click."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.support import Box, make_ledger
from treasurer.services.ledger import Ledger, LedgerLocation
from treasurer.ui import ops
from treasurer.ui.i18n import apply_language

# Before pytest-qt creates the QApplication: no display is needed (shared/STACK.md, section 2).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _private_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The default and demo ledgers go to this test's folder, never the user's."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("TREASURER_LEDGER", raising=False)
    monkeypatch.delenv("TREASURER_DB", raising=False)
    # The window's own settings (geometry, columns, language, recent ledgers) too.
    monkeypatch.setenv("TREASURER_GUI_SETTINGS", str(tmp_path / "gui.ini"))


@pytest.fixture(autouse=True)
def _english_and_no_work_left(qapp: QApplication) -> Iterator[None]:
    """Each test starts in English, and ends once its background work has reported back
    (a late report would land in the next test)."""
    apply_language("en")
    yield
    deadline = time.monotonic() + 30
    while ops.running() and time.monotonic() < deadline:
        qapp.processEvents()
        QThreadPool.globalInstance().waitForDone(20)
    qapp.processEvents()
    apply_language("en")


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[Box]:
    """Every QMessageBox.exec() records the box and returns at once (a modal box would
    wait for a click forever)."""
    shown: list[Box] = []

    def record(box: QMessageBox) -> int:
        shown.append(Box(box.icon(), box.text(), box.informativeText(), box.detailedText()))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


@pytest.fixture
def ledger_path(tmp_path: Path) -> Path:
    path = tmp_path / "l.db"
    make_ledger(path)
    return path


@pytest.fixture
def ledger(ledger_path: Path) -> Iterator[Ledger]:
    with Ledger.open(LedgerLocation.for_path(ledger_path)) as opened:
        yield opened
