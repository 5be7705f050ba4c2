#!/usr/bin/env bash
# The working document of the minutes through LibreOffice headless (Debian's
# libreoffice-writer-nogui), which rewrites the whole file, and back into the
# case files with `hf minutes import`. Run by .ci/run after `npm test` (which
# builds dist/ and needs the development dependencies); see
# scripts/ci-libreoffice-roundtrip.mjs for what is checked.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v soffice >/dev/null 2>&1; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libreoffice-writer-nogui
fi
[ -f dist/cli/main.js ] || npm run build
node scripts/ci-libreoffice-roundtrip.mjs
