// The push to main booted and pushed the ledger; then drill.sh deploys, smoke-tests, releases, fails, rolls back.
// Asserted from the registry's HTTP API, the smoke tests' JUnit XML, podman and the logs. The registry and every
// container are stopped on every path.
import java.util.concurrent.TimeUnit

def registries = evaluate(new File(itSources, 'lib/registry.groovy'))
def containers = evaluate(new File(itSources, 'lib/containers.groovy'))
def registry = registries.of(basedir)
def drillLog = new File(basedir, 'target/drill.log')
try {
  def versions = evaluate(new File(itSources, 'lib/versions.groovy'))
  def log = new File(basedir, 'build.log').text
  def sha1 = containers.run(basedir, ['git', 'rev-parse', 'HEAD']).trim()
  def image = "127.0.0.1:${registry.port}/acme/ledger"
  assert log.contains("Image ${image}:${sha1.take(7)}, also tagged main (BRANCH refs/heads/main, from git).")
  assert log.contains("Container smoke test passed: 2 checks against ${image}:${sha1.take(7)}.")
  def booted = log.indexOf("lifeos:${versions.lifeos}:container-smoke (lifeos-container-smoke)")
  assert booted >= 0 && booted < log.indexOf("jib:${versions.of('plugin.jib')}:build (lifeos-image-push)") : 'the image boots before it is pushed'

  // The drill, with the Maven of this build, its settings and its repository
  def settings = new File(basedir, 'target/drill-settings.xml')
  def outerRepository = System.getProperty('maven.repo.local') ?: "${System.getProperty('user.home')}/.m2/repository"
  settings.text = new File(itSources, 'settings.xml').text.replace('@localRepositoryUrl@', new File(outerRepository).toURI().toString())
  def drill = new ProcessBuilder('bash', 'drill.sh').directory(basedir).redirectErrorStream(true).redirectOutput(drillLog)
  drill.environment().keySet().removeIf { it.startsWith('GITHUB_') || it.startsWith('DATABASE_') || it == 'TARGET_URL' }
  drill.environment().putAll([
      MVN: "${System.getProperty('maven.home')}/bin/mvn -s ${settings} -Dmaven.repo.local=${localRepositoryPath} -Djib.disableUpdateChecks=true",
      MAVEN_OPTS: '-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1',
      REGISTRY: "127.0.0.1:${registry.port}",
      BASE: "127.0.0.1:${registry.port}/lifeos/jre:17"].collectEntries { name, value -> [name, value.toString()] })
  def process = drill.start()
  if (!process.waitFor(15, TimeUnit.MINUTES)) {
    process.destroyForcibly()
    assert false : "drill.sh did not end within 15 minutes: ${drillLog.text}"
  }
  assert process.exitValue() == 0 : "drill.sh failed: ${drillLog.text}"
  def sha2 = containers.run(basedir, ['git', 'rev-parse', 'HEAD']).trim()

  // The registry holds both pushes with the spec's tags, each tag naming one image
  assert registry.get('/v2/acme/ledger/tags/list').tags.sort() == ([sha1.take(7), 'main', '1.1.0', sha2.take(7), 'latest'] as List).sort()
  def manifest = { tag -> registry.get("/v2/acme/ledger/manifests/${tag}", 'application/vnd.docker.distribution.manifest.v2+json').config.digest }
  assert manifest('main') == manifest(sha1.take(7))
  assert manifest('latest') == manifest('1.1.0') && manifest('1.1.0') == manifest(sha2.take(7))
  assert manifest('1.1.0') != manifest('main')

  // The boot gate also takes a registry reference: it pulled main's image and passed
  def pulled = new File(basedir, 'target/drill/0-pulled.log').text
  assert pulled.contains("Pulled ${image}:${sha1.take(7)} in ")
  assert pulled.contains("Container smoke test passed: 2 checks against ${image}:${sha1.take(7)}.")
  assert new File(basedir, 'target/drill/0-pulled/container-smoke/TEST-lifeos-container-smoke.xml').isFile()

  def release = new File(basedir, 'target/drill/release.log').text
  assert release.contains("Image ${image}:1.1.0, also tagged ${sha2.take(7)}, latest (RELEASE refs/tags/v1.1.0, from git).")
  assert release.contains("Container smoke test passed: 2 checks against ${image}:1.1.0.") : 'the boot gate cannot see production'

  // Each smoke test: main's image UP, the release DOWN (failing case), main's image UP again after the rollback
  def junit = { step -> new groovy.xml.XmlSlurper().parse(new File(basedir, "target/drill/${step}/smoke/TEST-lifeos-smoke.xml")) }
  [junit('1-main'), junit('3-rollback')].each { report ->
    assert report.@failures == '0'
    assert report.testcase.find { it.@name == 'GET /health' }.'system-out'.text().contains('HTTP 200 {"status":"UP"}')
  }
  def failed = junit('2-release')
  assert failed.@failures == '1'
  assert failed.testcase.find { it.@name == 'GET /health' }.failure.@message.text() =~ /not healthy after 5 attempts .*HTTP 503 \{"status":"DOWN"\}/
  assert new File(basedir, 'target/drill/2-release.log').text.contains('Roll back the deployment')
  def drillText = drillLog.text
  assert drillText.contains("release ${image}:1.1.0 failed its smoke test: rolling back to ${image}:${sha1.take(7)}")
  def ports = (drillText =~ /deployed \S+ on (http:\/\/127\.0\.0\.1:\d+)/).collect { it[1] }
  assert ports.size() == 3 && ports.unique().size() == 1 : "every deploy on one URL: ${ports}"

  // The rollback left main's image running (drill.sh recorded it before it removed the container at its end)
  assert new File(basedir, 'target/drill/running.txt').text.trim() == "${image}:${sha1.take(7)} running"
} finally {
  registries.stop(basedir)
}
def config = new File(basedir, 'registry/config.yml').absolutePath
assert !ProcessHandle.allProcesses().anyMatch { it.info().commandLine().orElse('').contains(config) } : 'the registry is stopped'
assert containers.run(basedir, ['podman', 'ps', '-a', '--filter', 'name=ledger-production', '--format', '{{.Names}}']).trim().isEmpty()
assert containers.leftovers(basedir).isEmpty()
true
