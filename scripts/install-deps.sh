#!/usr/bin/env bash
# Installs the Debian packages niemyet needs, only those missing.
#   scripts/install-deps.sh runtime   libraries and fonts to build and run niemyet
#   scripts/install-deps.sh test      + what the test suite reads PDFs and pages with
#   scripts/install-deps.sh bench     + the tools the benchmarks compare against
set -euo pipefail

runtime=(pkg-config libcmark-dev libcairo2-dev libpango1.0-dev libqrencode-dev libxml2-dev libjemalloc-dev
         libpoppler-glib-dev fonts-noto-core)
test=(poppler-utils zbar-tools chromium chromium-driver python3-venv libreoffice-calc-nogui weasyprint openssl)
bench=(hugo weasyprint python3-yaml linkchecker hyperfine)

want=("${runtime[@]}")
case "${1:-runtime}" in
  runtime) ;;
  test) want+=("${test[@]}") ;;
  bench) want+=("${test[@]}" "${bench[@]}") ;;
  *) echo "usage: $0 runtime|test|bench" >&2; exit 2 ;;
esac

missing=()
for package in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
  $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The site's browser test: selenium drives Debian's chromium; axe-selenium-python bundles axe-core.
if [ "${1:-runtime}" != runtime ]; then
  venv="$(cd "$(dirname "$0")/.." && pwd)/.venv"
  if ! "$venv/bin/python" -c "import selenium, axe_selenium_python" 2>/dev/null; then
    echo "Installing selenium and axe-selenium-python into $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "selenium>=4,<5" "axe-selenium-python==2.1.6"
  fi
fi
