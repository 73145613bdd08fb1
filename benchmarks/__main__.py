"""``python -m benchmarks``: run the benchmark script."""

import sys

from benchmarks.bench import main

sys.exit(main())
