// A copied PR pipeline with a pytest step, an undefined profile, a job without timeout and a shallow
// checkout fails the build; the message names each file:line and the fix, the JSON report lists them.
def log = new File(basedir, 'build.log').text

assert log.contains('[ERROR] Failed to execute goal dev.lifeos:lifeos-maven-plugin')
assert log.contains('Workflows in .github/workflows: 1 workflow checked: 5 problems.')
assert log.contains(".github/workflows/lifeos-pr.yml:21: job 'typecheck' runs Maven with profile 'strict', which no POM of the project defines (defined: ")
assert log.contains(".github/workflows/lifeos-pr.yml:38: job 'unit-tests' step 2 ('Unit tests') runs 'pytest -m unit', which is not a Maven call.")
assert log.contains(".github/workflows/lifeos-pr.yml:39: job 'migration-check' has no timeout-minutes: a hung job would hold a runner for 6 hours. Set the spec's timeout for its stage. [job-timeout]")
assert log.contains(".github/workflows/lifeos-pr.yml:39: job 'migration-check' runs the spec's stage migration_check: set timeout-minutes: 1 (a number, as the spec gives it). [spec-stages]")
assert log.contains(".github/workflows/lifeos-pr.yml:50: job 'integration-tests' runs the pr pipeline's verify (diff coverage, ml tests by path), which compares with the base branch, but checks out one commit")
assert log.contains('The rules and how to allow more: docs/goals/check-workflows.md')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/workflows/report.json'))
assert report.files == ['lifeos-pr.yml']
assert report.violations*.rule == ['defined-profiles', 'maven-only', 'job-timeout', 'spec-stages', 'full-history']
assert report.violations*.line == [21, 38, 39, 39, 50]
true
