"""A treasurer's day, driven through the window: create a ledger, enter donations until
a cap is passed (the flag shows in the form and on the flags screen), record a refund
and see the flag resolved, undo and redo, import a CSV with a bad row through the
wizard, write a report, filter the donations, merge donors, switch to Arabic."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from tests.ui.support import EN, Box, previewed
from treasurer.services import compliance
from treasurer.services.audit import verify_audit
from treasurer.services.ledger import (
    DonationRequest,
    Ledger,
    LedgerLocation,
    add_donation,
    count_donations,
    init_ledger,
    ledger_info,
    list_donations,
)
from treasurer.ui import ops
from treasurer.ui.donations_model import Column
from treasurer.ui.flags_page import RemedyDialog
from treasurer.ui.main_window import MainWindow
from treasurer.ui.start_page import CreateDialog

pytestmark = pytest.mark.gui

THIS_YEAR = dt.date.today().year


def wait_ops(qtbot: Any) -> None:
    qtbot.waitUntil(lambda: ops.running() == 0, timeout=20_000)


@pytest.fixture
def empty_window(qtbot: Any) -> Iterator[MainWindow]:
    window = MainWindow(None, locale=EN)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def open_window(qtbot: Any, path: Path) -> MainWindow:
    window = MainWindow(Ledger.open(LedgerLocation.for_path(path)), locale=EN)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    wait_ops(qtbot)
    return window


@pytest.fixture
def french(tmp_path: Path) -> Path:
    """A French party's ledger with one donor near the cap (7,000 € this year)."""
    path = tmp_path / "fr.db"
    location = LedgerLocation.for_path(path)
    init_ledger(location, name="Parti", jurisdiction="fr", currency="EUR")
    with Ledger.open(location) as opened:
        for request in (
            DonationRequest(
                date=f"{THIS_YEAR}-01-10",
                donor="Claire Dubois",
                amount="7000",
                address="1 rue de la Paix, Paris",
                country="FR",
            ),
            DonationRequest(
                date=f"{THIS_YEAR}-01-11",
                donor="Mohamed El Alami",
                amount="20",
                address="2 rue Haute, Lyon",
                country="FR",
            ),
            DonationRequest(
                date=f"{THIS_YEAR}-01-12",
                donor="محمد العلمي",
                amount="30",
                email="mohamed.alami@example.ma",
                address="3 rue Basse, Lyon",
                country="FR",
            ),
        ):
            add_donation(opened, request)
    return path


