#!/usr/bin/env bash
# Renders a story's HTML page (by default the seed story's) to a PNG with
# headless Chromium, installing Debian's chromium when it is missing.
#
#   scripts/screenshot.sh [STORY.txt] [OUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
story=${1:-../shared/data/seed/tass-2021-11-26.txt}
out=${2:-target/page.png}
if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
cargo build -q --release --example extract
mkdir -p "$(dirname "$out")"
page=$(mktemp --suffix=.html)
profile=$(mktemp -d)
trap 'rm -rf "$page" "$profile"' EXIT
./target/release/examples/extract --format html "$story" > "$page"
# Flags for a closed network: no background connections, no first-run work.
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --hide-scrollbars --user-data-dir="$profile" --window-size=1100,1700 \
  --screenshot="$(realpath -m "$out")" "file://$page" 2>/dev/null
echo "$out"
