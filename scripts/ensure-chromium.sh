#!/usr/bin/env bash
# The status page test loads the public case page in headless Chromium, Debian's package (no browser download from
# the web: only the npm registry and Debian's packages are reachable). Installs it when missing; `npm test` runs this
# first (pretest).
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: chromium is not installed and this user cannot install it with apt-get;" >&2
  echo "install Debian's chromium package (or set CHROMIUM_PATH) to run the status page test." >&2
  exit 0
fi
echo "ensure-chromium: installing Debian's chromium package (once per machine)…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends chromium >/dev/null
echo "ensure-chromium: $(chromium --version 2>/dev/null || echo installed)"
