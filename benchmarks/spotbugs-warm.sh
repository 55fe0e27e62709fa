#!/usr/bin/env bash
# What SpotBugs costs per module when its JVM stays up, against a fresh JVM per module (what lifeos:security-analyze
# and spotbugs-maven-plugin fork today):
#   bash benchmarks/spotbugs-warm.sh [runs in one JVM, default 5]
# Analyses the demo service's classes as lifeos-parent configures SpotBugs (FindSecBugs, effort Max, threshold
# medium, lifeos.security.jvmArgs) several times in one JVM (benchmarks/spotbugs-repeat/SpotBugsRepeat.java) and
# prints each run's time: run 1 is a fresh JVM's cost, the later ones a warm one's. Results: stdout and
# benchmarks/target/spotbugs-warm.md. Builds offline from ~/.m2 (a build of this repository fills it); the class paths
# come from maven-dependency-plugin, online (Maven Central) the first time.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
out=benchmarks/target/spotbugs-warm
mkdir -p "$out"
mvn_q=(./mvnw -q -B -ntp -Dmaven.build.cache.enabled=false)
dependency=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

# the demo's classes and their class path
"${mvn_q[@]}" -o package -pl examples/demo-service -am -DskipTests -Dinvoker.skip=true -Dlifeos.skip=true \
  -Dlifeos.typecheck.skip=true -Dspotless.check.skip=true -Djib.skip=true >"$out/compile.log"
"${mvn_q[@]}" -pl examples/demo-service "$dependency:build-classpath" -Dmdep.outputFile="$PWD/$out/aux.txt" \
  -Dmdep.includeScope=compile >>"$out/compile.log"
tr ':' '\n' <"$out/aux.txt" >"$out/aux-lines.txt"

# SpotBugs as spotbugs-maven-plugin depends on it, and FindSecBugs, as lifeos-parent pins them
plugin_version=$(sed -n 's#.*<dep.plugin.spotbugs.version>\(.*\)</dep.plugin.spotbugs.version>.*#\1#p' lifeos-parent/pom.xml)
findsecbugs_version=$(sed -n 's#.*<dep.findsecbugs.version>\(.*\)</dep.findsecbugs.version>.*#\1#p' lifeos-parent/pom.xml)
plugin_pom=$HOME/.m2/repository/com/github/spotbugs/spotbugs-maven-plugin/$plugin_version/spotbugs-maven-plugin-$plugin_version.pom
spotbugs_version=$(sed -n 's#.*<spotbugs.version>\(.*\)</spotbugs.version>.*#\1#p' "$plugin_pom" | head -1)
cat >"$out/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>benchmark</groupId><artifactId>spotbugs-warm</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>com.github.spotbugs</groupId><artifactId>spotbugs</artifactId><version>$spotbugs_version</version></dependency>
  </dependencies>
</project>
POM
"${mvn_q[@]}" -f "$out/pom.xml" "$dependency:build-classpath" -Dmdep.outputFile="$PWD/$out/spotbugs-cp.txt" >>"$out/compile.log"
findsecbugs=$HOME/.m2/repository/com/h3xstream/findsecbugs/findsecbugs-plugin/$findsecbugs_version/findsecbugs-plugin-$findsecbugs_version.jar

jvm_args=$(sed -n 's#.*<lifeos.security.jvmArgs>\(.*\)</lifeos.security.jvmArgs>.*#\1#p' lifeos-parent/pom.xml)
# shellcheck disable=SC2086 # the JVM options are words
java $jvm_args -Xmx512m -cp "$(cat "$out/spotbugs-cp.txt")" benchmarks/spotbugs-repeat/SpotBugsRepeat.java "$runs" \
  "-xml:withMessages=$PWD/$out/spotbugsXml.xml" -auxclasspathFromFile "$PWD/$out/aux-lines.txt" -effort:max -medium \
  -pluginList "$findsecbugs" -nested:false "$PWD/examples/demo-service/target/classes" 2>"$out/spotbugs.log" \
  | tee "$out/runs.txt"
{
  echo "SpotBugs $spotbugs_version + FindSecBugs $findsecbugs_version on examples/demo-service/target/classes, one JVM ($jvm_args):"
  echo
  sed 's/^/    /' "$out/runs.txt"
} >"$out/results.md"
