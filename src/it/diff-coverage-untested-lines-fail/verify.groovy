// The branch adds shout() (lines 9-12) with no test: diff coverage fails and names the lines no test runs.
def log = new File(basedir, 'build.log').text
def versions = evaluate(new File(itSources, 'lib/versions.groovy'))

assert log.contains("lifeos:${versions.lifeos}:diff-coverage (lifeos-diff-coverage)") : 'diff-coverage did not run'
assert log =~ /Diff coverage 0\.0% \(0 of 2 changed code lines since main \(fork point [0-9a-f]{7}\)\) is below the minimum of 80\.0%/
assert log.contains('  src/main/java/it/lifeos/Greeter.java: 10-11')
assert log.contains('-Dlifeos.coverage.diff.minimum')
assert !log.contains('Rule violated') : 'the total gate ran in pr'

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/diff-coverage.json'))
assert report.passed == false
assert report.changedLines == 2 && report.coveredLines == 0
assert report.files*.path == ['src/main/java/it/lifeos/Greeter.java']
assert report.files[0].uncovered == ['10-11']
assert new File(basedir, 'target/lifeos/diff-coverage.md').text.contains('| `src/main/java/it/lifeos/Greeter.java` | 2 | 0 | 10-11 |')

// lifeos.coverage.failOnViolation=false, the coverage gate's warn-only switch, reaches diff coverage: the same
// finding is a warning and the build passes (the goal alone, on the JaCoCo report the build above wrote).
def warnOnly = evaluate(new File(itSources, 'lib/maven.groovy')).newInstance(basedir, localRepositoryPath)
    .run('build-warn-only.log', '-Dlifeos.baseRef=main', '-Dlifeos.coverage.diff.skip=false',
        '-Dlifeos.coverage.failOnViolation=false', 'lifeos:diff-coverage')
assert warnOnly.exitCode == 0 : 'diff-coverage failed although lifeos.coverage.failOnViolation=false'
assert warnOnly.log.contains('[WARNING] Diff coverage 0.0% (0 of 2 changed code lines since main')
assert warnOnly.log.contains('[WARNING] lifeos.coverage.failOnViolation=false: diff coverage only warns.')
true
