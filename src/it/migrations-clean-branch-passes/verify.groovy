// A branch that only adds V4 above origin/main's V3 passes; only V4 is scanned.
def log = new File(basedir, 'build.log').text
// a PostgreSQL project (dialect postgresql): applied to an embedded PostgreSQL by default
assert log =~ /Checked 4 migrations in src\/main\/resources\/db\/migration \(dialect postgresql, against origin\/main\); applied 4 to embedded PostgreSQL/
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/report.json'))
assert report.result == 'passed'
assert report.base.ref == 'origin/main'
assert report.migrations.findAll { it.scanned }*.key == ['V4']
assert report.problems.isEmpty()
