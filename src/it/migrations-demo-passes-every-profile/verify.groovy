// The demo service's migrations pass check-migrations in pr, main, release and nightly, each on a real PostgreSQL
// started from Maven Central's binaries: a PostgreSQL project applies to PostgreSQL by default.
def log = new File(basedir, 'build.log').text
def builds = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert builds.size() == 4
builds.each { assert it =~ /Checked 3 migrations in src\/main\/resources\/db\/migration \(dialect postgresql\); applied 3 to embedded PostgreSQL \(jdbc:postgresql:\/\/localhost:\d+\/postgres/ }
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/report.json'))
assert report.apply.database.startsWith('embedded PostgreSQL')
assert report.apply.applied == 3
