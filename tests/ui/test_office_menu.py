"""File > Field offices: an office exports an encrypted bundle from the window, and
headquarters imports it from its window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tests.ui.support import EN, Box
from treasurer.core.crypto import is_encrypted
from treasurer.services import offices
from treasurer.services.ledger import (
    DonationRequest,
    Ledger,
    LedgerLocation,
    add_donation,
    count_donations,
    init_ledger,
)
from treasurer.ui import ops
from treasurer.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
TODAY = dt.date.today()


def open_window(qtbot: Any, path: Path) -> MainWindow:
    window = MainWindow(Ledger.open(LedgerLocation.for_path(path)), locale=EN)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not ops.running(), timeout=20_000)
    return window


def test_a_bundle_goes_from_an_office_window_to_headquarters(
    qtbot: Any, tmp_path: Path, message_boxes: list[Box]
) -> None:
    hq_path, office_path = tmp_path / "hq.db", tmp_path / "lyon.db"
    init_ledger(LedgerLocation.for_path(hq_path), name="Parti", jurisdiction="fr", currency="EUR")
    setup = tmp_path / "setup.json"
    with Ledger.open(LedgerLocation.for_path(hq_path)) as hq:
        offices.write_setup_file(hq, unit="Lyon", out=setup)
    offices.init_office(LedgerLocation.for_path(office_path), setup=setup)
    with Ledger.open(LedgerLocation.for_path(office_path)) as office:
        request = DonationRequest(
            date=TODAY.isoformat(), donor="Claire Dubois", amount="150", method="cheque"
        )
        add_donation(office, request)

    window = open_window(qtbot, office_path)
    bundle = tmp_path / "lyon.bundle"
    window.offices.export(out=bundle, passphrase="correct horse")
    qtbot.waitUntil(lambda: not ops.running(), timeout=20_000)
    assert is_encrypted(bundle)
    assert message_boxes[-1].text.startswith("Bundle 1 written to")
    assert message_boxes[-1].text.endswith(": 1 donation or refund.")
    window.close()

    window = open_window(qtbot, hq_path)
    window.offices.import_bundle(path=bundle, passphrase="wrong")
    qtbot.waitUntil(lambda: not ops.running(), timeout=20_000)
    assert "passphrase is wrong" in message_boxes[-1].text + message_boxes[-1].informative
    window.offices.import_bundle(path=bundle, passphrase="correct horse")
    qtbot.waitUntil(lambda: not ops.running(), timeout=20_000)
    assert message_boxes[-1].text.startswith("Imported from Parti")
    assert ": 1 donation, 0 refunds, 1 new donor; 1 flag raised by the rules." in (
        message_boxes[-1].text
    )
    assert window.ledger is not None
    assert count_donations(window.ledger) == 1
    window.close()