def test_create_a_ledger_from_the_start_screen(
    qtbot: Any, empty_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = empty_window
    assert window.page() == "start"
    assert window.windowTitle() == "Treasurer"
    assert not window.new_action.isEnabled()
    target = tmp_path / "new.db"

    def fill(dialog: CreateDialog) -> int:
        dialog.name.setText("Parti Neuf")
        dialog.profile.setCurrentIndex(dialog.profile.findData("fr"))
        assert dialog.currency.text() == "EUR"
        dialog.path.setText(str(target))
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(CreateDialog, "exec", fill)
    assert window.start_page.create_ledger() == target
    assert window.windowTitle() == "Treasurer — Parti Neuf"
    assert window.page() == "dashboard"
    assert window.new_action.isEnabled()
    assert target.exists()
    # remembered as a recent ledger
    window.close_ledger()
    assert window.page() == "start"
    assert window.start_page.recent.item(0).text() == str(target)


def test_enter_donations_past_the_cap_then_refund(
    qtbot: Any, french: Path, monkeypatch: pytest.MonkeyPatch, message_boxes: list[Box]
) -> None:
    window = open_window(qtbot, french)
    assert window.new_action.shortcut() == QKeySequence("Ctrl+N")
    window.new_action.trigger()
    entry = window._entry
    assert entry is not None
    qtbot.waitExposed(entry)
    assert entry.date.date().toPython() == dt.date.today()  # the date starts at today

    # the donor field proposes the ledger's donors: "moh" finds both spellings
    qtbot.keyClicks(entry.donor, "moh")
    entry.search()
    assert [p.split(" — ")[0] for p in entry.proposals()] == ["Mohamed El Alami", "محمد العلمي"]
    entry.donor.clear()

    qtbot.keyClicks(entry.donor, "claire")
    entry.search()
    entry.choose(0)
    qtbot.keyClicks(entry.amount, "600")
    entry.update_preview()
    preview = entry.preview
    assert preview is not None
    assert not preview.new_donor
    text = entry.check.toPlainText().replace("\u2066", "").replace("\u2069", "")
    assert f"Total in {THIS_YEAR}: 7,000.00 EUR → 7,600.00 EUR, cap 7,500.00 EUR" in text
    assert "Would raise: Annual cap on a person's gifts to all parties together" in text
    assert "Return the amount over the cap to the donor" in text

    # Ctrl+Enter (the offscreen platform has no active window to send the keys to)
    [save] = [s for s in entry.shortcuts if s.key() == QKeySequence("Ctrl+Return")]
    save.activated.emit()
    assert entry.last_result is not None
    assert entry.isVisible()  # Ctrl+Enter keeps the form open for the next one
    assert entry.donor.text() == ""
    assert entry.amount.text() == ""
    assert "Flag raised:" in entry.outcome.text()
    assert "the cap is €7,500.00, so €100.00 is over it" in entry.outcome.text()
    assert entry.outcome.text().startswith("Saved: \u2066600.00 EUR\u2069 from Claire Dubois.")

    # the flag is on the flags screen, most urgent first
    window.show_page("flags")
    flag = window.flags.current()
    assert flag is not None
    assert (flag["kind"], flag["donor_name"], flag["amount_over"]) == (
        "over_limit",
        "Claire Dubois",
        "100.00",
    )
    assert window.flags.donations.topLevelItemCount() == 2  # the donations that add up
    added = window.flags.donations.topLevelItem(1)
    assert added is not None
    # the method and entry in the window's words, not the ledger's ("transfer")
    assert (added.text(2), added.text(4)) == ("Transfer", "donation")
    assert window.flags.buttons["refund"].isEnabled()

    def accept(dialog: RemedyDialog) -> int:
        assert dialog.amount.text() == "100.00"  # the excess, from the latest donation
        dialog.reason.setText("over the cap")
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(RemedyDialog, "exec", accept)
    window.flags.remedy("refund")
    assert message_boxes == []
    assert "Flags resolved: 1" in window.flags.done.text()
    assert [f["kind"] for f in window.flags.flags] == ["near_limit"]
    with Ledger.open(LedgerLocation.for_path(french)) as check:
        [resolved] = compliance.list_flags(check, status="resolved")
        assert resolved["kind"] == "over_limit"
    entry.close()
    window.close()


def test_undo_and_redo_an_entry(qtbot: Any, french: Path) -> None:
    window = open_window(qtbot, french)
    assert window.undo_action.shortcut() == QKeySequence("Ctrl+Z")
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()
    assert not window.undo_action.isEnabled()
    window.record_donation(
        DonationRequest(date=f"{THIS_YEAR}-02-01", donor="Nadia Idrissi", amount="45")
    )
    assert window.model is not None
    assert window.model.rowCount() == 4
    assert window.undo_action.text() == "&Undo Add donation of 45 from Nadia Idrissi"
    window.undo_action.trigger()
    assert window.model.rowCount() == 3
    assert window.status_text().startswith("3 donations")
    window.redo_action.trigger()
    assert window.model.rowCount() == 4
    assert window.ledger is not None
    assert [d.donor_name for d in list_donations(window.ledger, sort="date")][-1] == "Nadia Idrissi"
    window.close()


def test_dismiss_a_flag_with_a_reason_and_undo(
    qtbot: Any, french: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, french)
    window.show_page("flags")
    [flag] = window.flags.flags
    assert flag["kind"] == "near_limit"
    ok = window.flags.apply("dismiss", flag, {"reason": "asked; nothing elsewhere"})
    assert ok
    assert window.flags.flags == []
    window.undo_action.trigger()
    assert [f["id"] for f in window.flags.flags] == [flag["id"]]
    window.close()


def test_import_a_csv_with_a_bad_row_through_the_wizard(
    qtbot: Any, french: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, french)
    csv = tmp_path / "gifts.csv"
    csv.write_text(
        "date,donor,amount,method,reference\n"
        f"{THIS_YEAR}-03-01,Jean Martin,50.00,card,W-1\n"
        f"{THIS_YEAR}-03-02,Lucie Bernard,not money,card,W-2\n"
        f"{THIS_YEAR}-03-03,Claire Dubois,700.00,card,W-3\n",
        encoding="utf-8",
    )
    assert window.import_action.shortcut() == QKeySequence("Ctrl+I")
    wizard = window.import_file(csv)
    assert wizard is not None
    qtbot.addWidget(wizard)
    assert wizard.file_page.isComplete()
    wizard.next()
    columns = wizard.columns_page  # the preset read every column it needs
    assert columns.isComplete()
    assert columns.columns() == {
        "date": "date",
        "donor": "donor",
        "amount": "amount",
        "method": "method",
        "reference": "reference",
    }
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.finished, timeout=20_000)
    assert preview.report is not None
    assert (preview.report.rows, preview.report.new, len(preview.report.errors)) == (3, 2, 1)
    assert preview.issues.topLevelItemCount() == 1
    bad = preview.issues.topLevelItem(0)
    assert bad is not None
    assert (bad.text(0), bad.text(1), bad.text(2)) == ("3", "amount", "not money")
    assert bad.background(0).color().name() == "#fde7e9"  # highlighted
    # the flags the import would raise, as the import then says
    assert "Flags the rules would raise: 2." in preview.status.text().splitlines()
    assert window.ledger is not None
    assert count_donations(window.ledger) == 3

    wizard.next()
    page = wizard.import_page
    qtbot.waitUntil(lambda: page.finished, timeout=20_000)
    assert page.report is not None
    assert page.report.committed
    text = page.status.text()
    assert "Imported: 2 donations" in text
    assert "Bad rows skipped: 1." in text
    # Claire Dubois passes the cap; Jean Martin's address is missing for the receipt
    assert "Flags raised by the rules: 2." in text
    assert "The bad rows were written to" in text
    assert count_donations(window.ledger) == 5
    wizard.accept()
    # the import is one edit: undone whole
    assert window.undo_action.text() == "&Undo Import gifts.csv"
    window.undo_action.trigger()
    assert count_donations(window.ledger) == 3
    window.close()


