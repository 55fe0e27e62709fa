// Needs podman and the JRE base image (setup-container-base); skipped with this line where they are missing.
def why = evaluate(new File(itSources, 'lib/containers.groovy')).whyNot()
if (why) {
  println "SKIPPED container-smoke-crash-and-unhealthy-fail: ${why}"
}
return why == null
