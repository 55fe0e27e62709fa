// A clean project passes every PR gate, and each gate really ran and left its report.
def log = new File(basedir, 'build.log').text
def versions = evaluate(new File(itSources, 'lib/versions.groovy'))
def target = new File(basedir, 'target')

assert log.contains("spotless:${versions.of('plugin.spotless')}:check (lifeos-lint)") : 'lint did not run'
assert log =~ /Compiling \d+ source files? with javac \[forked/ : 'javac did not fork (Error Prone needs it)'
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0') : 'unit tests did not run'
assert log.contains("Diff coverage since the module's start (no base ref: every code line counts): 2 of 2 changed code lines covered (100.0%), minimum 80.0%.") : 'the coverage gate of pr (changed lines) did not run'
assert log.contains("spotbugs:${versions.of('plugin.spotbugs')}:verify (lifeos-security)") : 'SpotBugs did not run'
assert log.contains('SpotBugs analysed beside the build in ') : 'SpotBugs did not analyse'
assert log.contains('BugInstance size is 0') : 'a clean project should have no SpotBugs findings'

assert new File(target, 'surefire-reports/TEST-it.lifeos.GreeterTest.xml').isFile()
def jacoco = new File(target, 'site/jacoco/jacoco.xml')
assert jacoco.isFile() : 'no merged JaCoCo XML report'
assert jacoco.text.contains('<class name="it/lifeos/Greeter"')
assert new File(target, 'spotbugsXml.xml').isFile()
assert new File(target, 'spotbugsSarif.json').isFile()
true
