"""The window says the services' messages in its own language: an error in the message
box, the import wizard's bad rows, the entry form's live check; and its counts take the
plural form of the language ("1 don", "2 dons")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.support import Box, previewed
from treasurer.cli_trust import TamperedError
from treasurer.core.errors import Message, ParseError
from treasurer.core.money import parse_amount
from treasurer.services.ledger import (
    DonationRequest,
    Ledger,
    LedgerLocation,
    add_donation,
    init_ledger,
)
from treasurer.ui import ops
from treasurer.ui.errors import sentence, show_error
from treasurer.ui.i18n import apply_language, build_catalogs, locale_for, say
from treasurer.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


@pytest.fixture(params=["fr", "ar"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The window's language for the test (the suite's fixture puts English back)."""
    build_catalogs()
    apply_language(request.param)
    yield request.param
    apply_language("en")


def open_window(qtbot: Any, path: Path, language: str) -> MainWindow:
    window = MainWindow(Ledger.open(LedgerLocation.for_path(path)), locale=locale_for(language))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: ops.running() == 0, timeout=20_000)
    return window


def ledger_with(path: Path, donations: int) -> Path:
    """A ledger with ``donations`` gifts, each from a donor of its own."""
    location = LedgerLocation.for_path(path)
    init_ledger(location, name="Parti", jurisdiction="fr", currency="EUR")
    with Ledger.open(location) as opened:
        for i in range(donations):
            add_donation(
                opened,
                DonationRequest(date="2025-05-02", donor=f"Donor {i}", amount="25"),
            )
    return path


# ------------------------------------------------------------------ (a) the message box
def test_an_error_of_a_service_is_shown_in_the_window_language(
    qtbot: Any, tmp_path: Path, language: str, message_boxes: list[Box]
) -> None:
    """A UserError with a value, raised by the window's code and shown by show_error."""
    window = open_window(qtbot, ledger_with(tmp_path / "l.db", 1), language)
    missing = tmp_path / "nowhere.db"
    assert not window.open_ledger(missing)
    expected = {
        "fr": f"Il n'y a pas de fichier de registre à {missing}.",
        "ar": f"لا يوجد ملف سجل في {missing}.",
    }[language]
    assert message_boxes == [Box(QMessageBox.Icon.Warning, expected, "", "")]
    window.close()


def test_a_ledger_error_is_told_in_the_window_language(
    language: str, message_boxes: list[Box]
) -> None:
    """A TreasurerError that is not the person's to fix: its words go in the informative
    text, under the window's own sentence, both translated."""
    show_error(None, TamperedError("the audit check failed: {problem}", problem="donation 3"))
    expected = {
        "fr": Box(
            QMessageBox.Icon.Critical,
            "Trésorier ne peut pas utiliser le registre.",
            "La vérification du journal d'audit a échoué : donation 3.",
            "",
        ),
        "ar": Box(
            QMessageBox.Icon.Critical,
            "لا يستطيع أمين الصندوق استخدام السجل.",
            "فشل التحقق من مسار التدقيق: donation 3.",
            "",
        ),
    }[language]
    assert message_boxes == [expected]


def test_a_sentence_starts_with_a_capital_in_french_and_as_it_is_in_arabic(
    qapp: QApplication,
) -> None:
    apply_language("fr")
    assert sentence("échec de l'import") == "Échec de l'import."
    assert sentence("déjà fait !") == "Déjà fait !"
    apply_language("ar")
    # no capitals in Arabic; a first word in Latin letters (a value) keeps its case
    assert sentence("iban غير صالح") == "iban غير صالح."
    assert sentence("هل أنت متأكد؟") == "هل أنت متأكد؟"
    assert sentence("iban غير صالح", full_stop=False) == "iban غير صالح"
    apply_language("en")
    assert sentence("there is no ledger") == "There is no ledger."


# ------------------------------------------------------------------ (b) the import wizard
def test_the_import_wizard_gives_a_bad_row_reason_in_the_window_language(
    qtbot: Any, tmp_path: Path, language: str
) -> None:
    window = open_window(qtbot, ledger_with(tmp_path / "l.db", 1), language)
    csv = tmp_path / "gifts.csv"
    csv.write_text(
        "date,donor,amount\n2025-03-01,Jean Martin,50.00\n2025-03-02,Lucie Bernard,12x\n",
        encoding="utf-8",
    )
    wizard = previewed(qtbot, window, csv)
    preview = wizard.preview_page
    assert preview.report is not None
    [issue] = preview.report.errors
    reason: object = issue.reason
    assert isinstance(reason, Message)  # a row's reason is words the window translates
    bad = preview.issues.topLevelItem(0)
    assert bad is not None
    assert (bad.text(0), bad.text(2)) == ("3", "12x")
    shown = bad.text(3)
    assert shown == say(reason)
    assert shown != str(reason)  # the English
    assert "'x'" in shown  # the value the template quotes
    if language == "ar":
        assert ARABIC_LETTER.search(shown)
    wizard.reject()
    window.close()


