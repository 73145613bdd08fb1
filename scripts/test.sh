#!/usr/bin/env bash
# Set up and run the whole test suite: lint (ruff), types (mypy), layers (import-linter),
# and pytest against SQLite and a throwaway PostgreSQL server on loopback.
# Arguments go to pytest, e.g.: bash scripts/test.sh -k money
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
source scripts/pg.sh
export QT_QPA_PLATFORM=offscreen
export TREASURER_REQUIRE_PG=1
export TREASURER_REQUIRE_TOOLS=1   # pdftotext and LibreOffice: the report tests fail, not skip

echo "== ruff";          .venv/bin/ruff check . && .venv/bin/ruff format --check .
echo "== mypy";          .venv/bin/mypy
echo "== import-linter"; .venv/bin/lint-imports
echo "== pytest";        .venv/bin/pytest "$@"
