#!/usr/bin/env bash
# The extract example's failure modes: a missing or non-UTF-8 file among
# good ones, bad JSON lines, usage errors. Run by .ci/run.
set -uo pipefail
cd "$(dirname "$0")/.."
cargo build -q --example extract || exit 1
bin="${CARGO_TARGET_DIR:-target}/debug/examples/extract"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { # name, expected, actual
  if [ "$2" != "$3" ]; then echo "FAIL $1: expected $2, got $3"; fail=1; else echo "ok   $1"; fi
}

printf 'Vladimir Putin met Xi Jinping in Beijing.\n' > "$tmp/good.txt"
printf 'Moscow \xff\xfe bad\n' > "$tmp/bad.txt"

"$bin" --format json "$tmp/good.txt" "$tmp/missing.txt" "$tmp/bad.txt" "$tmp/good.txt" >"$tmp/out.json" 2>"$tmp/err"
check "missing and non-UTF-8 files exit 1" 1 $?
check "the error names the missing file" 1 "$(grep -c 'missing.txt' "$tmp/err")"
check "the error names the non-UTF-8 file" 1 "$(grep -c 'bad.txt.*UTF-8' "$tmp/err")"
check "both good files are processed" 2 "$(grep -c '"text": "Xi Jinping"' "$tmp/out.json")"

printf '%s\n' '{"id":"a","text":"Putin spoke."}' 'not json' '{"id":"c"}' '{"id":"d","text":"Xi spoke.","published":"2021-11-26"}' > "$tmp/in.jsonl"
"$bin" --format jsonl "$tmp/in.jsonl" >"$tmp/out.jsonl" 2>"$tmp/err"
check "bad JSON lines exit 1" 1 $?
check "one output line per input line" 4 "$(wc -l < "$tmp/out.jsonl")"
check "line 2 is an error object" 1 "$(sed -n 2p "$tmp/out.jsonl" | grep -c '"error"')"
check "line 3 keeps its id" 1 "$(sed -n 3p "$tmp/out.jsonl" | grep -c '"id":"c"')"
check "line 4 is processed" 1 "$(sed -n 4p "$tmp/out.jsonl" | grep -c '"published":"2021-11-26"')"
check "errors name the line" 1 "$(grep -c 'line 2' "$tmp/err")"

"$bin" --format yaml "$tmp/good.txt" >/dev/null 2>&1
check "a usage error exits 2" 2 $?
"$bin" --bogus >/dev/null 2>&1
check "an unknown option exits 2" 2 $?

"$bin" "$tmp/good.txt" >/dev/null
check "a good file exits 0" 0 $?

mkdir "$tmp/adir"
"$bin" --format json "$tmp/adir" "$tmp/good.txt" >"$tmp/out.json" 2>"$tmp/err"
check "a directory among the inputs exits 1" 1 $?
check "the directory is named" 1 "$(grep -c 'adir' "$tmp/err")"
check "the file after it is processed" 1 "$(grep -c '"text": "Xi Jinping"' "$tmp/out.json")"

# Output closed early: quiet, status 0, and no line lost before the close.
for i in $(seq 1 3000); do printf '{"id":"%s","text":"Putin met Xi Jinping in Beijing."}\n' "$i"; done > "$tmp/many.jsonl"
"$bin" --format jsonl "$tmp/many.jsonl" 2>"$tmp/err" | head -n 5 > "$tmp/head.out"
check "a closed pipe exits 0" 0 "${PIPESTATUS[0]}"
check "nothing on standard error after a closed pipe" 0 "$(wc -c < "$tmp/err")"
check "the first lines arrive in order" '"1"' "$(head -n 1 "$tmp/head.out" | grep -o '"id":"1"' | cut -d: -f2)"

# Every valid line of a JSONL file with bad lines in the middle comes out.
{ head -n 1000 "$tmp/many.jsonl"; echo '{broken'; echo '[]'; tail -n 2000 "$tmp/many.jsonl"; } > "$tmp/mixed.jsonl"
"$bin" --format jsonl "$tmp/mixed.jsonl" >"$tmp/mixed.out" 2>"$tmp/err"
check "bad lines make the run exit 1" 1 $?
check "one output line per input line" 3002 "$(wc -l < "$tmp/mixed.out")"
check "every valid line is processed" 3000 "$(grep -c '"mentions"' "$tmp/mixed.out")"
check "both bad lines are reported with their numbers" 2 "$(grep -cE 'line (1001|1002):' "$tmp/err")"
check "a usage error prints the usage" 1 "$("$bin" --offsets miles 2>&1 >/dev/null | grep -c '^usage:')"
"$bin" --offsets chars --format json < examples/sample.txt > "$tmp/chars.json"
check "standard input works" 0 $?

# Several workers: the same lines, in the same order, as one; errors still
# name their lines; no progress line when standard error is not a terminal.
"$bin" --format jsonl --threads 1 "$tmp/mixed.jsonl" >"$tmp/one.out" 2>/dev/null
"$bin" --format jsonl --threads 3 "$tmp/mixed.jsonl" >"$tmp/three.out" 2>"$tmp/err"
check "three workers exit 1 on bad lines too" 1 $?
check "three workers write what one writes" 0 "$(cmp -s "$tmp/one.out" "$tmp/three.out"; echo $?)"
check "three workers report both bad lines" 2 "$(grep -cE 'line (1001|1002):' "$tmp/err")"
check "no progress line off a terminal" 0 "$(grep -c 'MB/s' "$tmp/err")"
"$bin" --format jsonl --threads 0 "$tmp/mixed.jsonl" >/dev/null 2>&1
check "--threads 0 is a usage error" 2 $?

exit $fail
