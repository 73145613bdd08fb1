"""Cells of exported files that a spreadsheet must never run.

Excel, LibreOffice and Google Sheets treat a CSV cell beginning with ``=``, ``+``, ``-``
or ``@`` as a formula, and a leading tab or carriage return can hide one (OWASP, "CSV
Injection"). Donor names, notes and references come from donors and from other
people's files, so every exported text cell goes through ``csv_safe``.
"""

from __future__ import annotations

import re
from typing import TypeVar

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: A signed number as text (-50, +33 6 12 34 56 78, -1 234,50): a spreadsheet reads it
#: as the number it is, and an importer must read it back as such.
_SIGNED_NUMBER = re.compile(r"[+-][0-9][0-9 .,]*")

_T = TypeVar("_T")


def csv_safe(value: _T) -> _T | str:
    """``value``, with a ``'`` in front if it is text a spreadsheet would read as a
    formula. Other values (numbers, signed numbers as text, None) are returned as they
    are."""
    if (
        isinstance(value, str)
        and value.startswith(FORMULA_STARTS)
        and not _SIGNED_NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value
