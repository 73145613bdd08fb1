"""Readers that turn files (CSV, XLSX, bank statements, platform exports) into donations."""
