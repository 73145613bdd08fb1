"""Pictures of every screen, in English and in Arabic, for a person to look at.

They go to ``$TREASURER_SCREENSHOTS`` if set, else to the test's temporary folder; they
are not compared pixel by pixel. The test checks what can be checked by machine: each
image has the window's size, and in Arabic the window and its screens run right to left.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tests.ui.support import previewed
from treasurer.services.compliance import check_ledger
from treasurer.services.demo import generate_demo
from treasurer.services.ledger import Ledger, LedgerLocation, init_ledger
from treasurer.ui.app import SCREENSHOT_SIZE, wait_until_painted
from treasurer.ui.i18n import apply_language, locale_for
from treasurer.ui.main_window import PAGES, MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    location = LedgerLocation.for_path(path)
    init_ledger(location, name="Parti de démonstration", jurisdiction="fr", currency="EUR")
    with Ledger.open(location) as opened:
        generate_demo(opened, donations=600, seed=3, end=dt.date.today())
        check_ledger(opened)
    return path


@pytest.mark.parametrize("language", ["en", "ar"])
def test_screenshots_of_every_screen(
    qtbot: Any, qapp: QApplication, demo_path: Path, tmp_path: Path, language: str
) -> None:
    folder = Path(os.environ.get("TREASURER_SCREENSHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    apply_language(language)
    window = MainWindow(
        Ledger.open(LedgerLocation.for_path(demo_path)), locale=locale_for(language)
    )
    qtbot.addWidget(window)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    qtbot.waitExposed(window)
    assert wait_until_painted(window)
    rtl = language == "ar"
    assert (window.layoutDirection() == Qt.LayoutDirection.RightToLeft) is rtl
    window.show_page("flags")  # the flags are read when their screen is first shown
    assert window.flags.list.topLevelItem(0) is not None
    window.donors.search.field.setText("a")
    window.donors.search.search()
    window.donors.search.results.setCurrentRow(0)
    for name in PAGES:
        window.show_page(name)
        qapp.processEvents()
        page = window.stack.currentWidget()
        assert page is not None
        assert (page.layoutDirection() == Qt.LayoutDirection.RightToLeft) is rtl
        out = folder / f"{language}-{name}.png"
        assert window.grab().save(str(out), "PNG")
        image = QImage(str(out))
        assert (image.width(), image.height()) == SCREENSHOT_SIZE

    entry = window.new_donation()
    assert entry is not None
    entry.donor.setText("Claire Lambert")
    entry.search()
    entry.choose(0)
    entry.amount.setText("7300")
    entry.update_preview()
    qapp.processEvents()
    assert entry.preview is not None
    assert (entry.layoutDirection() == Qt.LayoutDirection.RightToLeft) is rtl
    assert entry.grab().save(str(folder / f"{language}-entry.png"), "PNG")
    entry.close()

    csv = tmp_path / "gifts.csv"
    csv.write_text(
        "date,donor,amount,method\n2026-03-01,Jean Martin,50.00,card\n"
        "2026-03-02,Lucie Bernard,abc,card\n2026-03-03,Claire Lambart,70.00,card\n",
        encoding="utf-8",
    )
    wizard = previewed(qtbot, window, csv)
    wizard.show()
    qapp.processEvents()
    assert wizard.grab().save(str(folder / f"{language}-import.png"), "PNG")
    wizard.close()
    window.close()