def test_a_proposed_merge_says_where_each_lives_and_its_likeness_the_window_way(
    qtbot: Any, tmp_path: Path, language: str
) -> None:
    """Two people of one name are told apart by where they live: the list shows it, and
    the likeness is written with the window's decimal mark ("100,0 %", not "100.0 %")."""
    window = open_window(qtbot, ledger_with(tmp_path / "l.db", 1), language)
    csv = tmp_path / "gifts.csv"
    csv.write_text(
        "date,donor,postcode,city,amount\n2025-03-01,Jean Martin,69003,Lyon,50.00\n"
        "2025-03-02,Jean Martin,75011,Paris,20.00\n",
        encoding="utf-8",
    )
    wizard = previewed(qtbot, window, csv)
    proposal = wizard.preview_page.fuzzy.topLevelItem(0)
    assert proposal is not None
    assert [proposal.text(i) for i in (1, 2, 3)] == [
        "Jean Martin (75011 Paris)",
        "Jean Martin (69003 Lyon)",
        "100,0 %",
    ]
    wizard.reject()
    window.close()


def test_a_line_that_is_not_a_row_is_named_in_the_window_language(
    qtbot: Any, tmp_path: Path, language: str
) -> None:
    window = open_window(qtbot, ledger_with(tmp_path / "l.db", 1), language)
    csv = tmp_path / "gifts.csv"
    csv.write_text(
        "date,donor,amount\n2025-03-01,Jean Martin,50.00\n2025-03-02,Lucie,10,extra\n",
        encoding="utf-8",
    )
    wizard = previewed(qtbot, window, csv)
    preview = wizard.preview_page
    bad = preview.issues.topLevelItem(0)
    assert bad is not None
    assert bad.text(0) == "3"
    assert bad.text(1) == {"fr": "(ligne entière)", "ar": "(السطر كاملاً)"}[language]
    assert "4" in bad.text(3)  # "has 4 cells but the header has 3 columns", translated
    assert "cells" not in bad.text(3)
    wizard.reject()
    window.close()


def test_the_history_tells_each_action_in_the_window_language(
    qtbot: Any, tmp_path: Path, language: str
) -> None:
    window = open_window(qtbot, ledger_with(tmp_path / "l.db", 1), language)
    window.show_page("donors")
    page = window.donors
    page.search.field.setText("Donor 0")
    page.search.search()
    page.search.results.setCurrentRow(0)
    assert page.record is not None
    actions = [page.history.topLevelItem(i) for i in range(page.history.topLevelItemCount())]
    words = {item.text(2): item.toolTip(2) for item in actions if item is not None}
    expected = {
        "fr": {"don enregistré": "donation.add", "donateur créé": "donor.add"},
        "ar": {"سُجّل تبرع": "donation.add", "أُنشئ متبرع": "donor.add"},
    }[language]
    assert expected.items() <= words.items()
    window.close()


# ------------------------------------------------------------------ (c) the entry form
def test_the_entry_form_checks_an_amount_in_the_window_language(
    qtbot: Any, tmp_path: Path, language: str
) -> None:
    window = open_window(qtbot, ledger_with(tmp_path / "l.db", 1), language)
    window.new_action.trigger()
    entry = window._entry
    assert entry is not None
    qtbot.waitExposed(entry)
    qtbot.keyClicks(entry.donor, "Donor 0")
    qtbot.keyClicks(entry.amount, "12x")
    entry.update_preview()
    assert entry.preview is None
    shown = entry.check.toPlainText()

    with pytest.raises(ParseError) as refused:
        parse_amount("12x", "EUR")
    english = str(refused.value)  # "amount '12x': contains 'x', which is not part of a number"
    assert shown == sentence(say(refused.value), full_stop=False)
    assert str(refused.value.reason) not in shown  # the reason is translated
    assert "'12x'" in shown
    assert "'x'" in shown
    if language == "fr":
        assert shown.startswith("Montant '12x'")
    else:
        assert ARABIC_LETTER.search(shown)
        assert not shown.lower().startswith("amount")
    assert shown != sentence(english, full_stop=False)
    entry.reject()
    window.close()


# ------------------------------------------------------------------ (d) plural forms
@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        (
            "en",
            "1 donation · 1 donor · total 25.00 EUR",
            "2 donations · 2 donors · total 50.00 EUR",
        ),
        ("fr", "1 don · 1 donateur · total 25,00 EUR", "2 dons · 2 donateurs · total 50,00 EUR"),
    ],
)
def test_a_count_takes_the_plural_form_of_the_window_language(
    qtbot: Any, qapp: QApplication, tmp_path: Path, language: str, one: str, two: str
) -> None:
    build_catalogs()
    apply_language(language)
    for count, expected in ((1, one), (2, two)):
        window = open_window(qtbot, ledger_with(tmp_path / f"{count}.db", count), language)
        assert window.status_text() == expected
        window.close()
