#!/usr/bin/env bash
# Builds the benchmark harness and runs it: bash benchmarks/run.sh [N migrations, default 2000] [warm runs, default 3]
# Needs git and grep on the PATH. Results: stdout and benchmarks/target/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -Pbenchmarks -pl benchmarks -am package -DskipTests -Dinvoker.skip=true -Dspotless.check.skip=true
java -Xmx2g -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  dev.lifeos.benchmarks.MigrationBenchmark "${1:-2000}" "${2:-3}"
