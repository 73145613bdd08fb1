"""The import window while its import runs and after it: closing it cancels the import,
Back and Next wait for the import to end, and a saved import is not run again."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QLocale, Qt, QThreadPool
from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox, QWizard

from tests.ui.support import EN, make_ledger
from treasurer.services import importing as importing_service
from treasurer.services.ledger import Ledger, LedgerLocation, count_donations
from treasurer.ui import import_wizard, ops
from treasurer.ui.i18n import apply_language
from treasurer.ui.import_wizard import ImportWizard
from treasurer.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

Button = QWizard.WizardButton


class Hold:
    """Holds every import of the window before it starts, until ``release()``."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.started = 0

    def release(self) -> None:
        self.gate.set()


@pytest.fixture
def hold(monkeypatch: pytest.MonkeyPatch) -> Iterator[Hold]:
    held = Hold()
    real = importing_service.import_file

    def held_import(*args: Any, **kwargs: Any) -> Any:
        held.started += 1
        held.gate.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(import_wizard, "import_file", held_import)
    yield held
    held.release()  # nothing stays held for the next test


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "l.db"
    make_ledger(path)
    opened = MainWindow(Ledger.open(LedgerLocation.for_path(path)), locale=EN)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    qtbot.waitUntil(lambda: ops.running() == 0, timeout=20_000)
    yield opened
    opened.close()


@pytest.fixture
def gifts(tmp_path: Path) -> Path:
    csv = tmp_path / "gifts.csv"
    csv.write_text(
        "date,donor,amount,reference\n"
        + "".join(f"2025-04-0{i},Donor {i},5,G-{i}\n" for i in range(1, 4)),
        encoding="utf-8",
    )
    return csv


def donations(window: MainWindow) -> int:
    assert window.ledger is not None
    return count_donations(window.ledger)


def open_wizard(qtbot: Any, window: MainWindow, path: Path) -> ImportWizard:
    wizard = window.import_file(path)
    assert wizard is not None
    qtbot.addWidget(wizard)
    qtbot.waitExposed(wizard)
    return wizard


def to_preview(qtbot: Any, wizard: ImportWizard) -> None:
    """The wizard on its preview page, with the dry run ended."""
    while wizard.currentPage() is not wizard.preview_page:
        wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.finished, timeout=20_000)


def importing(qtbot: Any, window: MainWindow, path: Path, hold: Hold) -> ImportWizard:
    """The wizard on its import page, its import held before it starts."""
    wizard = open_wizard(qtbot, window, path)
    hold.release()
    to_preview(qtbot, wizard)
    hold.gate.clear()
    wizard.next()
    assert wizard.currentPage() is wizard.import_page
    assert wizard.import_page.running
    return wizard


@pytest.mark.parametrize("how", ["cancel button", "escape", "close"])
def test_closing_the_window_while_it_imports_cancels_the_import(
    qtbot: Any, window: MainWindow, gifts: Path, hold: Hold, how: str
) -> None:
    wizard = importing(qtbot, window, gifts, hold)
    page = wizard.import_page
    if how == "cancel button":
        wizard.button(Button.CancelButton).click()
    elif how == "escape":
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    else:
        wizard.close()
    # the window stays until the import has stopped, saying so
    assert wizard.isVisible()
    assert page.status.text() == "Stopping…"
    assert not page.cancel.isEnabled()
    hold.release()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=20_000)
    assert page.finished
    assert page.report is None
    assert page.status.text() == "Cancelled: nothing was imported."
    assert donations(window) == 4  # the ledger as it was
    assert window.undo_stack.count() == 0


def test_an_import_that_commits_before_the_cancel_reaches_it_stays_shown(
    qtbot: Any, window: MainWindow, gifts: Path, hold: Hold
) -> None:
    """Closed just as the import ends: it committed, so the window stays open with its
    summary (and its undo entry), never closed on an import the treasurer did not see."""
    wizard = importing(qtbot, window, gifts, hold)
    page = wizard.import_page
    hold.release()
    QThreadPool.globalInstance().waitForDone(20_000)  # done, not yet reported back
    assert page.running
    wizard.reject()
    qtbot.waitUntil(lambda: page.finished, timeout=20_000)
    assert wizard.isVisible()
    assert page.report is not None
    assert page.report.committed
    assert page.status.text().startswith("Imported: 3 donations")
    assert donations(window) == 7
    assert window.undo_stack.count() == 1
    wizard.reject()  # now it closes at once
    assert not wizard.isVisible()


def test_closing_the_window_while_it_previews_cancels_the_preview(
    qtbot: Any, window: MainWindow, gifts: Path, hold: Hold
) -> None:
    wizard = open_wizard(qtbot, window, gifts)
    while wizard.currentPage() is not wizard.preview_page:
        wizard.next()
    assert wizard.preview_page.running
    wizard.reject()
    assert wizard.isVisible()
    hold.release()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=20_000)
    assert donations(window) == 4


