// The same migration, approved by the DB team with its checksum, passes; the finding is kept as approved.
def log = new File(basedir, 'build.log').text
assert log.contains('[drop-column] ALTER TABLE accounts DROP COLUMN legacy_code deletes the column and its data.')
assert log.contains('(approved)')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/report.json'))
assert report.result == 'passed'
assert report.findings.findAll { it.severity == 'danger' }*.approval == ['approved']
// the ALTER TABLE also lacks a lock_timeout: a notice, which needs no approval
assert report.findings.find { it.rule == 'missing-lock-timeout' }.approval == 'not-needed'
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/findings.sarif'))
assert sarif.runs[0].results.find { it.ruleId == 'drop-column' }.suppressions[0].status == 'accepted'
