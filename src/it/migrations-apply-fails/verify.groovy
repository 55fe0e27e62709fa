// A migration that does not apply to an empty database names the file, the line and the statement.
def log = new File(basedir, 'build.log').text
assert log.contains('check-migrations found 1 problem:')
assert log.contains('[apply-failed] V2__create_transactions.sql does not apply to H2 in memory (MODE=PostgreSQL) at line 3: CREATE INDEX transactions_budget ON budgets (id) -> Table "BUDGETS" not found')
assert log.contains('/src/main/resources/db/migration/V2__create_transactions.sql:3 [apply-failed]') || log.contains('src/main/resources/db/migration/V2__create_transactions.sql:3 [apply-failed]')
assert log.contains('check it on PostgreSQL with -Dlifeos.migrations.database=postgresql')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/report.json'))
assert report.problems[0].check == 'apply-failed'
assert report.problems[0].line == 3
