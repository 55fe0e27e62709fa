// Both coverage gates fail an under-tested project with the measured ratio and the uncovered lines:
// 1. -Ppr: diff coverage; without a base ref every code line of the module counts (laptop = PR gate);
// 2. no profile: JaCoCo's total line gate (lifeos.coverage.minimum).
def log = new File(basedir, 'build.log').text
def versions = evaluate(new File(itSources, 'lib/versions.groovy'))

assert log.contains("Diff coverage 18.2% (2 of 11 changed code lines since the module's start (no base ref: every code line counts)) is below the minimum of 80.0%.")
assert log =~ /src\/main\/java\/it\/lifeos\/Untested\.java: 4-18/ : "the uncovered lines are not named"
assert !(log =~ /(?m)^\s+at (dev\.lifeos|org\.apache\.maven)\./) && !log.contains("Caused by:") : "a user error must not print a stack trace"
assert log.contains('diff-coverage (lifeos-diff-coverage) on project coverage-below-minimum-fails')

assert log.contains("jacoco-maven-plugin:${versions.of('plugin.jacoco')}:check (lifeos-coverage-check)") : 'the total gate is not what failed'
assert log =~ /Rule violated for bundle coverage-below-minimum-fails: lines covered ratio is 0\.18, but expected minimum is 0\.80/
assert new File(basedir, 'target/site/jacoco/jacoco.xml').text.contains('it/lifeos/Untested')
true
