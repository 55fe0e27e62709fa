// The demo service's migrations pass check-migrations in pr, main and release (H2) and in nightly on a real
// PostgreSQL started from Maven Central's binaries (the last build's log is the one left).
def log = new File(basedir, 'build.log').text
assert log =~ /Checked 3 migrations in src\/main\/resources\/db\/migration \(dialect postgresql\); applied 3 to embedded PostgreSQL \(jdbc:postgresql:\/\/localhost:\d+\/postgres/
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/report.json'))
assert report.apply.database.startsWith('embedded PostgreSQL')
assert report.apply.applied == 3
