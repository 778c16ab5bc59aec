#!/usr/bin/env bash
# The whole test suite, as `npm test` runs it: typecheck, unit tests, the extension build,
# then the end-to-end tests in real browsers against the demo pages and a real Roundcube.
# It installs the browsers and Roundcube from Debian's packages when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

ensure_debian_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "test: missing Debian packages ${missing[*]}; install them as root (apt-get install ${missing[*]})" >&2
    exit 2
  fi
  apt-get update -qq -o DPkg::Lock::Timeout=600
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 "${missing[@]}"
}

# fonts-wqy-microhei: Chinese glyphs in the screenshots the tests save.
ensure_debian_packages chromium firefox-esr fonts-wqy-microhei

npm run test:unit
npm run build
npm run build:e2e

bash scripts/roundcube/roundcube.sh install
bash scripts/roundcube/roundcube.sh start
trap 'bash scripts/roundcube/roundcube.sh stop' EXIT
CI="${CI:-true}" npm run test:e2e
