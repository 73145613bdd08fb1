"""The main window: title, totals, the table's set-up, and opening another ledger."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox

from tests.ui.support import EN, Box
from treasurer.services.demo import generate_demo
from treasurer.services.ledger import (
    DonationRequest,
    Ledger,
    LedgerLocation,
    add_donation,
    init_ledger,
)
from treasurer.ui.donations_model import Column
from treasurer.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: Any, ledger_path: Path) -> Iterator[MainWindow]:
    opened = Ledger.open(LedgerLocation.for_path(ledger_path))
    shown = MainWindow(opened, locale=EN)
    qtbot.addWidget(shown)
    shown.show_page("donations")
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()


def cell(window: MainWindow, row: int, column: Column) -> str:
    model = window.table.model()
    return str(model.data(model.index(row, column)))


def click_header(qtbot: Any, window: MainWindow, column: Column) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


@pytest.fixture
def other_ledger(tmp_path: Path) -> Path:
    path = tmp_path / "other.db"
    location = LedgerLocation.for_path(path)
    init_ledger(location, name="Autre Parti", jurisdiction="ma", currency="MAD")
    with Ledger.open(location) as opened:
        generate_demo(opened, donations=30, seed=5)
    return path


def test_title_and_status_bar_describe_the_ledger(window: MainWindow) -> None:
    assert window.windowTitle() == "Treasurer — Parti des Tests"
    assert window.status_text() == "4 donations · 3 donors · total 6,354.50 EUR"
    assert window.statusBar().isVisible()


def test_the_demo_says_so_in_the_title(qtbot: Any, ledger_path: Path) -> None:
    demo = MainWindow(Ledger.open(LedgerLocation.for_path(ledger_path)), demo=True, locale=EN)
    qtbot.addWidget(demo)
    assert demo.windowTitle() == "Treasurer — Parti des Tests (demo)"
    demo.close()


def test_a_ledger_with_one_donation_says_one(qtbot: Any, tmp_path: Path) -> None:
    location = LedgerLocation.for_path(tmp_path / "one.db")
    init_ledger(location, name="Solo", jurisdiction="fr", currency="EUR")
    with Ledger.open(location) as opened:
        add_donation(opened, DonationRequest(date="2025-05-02", donor="Isla Hughes", amount="25"))
    single = MainWindow(Ledger.open(location), locale=EN)
    qtbot.addWidget(single)
    assert single.status_text() == "1 donation · 1 donor · total 25.00 EUR"
    single.close()


def test_an_empty_ledger_totals_zero_in_its_currency(qtbot: Any, tmp_path: Path) -> None:
    location = LedgerLocation.for_path(tmp_path / "empty.db")
    init_ledger(location, name="Vide", jurisdiction="fr", currency="EUR")
    empty = MainWindow(Ledger.open(location), locale=EN)
    qtbot.addWidget(empty)
    assert empty.status_text() == "0 donations · 0 donors · total 0.00 EUR"
    empty.close()


def test_the_table_is_set_up_for_a_million_rows_newest_first(window: MainWindow) -> None:
    table = window.table
    assert table.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    assert table.isSortingEnabled()
    header = table.horizontalHeader()
    assert header.sortIndicatorSection() == Column.DATE
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert cell(window, 0, Column.DATE) == "2025-03-10"
    assert cell(window, 3, Column.AMOUNT) == "1,234.50"
    # Wide enough that the amounts and dates are not elided.
    metrics = table.fontMetrics()
    assert header.sectionSize(Column.AMOUNT) > metrics.horizontalAdvance("1,234,567.00")
    assert header.sectionSize(Column.DATE) > metrics.horizontalAdvance("2025-03-10")


def test_clicking_a_column_header_sorts_by_it(qtbot: Any, window: MainWindow) -> None:
    header = window.table.horizontalHeader()
    click_header(qtbot, window, Column.AMOUNT)
    amounts = {cell(window, 0, Column.AMOUNT), cell(window, 3, Column.AMOUNT)}
    assert header.sortIndicatorSection() == Column.AMOUNT
    assert amounts == {"5,000.00", "20.00"}  # largest first or last, by the arrow's order
    if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
        click_header(qtbot, window, Column.AMOUNT)
    assert cell(window, 0, Column.AMOUNT) == "5,000.00"


def test_clicking_a_column_that_cannot_be_sorted_changes_nothing(
    qtbot: Any, window: MainWindow
) -> None:
    click_header(qtbot, window, Column.METHOD)
    header = window.table.horizontalHeader()
    assert header.sortIndicatorSection() == Column.DATE
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert cell(window, 0, Column.DATE) == "2025-03-10"


def test_open_ledger_shows_the_other_ledger(
    window: MainWindow, other_ledger: Path, message_boxes: list[Box]
) -> None:
    first = window.ledger
    assert window.open_ledger(other_ledger)

    assert window.windowTitle() == "Treasurer — Autre Parti"
    assert window.status_text().startswith("30 donations · ")
    assert window.status_text().endswith(" MAD")
    assert window.table.model().rowCount() == 30
    assert window.ledger is not first
    assert message_boxes == []


def test_opening_the_demo_window_then_a_real_ledger_drops_demo_from_the_title(
    qtbot: Any, ledger_path: Path, other_ledger: Path
) -> None:
    demo = MainWindow(Ledger.open(LedgerLocation.for_path(ledger_path)), demo=True, locale=EN)
    qtbot.addWidget(demo)
    assert demo.open_ledger(other_ledger)
    assert demo.windowTitle() == "Treasurer — Autre Parti"
    demo.close()


def test_open_ledger_on_a_missing_file_says_so_and_keeps_the_ledger(
    window: MainWindow, tmp_path: Path, message_boxes: list[Box]
) -> None:
    missing = tmp_path / "nowhere.db"
    assert not window.open_ledger(missing)

    assert [(b.icon, b.text) for b in message_boxes] == [
        (QMessageBox.Icon.Warning, f"There is no ledger file at {missing}.")
    ]
    assert not missing.exists()
    assert window.windowTitle() == "Treasurer — Parti des Tests"
    assert window.table.model().rowCount() == 4


def test_open_ledger_on_a_file_that_is_not_a_ledger_says_so(
    window: MainWindow, tmp_path: Path, message_boxes: list[Box]
) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("shopping list\n", encoding="utf-8")
    assert not window.open_ledger(notes)

    assert len(message_boxes) == 1
    assert message_boxes[0].icon == QMessageBox.Icon.Warning
    assert "is not a Treasurer ledger" in message_boxes[0].text
    assert window.windowTitle() == "Treasurer — Parti des Tests"
    assert cell(window, 0, Column.DONOR) == "Claire Dubois"


def test_file_open_asks_for_a_ledger_file_and_opens_it(
    window: MainWindow, other_ledger: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str, str]] = []

    def choose(_parent: Any, caption: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append((caption, folder, filters))
        return str(other_ledger), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    window.open_action.trigger()

    assert asked == [
        ("Open ledger", str(other_ledger.parent), "Treasurer ledgers (*.db);;All files (*)")
    ]
    assert window.windowTitle() == "Treasurer — Autre Parti"


def test_file_open_cancelled_changes_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, message_boxes: list[Box]
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a: ("", "")))
    window.open_action.trigger()
    assert window.windowTitle() == "Treasurer — Parti des Tests"
    assert message_boxes == []


def test_quit_is_ctrl_q_and_closes_the_window_and_the_ledger(window: MainWindow) -> None:
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View"]
    assert [a.text() for a in window.file_menu.actions() if not a.isSeparator()] == [
        "&Open ledger…",
        "&Start screen (new ledger, recent, demo)",
        "&Close ledger",
        "&Import donations…",
        "Field &offices",
        "&Quit",
    ]
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")

    window.quit_action.trigger()
    assert not window.isVisible()
    assert window.ledger is None
    assert window.model is None


def test_closing_the_window_backs_the_ledger_up(qtbot: Any, ledger_path: Path) -> None:
    shown = MainWindow(Ledger.open(LedgerLocation.for_path(ledger_path)), locale=EN)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown_id = shown._ledger.settings().ledger_id if shown._ledger else None
    folder = ledger_path.with_name(f"{ledger_path.stem}-backups")
    before = set(folder.glob("*")) if folder.is_dir() else set()
    shown.close()
    made = sorted(set(folder.glob("*.db")) - before)
    assert len(made) == 1
    assert "app-close" in made[0].name
    with Ledger.open(LedgerLocation.for_path(made[0])) as copy:  # a whole ledger
        assert copy.settings().ledger_id == shown_id