def test_redo_of_an_import_makes_its_ticked_merges_again(
    qtbot: Any, french: Path, tmp_path: Path
) -> None:
    """The treasurer ticks "same person" in the preview; the import merges them; Undo
    takes the import back; Redo imports again and merges them again (it left two)."""
    window = open_window(qtbot, french)
    assert window.ledger is not None
    before = ledger_info(window.ledger).counts["donors"]
    gifts = count_donations(window.ledger)
    csv = tmp_path / "kermesse.csv"
    csv.write_text(
        "date,donor,postcode,amount,reference\n"
        f"{THIS_YEAR}-04-01,Anne Leclerc,69003,10,K1\n"
        f"{THIS_YEAR}-04-02,Anne Leclerc,75011,20,K2\n",
        encoding="utf-8",
    )
    wizard = previewed(qtbot, window, csv)
    proposal = wizard.preview_page.fuzzy.topLevelItem(0)
    assert proposal is not None
    proposal.setCheckState(0, Qt.CheckState.Checked)
    wizard.next()
    page = wizard.import_page
    qtbot.waitUntil(lambda: page.finished, timeout=20_000)
    assert "Merged as the same person: Anne Leclerc → Anne Leclerc." in page.status.text()
    wizard.accept()
    assert ledger_info(window.ledger).counts["donors"] == before + 1
    window.undo_action.trigger()
    assert ledger_info(window.ledger).counts["donors"] == before
    window.redo_action.trigger()
    assert ledger_info(window.ledger).counts["donors"] == before + 1
    assert count_donations(window.ledger) == gifts + 2
    window.close()


@pytest.mark.parametrize(
    "sample",
    [
        "mt940_de_structured.sta",
        "mt940_ing_cp1252.sta",
        "ofx1_sgml_cp1252.ofx",
        "ofx2_xml.qfx",
        "camt053_v02.xml",
        "camt053_v08.xml",
    ],
)
def test_every_bank_statement_gets_past_the_columns_page(
    qtbot: Any, french: Path, sample: str
) -> None:
    """A statement has no columns to choose: the page says so and lets it through (an
    MT940 or OFX 1 file was read as a table of one column, every field missing)."""
    window = open_window(qtbot, french)
    wizard = window.import_file(Path(__file__).parents[1] / "importers/samples" / sample)
    assert wizard is not None
    qtbot.addWidget(wizard)
    wizard.next()
    page = wizard.columns_page
    assert page.status.text() == "Not a table of columns (a bank statement reads its own fields)."
    assert page.isComplete()
    wizard.reject()
    window.close()


