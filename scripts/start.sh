#!/usr/bin/env bash
# `npm start`: installs what the demo needs from Debian's packages when it is missing (Chromium
# and the fonts, as `npm test` does), then builds the extension and opens the demo (scripts/demo.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/debian-packages.sh

# Another Chromium named in CHROMIUM (Google Chrome, say) needs no Debian package.
if [ -z "${CHROMIUM:-}" ]; then
  ensure_debian_packages "npm start" chromium "${BROWSER_FONTS[@]}"
else
  ensure_debian_packages "npm start" "${BROWSER_FONTS[@]}"
fi
exec npx tsx scripts/demo.ts "$@"
