"""The windowed donations model: what each cell says, sorting in the database, pages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt

from tests.ui.support import EN
from treasurer.core.errors import TreasurerError
from treasurer.services import browse
from treasurer.services import ledger as services
from treasurer.services.demo import generate_demo
from treasurer.services.ledger import (
    DonationRequest,
    Ledger,
    LedgerLocation,
    add_donation,
    init_ledger,
)
from treasurer.ui import donations_model
from treasurer.ui.donations_model import MAX_PAGES, PAGE_SIZE, Column, DonationsModel

pytestmark = pytest.mark.gui

DISPLAY = Qt.ItemDataRole.DisplayRole


def rows(model: DonationsModel) -> list[list[str]]:
    return [
        [model.data(model.index(r, c), DISPLAY) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


@pytest.fixture
def big_ledger(tmp_path: Path) -> Iterator[Ledger]:
    """1,200 seeded demo donations: three pages, the last one short."""
    location = LedgerLocation.for_path(tmp_path / "big.db")
    init_ledger(location, name="Big", jurisdiction="fr", currency="EUR")
    with Ledger.open(location) as opened:
        generate_demo(opened, donations=1200, seed=7)
        yield opened


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The arguments of every page the model reads."""
    seen: list[dict[str, Any]] = []

    def spy(ledger: Ledger, query: Any, **kwargs: Any) -> Any:
        kwargs.pop("flagged")
        seen.append(kwargs)
        return browse.donation_page(ledger, query, **kwargs)

    monkeypatch.setattr(donations_model, "donation_page", spy)
    return seen


# Qt's own QAbstractItemModelTester, then pytest-qt's Python port (clearer messages).
TESTERS = pytest.mark.parametrize("force_py", [False, True], ids=["qt", "py"])


@TESTERS
def test_passes_the_model_tester(qtmodeltester: Any, ledger: Ledger, force_py: bool) -> None:
    qtmodeltester.check(DonationsModel(ledger, locale=EN), force_py=force_py)


@TESTERS
def test_passes_the_model_tester_over_several_pages(
    qtmodeltester: Any, big_ledger: Ledger, force_py: bool
) -> None:
    model = DonationsModel(big_ledger, locale=EN)
    qtmodeltester.check(model, force_py=force_py)
    model.sort(Column.AMOUNT, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=force_py)


def test_shows_every_donation_newest_first_as_written_for_people(ledger: Ledger) -> None:
    model = DonationsModel(ledger, locale=EN)

    assert model.rowCount() == 4
    assert model.columnCount() == 6
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Date", "Donor", "Amount (EUR)", "Method", "Reference", "Unit"]
    # Same day: the later entry first.
    assert rows(model) == [
        ["2025-03-10", "Claire Dubois", "20.00", "Online", "", ""],
        ["2025-03-10", "James Smith", "5,000.00", "Cheque", "CHQ-7", "North office"],
        ["2025-02-01", "محمد العلمي", "100.00", "Cash", "", ""],
        ["2025-01-15", "Claire Dubois", "1,234.50", "Transfer", "VIR-001", ""],
    ]