def test_a_bank_statement_through_the_wizard_counts_what_it_leaves_out(
    qtbot: Any, french: Path
) -> None:
    """A statement has no columns to choose; its debits, reversals and the like are left
    out, and the summary says how many, so the treasurer sees nothing was lost."""
    window = open_window(qtbot, french)
    statement = Path(__file__).parents[1] / "importers/samples/mt940_de_structured.sta"
    wizard = previewed(qtbot, window, statement)
    assert (
        "Statement entries that are not donations (debits, reversals…), left out: 4 (debit 1, "
        "returned transfer 1, reversal 1, interest 1)."
    ) in (wizard.preview_page.status.text())
    wizard.next()
    page = wizard.import_page
    qtbot.waitUntil(lambda: page.finished, timeout=20_000)
    assert page.report is not None
    assert [reason for _entry, reason in page.report.skipped] == [
        "debit",
        "returned transfer (code 159)",
        "reversal (RC)",
        "interest (code 814)",
    ]
    assert (
        "Statement entries that are not donations (debits, reversals…), left out: 4 (debit 1, "
        "returned transfer 1, reversal 1, interest 1)."
    ) in (page.status.text())
    wizard.reject()
    window.close()


def test_the_wizard_counts_the_rows_a_preset_leaves_out(qtbot: Any, french: Path) -> None:
    """HelloAsso's offline and refused payments are not imported (the preset's [keep]
    column): the preview and the summary count them."""
    window = open_window(qtbot, french)
    export = Path(__file__).parents[1] / "importers/samples/platforms/helloasso.csv"
    wizard = previewed(qtbot, window, export)
    said = (
        "Rows the preset does not import (by their status or type), left out: 2 (Statut du "
        "paiement 'Hors ligne' 1, Statut du paiement 'Refusé' 1)."
    )
    assert said in wizard.preview_page.status.text()
    wizard.next()
    page = wizard.import_page
    qtbot.waitUntil(lambda: page.finished, timeout=20_000)
    assert page.report is not None
    assert [line for line, _reason in page.report.skipped] == [7, 8]
    assert said in page.status.text()
    wizard.reject()
    window.close()


def test_the_preview_names_the_columns_it_does_not_read(
    qtbot: Any, french: Path, tmp_path: Path
) -> None:
    """A volunteer's "Type" column is not guessed: the preview says so, as the CLI does."""
    window = open_window(qtbot, french)
    sheet = tmp_path / "dons.csv"
    sheet.write_text(
        "Date,Nom,Montant,Mode,Type\n2025-04-01,Carl Cash,100,espèces,Personne physique\n",
        encoding="utf-8",
    )
    wizard = previewed(qtbot, window, sheet)
    assert "Columns not read: Type (go Back to say what they hold)." in (
        wizard.preview_page.status.text()
    )
    wizard.reject()
    window.close()


def test_an_import_can_be_cancelled(qtbot: Any, french: Path, tmp_path: Path) -> None:
    window = open_window(qtbot, french)
    csv = tmp_path / "gifts.csv"
    csv.write_text(
        "date,donor,amount\n" + "".join(f"{THIS_YEAR}-03-01,Donor {i},5\n" for i in range(300)),
        encoding="utf-8",
    )
    wizard = window.import_file(csv)
    assert wizard is not None
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.next()
    preview = wizard.preview_page
    preview._cancel()  # pressed at once: the next statement stops it
    qtbot.waitUntil(lambda: preview.finished, timeout=20_000)
    if preview.report is None:
        assert preview.status.text() == "Cancelled: nothing was imported."
    assert window.ledger is not None
    assert count_donations(window.ledger) == 3
    window.close()


