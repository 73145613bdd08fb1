#!/usr/bin/env bash
# Set up and start Treasurer. With no ledger yet (no --ledger, $TREASURER_LEDGER or
# default ledger), it opens a demo ledger filled with realistic donations.
# Arguments go to the app, e.g.: bash scripts/start.sh --ledger ~/party.db
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh app
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ] \
   && [ "$(uname)" = Linux ]; then
  echo "start: no display found (DISPLAY is not set), so no window can open." >&2
  echo "start: on a machine without a screen, try: QT_QPA_PLATFORM=offscreen bash scripts/start.sh --screenshot treasurer.png" >&2
  echo "start: the command line works everywhere: .venv/bin/treasurer --help" >&2
  exit 2
fi
exec .venv/bin/python main.py "$@"
