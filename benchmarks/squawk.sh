#!/usr/bin/env bash
# check-migrations' danger scan side by side with Squawk on one generated corpus:
#   bash benchmarks/squawk.sh [N migrations, default 1015] [warm runs, default 9]
# Uses the squawk on the PATH, else installs squawk-cli from npm into benchmarks/target/npm.
# Results: stdout, benchmarks/target/squawk.md and benchmarks/target/squawk-per-file.csv.
set -euo pipefail
cd "$(dirname "$0")/.."
squawk_version=2.66.0
squawk=$(command -v squawk || true)
if [ -z "$squawk" ]; then
  if ! command -v npm > /dev/null; then
    echo "squawk is not on the PATH and npm is missing to install it: apt-get install -y npm, then run again" >&2
    exit 1
  fi
  npm install --no-audit --no-fund --prefix benchmarks/target/npm "squawk-cli@$squawk_version" >&2
  squawk=$PWD/benchmarks/target/npm/node_modules/.bin/squawk
fi
./mvnw -q -B -ntp -Pbenchmarks -pl benchmarks -am package -DskipTests -Dinvoker.skip=true -Dspotless.check.skip=true
java -Xmx2g -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  dev.lifeos.benchmarks.SquawkComparison "${1:-1015}" "${2:-9}" "$squawk"
