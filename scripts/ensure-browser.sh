#!/usr/bin/env bash
# Playwright drives Debian's Chromium (browser downloads are not possible here) and needs CJK fonts,
# or Chinese renders as boxes. Installs both with apt-get when run as root; otherwise says what to install.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$browser" ] || missing+=(chromium)
if ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then missing+=(fonts-noto-cjk); fi
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing ${missing[*]} with apt-get…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "Missing for the browser tests: ${missing[*]}." >&2
echo "Install them with: sudo apt-get install ${missing[*]}" >&2
echo "(or point CHROMIUM_PATH at an existing Chromium binary)" >&2
exit 1
