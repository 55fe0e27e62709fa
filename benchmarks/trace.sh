#!/usr/bin/env bash
# The lock trace's cost: check-migrations applied to a real PostgreSQL with the trace off, on, and seeding rows,
# on the demo service and on N generated migrations.
# bash benchmarks/trace.sh [N migrations, default 2000] [warm runs, default 3]
# Results: stdout and benchmarks/target/trace-results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -Pbenchmarks -pl benchmarks -am package -DskipTests -Dinvoker.skip=true -Dspotless.check.skip=true
java -Xmx2g -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  dev.lifeos.benchmarks.LockTraceBenchmark "${1:-2000}" "${2:-3}"
