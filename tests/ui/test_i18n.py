"""The window's translations: the .ts sources hold every text the code marks, each is
translated into French and Arabic with the same placeholders, and the catalogs load."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

import treasurer
from treasurer.core.errors import Message, ParseError, UserError
from treasurer.ui import i18n
from treasurer.ui.i18n import (
    MESSAGE_CALLS,
    TRANSLATIONS,
    _stale,
    apply_language,
    build_catalogs,
    say,
)

pytestmark = pytest.mark.gui

PACKAGE = Path(treasurer.__file__).parent


def messages(path: Path) -> dict[tuple[str, str], tuple[str | None, str | None]]:
    """(context, source) -> (translation, its type) of a .ts file."""
    return {key: (text, kind) for key, (text, kind, _forms) in _entries(path).items()}


def plural_forms(path: Path) -> dict[tuple[str, str], list[str | None]]:
    """(context, source) -> the plural forms of each counted text of a .ts file."""
    return {key: forms for key, (_text, _kind, forms) in _entries(path).items() if forms}


def _entries(
    path: Path,
) -> dict[tuple[str, str], tuple[str | None, str | None, list[str | None]]]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text for form in translation.iter("numerusform")]
            if message.get("numerus") == "yes":
                forms = forms or [None]
            found[(name, message.findtext("source") or "")] = (
                translation.text,
                translation.get("type"),
                forms,
            )
    return found


#: How many plural forms Qt gives each language: English and French one and many
#: (French counts 0 as one), Arabic 0, 1, 2, 3-10, 11-99 and 100-102.
PLURAL_FORMS = {"en": 2, "fr": 2, "ar": 6}


def test_the_sources_hold_every_marked_text(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(i18n.lupdate_command([fresh]), check=True, capture_output=True)
    marked = set(messages(fresh))
    services = {source for context, source in marked if context == ""}
    assert "there is no donor with id {id}" in services  # the services' messages are read
    assert "amount" in services  # and the words a ParseError names
    for language in ("fr", "ar"):
        missing = marked - set(messages(TRANSLATIONS / f"treasurer_{language}.ts"))
        assert not missing, f"run python -m treasurer.ui.i18n --update: {sorted(missing)[:5]}"
    # English has the plural forms of every counted text, and only those
    counted = set(plural_forms(fresh))
    assert ("MainWindow", "%Ln donation(s)") in counted
    english = plural_forms(TRANSLATIONS / "treasurer_en.ts")
    assert counted <= set(english), "run python -m treasurer.ui.i18n --update"
    assert set(messages(TRANSLATIONS / "treasurer_en.ts")) == set(english)


def _error_classes(trees: dict[Path, ast.Module]) -> tuple[set[str], set[str]]:
    """(the TreasurerError classes that take their message first, those with their own
    __init__), found in the package's source."""
    bases: dict[str, list[str]] = {}
    own_init: set[str] = set()
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = [b.id for b in node.bases if isinstance(b, ast.Name)]
                if any(
                    isinstance(item, ast.FunctionDef) and item.name == "__init__"
                    for item in node.body
                ):
                    own_init.add(node.name)
    errors = {"TreasurerError"}
    grew = True
    while grew:
        found = {name for name, parents in bases.items() if errors & set(parents)}
        grew = not found <= errors
        errors |= found
    return errors - own_init - {"ParseError"}, own_init & errors


def test_every_message_of_the_services_is_a_template_the_catalogs_can_hold() -> None:
    """An f-string, a concatenation or a .format() as a template would never be found in
    the catalog: the window would show it in English. Values go in as keywords."""
    trees = {path: ast.parse(path.read_text(), str(path)) for path in PACKAGE.rglob("*.py")}
    template_first, _ = _error_classes(trees)
    assert template_first <= set(MESSAGE_CALLS), "add them to i18n.MESSAGE_CALLS"
    bad = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id not in MESSAGE_CALLS or not node.args:
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                continue
            if isinstance(first, (ast.Name, ast.Attribute)) and node.func.id != "ParseError":
                continue  # a Message made beforehand
            bad.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {node.func.id}")
    assert not bad, bad


def test_say_puts_a_message_in_the_window_language(qapp: QApplication) -> None:
    build_catalogs()
    apply_language("fr")
    try:
        error = ParseError(
            "amount", "12,34,5", Message("has digits grouped in a way that is not thousands")
        )
        assert say(error) == (
            "montant '12,34,5' : a des chiffres groupés autrement que par milliers"
        )
        assert say(UserError("there is no donor with id {id}", id=7)) == (
            "il n'y a pas de donateur avec l'identifiant 7"
        )
        assert say(Message("no such template {x}", x=1)) == "no such template 1"
        assert say(ValueError("not ours")) == "not ours"
        apply_language("ar")
        assert "7" in say(UserError("there is no donor with id {id}", id=7))
        assert "there is no donor" not in say(UserError("there is no donor with id {id}", id=7))
    finally:
        apply_language("en")
    assert say(UserError("there is no donor with id {id}", id=7)) == "there is no donor with id 7"


