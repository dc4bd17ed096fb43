#!/usr/bin/env bash
# Renders a report page to PNG with headless Chromium, as README's picture was made:
#   docs/report/render.sh REPORT.html OUT.png [WIDTHxHEIGHT]
# Needs Debian's `chromium` (and a Japanese font, e.g. `fonts-ipafont-gothic`, for a page in
# Japanese). Run by hand: the ordinary `swift test` does not need a browser.
set -euo pipefail
if [ $# -lt 2 ]; then
    echo "usage: $0 REPORT.html OUT.png [WIDTHxHEIGHT]" >&2
    exit 2
fi
page=$(realpath "$1")
out=$2
size=${3:-900x2600}
for package in chromium; do
    dpkg -s "$package" >/dev/null 2>&1 || { echo "$0: install $package first (apt-get install $package)" >&2; exit 2; }
done
# --no-sandbox: Chromium refuses to run its sandbox as root, as in CI containers.
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size="${size/x/,}" --screenshot="$out" "file://$page" 2>/dev/null
echo "$out"
