// 1.1 and 1_1 are one version to Flyway: the build fails before Flyway would refuse to migrate.
def log = new File(basedir, 'build.log').text
assert log.contains('check-migrations found 1 problem:')
assert log.contains('src/main/resources/db/migration/V1.1__create_transactions.sql [duplicate-version] V1.1__create_transactions.sql has version 1.1, as V1_1__add_category.sql does (Flyway reads 1.1, 1_1 and 01.1 as one version): Flyway refuses to migrate.')
assert log.contains('Fix: renumber it to V1.2.')
assert log.contains('Not applying the migrations: fix the duplicate or unreadable migrations first.')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/findings.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.findAll { it.level != 'note' }*.ruleId == ['duplicate-version']
assert sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri == 'src/main/resources/db/migration/V1.1__create_transactions.sql'
