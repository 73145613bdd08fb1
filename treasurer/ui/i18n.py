"""The window's languages: English (the source texts), French and Arabic.

Texts are marked with ``self.tr()`` / ``QCoreApplication.translate`` and collected by
``pyside6-lupdate`` into ``resources/translations/treasurer_<lang>.ts`` (kept in the
repository). The messages the services send (a ``core.errors.Message``, an error, an
import row's reason) are collected by the same run, which reads the calls in
``MESSAGE_CALLS`` as ``QT_TR_NOOP``; they sit in the catalogs' context ``""`` and
``say`` translates them (``python -m treasurer.ui.i18n --update`` runs lupdate so).
The ``.qm`` catalogs Qt loads are built from them with ``pyside6-lrelease``, which
ships in PySide6-Essentials: by ``scripts/setup.sh``, by the test suite, and otherwise
on first use (``python -m treasurer.ui.i18n`` does it by hand). Arabic turns the whole window right to left.

A text with a count is marked with the count, ``self.tr("%Ln donation(s)", "", n)``,
and each catalog holds its language's plural forms (French two, Arabic six). English
has a catalog too, ``treasurer_en.ts``, that holds only those texts (lupdate
``-pluralonly``): without it the window would write "1 donation(s)".
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
from treasurer.core.errors import Message, TreasurerError

LANGUAGES = ("en", "fr", "ar")
TRANSLATIONS = Path(treasurer.__file__).parent / "resources" / "translations"
CATALOG = "treasurer"
#: The language of the source texts: its catalog holds only the plural forms.
SOURCE_LANGUAGE = "en"

#: The calls whose first argument is the English template of a message the services
#: send: ``Message`` itself, and the errors that take their message first (a
#: ``ParseError``'s first argument is the word for what was refused, "amount").
#: tests/ui/test_i18n.py checks that every such class is listed.
MESSAGE_CALLS = (
    "Message",
    "TreasurerError",
    "UserError",
    "ParseError",
    "CurrencyMismatchError",
    "StorageError",
    "NoLedgerError",
    "WrongPassphraseError",
    "DamagedFileError",
    "DateColumnError",
    "AmountColumnError",
    "ProfileError",
    "TamperedError",
    "Cancelled",
)

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


def _tool(name: str) -> str:
    """Qt's ``lrelease`` or ``lupdate`` as PySide6 ships it (in its folder, or as
    ``pyside6-<name>`` on the PATH), never another Qt's, which cannot read Python."""
    bundled = Path(PySide6.__file__).parent / (f"{name}.exe" if sys.platform == "win32" else name)
    if bundled.exists():
        return str(bundled)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    raise FileNotFoundError(f"pyside6-{name} is not installed (it comes with PySide6)")


def _translate_message(template: str) -> str:
    return QCoreApplication.translate("", template)


def say(message: Message | BaseException | str) -> str:
    """A message of the services in the window's language (English if the catalog has
    no translation of it). An exception that is not Treasurer's is shown as it is."""
    if isinstance(message, TreasurerError | Message):
        text = message.render(_translate_message)
        if _current[0] == "ar" and text and text[0].isascii():
            # a message that starts with a file's path, a name or a number would be laid
            # out left to right in the window's right-to-left text: the mark says otherwise
            return "\u200f" + text
        return text
    return str(message)


def lupdate_command(targets: list[Path], *, plural_only: bool = False) -> list[str]:
    """The ``pyside6-lupdate`` run that collects every text of the package (the window's
    and the services' messages) into ``targets``; with ``plural_only`` only the texts
    with a count (the English catalog's)."""
    lupdate = _tool("lupdate")
    aliases = ",".join(f"QT_TR_NOOP+={name}" for name in MESSAGE_CALLS)
    package = Path(treasurer.__file__).parent
    sources = sorted(str(p) for p in package.rglob("*.py"))
    options = ["-pluralonly"] if plural_only else []
    return [
        str(lupdate),
        *options,
        "-tr-function-alias",
        aliases,
        *sources,
        "-ts",
        *map(str, targets),
    ]


def build_catalogs(folder: Path = TRANSLATIONS) -> list[Path]:
    """Compile every ``.ts`` in ``folder`` whose ``.qm`` is missing or older."""
    built = []
    for source in sorted(folder.glob(f"{CATALOG}_*.ts")):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        subprocess.run(
            [_tool("lrelease"), "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
        )
        built.append(target)
    return built


def _stale(catalog: Path) -> bool:
    """Whether a ``.qm`` catalog is missing or older than its ``.ts`` source."""
    source = catalog.with_suffix(".ts")
    try:
        return not catalog.exists() or catalog.stat().st_mtime < source.stat().st_mtime
    except OSError:
        return False


def apply_language(language: str) -> None:
    """Install ``language``'s catalogs (ours and Qt's own), its number formats, and its
    direction; English keeps only its own catalog of plural forms."""
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
    folder = TRANSLATIONS
    if _stale(folder / f"{CATALOG}_{language}.qm"):
        # missing, or older than its source (new code pulled: its new texts would show in
        # English); without a catalog the window stays in English rather than not opening
        with contextlib.suppress(OSError, subprocess.CalledProcessError):
            build_catalogs(folder)
    ours = QTranslator(app)
    if ours.load(f"{CATALOG}_{language}", str(folder)):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    if language != SOURCE_LANGUAGE:
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


def main(argv: list[str] | None = None) -> int:
    """``python -m treasurer.ui.i18n [--update]``: with ``--update`` first collect the
    texts into the ``.ts`` sources; then build the ``.qm`` catalogs that are stale."""
    if "--update" in (sys.argv[1:] if argv is None else argv):
        english = TRANSLATIONS / f"{CATALOG}_{SOURCE_LANGUAGE}.ts"
        others = [p for p in sorted(TRANSLATIONS.glob(f"{CATALOG}_*.ts")) if p != english]
        subprocess.run(lupdate_command(others), check=True)
        subprocess.run(lupdate_command([english], plural_only=True), check=True)
    for path in build_catalogs():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
