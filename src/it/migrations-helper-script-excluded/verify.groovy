// The excluded helper is neither misnamed nor applied, and the reports say why it was left out.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Excluded 1 file: src/main/resources/db/migration/repair_balances.sql (excluded by lifeos.migrations.exclude \'repair_*.sql\': run by hand by the DB team after an incident)')
assert log.contains('Checked 2 migrations in src/main/resources/db/migration (dialect other); applied 2 to H2 in memory')
assert !log.contains('misnamed-migration')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/report.json'))
assert report.result == 'passed'
assert report.excluded == [[file: 'src/main/resources/db/migration/repair_balances.sql', pattern: 'repair_*.sql',
                            reason: "excluded by lifeos.migrations.exclude 'repair_*.sql': run by hand by the DB team after an incident"]]
assert new File(basedir, 'target/lifeos/migrations/summary.md').text.contains('| `src/main/resources/db/migration/repair_balances.sql` | excluded by lifeos.migrations.exclude')
