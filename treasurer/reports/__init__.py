"""Filings and exports (PDF, XLSX), each defined once and fed from ledger queries."""
