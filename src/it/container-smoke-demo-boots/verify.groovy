// The demo booted: health UP, ping and its API answered in the container; the image is one a service can run.
import groovy.json.JsonSlurper

def containers = evaluate(new File(itSources, 'lib/containers.groovy'))
def log = new File(basedir, 'build.log').text
def image = 'ghcr.io/lifeos/demo-service:d3e0a9c'
assert log.contains("Loaded ${image} from ${new File(basedir, 'target/jib-image.tar')} in ")
assert log =~ /Container lifeos-smoke-[0-9a-f]{12} serves port 8080 on http:\/\/127\.0\.0\.1:\d+/
assert log.contains('GET /health: healthy after')
assert log.contains('(HTTP 200 {"status":"UP"})')
assert log.contains('GET /api/v1/ping: passed (HTTP 200 {"pong":true})')
assert log.contains('GET /api/v1/categorize?description=Coffee%20shop: passed (HTTP 200 {"category":')
assert log.contains("Container smoke test passed: 3 checks against ${image}.")
assert !log.contains(':build (lifeos-image-push)') : 'verify pushes nothing'

def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/lifeos/container-smoke/TEST-lifeos-container-smoke.xml'))
assert junit.@tests == '3' && junit.@failures == '0'
assert new File(basedir, 'target/lifeos/container-smoke/summary.md').text.startsWith('### Container smoke test passed: http://127.0.0.1:')

// The image's own configuration, read from the tar: what makes it right for a service
def tar = new File(basedir, 'target/jib-image.tar').absolutePath
def entries = ['manifest.json', 'config.json'].collectEntries { name ->
  [(name): new JsonSlurper().parseText(containers.run(basedir, ['tar', '-xOf', tar, name]))]
}
def config = entries['config.json'].config
assert config.User == '65532'
assert config.ExposedPorts.keySet() == ['8080/tcp'] as Set
assert config.Entrypoint.take(3) == ['java', '-XX:MaxRAMPercentage=75', '-XX:+ExitOnOutOfMemoryError']
assert config.Entrypoint.last() == 'dev.lifeos.demo.DemoApplication'
assert config.Env.any { it.startsWith('JAVA_HOME=/usr/lib/jvm/java-17-openjdk') } : 'the JRE base, not scratch'
assert config.Labels['org.opencontainers.image.revision'] == 'd3e0a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a3'
assert config.Labels['org.opencontainers.image.title'] == 'demo-service'
assert entries['manifest.json'][0].RepoTags == ["${image}", 'ghcr.io/lifeos/demo-service:main']
assert containers.leftovers(basedir).isEmpty()
true
