#!/usr/bin/env bash
# What starting the embedded PostgreSQL costs check-migrations, without and with the cluster template
# (docs/benchmarks.md, "Embedded PostgreSQL's start"):
#
#   bash benchmarks/embedded-postgres.sh [rounds, default 5]
#
# Runs `lifeos:check-migrations` alone on a copy of the demo service, round after round, once with
# -Dlifeos.migrations.embeddedTemplate=false (initdb every run and zonky hashing its bundle: the behaviour before the
# template) and once with the template, so that a busy moment of the machine hits both alike. From each run's log
# (zonky at debug, every line timestamped) it reads: the goal's wall time, zonky's binaries step (from "Detected a"
# to "Postgres binaries at"; absent when the recorded directory is reused), initdb ("initdb completed in"), the
# postmaster's start, and the goal's own apply line. One untimed run of each kind comes first (the template is made
# there; the first one also fills the local repository, the timed ones are offline). Results: benchmarks/target/embedded-postgres/results.md (medians) and the logs beside it.
# Uses its own local repository (benchmarks/target/embedded-postgres/m2), filled from ~/.m2.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROUNDS=${1:-5}
WORK=$ROOT/benchmarks/target/embedded-postgres
M2=$WORK/m2
SETTINGS=$WORK/settings.xml
MVN=("$ROOT/mvnw" -B -ntp -s "$SETTINGS" "-Dmaven.repo.local=$M2")
rm -rf "$WORK/demo" "$WORK/logs"
mkdir -p "$WORK/logs"

sed -e "s#@localRepositoryUrl@#file://$HOME/.m2/repository#" "$ROOT/src/it/settings.xml" > "$SETTINGS"
(cd "$ROOT" && "${MVN[@]}" -q install -pl lifeos-parent,lifeos-maven-plugin -DskipTests -Dinvoker.skip=true \
  -Dspotless.check.skip=true)
VERSION=$(sed -n 's#.*<version>\(.*\)</version>.*#\1#p' "$ROOT/lifeos-parent/pom.xml" | head -1)
cp -r "$ROOT/examples/demo-service" "$WORK/demo"
sed -i "s#<relativePath>[^<]*</relativePath>#<relativePath />#" "$WORK/demo/pom.xml"

run() { # run <log> <template true|false> [-o]
  (cd "$WORK/demo" && "${MVN[@]}" ${3:-} "dev.lifeos:lifeos-maven-plugin:$VERSION:check-migrations" \
    -Dlifeos.migrations.embeddedTemplate="$2" \
    -Dorg.slf4j.simpleLogger.log.io.zonky=debug \
    -Dorg.slf4j.simpleLogger.showDateTime=true \
    -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS) > "$1" 2>&1 || { tail -30 "$1"; exit 1; }
}

# seconds between the first lines matching $2 and $3 in log $1 ("-" when either is missing)
between() {
  local from to
  from=$(grep -m1 -- "$2" "$1" | cut -d' ' -f1) || true
  to=$(grep -m1 -- "$3" "$1" | cut -d' ' -f1) || true
  if [[ -z $from || -z $to ]]; then echo -; return; fi
  echo "$(date -d "$to" +%s.%N) - $(date -d "$from" +%s.%N)" | bc | sed 's/^\./0./'
}

measure() { # measure <log>: goal binaries initdb postmaster apply(ms)
  local log=$1 initdb postmaster apply
  initdb=$(grep -o 'initdb completed in [0-9:.]*' "$log" | awk -F: '{print $NF}' | head -1)
  postmaster=$(grep -o 'postmaster startup finished in [0-9:.]*' "$log" | awk -F: '{print $NF}' | head -1)
  apply=$(grep -o 'to embedded PostgreSQL[^)]*) in [0-9.]* [a-z]*' "$log" | sed 's/.* in //' | head -1)
  echo "$(between "$log" 'check-migrations (default-cli)' 'BUILD SUCCESS') $(between "$log" 'Detected a ' 'Postgres binaries at') ${initdb:--} ${postmaster:--} ${apply:--}"
}

run "$WORK/logs/warm-off.log" false # online: fills the local repository from ~/.m2
run "$WORK/logs/warm-on.log" true -o
for round in $(seq 1 "$ROUNDS"); do
  for template in false true; do
    log=$WORK/logs/round$round-template-$template.log
    run "$log" "$template" -o
    echo "$template $(measure "$log")" | tee -a "$WORK/logs/measures.txt"
  done
done

median() { # median of column $2 among rows with template $1
  awk -v t="$1" -v c="$2" '$1 == t && $c != "-" { print $c }' "$WORK/logs/measures.txt" | sort -g |
    awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else printf "%.2f\n", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
{
  echo "| check-migrations on the demo, median of $ROUNDS | goal (s) | zonky binaries (s) | initdb (s) | postmaster start (s) |"
  echo "|---|---|---|---|---|"
  for template in false true; do
    name=$([[ $template == true ]] && echo "template (default)" || echo "embeddedTemplate=false (as before)")
    echo "| $name | $(median "$template" 2) | $(median "$template" 3) | $(median "$template" 4) | $(median "$template" 5) |"
  done
  echo
  echo "Apply lines (goal's own): $(awk '{ print $1 ": " $6 " " $7 }' "$WORK/logs/measures.txt" | tr '\n' ';')"
} | tee "$WORK/results.md"
