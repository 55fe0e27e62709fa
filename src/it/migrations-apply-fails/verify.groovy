// A migration that does not apply to an empty database names the file, the line and the statement.
def log = new File(basedir, 'build.log').text
def builds = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert builds.size() == 2
builds.each { assert it.contains('check-migrations found 1 problem:') }
assert builds[0].contains('[apply-failed] V2__create_transactions.sql does not apply to H2 in memory (MODE=PostgreSQL) at line 3: CREATE INDEX transactions_budget ON budgets (id) -> Table "BUDGETS" not found')
assert builds[0].contains('src/main/resources/db/migration/V2__create_transactions.sql:3 [apply-failed]')
assert builds[0].contains('check it on PostgreSQL with -Dlifeos.migrations.database=postgresql')
assert builds[1] =~ /\[apply-failed\] V2__create_transactions.sql does not apply to embedded PostgreSQL \(jdbc:postgresql:\/\/localhost:\d+\/postgres\?user=postgres\) at line 3: CREATE INDEX transactions_budget ON budgets \(id\) -> ERROR: relation "budgets" does not exist/
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/report.json'))
assert report.problems[0].check == 'apply-failed'
assert report.problems[0].line == 3
