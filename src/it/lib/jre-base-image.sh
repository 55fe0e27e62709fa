#!/usr/bin/env bash
# A real JRE base image built offline from Debian's packages, once per machine: the image that the container
# ITs (and .ci/run's demo build) put services on instead of eclipse-temurin, which needs Docker Hub.
#
#   bash src/it/lib/jre-base-image.sh        prints the path of the image tar (docker-archive), building it
#                                            first when it is not cached yet (mmdebstrap: about a minute)
#
# The tar is cached in ${LIFEOS_CACHE:-~/.cache/lifeos}/jre-base/ (one per Java release): Jib takes it as
# tar://<path>; podman has it as localhost/lifeos-jre:<release> (`podman load -i <path>` elsewhere). Needs
# mmdebstrap and podman (apt-get install mmdebstrap podman uidmap slirp4netns fuse-overlayfs runc); exits 3,
# saying why on stderr, where either is missing or the build fails. Builds at once wait for one another (flock).
set -euo pipefail

release="${LIFEOS_JRE_RELEASE:-17}"
suite="${LIFEOS_JRE_SUITE:-bookworm}"
cache="${LIFEOS_CACHE:-${HOME}/.cache/lifeos}/jre-base"
image_tar="$cache/jre-${release}.tar"

if [ -s "$image_tar" ]; then
  echo "$image_tar"
  exit 0
fi
for tool in mmdebstrap podman flock; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "jre-base-image: no $tool on PATH (apt-get install mmdebstrap podman uidmap slirp4netns fuse-overlayfs runc)" >&2
    exit 3
  fi
done

mkdir -p "$cache"
exec 9>"$cache/.lock"
flock -w 900 9 || { echo "jre-base-image: another build of $image_tar holds $cache/.lock" >&2; exit 3; }
if [ -s "$image_tar" ]; then # built by the build we waited for
  echo "$image_tar"
  exit 0
fi

work="$(mktemp -d "$cache/build.XXXXXX")"
name="localhost/lifeos-jre:${release}"
trap 'rm -rf "$work"' EXIT

java_home="/usr/lib/jvm/java-${release}-openjdk-amd64"
# Keep man pages: excluding /usr/share/man breaks update-alternatives in the JRE's postinst.
if ! timeout 900 mmdebstrap --quiet --variant=essential \
    --include="openjdk-${release}-jre-headless,ca-certificates" \
    --dpkgopt='path-exclude=/usr/share/doc/*' \
    "$suite" "$work/rootfs.tar" >"$work/mmdebstrap.log" 2>&1; then
  echo "jre-base-image: mmdebstrap failed; its log:" >&2
  tail -n 30 "$work/mmdebstrap.log" >&2
  exit 3
fi
if ! { timeout 300 podman import --quiet \
         --change "ENV JAVA_HOME=${java_home}" \
         --change "ENV PATH=${java_home}/bin:/usr/local/bin:/usr/bin:/bin" \
         "$work/rootfs.tar" "$name" >/dev/null &&
       timeout 300 podman save --quiet --format docker-archive -o "$work/image.tar" "$name"; } 2>"$work/podman.log"; then
  echo "jre-base-image: podman could not import or save the root file system:" >&2
  cat "$work/podman.log" >&2
  exit 3
fi
mv "$work/image.tar" "$image_tar"
echo "$image_tar"
