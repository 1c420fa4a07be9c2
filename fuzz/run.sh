#!/usr/bin/env bash
# Runs every fuzz target (or the ones named) for SECONDS each (default 60).
# Installs cargo-fuzz when missing. The machine's toolchain is stable, so we
# let it accept the nightly flags cargo-fuzz passes (RUSTC_BOOTSTRAP=1).
# Seed corpora come from ../shared/data when present.
#
#   fuzz/run.sh 900                 # 15 minutes per target
#   fuzz/run.sh 60 extract          # one target
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(extract gazetteer_tsv jsonl_line)
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz
export RUSTC_BOOTSTRAP=1

seed() { # target dir
  local dir="corpus/$1"
  mkdir -p "$dir"
  local shared=../../shared/data
  case "$1" in
    extract)
      [ -f "$shared/seed/tass-2021-11-26.txt" ] && cp "$shared/seed/tass-2021-11-26.txt" "$dir/seed.txt"
      cp ../examples/sample.txt "$dir/sample.txt"
      if [ -f "$shared/raw/kremlin_en_2021.jsonl" ]; then
        head -n 20 "$shared/raw/kremlin_en_2021.jsonl" | python3 -c '
import json, sys
for i, l in enumerate(sys.stdin):
    open(sys.argv[1] + "/kremlin-%d.txt" % i, "w").write(json.loads(l)["text"])' "$dir"
      fi ;;
    gazetteer_tsv)
      for f in ../src/gazetteer/data/*.tsv; do head -n 40 "$f" > "$dir/$(basename "$f")"; done ;;
    jsonl_line)
      printf '{"id":"a","text":"MOSCOW, November 26. /TASS/. Putin said: \\"Yes.\\"","published":"2021-11-26"}' > "$dir/line.json"
      if [ -f "$shared/raw/reuters21578.jsonl" ]; then
        head -n 10 "$shared/raw/reuters21578.jsonl" | split -l 1 - "$dir/reuters-"
      fi ;;
  esac
}

failed=()
for t in "${targets[@]}"; do
  seed "$t"
  echo "== fuzzing $t for ${seconds}s"
  if ! cargo fuzz run "$t" "corpus/$t" -- -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096; then
    failed+=("$t")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "== crashes in: ${failed[*]} (inputs under fuzz/artifacts/)"
  exit 1
fi
echo "== no crash"
