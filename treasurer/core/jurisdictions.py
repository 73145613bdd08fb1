"""The jurisdictions a ledger can be kept under, and what the core needs of each now.

The rules themselves live in the profiles under ``resources/rules``; this table only
names the ids and the default order of all-numeric dates of each.
"""

from __future__ import annotations

from treasurer.core.dates import DateOrder
from treasurer.core.errors import ParseError

#: Jurisdiction id -> default reading of dates like 03/04/2025.
DATE_ORDERS: dict[str, DateOrder] = {
    "ma": DateOrder.DAY_FIRST,
    "fr": DateOrder.DAY_FIRST,
    "uk": DateOrder.DAY_FIRST,
    "us-fec": DateOrder.MONTH_FIRST,
    "ca": DateOrder.DAY_FIRST,
    "custom": DateOrder.DAY_FIRST,
}

#: The currency each jurisdiction's filings are made in (``custom`` has none).
CURRENCIES: dict[str, str] = {"ma": "MAD", "fr": "EUR", "uk": "GBP", "us-fec": "USD", "ca": "CAD"}


def validate_jurisdiction(jurisdiction_id: str) -> str:
    key = jurisdiction_id.strip().lower()
    if key not in DATE_ORDERS:
        allowed = ", ".join(DATE_ORDERS)
        raise ParseError("jurisdiction", jurisdiction_id, f"is not one of: {allowed}")
    return key
