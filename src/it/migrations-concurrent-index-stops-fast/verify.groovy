// The index build waited for Flyway's own lock: the apply cancelled it at once and said why and what to set;
// the build ended in bounded time and left no PostgreSQL directory behind.
def log = new File(basedir, 'build.log').text
assert log.contains('check-migrations found 1 problem:')
assert log =~ /\[apply-failed\] V2__index_accounts_by_name\.sql could not be applied to embedded PostgreSQL \(jdbc:postgresql:\/\/localhost:\d+\/postgres\?user=postgres\) at line 2: CREATE INDEX CONCURRENTLY accounts_name ON accounts \(name\) -> waited for the end of another transaction \(virtualxid\), held by pid \d+ \(idle in transaction for \d+ s, this apply's own Flyway connection/
assert log.contains("Flyway holds its lock in an open transaction on that connection (postgresql.transactional.lock=true, Flyway's default)")
assert log.contains('Fix: set postgresql.transactional.lock=false where the project configures Flyway: spring.flyway.postgresql.transactional-lock=false (Spring Boot application.yml or .properties)')
def time = (log =~ /Total time:\s+([\d.]+) (s|min)/)[0]
assert time[2] == 's' && time[1].toDouble() < 120 : "took ${time[0]}"
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/report.json'))
assert report.apply.applied == 1
assert report.apply.notApplied == 1
def leaks = evaluate(new File(itSources, 'lib/embedded-directories.groovy')).leftByEndedBuilds()
assert leaks.isEmpty() : "embedded PostgreSQL directories left behind: ${leaks}"
true
