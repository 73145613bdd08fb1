"""Start Treasurer's window: ``python main.py [--ledger PATH | --db URL] [--screenshot FILE]``."""

from __future__ import annotations

import sys

from treasurer.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
