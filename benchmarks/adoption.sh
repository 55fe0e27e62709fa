#!/usr/bin/env bash
# The adoption of docs/adopting-existing.md on the IT's Spring Boot service, measured: log lines and wall time of
# each build, before and after. Run the IT first (it leaves the service as a git repository):
#   ./mvnw -o verify -Dinvoker.test=boot-service-swaps-parent
#   bash benchmarks/adoption.sh [runs, default 1]
# Each build starts from a clean clone (no target/), offline, on the ITs' local repository and settings. Results: stdout and
# benchmarks/target/adoption.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
scenario=$root/target/it/boot-service-swaps-parent
[ -d "$scenario/.git" ] || { echo "Run the IT boot-service-swaps-parent first (see the head of $0)." >&2; exit 1; }
runs=${1:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p benchmarks/target
# the ITs' settings: your local repository (M2_REPO, default ~/.m2/repository) as a remote of target/it-repo
sed "s#@localRepositoryUrl@#file://${M2_REPO:-$HOME/.m2/repository}#" src/it/settings.xml >"$work/settings.xml"
out=benchmarks/target/adoption.md

# the commit of the adoption (parent swap + lifeos-baseline.json), and the service before it
adopted=$(git -C "$scenario" rev-parse adopt-lifeos)
before=$(git -C "$scenario" rev-parse "$adopted^")
step1=$(sed -n 's/^| 1 | `\(.*\)` |.*$/\1/p' docs/adopting-existing.md)

measure() { # label, commit, swap parent (yes/no), maven arguments...
  local label=$1 commit=$2 swap=$3
  shift 3
  for run in $(seq "$runs"); do
    rm -rf "$work/service"
    git clone -q "$scenario" "$work/service"
    git -C "$work/service" checkout -q "$commit"
    git -C "$work/service" update-ref refs/remotes/origin/main "$before"
    if [ "$swap" = yes ]; then (cd "$work/service" && bash -c "$step1"); fi
    local start end status=0
    start=$(date +%s.%N)
    (cd "$work/service" && MAVEN_OPTS='-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1' "$root/mvnw" -B -o \
      -s "$work/settings.xml" -Dmaven.repo.local="$root/target/it-repo" \
      -Dlifeos.image.base=scratch -Djib.disableUpdateChecks=true "$@") >"$work/build.log" 2>&1 || status=$?
    end=$(date +%s.%N)
    printf '| %s | `%s` | %s | %d | %.0f |\n' "$label" "$*" "$([ $status = 0 ] && echo pass || echo fail)" \
      "$(wc -l <"$work/build.log")" "$(echo "$end - $start" | bc)" | tee -a "$out"
  done
}

{
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start."
  echo
  echo '| build | command | result | log lines | wall time (s) |'
  echo '|---|---|---|---:|---:|'
} | tee "$out"
measure 'the service on spring-boot-starter-parent' "$before" no verify
measure 'step 3: parent swapped, today'"'"'s code' "$before" yes -Ppr verify
measure 'step 4: lifeos:baseline' "$before" yes lifeos:baseline
measure 'adopted: parent + baseline committed' "$adopted" no -Ppr verify
measure 'same, every diagnostic printed' "$adopted" no -Ppr verify -Dlifeos.verbose=true
