// The build ran on Maven 3.8 and every gate of the PR pipeline ran in it, lifeos goals included.
def log = new File(basedir, 'build.log').text

assert log =~ /Apache Maven 3\.8\.\d+/ : 'not run by Maven 3.8 (see invoker.mavenExecutable)'
assert !log.contains('requires Maven version') : 'a plugin refused this Maven'
assert log.contains('BUILD SUCCESS')
assert log =~ /lifeos-maven-plugin:[^:]+:timings \(lifeos-timings\)/
assert log.contains('Build timings of ') : 'the timing report (a build-event listener) was not written'
assert log =~ /spotless-maven-plugin:[0-9.]+:check \(lifeos-lint\)/ : 'lint did not run' // 3.8 prints artifactIds
assert log =~ /Compiling \d+ source files? with javac \[forked/ : 'javac did not fork (Error Prone needs it)'
// check-migrations resolves H2 through Maven's resolver and applies V1 to it
assert log =~ /lifeos-maven-plugin:[^:]+:check-migrations \(lifeos-check-migrations\)/
assert log =~ /Checked 1 migrations? in src\/main\/resources\/db\/migration .*; applied 1 to H2/ : 'the migrations were not applied to H2'
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0') : 'unit tests did not run'
assert log =~ /Diff coverage .* covered \(100\.0%\), minimum 80\.0%/ : 'diff-coverage did not run'
assert log =~ /spotbugs-maven-plugin:[0-9.]+:verify \(lifeos-security\)/ : 'SpotBugs did not run'
assert log.contains('BugInstance size is 0')
assert new File(basedir, 'target/lifeos/timings/timings.json').isFile()
true
