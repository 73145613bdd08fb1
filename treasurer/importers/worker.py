"""``python -m treasurer.importers.worker``: the worker process that reads, parses and
plans a large file while the importing process writes (``plan.worker_main``)."""

from __future__ import annotations

import sys

from treasurer.importers.plan import worker_main

if __name__ == "__main__":
    sys.exit(worker_main())
