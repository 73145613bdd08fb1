"""The window's translations: the .ts sources hold every text the code marks, each is
translated into French and Arabic with the same placeholders, and the catalogs load."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from treasurer.ui import i18n
from treasurer.ui.i18n import TRANSLATIONS, apply_language, build_catalogs

pytestmark = pytest.mark.gui

UI = Path(i18n.__file__).parent


def messages(path: Path) -> dict[tuple[str, str], tuple[str | None, str | None]]:
    """(context, source) -> (translation, its type) of a .ts file."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(name, message.findtext("source") or "")] = (
                translation.text,
                translation.get("type"),
            )
    return found


def test_the_sources_hold_every_marked_text(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(i18n._lrelease()[0]).with_name("lupdate")
    subprocess.run(
        [str(lupdate), *sorted(str(p) for p in UI.glob("*.py")), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    marked = set(messages(fresh))
    assert "" not in {context for context, _ in marked}  # every text has its context
    for language in ("fr", "ar"):
        assert set(messages(TRANSLATIONS / f"treasurer_{language}.ts")) >= marked, (
            "run pyside6-lupdate treasurer/ui/*.py -ts treasurer/resources/translations/*.ts"
        )


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_text_is_translated_with_its_placeholders(language: str) -> None:
    for (context, source), (text, kind) in messages(
        TRANSLATIONS / f"treasurer_{language}.ts"
    ).items():
        if kind in {"vanished", "obsolete"}:
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
