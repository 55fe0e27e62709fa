#!/usr/bin/env bash
# The cost of the boot gate on the demo service: bash benchmarks/container-smoke.sh [runs, default 5]
# Runs `-Pmain verify` on examples/demo-service (tests and the gates unrelated to the image off) on the local JRE
# base (src/it/lib/jre-base-image.sh), and reads from each run's timing report the two executions the gate adds to
# main and release: jib:buildTar (lifeos-image-tar, package) and lifeos:container-smoke (verify). Needs podman.
# Results: stdout and benchmarks/target/container-smoke.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
export CONTAINERS_CONF="${CONTAINERS_CONF:-$PWD/.ci/containers.conf}" # a sandbox's podman; harmless elsewhere
base="$(bash src/it/lib/jre-base-image.sh)"
mkdir -p benchmarks/target
timings=target/lifeos/timings/timings.json

# milliseconds of one execution of the demo in the last run's timing report (pretty-printed, keys sorted)
millis() {
  awk -v id="\"$1\"" '
    /"executionId"/ { hit = index($0, id) > 0 }
    hit && /"millis"/ { gsub(/[^0-9]/, ""); ms = $0 }
    hit && /"module"/ { if (index($0, "\"demo-service\"") > 0) { print ms; exit } }
  ' "$timings"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

: >benchmarks/target/tar.ms
: >benchmarks/target/boot.ms
for run in $(seq 0 "$runs"); do
  ./mvnw -q -B -ntp -o -Pmain verify -pl examples/demo-service -am -DskipTests -Dinvoker.skip=true \
    -Dlifeos.lint.skip=true -Dlifeos.audit.skip=true -Dlifeos.security.skip=true -Dlifeos.typecheck.skip=true \
    -Dlifeos.migrations.skip=true -Djib.disableUpdateChecks=true -Dlifeos.image.base="tar://$base" \
    >benchmarks/target/container-smoke-run.log 2>&1
  tar_ms="$(millis lifeos-image-tar)"
  boot_ms="$(millis lifeos-container-smoke)"
  if [ "$run" = 0 ]; then
    echo "cold run (Jib's cache filled, image loaded for the first time): tar ${tar_ms} ms, boot gate ${boot_ms} ms"
    cold="| cold (first run) | ${tar_ms} | ${boot_ms} |"
  else
    echo "warm run $run: tar ${tar_ms} ms, boot gate ${boot_ms} ms"
    echo "$tar_ms" >>benchmarks/target/tar.ms
    echo "$boot_ms" >>benchmarks/target/boot.ms
  fi
done
tar_med="$(median <benchmarks/target/tar.ms)"
boot_med="$(median <benchmarks/target/boot.ms)"
{
  echo "| run | jib:buildTar (ms) | lifeos:container-smoke (ms) |"
  echo "|---|---:|---:|"
  echo "$cold"
  echo "| warm, median of $runs | ${tar_med} | ${boot_med} |"
  echo "| warm, best of $runs | $(sort -n benchmarks/target/tar.ms | head -n 1) | $(sort -n benchmarks/target/boot.ms | head -n 1) |"
  echo
  echo "Added to -Pmain and -Prelease, warm medians: $((tar_med + boot_med)) ms."
} | tee benchmarks/target/container-smoke.md
