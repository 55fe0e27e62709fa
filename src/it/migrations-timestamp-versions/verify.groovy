// An empty sqlMigrationPrefix is a setting, not "unset": timestamp versions are migrations, placeholders apply.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Flyway settings: sqlMigrationPrefix="" (flyway.conf), placeholders currency (flyway.conf)')
assert log.contains('Checked 4 migrations in src/main/resources/db/migration (dialect other); applied 4 to H2 in memory')
assert !log.contains('misnamed-migration')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/report.json'))
assert report.result == 'passed'
assert report.migrations*.version.take(3) == ['20240101120000', '20240215093000', '20240301101500']
