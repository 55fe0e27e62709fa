// docs/adopting.md followed on a new service: lifeos:init wrote the pipeline files, and the PR pipeline
// passed every gate, the generated workflows included.
def log = new File(basedir, 'build.log').text
def versions = evaluate(new File(itSources, 'lib/versions.groovy'))
def target = new File(basedir, 'target')

assert log.contains('Wrote 10 of 10 files.')
['.github/workflows/lifeos-pr.yml', '.github/workflows/lifeos-main.yml', '.github/workflows/lifeos-release.yml',
 '.github/workflows/lifeos-nightly.yml', '.env.ci', '.github/CODEOWNERS', '.mvn/jvm.config', '.mvn/extensions.xml',
 '.mvn/maven-build-cache-config.xml', 'docs/CI_CD_RUNBOOK.md'].each {
  assert new File(basedir, it).isFile() : "lifeos:init did not write ${it}"
}

assert log.contains('Workflows in .github/workflows: 4 workflows checked: no problems.')
assert log.contains("spotless:${versions.of('plugin.spotless')}:check (lifeos-lint)")
// .mvn/jvm.config, written by lifeos:init, lets Error Prone run in Maven's JVM: javac does not fork
assert log =~ /Compiling \d+ source files? with javac \[debug/
assert !(log =~ /with javac \[forked/)
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
assert log =~ /Diff coverage since the module's start .*: \d+ of \d+ changed code lines covered \(100\.0%\)/
assert log.contains('BugInstance size is 0')
assert log.contains('BUILD SUCCESS')
assert !log.contains('BUILD FAILURE')
assert new File(target, 'site/jacoco/jacoco.xml').text.contains('<class name="com/acme/ledger/core/Balance"')
def report = new groovy.json.JsonSlurper().parse(new File(target, 'lifeos/workflows/report.json'))
assert report.files == ['lifeos-main.yml', 'lifeos-nightly.yml', 'lifeos-pr.yml', 'lifeos-release.yml']
assert report.violations == []
true