def test_generate_a_report(qtbot: Any, french: Path, tmp_path: Path) -> None:
    window = open_window(qtbot, french)
    window.show_page("reports")
    page = window.reports
    page.report.setCurrentIndex(page.report.findData("donations-journal"))
    page.period.setCurrentText(str(THIS_YEAR))
    page.folder.setText(str(tmp_path / "out"))
    with qtbot.waitSignal(page.produced, timeout=30_000) as produced:
        page.generate()
    result = produced.args[0]
    assert result is not None
    assert result.path == tmp_path / "out" / f"donations-journal-{THIS_YEAR}-en.pdf"
    assert result.path.read_bytes().startswith(b"%PDF")
    assert result.rows == 3
    assert page.open_file.isEnabled()
    assert page.open_folder.isEnabled()
    assert str(result.path) in page.status.text()
    window.close()


def test_dashboard_figures(qtbot: Any, french: Path) -> None:
    window = open_window(qtbot, french)
    board = window.dashboard
    assert board.is_loaded
    assert board.raised.value.text() == "7,050.00 EUR"
    assert board.donations.value.text() == "3"
    assert board.donors.value.text() == "3"
    assert board.small.value.text() == "0.7 %"  # 50 of 7,050 in gifts of 150 € or less
    assert board.flags.value.text() == "1"
    assert len(board.months_chart.bars) == 12
    assert board.months_chart.bars[0].value == 705000
    assert [b.value for b in board.bands_chart.bars] == [2, 0, 1, 0]
    board.period.setCurrentText("2001")
    board.reload()
    qtbot.waitUntil(lambda: board.is_loaded, timeout=10_000)
    assert board.raised.value.text() == "0.00 EUR"
    window.close()


def test_donations_filters_run_in_the_database(qtbot: Any, french: Path) -> None:
    window = open_window(qtbot, french)
    window.find_action.trigger()
    assert window.page() == "donations"
    page = window.donations
    model = window.model
    assert model is not None
    assert model.rowCount() == 3
    page.donor.setText("moh")
    page.apply_filters()
    assert model.rowCount() == 2
    page.clear_filters()
    page.flagged.setChecked(True)
    assert model.rowCount() == 1
    assert model.data(model.index(0, Column.DONOR)) == "Claire Dubois"
    page.clear_filters()
    page.period.setText("not a period")
    page.apply_filters()
    assert page.problem.isVisibleTo(page)
    assert "is not a period like 2025" in page.problem.text()
    page.period.setText(f"{THIS_YEAR}-01-11..{THIS_YEAR}-01-12")
    page.apply_filters()
    assert model.rowCount() == 2
    window.close()


