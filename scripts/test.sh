#!/usr/bin/env bash
# The whole test suite, as `npm test` runs it: typecheck, unit tests, the extension build,
# then the end-to-end tests in real browsers against the demo pages and a real Roundcube.
# It installs the browsers and Roundcube from Debian's packages when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/lib/debian-packages.sh

ensure_debian_packages "npm test" chromium firefox-esr "${BROWSER_FONTS[@]}"

npm run test:unit
npm run build
npm run build:e2e

bash scripts/roundcube/roundcube.sh install
bash scripts/roundcube/roundcube.sh start
trap 'bash scripts/roundcube/roundcube.sh stop' EXIT
CI="${CI:-true}" npm run test:e2e
