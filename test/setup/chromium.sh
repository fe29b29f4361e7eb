#!/bin/sh
# Installs Debian's Chromium for the task pane's browser tests when it is missing (an npm package
# cannot download a browser from this registry). Works as root (CI, containers: no sudo there) and
# as a user (through sudo). Runs `apt-get update` first: a fresh machine has no package lists.
set -e
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1; then
  as_root="sudo"
else
  echo "test/setup/chromium.sh: $browser is missing; install Debian's chromium as root (apt-get install chromium) or set CHROMIUM_PATH" >&2
  exit 1
fi
echo "Installing Debian's chromium for the browser tests (apt-get)…"
$as_root apt-get update -qq
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
