// Both concurrent builds ended green, both found the database empty (so they really ran at once), each
// migration was applied exactly once; Flyway takes its lock per migration, so the runs may take turns (one applies
// V1 and V2, the other V3) or one may apply all three: each run counts what the other applied meanwhile. The
// history is consistent; the rerun changed nothing and said so.
try {
  def a = new File(basedir, 'build-a.log').text
  def b = new File(basedir, 'build-b.log').text
  [a, b].eachWithIndex { log, i ->
    assert new File(basedir, "build-${['a', 'b'][i]}.exit").text == '0' : "concurrent build ${i} failed:\n${log}"
    assert log.contains('BUILD SUCCESS')
    assert log =~ /Database jdbc:postgresql:\/\/127\.0\.0\.1:\d+\/ledger as postgres \(environment staging\): empty, no schema history yet\./
    assert log.contains('Pending: 3 migrations:')
    assert log =~ /Database now at version 3 \(add category\), the latest migration: \d migrations? applied in /
  }
  def applied = (a + b).readLines().findAll { it =~ /\[INFO\] Applied V\d/ }
  assert applied.size() == 3 : applied
  assert applied.collect { (it =~ /Applied (V\d)/)[0][1] }.sort() == ['V1', 'V2', 'V3']
  [a, b].each { log ->
    int own = log.readLines().count { it =~ /\[INFO\] Applied V\d/ }
    if (own < 3) {
      assert log.contains("${3 - own} of the 3 pending migrations applied meanwhile by another run: this one waited for Flyway's lock") : log
    }
  }

  def postgres = evaluate(new File(itSources, 'lib/postgres.groovy')).of(basedir)
  assert postgres.rows('ledger', 'SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank') ==
      [['1', 't'], ['2', 't'], ['3', 't']]

  def rerun = new File(basedir, 'build.log').text
  assert rerun.contains('Pending: none.')
  assert rerun.contains('Nothing to apply: the database is already at version 3 (add category), the latest migration. Running again changes nothing.')
  def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/run.json'))
  assert report.outcome == 'up-to-date'
  assert report.environment == 'staging'
  assert report.versionAfter == '3'
} finally {
  evaluate(new File(itSources, 'lib/postgres.groovy')).stop(basedir)
}
true
