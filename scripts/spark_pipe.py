"""Run pressroom's `extract` example as a Spark map stage (RDD.pipe).

usage: spark_pipe.py EXTRACT_BINARY CORPUS.jsonl OUT_DIR

The same stage runs on a cluster: ship the binary with `--files` (or put it
on every worker) and pipe through `./extract --format jsonl`; with Hadoop
Streaming, use it as the mapper with zero reducers.
"""
import json
import shutil
import subprocess
import sys
import time

from pyspark import SparkConf, SparkContext


def main():
    binary, corpus, out_dir = sys.argv[1:4]
    conf = SparkConf().setMaster("local[2]").setAppName("pressroom-demo")
    conf.set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
    conf.set("spark.ui.showConsoleProgress", "false")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        start = time.time()
        lines = sc.textFile(corpus, minPartitions=8)
        results = lines.pipe(binary + " --format jsonl").cache()
        shutil.rmtree(out_dir, ignore_errors=True)
        results.saveAsTextFile(out_dir)
        spark_out = results.collect()
        spark_secs = time.time() - start
        n_in = lines.count()
    finally:
        sc.stop()

    start = time.time()
    plain = subprocess.run(
        [binary, "--format", "jsonl", corpus], check=True, capture_output=True, text=True
    ).stdout.splitlines()
    plain_secs = time.time() - start

    same = spark_out == plain
    ids_in_order = [json.loads(l).get("id") for l in spark_out[:3]]
    mentions = sum(len(json.loads(l).get("mentions", [])) for l in spark_out)
    quotes = sum(len(json.loads(l).get("quotes", [])) for l in spark_out)
    print(f"input lines:        {n_in}")
    print(f"spark output lines: {len(spark_out)}")
    print(f"plain output lines: {len(plain)}")
    print(f"first ids:          {ids_in_order}")
    print(f"mentions, quotes:   {mentions}, {quotes}")
    print(f"spark {spark_secs:.1f}s (incl. start-up), plain {plain_secs:.1f}s")
    print(f"results equal:      {same}")
    if n_in != len(spark_out) or not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
