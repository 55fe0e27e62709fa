// Health passed on the third try, ping with the token, the extra endpoint by its body; reports written; the
// token is nowhere in the output.
try {
  def log = new File(basedir, 'build.log').text
  assert log.contains('Attempt 1/10: HTTP 503 {"status":"DOWN"}; retrying in 100 ms')
  assert log.contains('GET /health: healthy after 3 attempts (HTTP 200 {"status":"UP"})')
  assert log.contains('GET /api/v1/ping: passed (HTTP 200 {"pong":true})')
  assert log.contains('GET /api/v1/accounts: passed (HTTP 200 {"accounts": []})')
  assert log.contains('Smoke test passed: 3 checks.')
  assert !log.contains('it-smoke-token-4711') : 'the bearer token leaked into the build output'

  def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/lifeos/smoke/TEST-lifeos-smoke.xml'))
  assert junit.@name == 'lifeos.smoke'
  assert junit.@tests == '3'
  assert junit.@failures == '0'
  assert junit.testcase*.@name*.text() == ['GET /health', 'GET /api/v1/ping', 'GET /api/v1/accounts']

  def summary = new File(basedir, 'target/lifeos/smoke/summary.md').text
  assert summary.startsWith('### Smoke test passed: http://127.0.0.1:')
  assert summary.contains('| GET /health | ✅ passed | 3 |')
  assert new File(basedir, 'step-summary.md').text.contains('### Smoke test passed') : 'not appended to $GITHUB_STEP_SUMMARY'
  new File(basedir, 'target/lifeos/smoke').eachFile { assert !it.text.contains('it-smoke-token-4711') }
} finally {
  System.properties.remove('lifeos.it.server.' + basedir.name)?.stop(0)
}
true
