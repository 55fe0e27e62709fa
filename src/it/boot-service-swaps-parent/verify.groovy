// The orders service on lifeos-spring-boot-parent: what each of its two builds did, read from build.log
// (one log, two invocations), the reports and the image tar.
import groovy.json.JsonSlurper
import java.util.zip.GZIPInputStream

def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 2 : "expected two builds in build.log, found ${runs.size()}"
def (run, pr) = runs

// 1. spring-boot:run: the application started; no gate judged the repository on the way.
assert run.contains('Started OrdersApplication') : 'spring-boot:run did not start the application'
assert run.contains('lifeos:check-workflows judges the repository, not the code: not run in a spring-boot:run build.')
assert run.contains('lifeos:check-migrations judges the repository, not the code: not run in a spring-boot:run build.')
assert !run.contains('Workflows in .github/workflows')
assert !run.contains('Migrations in ') && !run.contains('applied to an empty')

// 2. -Ppr verify -Dlifeos.it.skip=false, zero integration tests: Failsafe ran once, on target/classes, and passed.
assert pr.contains('BUILD SUCCESS')
assert !pr.contains('NoClassDefFoundError')
assert pr =~ /failsafe:[0-9.]+:integration-test \(default\)/
assert !(pr =~ /failsafe:[0-9.]+:integration-test \(lifeos/) : 'Failsafe ran twice'
assert pr.contains('No tests to run.') : 'Failsafe did not run'
// -parameters (Boot's parent): @PathVariable without a name binds in the tests;
// OrderServiceTest.runsInUtcAsTheBuildSays passes only with the service's own -Duser.timezone=UTC
assert pr.contains('Tests run: 5, Failures: 0, Errors: 0')
// build-info and repackage (Boot's plugin setup), resource filtering with @..@
assert new File(basedir, 'target/classes/META-INF/build-info.properties').isFile()
assert new File(basedir, 'target/classes/application.yml').text.contains('version: "1.4.0-SNAPSHOT"')
assert pr =~ /spring-boot:[0-9.]+:repackage/

// The service's own JaCoCo agent (its argLine keeps @{argLine}) wrote the data our gates read.
assert pr =~ /argLine set to -javaagent:\S+=destfile=\S+\/target\/jacoco\.exec/
assert new File(basedir, 'target/jacoco.exec').isFile()
assert !pr.contains('No JaCoCo report')
assert pr =~ /Diff coverage .* covered \(\d+\.\d%\), minimum 80\.0%/
assert !pr.contains('without @{argLine}') && !pr.contains('Competing formatter')

// The team's two workflows: one warning line, no failure.
def workflowLines = pr.readLines().findAll { it.contains('Workflows in .github/workflows') }
assert workflowLines == ['[WARNING] Workflows in .github/workflows: 2 workflows do not call a LifeOS pipeline and were not checked: build.yml, codeql.yml (hold them to the rules with -Dlifeos.workflows.include=build.yml,codeql.yml).']

// The image: port 8090 from application.yml, Boot's main class, no devtools or Lombok in any layer.
assert pr.contains('Image exposes port 8090 (server.port), runs com.acme.orders.OrdersApplication.')
def tar = new File(basedir, 'target/jib-image.tar')
def entries = [:]
tar.withInputStream { input ->
  def header = new byte[512]
  while (input.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
    def name = new String(header, 0, 100, 'US-ASCII').replaceAll('\u0000.*', '')
    def size = Long.parseLong(new String(header, 124, 12, 'US-ASCII').replaceAll('[^0-7]', '') ?: '0', 8)
    entries[name] = input.readNBytes((int) size)
    input.skipNBytes((512 - size % 512) % 512)
  }
}
def manifest = new JsonSlurper().parse(entries['manifest.json'])
def config = new JsonSlurper().parse(entries[manifest[0].Config])
assert config.config.ExposedPorts.keySet() == ['8090/tcp'] as Set
assert config.config.Entrypoint.last() == 'com.acme.orders.OrdersApplication'
def files = manifest[0].Layers.collect { name ->
  def names = []
  new GZIPInputStream(new ByteArrayInputStream(entries[name])).withStream { layer ->
    def header = new byte[512]
    while (layer.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
      names << new String(header, 0, 100, 'US-ASCII').replaceAll('\u0000.*', '')
      def size = Long.parseLong(new String(header, 124, 12, 'US-ASCII').replaceAll('[^0-7]', '') ?: '0', 8)
      layer.skipNBytes(size + (512 - size % 512) % 512)
    }
  }
  names
}.flatten()
assert files.any { it.contains('spring-webmvc-') } : "no dependency layer: $files"
assert !files.any { it.contains('lombok') } : 'Lombok is in the image'
assert !files.any { it.contains('spring-boot-devtools') } : 'devtools is in the image'
true
