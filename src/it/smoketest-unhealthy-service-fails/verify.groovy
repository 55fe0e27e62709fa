// 200 with status DOWN is not healthy: three tries, then a failure naming the URL, the reason and the way out.
try {
  def log = new File(basedir, 'build.log').text
  assert log =~ /Smoke test failed against http:\/\/127\.0\.0\.1:\d+:/
  assert log =~ /GET \/health: not healthy after 3 attempts in [\d.]+ m?s; last: status is "DOWN"; expected ok, healthy or UP/
  assert log.contains('Roll back the deployment (kubectl rollout undo) or fix the service.')
  assert !log.contains('GET /api/v1/ping') : 'endpoints must not be called when health fails'

  def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/lifeos/smoke/TEST-lifeos-smoke.xml'))
  assert junit.@tests == '1'
  assert junit.@failures == '1'
  assert junit.testcase.failure.@message.text().contains('status is "DOWN"')
  assert new File(basedir, 'target/lifeos/smoke/summary.md').text.startsWith('### Smoke test FAILED')
} finally {
  System.properties.remove('lifeos.it.server.' + basedir.name)?.stop(0)
}
true