def test_a_translation_that_does_not_fit_falls_back_to_english() -> None:
    broken = {"the {thing} is gone": "le {chose} est parti"}
    message = Message("the {thing} is gone", thing="file")
    assert message.render(lambda t: broken.get(t, t)) == "the file is gone"
    assert str(message) == "the file is gone"
    assert Message("braces {stay} without values").render() == "braces {stay} without values"


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_every_text_is_translated_with_its_placeholders(language: str) -> None:
    for (context, source), (text, kind, forms) in _entries(
        TRANSLATIONS / f"treasurer_{language}.ts"
    ).items():
        if kind in {"vanished", "obsolete"}:
            continue
        if forms:
            assert kind is None, f"{context}: {source!r} is {kind}"
            assert len(forms) == PLURAL_FORMS[language], f"{context}: {source!r} -> {forms}"
            counts = set(re.findall(r"%L?n", source))
            for form in forms:
                assert form, f"{context}: {source!r} lacks a plural form: {forms}"
                # a form may leave the number out ("تبرعان": two donations), never change it
                assert set(re.findall(r"%L?n", form)) <= counts, f"{context}: {form!r}"
            continue
        assert text, f"{context}: {source!r} is not translated"
        assert kind is None, f"{context}: {source!r} is {kind}"
        assert sorted(re.findall(r"\{\w*\}", text)) == sorted(re.findall(r"\{\w*\}", source)), (
            f"{context}: {source!r} -> {text!r}"
        )


def test_catalogs_load_and_arabic_runs_right_to_left(qapp: QApplication) -> None:
    build_catalogs()
    apply_language("fr")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    assert QLocale().language() == QLocale.Language.French
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    apply_language("ar")
    assert QCoreApplication.translate("MainWindow", "&File") == "&ملف"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    apply_language("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_missing_catalog_is_built_on_first_use(
    qapp: QApplication, tmp_path: Path, monkeypatch: Any
) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    for source in TRANSLATIONS.glob("*.ts"):
        (folder / source.name).write_bytes(source.read_bytes())
    monkeypatch.setattr(i18n, "TRANSLATIONS", folder)
    apply_language("fr")
    assert (folder / "treasurer_fr.qm").exists()
    assert QCoreApplication.translate("MainWindow", "&Quit") == "&Quitter"


def test_every_audit_action_has_words_in_the_window() -> None:
    """The history shows an audit entry's action in words: each action the services
    record (``action="..."``, and the refund and return entries) has them."""
    from treasurer.ui.donors_page import _ACTIONS

    recorded = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.keyword) and node.arg == "action":
                for value in ast.walk(node.value):
                    if isinstance(value, ast.Constant) and isinstance(value.value, str):
                        recorded.add(value.value)
                    if isinstance(value, ast.JoinedStr):  # f"donation.{entry_type.value}"
                        break
    recorded -= {"store_true", "store_false", "version", "append", "count"}  # argparse's
    recorded |= {"refund", "return", "donation.refund", "donation.return"}  # by entry type
    assert recorded <= set(_ACTIONS), sorted(recorded - set(_ACTIONS))


def test_a_catalog_older_than_its_source_is_built_again(tmp_path: Path) -> None:
    """After new code is pulled, its new texts are in the .ts; a .qm built before would
    show them in English (a trial saw the import window's first page so)."""
    source = tmp_path / "treasurer_fr.ts"
    catalog = tmp_path / "treasurer_fr.qm"
    source.write_text("<TS/>", encoding="utf-8")
    assert _stale(catalog)  # missing
    catalog.write_bytes(b"")
    os.utime(source, (1_000, 1_000))
    os.utime(catalog, (2_000, 2_000))
    assert not _stale(catalog)
    os.utime(source, (3_000, 3_000))
    assert _stale(catalog)


def test_an_arabic_message_that_starts_with_a_path_reads_right_to_left(
    qapp: QApplication,
) -> None:
    """ "/tmp/x.csv: …" in Arabic was laid out left to right (its first letter is Latin),
    its clauses out of order: a right-to-left mark starts it; English is left as it is."""
    from treasurer.importers.records import ImportFileError

    error = ImportFileError("/tmp/x.csv", Message("the file is empty"))
    try:
        apply_language("ar")
        shown = say(error)
        assert shown.startswith("\u200f/tmp/x.csv")
        assert say(Message("Treasurer")) == "\u200fTreasurer"
    finally:
        apply_language("en")
    assert say(error) == "/tmp/x.csv: the file is empty"
