#!/usr/bin/env bash
# SpotBugs' forked JVM with the JVM's defaults vs lifeos-parent's lifeos.security.jvmArgs (C1 only, serial GC):
#   bash benchmarks/spotbugs-jvm.sh [runs, default 3]
# Two subjects, through Maven as a build runs them: the demo service (9 classes, lifeos-parent's SpotBugs +
# FindSecBugs, effort Max) and lifeos-maven-plugin (about 430 classes; plain SpotBugs, effort Max: the module does
# not inherit lifeos-parent). The options take turns, run after run; each run is timed by GNU time (wall, and CPU:
# user + system of Maven and the JVM SpotBugs forks) and its findings counted in target/spotbugsXml.xml, which must
# be the same for both options. Results: stdout and benchmarks/target/spotbugs-jvm.md. Needs /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
out=benchmarks/target/spotbugs-jvm
mkdir -p "$out"
fast="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
spotbugs="com.github.spotbugs:spotbugs-maven-plugin:$(sed -n 's#.*<dep.plugin.spotbugs.version>\(.*\)</dep.plugin.spotbugs.version>.*#\1#p' lifeos-parent/pom.xml):spotbugs"

# the classes both subjects analyse, compiled once
./mvnw -q -B -ntp -o package -pl examples/demo-service -am -DskipTests -Dinvoker.skip=true -Dlifeos.skip=true \
  -Dlifeos.typecheck.skip=true -Dspotless.check.skip=true -Djib.skip=true -Dmaven.build.cache.enabled=false \
  >"$out/compile.log"

# one run: subject, label, JVM options -> "wall cpu findings"
run() {
  local module=$1 options=$2 goal
  if [ "$module" = examples/demo-service ]; then goal="spotbugs:spotbugs"; else goal="$spotbugs -Dspotbugs.effort=Max"; fi
  # shellcheck disable=SC2086 # the goal carries its own -D
  /usr/bin/time -f '%e %U %S' -o "$out/time" ./mvnw -q -B -ntp -o -pl "$module" $goal -Dspotbugs.skip=false \
    "-Dspotbugs.jvmArgs=$options" -Dlifeos.timings.skip=true -Dmaven.build.cache.enabled=false >"$out/run.log" 2>&1
  read -r wall user sys <"$out/time"
  echo "$wall $(echo "$user + $sys" | bc) $(grep -o '<BugInstance' "$module/target/spotbugsXml.xml" | wc -l)"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

{
  echo "| subject | SpotBugs JVM options | wall (s), median of $runs | CPU (s), median | findings |"
  echo "|---|---|---:|---:|---:|"
} >"$out/results.md"
for module in examples/demo-service lifeos-maven-plugin; do
  run "$module" "$fast" >/dev/null # warm-up: the file cache, Maven's local repository
  : >"$out/default.tsv"
  : >"$out/fast.tsv"
  for i in $(seq 1 "$runs"); do
    run "$module" "" >>"$out/default.tsv"
    run "$module" "$fast" >>"$out/fast.tsv"
    echo "$module run $i: defaults $(tail -1 "$out/default.tsv"); C1 + serial GC $(tail -1 "$out/fast.tsv") (wall s, CPU s, findings)"
  done
  for kind in default fast; do
    label="(the JVM's defaults)"
    [ "$kind" = fast ] && label="\`$fast\`"
    findings=$(cut -d' ' -f3 "$out/$kind.tsv" | sort -u | paste -sd/)
    echo "| $module | $label | $(cut -d' ' -f1 "$out/$kind.tsv" | median) | $(cut -d' ' -f2 "$out/$kind.tsv" | median) | $findings |" >>"$out/results.md"
  done
done
cat "$out/results.md"
