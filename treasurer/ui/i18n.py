"""The window's languages: English (the source texts), French and Arabic.

Texts are marked with ``self.tr()`` / ``QCoreApplication.translate`` and collected by
``pyside6-lupdate`` into ``resources/translations/treasurer_<lang>.ts`` (kept in the
repository). The ``.qm`` catalogs Qt loads are built from them with
``pyside6-lrelease``, which ships in PySide6-Essentials: by ``scripts/setup.sh``, by
the test suite, and otherwise on first use (``python -m treasurer.ui.i18n`` does it
by hand). Arabic turns the whole window right to left.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

import treasurer

LANGUAGES = ("en", "fr", "ar")
TRANSLATIONS = Path(treasurer.__file__).parent / "resources" / "translations"
CATALOG = "treasurer"

_installed: list[QTranslator] = []
_current = ["en"]


def current_language() -> str:
    """The language the window speaks now (``apply_language`` sets it)."""
    return _current[0]


def locale_for(language: str) -> QLocale:
    """How numbers are written in each language: US English, French, Moroccan Arabic
    (Latin digits, as Moroccan filings use)."""
    if language == "fr":
        return QLocale(QLocale.Language.French, QLocale.Country.France)
    if language == "ar":
        return QLocale(QLocale.Language.Arabic, QLocale.Country.Morocco)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def _lrelease() -> list[str]:
    bundled = Path(PySide6.__file__).parent / (
        "lrelease.exe" if sys.platform == "win32" else "lrelease"
    )
    if bundled.exists():
        return [str(bundled)]
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    raise FileNotFoundError("pyside6-lrelease is not installed (it comes with PySide6)")


def build_catalogs(folder: Path = TRANSLATIONS) -> list[Path]:
    """Compile every ``.ts`` in ``folder`` whose ``.qm`` is missing or older."""
    built = []
    for source in sorted(folder.glob(f"{CATALOG}_*.ts")):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        subprocess.run(
            [*_lrelease(), "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
        )
        built.append(target)
    return built


def apply_language(language: str) -> None:
    """Install ``language``'s catalogs (ours and Qt's own), its number formats, and its
    direction; English removes every catalog."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no QApplication yet")
    if language not in LANGUAGES:
        language = "en"
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _current[0] = language
    QLocale.setDefault(locale_for(language))
    if language != "en":
        folder = TRANSLATIONS
        if not (folder / f"{CATALOG}_{language}.qm").exists():
            # without a catalog the window stays in English rather than not opening
            with contextlib.suppress(OSError, subprocess.CalledProcessError):
                build_catalogs(folder)
        ours = QTranslator(app)
        if ours.load(f"{CATALOG}_{language}", str(folder)):
            QCoreApplication.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        if qt.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            QCoreApplication.installTranslator(qt)
            _installed.append(qt)
    direction = (
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    setter = getattr(app, "setLayoutDirection", None)
    if setter is not None:
        setter(direction)


def main() -> int:
    for path in build_catalogs():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
