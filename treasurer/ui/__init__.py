"""The PySide6 window of Treasurer: widgets, Qt models over the services, one error presenter.

Only this package imports Qt; it reaches the ledger through ``treasurer.services`` alone.
"""
