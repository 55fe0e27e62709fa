#!/usr/bin/env bash
# The PR pipeline's cost, measured side by side (docs/benchmarks.md, "The PR pipeline"):
#
#   bash benchmarks/service-build.sh [rounds, default 2]
#   SUBJECTS=demo bash benchmarks/service-build.sh 3    (only the subjects whose name matches this regex)
#
# Generates a 30-module service (about 20,000 lines: a chain of 10 modules and a fan-out of 20 on the first one, a
# test class per class) in a real git repository, adopts LifeOS in it with lifeos:init (.mvn/jvm.config, the build
# cache extension), and copies the demo service beside it. Then, round after round, each subject once in turn, so
# that a busy moment of the machine hits them alike: the bare build, the full -Ppr (and on the demo with SpotBugs in
# the build, -Dlifeos.security.background=false, to compare), -Ppr after a one-file change
# in a leaf module and in the module everything depends on, and two CI runners on one commit sharing a remote
# build cache (a loopback HTTP server, benchmarks/src/main/java/dev/lifeos/benchmarks/CacheServer.java), once
# without a base ref and once for the leaf change's pull request. Every
# build is `clean verify`, offline, timed by GNU time: wall time, CPU time (user + system of Maven and every JVM it
# forks) and the peak resident memory of the largest process. Results: benchmarks/target/service-build/results.md.
# Needs git, bc and /usr/bin/time. Uses its own local repository (benchmarks/target/service-build/m2), filled from
# ~/.m2 and, for what ~/.m2 lacks (the build cache extension's dependencies), Maven Central, during the set-up and
# an untimed warm-up build, so that no timed build downloads anything.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROUNDS=${1:-2}
WORK=$ROOT/benchmarks/target/service-build
M2=$WORK/m2
SETTINGS=$WORK/settings.xml
ONLINE=("$ROOT/mvnw" -B -ntp -s "$SETTINGS" "-Dmaven.repo.local=$M2")
MVN=("${ONLINE[@]}" -o)
rm -rf "$WORK/service" "$WORK/demo" "$WORK/runners" "$WORK/logs"
mkdir -p "$WORK/logs" "$WORK/runners"

# --- this build's parent and plugin, in a local repository of the benchmark's own ---------------------------------
# ~/.m2 serves as a remote before Maven Central, as for the ITs
sed -e "s#@localRepositoryUrl@#file://$HOME/.m2/repository#" "$ROOT/src/it/settings.xml" > "$SETTINGS"
(cd "$ROOT" && "${ONLINE[@]}" -q install -pl lifeos-javac,lifeos-parent,lifeos-maven-plugin -DskipTests -Dinvoker.skip=true \
  -Dspotless.check.skip=true)
VERSION=$(sed -n 's#.*<version>\(.*\)</version>.*#\1#p' "$ROOT/lifeos-parent/pom.xml" | head -1)

