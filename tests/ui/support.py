"""What the GUI tests share: a small ledger with known donations, a fixed locale, and
the record of a message box."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from treasurer.services.ledger import (
    DonationRequest,
    Ledger,
    LedgerLocation,
    add_donation,
    add_unit,
    init_ledger,
)

if TYPE_CHECKING:
    from treasurer.ui.import_wizard import ImportWizard
    from treasurer.ui.main_window import MainWindow

TODAY = dt.date(2025, 12, 31)
EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)

#: The small ledger's donations, in the order they are added (ids 1 to 4).
DONATIONS = (
    DonationRequest(
        date="2025-01-15",
        donor="Claire Dubois",
        amount="1234.50",
        method="transfer",
        reference="VIR-001",
    ),
    DonationRequest(date="2025-02-01", donor="محمد العلمي", amount="100", method="cash"),
    DonationRequest(
        date="2025-03-10",
        donor="James Smith",
        amount="5000",
        method="cheque",
        reference="CHQ-7",
        unit="North office",
    ),
    DonationRequest(
        date="2025-03-10", donor="Claire Dubois", amount="20", method="online", notes="monthly"
    ),
)


@dataclass(frozen=True)
class Box:
    """A message box as it would have been shown."""

    icon: QMessageBox.Icon
    text: str
    informative: str
    detailed: str


def make_ledger(path: Path) -> LedgerLocation:
    """A French party's ledger with the four ``DONATIONS`` and one unit."""
    location = LedgerLocation.for_path(path)
    init_ledger(location, name="Parti des Tests", jurisdiction="fr", currency="EUR")
    with Ledger.open(location) as ledger:
        add_unit(ledger, "North office")
        for request in DONATIONS:
            add_donation(ledger, request, today=TODAY)
    return location


def previewed(qtbot: Any, window: MainWindow, path: Path) -> ImportWizard:
    """The import wizard of ``path``, taken to its dry run (the preset reads every
    column it needs) and waited for."""
    wizard = window.import_file(path)
    assert wizard is not None
    qtbot.addWidget(wizard)
    while wizard.currentPage() is not wizard.preview_page:
        wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.finished, timeout=20_000)
    return wizard
