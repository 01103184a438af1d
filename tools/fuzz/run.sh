#!/usr/bin/env bash
# Mutation fuzzer of the imports (docs/reliability.md, "Fuzzing the imports").
#
#   tools/fuzz/run.sh [MINUTES] [workbook|catalog] [extra options]
#   tools/fuzz/run.sh 10 workbook                # 10 minutes of `yusuan import`
#   tools/fuzz/run.sh 3 catalog --seed 7         # 3 minutes of `yusuan catalog import`, another seed
#
# Extra options go to org.yusuan.workbench.fuzz.FuzzMain: --seed N (default 1), --executions N,
# --timeout-seconds S (default 30), --minimise-budget N (executions, default 300), --minimise-seconds S
# (per finding, default 30), --out DIR.
# Compiles the test classes (offline once the dependencies are in ~/.m2; MVN_OPTS_EXTRA="" to go
# online), then runs the harness in one JVM with a 1 GB heap, so that an import needing more shows as
# an OutOfMemoryError failure. Prints executions, executions per minute, outcome counts and the
# distinct failure signatures; writes summary.txt and findings/ (original and minimised input of
# every signature) to target/fuzz/<target>/. Exit status 0 when nothing failed, 1 otherwise.
set -euo pipefail

cd "$(dirname "$0")/../.."
minutes="${1:-1}"
target="${2:-workbook}"
shift $(( $# >= 2 ? 2 : $# ))

# shellcheck disable=SC2086
mvn -B -q ${MVN_OPTS_EXTRA--o} test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(java -version 2>&1 | head -1)"
rm -rf "target/fuzz/${target}"
# The run uses a copy of the classes: a build during a long run must not change them under it.
snapshot="target/fuzz/${target}-classes"
rm -rf "$snapshot" && mkdir -p "$snapshot" && cp -r target/test-classes target/classes "$snapshot/"
exec java -Xmx1g -XX:+UseSerialGC -Dorg.slf4j.simpleLogger.defaultLogLevel=off -Dfile.encoding=UTF-8 -Djava.awt.headless=true \
    -Djava.util.logging.config.file=src/test/resources/logging.properties \
    -cp "$snapshot/test-classes:$snapshot/classes:$(cat target/classpath.txt)" \
    org.yusuan.workbench.fuzz.FuzzMain --target "$target" --minutes "$minutes" "$@"
