// Each refusal says why and how to proceed, and came before anything was changed: the database file only
// appears with the staging run, which warns about V2; production then finds nothing pending.
def log = new File(basedir, 'build.log').text
def builds = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert builds.size() == 9

assert builds[0].contains('No database URL: run-migrations applies migrations only to a database named explicitly. Set DATABASE_URL')
assert builds[1].contains('lifeos.env is not set: say which environment the database belongs to with -Dlifeos.env=ci, staging or production.')
assert builds[2].contains('Refusing to migrate production without approval: run with -Dlifeos.migrations.productionApproved=true on the command line of this run.')
assert builds[3].contains('lifeos.migrations.productionApproved is not on this run\'s command line (it comes from the POM, a profile, settings.xml or a JVM option), where it would approve every run.')
assert builds[4].contains('lifeos.migrations.productionApproved is in the environment variable MAVEN_ARGS, where it would approve every run. Remove it from there and give -Dlifeos.migrations.productionApproved=true on the command line of the one run that is approved')
assert builds[5].contains('Refusing to migrate production: 1 pending migration with dangerous operations the DB team has not approved. Nothing was changed.')
assert builds[5].contains('V2__drop_legacy_code.sql has a dangerous operation that the DB team has not approved: drop-column (line 1).')
assert builds[5].contains('Fix: after DB-team review, add this line to src/main/resources/db/migration-approvals.properties: V2=')
assert builds[5].contains('Pending: 2 migrations:') // the state is shown before the refusal
(0..5).each { assert builds[it].contains('BUILD FAILURE') && !builds[it].contains('Applied V') }
(0..4).each { assert !builds[it].contains('Pending:') : 'refused before reading the database' }

assert builds[6].contains('[WARNING] V2__drop_legacy_code.sql has a dangerous operation that the DB team has not approved: drop-column (line 1).')
assert builds[6].contains('(production refuses it until the DB team approves it)')
assert builds[6].contains('Database now at version 2 (drop legacy code), the latest migration: 2 migrations applied in')
(7..8).each {
  assert builds[it].contains('Nothing to apply: the database is already at version 2 (drop legacy code), the latest migration. Running again changes nothing.')
  assert !builds[it].contains('not on this run\'s command line')
}
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/run.json'))
assert report.environment == 'production'
assert report.outcome == 'up-to-date'
true
