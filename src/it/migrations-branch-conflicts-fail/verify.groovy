// The Flyway form of "two heads", against origin/main from GITHUB_BASE_REF: each problem names the base migration and the fix.
def log = new File(basedir, 'build.log').text
assert log.contains('check-migrations found 3 problems:')
assert log.contains('src/main/resources/db/migration/V2__create_transactions.sql [released-migration-changed] V2__create_transactions.sql changed since origin/main (Flyway checksum ')
assert log.contains('every database that already ran V2 fails flyway validate.')
assert log.contains('Fix: restore it (git checkout origin/main -- src/main/resources/db/migration/V2__create_transactions.sql) and make the change in a new migration above V3.')
assert log.contains('src/main/resources/db/migration/V2.5__backfill_names.sql [branch-conflict] V2.5__backfill_names.sql is not above V3, the highest version on origin/main (V3__add_category.sql): databases already at V3 would refuse it.')
assert log.contains('Fix: renumber it to V4 (rename the file to V4__backfill_names.sql).')
assert log.contains('src/main/resources/db/migration/V3__add_budgets.sql [branch-conflict] V3__add_budgets.sql has version 3, which origin/main already has: V3__add_category.sql.')
assert log.contains('Fix: renumber it to V5 (rename the file to V5__add_budgets.sql).')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/report.json'))
assert report.base.ref == 'origin/main'
assert report.problems*.check == ['released-migration-changed', 'branch-conflict', 'branch-conflict']
