// The orders service adopts LifeOS by docs/adopting-existing.md (issue 16's acceptance): what each of its four
// builds did, read from build.log (one log, four invocations), the baseline, the reports and the image tar; then
// a pull request with a new bug, built as CI builds it.
import groovy.json.JsonSlurper
import java.util.zip.GZIPInputStream

def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 4 : "expected four builds in build.log, found ${runs.size()}"
def (run, before, recording, pr) = runs

// Step 2, spring-boot:run: the application started and no gate judged anything on the way, although the code
// has unformatted files and NullAway errors: it runs the application, it asks for no verdict.
assert run.contains('Started OrdersApplication') : 'spring-boot:run did not start the application'
assert run.contains('lifeos:check-workflows judges the repository, not the code: not run in a spring-boot:run build.')
assert run.contains('lifeos:check-migrations judges the repository, not the code: not run in a spring-boot:run build.')
assert run.contains('A spring-boot:run build runs the application, it asks for no verdict on the code: lint is not checked.')
assert run =~ /Typecheck \(main\): no errors; \d+ warnings \(NullAway 3, /
assert !run.contains('Workflows in .github/workflows')
assert !run.contains('Migrations in ') && !run.contains('applied to an empty')
assert !run.contains('format violations')

// Step 3, -Ppr verify on today's code: fails at its first gate, lint, naming the files.
assert before.contains('BUILD FAILURE')
assert before =~ /format violations:[\s\S]*\[ERROR\]\s+src\/main\/java\/com\/acme\/orders\/InvoiceExporter\.java/

// Step 4, lifeos:baseline: every gate's findings in one file (the migrations' count follows the danger rules).
assert recording =~ /Wrote lifeos-baseline\.json: 4 unformatted files, 3 compiler findings, 6 SpotBugs bugs, \d+ dangerous migrations?\./
assert recording.contains('Annotation processors run beside Error Prone: lombok-')
def baseline = new JsonSlurper().parse(new File(basedir, 'lifeos-baseline.json'))
assert baseline.formatting*.file == ['src/main/java/com/acme/orders/InvoiceExporter.java',
                                     'src/main/java/com/acme/orders/OrderReports.java',
                                     'src/main/java/com/acme/orders/PaymentSigner.java',
                                     'src/test/java/com/acme/orders/PaymentSignerTest.java']
assert baseline.compiler.every { it.check == 'NullAway' && it.file == 'src/main/java/com/acme/orders/CustomerDirectory.java' }
assert baseline.compiler*.count.sum() == 3
assert baseline.spotbugs*.type.toSet() == ['DM_DEFAULT_ENCODING', 'PATH_TRAVERSAL_IN', 'ENTITY_LEAK', 'EI_EXPOSE_REP2',
    'SQL_INJECTION_SPRING_JDBC', 'WEAK_MESSAGE_DIGEST_MD5'] as Set
assert baseline.migrations.find { it.migration == 'V3' }.rules.contains('drop-column')

// Then -Ppr verify -Dlifeos.it.skip=false passes on the unchanged code (no base ref: every file, bug and
// migration is looked at), with one summary line per compile.
assert pr.contains('Baseline lifeos-baseline.json accepts 4 unformatted files, 3 compiler findings, 6 SpotBugs bugs, ')
assert pr =~ /Typecheck \(main\): no errors; [^\n]*3 findings baselined \(NullAway 3\)\./
assert pr =~ /V3__drop_coupon_code\.sql:2:\d+ \[drop-column\] .*\(approved\)/
assert pr.contains('BugInstance size is 0')
assert !pr.contains('[NullAway]') && !pr.contains('[DefaultCharset]')

// Zero integration tests: Failsafe ran once, on target/classes, and passed.
assert pr.contains('BUILD SUCCESS')
assert !pr.contains('NoClassDefFoundError')
assert pr =~ /failsafe:[0-9.]+:integration-test \(default\)/
assert !(pr =~ /failsafe:[0-9.]+:integration-test \(lifeos/) : 'Failsafe ran twice'
assert pr.contains('No tests to run.') : 'Failsafe did not run'
// -parameters (Boot's parent): @PathVariable without a name binds in the tests;
// OrderServiceTest.runsInUtcAsTheBuildSays passes only with the service's own -Duser.timezone=UTC
assert pr.contains('Tests run: 8, Failures: 0, Errors: 0')
// build-info and repackage (Boot's plugin setup), resource filtering with @..@
assert new File(basedir, 'target/classes/META-INF/build-info.properties').isFile()
assert new File(basedir, 'target/classes/application.yml').text.contains('version: "1.4.0-SNAPSHOT"')
assert pr =~ /spring-boot:[0-9.]+:repackage/

// The service's own JaCoCo agent (its argLine keeps @{argLine}) wrote the data our gates read.
assert pr =~ /argLine set to -javaagent:\S+=destfile=\S+\/target\/jacoco\.exec/
assert new File(basedir, 'target/jacoco.exec').isFile()
assert pr.contains("The project's own JaCoCo agent is in argLine already") // so lifeos-parent's stayed out
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

// The adoption is committed and merged; a pull request (base ref origin/main, as GitHub sets it) adds a bug to a
// file that has baselined NullAway findings: the new one fails -Ppr verify, named once, file and line.
def repo = evaluate(new File(itSources, 'lib/scenario-repo.groovy')).newInstance(basedir)
repo.commitAll('Adopt LifeOS Build: lifeos-spring-boot-parent, lifeos-baseline.json')
repo.git 'update-ref', 'refs/remotes/origin/main', 'HEAD'
repo.git 'checkout', '-q', '-b', 'corporate-receipts'
def directory = new File(basedir, 'src/main/java/com/acme/orders/CustomerDirectory.java')
directory.text = directory.text.replace('  public String domainOf(String customer) {',
    '  public boolean isCorporate(String customer) {\n    return emails.get(customer).endsWith("@acme.com");\n  }\n\n' +
    '  public String domainOf(String customer) {')
def bug = evaluate(new File(itSources, 'lib/maven.groovy')).newInstance(basedir, localRepositoryPath)
    .run('build-new-bug.log', '-Ppr', 'verify', '-Dlifeos.baseRef=origin/main')
assert bug.exitCode != 0
assert bug.log.contains('Spotless checks the files changed since origin/main.')
assert bug.log.contains('1 new finding of checks the baseline holds (NullAway 1)')
def named = "src/main/java/com/acme/orders/CustomerDirectory.java:[21,32] error: [NullAway] dereferenced expression 'emails.get(customer)' is @Nullable"
assert bug.log.contains(named)
assert bug.log.count('CustomerDirectory.java:[21,32]') == 1 : 'the new bug is printed more than once'
true
