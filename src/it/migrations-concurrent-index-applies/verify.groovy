// spring.flyway.postgresql.transactional-lock: false and mixed: true from application.yml reached the apply: both
// CREATE INDEX CONCURRENTLY migrations (alone, and mixed with an ALTER TABLE) applied to the embedded PostgreSQL,
// where under Flyway's default lock V2 stops (migrations-concurrent-index-stops-fast) and without mixed Flyway
// refuses V3. Bounded time, nothing left behind.
def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] Flyway settings: .*postgresql\.transactional\.lock=false \(src\/main\/resources\/application\.yml\)/
assert log =~ /\[INFO\] Flyway settings: .*mixed=true \(src\/main\/resources\/application\.yml\)/
def applied = (log =~ /Checked 3 migrations in src\/main\/resources\/db\/migration \(dialect postgresql\); applied 3 to embedded PostgreSQL \(jdbc:postgresql:\/\/localhost:\d+\/postgres\?user=postgres\) in (\d+) ms/)
assert applied.find() : 'the three migrations were not applied to embedded PostgreSQL'
// Far below the 10 s lock timeout and the 15 m deadline: nothing waited (generous for a loaded machine).
assert applied.group(1).toLong() < 60_000 : "the apply took ${applied.group(1)} ms"
assert !log.contains('apply-failed')
assert log.contains('BUILD SUCCESS')
def time = (log =~ /Total time:\s+([\d.:]+) (s|min)/)[0]
assert time[2] == 's' && time[1].toDouble() < 180 : "took ${time[0]}"
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/report.json'))
assert report.result == 'passed'
assert report.apply.database.startsWith('embedded PostgreSQL')
assert report.apply.applied == 3
assert report.apply.notApplied == 0
assert report.problems.isEmpty()
// CONCURRENTLY is what create-index-without-concurrently asks for; the mix in V3 is what mixed=true allows,
// so the scan only notes what it costs (no approval), beside the missing lock_timeout notice.
assert report.findings*.severity.unique() == ['notice'] : report.findings
def mix = report.findings.find { it.rule == 'concurrently-in-transaction' }
assert mix?.file?.endsWith('V3__add_account_email.sql') && mix.message.contains('with mixed=true Flyway runs the whole migration without one') : report.findings
def leaks = evaluate(new File(itSources, 'lib/embedded-directories.groovy')).leftByEndedBuilds()
assert leaks.isEmpty() : "embedded PostgreSQL directories left behind: ${leaks}"
true
