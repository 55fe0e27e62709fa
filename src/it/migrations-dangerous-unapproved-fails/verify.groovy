// In the pr pipeline a dangerous migration without DB-team approval fails, and says which line to add.
def log = new File(basedir, 'build.log').text
assert log.contains('src/main/resources/db/migration/V2__drop_legacy_code.sql:2:22 [drop-column] ALTER TABLE accounts DROP COLUMN legacy_code deletes the column and its data. Safer: Stop reading and writing the column in one release, then drop it in a later migration.')
assert log.contains('[unapproved-dangerous-migration] V2__drop_legacy_code.sql has a dangerous operation that the DB team has not approved: drop-column (line 2).')
def line = (log =~ /add this line to src\/main\/resources\/db\/migration-approvals.properties: (V2=-?\d+)/)
assert line.find() : 'the fix names the approval line'
assert line.group(1) == 'V2=' + new File(basedir, 'expected-checksum.txt').text.trim()
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/findings.sarif'))
def drop = sarif.runs[0].results.find { it.ruleId == 'drop-column' }
assert drop.level == 'error'
assert drop.locations[0].physicalLocation.region.startLine == 2
assert !drop.suppressions