def test_back_and_next_wait_while_the_preview_runs(
    qtbot: Any, window: MainWindow, gifts: Path, hold: Hold
) -> None:
    wizard = open_wizard(qtbot, window, gifts)
    while wizard.currentPage() is not wizard.preview_page:
        wizard.next()
    assert wizard.preview_page.running
    assert not wizard.button(Button.BackButton).isEnabled()
    assert not wizard.button(Button.NextButton).isEnabled()
    wizard.back()
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    qtbot.waitUntil(lambda: hold.started == 1)
    hold.release()
    qtbot.waitUntil(lambda: wizard.preview_page.finished, timeout=20_000)
    assert wizard.button(Button.BackButton).isEnabled()
    assert wizard.button(Button.NextButton).isEnabled()


def test_back_waits_while_the_import_runs(
    qtbot: Any, window: MainWindow, gifts: Path, hold: Hold
) -> None:
    """Back then Next used to start a second import beside the first (the ledger
    "locked by another program")."""
    wizard = importing(qtbot, window, gifts, hold)
    page = wizard.import_page
    assert not wizard.button(Button.BackButton).isEnabled()
    assert not wizard.button(Button.FinishButton).isEnabled()
    wizard.back()
    assert wizard.currentPage() is page
    hold.release()
    qtbot.waitUntil(lambda: page.finished, timeout=20_000)
    assert hold.started == 2  # the preview and one import
    assert page.report is not None
    assert page.report.new == 3
    assert donations(window) == 7


def test_a_saved_import_cannot_be_run_again_from_the_window(
    qtbot: Any, window: MainWindow, gifts: Path, hold: Hold
) -> None:
    """Back after the import showed the old preview, and Next imported the file again:
    once saved, only Finish (or Close) is left."""
    wizard = importing(qtbot, window, gifts, hold)
    page = wizard.import_page
    hold.release()
    qtbot.waitUntil(lambda: page.finished, timeout=20_000)
    assert page.status.text().startswith("Imported: 3 donations")
    back = wizard.button(Button.BackButton)
    assert not back.isEnabled()
    assert wizard.button(Button.FinishButton).isEnabled()
    assert wizard.button(Button.CancelButton).isEnabled()
    page.completeChanged.emit()  # QWizard enables its buttons again on this: still not Back
    assert not back.isEnabled()
    wizard.back()
    assert wizard.currentPage() is page
    assert hold.started == 2
    wizard.accept()
    assert donations(window) == 7
    assert window.undo_stack.count() == 1


def test_back_is_open_again_after_a_cancelled_import(
    qtbot: Any, window: MainWindow, gifts: Path, hold: Hold
) -> None:
    """Cancelled by the page's own Cancel, nothing was saved: Back leads to the preview."""
    wizard = importing(qtbot, window, gifts, hold)
    page = wizard.import_page
    page.cancel.click()
    hold.release()
    qtbot.waitUntil(lambda: page.finished, timeout=20_000)
    assert wizard.isVisible()
    assert page.status.text() == "Cancelled: nothing was imported."
    assert wizard.button(Button.BackButton).isEnabled()
    wizard.back()
    assert wizard.currentPage() is wizard.preview_page


FR = QLocale(QLocale.Language.French, QLocale.Country.France)


@pytest.fixture
def french_window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    apply_language("fr")
    path = tmp_path / "fr.db"
    make_ledger(path)
    opened = MainWindow(Ledger.open(LedgerLocation.for_path(path)), locale=FR)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    qtbot.waitUntil(lambda: ops.running() == 0, timeout=20_000)
    yield opened
    opened.close()


def test_the_first_page_speaks_the_window_language(
    qtbot: Any, french_window: MainWindow, tmp_path: Path
) -> None:
    """The sheet and encoding rows were seen in English in French: their texts are
    marked and translated (a stale compiled catalog showed them in English)."""
    book = openpyxl.Workbook()
    book.save(tmp_path / "classeur.xlsx")
    wizard = open_wizard(qtbot, french_window, tmp_path / "classeur.xlsx")
    page = wizard.file_page
    form = page.layout()
    assert isinstance(form, QFormLayout)
    labels = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel):
            labels.append(label.text())
    assert labels[-2:] == ["&Feuille :", "&Encodage :"]
    assert page.sheet.itemText(0) == "La feuille qui contient les dons"
    assert page.encoding.placeholderText().startswith("facultatif : l'encodage du texte")
    wizard.reject()


