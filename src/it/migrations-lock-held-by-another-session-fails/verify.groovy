// The apply stopped at the lock timeout, within seconds, naming the migration, the statement, what it waited
// for and the session holding it (pid, state, application, its query with the literal masked), and the fix.
try {
  def log = new File(basedir, 'build.log').text
  def holder = new File(basedir, 'holder.pid').text.trim()
  assert log.contains('check-migrations found 1 problem:')
  assert log.contains('[apply-failed] V1__create_accounts.sql could not be applied to jdbc:postgresql://127.0.0.1:')
  assert log.contains('/ci at line 2: CREATE TABLE accounts ( id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL )' +
      ' -> waited longer than 3s (lifeos.migrations.lockTimeout) for the end of another transaction (transactionid),' +
      " held by pid ${holder} (idle in transaction for ")
  assert log.contains("application 'other-pipeline', user postgres, last query: INSERT INTO accounts VALUES (1, '…'))")
  assert !log.contains('4111-1111') : 'the other session\'s values must be masked'
  assert log.contains("Fix: pid ${holder} must end first: see what it does, let it finish or end it (SELECT pg_terminate_backend(${holder}))")
  def seconds = (log =~ /Total time:\s+([\d.]+) (s|min)/)[0]
  assert seconds[2] == 's' && seconds[1].toDouble() < 120 : "took ${seconds[0]}"
  def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/report.json'))
  assert report.problems[0].check == 'apply-failed'
  assert report.problems[0].line == 2
  assert report.apply.applied == 0
  assert report.apply.notApplied == 2
} finally {
  evaluate(new File(itSources, 'lib/postgres.groovy')).stop(basedir)
}
true