def test_merge_two_donors_with_a_preview(
    qtbot: Any, french: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from treasurer.ui.donors_page import MergeDialog

    window = open_window(qtbot, french)
    window.show_page("donors")
    page = window.donors
    page.search.field.setText("محمد")
    page.search.search()
    page.search.results.setCurrentRow(0)
    assert page.record is not None
    assert page.record.donor.details.name == "محمد العلمي"

    def pick(dialog: MergeDialog) -> int:
        dialog.search.field.setText("mohamed el")
        dialog.search.search()
        dialog.search.results.setCurrentRow(0)
        assert dialog.preview is not None
        text = dialog.text.toPlainText()
        assert "Mohamed El Alami" in text
        assert "Donations moved: 1" in text
        assert f"{THIS_YEAR}: \u206650.00 EUR\u2069" in text
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(MergeDialog, "exec", pick)
    assert page.merge()
    assert "Also recorded as: Mohamed El Alami" in page.details.text()
    assert page.donations.topLevelItemCount() == 2

    # the donor's history (audit trail), newest first: the merge, then the entries
    def actions() -> list[str]:
        items = [page.history.topLevelItem(i) for i in range(page.history.topLevelItemCount())]
        return [item.text(2) for item in items if item is not None]

    assert actions()[0] == "donors merged"  # donor.merge, in the window's words
    assert actions().count("donation recorded") == 2
    first = page.donations.topLevelItem(0)
    assert first is not None
    page.donations.itemDoubleClicked.emit(first, 0)  # one entry's history
    assert page.history_title.text().startswith("History of entry #")
    assert actions()[-1] == "donation recorded"

    # the merge is undone with Ctrl+Z (audited), and done again with Ctrl+Shift+Z
    keep = int(page.record.donor.id)
    assert window.undo_action.text().startswith("&Undo Merge donor #")
    window.undo_action.trigger()
    assert page.donations.topLevelItemCount() == 1
    assert "Also recorded as" not in page.details.text()
    assert window.ledger is not None
    assert verify_audit(window.ledger).ok
    window.redo_action.trigger()
    page.show_donor(keep)
    assert page.donations.topLevelItemCount() == 2
    assert verify_audit(window.ledger).ok
    window.close()


def test_a_ledger_dropped_on_the_window_opens(
    qtbot: Any, empty_window: MainWindow, french: Path
) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(french))])
    event = QDropEvent(
        QPointF(QPoint(300, 300)),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    empty_window.dropEvent(event)
    assert empty_window.windowTitle() == "Treasurer — Parti"


def test_the_window_remembers_its_size(qtbot: Any, french: Path) -> None:
    window = open_window(qtbot, french)
    window.resize(798, 580)  # within the offscreen screen (800 x 600)
    window.close()
    again = open_window(qtbot, french)
    assert again.height() == 580
    assert abs(again.width() - 798) <= 2  # the offscreen screen rounds its frame
    again.close()


def test_switching_to_arabic_turns_the_window_right_to_left(
    qtbot: Any, french: Path, qapp: QApplication
) -> None:
    window = open_window(qtbot, french)
    ledger = window.ledger
    window.show_page("settings")
    page = window.settings_page
    page.language.setCurrentIndex(page.language.findData("ar"))
    page.choose_language()
    arabic = window.replacement
    assert arabic is not None
    qtbot.addWidget(arabic)
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic.ledger is ledger  # the same ledger, not opened again
    assert arabic.page() == "settings"
    assert not window.isVisible()
    assert arabic.windowTitle() == "أمين الصندوق — Parti"
    assert arabic.file_menu.title() == "&ملف"
    wait_ops(qtbot)
    arabic.close()


def test_rules_are_checked_in_the_background(
    qtbot: Any, french: Path, message_boxes: list[Box]
) -> None:
    window = open_window(qtbot, french)
    op = window.check_rules()
    assert op is not None
    wait_ops(qtbot)
    assert "Rules checked: 0 flags raised, 0 resolved." in window.statusBar().currentMessage()
    assert message_boxes == []
    window.close()


def test_an_error_in_the_background_is_told_in_plain_words(
    qtbot: Any, french: Path, message_boxes: list[Box]
) -> None:
    window = open_window(qtbot, french)
    window.dashboard.period.setCurrentText("next week")
    window.dashboard.reload()
    wait_ops(qtbot)
    assert [(b.icon, b.text) for b in message_boxes] == [
        (
            QMessageBox.Icon.Warning,
            "Period 'next week': is not a period like 2025, 2025-Q3, 2025-03 or "
            "2025-01-01..2025-06-30.",
        )
    ]
    assert "Traceback" not in message_boxes[0].detailed
    window.close()


def test_the_import_wizard_shows_how_far_the_import_is(
    qtbot: Any, french: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, french)
    csv = tmp_path / "many.csv"
    csv.write_text(
        "date,donor,amount,reference\n"
        + "".join(f"{THIS_YEAR}-03-01,Donor {i},5,P-{i}\n" for i in range(5000)),
        encoding="utf-8",
    )
    wizard = previewed(qtbot, window, csv)
    preview = wizard.preview_page
    assert (preview.progress.maximum(), preview.progress.value()) == (5000, 5000)
    window.close()


def test_a_file_with_unknown_headers_is_mapped_by_hand_and_the_mapping_saved(
    qtbot: Any, french: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, french)
    csv = tmp_path / "registre.csv"
    csv.write_text(
        f"Jour du don;Qui;Combien\n01/03/{THIS_YEAR};Lucie Bernard;25,00\n", encoding="utf-8"
    )
    wizard = window.import_file(csv)
    assert wizard is not None
    qtbot.addWidget(wizard)
    wizard.next()
    page = wizard.columns_page
    assert not page.isComplete()
    assert page.status.text() == "Still needed: Date, Amount, Donor (full name)."
    for field, header in (("date", "Jour du don"), ("donor", "Qui"), ("amount", "Combien")):
        box = page.boxes[field]
        box.setCurrentIndex(box.findData(header))
    assert page.isComplete()
    # not "Read with the preset generic" once the columns are the treasurer's own
    assert page.status.text() == "Columns chosen by hand, from the preset generic."
    page.name.setText("Registre papier")
    saved = page.save()
    assert saved is not None
    assert saved.name == "registre-papier.toml"
    # named as the preset list names it, not by its file's id ("registre-papier")
    assert page.status.text().endswith(
        ": a file with these columns will be read with it (Registre papier among the presets)."
    )
    assert wizard.import_options()["preset"] == "registre-papier"
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.finished, timeout=20_000)
    assert preview.report is not None
    assert (preview.report.new, preview.report.errors) == (1, [])
    window.close()


