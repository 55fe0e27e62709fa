// Editing an approved migration voids its approval: the approvals file still lists the old checksum.
def log = new File(basedir, 'build.log').text
def approved = new File(basedir, 'src/main/resources/db/migration-approvals.properties').text.find(/V2=(-?\d+)/) { it[1] }
assert log.contains("V2__drop_legacy_code.sql has 2 dangerous operations (drop-column (line 2), drop-column (line 3)), and was approved with checksum ${approved} but has changed since")
assert log.contains(': the approval is void.')
assert log.contains('Fix: after DB-team review, replace its line in src/main/resources/db/migration-approvals.properties: V2=')
