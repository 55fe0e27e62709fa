// Every goal ran, the failing runs failed for the reason they were meant to, and the password is nowhere in the
// output of any of them (nor in any report or the step summary): not from the URLs, the -D parameters, the
// environment, the JDBC driver's errors, Flyway's, or the service's echo.
try {
  def log = new File(basedir, 'build.log').text
  def versions = evaluate(new File(itSources, 'lib/versions.groovy'))
  ['init', 'env-ci', 'select-tests', 'check-workflows', 'image-tags', 'validate-release', 'check-migrations',
   'approve-migration', 'run-migrations', 'smoketest', 'diff-coverage', 'timings'].each { goal ->
    assert log.contains("--- lifeos:${versions.lifeos}:${goal} ") : "${goal} did not run"
  }
  assert !(log =~ /Skipping lifeos:\S+ because skip = true/) : 'every goal must really run'
  assert log.contains('Applied V2 create transactions')
  assert log.contains('GET /api/v1/ping: passed (HTTP 200 {"pong":true,"auth":"****"})')
  // wrong host, for run-migrations and check-migrations
  assert log.contains('Could not connect to 127.0.0.1:1 (database ledger) as app: the connection was refused (nothing listens on that port, or a firewall rejects it).')
  assert log.contains('Could not connect to 127.0.0.1:1 (database scratch) as app: the connection was refused (nothing listens on that port, or a firewall rejects it).')
  // wrong password
  assert log =~ /Could not read the migration state of jdbc:postgresql:\/\/127\.0\.0\.1:\d+\/ledger as auditor: FATAL: password authentication failed for user "auditor"/
  assert log =~ /Could not connect to 127\.0\.0\.1:\d+ \(database scratch\) as auditor: FATAL: password authentication failed for user "auditor"/
  // bad SQL
  assert log.contains('run-migrations failed: V3__add_category.sql at line 2: UPDATE transaction SET category')
  assert log.contains('[apply-failed] V3__add_category.sql does not apply to')
  // the service and .env.ci
  assert log.contains('line 2: DATABASE_URL (it holds a URL with a password)')
  assert log.count('BUILD FAILURE') == 8

  ['S3cr3t-Pa55', 'S3cr3t%2DPa55', 'an0ther-one'].each { secret ->
    assert !log.contains(secret) : "${secret} leaked into the build output:\n" +
        log.readLines().findAll { it.contains(secret) }.join('\n')
  }
  def written = []
  new File(basedir, 'target/lifeos').eachFileRecurse(groovy.io.FileType.FILES) { written << it }
  written << new File(basedir, 'step-summary.md')
  written.each { assert !it.text.contains('S3cr3t-Pa55') : "the password is in ${it}" }
} finally {
  evaluate(new File(itSources, 'lib/postgres.groovy')).stop(basedir)
  System.properties.remove('lifeos.it.server.' + basedir.name)?.stop(0)
}
true
