// spring.flyway.* from application.yml (default profile only) decides where the migrations are and which schema
// they go to; the PostgreSQL driver makes PostgreSQL the database they are applied to.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Flyway settings: locations=classpath:db/changes (src/main/resources/application.yml), schemas=ledger (src/main/resources/application.yml), defaultSchema=ledger (src/main/resources/application.yml), baselineVersion=0 (src/main/resources/application.yml)')
assert log =~ /Checked 2 migrations in src\/main\/resources\/db\/changes \(dialect postgresql\); applied 2 to embedded PostgreSQL/
assert !log.contains('prod-only')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/report.json'))
assert report.result == 'passed'
assert report.locations == ['src/main/resources/db/changes']
assert report.apply.applied == 2
