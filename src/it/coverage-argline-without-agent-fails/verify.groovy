// The dropped JaCoCo agent is named, with the POM and the one-line fix: a warning where no test runs, a
// failure before the tests where they would run without coverage.
def runs = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 2 : "expected two builds in build.log, found ${runs.size()}"
def (validate, pr) = runs
def finding = 'pom.xml sets maven-surefire-plugin\'s <argLine> to "-Duser.timezone=UTC -Xmx512m" without @{argLine}, ' +
    'so the test JVMs get no JaCoCo agent and the coverage gates measure nothing. ' +
    'Write <argLine>@{argLine} -Duser.timezone=UTC -Xmx512m</argLine>.'

assert validate.contains('BUILD SUCCESS')
assert validate.readLines().findAll { it.contains('without @{argLine}') } == ['[WARNING] ' + finding]

assert pr.contains('BUILD FAILURE')
def failure = pr.readLines().findAll { it.contains('without @{argLine}') }
assert failure.size() == 1 && failure[0].startsWith('[ERROR] Failed to execute goal') && failure[0].contains(finding) : failure
assert !pr.contains('Tests run:') : 'the tests ran without coverage before the finding stopped the build'
true
