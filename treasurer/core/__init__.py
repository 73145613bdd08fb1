"""The domain, in pure Python: money, dates, donors, donations, name matching.

Nothing here imports Qt, SQLAlchemy or a report library (import-linter checks it).
"""