# --- the generated service -----------------------------------------------------------------------------------------
SERVICE=$WORK/service
mkdir -p "$SERVICE"
MODULES=()
for i in $(seq -w 1 30); do MODULES+=("m$i"); done
deps_of() { # m02..m10: a chain; m11..m30: a fan-out on m01
  local n=$((10#${1#m}))
  if ((n == 1)); then echo ""; elif ((n <= 10)); then printf 'm%02d' $((n - 1)); else echo m01; fi
}
{
  echo '<?xml version="1.0" encoding="UTF-8"?>'
  echo '<project xmlns="http://maven.apache.org/POM/4.0.0">'
  echo '  <modelVersion>4.0.0</modelVersion>'
  echo "  <parent><groupId>dev.lifeos</groupId><artifactId>lifeos-parent</artifactId><version>$VERSION</version><relativePath /></parent>"
  echo '  <groupId>com.acme.svc</groupId><artifactId>svc</artifactId><version>1.0.0</version><packaging>pom</packaging>'
  echo '  <modules>'
  for m in "${MODULES[@]}"; do echo "    <module>$m</module>"; done
  echo '  </modules>'
  echo '  <dependencies><dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><version>5.14.4</version><scope>test</scope></dependency></dependencies>'
  echo '</project>'
} > "$SERVICE/pom.xml"
CLASSES=7
for m in "${MODULES[@]}"; do
  dep=$(deps_of "$m")
  dir=$SERVICE/$m/src/main/java/com/acme/svc/$m
  tdir=$SERVICE/$m/src/test/java/com/acme/svc/$m
  mkdir -p "$dir" "$tdir"
  {
    echo '<?xml version="1.0" encoding="UTF-8"?>'
    echo '<project xmlns="http://maven.apache.org/POM/4.0.0">'
    echo '  <modelVersion>4.0.0</modelVersion>'
    echo '  <parent><groupId>com.acme.svc</groupId><artifactId>svc</artifactId><version>1.0.0</version></parent>'
    echo "  <artifactId>$m</artifactId>"
    if [ -n "$dep" ]; then
      echo "  <dependencies><dependency><groupId>com.acme.svc</groupId><artifactId>$dep</artifactId><version>1.0.0</version></dependency></dependencies>"
    fi
    echo '</project>'
  } > "$SERVICE/$m/pom.xml"
  for c in $(seq 0 $((CLASSES - 1))); do
    if [ -n "$dep" ]; then upstream="com.acme.svc.$dep.Ledger0.total(amounts)"; else upstream="amounts.length"; fi
    cat > "$dir/Ledger$c.java" <<JAVA
package com.acme.svc.$m;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Entries of one account: totals, averages and a statement. */
public final class Ledger$c {
  private final String account;
  private final List<Long> entries = new ArrayList<>();

  public Ledger$c(String account) {
    this.account = account;
  }

  /** Sums amounts (cents) and counts them, as the modules this one depends on do. */
  public static long total(long... amounts) {
    long sum = 0;
    for (long amount : amounts) {
      sum += amount;
    }
    return sum + ($upstream) * 0;
  }

  public Ledger$c add(long cents) {
    entries.add(cents);
    return this;
  }

  public long balance() {
    long sum = 0;
    for (long entry : entries) {
      sum += entry;
    }
    return sum;
  }

  public long credits() {
    long sum = 0;
    for (long entry : entries) {
      if (entry > 0) {
        sum += entry;
      }
    }
    return sum;
  }

  public long debits() {
    long sum = 0;
    for (long entry : entries) {
      if (entry < 0) {
        sum += entry;
      }
    }
    return sum;
  }

  public double average() {
    return entries.isEmpty() ? 0 : (double) balance() / entries.size();
  }

  public long largest() {
    long largest = Long.MIN_VALUE;
    for (long entry : entries) {
      largest = Math.max(largest, entry);
    }
    return entries.isEmpty() ? 0 : largest;
  }

  public int size() {
    return entries.size();
  }

  public String statement() {
    StringBuilder text = new StringBuilder(account).append('\n');
    for (long entry : entries) {
      text.append(String.format(Locale.ROOT, "%s%d.%02d%n", entry < 0 ? "-" : "", Math.abs(entry) / 100, Math.abs(entry) % 100));
    }
    return text.append("balance ").append(balance()).toString();
  }
}
JAVA
    cat > "$tdir/Ledger${c}Test.java" <<JAVA
package com.acme.svc.$m;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Ledger${c}Test {
  @Test
  void keepsTheBooks() {
    Ledger$c ledger = new Ledger$c("acc").add(1250).add(-250).add(500);
    assertEquals(1500, ledger.balance());
    assertEquals(1750, ledger.credits());
    assertEquals(-250, ledger.debits());
    assertEquals(500.0, ledger.average());
    assertEquals(1250, ledger.largest());
    assertEquals(3, ledger.size());
    assertEquals(6, Ledger$c.total(1, 2, 3));
    assertTrue(ledger.statement().endsWith("balance 1500"));
    assertEquals(0, new Ledger$c("empty").largest());
    assertEquals(0.0, new Ledger$c("empty").average());
  }
}
JAVA
  done
done
git -C "$SERVICE" init -q -b main
printf 'target/\n' > "$SERVICE/.gitignore"
git -C "$SERVICE" remote add origin "$SERVICE"
(cd "$SERVICE" && "${ONLINE[@]}" -q lifeos:init -Dlifeos.timings.skip=true > "$WORK/logs/init.log" \
  && "${ONLINE[@]}" -q spotless:apply -Dmaven.build.cache.enabled=false > "$WORK/logs/format.log")
git -C "$SERVICE" add -A
git -C "$SERVICE" -c user.name=bench -c user.email=bench@example.com commit -q -m "a service of 30 modules"
git -C "$SERVICE" update-ref refs/remotes/origin/main HEAD
LINES=$(find "$SERVICE" -name '*.java' -print0 | xargs -0 cat | wc -l)
# the pull requests: one file changed in the leaf m30, and in m01, which every other module depends on
for branch in leaf:m30 core:m01; do
  name=${branch%%:*}; module=${branch#*:}
  git -C "$SERVICE" checkout -q -b "$name" main
  sed -i 's#return sum + #return 0 + sum + #' "$SERVICE/$module/src/main/java/com/acme/svc/$module/Ledger3.java"
  git -C "$SERVICE" -c user.name=bench -c user.email=bench@example.com commit -q -am "change $module"
done
git -C "$SERVICE" checkout -q main

# --- the demo service, as a repository of its own that adopted LifeOS with lifeos:init ----------------------------
DEMO=$WORK/demo
cp -r "$ROOT/examples/demo-service" "$DEMO"
rm -rf "$DEMO/target"
sed -i 's#<relativePath>../../lifeos-parent/pom.xml</relativePath>#<relativePath />#' "$DEMO/pom.xml"
git -C "$DEMO" init -q -b main
printf 'target/\n' > "$DEMO/.gitignore"
(cd "$DEMO" && "${ONLINE[@]}" -q lifeos:init -Dlifeos.timings.skip=true > "$WORK/logs/demo-init.log")
git -C "$DEMO" add -A
git -C "$DEMO" -c user.name=bench -c user.email=bench@example.com commit -q -m demo
git -C "$DEMO" update-ref refs/remotes/origin/main HEAD
git -C "$DEMO" checkout -q -b change
sed -i 's#money is never a double#money is never a double (reviewed)#' "$(find "$DEMO/src/main/java" -name Money.java)"
git -C "$DEMO" -c user.name=bench -c user.email=bench@example.com commit -q -am "change Money"
# untimed warm-up: every plugin, extension and dependency of the runs below reaches the local repository
git -C "$DEMO" checkout -q change
(cd "$DEMO" && "${ONLINE[@]}" -Ppr clean verify -Dlifeos.baseRef=main > "$WORK/logs/warm-up.log" 2>&1) \
  || echo "warm-up build failed: $WORK/logs/warm-up.log"
git -C "$DEMO" checkout -q main

# --- the remote build cache: a loopback HTTP server (GET/HEAD/PUT), one path per round ------------------------------
PORT_FILE=$WORK/cache-port
rm -f "$PORT_FILE"
java "$ROOT/benchmarks/src/main/java/dev/lifeos/benchmarks/CacheServer.java" "$PORT_FILE" "$WORK/remote-cache" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do [ -s "$PORT_FILE" ] && break; sleep 0.2; done
CACHE_URL=http://127.0.0.1:$(cat "$PORT_FILE")

NOCACHE=-Dmaven.build.cache.enabled=false
BARE=(-Dlifeos.skip=true -Dlifeos.typecheck.skip=true)
RESULTS=$WORK/runs.tsv
: > "$RESULTS"
# run SUBJECT DIR BRANCH ARGS...: checks out BRANCH, runs Maven under GNU time, appends wall/cpu/rss/exit
run() {
  local subject=$1 dir=$2 branch=$3; shift 3
  [[ $subject =~ ${SUBJECTS:-.} ]] || return 0
  git -C "$dir" checkout -q "$branch"
  local log=$WORK/logs/$subject-$round.log
  local start end
  start=$(date +%s.%N)
  set +e
  (cd "$dir" && /usr/bin/time -f '%e %U %S %M' -o "$log.time" "${MVN[@]}" "$@" > "$log" 2>&1)
  local code=$?
  set -e
  end=$(date +%s.%N)
  read -r wall user sys rss < <(tail -1 "$log.time") # GNU time puts "Command exited with ..." first on a failure
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$subject" "$round" "$wall" "$(echo "$user + $sys" | bc)" "$rss" "$code" >> "$RESULTS"
  printf '%-28s round %s: %6.1f s wall, exit %s (load %s)\n' "$subject" "$round" "$wall" "$code" "$(cut -d' ' -f1 /proc/loadavg)"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for round in $(seq 1 "$ROUNDS"); do
  run demo-bare "$DEMO" main clean verify "${BARE[@]}" $NOCACHE
  run demo-pr "$DEMO" main -Ppr clean verify $NOCACHE
  run demo-pr-spotbugs-in-build "$DEMO" main -Ppr clean verify -Dlifeos.security.background=false $NOCACHE
  run demo-pr-one-file "$DEMO" change -Ppr clean verify -Dlifeos.baseRef=main $NOCACHE
  run service-bare "$SERVICE" main clean verify "${BARE[@]}" $NOCACHE
  run service-pr-full "$SERVICE" main -Ppr clean verify $NOCACHE
  run service-pr-leaf-change "$SERVICE" leaf -Ppr clean verify -Dlifeos.baseRef=main $NOCACHE
  run service-pr-core-change "$SERVICE" core -Ppr clean verify -Dlifeos.baseRef=main $NOCACHE
  # two runners on one commit: each a fresh clone with an empty local cache; the first saves to the remote cache
  for runner in 1 2; do
    [[ service-pr-runner-$runner =~ ${SUBJECTS:-.} ]] || continue
    clone=$WORK/runners/r$round-$runner
    git clone -q "$SERVICE" "$clone"
    run "service-pr-runner-$runner" "$clone" main -Ppr clean verify \
      -Dmaven.build.cache.remote.enabled=true "-Dmaven.build.cache.remote.url=$CACHE_URL/round-$round" \
      -Dmaven.build.cache.remote.save.enabled=true "-Dmaven.build.cache.location=$clone/.local-build-cache"
  done
  # the same for a pull request (base ref, one file changed in the leaf): the scoped gates must match too
  for runner in 1 2; do
    [[ service-pr-leaf-runner-$runner =~ ${SUBJECTS:-.} ]] || continue
    clone=$WORK/runners/r$round-leaf-$runner
    git clone -q "$SERVICE" "$clone"
    git -C "$clone" update-ref refs/remotes/origin/main "$(git -C "$SERVICE" rev-parse main)"
    run "service-pr-leaf-runner-$runner" "$clone" origin/leaf -Ppr clean verify -Dlifeos.baseRef=origin/main \
      -Dmaven.build.cache.remote.enabled=true "-Dmaven.build.cache.remote.url=$CACHE_URL/round-$round-leaf" \
      -Dmaven.build.cache.remote.save.enabled=true "-Dmaven.build.cache.location=$clone/.local-build-cache"
  done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# --- the table: median per subject ----------------------------------------------------------------------------------
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
col() { awk -F'\t' -v s="$1" -v c="$2" '$1 == s {print $c}' "$RESULTS" | median; }
{
  echo "Generated service: 30 modules, $LINES lines of Java; demo service: examples/demo-service."
  echo "$(nproc) cores, $ROUNDS rounds, load average before $LOAD_BEFORE, after $LOAD_AFTER; $(date -u +%Y-%m-%d)."
  echo
  echo "| subject | wall (s) | CPU (s) | peak RSS (MB) | vs |"
  echo "|---|---:|---:|---:|---|"
  for s in demo-bare demo-pr demo-pr-spotbugs-in-build demo-pr-one-file service-bare service-pr-full service-pr-leaf-change \
           service-pr-core-change service-pr-runner-1 service-pr-runner-2 service-pr-leaf-runner-1 \
           service-pr-leaf-runner-2; do
    case $s in
      demo-pr|demo-pr-spotbugs-in-build|demo-pr-one-file) ref=demo-bare ;;
      service-pr-full) ref=service-bare ;;
      service-pr-leaf-change|service-pr-core-change) ref=service-pr-full ;;
      service-pr-runner-2) ref=service-pr-runner-1 ;;
      service-pr-leaf-runner-2) ref=service-pr-leaf-runner-1 ;;
      *) ref= ;;
    esac
    grep -q "^$s"$'\t' "$RESULTS" || continue
    wall=$(col "$s" 3); cpu=$(col "$s" 4); rss=$(col "$s" 5)
    vs=""
    if [ -n "$ref" ] && grep -q "^$ref"$'\t' "$RESULTS"; then vs=$(awk -v a="$wall" -v b="$(col "$ref" 3)" -v r="$ref" 'BEGIN {printf "%.2fx %s", a / b, r}'); fi
    printf '| %s | %.1f | %.1f | %d | %s |\n' "$s" "$wall" "$cpu" $((rss / 1024)) "$vs"
  done
  echo
  echo "Every run (subject, round, wall s, CPU s, peak RSS KB, exit code):"
  echo
  sed 's/^/    /' "$RESULTS"
} | tee "$WORK/results.md"
