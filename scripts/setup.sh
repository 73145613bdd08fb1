#!/usr/bin/env bash
# Set up what Treasurer needs on Debian or Ubuntu: system libraries (apt-get), a virtual
# environment in .venv, and the pinned Python packages. Safe to run again: it only
# installs what is missing, and skips pip when pyproject.toml has not changed.
#
#   bash scripts/setup.sh app     # to run the app
#   bash scripts/setup.sh test    # to run the test suite (adds PostgreSQL, poppler, dev tools)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-app}
python=${PYTHON:-python3}

# Qt offscreen and on X11 (shared/STACK.md section 2), fonts with Latin and Arabic glyphs.
packages=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
          fonts-dejavu-core fonts-hosny-amiri)
if [ "$mode" = app ]; then
  packages+=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
             libxcb-randr0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1)
else
  # PostgreSQL for the database tests, poppler (pdftotext) and LibreOffice (opens every XLSX)
  # for the report tests
  packages+=(postgresql poppler-utils libreoffice-calc-nogui)
fi
if ! "$python" -c "import venv, ensurepip" 2>/dev/null; then
  packages+=(python3-venv)
fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing system packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating the virtual environment .venv"
  "$python" -m venv .venv
fi
extra=""
[ "$mode" = test ] && extra="[test]"
stamp=".venv/.treasurer-setup"
want="$(sha256sum pyproject.toml | cut -d' ' -f1) $mode"
if [ ! -f "$stamp" ] || ! grep -qxF "$want" "$stamp"; then
  echo "setup: installing Python packages (pyproject.toml$extra)"
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".$extra"
  echo "$want" >> "$stamp"
fi
# The window's translations: .qm catalogs compiled from the .ts sources (pyside6-lrelease).
.venv/bin/python -m treasurer.ui.i18n >/dev/null
