#!/usr/bin/env bash
# Benchmarks of the derivation engine (docs/performance.md).
#
#   tools/bench/run-benchmarks.sh            # all benchmarks, sizes 1×, 10×, 100×, 1000× (~3 min)
#   tools/bench/run-benchmarks.sh -p factor=1000 projectLineEdit   # extra arguments go to JMH
#
# Builds target/benchmarks.jar with the Maven profile `bench` (tests skipped), runs it, writes the
# JMH results to target/jmh-results.json and prints them as a table. MVN_OPTS_EXTRA="-o" builds
# offline once JMH has been downloaded.
set -euo pipefail

cd "$(dirname "$0")/../.."

# shellcheck disable=SC2086
mvn -B -q ${MVN_OPTS_EXTRA:-} -Pbench -DskipTests package

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | xargs)"
java -version 2>&1 | head -1

java -jar target/benchmarks.jar -rf json -rff target/jmh-results.json "$@"

echo
echo "== results (target/jmh-results.json), mean ± 99.9% error"
java -cp target/benchmarks.jar org.yusuan.workbench.bench.ResultsTable target/jmh-results.json
