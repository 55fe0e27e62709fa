// schemas from flyway.toml reach Flyway: it creates schema billing, and SQL qualified with it applies.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Flyway settings: locations=filesystem:src/main/resources/db/migration (flyway.toml), schemas=billing (flyway.toml)')
assert log =~ /Checked 2 migrations in src\/main\/resources\/db\/migration \(dialect postgresql\); applied 2 to embedded PostgreSQL/
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/report.json'))
assert report.result == 'passed'