def test_the_preview_counts_its_flags_the_locale_way_and_names_the_sheet_in_french(
    qtbot: Any, french_window: MainWindow, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    note = book.active
    assert note is not None
    note.title = "Lisez-moi"
    note.append(["Remplir l'onglet Dons"])
    gifts = book.create_sheet("Dons")
    gifts.append(["Date", "Nom", "Montant"])
    gifts.append(["2025-03-04", "Anne Roy", 10])
    path = tmp_path / "classeur.xlsx"
    book.save(path)
    wizard = open_wizard(qtbot, french_window, path)
    to_preview(qtbot, wizard)
    page = wizard.preview_page
    assert page.report is not None
    assert "Feuille lue : Dons (non lues : Lisez-moi)." in page.status.text().splitlines()
    page.show_report(dataclasses.replace(page.report, flags=9997))
    grouped = FR.toString(9997)
    assert grouped not in {"9997", "9 997"}  # a narrow no-break space, not plain digits
    assert f"Alertes que les règles lèveraient : {grouped}." in page.status.text().splitlines()
    wizard.reject()


@pytest.mark.parametrize(
    ("name", "content", "encoding", "reason"),
    [
        ("registre.xlsx", b"%PDF-1.4 not a spreadsheet\n", "", "this is a PDF document"),
        ("vide.csv", b"", "", "the file is empty"),
        (
            "dons.csv",
            "date,donor,amount\n2025-03-01,Hélène Roy,5\n".encode("cp1252"),
            "utf-8",
            "the file is not valid utf-8",
        ),
    ],
)
def test_a_file_that_cannot_be_read_says_why_on_the_columns_page(
    qtbot: Any,
    window: MainWindow,
    tmp_path: Path,
    name: str,
    content: bytes,
    encoding: str,
    reason: str,
) -> None:
    """It said "Not a table of columns (a bank statement reads its own fields)." with
    Next enabled: now the reason, and no Next."""
    path = tmp_path / name
    path.write_bytes(content)
    wizard = open_wizard(qtbot, window, path)
    wizard.file_page.encoding.setText(encoding)
    wizard.next()
    page = wizard.columns_page
    assert wizard.currentPage() is page
    assert page.status.text().startswith(f"{path}: {reason}")
    assert not page.isComplete()
    assert not wizard.button(Button.NextButton).isEnabled()
    wizard.reject()


def test_a_bank_statement_still_goes_on_from_the_columns_page(
    qtbot: Any, window: MainWindow
) -> None:
    statement = Path(__file__).parents[1] / "importers/samples/camt053_v08.xml"
    wizard = open_wizard(qtbot, window, statement)
    wizard.next()
    page = wizard.columns_page
    assert page.status.text() == "Not a table of columns (a bank statement reads its own fields)."
    assert wizard.button(Button.NextButton).isEnabled()
    wizard.reject()


def test_the_window_says_which_known_donors_the_file_completes(
    qtbot: Any, french_window: MainWindow, tmp_path: Path
) -> None:
    """Claire Dubois gave without an address (her receipt waits for it); a file that
    gives it fills her record: the preview and the import say so, in French."""
    path = tmp_path / "helloasso.csv"
    path.write_text(
        "Date;Nom;Adresse;Code postal;Ville;Pays;Montant\n"
        "2025-04-02;Claire Dubois;3 rue Oberkampf;75011;Paris;FR;15\n",
        encoding="utf-8",
    )
    wizard = open_wizard(qtbot, french_window, path)
    to_preview(qtbot, wizard)
    lines = wizard.preview_page.status.text().splitlines()
    assert (
        "Donateurs connus dont le fichier complète les coordonnées manquantes "
        "(adresse, e-mail…) : 1." in lines
    )
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.report is not None, timeout=20_000)
    lines = wizard.import_page.status.text().splitlines()
    assert lines[1].startswith("Donateurs connus dont le fichier complète")
    wizard.reject()


def test_the_window_names_known_donors_the_file_gives_two_addresses(
    qtbot: Any, french_window: MainWindow, tmp_path: Path
) -> None:
    """Claire Dubois, without an address, moved or two people of her name: neither
    address is recorded, and the preview says so, in French."""
    path = tmp_path / "dons.csv"
    path.write_text(
        "Date;Nom;Adresse;Code postal;Ville;Montant\n"
        "2025-04-02;Claire Dubois;3 rue Oberkampf;75011;Paris;15\n"
        "2025-05-02;Claire Dubois;8 quai Vert;69002;Lyon;15\n",
        encoding="utf-8",
    )
    wizard = open_wizard(qtbot, french_window, path)
    to_preview(qtbot, wizard)
    assert (
        "Donateurs connus sans adresse auxquels le fichier en donne deux (aucune n'est "
        "enregistrée : modifiez-les dans la page Donateurs) : Claire Dubois."
        in wizard.preview_page.status.text().splitlines()
    )
    wizard.reject()