def test_amounts_are_right_aligned_and_notes_are_tooltips(ledger: Ledger) -> None:
    model = DonationsModel(ledger, locale=EN)
    align = Qt.ItemDataRole.TextAlignmentRole

    assert model.data(model.index(0, Column.AMOUNT), align) & Qt.AlignmentFlag.AlignRight
    assert model.data(model.index(0, Column.DONOR), align) & Qt.AlignmentFlag.AlignLeft
    assert model.headerData(Column.AMOUNT, Qt.Orientation.Horizontal, align) & (
        Qt.AlignmentFlag.AlignRight
    )
    # the notes, after the open flag that names the donation (its icon marks the row)
    tooltip = model.data(model.index(0, Column.DONOR), Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Claire Dubois: address, country must be recorded")
    assert tooltip.endswith("\n\nmonthly")
    assert model.data(model.index(0, Column.DATE), Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(0, Column.DONOR), Qt.ItemDataRole.DecorationRole) is None
    # no notes: the flag alone
    assert model.data(model.index(1, Column.DONOR), Qt.ItemDataRole.ToolTipRole).endswith(
        "before issuing the receipt."
    )


def test_amounts_follow_the_locale(ledger: Ledger) -> None:
    french = DonationsModel(ledger, locale=QLocale("fr_FR"))
    # A narrow no-break space groups the thousands: it stays put in right-to-left text.
    assert french.data(french.index(3, Column.AMOUNT), DISPLAY) == "1\u202f234,50"
    c_locale = DonationsModel(ledger, locale=QLocale.c())
    assert c_locale.data(c_locale.index(3, Column.AMOUNT), DISPLAY) == "1,234.50"


def test_sorting_by_amount_puts_the_largest_first(ledger: Ledger, qtbot: Any) -> None:
    model = DonationsModel(ledger, locale=EN)

    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.sort(Column.AMOUNT, Qt.SortOrder.DescendingOrder)
    assert [r[Column.AMOUNT] for r in rows(model)] == ["5,000.00", "1,234.50", "100.00", "20.00"]
    assert (model.sort_column, model.sort_order) == (
        Column.AMOUNT,
        Qt.SortOrder.DescendingOrder,
    )

    model.sort(Column.AMOUNT, Qt.SortOrder.AscendingOrder)
    assert [r[Column.AMOUNT] for r in rows(model)] == ["20.00", "100.00", "1,234.50", "5,000.00"]


def test_sorting_by_donor_and_by_date(ledger: Ledger) -> None:
    model = DonationsModel(ledger, locale=EN)

    model.sort(Column.DONOR, Qt.SortOrder.AscendingOrder)
    donors = [r[Column.DONOR] for r in rows(model)]
    assert donors[:3] == ["Claire Dubois", "Claire Dubois", "James Smith"]
    assert donors[3] == "محمد العلمي"

    model.sort(Column.DATE, Qt.SortOrder.AscendingOrder)
    assert [r[Column.DATE] for r in rows(model)] == [
        "2025-01-15",
        "2025-02-01",
        "2025-03-10",
        "2025-03-10",
    ]


@pytest.mark.parametrize("column", [Column.METHOD, Column.REFERENCE, Column.UNIT])
def test_other_columns_are_not_sorted(ledger: Ledger, qtbot: Any, column: Column) -> None:
    model = DonationsModel(ledger, locale=EN)
    before = rows(model)

    with qtbot.assertNotEmitted(model.modelReset):
        model.sort(column, Qt.SortOrder.AscendingOrder)
    assert not model.is_sortable(column)
    assert rows(model) == before
    assert model.sort_column == Column.DATE


def test_sorting_again_the_same_way_does_nothing(ledger: Ledger, qtbot: Any) -> None:
    model = DonationsModel(ledger, locale=EN)
    with qtbot.assertNotEmitted(model.modelReset):
        model.sort(Column.DATE, Qt.SortOrder.DescendingOrder)


def test_reads_one_page_for_the_cells_it_is_asked(
    big_ledger: Ledger, calls: list[dict[str, Any]]
) -> None:
    model = DonationsModel(big_ledger, locale=EN)
    assert model.rowCount() == 1200
    assert calls == []  # the count alone sizes the table

    model.data(model.index(0, Column.DONOR), DISPLAY)
    model.data(model.index(PAGE_SIZE - 1, Column.AMOUNT), DISPLAY)
    assert calls == [{"sort": "date", "descending": True, "offset": 0, "limit": PAGE_SIZE}]

    last = model.data(model.index(1199, Column.REFERENCE), DISPLAY)
    assert calls[-1] == {"sort": "date", "descending": True, "offset": 1000, "limit": 200}
    expected = services.list_donations(big_ledger, sort="date", descending=True, offset=1199)
    assert last == (expected[0].reference or "")
    assert model.cached_pages() == [0, 2]


def test_keeps_a_bounded_number_of_pages(tmp_path: Path, calls: list[dict[str, Any]]) -> None:
    location = LedgerLocation.for_path(tmp_path / "pages.db")
    init_ledger(location, name="Pages", jurisdiction="fr", currency="EUR")
    with Ledger.open(location) as opened:
        generate_demo(opened, donations=PAGE_SIZE * (MAX_PAGES + 2), seed=2)
        model = DonationsModel(opened, locale=EN)
        for page in range(MAX_PAGES + 2):
            model.data(model.index(page * PAGE_SIZE, Column.DATE), DISPLAY)
        assert model.cached_pages() == list(range(2, MAX_PAGES + 2))

        model.data(model.index(2 * PAGE_SIZE, Column.DATE), DISPLAY)  # cached: no query
        assert len(calls) == MAX_PAGES + 2
        assert model.cached_pages()[-1] == 2

        model.data(model.index(0, Column.DATE), DISPLAY)  # evicted: read again
        assert len(calls) == MAX_PAGES + 3
        assert len(model.cached_pages()) == MAX_PAGES


def test_a_page_that_cannot_be_read_shows_disabled_rows_and_says_why(
    ledger: Ledger, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = DonationsModel(ledger, locale=EN)

    def fail(*_args: Any, **_kwargs: Any) -> Any:
        raise TreasurerError("cannot use the ledger l.db: the disk is full")

    monkeypatch.setattr(donations_model, "donation_page", fail)
    with qtbot.waitSignal(model.fetch_failed, timeout=1000) as signal:
        assert model.data(model.index(0, Column.DATE), DISPLAY) == "(cannot be read)"
    assert signal.args == ["cannot use the ledger l.db: the disk is full"]
    with qtbot.assertNotEmitted(model.fetch_failed):  # once per page, not per cell
        assert model.data(model.index(3, Column.AMOUNT), DISPLAY) == ""
        tooltip = model.data(model.index(3, Column.AMOUNT), Qt.ItemDataRole.ToolTipRole)
        assert tooltip == "cannot use the ledger l.db: the disk is full"
        assert not model.flags(model.index(3, Column.DATE)) & Qt.ItemFlag.ItemIsEnabled

    monkeypatch.setattr(donations_model, "donation_page", browse.donation_page)
    model.refresh()
    assert model.data(model.index(0, Column.DATE), DISPLAY) == "2025-03-10"
    assert model.flags(model.index(0, Column.DATE)) & Qt.ItemFlag.ItemIsEnabled


def test_refresh_shows_a_donation_added_since(ledger: Ledger, qtbot: Any) -> None:
    model = DonationsModel(ledger, locale=EN)
    model.data(model.index(0, 0), DISPLAY)
    add_donation(ledger, DonationRequest(date="2025-04-01", donor="Hélène Moreau", amount="75.5"))
    assert model.rowCount() == 4  # until told

    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.refresh()
    assert model.rowCount() == 5
    assert rows(model)[0] == ["2025-04-01", "Hélène Moreau", "75.50", "Transfer", "", ""]


def test_an_empty_ledger_has_no_rows(qtmodeltester: Any, tmp_path: Path) -> None:
    location = LedgerLocation.for_path(tmp_path / "empty.db")
    init_ledger(location, name="Empty", jurisdiction="ma", currency="MAD")
    with Ledger.open(location) as opened:
        model = DonationsModel(opened, locale=EN)
        assert model.rowCount() == 0
        assert model.headerData(Column.AMOUNT, Qt.Orientation.Horizontal) == "Amount (MAD)"
        qtmodeltester.check(model)


@TESTERS
def test_a_filtered_model_passes_the_model_tester(
    qtmodeltester: Any, big_ledger: Ledger, force_py: bool
) -> None:
    from treasurer.core.model import PaymentMethod
    from treasurer.services.browse import DonationQuery

    model = DonationsModel(big_ledger, locale=EN)
    model.set_query(DonationQuery(method=PaymentMethod.CASH))
    cash = model.rowCount()
    assert 0 < cash < 1200
    assert {model.data(model.index(r, Column.METHOD), DISPLAY) for r in range(cash)} <= {
        "Cash",
        "Cash (refund)",
        "Cash (return)",
    }
    qtmodeltester.check(model, force_py=force_py)
    model.set_query(DonationQuery(flagged_only=True))
    qtmodeltester.check(model, force_py=force_py)
