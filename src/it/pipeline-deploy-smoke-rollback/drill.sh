#!/usr/bin/env bash
# The deploy-and-rollback drill of docs/runbook.md on the ledger of this scenario, after `-Pmain deploy` pushed
# main's image: boot it from the registry (lifeos:container-smoke), deploy it as "production" under podman,
# smoke-test it, release 1.1.0 (-Prelease deploy: boot gate, push), deploy it, watch its smoke test fail, roll
# back to main's image on the same port, smoke-test again.
#   MVN       the Maven command (default ./mvnw)
#   REGISTRY  the registry main's image was pushed to (127.0.0.1:<port>); BASE the JRE base image in it
# Logs and reports go to target/drill/. Whatever happens, the container is removed when the script ends.
set -euo pipefail
read -r -a mvn <<<"${MVN:-./mvnw}"
flags=(-B -Dlifeos.image.base="$BASE" -Dlifeos.image.registry="$REGISTRY"
       -Dlifeos.lint.skip=true -Dlifeos.audit.skip=true -Dlifeos.security.skip=true -Dlifeos.typecheck.skip=true)
out=target/drill
name="ledger-production-$$"
port=""
mkdir -p "$out"
trap 'podman rm -f "$name" >/dev/null 2>&1 || true' EXIT
printf 'LEDGER_ENV=production\nRATES_URL=http://127.0.0.1:9\n' >"$out/production.env"

pushed() { # the primary image reference of the last build: image-tags' report
  sed -n 's/^  "image" : "\(.*\)",$/\1/p' target/lifeos/image/tags.json
}
deploy() { # image: replace the running container, on the same loopback port
  podman rm -f "$name" >/dev/null 2>&1 || true
  podman pull -q --tls-verify=false "$1" >/dev/null
  podman run -d --name "$name" --env-file "$out/production.env" -p "127.0.0.1:${port}:8080" "$1" >/dev/null
  port="$(podman port "$name" 8080/tcp | sed -n 's/^127\.0\.0\.1:\([0-9]*\)$/\1/p' | head -n 1)"
  echo "deployed $1 on http://127.0.0.1:$port"
}
smoke() { # step: lifeos:smoketest against the deployed service, reports in target/drill/<step>/
  "${mvn[@]}" -B lifeos:smoketest -Dlifeos.smoke.url="http://127.0.0.1:$port" -Dlifeos.smoke.attempts=5 \
    -Dlifeos.smoke.interval=1s -Dlifeos.reportDirectory="$PWD/$out/$1" >"$out/$1.log" 2>&1
}

previous="$(pushed)"
# the boot gate on what the registry holds, as a deploy job can run it before it deploys (lifeos:container-smoke
# pulls a registry reference; in the build it booted the tar)
"${mvn[@]}" -B lifeos:container-smoke -Dlifeos.containerSmoke.image="$previous" \
  -Dlifeos.reportDirectory="$PWD/$out/0-pulled" >"$out/0-pulled.log" 2>&1 \
  || { echo "main's image from the registry failed the boot gate: $out/0-pulled.log"; exit 1; }
deploy "$previous"
smoke 1-main || { echo "main's image failed its smoke test: see $out/1-main.log"; exit 1; }

cp release/Ledger.java src/main/java/it/lifeos/Ledger.java
cp release/CHANGELOG.md CHANGELOG.md
sed -i 's|<version>1.1.0-SNAPSHOT</version>|<version>1.1.0</version>|' pom.xml
git -c user.name=it -c user.email=it@example.com commit -q -am "Release 1.1.0: rates from the rates service"
git tag v1.1.0
git checkout -q v1.1.0
# the release refuses SNAPSHOTs (lifeos-deps-release); here LifeOS itself is the one under test, a snapshot
"${mvn[@]}" -Prelease deploy "${flags[@]}" '-Dlifeos.deps.release.excludes=dev.lifeos:*' >"$out/release.log" 2>&1 || { echo "release build failed: $out/release.log"; exit 1; }
release="$(pushed)"
deploy "$release"
if smoke 2-release; then
  echo "release $release passed its smoke test: nothing to roll back"
  exit 1
fi
echo "release $release failed its smoke test: rolling back to $previous"

deploy "$previous"
smoke 3-rollback || { echo "the rollback did not restore a healthy service: $out/3-rollback.log"; exit 1; }
podman inspect --format '{{.ImageName}} {{.State.Status}}' "$name" >"$out/running.txt"
echo "rolled back: $(cat "$out/running.txt")"
