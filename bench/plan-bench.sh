#!/usr/bin/env bash
# Plan generation benchmark (JMH, in process): a synthetic pack of 36 modules and 432 cells,
# planned to CELL and MODULE depth. Prints p50 and p99 in milliseconds; target p99 < 20 ms.
#
# Usage: bench/plan-bench.sh [extra JMH options, e.g. -wi 1 -i 2]
# Needs: JDK 17+, Maven, jq. MAVEN_OFFLINE=1 runs Maven offline once its plugins are cached.
set -euo pipefail
cd "$(dirname "$0")/.."

out=bench/results
mkdir -p "$out"
offline=""
if [[ "${MAVEN_OFFLINE:-0}" == "1" ]]; then offline="-o"; fi

mvn -B -q $offline test-compile
mvn -B -q $offline dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$out/classpath.txt"
classpath="target/test-classes:target/classes:$(cat "$out/classpath.txt")"

java -cp "$classpath" org.openjdk.jmh.Main 'eu.dbp.planning.bench.PlanBenchmark' \
    -rf json -rff "$out/plan-bench.json" "$@" > "$out/plan-bench.log"

echo "Plan generation, synthetic pack 36 modules x 12 cells (432 cells), in process:"
jq -r '.[] | .primaryMetric.scorePercentiles as $p
    | "  depth=\(.params.depth)  p50=\($p["50.0"] * 1000 | round / 1000) ms"
      + "  p99=\($p["99.0"] * 1000 | round / 1000) ms"
      + "  max=\($p["100.0"] * 1000 | round / 1000) ms"' \
    "$out/plan-bench.json"
jq -e 'all(.[]; .primaryMetric.scorePercentiles["99.0"] < 20)' "$out/plan-bench.json" >/dev/null \
    && echo "  p99 below the 20 ms target" || { echo "  p99 ABOVE the 20 ms target"; exit 1; }
