// Bound at process-classes, check-migrations applies Java migrations from their compiled classes and flags
// their raw SQL (a warning without a profile: only pr, main and release require approval).
def log = new File(basedir, 'build.log').text
assert log.indexOf('compiler:') < log.indexOf('check-migrations (lifeos-check-migrations)') : 'runs after compile'
assert log =~ /Checked 2 migrations in src\/main\/resources\/db\/migration, src\/main\/java\/db\/migration \(dialect postgresql\); applied 2 to embedded PostgreSQL/
assert log.contains('[WARNING] src/main/java/db/migration/V2__Seed_default_account.java:12:17 [java-raw-sql] executeUpdate(...) runs SQL built in Java, which no SQL rule can read.')
assert log.contains('1 dangerous operation is not approved; this build only warns')