def test_the_preview_says_which_sheet_and_which_order_of_dates_it_read(
    qtbot: Any, french: Path, tmp_path: Path
) -> None:
    """A workbook whose first sheet is a note: the donations' sheet is read and named; its
    04/13/2025 (text) makes the dates month first, which the French ledger is told."""
    book = openpyxl.Workbook()
    note = book.active
    assert note is not None
    note.title = "Lisez-moi"
    note.append(["Remplir l'onglet Dons"])
    gifts = book.create_sheet("Dons")
    gifts.append(["Date", "Nom", "Montant"])
    gifts.append(["03/04/2025", "Anne Roy", 10])
    gifts.append(["04/13/2025", "Paul Roy", 20])
    path = tmp_path / "classeur.xlsx"
    book.save(path)
    window = open_window(qtbot, french)
    wizard = previewed(qtbot, window, path)
    lines = wizard.preview_page.status.text().splitlines()
    assert "Sheet read: Dons (not read: Lisez-moi)." in lines
    assert (
        "Dates read month first, as 04/13/2025 shows, not as this ledger reads them: check "
        "the file's other dates." in lines
    )
    window.close()


def test_the_preview_says_what_the_treasurer_should_check(
    qtbot: Any, french: Path, tmp_path: Path
) -> None:
    """Amounts read with their mark separating thousands; new donors recorded as persons
    whose names end as a company's may."""
    path = tmp_path / "dons.csv"
    path.write_text(
        "Date;Nom;Montant\n01/02/2025;Paul Roy;1,500\n02/02/2025;Anne Roy;20\n"
        "03/02/2025;Total SA;30\n",
        encoding="utf-8",
    )
    window = open_window(qtbot, french)
    wizard = previewed(qtbot, window, path)
    lines = wizard.preview_page.status.text().splitlines()
    assert (
        "Amounts such as 1,500 read with “,” separating thousands, as no amount shows the "
        "file's decimal mark: if “,” marks decimals there, correct them in the file." in lines
    )
    assert (
        "New donors recorded as persons whose names end as a company's may: Total SA. If one "
        "is a company, say so on the Donors page (Edit details): its gifts then meet the rules "
        "on companies." in lines
    )
    # the flags themselves, before anything is written: no donor's address is known
    flags = [line for line in lines if line.startswith("• ")]
    assert {f.split(":")[0] for f in flags} == {"• Paul Roy", "• Anne Roy", "• Total SA"}
    assert all("address, country must be recorded" in f for f in flags)
    window.close()


def test_the_preview_names_a_debit_that_may_send_a_gift_back(
    qtbot: Any, french: Path, tmp_path: Path
) -> None:
    """Claire Dubois's 7,000 € paid back by the bank: the preview of the statement says
    so, the amount the window's way, for the treasurer to record the return."""

    def entry(ref: str, mark: str, amount: str, party: str, name: str) -> str:
        return (
            f'<Ntry><NtryRef>{ref}</NtryRef><Amt Ccy="EUR">{amount}</Amt><CdtDbtInd>{mark}'
            f"</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>{THIS_YEAR}-02-01</Dt></BookgDt>"
            f"<NtryDtls><TxDtls><RltdPties><{party}><Nm>{name}</Nm></{party}></RltdPties>"
            "</TxDtls></NtryDtls></Ntry>"
        )

    path = tmp_path / "releve.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:'
        'xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>M</MsgId></GrpHdr><Stmt><Id>S</Id>'
        "<Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id><Ccy>EUR</Ccy></Acct>"
        + entry("D1", "DBIT", "7000.00", "Cdtr", "MME CLAIRE DUBOIS")
        + entry("C1", "CRDT", "20.00", "Dbtr", "JEAN ROY")
        + "</Stmt></BkToCstmrStmt></Document>\n",
        encoding="utf-8",
    )
    window = open_window(qtbot, french)
    wizard = previewed(qtbot, window, path)
    assert (
        f"Entry 1 pays 7,000.00 EUR to CLAIRE DUBOIS on {THIS_YEAR}-02-01: a gift sent back? "
        "The ledger counts the gift until its return is recorded (Flags page, Record a return; "
        "or 'treasurer return')." in wizard.preview_page.status.text().splitlines()
    )
    window.close()


