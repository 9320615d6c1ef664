#!/usr/bin/env bash
# Reads the same inputs with `extract` and with the Spark job in local mode (spark-submit's own main
# class, from the Maven dependency: no Spark distribution needed), one after the other, and prints
# each one's documents per second and the ratio. Both run worker processes (the default) on N cores.
#   scripts/spark-vs-extract.sh INPUT_FOLDER... [-- CORES]
# e.g. scripts/make-bench-corpus.py /tmp/bench2k --documents 2000
#      scripts/spark-vs-extract.sh /tmp/bench2k/html /tmp/bench2k/pdf /tmp/bench2k/text /tmp/bench2k/word
set -euo pipefail
cd "$(dirname "$0")/.."
cores=2
inputs=()
while [ $# -gt 0 ]; do
    if [ "$1" = "--" ]; then cores=$2; shift 2; else inputs+=("$(realpath "$1")"); shift; fi
done
[ -f target/nianbao.jar ] && [ -f target/nianbao-spark.jar ] || mvn -B -q package -DskipTests
mvn -B -q -pl nianbao-spark -am compile dependency:build-classpath -Dmdep.includeScope=provided \
    -Dmdep.outputFile="$PWD/target/spark-classpath.txt" >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%s\n' "${inputs[@]}" > "$work/inputs.txt"

start=$(date +%s.%N)
java -jar target/nianbao.jar extract "${inputs[@]}" --out "$work/extract" --jobs "$cores" --format parquet >/dev/null 2>&1 || true
extract=$(awk "BEGIN {print $(date +%s.%N) - $start}")
start=$(date +%s.%N)
SPARK_LOCAL_IP=127.0.0.1 java -cp "$(cat target/spark-classpath.txt)" org.apache.spark.deploy.SparkSubmit \
    --master "local[$cores]" --conf spark.ui.enabled=false --class nianbao.spark.ExtractJob target/nianbao-spark.jar \
    --inputs "$work/inputs.txt" --out "$work/spark" 2>/dev/null | tail -1
spark=$(awk "BEGIN {print $(date +%s.%N) - $start}")

documents=$(wc -l < <(find "${inputs[@]}" -type f))
awk -v n="$documents" -v c="$cores" -v e="$extract" -v s="$spark" 'BEGIN {
    printf "inputs: %d files, %d cores\n", n, c
    printf "extract:         %6.1f s  %6.1f documents/s\n", e, n / e
    printf "spark local[%d]: %6.1f s  %6.1f documents/s\n", c, s, n / s
    printf "ratio spark/extract (documents/s): %.2f\n", e / s
}'
