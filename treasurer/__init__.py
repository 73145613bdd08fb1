"""Treasurer: the donation ledger of a small political party."""

from __future__ import annotations

__version__ = "0.1.0"