def test_the_wizard_reads_the_sheet_chosen_on_its_first_page(
    qtbot: Any, french: Path, tmp_path: Path
) -> None:
    """Two sheets of donations: the first page lists them, and the one chosen is read;
    a CSV has no sheet to choose, but an encoding to give."""
    book = openpyxl.Workbook()
    older = book.active
    assert older is not None
    older.title = "Dons 2024"
    older.append(["Date", "Nom", "Montant"])
    older.append([dt.date(2024, 3, 1), "Anne Roy", 10])
    newer = book.create_sheet("Dons 2025")
    newer.append(["Date", "Nom", "Montant"])
    newer.append([dt.date(2025, 3, 1), "Paul Roy", 20])
    newer.append([dt.date(2025, 3, 2), "Luc Roy", 30])
    path = tmp_path / "classeur.xlsx"
    book.save(path)
    window = open_window(qtbot, french)
    wizard = window.import_file(path)
    assert wizard is not None
    qtbot.addWidget(wizard)
    page = wizard.file_page
    assert [page.sheet.itemData(i) for i in range(page.sheet.count())] == [
        None,
        "Dons 2024",
        "Dons 2025",
    ]
    assert not page.encoding.isEnabled()
    page.sheet.setCurrentIndex(2)
    while wizard.currentPage() is not wizard.preview_page:
        wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.finished, timeout=20_000)
    report = wizard.preview_page.report
    assert report is not None
    assert (report.sheet, report.new) == ("Dons 2025", 2)
    page.path.setText(str(Path(__file__).parents[1] / "importers/samples/platforms/stripe.csv"))
    assert (page.sheet.count(), page.sheet.isEnabled(), page.encoding.isEnabled()) == (
        1,
        False,
        True,
    )
    wizard.reject()
    window.close()


def test_a_donors_details_are_corrected_in_a_dialog_and_the_change_undone(
    qtbot: Any, french: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Donors page's "Edit details…": Claire moved; a country that cannot be read is
    said in the dialog, which stays open with what was typed; the new address saved
    (audited); Ctrl+Z puts the old one back."""
    from treasurer.ui.donors_page import DonorEditDialog

    window = open_window(qtbot, french)
    window.show_page("donors")
    page = window.donors
    page.search.field.setText("claire")
    page.search.search()
    page.search.results.setCurrentRow(0)
    assert page.record is not None
    assert page.edit_button.isEnabled()
    seen: list[str] = []

    def fill(dialog: DonorEditDialog) -> int:
        assert dialog.fields["name"].text() == "Claire Dubois"
        dialog.fields["address"].setText("3 rue Oberkampf")
        dialog.fields["postcode"].setText("75011")
        dialog.fields["city"].setText("Paris")
        dialog.fields["country"].setText("Atlantide")
        dialog.save()
        seen.append(dialog.error.text())
        assert dialog.result() != int(QDialog.DialogCode.Accepted.value)
        dialog.fields["country"].setText("France")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(DonorEditDialog, "exec", fill)
    assert page.edit()
    assert seen[0].startswith("country 'Atlantide': is not a country Treasurer knows")
    assert page.details.text().splitlines()[1:4] == ["3 rue Oberkampf", "75011 Paris", "FR"]
    history = page.history.topLevelItem(0)
    assert history is not None
    assert history.text(2) == "donor's details changed"
    assert window.ledger is not None
    assert window.undo_action.text().startswith("&Undo Edit donor #")
    window.undo_action.trigger()
    assert page.details.text().splitlines()[1:3] == ["1 rue de la Paix, Paris", "FR"]
    assert verify_audit(window.ledger).ok
    window.close()
