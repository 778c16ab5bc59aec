#!/usr/bin/env bash
# `npm run screenshots`: refreshes the README's images under docs/screenshots. The tests that
# take them run with their screenshot folder pointed there; on their own (`npm test`) they write
# to the git-ignored test-output/screenshots and never touch a tracked file. The Roundcube
# images need Roundcube running (scripts/roundcube/roundcube.sh start).
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build:e2e
export NETIQUETTE_SCREENSHOT_DIR="$PWD/docs/screenshots"
npx vitest run -c vitest.e2e.config.ts test/e2e/gmail.e2e.ts test/e2e/options.e2e.ts test/e2e/policy.e2e.ts test/e2e/firefox.e2e.ts test/e2e/roundcube.e2e.ts
# The demo's own picture, taken headless whatever the display.
DISPLAY= WAYLAND_DISPLAY= npx tsx scripts/demo.ts
