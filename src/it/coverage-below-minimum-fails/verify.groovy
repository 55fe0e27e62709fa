// Line coverage under lifeos.coverage.minimum (0.80) fails the coverage gate with the measured ratio.
def log = new File(basedir, 'build.log').text

assert log.contains('jacoco-maven-plugin:0.8.15:check (lifeos-coverage-check)') : 'the coverage gate is not what failed'
assert log =~ /Rule violated for bundle coverage-below-minimum-fails: lines covered ratio is 0\.\d+, but expected minimum is 0\.80/
assert new File(basedir, 'target/site/jacoco/jacoco.xml').text.contains('it/lifeos/Untested')
true
