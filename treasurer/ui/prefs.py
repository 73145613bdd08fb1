"""What the window remembers between runs (QSettings): geometry, column widths, the
language, recent ledgers. ``TREASURER_GUI_SETTINGS`` names an INI file to use instead
of the platform's place (tests use it to stay out of the user's settings)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


def store() -> QSettings:
    path = os.environ.get("TREASURER_GUI_SETTINGS")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings("Treasurer", "Treasurer")


def get_bytes(key: str) -> QByteArray | None:
    value = store().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def set_value(key: str, value: object) -> None:
    settings = store()
    settings.setValue(key, value)
    settings.sync()


def language() -> str:
    value = store().value("language", "en")
    return value if isinstance(value, str) and value in ("en", "fr", "ar") else "en"


def recent_ledgers() -> list[Path]:
    value = store().value("recent", [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [Path(v) for v in value if isinstance(v, str) and v]


def remember_ledger(path: Path) -> None:
    paths = [str(path)] + [str(p) for p in recent_ledgers() if p != path]
    set_value("recent", paths[:MAX_RECENT])
