// The pre-flight read both histories, passed while staging held everything production did, failed with the fix
// when production held a migration staging never ran; no password in the log or the reports.
import groovy.json.JsonSlurper

try {
  def log = new File(basedir, 'build.log').text
  assert log.contains('Pre-flight passed: staging holds every migration production ran, with the same checksums.' +
      ' Production will get: V3 (add transaction category).')
  assert log =~ /staging \(jdbc:postgresql:\/\/127\.0\.0\.1:\d+\/staging\): 3 migrations in its history, the last V3 \(add transaction category\)/
  assert log =~ /production \(jdbc:postgresql:\/\/127\.0\.0\.1:\d+\/production\): 2 migrations in its history, the last V2 \(create transactions\)/

  assert log.contains("Pre-flight failed: staging's migration history does not match production's, so this release's" +
      ' migrations were not tested on what production holds. Nothing was changed.')
  assert log.contains('  V3 (add transaction category) ran on production but never on staging: staging must hold everything' +
      ' production does before a release is tested there.')
  assert log.contains('apply V3__add_transaction_category.sql to it')

  def report = new JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/preflight.json'))
  assert report.passed == false
  assert report.staging == ['V1 (create accounts)', 'V2 (create transactions)']
  assert report.production.size() == 3
  assert new File(basedir, 'target/lifeos/migrations/preflight.md').text.startsWith('### Migration pre-flight FAILED')

  ['St4ging-S3cret', 'Pr0d@S3cret#9', 'Pr0d%40S3cret'].each { password ->
    assert !log.contains(password)
    new File(basedir, 'target/lifeos').eachFileRecurse { file -> if (file.isFile()) assert !file.text.contains(password) }
  }
  assert !log.contains('\tat dev.lifeos') : 'a user error prints no stack trace of ours'
} finally {
  evaluate(new File(itSources, 'lib/postgres.groovy')).stop(basedir)
}
true