def test_closing_treasurer_while_it_imports_asks_and_no_leaves_the_import_running(
    qtbot: Any, window: MainWindow, gifts: Path, hold: Hold, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = importing(qtbot, window, gifts, hold)
    asked: list[bool] = []

    def refuse() -> bool:
        asked.append(True)
        return False

    monkeypatch.setattr(window, "confirm_stop_imports", refuse)
    window.close()
    assert asked == [True]
    assert window.isVisible()
    assert wizard.isVisible()
    assert window.ledger is not None  # not closed under the import
    hold.release()
    qtbot.waitUntil(lambda: wizard.import_page.report is not None, timeout=20_000)
    assert donations(window) == 7  # the import went on, and was saved
    wizard.accept()
    window.close()  # nothing runs now: it closes without asking
    assert asked == [True]
    assert not window.isVisible()


def test_closing_treasurer_while_it_imports_stops_the_import_then_closes(
    qtbot: Any,
    window: MainWindow,
    gifts: Path,
    hold: Hold,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    wizard = importing(qtbot, window, gifts, hold)
    monkeypatch.setattr(window, "confirm_stop_imports", lambda: True)
    window.close()
    # both windows stay until the import has stopped; closing again does not ask again
    assert window.isVisible()
    assert wizard.import_page.status.text() == "Stopping…"
    monkeypatch.setattr(window, "confirm_stop_imports", lambda: pytest.fail("asked twice"))
    window.close()
    hold.release()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)
    assert wizard.import_page.report is None
    assert window.ledger is None
    with Ledger.open(LedgerLocation.for_path(tmp_path / "l.db")) as ledger:
        assert count_donations(ledger) == 4  # nothing of the import


@pytest.mark.parametrize("how", ["close ledger", "open another", "language"])
def test_the_ledger_cannot_be_closed_or_switched_while_an_import_runs_into_it(
    qtbot: Any,
    window: MainWindow,
    gifts: Path,
    hold: Hold,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    how: str,
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    wizard = importing(qtbot, window, gifts, hold)
    ledger = window.ledger
    if how == "close ledger":
        window.close_ledger()
    elif how == "open another":
        other = tmp_path / "other.db"
        make_ledger(other)
        assert not window.open_ledger(other)
    else:
        assert window.switch_language("fr") is window
        apply_language("en")
    assert told == [
        "An import into this ledger is still running. Let it finish, or cancel it in the "
        "import window, first."
    ]
    assert window.ledger is ledger
    assert window.page() != "start"
    hold.release()
    qtbot.waitUntil(lambda: wizard.import_page.report is not None, timeout=20_000)
    assert donations(window) == 7
    wizard.accept()
    window.close_ledger()  # nothing runs now
    assert window.ledger is None


def test_an_import_that_ends_while_treasurer_asks_lets_it_close(
    qtbot: Any, window: MainWindow, gifts: Path, hold: Hold, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import is saved while the question is on screen: Yes closes Treasurer (it
    stayed open, and closed by itself at the next preview that ended)."""
    wizard = importing(qtbot, window, gifts, hold)

    def answer_once_it_ended() -> bool:
        hold.release()
        qtbot.waitUntil(lambda: wizard.import_page.finished, timeout=20_000)
        return True

    monkeypatch.setattr(window, "confirm_stop_imports", answer_once_it_ended)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    assert not wizard.isVisible()
    with Ledger.open(LedgerLocation.for_path(gifts.parent / "l.db")) as ledger:
        assert count_donations(ledger) == 7  # it was saved before the answer


@pytest.mark.parametrize("how", ["open another", "close ledger", "language", "close"])
def test_an_import_window_that_does_not_import_goes_with_its_ledger(
    qtbot: Any, window: MainWindow, gifts: Path, hold: Hold, tmp_path: Path, how: str
) -> None:
    """An import window left on its preview would import into the ledger it was opened
    on, closed or handed over since: it closes with it."""
    hold.release()
    wizard = open_wizard(qtbot, window, gifts)
    to_preview(qtbot, wizard)
    if how == "open another":
        other = tmp_path / "other.db"
        make_ledger(other)
        assert window.open_ledger(other)
    elif how == "close ledger":
        window.close_ledger()
    elif how == "language":
        replacement = window.switch_language("fr")
        qtbot.addWidget(replacement)
        apply_language("en")
        assert replacement.imports_running() == []
    else:
        window.close()
    assert not wizard.isVisible()
    with Ledger.open(LedgerLocation.for_path(tmp_path / "l.db")) as ledger:
        assert count_donations(ledger) == 4  # nothing imported
