// Needs podman, docker-registry and the JRE base image (setup-container-base); skipped with this line without them.
def why = evaluate(new File(itSources, 'lib/containers.groovy')).whyNot('docker-registry')
if (why) {
  println "SKIPPED pipeline-deploy-smoke-rollback: ${why}"
}
return why == null
