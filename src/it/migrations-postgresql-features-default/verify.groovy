// Applied to PostgreSQL by default: detected from the resolved dependencies, nothing configured.
def log = new File(basedir, 'build.log').text
assert log =~ /Checked 3 migrations in src\/main\/resources\/db\/migration \(dialect postgresql\); applied 3 to embedded PostgreSQL/
assert !log.contains('H2 in memory')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'ledger-app/target/lifeos/migrations/report.json'))
assert report.result == 'passed'
assert report.dialect == 'postgresql'
assert report.apply.database.startsWith('embedded PostgreSQL')
