// The same migration, approved by the DB team with its checksum, passes; the finding is kept as approved.
def log = new File(basedir, 'build.log').text
assert log.contains('[drop-column] ALTER TABLE accounts DROP COLUMN legacy_code deletes the column and its data.')
assert log.contains('(approved)')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/report.json'))
assert report.result == 'passed'
assert report.findings*.approval == ['approved']
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/findings.sarif'))
assert sarif.runs[0].results[0].suppressions[0].status == 'accepted'
