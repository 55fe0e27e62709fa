// Files Flyway would silently skip fail the build, each with the name to rename it to; README.md is left alone.
def log = new File(basedir, 'build.log').text
assert log.contains('check-migrations found 3 problems:')
assert log.contains('src/main/resources/db/migration/V2_create_transactions.sql [misnamed-migration] V2_create_transactions.sql needs \'__\' between version and description: Flyway would skip it and never run it.')
assert log.contains('Fix: rename it to V2__create_transactions.sql.')
assert log.contains("v3__add_category.sql starts with 'v' but Flyway's prefix is 'V' (case matters)")
assert log.contains('Fix: rename it to V3__add_category.sql.')
assert log.contains('V4.sql has no description: Flyway runs it, but its history and flyway info say nothing about what it does.') && log.contains('Fix: rename it to V4__<what_it_does>.sql.')
assert !log.contains('README.md')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/report.json'))
assert report.result == 'failed'
assert report.problems*.check == ['misnamed-migration'] * 3
assert report.migrations*.key == ['V1']
