// approve-migration prints the approval line and writes nothing.
def log = new File(basedir, 'build.log').text
def checksum = new File(basedir, 'expected-checksum.txt').text.trim()
assert log.contains("src/main/resources/db/migration/V2__drop_legacy_code.sql (checksum ${checksum}): drop-column (line 2)")
assert log.contains('After review, the DB team approves it as it is now by adding to src/main/resources/db/migration-approvals.properties:')
assert log.contains('    # V2__drop_legacy_code.sql: drop-column (line 2)')
assert log.contains("    V2=${checksum}")
assert log.contains('Nothing was written')
assert !new File(basedir, 'src/main/resources/db/migration-approvals.properties').exists()
