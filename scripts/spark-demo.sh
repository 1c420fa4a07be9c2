#!/usr/bin/env bash
# The `extract` example as a map stage of Apache Spark: RDD.pipe in local
# mode over a JSON-lines corpus (by default the Reuters one), checking that
# there is one output line per input line and that the results equal a
# plain single-process run. Installs pyspark in a virtual environment under
# target/ (Java 17 must be on the machine).
#
#   scripts/spark-demo.sh [CORPUS.jsonl]
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(realpath "${1:-../shared/data/raw/reuters21578.jsonl}")
cargo build -q --release --example extract
venv=target/spark-venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c 'import pyspark' 2>/dev/null || "$venv/bin/pip" install -q pyspark
"$venv/bin/python" scripts/spark_pipe.py "$PWD/target/release/examples/extract" "$data" "$PWD/target/spark-out"
